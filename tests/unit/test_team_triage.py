"""The team report leads with who to act on (issue #14, item 4): the one-line-per-athlete table
and its order, "red flags not asked", "no answers", the week in the title, the change from
last week, and how a huge roster's table stays bounded."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import jsonschema
import pytest

from advisor.reasoning.history import parse_week
from advisor.inputs.ostrc import OstrcQuestion, score
from advisor.inputs.roster import Entry
from advisor.reasoning.history import WeekRow, athlete_key
from advisor.reasoning.team import ChangeKind, Concern
from advisor.render import RENDERERS, Kind, formats, render_team
from advisor.screening.report import screen_team
from advisor.screening.screener import red_flag_screen

ROOT = Path(__file__).resolve().parents[2]
WEEK = dt.date(2026, 11, 25)
HUMAN = ("markdown", "html", "text")


def entry(line, name, present=(), absent=(), ostrc=None, group="g"):
    return Entry(line, name, group, frozenset(present), frozenset(absent), ostrc=ostrc)


def ostrc(*options):
    """OSTRC-O2 answers by option index, in question order."""
    return score(dict(zip(OstrcQuestion, options)))


def names_in_table(md: str) -> list[str]:
    return [line.split(" | ")[1].split(" (")[0] for line in md.splitlines() if line[:2] == "| " and
            line.split(" | ")[0][2:].isdigit()]


def test_the_red_flag_screen_comes_from_the_knowledge_base(kb):
    screen = red_flag_screen(kb)
    question = [q for q in kb.questions if q.kind.value == "screen"]
    assert len(question) == 1 and screen == frozenset(question[0].options)
    assert "pain_at_night" in screen and "knee_pain" not in screen


def test_flags_asked_only_when_a_problem_meets_no_answered_red_flag_question(advisor, kb):
    screen = sorted(red_flag_screen(kb))
    report = screen_team(advisor, [
        entry(2, "complaint only", ["knee_pain"]),
        entry(3, "asked, all no", ["knee_pain"], screen),
        entry(4, "asked one no", ["knee_pain"], [screen[0]]),
        entry(5, "red flag", ["knee_pain", "pain_at_night"]),
        entry(6, "nothing reported", [], ["knee_pain"]),
        entry(7, "blank"),
        entry(8, "context only", ["sits_all_day"]),
        entry(9, "OSTRC problem only", ostrc=ostrc(1, 1, 0, 1)),
        entry(10, "OSTRC no problem", ostrc=ostrc(0, 0, 0, 0)),
        entry(11, "no complaints", ["no_complaints", "is_female"]),
    ], week=WEEK)
    asked = {a.athlete: a.flags_asked for a in report.athletes}
    assert asked == {"complaint only": False, "asked, all no": True, "asked one no": True, "red flag": True,
                     "nothing reported": True, "blank": True,
                     # (context or "no complaints" is no problem to ask red flags about)
                     "context only": True, "no complaints": True,
                     "OSTRC problem only": False, "OSTRC no problem": True}
    assert report.summary.flags_not_asked == 2
    md = render_team(report, "markdown")
    assert "| OSTRC problem only (g) | self-care | a problem reported, no likely cause found | 24 | - | not asked |" in md
    assert "| OSTRC no problem (g) | none | no problem reported | 0 | - |  |" in md
    # the red-flag column names the flags found (test drive 59: blank beside "URGENT today" read as none)
    assert [line for line in md.splitlines() if "| red flag (g) |" in line][0].endswith("| 1 found |"), md


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_red_flags_not_asked_shows_in_every_format(advisor, fmt):
    report = screen_team(advisor, [entry(2, "Ana", ["knee_pain"]), entry(3, "Bo", ["knee_pain"], ["pain_at_night"])],
                         week=WEEK)
    out = render_team(report, fmt)
    if fmt == "json":
        assert [a["flags_asked"] for a in json.loads(out)["athletes"]] == [False, True]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))[1:]
        assert [r["flags_asked"] for r in rows] == ["no", "partly"]   # Bo answered 1 of the screen
    else:
        assert "red flags not asked" in out.lower()
        ana, bo = (line_of(out, fmt, name) for name in ("Ana", "Bo"))
        assert "not asked" in ana and "not asked" not in bo, (ana, bo)


@pytest.mark.parametrize("fmt", ("markdown", "html"))
def test_a_card_gives_no_plan_to_a_blank_row_and_no_causes_beside_a_referral(advisor, fmt):
    """fc25: the card of an athlete who answered nothing listed a prevention plan (the JSON and
    CSV gave none), and a referred athlete's card listed causes the runner's own answer leaves
    to the clinician; the HTML card did not say a problem's red flags were partly asked."""
    report = screen_team(advisor, [entry(2, "Ana", ["pinpoint_bone_pain", "shin_pain"]), entry(3, "Bo"),
                                   entry(4, "Cy", ["knee_pain", "knee_caves_in"], ["pain_at_night"])], week=WEEK)
    out = render_team(report, fmt)
    cards = out[out.index("Athletes, most urgent first" if fmt == "html" else "## Athletes"):]
    card = {c.split("<", 1)[0].split(" (")[0].split(" <")[0].strip(): c.replace("**", "")
            for c in cards.split("<h3>" if fmt == "html" else "### ")[1:]}
    ana, bo, cy = card["Ana"], card["Bo"], card["Cy"]
    assert "Likely causes wait for the clinician." in ana and "Causes:" not in ana
    assert "No answers: ask again before giving any plan." in bo and "Plan:" not in bo
    assert "partly asked (1 of" in cy and "Plan:" in cy


