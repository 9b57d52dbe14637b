"""Forms in (advisor.inputs.forms and the roster reader's form hooks): template, mapping, exports."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from advisor.errors import InputError
from advisor.inputs.forms import (FREE_TEXT_QUESTION, GROUP_QUESTION, NAME_QUESTION, UNSURE_ID, UNSURE_QUESTION,
                                  FormPlan, ItemKind, mapping, template)
from advisor.inputs.ostrc import OPTIONS, TEXTS, OstrcQuestion
from advisor.inputs.roster import Entry, RosterReader, RowNote, RowProblem
from advisor.knowledge.model import QuestionKind

FORMS = Path(__file__).resolve().parents[1] / "fixtures" / "forms"


def read(kb, text: str, path: str = "roster.csv") -> list:
    return list(RosterReader(kb, io.BytesIO(text.encode("utf-8")), path, path=path))


def csv_text(rows, delimiter=",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue()


def question(kb, qid):
    return next(q for q in kb.questions if q.id == qid)


def option_text(kb, obs):
    return kb.observations[obs].to_runner


def test_template_order_and_texts_mirror_the_rule_pack(kb):
    items = template(kb)
    assert [i.text for i in items[:2]] == [NAME_QUESTION, GROUP_QUESTION]
    checklists = [i for i in items if i.kind is ItemKind.CHECKBOXES]
    screen = next(q for q in kb.questions if q.kind is QuestionKind.SCREEN)
    assert items[2].id == screen.id  # the red-flag checklist first
    # then the same list, to tick the ones the athlete is not sure of (test drive 27)
    assert (items[3].id, items[3].text, items[3].options) == (UNSURE_ID, UNSURE_QUESTION, items[2].options)
    checklists = [c for c in checklists if c.id != UNSURE_ID]
    assert [c.id for c in checklists] == [screen.id] + [q.id for q in kb.questions if q is not screen]
    for item in checklists:
        q = question(kb, item.id)
        assert item.text == q.text
        assert item.options == tuple((kb.observations[o].to_runner, o) for o in q.options)
    ostrc_items = [i for i in items if i.kind is ItemKind.ONE_CHOICE]
    assert [i.id for i in ostrc_items] == [q.value for q in OstrcQuestion]
    assert [i.text for i in ostrc_items] == [TEXTS[q] for q in OstrcQuestion]
    assert items[-1].text == FREE_TEXT_QUESTION


def test_only_the_gatekeeper_ostrc_question_is_required_the_others_say_when_to_skip(kb):
    ostrc_items = [i for i in template(kb) if i.kind is ItemKind.ONE_CHOICE]
    assert [i.required for i in ostrc_items] == [True, False, False, False]
    gate = OPTIONS[OstrcQuestion.PARTICIPATION]
    for item in ostrc_items[1:]:
        assert gate[0] in item.hint and gate[-1] in item.hint


def test_mapping_document_maps_every_option(kb):
    doc = mapping(kb)
    by_id = {q["id"]: q for q in doc["questions"]}
    for q in kb.questions:
        assert by_id[q.id]["text"] == q.text
        assert by_id[q.id]["observations"] == {kb.observations[o].to_runner: o for o in q.options}
    assert by_id["ostrc_pain"]["scores"] == dict(zip(OPTIONS[OstrcQuestion.PAIN], (0, 8, 17, 25)))


def test_a_header_without_any_form_question_is_no_form(kb):
    assert FormPlan.from_header(kb, ["Timestamp", "Email address", "Score"]) is None


def test_header_read_by_shared_words_and_extras_ignored(kb):
    where = question(kb, "where_it_hurts")
    edited = where.text.replace("Tick all that apply", "tick all that apply please")
    plan = FormPlan.from_header(kb, ["Timestamp", "Email address", NAME_QUESTION, edited, "Score"])
    assert plan.checklists == {3: "where_it_hurts"}
    assert plan.fuzzy == [(edited, "where_it_hurts")]
    assert plan.ignored == ["Email address", "Score"]
    assert plan.time_col == 0  # read: an athlete's latest response counts


def test_ticked_options_with_commas_inside_google_join(kb):
    screen = question(kb, "red_flag_screen")
    ticked = ", ".join(option_text(kb, o) for o in ("pain_at_rest", "pain_at_night"))
    assert "," in option_text(kb, "pain_at_rest")  # the case this guards: commas inside an option
    rows = read(kb, csv_text([[NAME_QUESTION, screen.text], ["Cleo", ticked]]))
    [entry] = rows
    assert entry.present == {"pain_at_rest", "pain_at_night"}
    assert set(screen.options) - entry.present <= entry.absent  # unticked counts as a no


def test_the_form_speaks_to_the_athlete_and_old_forms_still_read(kb):
    # test drive 22: the athlete filling in the form read "The runner is female", "Sits for most
    # of the working day"; the options are now in the second person, and a form built from the
    # earlier texts is read the same
    about = next(i for i in template(kb) if i.id == "about_you")
    assert all(text.startswith("You ") for text, _ in about.options), about.options
    ids = ("is_female", "sits_all_day", "recent_mileage_increase")
    for texts in ([kb.observations[o].to_runner for o in ids], [kb.observations[o].text for o in ids]):
        [entry] = read(kb, csv_text([[NAME_QUESTION, about.text], ["Ana", ", ".join(texts)]]))
        assert set(ids) <= entry.present and not set(ids) & entry.absent


def test_an_option_ticked_by_the_text_it_had_before_still_reads(kb):
    # test drive 32: the exertional leg pain item now names the calf or shin; an export of a form
    # built before still ticks it by the old words, with no note of words the matcher read
    screen = question(kb, "red_flag_screen")
    old = "Leg pain or tightness that comes on at the same point in every run and eases within minutes of stopping"
    assert old in kb.observations["exertional_leg_pain"].former_texts
    assert old != kb.observations["exertional_leg_pain"].to_runner
    [entry] = read(kb, csv_text([[NAME_QUESTION, screen.text], ["Ana", old]]))   # (no note of words read)
    assert "exertional_leg_pain" in entry.present


def test_microsoft_join_with_trailing_semicolon_and_ids_any_case(kb):
    where = question(kb, "where_it_hurts")
    cell = option_text(kb, "knee_pain") + ";SHIN_PAIN;"
    [entry] = read(kb, csv_text([["ID", "Name", NAME_QUESTION, where.text], ["1", "anonymous", "Ana", cell]]))
    assert {"knee_pain", "shin_pain"} <= entry.present


def test_unselected_unknown_leaves_other_options_unknown(kb):
    seen = question(kb, "what_is_seen")
    assert not seen.unselected_absent
    [entry] = read(kb, csv_text([[NAME_QUESTION, seen.text], ["Ana", option_text(kb, "knee_caves_in")]]))
    assert entry.present == {"knee_caves_in"}
    assert entry.absent == frozenset()


def test_free_text_read_with_the_words_matcher_and_noted(kb):
    rows = read(kb, csv_text([[NAME_QUESTION, FREE_TEXT_QUESTION, TEXTS[OstrcQuestion.PAIN]],
                              ["Dan", "my calves cramp on long runs", "Mild pain"]]))
    entry, note = rows
    assert isinstance(entry, Entry) and "calf_cramps" in entry.present
    assert isinstance(note, RowNote) and note.line == 2 and "calf_cramps" in note.reason


def test_an_answer_nothing_can_read_is_a_row_problem_with_its_line(kb):
    where = question(kb, "where_it_hurts")
    rows = read(kb, csv_text([[NAME_QUESTION, where.text], ["Ana", option_text(kb, "knee_pain")],
                              ["Eve", "Purple elephants"]]))
    assert isinstance(rows[0], Entry)
    assert isinstance(rows[1], RowProblem) and rows[1].line == 3 and "Purple elephants" in rows[1].reason


def test_ostrc_answers_become_a_severity_on_the_entry(kb):
    header = [NAME_QUESTION] + [TEXTS[q] for q in OstrcQuestion]
    # Reduced participation 17, minor training change 8, moderate performance effect 17, mild pain 8.
    answers = [OPTIONS[OstrcQuestion.PARTICIPATION][2], OPTIONS[OstrcQuestion.TRAINING][1],
               OPTIONS[OstrcQuestion.PERFORMANCE][2], OPTIONS[OstrcQuestion.PAIN][1]]
    [entry] = read(kb, csv_text([header, ["Ana", *answers]]))
    assert entry.ostrc.severity == 17 + 8 + 17 + 8
    assert entry.ostrc.substantial is True


def test_an_ostrc_answer_that_is_no_option_is_a_row_problem(kb):
    header = [NAME_QUESTION, TEXTS[OstrcQuestion.PAIN]]
    [problem] = read(kb, csv_text([header, ["Ana", "a bit sore"]]))
    assert isinstance(problem, RowProblem) and "a bit sore" in problem.reason


def test_semicolon_delimited_export_is_sniffed(kb):
    where = question(kb, "where_it_hurts")  # its text holds a ';' itself, so the field is quoted
    text = csv_text([["Timestamp", NAME_QUESTION, where.text],
                     ["20.11.2026 19:00", "Ana", option_text(kb, "knee_pain")]], delimiter=";")
    [entry] = read(kb, text)
    assert entry.athlete == "Ana" and "knee_pain" in entry.present


def test_coach_roster_with_comma_separated_ids_in_any_case(kb):
    text = 'athlete,observations\nAna,"Knee_Pain, KNEE_CAVES_IN, no:Swelling"\n'
    [entry] = read(kb, text)
    assert entry.present == {"knee_pain", "knee_caves_in"}
    assert entry.absent == {"swelling"}


def test_coach_roster_semicolon_delimited(kb):
    [entry] = read(kb, "athlete;group;observations\nAna;5k;knee_pain,knee_caves_in\n")
    assert (entry.group, entry.present) == ("5k", {"knee_pain", "knee_caves_in"})


def test_coach_roster_unknown_id_next_to_known_ones_is_noted_and_the_row_screened(kb):
    text = "athlete,observations,absent\nBob,pain_at_night;knee_pian;knee_pain,swellng\nCy,knee_pian\n"
    entry, *notes, problem = read(kb, text)
    assert isinstance(entry, Entry) and entry.present == {"pain_at_night", "knee_pain"}
    assert entry.absent == frozenset()
    assert [(n.line, n.athlete) for n in notes] == [(2, "Bob"), (2, "Bob")]
    assert all(isinstance(n, RowNote) for n in notes)
    assert "'knee_pian'" in notes[0].reason and "did you mean 'knee_pain'" in notes[0].reason
    assert "'swellng' in 'absent'" in notes[1].reason and "did you mean 'swelling'" in notes[1].reason
    # A row whose only id is unknown says nothing that can be screened: still a bad row.
    assert type(problem) is RowProblem and (problem.line, problem.athlete) == (3, "Cy")


def test_unknown_id_notes_are_capped_per_row(kb):
    from advisor.inputs.roster import MAX_NOTES_PER_ROW
    junk = ";".join(f"zz{n}" for n in range(MAX_NOTES_PER_ROW + 2))
    entry, *notes = read(kb, f"athlete,observations\nBob,knee_pain;{junk}\n")
    assert entry.present == {"knee_pain"}
    assert len(notes) == MAX_NOTES_PER_ROW + 1
    assert notes[-1].reason.startswith("2 more unknown observation ids")


def test_jsonl_row_with_an_unknown_id_next_to_known_ones_is_screened_and_noted(kb):
    text = ('{"athlete": "Bob", "symptoms": ["pain_at_night", "knee_pian", {"id": "knee_pain", "present": false}]}\n'
            '{"athlete": "Cy", "symptoms": ["knee_pian"]}\n'
            '{"athlete": "Dee", "symptoms": ["knee_pian", 7]}\n')
    entry, note, *bad = read(kb, text, "roster.jsonl")
    assert entry.present == {"pain_at_night"} and entry.absent == {"knee_pain"}
    assert type(note) is RowNote and (note.line, note.athlete) == (1, "Bob")
    assert note.reason.startswith("unknown observation id 'knee_pian' (did you mean 'knee_pain'?)")
    assert "$.symptoms[1]" in note.reason
    # No known id left, or another kind of problem too: a bad row, as before.
    assert [(type(b), b.line) for b in bad] == [(RowProblem, 2), (RowProblem, 3)]


def test_a_duplicate_row_carries_no_note_saying_it_was_screened(kb):
    items = read(kb, "athlete,observations\nBob,knee_pain\nBob,knee_pain;knee_pian\n")
    assert [type(i) for i in items] == [Entry, RowProblem]
    assert "duplicate" in items[1].reason


def test_a_ticked_answer_nothing_reads_next_to_read_ones_is_noted(kb):
    where = question(kb, "where_it_hurts")
    cell = f"{option_text(kb, 'knee_pain')}, Purple elephants"
    entry, note = read(kb, csv_text([[NAME_QUESTION, where.text], ["Ana", cell]]))
    assert isinstance(entry, Entry) and "knee_pain" in entry.present
    assert isinstance(note, RowNote) and (note.line, note.athlete) == (2, "Ana")
    assert "'Purple elephants'" in note.reason and "screened" in note.reason
    # A misspelt id is read by the runner's-words matcher, and noted as read.
    entry, note = read(kb, csv_text([[NAME_QUESTION, where.text], ["Ana", "Shin_Pain, knee_pian"]]))
    assert entry.present >= {"shin_pain", "knee_pain"} and "+knee_pain" in note.reason


def test_coach_roster_errors_unchanged(kb):
    with pytest.raises(InputError, match="unknown column 'knee_pian'"):
        read(kb, "athlete,knee_pian,observations\nAna,1,knee_pain\n")
    with pytest.raises(InputError, match="no athlete column"):
        read(kb, "who,observations\nAna,knee_pain\n")


def test_form_export_without_a_name_column_is_refused(kb):
    where = question(kb, "where_it_hurts")
    with pytest.raises(InputError, match="without a name column"):
        read(kb, csv_text([["Timestamp", where.text], ["1", option_text(kb, "knee_pain")]]))


@pytest.mark.parametrize("fixture", ["google.csv", "european.csv", "microsoft.csv"])
def test_fixture_exports_lose_nothing(kb, fixture):
    path = FORMS / fixture
    with open(path, "rb") as fh:
        items = list(RosterReader(kb, fh, fixture, path=str(path)))
    entries = [i for i in items if isinstance(i, Entry)]
    problems = [i for i in items if isinstance(i, RowProblem) and not isinstance(i, RowNote)]
    assert [e.athlete for e in entries] == ["Ana", "Cleo", "Dan"]
    assert [(p.line, p.athlete) for p in problems] == [(5, ""), (6, "Eve")]
    ana, cleo, dan = entries
    assert {"knee_pain", "knee_caves_in", "pelvis_drops", "sits_all_day"} <= ana.present
    assert ana.group == "5k"
    # Full participation with a problem 8, minor training change 8, minor effect 8, mild pain 8.
    assert (ana.ostrc.severity, ana.ostrc.substantial) == (32, False)
    assert {"pain_at_rest", "pain_at_night", "shin_pain"} <= cleo.present
    assert (cleo.ostrc.severity, cleo.ostrc.substantial) == (100, True)
    assert {"calf_tightness", "runs_on_toes", "calf_cramps"} <= dan.present
    assert dan.ostrc.severity == 0


@pytest.mark.parametrize("name_header, value", [("Name", "Ana Lopez"), ("Email address", "ana@example.org")])
def test_without_a_name_question_the_name_or_email_column_names_the_athlete(kb, name_header, value):
    where = question(kb, "where_it_hurts")
    [entry] = read(kb, csv_text([["Timestamp", name_header, where.text], ["1", value, option_text(kb, "knee_pain")]]))
    assert entry.athlete == value


def test_a_yes_no_form_question_per_observation_is_read(kb):
    obs = kb.observations["pain_at_night"]
    rows = read(kb, csv_text([[NAME_QUESTION, obs.question], ["Ana", "Yes"], ["Ben", "No"]]))
    assert ("pain_at_night" in rows[0].present, "pain_at_night" in rows[1].absent) == (True, True)


def google_header() -> list[str]:
    """The header of the Google Forms export fixture: the real shape, every question."""
    with open(FORMS / "google.csv", encoding="utf-8-sig", newline="") as fh:
        return next(csv.reader(fh))


def test_a_blank_form_response_states_nothing_present_or_absent(kb):
    # Name and group only: nothing ticked, no OSTRC answer, no free text. Unticked boxes count
    # as "no" only when the athlete answered something; here they answered nothing.
    header = google_header()
    blank = ["2026/11/24 7:10:00 PM GMT+1", "x@example.org", "Rosa", "5k"] + [""] * (len(header) - 4)
    ticked = list(blank)
    ticked[2] = "Ana"
    ticked[header.index(question(kb, "where_it_hurts").text)] = option_text(kb, "knee_pain")
    rosa, ana = read(kb, csv_text([header, blank, ticked]))
    assert (rosa.athlete, rosa.present, rosa.absent) == ("Rosa", frozenset(), frozenset())
    assert rosa.ostrc is None or not rosa.ostrc.answers
    assert ana.present == {"knee_pain"} and ana.absent  # unticked boxes are a no once anything is answered


def test_a_blank_form_response_is_no_answers_in_the_report(kb, advisor):
    from advisor.screening.screener import athlete_report, outcome_of, red_flag_screen
    header = google_header()
    [rosa] = read(kb, csv_text([header, ["", "", "Rosa", "5k"] + [""] * (len(header) - 4)]))
    report = athlete_report(rosa, "Rosa", outcome_of(advisor, rosa.present, rosa.absent), red_flag_screen(kb))
    assert report.answered is False


def test_a_free_text_answer_over_several_lines_is_one_field_of_its_row(kb):
    # Google Forms keeps a line break inside a quoted field (records end \r\n, the break is \n).
    path = FORMS / "google-multiline.csv"
    with open(path, "rb") as fh:
        items = list(RosterReader(kb, fh, path.name, path=str(path)))
    entries = [i for i in items if isinstance(i, Entry)]
    bad = [i for i in items if isinstance(i, RowProblem) and not isinstance(i, RowNote)]
    assert bad == []
    assert [(e.athlete, e.line) for e in entries] == [("Ana", 2), ("Noah", 3), ("Olivia", 5)]
    noah = entries[1]
    assert "low_back_pain" in noah.present and noah.ostrc.severity == 8 + 0 + 8 + 8
    notes = {n.athlete: n.reason for n in items if isinstance(n, RowNote)}
    assert "knee" in notes["Noah"] and "stairs" in notes["Noah"]  # the second line was read too
    assert "rocks" in notes["Olivia"]


def test_a_quote_left_open_in_a_form_export_is_one_named_bad_row_and_the_rest_is_read(kb):
    header = google_header()
    where = header.index(question(kb, "where_it_hurts").text)
    def row(name, notes=""):
        cells = ["", "", name, "5k"] + [""] * (len(header) - 4)
        cells[where] = option_text(kb, "knee_pain")
        cells[-1] = notes
        return cells
    text = csv_text([header, row("Ana")]) + ",".join(row("Noah")[:-1]) + ',"left open\n' \
        + csv_text([row("Olivia"), row("Pia")])
    items = read(kb, text)
    entries = [i.athlete for i in items if isinstance(i, Entry)]
    bad = [i for i in items if isinstance(i, RowProblem) and not isinstance(i, RowNote)]
    assert entries == ["Ana", "Olivia", "Pia"]  # the open quote swallows nobody
    assert [(b.line, b.athlete) for b in bad] == [(3, "Noah")]
    assert "left open" not in bad[0].reason and "quote" in bad[0].reason


def test_a_coach_roster_still_takes_one_row_per_line(kb):
    rows = read(kb, 'athlete,observations\nAna,"knee_pain\nshin_pain"\nBen,knee_pain\n')
    assert [type(r).__name__ for r in rows] == ["RowProblem", "RowProblem", "Entry"]


def test_a_windows_1252_export_is_read_and_said_once(kb, capsys):
    # Excel's "CSV (semicolon delimited)" in Europe: Windows-1252, no BOM.
    path = FORMS / "european-ansi.csv"
    with open(path, "rb") as fh:
        items = list(RosterReader(kb, fh, path.name, path=str(path)))
    entries = [i.athlete for i in items if isinstance(i, Entry)]
    assert entries == ["Jörg Müller", "Cleo", "Zoë Ångström"]
    assert not any("UTF-8" in i.reason for i in items if isinstance(i, RowProblem))
    err = capsys.readouterr().err
    assert err.count("Windows-1252") == 1 and "CSV UTF-8" in err


def test_a_pipe_decides_per_line_and_bytes_neither_reads_stay_bad_rows(kb, capsys):
    data = ("athlete,observations\nRené,knee_pain\n".encode("utf-8") + "Jörg,shin_pain\n".encode("cp1252")
            + "Zoë,heel_pain\n".encode("utf-8") + b"Bad\x81,knee_pain\n")
    items = list(RosterReader(kb, io.BytesIO(data), "<stdin>", fmt="csv"))  # a stream with no file: a pipe
    assert [i.athlete for i in items if isinstance(i, Entry)] == ["René", "Jörg", "Zoë"]
    [bad] = [i for i in items if isinstance(i, RowProblem)]
    assert (bad.line, bad.reason) == (5, "not UTF-8 text")
    assert capsys.readouterr().err.count("Windows-1252") == 1


def test_json_lines_stay_utf_8_only(kb):
    data = '{"athlete": "Jörg", "symptoms": ["knee_pain"]}\n'.encode("cp1252")
    [bad] = list(RosterReader(kb, io.BytesIO(data), "r.jsonl", path="r.jsonl"))
    assert isinstance(bad, RowProblem) and bad.reason == "not UTF-8 text"


def test_a_utf_16_roster_is_not_guessed_as_windows_1252(kb):
    data = "athlete,observations\nAna,knee_pain\n".encode("utf-16")
    with pytest.raises(InputError, match="not UTF-8 text"):
        list(RosterReader(kb, io.BytesIO(data), "r.csv", path="r.csv"))


def _responses(kb, *rows):
    """A Google export: (timestamp, name, observation ticked under 'where it hurts') per row."""
    header = google_header()
    where = header.index(question(kb, "where_it_hurts").text)
    out = [header]
    for stamp, name, obs in rows:
        cells = [stamp, "", name, "5k"] + [""] * (len(header) - 4)
        cells[where] = option_text(kb, obs)
        out.append(cells)
    return csv_text(out)


def test_a_later_resubmission_of_a_form_wins_and_the_earlier_is_named_replaced(kb):
    items = read(kb, _responses(kb, ("2026/11/23 7:00:00 PM GMT+1", "Ana", "knee_pain"),
                                ("2026/11/23 8:00:00 PM GMT+1", "Ben", "knee_pain"),
                                ("2026/11/24 9:30:00 AM GMT+1", "Ana", "shin_pain")))
    entries = {i.athlete: i for i in items if isinstance(i, Entry)}
    assert (entries["Ana"].line, "shin_pain" in entries["Ana"].present) == (4, True)
    [replaced] = [i for i in items if isinstance(i, RowProblem)]
    assert (replaced.line, replaced.athlete) == (2, "Ana") and "line 4" in replaced.reason
    assert replaced.info and "duplicate" not in replaced.reason


def test_a_resubmission_typed_in_another_case_with_a_stray_space_is_the_same_athlete(kb):
    # test drive 22: "Ruth Adams" and a phone's "ruth adams " were screened as two athletes
    items = read(kb, _responses(kb, ("2026/11/23 7:00:00 PM GMT+1", "Ruth Adams", "knee_pain"),
                                ("2026/11/24 9:30:00 AM GMT+1", "ruth  adams ", "shin_pain")))
    entries = [i for i in items if isinstance(i, Entry)]
    assert [(e.line, "shin_pain" in e.present) for e in entries] == [(3, True)]
    [replaced] = [i for i in items if isinstance(i, RowProblem)]
    assert replaced.line == 2 and "line 3" in replaced.reason


def test_a_red_flag_ticked_in_a_replaced_response_is_kept(kb):
    # Test drive 20: a faint ticked at 6 pm, a blank response at 8 pm: the coach saw "no problem"
    header = google_header()
    # (the fixture's form was made before the question said "or have they happened recently":
    # a coach's older form still maps, by shared words)
    screen = next(n for n, h in enumerate(header) if h.startswith("Before anything else"))
    assert header[screen] != question(kb, "red_flag_screen").text
    rows = [header]
    for stamp, ticked in (("2026/11/23 6:05:00 PM GMT+1", option_text(kb, "fainting_with_exercise")),
                          ("2026/11/23 8:25:00 PM GMT+1", "")):
        cells = [stamp, "", "Ola", "10k"] + [""] * (len(header) - 4)
        cells[screen] = ticked
        rows.append(cells)
    items = read(kb, csv_text(rows))
    [ola] = [i for i in items if isinstance(i, Entry)]
    assert ola.line == 3 and "fainting_with_exercise" in ola.present
    replaced = next(i for i in items if i.line == 2)
    assert "red flag kept: fainting_with_exercise" in replaced.reason
    assert any(isinstance(i, RowNote) and i.line == 3 and "Fainted" in i.reason for i in items)
    # ... and the who-to-act-on line says so, for the coach to confirm (test drive 23: the note
    # was 40 lines below a plain "new red flag")
    assert ola.kept == {"fainting_with_exercise"}
    from advisor.reasoning.advisor import get_advisor
    from advisor.render import render_team
    from advisor.screening.report import screen_team
    report = screen_team(get_advisor(None), items)
    assert "kept from an earlier response: confirm" in render_team(report, "markdown")


def test_a_complaint_in_a_replaced_response_is_not_carried_over(kb):
    items = read(kb, _responses(kb, ("2026/11/23 7:00:00 PM GMT+1", "Ana", "knee_pain"),
                                ("2026/11/24 9:30:00 AM GMT+1", "Ana", "shin_pain")))
    [ana] = [i for i in items if isinstance(i, Entry)]
    assert "knee_pain" not in ana.present   # a complaint is not carried over: only a red flag


def test_the_latest_timestamp_wins_even_when_the_rows_were_sorted(kb):
    # Sorted by name in a spreadsheet: the earlier row in the file is the later response.
    items = read(kb, _responses(kb, ("2026/11/24 9:30:00 AM GMT+1", "Ana", "shin_pain"),
                                ("2026/11/23 7:00:00 PM GMT+1", "Ana", "knee_pain")))
    [ana] = [i for i in items if isinstance(i, Entry)]
    assert ana.line == 2 and "shin_pain" in ana.present
    [replaced] = [i for i in items if isinstance(i, RowProblem)]
    assert replaced.line == 3 and "line 2" in replaced.reason


def test_a_coach_roster_keeps_the_first_row_of_a_duplicate(kb):
    items = read(kb, "athlete,observations\nAna,knee_pain\nAna,shin_pain\n")
    assert [(type(i).__name__, i.line) for i in items] == [("Entry", 2), ("RowProblem", 3)]
    assert "duplicate athlete" in items[1].reason and not items[1].info


@pytest.mark.parametrize("text, expected", [
    ("2026/11/24 7:10:00 PM GMT+1", "2026-11-24 18:10:00"),  # Google, en-US: shown in UTC
    ("2026/11/24 19:10:00 GMT-5", "2026-11-25 00:10:00"),
    ("24.11.2026 19:10", "2026-11-24 19:10:00"),  # a European Excel's save
    ("2026-11-24 19:10:05", "2026-11-24 19:10:05"),  # an .xlsx cell
    ("11/3/2026 19:10", None),  # day or month first? not guessed
    ("", None),
])
def test_response_times_as_the_exports_write_them(text, expected):
    from advisor.inputs.forms import response_time
    when = response_time(text)
    assert (when.isoformat(sep=" ") if when else None) == expected


def test_a_resubmission_is_screened_as_sent_last_and_does_not_make_exit_5(run_line, tmp_path, kb):
    path = tmp_path / "export.csv"
    path.write_text(_responses(kb, ("2026/11/23 7:00:00 PM GMT+1", "Ana", "knee_pain"),
                               ("2026/11/24 9:30:00 AM GMT+1", "Ana", "shin_pain")), encoding="utf-8")
    result = run_line(["screen", str(path), "--format", "json"])
    import json
    report = json.loads(result.stdout)
    assert [a["line"] for a in report["athletes"]] == [3]
    assert [(p["line"], p["screened"]) for p in report["problems"]] == [(2, False)]
    assert result.exit_code == 0 and "read as the response time" in result.stderr


def test_two_quotes_left_open_are_two_named_bad_rows(kb):
    header = google_header()
    def row(name):
        return ["", "", name, "5k"] + [""] * (len(header) - 5)
    open_row = lambda name: ",".join(row(name)) + ',"left open\n'  # noqa: E731
    text = csv_text([header, row("Ana") + [""]]) + open_row("Noah") + csv_text([row("Pia") + ["x"]]) \
        + open_row("Olivia") + csv_text([row("Quinn") + ["y"]])
    items = read(kb, text)
    bad = [(i.line, i.athlete) for i in items if isinstance(i, RowProblem) and not isinstance(i, RowNote)]
    assert bad == [(3, "Noah"), (5, "Olivia")]
    assert all("never closed" in i.reason for i in items if isinstance(i, RowProblem) and i.line in (3, 5))
    assert [i.athlete for i in items if isinstance(i, Entry)] == ["Ana", "Pia", "Quinn"]


def test_reduced_participation_alone_is_a_problem_reported_not_none(kb, advisor):
    # test drive 19: "Reduced participation due to a problem" and nothing else showed the coach
    # "no problem reported" (no severity: questions 2-4 unanswered)
    from advisor.reasoning.team import Concern
    from advisor.screening.screener import athlete_report, outcome_of, red_flag_screen
    header = [NAME_QUESTION, TEXTS[OstrcQuestion.PARTICIPATION]]
    [entry] = read(kb, csv_text([header, ["Ann", OPTIONS[OstrcQuestion.PARTICIPATION][2]]]))
    assert entry.ostrc.severity is None
    report = athlete_report(entry, "Ann", outcome_of(advisor, entry.present, entry.absent), red_flag_screen(kb))
    assert report.concern is Concern.COMPLAINT
    [fine] = read(kb, csv_text([header, ["Bo", OPTIONS[OstrcQuestion.PARTICIPATION][0]]]))
    assert athlete_report(fine, "Bo", outcome_of(advisor, fine.present, fine.absent),
                          red_flag_screen(kb)).concern is not Concern.COMPLAINT


def test_an_ostrc_problem_with_no_complaint_ticked_is_never_self_care(kb, advisor):
    # test drive 24: "Reduced participation", severity 68, substantial, and free text nothing
    # placed: the coach saw "self-care"
    from advisor.reasoning.case import Case
    from advisor.reasoning.result import TriageLevel
    header = [NAME_QUESTION] + [TEXTS[q] for q in OstrcQuestion]
    problem = [OPTIONS[OstrcQuestion.PARTICIPATION][2], OPTIONS[OstrcQuestion.TRAINING][2],
               OPTIONS[OstrcQuestion.PERFORMANCE][2], OPTIONS[OstrcQuestion.PAIN][2]]
    fine = [OPTIONS[OstrcQuestion.PARTICIPATION][0], "", "", ""]
    lou, bo = read(kb, csv_text([header, ["Lou", *problem], ["Bo", *fine]]))
    assert lou.ostrc.substantial and "no_complaints" in lou.absent
    assert advisor.advise(Case(lou.present, lou.absent)).triage is TriageLevel.PHYSIO_IF_NOT_BETTER
    assert "no_complaints" not in bo.absent
    assert advisor.advise(Case(bo.present, bo.absent)).triage is TriageLevel.SELF_CARE


def test_an_unticked_still_growing_box_leaves_the_age_to_the_group(kb):
    # fc24: a "U15 girls" athlete who did not tick "still growing" was read as grown, and her heel
    # pain got the adult programme; ticked, or said in words, it still counts
    about = next(i for i in template(kb) if i.id == "about_you")
    where = question(kb, "where_it_hurts")
    header = [NAME_QUESTION, GROUP_QUESTION, where.text, about.text]
    rows = read(kb, csv_text([header, ["Chloe", "U15 girls", option_text(kb, "heel_pain"), ""],
                              ["Ana", "5k", option_text(kb, "heel_pain"), option_text(kb, "sits_all_day")]]))
    chloe, ana = [r for r in rows if hasattr(r, "present")]
    assert "still_growing" in chloe.present
    assert "still_growing" not in ana.present | ana.absent   # unknown, not "grown"
    assert "no_strength_training" in ana.absent             # the other unticked boxes still say no
