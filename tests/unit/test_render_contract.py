"""The contract every registered renderer keeps, whatever it draws.

* The "not a diagnosis" notice is in the output.
* Athlete-supplied text (names, groups, a bad row's reason) is made harmless the way the
  format needs: HTML escaped (and no URL of any kind in the page), CSV cells that a
  spreadsheet would run as a formula prefixed with ', Markdown markup escaped, terminal
  control and bidi characters spelled out (ESC as \\x1b), JSON exact but with every such
  character as a \\u escape.

A format added to the registry without a check here fails ``test_every_format_has_a_check``.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.inputs.roster import Entry, RowProblem
from advisor.reasoning.case import Case
from advisor.reasoning.result import WordRead, WordsRead
from advisor.reasoning.history import WeekRow, athlete_key, spelling
from advisor.reasoning.team import Label
from advisor.reasoning.trends import HistoryFilters, HistoryHead
from advisor.render import RENDERERS, Kind, formats, render, render_history, render_team
from advisor.screening.report import screen_team
from advisor.screening.trends import build_history

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=1>',
    "=cmd|' /C calc'!A0",
    "\u001b]0;owned\u0007",
    "| ** [x](javascript:alert(1))",
    "+SUM(1)\u202egnp.exe",  # a formula and a right-to-left override
    "@x\u009b31m",  # a formula and an 8-bit CSI
]
RAW_CONTROLS = [chr(c) for c in range(0x20) if chr(c) != "\n"] + ["\x7f"] + [chr(c) for c in range(0x80, 0xA0)] \
    + ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f"]
# How each hostile name must appear, written out by hand (not by the code under test).
SHOWN = {  # plain text: terminal controls spelled out, the rest as is
    "\u001b]0;owned\u0007": "\\x1b]0;owned\\x07",
    "+SUM(1)\u202egnp.exe": "+SUM(1)\\u202egnp.exe",
    "@x\u009b31m": "@x\\x9b31m",
}
MARKDOWN = {
    "<script>alert(1)</script>": r"\<script\>alert(1)\</script\>",
    '"><img src=x onerror=1>': r'"\>\<img src=x onerror=1\>',
    "=cmd|' /C calc'!A0": r"\=cmd\|' /C calc'!A0",
    "\u001b]0;owned\u0007": r"\\x1b\]0;owned\\x07",
    "| ** [x](javascript:alert(1))": r"\| \*\* \[x\]\(javascript:alert(1))",
    "+SUM(1)\u202egnp.exe": r"\+SUM(1)\\u202egnp.exe",
    "@x\u009b31m": r"@x\\x9b31m",
}
CSV_CELL = {
    "=cmd|' /C calc'!A0": "'=cmd|' /C calc'!A0",
    "+SUM(1)\u202egnp.exe": "'+SUM(1)\\u202egnp.exe",
    "@x\u009b31m": "'@x\\x9b31m",
}
PROFILES = [({"knee_pain", "knee_caves_in"}, set()), ({"shin_pain", "pinpoint_bone_pain"}, set()),
            ({"runs_on_toes"}, set()), (set(), set())]


def team_report(advisor, names, groups=None, shown_in_full=1000):
    groups = groups or names
    items = []
    for n, (name, group) in enumerate(zip(names, groups)):
        present, absent = PROFILES[n % len(PROFILES)]
        items.append(Entry(n + 2, name, group, frozenset(present), frozenset(absent)))
    items.append(RowProblem(len(items) + 2, names[0] + " again", f"unknown observation id '{names[-1]}'"))
    return screen_team(advisor, items, shown_in_full=shown_in_full)


def history_report(advisor, names):
    """Two weeks of each name (as athlete and group), every one with a problem, so every format shows them all."""
    weeks = (dt.date(2026, 11, 16), dt.date(2026, 11, 23))
    cause = Label("weak_glutes", "Weak glutes")
    rows = [WeekRow(week, name, name, True, "urgent" if n else "", ("suspected_bone_stress",) if n else (), cause,
                    0.7, None, 25 + 50 * n, bool(n), True)
            for name in names for n, week in enumerate(weeks)]
    head = HistoryHead(advisor.kb.notice, weeks, HistoryFilters(athlete=names[0], group=names[-1]))
    return build_history(head, rows)


def case_result(advisor, name):
    """A case with ``name`` as athlete and group, and as the runner's words read and not read."""
    words = WordsRead((WordRead("knee_pain", "Knee pain", True, name),), (name,))
    return advisor.advise(Case(frozenset({"knee_pain", "knee_caves_in", "pinpoint_bone_pain"}), frozenset(),
                               athlete=name, group=name, words=words))