def test_a_blank_row_has_the_status_no_answers_and_no_plan(advisor):
    data = json.loads(render_team(screen_team(advisor, [entry(2, "Bo"), entry(3, "Cy", ["knee_pain"])], week=WEEK),
                                  "json"))
    bo = data["athletes"][0] if data["athletes"][0]["athlete"] == "Bo" else data["athletes"][1]
    assert (bo["status"], bo["plan"], bo["answered"]) == ("no_answers", [], False)
    assert data["totals"]["no_answers"] == 1 and "prevention" not in data["totals"]
    rows = {r["athlete"]: r for r in csv.DictReader(io.StringIO(render_team(screen_team(
        advisor, [entry(2, "Bo"), entry(3, "Cy", ["pinpoint_bone_pain", "shin_pain"])], week=WEEK), "csv")))}
    assert (rows["Bo"]["status"], rows["Bo"]["plan"]) == ("no_answers", "")
    assert rows["Cy"]["status"] == "referral" and rows["Cy"]["causes"] == rows["Cy"]["top_cause"] == ""


def line_of(out: str, fmt: str, name: str) -> str:
    """An athlete's line of the who-to-act-on table (its three lines in text)."""
    if fmt == "markdown":
        return next(line for line in out.splitlines() if line.startswith("| ") and f" | {name} (" in line)
    if fmt == "html":
        table = out[out.index('<table class="act">'):].split("</table>")[0]
        return next(row for row in table.split("<tr>") if f">{name} <small>" in row)
    lines = out.splitlines()
    at = next(n for n, line in enumerate(lines) if f". {name} (" in line)
    return "\n".join(lines[at:at + 3])


def test_a_blank_row_says_no_answers_never_no_likely_cause(advisor):
    report = screen_team(advisor, [entry(2, "Eve"), entry(3, "Finn", [], ["knee_pain"])], week=WEEK)
    md = render_team(report, "markdown")
    lines = {line.split(" | ")[1]: line for line in md.splitlines() if line.startswith(("| 1 |", "| 2 |"))}
    assert "| no answers |" in lines["Eve (g)"] and "| no problem reported |" in lines["Finn (g)"]
    card = md[md.index("### Eve"):].split("\n### ")[0]
    assert "No answers" in card and "no likely cause" not in card.lower()
    html = render_team(report, "html")
    section = html[html.index("<h3>Eve"):].split("</section>")[0]
    assert "No answers" in section and "no likely cause" not in section.lower()
    text = render_team(report, "text").splitlines()
    at = next(n for n, line in enumerate(text) if line.endswith("Eve (g): -"))
    assert text[at + 1].strip() == "no answers"
    assert [a["answered"] for a in json.loads(render_team(report, "json"))["athletes"]] == [False, True]


def test_a_blank_row_in_csv_has_no_plan_like_the_text_report(advisor):
    import csv
    import io
    report = screen_team(advisor, [entry(2, "Eve"), entry(3, "Finn", [], ["knee_pain"])], week=WEEK)
    rows = {r["athlete"]: r for r in csv.DictReader(io.StringIO(render_team(report, "csv")))}
    eve, finn = rows["Eve"], rows["Finn"]
    assert (eve["summary"], eve["plan"], eve["answered"], eve["flags_asked"]) == ("no answers", "", "no", "")
    assert eve["triage"] == "no_answers"   # never "", never "self_care" (test drive 24)
    assert finn["triage"] and finn["answered"] == "yes"


