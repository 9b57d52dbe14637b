"""screen --db TARGET [--week WEEK]: the roster screened as before, then each screened athlete's
week stored, on SQLite and on PostgreSQL."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

import advisor.frontends.screen as screen_front
from advisor.reasoning.history import week_start
from advisor.store import open_store

SMALL = Path(__file__).resolve().parents[1] / "rosters" / "small"
ROSTER = str(SMALL / "roster.csv")
NAMES = ["Ana", "Ben", "Cleo", "Dan", "Eve"]


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "team.db")
    return request.getfixturevalue("postgres_url")


def shown(target: str) -> str:
    return target  # the test server's URL has no password: shown as given


def stored(target, **anonymize) -> list:
    with open_store(target, **anonymize) as store:
        return list(store.rows())


def test_screen_db_stores_every_screened_athlete_and_reports_the_same(run_line, target):
    plain = run_line(["screen", ROSTER, "--format", "json", "--week", "2026-W48"])
    result = run_line(["screen", ROSTER, "--format", "json", "--db", target, "--week", "2026-W48"])
    assert result.exit_code == 0
    # the report is what it was without --db, except that each athlete now has a change from
    # last week (the first week stored: "first week")
    with_db, without = json.loads(result.stdout), json.loads(plain.stdout)
    assert [a.pop("change")["kind"] for a in with_db["athletes"]] == ["first_week"] * len(NAMES)
    assert [a.pop("change") for a in without["athletes"]] == [None] * len(NAMES)
    assert with_db == without
    assert result.stderr == (f"stridewise: stored week 2026-W48 (23 Nov 2026) in {shown(target)}: "
                             "5 athletes stored: 5 first answers for this week, 0 corrected, 0 unchanged\n")
    rows = stored(target)
    report = {a["athlete"]: a for a in json.loads(plain.stdout)["athletes"]}
    assert [r.athlete for r in rows] == NAMES
    for r in rows:
        assert r.week == dt.date(2026, 11, 23)
        causes = report[r.athlete]["causes"]
        assert (r.cause.id if r.cause else None) == (causes[0]["id"] if causes else None)
        # the store keeps the red flag's triage ('' without one); the report's triage is the level
        flags = report[r.athlete]["red_flags"]
        assert r.triage == (flags[0]["triage"] if flags else "")
    assert {r.athlete: r.answered for r in rows}["Eve"] is False  # a blank row is "no answers", stored


def test_screen_db_again_changes_nothing_and_a_changed_roster_corrects(run_line, target, tmp_path):
    for _ in range(2):
        result = run_line(["screen", ROSTER, "--db", target, "--week", "2026-11-25"])
    assert result.exit_code == 0
    assert result.stderr.endswith("5 athletes stored: 0 first answers for this week, 0 corrected, 5 unchanged\n")
    changed = tmp_path / "monday.csv"
    changed.write_text(Path(ROSTER).read_text().replace("Eve,distance,", "Eve,distance,knee_pain")
                       + "Fay,sprint,shin_pain\n")
    result = run_line(["screen", str(changed), "--db", target, "--week", "2026-W48"])
    assert result.stderr.endswith("6 athletes stored: 1 first answer for this week, 1 corrected, 4 unchanged\n")
    with open_store(target) as store:
        assert [r.row.answered for r in store.revisions("Eve", dt.date(2026, 11, 23))] == [False]
        assert [r.source for r in store.revisions("eve", dt.date(2026, 11, 23))] == [ROSTER]


def test_unread_rows_are_reported_and_not_stored(run_line, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("athlete,group,observations\nAna,distance,knee_pain\nBen,distance,no_such_thing\n")
    db = str(tmp_path / "team.db")
    result = run_line(["screen", str(roster), "--db", db, "--week", "2026-W48"])
    assert result.exit_code == 5
    assert "line 3" in result.stderr and "1 athlete stored: 1 first answer for this week" in result.stderr
    assert [r.athlete for r in stored(db)] == ["Ana"]
    result = run_line(["screen", str(roster), "--db", db, "--week", "2026-W49", "--strict"])
    assert result.exit_code == 3
    with open_store(db) as store:
        assert store.weeks() == [dt.date(2026, 11, 23)]  # --strict stopped: nothing stored for W49


def test_the_default_week_is_this_week(run_line, tmp_path, no_network):
    db = str(tmp_path / "team.db")
    assert run_line(["screen", ROSTER, "--db", db]).exit_code == 0
    with open_store(db) as store:
        assert store.weeks() == [week_start(dt.date.today())]


def test_the_report_gets_last_weeks_rows(run_line, tmp_path, monkeypatch):
    seen = []

    class Recording(screen_front.TeamScreen):
        def __init__(self, *args, previous=None, **kwargs):
            seen.append(previous)
            super().__init__(*args, previous=previous, **kwargs)

    monkeypatch.setattr(screen_front, "TeamScreen", Recording)
    db = str(tmp_path / "team.db")
    run_line(["screen", ROSTER, "--db", db, "--week", "2026-W47"])
    run_line(["screen", ROSTER, "--db", db, "--week", "2026-W48"])
    run_line(["screen", ROSTER])
    assert seen[0] == {}
    assert sorted(seen[1]) == ["ana", "ben", "cleo", "dan", "eve"]
    assert seen[1]["ana"].week == dt.date(2026, 11, 16)
    assert seen[2] is None


def test_anonymize_with_a_database(run_line, target):
    result = run_line(["screen", ROSTER, "--format", "json", "--anonymize", "--db", target, "--week", "2026-W48"])
    assert result.exit_code == 0
    shown_names = [a["athlete"] for a in json.loads(result.stdout)["athletes"]]
    rows = stored(target, anonymize=True)
    assert sorted(r.athlete for r in rows) == sorted(shown_names)  # the report shows the stored pseudonyms
    assert all(n.startswith("athlete-") for n in shown_names)
    again = run_line(["screen", ROSTER, "--format", "json", "--anonymize", "--db", target, "--week", "2026-W49"])
    assert [a["athlete"] for a in json.loads(again.stdout)["athletes"]] == shown_names  # same pseudonyms next week
    everything = repr(_dump_text(target))
    assert not any(name in everything for name in NAMES)
    refused = run_line(["screen", ROSTER, "--db", target])
    assert refused.exit_code == 2
    assert refused.stderr == f"stridewise: error: {shown(target)} stores pseudonyms (it was made with --anonymize): add --anonymize\n"
    assert refused.stdout == ""


def _dump_text(target):
    from tests.unit.test_store import dump
    return dump(target)


def test_salt_does_not_go_with_db(run_line, tmp_path, monkeypatch):
    db = str(tmp_path / "team.db")
    result = run_line(["screen", ROSTER, "--anonymize", "--salt", "s3cret", "--db", db])
    assert result.exit_code == 2 and "--salt does not go with --db" in result.stderr
    monkeypatch.setenv("STRIDEWISE_SALT", "from-the-environment")  # a standing setting is not an error
    assert run_line(["screen", ROSTER, "--anonymize", "--db", db]).exit_code == 0


def test_a_database_of_names_refuses_anonymize(run_line, tmp_path):
    db = str(tmp_path / "team.db")
    run_line(["screen", ROSTER, "--db", db])
    result = run_line(["screen", ROSTER, "--db", db, "--anonymize"])
    assert result.exit_code == 2 and result.stdout == ""
    assert "stores names (it was made without --anonymize): leave out --anonymize" in result.stderr


@pytest.mark.parametrize("args, code, message", [
    (["--db", "mysql://coach:pw@host/club"], 2, "stridewise: error: --db mysql://...: not a file path or a postgresql:// URL\n"),
    (["--db", ROSTER], 3, f"stridewise: error: {ROSTER}: not a stridewise database (not an SQLite file)\n"),
    (["--db", "x.db", "--week", "2026-W60"], 2, None),
    (["--db", "x.db", "--week", "next week"], 2, None),
])
def test_bad_targets_and_weeks_are_one_line(run_line, args, code, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_line(["screen", ROSTER, *args])
    assert result.exit_code == code
    assert result.stderr.count("\n") == 1 and result.stdout == ""
    if message:
        assert result.stderr == message
    assert not (tmp_path / "x.db").exists()


def test_an_unreachable_server_is_one_line(run_line, tmp_path):
    result = run_line(["screen", ROSTER, "--db", f"postgresql://coach:hunter2@/club?host={tmp_path}&port=1"])
    assert result.exit_code == 3 and result.stdout == ""
    assert result.stderr.startswith("stridewise: error: postgresql://coach:***@/club?host=")
    assert "cannot connect" in result.stderr and "hunter2" not in result.stderr
    assert result.stderr.count("\n") == 1


def test_the_report_never_replaces_the_database(run_line, tmp_path):
    db = tmp_path / "team.db"
    run_line(["screen", ROSTER, "--db", str(db), "--week", "2026-W47"])
    result = run_line(["screen", ROSTER, "--db", str(db), "-o", str(db)])
    assert result.exit_code == 3 and "is the input being read" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM stridewise_weeks").fetchone() == (5,)


def test_the_database_file_is_private(run_line, tmp_path):
    db = tmp_path / "team.db"
    run_line(["screen", ROSTER, "--db", str(db)])
    assert oct(db.stat().st_mode & 0o777) == "0o600"


def test_an_athlete_who_answered_last_week_and_sent_nothing_is_listed_in_every_format(run_line, tmp_path):
    """A coach's test drive: Kate answered last week and sent nothing this week; the report never
    named her and said '14 of 14'. With --db she is listed as 'no answer this week' and counted; a blank row
    (Eve) is no answer either (test drive 21: it was counted as one)."""
    import csv as csv_module
    import io

    import jsonschema
    db = str(tmp_path / "team.db")
    assert run_line(["screen", ROSTER, "--db", db, "--week", "2026-W47", "-o", str(tmp_path / "w47")]).exit_code == 0
    without_dan = tmp_path / "w48.csv"
    without_dan.write_text("".join(line for line in Path(ROSTER).read_text().splitlines(keepends=True)
                                   if not line.startswith("Dan,")))
    week = ["screen", str(without_dan), "--db", db, "--week", "2026-W48"]
    doc = json.loads(run_line([*week, "--format", "json"]).stdout)
    schema = json.loads((Path(screen_front.__file__).parents[1] / "schemas" / "team.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(doc)
    assert doc["no_answer"] == [{"athlete": "Dan", "group": "sprint", "last_week": "2026-11-16"}]
    assert doc["totals"]["no_answer"] == 1
    rows = list(csv_module.DictReader(io.StringIO(run_line([*week, "--format", "csv"]).stdout)))
    assert [(r["athlete"], r["group"], r["status"]) for r in rows if r["status"] == "no_answer"] == [("Dan", "sprint", "no_answer")]
    for fmt in ("text", "markdown", "html"):
        shown_report = run_line([*week, "--format", fmt]).stdout
        assert "3 of 5 answered (1 blank row, 1 no answer this week)" in shown_report, fmt
        acting_on = shown_report.lower().index("who to act on")
        named = shown_report.index("Dan", acting_on)
        assert "no answer this week" in shown_report[acting_on:named + 200].lower(), fmt
    # without a history nobody can be missing: no such section, no 'of N answered'
    plain = run_line(["screen", str(without_dan), "--format", "markdown"]).stdout
    assert "answered" not in plain.split("## Who to act on")[0] and "no answer this week" not in plain.lower()


def test_an_athlete_who_stopped_answering_after_a_red_flag_is_named_first_with_it(run_line, tmp_path):
    """Test drive 21: an athlete whose last answer was an urgent chest-pain flag, then nothing, was
    listed by name only, after the others."""
    db = str(tmp_path / "team.db")
    first = tmp_path / "w47.csv"
    first.write_text("athlete,group,observations\nAmy,800m,knee_pain\nTom,masters,chest_pain_with_exercise\n"
                     "Zed,800m,knee_pain\n")
    assert run_line(["screen", str(first), "--db", db, "--week", "2026-W47", "-o", str(tmp_path / "w47")]).exit_code == 0
    second = tmp_path / "w48.csv"
    second.write_text("athlete,group,observations\nZed,800m,knee_pain\n")
    for fmt in ("text", "markdown", "html"):
        out = run_line(["screen", str(second), "--db", db, "--week", "2026-W48", "--format", fmt]).stdout
        assert "last answer: a red flag, see a clinician today" in out, fmt
        assert out.index("Tom") < out.index("Amy"), fmt
    # ... and in the CSV, whose urgency column sorts him first (test drive 33: his row was blank)
    import csv as csv_module
    import io
    out = run_line(["screen", str(second), "--db", db, "--week", "2026-W48", "--format", "csv"]).stdout
    rows = [r for r in csv_module.DictReader(io.StringIO(out)) if r["status"] != "notice"]
    by_urgency = sorted(rows, key=lambda r: int(r["urgency"]))
    assert [r["athlete"] for r in by_urgency][0] == "Tom"
    tom = by_urgency[0]
    assert (tom["triage"], tom["urgency"]) == ("no_answer", "2") and "after a red flag (urgent): call them" in tom["problem"]
    assert {r["athlete"]: r["urgency"] for r in rows}["Amy"] == "4"


def test_an_athlete_back_after_skipped_weeks_is_compared_with_their_last_answer(run_line, target, tmp_path):
    """Test drive 23: a child flagged in W45 who skipped W46 and W47 came back in W48 with another
    red flag and read "first week"; a newcomer still does."""
    w45 = tmp_path / "w45.csv"
    w45.write_text("athlete,group,observations\nEllie,U13 girls,heel_pain;pain_at_night\nAmy,800m,knee_pain\n")
    w47 = tmp_path / "w47.csv"
    w47.write_text("athlete,group,observations\nAmy,800m,knee_pain\n")
    w48 = tmp_path / "w48.csv"
    w48.write_text("athlete,group,observations\nEllie,U13 girls,heel_pain;pain_at_night\nAmy,800m,knee_pain\n"
                   "Noor,800m,knee_pain\n")
    for path, week in ((w45, "2026-W45"), (w47, "2026-W47")):
        assert run_line(["screen", str(path), "--db", target, "--week", week, "-o", str(tmp_path / week)]).exit_code == 0
    report = json.loads(run_line(["screen", str(w48), "--db", target, "--week", "2026-W48", "--format", "json"]).stdout)
    change = {a["athlete"]: a["change"] for a in report["athletes"]}
    assert (change["Ellie"]["kind"], change["Ellie"]["since"]) == ("red_flag_again", "2026-W45")
    assert (change["Amy"]["kind"], change["Amy"]["since"]) == ("same", None)
    assert change["Noor"]["kind"] == "first_week"
    assert report["no_answer"] == []   # Ellie sent nothing last week: she was not missed this week
