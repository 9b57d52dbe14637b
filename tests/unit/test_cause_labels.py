"""A cause's label, shortened for a table cell or a chart bar, or lower-cased to run on in a
sentence, keeps whole words: the coach's test drive found "possibly from A strained" (the
label "A strained (pulled) calf muscle" cut at its first bracket) and "possibly from A strained
(pulled) calf muscle" (an article read as an acronym)."""
from __future__ import annotations

import datetime as dt
import json
import re

from advisor.inputs.roster import Entry
from advisor.render import render_team
from advisor.render.summary import _lower_first, short_label
from advisor.screening.report import screen_team

WORDS = re.compile(r"[\w'-]+")


def _words(text: str) -> list[str]:
    return WORDS.findall(text.lower())


def test_every_cause_label_shortens_to_whole_words_of_it(kb):
    labels = [c.text for c in kb.causes.values()] + [f.name for f in kb.findings.values() if f.name]
    assert len(labels) > 20
    for label in labels:
        short = short_label(label)
        assert short and short == short.strip() and "  " not in short, (label, short)
        assert "(" not in short and ")" not in short, (label, short)
        # every word of the short form is a whole word of the label, in the label's order,
        # and nothing outside brackets is dropped
        outside = re.sub(r"\s*\([^()]*\)", "", label)
        assert _words(short) == _words(outside), (label, short)


def test_a_gloss_in_the_middle_is_dropped_not_the_words_after_it():
    assert short_label("A strained (pulled) calf muscle") == "A strained calf muscle"
    assert short_label("Weak glutes (hip stabilisers)") == "Weak glutes"
    assert short_label("Unclosed (bracket kept whole") == "Unclosed (bracket kept whole"


def test_lower_first_lowers_an_article_and_keeps_an_acronym():
    assert _lower_first("A strained (pulled) calf muscle") == "a strained (pulled) calf muscle"
    assert _lower_first("IT band tightness") == "IT band tightness"
    assert _lower_first("Weak glutes") == "weak glutes"


def test_every_cause_label_lowered_changes_only_its_first_letter(kb):
    for cause in kb.causes.values():
        low = _lower_first(cause.text)
        assert low[1:] == cause.text[1:], cause.text
        first = cause.text.split()[0]
        if len(first) > 1 and first.isupper():
            assert low == cause.text  # an acronym stays as it is
        else:
            assert low[0] == cause.text[0].lower(), cause.text


def test_the_calf_strain_cause_reads_whole_in_check_and_in_every_team_format(advisor, run_line):
    # test drive 20: "calf strain, possibly from a strained (pulled) calf muscle" said the
    # condition twice; the cause now says what went wrong, and the week says no running yet
    out = " ".join(run_line(["check", "-"], input=json.dumps({"symptoms": ["calf_sudden_pain"]})).stdout.split())
    assert "from calf muscle overload (more load than the calf could take on the day)" in out, out
    assert "strained (pulled)" not in out, out
    assert "no running until you can walk without a limp" in out, out
    report = screen_team(advisor, [Entry(2, "Harry", "marathon", frozenset({"calf_sudden_pain"}), frozenset())],
                         week=dt.date(2026, 11, 25))
    for fmt in ("markdown", "html", "text"):
        team = render_team(report, fmt)
        assert "Calf muscle overload" in team or "calf muscle overload" in team, fmt