def test_the_problem_in_words_names_the_condition_and_its_cause(advisor):
    report = screen_team(advisor, [entry(2, "Ben", ["pain_around_kneecap", "knee_pain", "quads_tire_long_runs"]),
                                   entry(3, "Dan", ["runs_on_toes", "calf_tightness"]),
                                   entry(4, "Cleo", ["shin_pain", "pinpoint_bone_pain"])], week=WEEK)
    md = render_team(report, "markdown")
    by = {line.split(" | ")[1]: line.split(" | ")[3] for line in md.splitlines() if line[:4] in ("| 1 ", "| 2 ", "| 3 ")}
    ben = [a for a in report.athletes if a.athlete == "Ben"][0].outcome
    assert by["Ben (g)"] == f"{ben.conditions[0].label[0].lower()}{ben.conditions[0].label[1:]}, likely from " \
                            f"{ben.causes[0].label.split(' (')[0].lower()}"
    assert by["Dan (g)"] == "likely cause: running on the toes"
    assert by["Cleo (g)"].startswith("red flag: ")


def test_order_triage_then_severity_then_concern_then_certainty(advisor):
    report = screen_team(advisor, [
        entry(2, "form only, certain", ["overstrides"]),                         # no condition, no severity
        entry(3, "shin pain", ["shin_pain"]),                                    # a named injury, less certain
        entry(4, "scored 41", ["runs_on_toes"], ostrc=ostrc(1, 2, 1, 1)),        # 8 + 17 + 8 + 8
        entry(5, "scored 0", ["knee_pain", "knee_caves_in"], ostrc=ostrc(0, 0, 0, 0)),
        entry(6, "scored high", ["calf_tightness"], ostrc=ostrc(3, 3, 2, 3)),
        entry(7, "red flag", ["pain_at_night"]),
        entry(8, "blank"),
        entry(9, "fine", [], ["knee_pain"]),
        entry(10, "goal only", ["wants_visible_abs", "no_strength_training"]),
    ], week=WEEK)
    by = {a.athlete: a for a in report.athletes}
    assert by["shin pain"].concern is Concern.CONDITION and by["form only, certain"].concern is Concern.COMPLAINT
    assert by["goal only"].concern is Concern.CONTEXT and by["fine"].concern is Concern.NONE
    assert by["blank"].concern is Concern.NO_ANSWERS
    assert by["scored 41"].severity == 41 and by["scored high"].severity > 41 and by["scored 0"].severity == 0
    assert by["form only, certain"].outcome.causes[0].certainty > by["shin pain"].outcome.causes[0].certainty
    expected = ["red flag", "scored high", "scored 41", "shin pain", "form only, certain", "goal only", "fine",
                "blank", "scored 0"]
    assert [a.athlete for a in report.summary.most_urgent] == expected
    assert names_in_table(render_team(report, "markdown")) == expected


def test_two_runners_with_only_shin_pain_come_before_form_faults_and_get_no_achilles_programme(run_line):
    """Issue #14: they came 28th and 29th of the example roster with a 12-week Achilles programme."""
    md = run_line(["screen", str(ROOT / "examples" / "roster.csv"), "--week", "2026-W48"]).stdout
    table = names_in_table(md)
    report = json.loads(run_line(["screen", str(ROOT / "examples" / "roster.csv"), "--format", "json"]).stdout)
    by = {a["athlete"]: a for a in report["athletes"]}
    shin = [n for n, a in by.items() if {c["id"] for c in a["conditions"]} == {"medial_tibial_stress_syndrome"}
            and not a["red_flags"]]
    assert sorted(shin) == ["Ella Fischer", "Yara Gomez"]
    named = [n for n in table if by[n]["conditions"] and not by[n]["red_flags"]]
    unnamed = [n for n in table if not by[n]["conditions"] and not by[n]["red_flags"] and by[n]["causes"]]
    assert max(table.index(n) for n in named) < min(table.index(n) for n in unnamed)
    assert max(table.index(n) for n in shin) < 10
    for name in shin:
        assert "eccentric_heel_drops" not in by[name]["plan"]
        assert by[name]["plan"][:2] == ["calf_raises", "tibialis_raises"]


