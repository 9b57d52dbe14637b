"""Team JSON and CSV carry every athlete's triage level, the one a single-case answer gives
(``Result.triage``), never "": the coach's test drive found "" both for self-care and for
nothing wrong, where the human formats say "self-care" or "none"."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import jsonschema

from advisor.inputs.roster import Entry
from advisor.reasoning.case import Case
from advisor.reasoning.result import TriageLevel
from advisor.render import render_team
from advisor.screening.report import screen_team

ROOT = Path(__file__).resolve().parents[2]
PROFILES = {  # athlete -> (present, absent)
    "nothing wrong": ((), ("knee_pain",)),
    "context only": (("sits_all_day",), ()),
    "complaint": (("knee_pain",), ()),
    "red flag soon": (("knee_pain", "pain_at_night"), ()),
    "red flag urgent": (("shin_pain", "pain_on_hopping"), ()),
    "blank": ((), ()),
}


def _report(advisor):
    entries = [Entry(i + 2, name, "g", frozenset(p), frozenset(a)) for i, (name, (p, a)) in enumerate(PROFILES.items())]
    return screen_team(advisor, entries, week=dt.date(2026, 11, 25))


def _expected(advisor) -> dict[str, str]:
    return {name: advisor.advise(Case(frozenset(p), frozenset(a))).triage.value for name, (p, a) in PROFILES.items()}


def test_the_profiles_cover_every_level_but_emergency(advisor):
    assert set(_expected(advisor).values()) == {t.value for t in TriageLevel} - {"emergency"}


def test_team_json_triage_is_the_single_case_triage_and_never_empty(advisor):
    report = json.loads(render_team(_report(advisor), "json"))
    jsonschema.validate(report, json.loads((ROOT / "advisor/schemas/team.schema.json").read_text()))
    got = {a["athlete"]: a["triage"] for a in report["athletes"]}
    assert got == _expected(advisor)
    assert "" not in got.values()


def test_team_csv_triage_is_the_single_case_triage_and_never_empty(advisor):
    rows = [r for r in csv.DictReader(io.StringIO(render_team(_report(advisor), "csv"))) if r["athlete"]]
    got = {r["athlete"]: r["triage"] for r in rows}
    # (an athlete who answered nothing says so: test drive 24 read "self_care" as cleared)
    assert got == {**_expected(advisor), "blank": "no_answers"}


def test_the_schema_has_no_empty_triage():
    schema = json.loads((ROOT / "advisor/schemas/team.schema.json").read_text())
    triage = schema["properties"]["athletes"]["items"]["properties"]["triage"]
    assert set(triage["enum"]) == {t.value for t in TriageLevel}
