"""An answer advised from a runner's own words says what it read from them, and what it did not.

The reading travels as a result record (``Result.words``) from the case to every format, so a
saved answer (``--format html > answer.html``, pasted Markdown, JSON) says what it rests on.
"""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from advisor.inputs.from_words import case_from_reading, words_read
from advisor.inputs.symptoms import case_from_data
from advisor.inputs.text import document, read
from advisor.reasoning.case import Case
from advisor.reasoning.result import WordRead, WordsRead
from advisor.render import render
from advisor.render.summary import summarise

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "advisor" / "schemas" / "result.schema.json")
                    .read_text(encoding="utf-8"))
STORY = "my knee hurts on stairs, no swelling, and my eczema itched yesterday"
HUMAN = ("text", "markdown", "html")


def _words_case(present, absent=(), words=None):
    return Case(frozenset(present), frozenset(absent), words=words)


def test_a_case_read_from_words_carries_the_reading_into_the_result(advisor, kb):
    reading = read(kb, STORY)
    case = case_from_reading(kb, reading)
    from_file, _ = case_from_data(document(reading), kb, "me.json")
    # the evidence is the same as the symptom file parse writes; only the record is added
    assert (case.present, case.absent, case.unsure) == (from_file.present, from_file.absent, from_file.unsure)
    result = advisor.advise(case)
    assert result.words == words_read(reading)
    assert [(w.id, w.present, w.words) for w in result.words.read] == [
        ("pain_around_kneecap", True, "my knee hurts on stairs"), ("knee_pain", True, "my knee hurts on stairs"),
        ("swelling", False, "no swelling")]
    assert result.words.read[2].label == kb.observations["swelling"].text
    assert result.words.unread == ("eczema itched yesterday",)
    assert advisor.advise(from_file).words is None


def _words(unread=("eczema itched yesterday",)):
    return WordsRead((WordRead("knee_pain", "Pain in or around the knee", True, "my knee hurts"),
                      WordRead("swelling", "Visible swelling", False, "no swelling"),
                      WordRead("calf_raise_low", "Few calf raises", None, "did calf raises")), unread)


@pytest.mark.parametrize("fmt", HUMAN)
def test_every_human_format_shows_the_words_after_the_triage_and_red_flags(advisor, fmt):
    # a red flag (night pain), so the block must come after the flag and the referral line
    result = advisor.advise(_words_case({"knee_pain", "pain_at_night"}, words=_words()))
    out = render(result, fmt)
    quote = "&#34;" if fmt == "html" else '"'
    apostrophe = "&#39;" if fmt == "html" else "'"
    expected = [f"Pain in or around the knee: present ({quote}my knee hurts{quote})",
                f"Visible swelling: absent ({quote}no swelling{quote})",
                f"Few calf raises: not sure ({quote}did calf raises{quote})"]
    for line in expected:
        assert line in out, line
    not_read = (f"**Not read, so not assessed:** {apostrophe}eczema itched yesterday{apostrophe}" if fmt == "markdown"
                else f"Not read, so not assessed: {apostrophe}eczema itched yesterday{apostrophe}")
    assert not_read in out
    heading = out.index("Read from your words")
    flag = result.red_flags[0].label.replace("'", apostrophe)
    assert out.index(result.triage.text.split(":")[0]) < out.index(flag) < heading
    assert heading < out.index(expected[0]) < out.index(not_read) < out.index("Not a diagnosis")


@pytest.mark.parametrize("fmt", HUMAN)
def test_the_words_come_before_the_plan_when_there_is_no_red_flag(advisor, fmt):
    result = advisor.advise(_words_case({"knee_pain", "knee_caves_in"}, words=_words()))
    s = summarise(result)
    assert not result.red_flags and s.problem and s.this_week
    out = render(result, fmt)
    problem = out.index(s.problem[:12].replace("'", "&#39;" if fmt == "html" else "'"))
    words = out.index("Read from your words")
    assert words < out.index("Not read, so not assessed") < out.index(s.this_week[0][:12])
    # (in a terminal the named problem sits right under the triage, on the first screen: a long
    # list of what was read pushed it to line 21-27, test drive 45; a page keeps the words first)
    assert (problem < words) if fmt == "text" else (words < problem)


@pytest.mark.parametrize("fmt", HUMAN)
def test_an_answer_not_from_words_says_nothing_of_words(advisor, fmt):
    out = render(advisor.advise(_words_case({"knee_pain"})), fmt)
    assert "Read from your words" not in out and "Not read" not in out


@pytest.mark.parametrize("fmt", HUMAN)
def test_nothing_left_unread_draws_no_not_read_line(advisor, fmt):
    out = render(advisor.advise(_words_case({"knee_pain"}, words=_words(unread=()))), fmt)
    assert "Read from your words" in out and "Not read" not in out


@pytest.mark.parametrize("fmt", HUMAN)
def test_past_twelve_runs_not_read_are_counted(advisor, fmt):
    unread = tuple(f"word{n}" for n in range(15))
    out = render(advisor.advise(_words_case({"knee_pain"}, words=_words(unread))), fmt)
    assert "word11" in out and "word12" not in out and "... and 3 more" in out


def test_the_json_answer_has_the_words_and_keeps_the_schema(advisor):
    data = json.loads(render(advisor.advise(_words_case({"knee_pain"}, {"swelling"}, words=_words())), "json"))
    jsonschema.validate(data, SCHEMA)
    assert data["schema_version"] == "1.4"
    assert data["words"] == {"read": [
        {"id": "knee_pain", "label": "Pain in or around the knee", "present": True, "words": "my knee hurts"},
        {"id": "swelling", "label": "Visible swelling", "present": False, "words": "no swelling"},
        {"id": "calf_raise_low", "label": "Few calf raises", "present": None, "words": "did calf raises"}],
        "unread": ["eczema itched yesterday"], "outside": []}
    plain = json.loads(render(advisor.advise(_words_case({"knee_pain"})), "json"))
    jsonschema.validate(plain, SCHEMA)
    assert plain["words"] is None


def test_the_schema_refuses_a_words_record_of_the_wrong_shape(advisor):
    data = json.loads(render(advisor.advise(_words_case({"knee_pain"}, words=_words())), "json"))
    data["words"]["read"][0]["present"] = "yes"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)