def test_the_week_is_in_the_title_json_and_csv(advisor, run_line, tmp_path):
    assert parse_week("2026-W48") == parse_week("2026-11-25") == parse_week("2026-w48") == dt.date(2026, 11, 23)
    assert parse_week("2026-11-29") == dt.date(2026, 11, 23) and parse_week("2026-11-30") == dt.date(2026, 11, 30)
    for bad in ("2026-W54", "48", "next week", "2026-13-01"):
        with pytest.raises(ValueError, match="ISO week like 2026-W48"):
            parse_week(bad)
    report = screen_team(advisor, [entry(2, "Ana", ["knee_pain"])], week=dt.date(2026, 11, 25))
    assert report.head.title == "Team screening, week 2026-W48 (23-29 Nov 2026)"
    assert screen_team(advisor, [], week=dt.date(2026, 12, 1)).head.title.endswith("(30 Nov-6 Dec 2026)")
    assert screen_team(advisor, [], week=dt.date(2026, 1, 1)).head.title == \
        "Team screening, week 2026-W01 (29 Dec 2025-4 Jan 2026)"
    data = json.loads(render_team(report, "json"))
    assert (data["schema_version"], data["week"], data["iso_week"]) == ("1.13", "2026-11-23", "2026-W48")
    assert list(csv.DictReader(io.StringIO(render_team(report, "csv"))))[1]["week"] == "2026-W48"
    for fmt in HUMAN:
        assert "Team screening, week 2026-W48 (23-29 Nov 2026)" in render_team(report, fmt)
    path = tmp_path / "r.csv"
    path.write_text("athlete,observations\nAna,knee_pain\n")
    today = dt.date.today()
    monday = today - dt.timedelta(days=today.weekday())
    assert json.loads(run_line(["screen", str(path), "--format", "json"]).stdout)["week"] == monday.isoformat()
    bad = run_line(["screen", str(path), "--week", "soon"])
    assert bad.exit_code == 2 and "ISO week like 2026-W48" in bad.stderr


def week_row(advisor, name, present=(), absent=(), ostrc_=None, week=WEEK - dt.timedelta(days=7)):
    report = screen_team(advisor, [entry(2, name, present, absent, ostrc_)], week=week)
    return WeekRow.of(report.athletes[0], week)


def test_change_from_last_week(advisor):
    previous = {athlete_key(r.athlete): r for r in (
        week_row(advisor, "New Problem", [], ["knee_pain"]),
        week_row(advisor, "Worse", ["knee_pain"], ostrc_=ostrc(1, 1, 0, 1)),
        week_row(advisor, "Better", ["knee_pain"], ostrc_=ostrc(2, 2, 2, 2)),
        week_row(advisor, "Flag", ["knee_pain"]),
        week_row(advisor, "Same", ["knee_pain"]),
        week_row(advisor, "Gone", ["knee_pain"]),
        week_row(advisor, "Silent", ["knee_pain"]),
        week_row(advisor, "Still Flagged", ["knee_pain", "pain_at_night"]),
        week_row(advisor, "Flagged More", ["knee_pain", "pain_at_night"]),
    )}
    report = screen_team(advisor, [
        entry(2, "new  problem", ["knee_pain"]),  # the same athlete: spaces and case do not matter
        entry(3, "Worse", ["knee_pain"], ostrc=ostrc(2, 2, 1, 2)),
        entry(4, "Better", ["knee_pain"], ostrc=ostrc(1, 1, 1, 1)),
        entry(5, "Flag", ["knee_pain", "pain_at_night"]),
        entry(6, "Same", ["knee_pain"]),
        entry(7, "Gone", [], ["knee_pain"]),
        entry(8, "Silent"),
        entry(9, "Newcomer", ["knee_pain"]),
        entry(10, "Still Flagged", ["knee_pain", "pain_at_night"]),   # (test drive 21: read "same")
        # (test drive 25: a second flag this week hid the first one's "seen yet?")
        entry(11, "Flagged More", ["knee_pain", "pain_at_night", "limping"]),
    ], week=WEEK, previous=previous)
    change = {a.athlete: a.change for a in report.athletes}
    assert {n: c.kind for n, c in change.items()} == {
        "new  problem": ChangeKind.NEW, "Worse": ChangeKind.WORSE, "Better": ChangeKind.BETTER,
        "Flag": ChangeKind.NEW_RED_FLAG, "Same": ChangeKind.SAME, "Gone": ChangeKind.RESOLVED,
        "Silent": ChangeKind.NO_ANSWERS, "Newcomer": ChangeKind.FIRST_WEEK,
        "Still Flagged": ChangeKind.RED_FLAG_AGAIN, "Flagged More": ChangeKind.NEW_RED_FLAG}
    assert change["Still Flagged"].text == "red flag again: seen yet?"
    assert change["Flagged More"].text == "new red flag, and one again: seen yet?"
    worse = 17 + 17 + 8 + 17 - (8 + 8 + 0 + 8)
    assert change["Worse"].delta == worse and change["Worse"].text == f"severity +{worse}"
    assert change["Better"].text == "severity -{}".format(4 * 17 - 4 * 8)
    assert change["Flag"].text == "new red flag" and change["Newcomer"].text == "first week"
    md = render_team(report, "markdown")
    assert f"| severity +{worse} |" in md and "| first week |" in md and "| new red flag |" in md
    data = json.loads(render_team(report, "json"))
    jsonschema.validate(data, json.loads((ROOT / "advisor" / "schemas" / "team.schema.json").read_text()))
    assert data["athletes"][1]["change"] == {"kind": "worse", "delta": worse, "text": f"severity +{worse}", "since": None}
    assert list(csv.DictReader(io.StringIO(render_team(report, "csv"))))[2]["change"] == f"severity +{worse}"
    without = screen_team(advisor, [entry(2, "Worse", ["knee_pain"])], week=WEEK)
    assert without.athletes[0].change is None and "| - | - |" in render_team(without, "markdown")


