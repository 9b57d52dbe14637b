"""stridewise form, and stridewise screen over Google / Microsoft Forms exports (CSV, ';' CSV, .xlsx)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "tests" / "fixtures" / "forms"


def test_form_template_lists_every_question_in_order(run_line, kb):
    result = run_line(["form", "--format", "google"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    screen = next(q for q in kb.questions if q.kind.value == "screen")
    positions = [out.index(q.text) for q in [screen] + [q for q in kb.questions if q is not screen]]
    assert positions == sorted(positions)
    assert out.index("Your name") < out.index("Your training group") < positions[0]
    assert "[Checkboxes] " + screen.text in out
    assert "[Multiple choice, required] Have you had any difficulties participating" in out
    for q in kb.questions:
        for o in q.options:
            assert f"   - {kb.observations[o].to_runner}\n" in out


@pytest.mark.parametrize("fmt, label", [("microsoft", "[Choice (Multiple answers on)]"), ("text", "[tick all that apply]")])
def test_form_formats_name_the_question_types(run_line, fmt, label):
    result = run_line(["form", "--format", fmt])
    assert result.exit_code == 0 and label in result.stdout


def test_form_mapping_file_and_stdout(run_line, tmp_path, kb):
    target = tmp_path / "mapping.json"
    result = run_line(["form", "--mapping", str(target)])
    assert result.exit_code == 0 and "Your name" in result.stdout
    doc = json.loads(target.read_text(encoding="utf-8"))
    where = next(q for q in doc["questions"] if q["id"] == "where_it_hurts")
    assert where["observations"][kb.observations["knee_pain"].text] == "knee_pain"
    alone = run_line(["form", "--mapping", "-"])
    assert json.loads(alone.stdout) == doc


def screen(run_line, path, *extra):
    result = run_line(["screen", str(path), "--format", "json", *extra])
    return result, json.loads(result.stdout)


@pytest.mark.parametrize("fixture, ignored", [
    ("google.csv", "'Email address'"),
    ("european.csv", "'Email address'"),
    ("microsoft.csv", "'ID', 'Start time', 'Email', 'Name'"),
])
def test_screen_reads_form_exports_and_loses_nothing(run_line, fixture, ignored):
    result, report = screen(run_line, FORMS / fixture)
    assert result.exit_code == 5  # two rows have problems, and one note asks to confirm words read
    by_name = {a["athlete"]: a for a in report["athletes"]}
    assert set(by_name) == {"Ana", "Cleo", "Dan"}
    assert [r["athlete"] for r in report["referrals"]] == ["Cleo"]  # the red-flag ticks reached the engine
    problems = {(p["line"], p["athlete"]): p["reason"] for p in report["problems"]}
    assert set(problems) == {(4, "Dan"), (5, ""), (6, "Eve")}
    assert problems[(4, "Dan")].startswith("note: read the words") and "runs_on_toes" in problems[(4, "Dan")]
    assert "missing athlete name" in problems[(5, "")]
    assert "Purple elephants" in problems[(6, "Eve")]
    data_rows = sum(1 for _ in csv.reader(open(FORMS / fixture, encoding="utf-8-sig"),
                                          delimiter=";" if fixture == "european.csv" else ",")) - 1
    assert len(by_name) + 2 == data_rows  # every row screened or named with its line
    assert f"ignored columns: {ignored}" in result.stderr


def test_screen_reads_an_xlsx_export(run_line, tmp_path):
    from openpyxl import Workbook
    rows = list(csv.reader(open(FORMS / "microsoft.csv", encoding="utf-8-sig")))
    book = Workbook()
    sheet = book.active
    for n, row in enumerate(rows):
        # Microsoft's Excel export: ID a number, times as dates, answers as text
        sheet.append([int(row[0]) if n and row[0].isdigit() else row[0], *row[1:]])
    path = tmp_path / "responses.xlsx"
    book.save(path)
    result, report = screen(run_line, path)
    assert result.exit_code == 5
    assert {a["athlete"] for a in report["athletes"]} == {"Ana", "Cleo", "Dan"}
    assert {(p["line"], p["athlete"]) for p in report["problems"]} == {(4, "Dan"), (5, ""), (6, "Eve")}
    assert "ignored columns: 'ID'" in result.stderr


def test_a_file_that_is_not_xlsx_is_one_clear_error(run_line, tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_text("athlete,observations\nAna,knee_pain\n")
    result = run_line(["screen", str(path)])
    assert result.exit_code == 3
    assert "not a readable .xlsx workbook" in result.stderr
    assert result.stdout == ""  # refused before any report is begun


def test_an_empty_xlsx_is_refused_before_any_report(run_line, tmp_path):
    import datetime
    from openpyxl import Workbook
    path = tmp_path / "empty.xlsx"
    Workbook().save(path)
    result = run_line(["screen", str(path), "--format", "json"])
    assert (result.exit_code, result.stdout) == (3, "")
    assert "the roster is empty" in result.stderr
    book = Workbook()  # dates, times and numbers in cells read as text
    book.active.append(["Your name", "Started", "At", "Where do running aches or pains show up? Tick all that apply; "
                        "anything you leave unticked counts as a no."])
    book.active.append(["Ana", datetime.date(2026, 11, 20), datetime.time(19, 5), "shin_pain"])
    book.save(path)
    result = run_line(["screen", str(path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert "ignored columns: 'Started', 'At'" in result.stderr


def test_coach_roster_with_commas_and_any_case_still_screens(run_line, tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text('athlete,observations\nAna,"Knee_Pain, knee_caves_in"\n', encoding="utf-8")
    result, report = screen(run_line, path)
    assert result.exit_code == 0, result.stderr
    [ana] = report["athletes"]
    assert ana["athlete"] == "Ana" and ana["causes"]


def test_openpyxl_is_imported_only_for_xlsx(tmp_path):
    import subprocess
    import sys
    code = ("import sys; sys.path.insert(0, %r)\n"
            "from advisor.frontends.cli import main\n"
            "try:\n    main(['screen', %r, '--format', 'json'])\n"
            "except SystemExit:\n    pass\n"
            "print('openpyxl' in sys.modules, file=sys.stderr)") % (str(ROOT), str(FORMS / "google.csv"))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stderr.strip().splitlines()[-1] == "False"


def test_an_xlsx_that_unzips_past_the_bound_is_refused_unread(run_line, tmp_path, monkeypatch):
    from openpyxl import Workbook
    from advisor.inputs.roster import xlsx
    book = Workbook()
    book.active.append(["Your name"])
    book.active.append(["Ana"])
    path = tmp_path / "big.xlsx"
    book.save(path)
    monkeypatch.setattr(xlsx, "MAX_XLSX_UNZIPPED", 1000)  # the real bound, 512 MB, scaled down
    result = run_line(["screen", str(path)])
    assert result.exit_code == 3
    assert "unzips to" in result.stderr


def test_a_form_row_with_too_few_fields_is_named_with_its_athlete(run_line, tmp_path, kb):
    where = next(q for q in kb.questions if q.id == "where_it_hurts")
    path = tmp_path / "export.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Timestamp", "Your name", where.text])
        writer.writerow(["1", "Ana", kb.observations["knee_pain"].text])
        writer.writerow(["2", "Ben"])
    result, report = screen(run_line, path)
    assert result.exit_code == 5
    assert [(p["line"], p["athlete"]) for p in report["problems"]] == [(3, "Ben")]
    assert [a["athlete"] for a in report["athletes"]] == ["Ana"]


def test_words_read_from_free_text_are_notes_that_do_not_make_exit_5(run_line):
    # Every weekly form run has free text: its "please confirm" notes are for the coach, not bad rows.
    path = FORMS / "google-multiline.csv"
    result, report = screen(run_line, path)
    assert result.exit_code == 0, result.stderr
    assert {a["athlete"] for a in report["athletes"]} == {"Ana", "Noah", "Olivia"}
    notes = [p for p in report["problems"] if p["reason"].startswith("note: read the words")]
    assert {p["athlete"] for p in notes} == {"Noah", "Olivia"} and all(p["screened"] for p in notes)
    text = run_line(["screen", str(path), "--format", "text"])
    assert text.exit_code == 0
    # (counted as the totals count them: notes, not rows with problems; test drive 24)
    assert "NOTES TO CONFIRM (2)" in text.stdout and "NOT SCREENED" not in text.stdout
    assert "ROWS WITH PROBLEMS" not in text.stdout
    strict = run_line(["screen", str(path), "--strict", "--format", "json"])
    assert strict.exit_code == 0 and len(json.loads(strict.stdout)["athletes"]) == 3


def test_an_unknown_id_left_out_of_a_screened_row_still_makes_exit_5(run_line, tmp_path, kb):
    where = next(q for q in kb.questions if q.id == "where_it_hurts")
    path = tmp_path / "export.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Timestamp", "Your name", where.text])
        writer.writerow(["1", "Ana", kb.observations["knee_pain"].text + ", Purple elephants"])
    result, report = screen(run_line, path)
    assert [a["athlete"] for a in report["athletes"]] == ["Ana"]
    assert [p["screened"] for p in report["problems"]] == [True]
    assert result.exit_code == 5


def test_screen_help_says_what_makes_exit_5(run_line):
    out = " ".join(run_line(["screen", "--help"]).stdout.split()).lower()
    assert "notes to confirm" in out and "exit 5" in out


def test_an_xlsx_resubmission_sorted_first_still_loses_to_the_later_one(run_line, tmp_path, kb):
    import datetime
    from openpyxl import Workbook
    where = next(q for q in kb.questions if q.id == "where_it_hurts")
    book = Workbook()
    sheet = book.active
    sheet.append(["ID", "Start time", "Completion time", "Your name", where.text])
    # Sorted by ID descending in Excel: the later response (ID 2) comes first.
    sheet.append([2, datetime.datetime(2026, 11, 24, 9, 0), datetime.datetime(2026, 11, 24, 9, 5), "Ana",
                  kb.observations["shin_pain"].text])
    sheet.append([1, datetime.datetime(2026, 11, 23, 19, 0), datetime.datetime(2026, 11, 23, 19, 5), "Ana",
                  kb.observations["knee_pain"].text])
    path = tmp_path / "responses.xlsx"
    book.save(path)
    result, report = screen(run_line, path)
    [ana] = report["athletes"]
    assert ana["line"] == 2
    [replaced] = report["problems"]
    assert replaced["line"] == 3 and "line 2" in replaced["reason"]
    assert result.exit_code == 0
