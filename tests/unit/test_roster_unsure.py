"""A red-flag sign answered "not sure" in a roster is carried to the athlete's answer (test drive
27: a coach's "?" and a JSON Lines ``"present": null`` were dropped, and the athlete was listed
as "red flags not asked"): a "?" is not a blank."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from advisor.inputs.forms import FREE_TEXT_QUESTION, NAME_QUESTION, UNSURE_QUESTION
from advisor.inputs.roster import Entry, RosterReader, RowProblem, unsure, yes_no
from advisor.render import render_team
from advisor.screening.report import screen_team

WEEK = dt.date(2026, 11, 25)


def read(kb, text: str, path: str = "roster.csv") -> list:
    return list(RosterReader(kb, io.BytesIO(text.encode("utf-8")), path, path=path))


def entries(kb, text: str, path: str = "roster.csv") -> dict[str, Entry]:
    return {e.athlete: e for e in read(kb, text, path) if isinstance(e, Entry)}


@pytest.mark.parametrize("cell", ["?", "unsure", "Not sure", "don't know", "don\u2019t know", "no idea", " ? "])
def test_a_not_sure_cell_is_told_apart_from_a_blank(cell):
    assert yes_no(cell) is None and unsure(cell)


@pytest.mark.parametrize("cell", ["", "  ", "yes", "no"])
def test_a_blank_or_an_answer_is_not_unsure(cell):
    assert not unsure(cell)


def test_a_coach_roster_says_not_sure_with_a_question_mark(kb):
    got = entries(kb, "athlete,observations\nAnn,low_back_pain;?:saddle_numbness;no:pain_at_night\n"
                      "Ben,knee_pain\n")
    assert got["Ann"].unsure == {"saddle_numbness"} and got["Ann"].absent == {"pain_at_night"}
    assert got["Ben"].unsure == frozenset()


def test_one_column_per_id_question_mark_is_not_sure_and_blank_not_asked(kb):
    got = entries(kb, "athlete,low_back_pain,saddle_numbness,bladder_bowel_change\n"
                      "Ann,yes,?,\nDee,yes,not sure,no\n")
    assert got["Ann"].unsure == {"saddle_numbness"} and "bladder_bowel_change" not in got["Ann"].absent
    assert got["Dee"].unsure == {"saddle_numbness"} and got["Dee"].absent == {"bladder_bowel_change"}


def test_not_sure_and_an_answer_for_one_id_is_a_bad_row(kb):
    [problem] = [p for p in read(kb, "athlete,observations\nAnn,saddle_numbness;?:saddle_numbness\n")
                 if isinstance(p, RowProblem)]
    assert "both not sure and present" in problem.reason


def test_json_lines_null_is_not_sure(kb):
    line = json.dumps({"athlete": "Zed", "symptoms": [{"id": "low_back_pain", "present": True},
                                                      {"id": "saddle_numbness", "present": None}]})
    assert entries(kb, line + "\n", "roster.jsonl")["Zed"].unsure == {"saddle_numbness"}


def team(advisor, *rows):
    return screen_team(advisor, list(rows), week=WEEK)


def entry(line, name, present=(), absent=(), not_sure=()):
    return Entry(line, name, "g", frozenset(present), frozenset(absent), unsure=frozenset(not_sure))


def test_the_athlete_keeps_their_triage_and_the_report_says_what_it_would_be(advisor):
    report = team(advisor, entry(2, "Ann", ["low_back_pain"], [], ["saddle_numbness"]))
    [row] = report.athletes
    assert row.outcome.level == "physio_if_not_better" and not row.outcome.red_flags   # no evidence
    assert [(u.id, u.triage) for u in row.outcome.unsure] == [("saddle_numbness", "emergency")]
    assert row.flags_asked and row.flags_answered == 1   # asked, answered not sure
    data = json.loads(render_team(report, "json"))
    assert data["athletes"][0]["unsure_red_flags"] == [
        {"id": "saddle_numbness", "label": row.outcome.unsure[0].label, "triage": "emergency"}]
    assert data["totals"]["flags_unsure"] == 1
    rows = list(csv.DictReader(io.StringIO(render_team(report, "csv"))))[1:]
    assert rows[0]["unsure_red_flags"] == "saddle_numbness:emergency"
    for fmt in ("text", "markdown", "html"):
        out = render_team(report, fmt)
        assert "not sure: numbness in the groin" in out.lower(), fmt
        assert "EMERGENCY now if there" in out, fmt
    card = render_team(report, "markdown")
    assert "If it is there: Emergency: call an ambulance or go to the emergency department now. Ask again" in card
    # ask again first: the plan waits, in the card and the team plan (test drive 28)
    assert row.outcome.plan == () and "- Plan:" not in card and data["team_plan"] == []
    assert "| ask again today |" in card


def test_a_sign_that_would_change_nothing_is_not_said(advisor):
    # (swelling answered not sure beside an urgent red flag: it would bring nothing more urgent)
    report = team(advisor, entry(2, "Ann", ["pinpoint_bone_pain", "shin_pain"], [], ["swelling"]))
    assert report.athletes[0].outcome.unsure == ()
    assert "not sure" not in render_team(report, "text").lower()


def test_who_to_act_on_puts_them_by_what_it_would_be(advisor):
    report = team(advisor,
                  entry(2, "Plain", ["knee_pain"], ["pain_at_night"]),
                  entry(3, "Soonish", ["shin_pain"], [], ["pinpoint_bone_pain"]),
                  entry(4, "Worst", ["low_back_pain"], [], ["saddle_numbness"]),
                  entry(5, "Referred", ["pinpoint_bone_pain", "shin_pain"]))
    # (by the red flag it would be, after this week's referrals of the next level: a confirmed
    # urgent flag first, then a not-sure emergency, then a not-sure urgent)
    assert [r.athlete for r in report.summary.most_urgent] == ["Referred", "Worst", "Soonish", "Plain"]
    soon = team(advisor, entry(2, "Worst", ["low_back_pain"], [], ["saddle_numbness"]),
                entry(3, "Soon", ["still_growing", "heel_pain"]))
    assert [r.athlete for r in soon.summary.most_urgent] == ["Worst", "Soon"]   # before a within-days referral


def test_blank_is_still_not_asked(advisor):
    report = team(advisor, entry(2, "Ben", ["knee_pain"]))
    assert not report.athletes[0].flags_asked and report.athletes[0].outcome.unsure == ()


def form_csv(rows) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def test_a_form_says_not_sure_in_its_own_question_and_in_words(kb):
    screen = next(q for q in kb.questions if q.kind.value == "screen")
    saddle = kb.observations["saddle_numbness"].to_runner
    text = form_csv([[NAME_QUESTION, screen.text, UNSURE_QUESTION, FREE_TEXT_QUESTION],
                     ["Priya", "", saddle, "my back aches after runs"],
                     ["Sam", "", "", "Knee hurts on runs. Swelling? not sure."],
                     ["Tom", "", "", "Knee hurts on runs."]])
    got = entries(kb, text, "form.csv")
    assert got["Priya"].unsure == {"saddle_numbness"} and "saddle_numbness" not in got["Priya"].absent
    assert got["Sam"].unsure == {"swelling"} and "swelling" not in got["Sam"].absent   # (it was a no)
    assert got["Tom"].unsure == frozenset() and "saddle_numbness" in got["Tom"].absent   # unticked: a no


def test_a_form_athlete_who_ticks_nothing_and_plays_fully_has_no_complaint(kb, advisor):
    # "You are free of aches, pains and complaints" left unticked is no complaint (test drive 28:
    # such an athlete was "physio if not better: a problem reported")
    from advisor.inputs import ostrc
    part = ostrc.OstrcQuestion.PARTICIPATION
    checklist = next(q for q in kb.questions if "no_complaints" in q.options)
    assert checklist.unselected_absent   # (what this guards: unticked counts as a no there)
    text = form_csv([[NAME_QUESTION, checklist.text, ostrc.TEXTS[part], FREE_TEXT_QUESTION],
                     ["Kai", "", ostrc.OPTIONS[part][0], ""], ["Lou", "", ostrc.OPTIONS[part][2], ""]])
    got = entries(kb, text, "form.csv")
    assert "no_complaints" not in got["Kai"].absent | got["Kai"].present
    assert "no_complaints" in got["Lou"].absent   # reduced participation: a problem, scored
    levels = {r.athlete: r.outcome.level for r in team(advisor, got["Kai"], got["Lou"]).athletes}
    assert levels == {"Kai": "self_care", "Lou": "physio_if_not_better"}