def test_an_athlete_back_after_a_skipped_week_is_compared_with_their_last_answer(advisor):
    # test drive 23: an 11-year-old flagged three weeks before came back with another red flag
    # and read "first week"
    earlier = WEEK - dt.timedelta(days=21)
    last = {athlete_key("Ellie"): week_row(advisor, "Ellie", ["heel_pain", "pain_at_night"], week=earlier)}
    report = screen_team(advisor, [entry(2, "Ellie", ["heel_pain", "pain_at_night"]), entry(3, "Newcomer", ["knee_pain"])],
                         week=WEEK, previous={}, last=last)
    change = {a.athlete: a.change for a in report.athletes}
    assert change["Ellie"].kind is ChangeKind.RED_FLAG_AGAIN and change["Ellie"].since == "2026-W45"
    assert change["Ellie"].text == "red flag again: seen yet? (since 2026-W45, the last answer)"
    assert change["Newcomer"].kind is ChangeKind.FIRST_WEEK and not change["Newcomer"].since
    assert not report.summary.no_answer   # only last week's athletes are missed this week
    data = json.loads(render_team(report, "json"))
    jsonschema.validate(data, json.loads((ROOT / "advisor" / "schemas" / "team.schema.json").read_text()))
    assert data["athletes"][0]["change"]["since"] == "2026-W45"


def test_no_answers_after_a_red_flag_asks_seen_yet_and_comes_before_the_rest(advisor):
    # test drive 26: a blank row from an athlete referred last week read only "no answers",
    # last in the list
    previous = {athlete_key(r.athlete): r for r in (
        week_row(advisor, "Sara", ["low_back_pain", "numbness_tingling"]),
        week_row(advisor, "Quiet", ["knee_pain"]),
    )}
    report = screen_team(advisor, [entry(2, "Sara"), entry(3, "Quiet"), entry(4, "Knee", ["knee_pain"])],
                         week=WEEK, previous=previous)
    change = {a.athlete: a.change for a in report.athletes}
    assert change["Sara"].text == "no answers, after a red flag: seen yet?"
    assert change["Quiet"].text == "no answers"
    assert [a.athlete for a in sorted(report.athletes, key=lambda a: a.sort_key)] == ["Sara", "Knee", "Quiet"]
    md = render_team(report, "markdown")
    assert "no answers, after a red flag: seen yet?" in md
    # (fc28: the card said only "ask again")
    assert md.count("make sure they have seen a clinician before they train") == 1
    assert "make sure they have seen a clinician before they train" in render_team(report, "html")


def test_the_schema_names_every_change_kind():
    schema = json.loads((ROOT / "advisor" / "schemas" / "team.schema.json").read_text())
    change = schema["properties"]["athletes"]["items"]["properties"]["change"]["oneOf"][1]
    assert change["properties"]["kind"]["enum"] == [k.value for k in ChangeKind]


def test_a_squad_of_300_lists_every_referral_and_every_problem(advisor, kb):
    profiles = [["knee_pain", "knee_caves_in"], ["shin_pain"], ["pain_at_night"], [], ["runs_on_toes"]]
    items = [entry(n + 2, f"a{n:03d}", profiles[n % len(profiles)]) for n in range(300)]
    report = screen_team(advisor, items, week=WEEK)
    md = render_team(report, "markdown")
    assert sorted(names_in_table(md)) == sorted(a.athlete for a in report.athletes)
    assert "not listed" not in md


def test_a_huge_roster_says_how_many_are_not_listed_and_whether_they_need_anything(advisor):
    problems = [entry(n + 2, f"p{n}", ["knee_pain"]) for n in range(4)]
    fine = [entry(n + 10, f"f{n}", [], ["knee_pain"]) for n in range(6)]
    report = screen_team(advisor, problems + fine, shown_in_full=5, week=WEEK)
    md = render_team(report, "markdown")
    assert len(names_in_table(md)) == 5 and all(f"p{n}" in names_in_table(md) for n in range(4))
    assert "5 more athletes are not listed (5 with no problem reported). They have nothing to act on" in md
    report = screen_team(advisor, problems + fine, shown_in_full=2, week=WEEK)
    for fmt in HUMAN:
        out = " ".join(render_team(report, fmt).split())
        assert "8 more athletes are not listed (2 with a complaint; 6 with no problem reported)" in out, fmt
        assert "2 of them have a problem that ranks below every athlete listed" in out, fmt


