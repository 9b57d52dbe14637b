"""stridewise history: a stored season through the command line, every format, filters, and what a
user gets when the database or the range is wrong."""
from __future__ import annotations

import csv
import io
import json
import os
from itertools import groupby
from pathlib import Path

import jsonschema
import pytest

from advisor.reasoning.history import athlete_key
from advisor.reasoning.trends import HistoryHead
from advisor.screening.trends import build_history
from tests.weeks import SEASON, season_rows

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "advisor" / "schemas" / "history.schema.json").read_text())


def store_season(target: str) -> str:
    """The hand-made season stored week by week, as 'screen --db' stores it."""
    # imported here, not at collection: test_cli lists the AdvisorError subclasses imported by then
    from advisor.store import open_store
    rows = season_rows()
    with open_store(target) as store:
        for week, those in groupby(sorted(rows, key=lambda r: r.week), key=lambda r: r.week):
            store.import_week(week, list(those), source=f"{week}.csv")
    return target


@pytest.fixture
def season_db(tmp_path):
    return store_season(str(tmp_path / "season.db"))


def history(run_line, db, *args):
    return run_line(["history", "--db", str(db), *args])


def test_golden_season_markdown(run_line, season_db):
    result = history(run_line, season_db, "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    md = result.stdout
    assert md.startswith("# Weekly history, 2026-11-02 to 2026-11-29 (2026-W45 to 2026-W48, 4 weeks)")
    assert md.index("## Changed since last week") < md.index("## Team, week by week") \
        < md.index("## Athletes with a problem")
    golden = SEASON / "expected.md"
    if os.environ.get("STRIDEWISE_REGEN_GOLDENS") == "1":  # on purpose only: read the diff, commit it with why
        golden.write_text(md, encoding="utf-8")
    assert md == golden.read_text(encoding="utf-8")


def test_json_streams_the_same_report_the_builder_makes_and_fits_its_schema(run_line, season_db, kb):
    result = history(run_line, season_db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(doc)
    rows = sorted(season_rows(), key=lambda r: (athlete_key(r.athlete), r.week))
    weeks = tuple(sorted({r.week for r in rows}))
    expected = build_history(HistoryHead(kb.notice, weeks), rows,
                             flag_labels={f.id: f.text for f in kb.red_flags.values()}).to_dict()
    assert doc == json.loads(json.dumps(expected))
    assert doc["totals"]["changes"] == {"new_red_flag": 1, "severity_up": 2, "new_problem": 1, "stopped_answering": 2}


def test_csv_is_one_row_per_athlete_week(run_line, season_db):
    result = history(run_line, season_db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["changes"] == "notice" and rows[0]["problem_words"].startswith("Not a diagnosis")
    data = rows[1:]
    assert len(data) == len(season_rows())
    ana = [r for r in data if r["athlete"] == "Ana Lopez"]
    assert [r["severity"] for r in ana] == ["0", "17", "25", "58"]
    assert [r["severity_change"] for r in ana] == ["", "17", "8", "33"]
    assert ana[-1]["changes"] == "severity_up"


def test_html_is_one_page_with_a_sparkline_per_athlete_shown(run_line, season_db, tmp_path):
    out = tmp_path / "season.html"
    result = history(run_line, season_db, "--format", "html", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    page = out.read_text()
    assert page.count('<svg class="spark"') == 4  # Cleo, Ana, Finn, Ben: the athletes with a problem
    assert page.count('<svg class="chart"') == 1
    assert "http" not in page and "//" not in page


@pytest.mark.parametrize("args, athletes", [
    (["--athlete", "ana  LOPEZ"], ["Ana Lopez"]),
    (["--group", "10k"], ["Ben Okafor", "Cleo Park", "Finn Berg"]),
    (["--from", "2026-W47"], ["Ana Lopez", "Ben Okafor", "Cleo Park", "Dan Weiss", "Eve Adams", "Finn Berg"]),
    (["--to", "2026-11-11"], ["Ana Lopez", "Ben Okafor", "Cleo Park", "Dan Weiss", "Eve Adams", "Finn Berg"]),
])
def test_filters(run_line, season_db, args, athletes):
    result = history(run_line, season_db, "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert [a["athlete"] for a in doc["athletes"]] == athletes
    if "--from" in args:
        assert doc["weeks"] == ["2026-11-16", "2026-11-23"] and doc["filters"]["from"] == "2026-11-16"
    if "--to" in args:
        assert doc["weeks"] == ["2026-11-02", "2026-11-09"]
        # W46 against W45: new problems, the higher severity first; Finn had no row in W46
        assert [(c["athlete"], c["kinds"]) for c in doc["changed_since_last_week"]] == [
            ("Cleo Park", ["new_problem"]), ("Ana Lopez", ["new_problem"]), ("Finn Berg", ["stopped_answering"])]


def test_a_missing_database_is_one_line_and_is_not_created(run_line, tmp_path):
    db = tmp_path / "typo.db"
    result = history(run_line, db)
    assert result.exit_code == 3
    assert result.stderr.count("\n") == 1 and "no such history database" in result.stderr
    assert not db.exists()
    as_json = history(run_line, db, "--format", "json")
    assert json.loads(as_json.stderr)["error"]["kind"] == "input" and not db.exists()


def test_no_weeks_in_range_says_so(run_line, season_db):
    result = history(run_line, season_db, "--from", "2027-W01")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == ("stridewise: no stored weeks from 2027-W01 to the last; "
                             "the history holds 2026-W45 to 2026-W48\n")
    nobody = history(run_line, season_db, "--athlete", "Zed")
    assert nobody.exit_code == 1 and "no stored answers" in nobody.stderr and "'Zed'" in nobody.stderr


def test_bad_weeks_are_usage_errors(run_line, season_db):
    assert history(run_line, season_db, "--from", "2026-W54").exit_code == 2
    assert history(run_line, season_db, "--from", "last week").exit_code == 2
    backwards = history(run_line, season_db, "--from", "2026-W48", "--to", "2026-W45")
    assert backwards.exit_code == 2 and "after --to" in backwards.stderr


def test_a_screened_season_end_to_end(run_line, tmp_path):
    """Two weeks screened into a database, then the history of both: the whole chain."""
    db = tmp_path / "team.db"
    forms = ROOT / "tests" / "fixtures" / "forms" / "google.csv"
    assert run_line(["screen", str(forms), "--db", str(db), "--week", "2026-W47", "-o", os.devnull]).exit_code == 5
    later = tmp_path / "w48.csv"
    later.write_text(forms.read_text(encoding="utf-8").replace("Mild pain", "Severe pain")
                     .replace("To a minor extent", "To a major extent"), encoding="utf-8")
    assert run_line(["screen", str(later), "--db", str(db), "--week", "2026-W48", "-o", os.devnull]).exit_code == 5
    result = history(run_line, db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(doc)
    ana = next(a for a in doc["athletes"] if a["athlete"] == "Ana")
    assert len(ana["weeks"]) == 2 and ana["severity_change"] >= 25
    assert "severity_up" in ana["changes"]
    assert [w["iso_week"] for w in doc["team_weeks"]] == ["2026-W47", "2026-W48"]


def test_a_database_of_pseudonyms_is_read_with_anonymize(run_line, tmp_path):
    db = tmp_path / "anon.db"
    roster = ROOT / "examples" / "roster.csv"
    assert run_line(["screen", str(roster), "--db", str(db), "--anonymize", "--week", "2026-W47",
                     "-o", os.devnull]).exit_code == 0
    without = history(run_line, db)
    assert without.exit_code == 2 and "add --anonymize" in without.stderr
    found = history(run_line, db, "--anonymize", "--athlete", "Ava Brooks", "--format", "json")
    assert found.exit_code == 0, found.stderr
    athletes = json.loads(found.stdout)["athletes"]
    assert len(athletes) == 1 and athletes[0]["athlete"].startswith("athlete-") and "Ava" not in found.stdout


def test_postgresql_gives_the_same_history_as_sqlite(run_line, season_db, postgres_url):
    """A club's shared server: the same season through PostgreSQL, the same report in every format."""
    store_season(postgres_url)
    for fmt in ("json", "markdown", "csv"):
        from_pg = history(run_line, postgres_url, "--format", fmt)
        from_file = history(run_line, season_db, "--format", fmt)
        assert from_pg.exit_code == 0, from_pg.stderr
        assert from_pg.stdout == from_file.stdout


# -- a coach's test drive: filters --------------------------------------------------------------
@pytest.mark.parametrize("group", ["5K", " 5k ", "5k"])
def test_group_ignores_case_and_spacing_like_athlete(run_line, season_db, group):
    result = history(run_line, season_db, "--format", "json", "--group", group)
    assert result.exit_code == 0, result.stderr
    assert [a["athlete"] for a in json.loads(result.stdout)["athletes"]] == ["Ana Lopez", "Dan Weiss", "Eve Adams"]


def test_a_group_or_athlete_that_matches_nothing_names_the_ones_stored(run_line, season_db):
    group = history(run_line, season_db, "--group", "5km")
    assert group.exit_code == 1 and group.stderr.count("\n") == 1
    assert "did you mean '5k'?" in group.stderr and "groups stored: 10k, 5k" in group.stderr
    athlete = history(run_line, season_db, "--athlete", "Ana Lopes")
    assert athlete.exit_code == 1 and "did you mean 'Ana Lopez'?" in athlete.stderr
    assert "Finn Berg" in athlete.stderr  # six athletes: all are listed


def test_a_one_week_range_compares_with_the_stored_week_before_it(run_line, season_db):
    result = history(run_line, season_db, "--format", "json", "--from", "2026-W46", "--to", "2026-W46")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["weeks"] == ["2026-11-09"]  # the range itself is one week
    # W46 against W45 (stored, before --from): the same changes a W45-W46 range finds
    assert [(c["athlete"], c["kinds"]) for c in doc["changed_since_last_week"]] == [
        ("Cleo Park", ["new_problem"]), ("Ana Lopez", ["new_problem"]), ("Finn Berg", ["stopped_answering"])]
    two_weeks = json.loads(history(run_line, season_db, "--format", "json", "--from", "2026-W45", "--to", "2026-W46").stdout)
    assert doc["changed_since_last_week"] == two_weeks["changed_since_last_week"]
    assert doc["totals"]["changes"] == two_weeks["totals"]["changes"]
    assert [a["changes"] for a in doc["athletes"]] == [a["changes"] for a in two_weeks["athletes"] if a["latest_week"] == "2026-11-09"]
    text = history(run_line, season_db, "--from", "2026-W46", "--to", "2026-W46").stdout
    assert "nothing to compare with" not in text and "2026-W46 compared with 2026-W45" in text


def test_an_athlete_view_has_no_team_shares(run_line, season_db):
    for fmt, team in (("text", "TEAM, WEEK BY WEEK"), ("markdown", "## Team, week by week"), ("html", "Team, week by week")):
        one = history(run_line, season_db, "--athlete", "ana lopez", "--format", fmt)
        assert one.exit_code == 0 and "Ana Lopez" in one.stdout
        assert team not in one.stdout and "1 of 1 (100%)" not in one.stdout, fmt
        assert team in history(run_line, season_db, "--format", fmt).stdout


@pytest.fixture(params=["sqlite", "postgresql"])
def any_season(request, tmp_path):
    if request.param == "sqlite":
        return store_season(str(tmp_path / "season.db"))
    return store_season(request.getfixturevalue("postgres_url"))


def test_a_corrected_week_is_marked_in_every_format(run_line, any_season):
    """A correction was stored (the old row kept as a revision) but the history showed no trace."""
    import dataclasses

    season_db = any_season

    from advisor.store import open_store
    ana48 = next(r for r in season_rows() if r.athlete == "Ana Lopez" and r.week.isoformat() == "2026-11-23")
    with open_store(season_db) as store:
        assert store.import_week(ana48.week, [dataclasses.replace(ana48, severity=75)], "fixed.csv").corrected == 1
    doc = json.loads(history(run_line, season_db, "--format", "json").stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(doc)
    marked = [(a["athlete"], w["iso_week"]) for a in doc["athletes"] for w in a["weeks"] if w["corrected"]]
    assert marked == [("Ana Lopez", "2026-W48")]
    rows = list(csv.DictReader(io.StringIO(history(run_line, season_db, "--format", "csv").stdout)))
    assert [(r["athlete"], r["iso_week"]) for r in rows if r["corrected"] == "yes"] == [("Ana Lopez", "2026-W48")]
    for fmt in ("text", "markdown", "html"):
        shown = history(run_line, season_db, "--format", fmt).stdout
        assert shown.count("2026-W48 (corrected)") == 1, fmt