def outputs(advisor, fmt, names):
    """(kind, output, names in it) for every kind ``fmt`` draws, with ``names`` as athlete names and groups."""
    out = []
    if Kind.TEAM in RENDERERS[fmt].kinds:
        out.append((Kind.TEAM, render_team(team_report(advisor, names), fmt), names))
    if Kind.CASE in RENDERERS[fmt].kinds:
        out += [(Kind.CASE, render(case_result(advisor, name), fmt), [name]) for name in names]
    if Kind.HISTORY in RENDERERS[fmt].kinds:
        athletes: dict[str, str] = {}  # names that are one athlete from week to week ('a' and 'A') are drawn once
        for name in names:
            athletes.setdefault(athlete_key(name), name)
        distinct = list(athletes.values())
        # (shown by their spelling: spaces collapsed, as athlete_key does before folding case)
        out.append((Kind.HISTORY, render_history(history_report(advisor, distinct), fmt), [spelling(n) for n in distinct]))
    return out


# -- per-format checks: each gets the output and the hostile names it was drawn with ------------
class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data):
        self.text.append(data)


def check_html(out: str, kind: Kind, names: list[str]) -> None:
    page = _Page()
    page.feed(out)
    assert not {"script", "img", "iframe", "object", "embed", "link", "a", "form", "base"} & set(page.tags)
    assert not [a for a, _ in page.attrs if a.startswith("on") or a in ("src", "href", "xlink:href", "action",
                                                                          "srcset", "data", "poster", "formaction")]
    lowered = out.lower()
    for url in ("http:", "https:", "//", "url(", "@import"):
        assert url not in lowered, url
    shown = "".join(page.text)
    for name in names:  # shown as text, not run
        assert SHOWN.get(name, name) in shown, name
    for name, escaped in (("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
                          ('"><img src=x onerror=1>', "&lt;img src=x onerror=1&gt;")):
        assert name not in names or escaped in out, name


def check_csv(out: str, kind: Kind, names: list[str]) -> None:
    rows = list(csv.reader(io.StringIO(out)))
    for row in rows[1:]:
        for cell in row:  # a negative number (a severity change) is a number, not a formula
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r") or re.fullmatch(r"-\d+", cell), cell
    cells = {cell for row in rows for cell in row}
    for name in names:
        assert CSV_CELL.get(name, SHOWN.get(name, name)) in cells, name


def check_markdown(out: str, kind: Kind, names: list[str]) -> None:
    for name in names:
        assert MARKDOWN[name] in out, name
    assert "](javascript:" not in out and not re.search(r"(?<!\\)<(script|img)", out)


def check_text(out: str, kind: Kind, names: list[str]) -> None:
    for name in names:
        assert SHOWN.get(name, name) in out, name


def check_json(out: str, kind: Kind, names: list[str]) -> None:
    data = json.loads(out)
    drawn = [a["athlete"] for a in data["athletes"]] if kind in (Kind.TEAM, Kind.HISTORY) else [data["athlete"]]
    assert drawn == names  # exact: JSON's own escaping gives back the same text
    if kind is Kind.CASE:  # the runner's words too
        assert [data["words"]["read"][0]["words"], *data["words"]["unread"]] == names * 2
    if any("\x1b" in name for name in names):
        assert "\\u001b" in out


CHECKS = {"html": check_html, "csv": check_csv, "markdown": check_markdown, "text": check_text, "json": check_json}


def test_every_format_has_a_check():
    assert set(CHECKS) == set(RENDERERS)


def test_check_and_screen_take_their_formats_from_the_registry(run_line):
    assert set(formats(Kind.CASE)) | set(formats(Kind.TEAM)) == set(RENDERERS)
    assert set(formats(Kind.HISTORY)) == set(RENDERERS)
    for command, kind in (("check", Kind.CASE), ("screen", Kind.TEAM), ("history", Kind.HISTORY)):
        help_text = run_line([command, "--help"]).stdout
        assert "[" + "|".join(formats(kind)) + "]" in help_text


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_renderer_contract(advisor, fmt):
    notice = advisor.kb.notice
    assert notice.startswith("Not a diagnosis")
    drawn = outputs(advisor, fmt, HOSTILE)
    assert drawn, f"{fmt} draws nothing"
    for kind, out, names in drawn:
        assert notice in " ".join(out.split()), (fmt, kind)  # text wraps it
        leaked = [hex(ord(c)) for c in RAW_CONTROLS if c in out]
        assert not leaked, (fmt, kind, leaked)
        CHECKS[fmt](out, kind, names)


@settings(max_examples=40)
@given(names=st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=4, unique=True))
def test_no_name_leaks_a_control_character_or_breaks_json(advisor, names):
    for fmt in RENDERERS:
        for kind, out, drawn in outputs(advisor, fmt, names):
            assert not [c for c in RAW_CONTROLS if c in out], (fmt, kind)
            if fmt == "json" and kind in (Kind.TEAM, Kind.HISTORY):
                assert [a["athlete"] for a in json.loads(out)["athletes"]] == drawn