def test_text_is_a_team_format():
    assert "text" in formats(Kind.TEAM)


def test_a_missing_athlete_with_a_close_new_name_is_asked_about(advisor):
    # test drive 23: "Tom O'Brien" then "Tom OBrien" split one athlete and his red-flag history
    from advisor.screening.report import close_name
    assert close_name("Tom O'Brien", ["Noor", "Tom OBrien"]) == "Tom OBrien"
    assert close_name("Raj Patel", ["Rajesh Patel", "Amy"]) == "Rajesh Patel"
    assert close_name("Amy", ["Ana", "Noor"]) == ""
    previous = {athlete_key(r.athlete): r for r in (week_row(advisor, "Tom O'Brien", ["shin_pain", "pinpoint_bone_pain"]),
                                                     week_row(advisor, "Amy", ["knee_pain"]))}
    report = screen_team(advisor, [entry(2, "Tom OBrien", ["shin_pain", "pinpoint_bone_pain"]),
                                   entry(3, "Amy", ["knee_pain"])], week=WEEK, previous=previous)
    [missing] = report.summary.no_answer
    assert (missing.athlete, missing.maybe) == ("Tom O'Brien", "Tom OBrien")
    for fmt in ("text", "markdown", "html"):
        assert "the same athlete as this week's" in render_team(report, fmt), fmt
    data = json.loads(render_team(report, "json"))
    jsonschema.validate(data, json.loads((ROOT / "advisor" / "schemas" / "team.schema.json").read_text()))


def test_a_blank_row_last_week_is_no_answer_missed_this_week(advisor):
    # test drive 25: a name with no answers last week was listed as "answered last week and sent
    # nothing this week"
    previous = {athlete_key(r.athlete): r for r in (week_row(advisor, "Sam Ortiz"), week_row(advisor, "Amy", ["knee_pain"]))}
    report = screen_team(advisor, [entry(2, "Noor", ["knee_pain"])], week=WEEK, previous=previous)
    assert [m.athlete for m in report.summary.no_answer] == ["Amy"]


def test_an_athlete_who_answered_nothing_gets_no_plan_in_the_json(advisor):
    # fc24: a blank form response came out in JSON with a strength programme for a 14-year-old
    report = screen_team(advisor, [entry(2, "Chloe"), entry(3, "Ana", ["knee_pain"])], week=WEEK)
    data = {a["athlete"]: a for a in json.loads(render_team(report, "json"))["athletes"]}
    assert data["Chloe"]["answered"] is False and data["Chloe"]["plan"] == []
    assert data["Ana"]["plan"]


def test_the_html_team_report_says_likely_or_possible_per_cause(advisor):
    # fc24: the HTML report labelled every cause "Likely:", 0.30 certainties too
    report = screen_team(advisor, [entry(2, "Ana", ["knee_pain"])], week=WEEK)
    html = render_team(report, "html")
    assert "Likely:" not in html and "(possible, <strong>" in html


def test_team_patterns_count_only_the_athletes_not_referred(advisor):
    # test drive 24: "Weak core 1 of 4" came from an athlete with saddle numbness (an emergency);
    # the team plan leaves referred athletes out, and now so do the patterns
    report = screen_team(advisor, [entry(2, "Ana", ["knee_pain", "knee_caves_in"]),
                                   entry(3, "Olga", ["knee_pain", "knee_caves_in", "saddle_numbness"])], week=WEEK)
    summary = report.summary
    assert summary.patterns.athletes == 1 and summary.patterns.rows
    assert all(r.athletes == 1 for r in summary.patterns.rows)
    data = json.loads(render_team(report, "json"))
    assert data["patterns"]["athletes"] == 1
    text = render_team(report, "text")
    assert "Of the 1 athlete who answered and was not referred" in text and " of 1\n" in text


def test_team_patterns_leave_out_blank_rows(advisor):
    # test drive 26: "Of the 12 athletes not referred" took in 4 blank rows (no causes to count)
    report = screen_team(advisor, [entry(2, "Ana", ["knee_pain", "knee_caves_in"]), entry(3, "Bea"),
                                   entry(4, "Cy")], week=WEEK)
    assert report.summary.patterns.athletes == 1
    assert json.loads(render_team(report, "json"))["patterns"]["athletes"] == 1
    for fmt in ("text", "markdown", "html"):
        out = " ".join(render_team(report, fmt).split())
        assert "Of the 1 athlete who answered." in out, fmt
    everyone = screen_team(advisor, [entry(2, "Ana", ["knee_pain", "knee_caves_in"])], week=WEEK)
    assert "who answered" not in render_team(everyone, "text")   # nothing left out: nothing to say


def test_a_red_flag_cleared_since_last_week_asks_whether_they_were_seen(advisor):
    # test drive 29: a chest-pain flag answered no the next week read only "resolved", where
    # `history` said "red flag cleared: check they were seen"
    previous = {athlete_key(r.athlete): r for r in (
        week_row(advisor, "Lee", ["chest_pain_with_exercise"]),
        week_row(advisor, "Mo", ["knee_pain", "pain_at_night"]),
        week_row(advisor, "Gone", ["knee_pain"]))}
    report = screen_team(advisor, [entry(2, "Lee", [], ["chest_pain_with_exercise"]),
                                   entry(3, "Mo", ["knee_pain"], ["pain_at_night"]),
                                   entry(4, "Gone", [], ["knee_pain"])], week=WEEK, previous=previous)
    change = {a.athlete: a.change for a in report.athletes}
    assert (change["Lee"].kind, change["Lee"].text) == (ChangeKind.RESOLVED, "red flag cleared: seen yet?")
    assert (change["Mo"].kind, change["Mo"].text) == (ChangeKind.SAME, "red flag cleared, still a problem: seen yet?")
    assert change["Gone"].text == "resolved"
    assert "| red flag cleared: seen yet? |" in render_team(report, "markdown")


def test_a_possibly_life_threatening_red_flag_comes_first_among_its_triage(advisor):
    # test drive 34: the exertional chest pain was third of three urgent athletes, behind a
    # foot stress fracture and under-fuelling with bone pain (by severity, then name)
    report = screen_team(advisor, [
        entry(2, "Aby", ["low_energy_intake", "shin_pain"], ostrc=ostrc(3, 3, 3, 3)),
        entry(3, "Bea", ["forefoot_bone_pain"], ostrc=ostrc(2, 2, 2, 2)),
        entry(4, "Zed", ["chest_pain_with_exercise"]),
    ], week=WEEK, previous={})
    order = [a.athlete for a in sorted(report.athletes, key=lambda a: a.sort_key)]
    assert order[0] == "Zed" and set(order[1:]) == {"Aby", "Bea"}
    assert [r.athlete for r in report.summary.referrals][0] == "Zed"   # the referrals list too
    assert {a.athlete: a.outcome.triage for a in report.athletes} == {"Aby": "urgent", "Bea": "urgent", "Zed": "urgent"}
    md = render_team(report, "markdown")
    assert md.index("Zed") < md.index("Aby") and md.index("Zed") < md.index("Bea")


def test_a_life_threatening_red_flag_is_listed_first_of_its_triage(advisor):
    from advisor.reasoning.case import Case
    flags = [f.id for f in advisor.advise(Case(frozenset({"low_energy_intake", "shin_pain", "fainting_with_exercise"}))).red_flags]
    assert flags[0] == "exercise_related_fainting", flags
    assert advisor.kb.red_flags["exercise_related_fainting"].life_threatening
    assert not advisor.kb.red_flags["reds_with_bone_pain"].life_threatening


def test_a_red_flag_cleared_this_week_comes_before_everyone_without_one(advisor):
    # test drive 35: an exertional chest pain last week, denied this week, was listed last
    # ("none", below a knee); so was palpitations denied, beside an IT band still there
    previous = {athlete_key(r.athlete): r for r in (
        week_row(advisor, "Mia", ["chest_pain_with_exercise"]),
        week_row(advisor, "Raj", ["palpitations_with_exercise", "outer_knee_pain"]),
        week_row(advisor, "Kim", ["knee_pain"]),
    )}
    report = screen_team(advisor, [entry(2, "Mia", absent=["chest_pain_with_exercise"]),
                                   entry(3, "Raj", ["outer_knee_pain"], ["palpitations_with_exercise"]),
                                   entry(4, "Kim", ["knee_pain"], ostrc=ostrc(3, 3, 3, 3)),
                                   entry(5, "Ned", ["shin_pain", "pinpoint_bone_pain"])],
                         week=WEEK, previous=previous)
    change = {a.athlete: a.change.text for a in report.athletes}
    assert change["Mia"] == "red flag cleared: seen yet?" and change["Raj"] == "red flag cleared, still a problem: seen yet?"
    order = [a.athlete for a in sorted(report.athletes, key=lambda a: a.sort_key)]
    assert order[0] == "Ned" and set(order[1:3]) == {"Mia", "Raj"} and order[3] == "Kim", order
    # the CSV's urgency sorts them the same way: after the referral, before the knee
    rows = {r["athlete"]: r for r in csv.DictReader(io.StringIO(render_team(report, "csv"))) if r["status"] != "notice"}
    assert (rows["Ned"]["urgency"], rows["Mia"]["urgency"], rows["Raj"]["urgency"], rows["Kim"]["urgency"]) == ("2", "3", "3", "4")


def test_a_new_red_flag_comes_before_the_same_triage_seen_again(advisor):
    # test drive 35: a new possible Achilles rupture (urgent) was listed after two athletes urgent
    # last week too, who may already be in care; `history` put it first
    previous = {athlete_key(r.athlete): r for r in (
        week_row(advisor, "Ann", ["pinpoint_bone_pain"]),
        week_row(advisor, "Tom", ["knee_pain"]),
    )}
    report = screen_team(advisor, [entry(2, "Ann", ["pinpoint_bone_pain"], ostrc=ostrc(3, 3, 3, 3)),
                                   entry(3, "Tom", ["achilles_snap"])], week=WEEK, previous=previous)
    assert {a.athlete: a.change.kind for a in report.athletes} == {"Ann": ChangeKind.RED_FLAG_AGAIN,
                                                                 "Tom": ChangeKind.NEW_RED_FLAG}
    assert [a.athlete for a in sorted(report.athletes, key=lambda a: a.sort_key)] == ["Tom", "Ann"]


def test_an_athlete_silent_after_a_red_flag_is_named_above_the_table(advisor):
    # test drive 35: urgent last week, no row this week, listed only under the table
    previous = {athlete_key(r.athlete): r for r in (
        week_row(advisor, "Leo", ["pinpoint_bone_pain"]),
        week_row(advisor, "Kim", ["knee_pain"]),
    )}
    report = screen_team(advisor, [entry(2, "Kim", ["knee_pain"])], week=WEEK, previous=previous)
    for fmt in ("text", "markdown", "html"):
        out = " ".join(render_team(report, fmt).split())   # (the text report wraps its lines)
        said = "1 athlete had a red flag last week and sent nothing this week: call them"
        assert said in out and out.index(said) < out.index("Kim"), fmt


def test_team_patterns_count_only_the_causes_on_each_card(advisor):
    # test drive 49: "Weak hip flexors | 2" led the patterns while no card named it (ranked
    # below each athlete's top three)
    from advisor.reasoning.result import advised
    answers = ["knee_pain", "knee_caves_in", "pelvis_drops", "overstrides", "sits_all_day", "front_of_hip_tight",
               "weak_knee_drive", "calf_tightness"]
    report = screen_team(advisor, [entry(2, "Ana", answers)], week=WEEK)
    causes = report.athletes[0].outcome.causes
    assert len(causes) > len(advised(causes))       # the case has causes off the card
    counted = {r.cause.id for r in report.summary.patterns.rows}
    assert counted == {c.id for c in advised(causes)}


@pytest.mark.parametrize("fmt", ("text", "markdown", "html", "json"))
def test_the_summary_counts_red_flags_partly_asked(advisor, fmt):
    # test drive 50: "1 athlete reports a problem with the red flags not asked" while two more
    # had answered 1 of the 28 questions
    report = screen_team(advisor, [entry(2, "Ana", ["knee_pain"]), entry(3, "Bo", ["knee_pain"], ["pain_at_night"]),
                                   entry(4, "Cy", ["outer_knee_pain"], ["swelling"])], week=WEEK)
    assert report.summary.flags_partly_asked == 2 and report.summary.flags_not_asked == 1
    out = render_team(report, fmt)
    if fmt == "json":
        assert json.loads(out)["totals"]["flags_partly_asked"] == 2
    else:
        assert "2 athletes report a problem with the red flags only partly asked" in " ".join(out.split())


def test_a_referred_athlete_with_the_red_flags_not_asked_is_told_to_ask_the_rest(advisor):
    # test drive 60: a card said "ask them before starting this plan" beside "No exercise plan
    # until seen", the table "1 found" where the summary counted "red flags not asked"; a less
    # urgent flag read "(see a clinician within a few days)" beside "today"
    report = screen_team(advisor, [
        entry(2, "Jo", ["heel_pain", "still_growing"]),
        entry(3, "Mo", ["calf_swollen_warm_tender", "swelling"], ["pain_at_night"]),
    ], week=WEEK)
    md = render_team(report, "markdown")
    jo = [line for line in md.splitlines() if "| Jo (g) |" in line][0]
    assert jo.endswith("| 1 found; the others not asked |"), jo
    card = md[md.index("### Jo"):]
    assert "ask the other red-flag questions too" in card and "before starting this plan" not in card.split("###")[1]
    mo = md[md.index("### Mo"):].split("###")[1]
    assert "(URGENT: see a clinician today)" in mo and "(tell them about this too)" in mo, mo
    html = render_team(report, "html")
    assert "tell them about this too" in html and "ask the other red-flag questions too" in html
