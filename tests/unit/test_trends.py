"""The history report: the Wilson interval against published values, the builder on a hand-made
season (team weeks, trends, each kind of change), and properties of any season."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.reasoning.trends import ChangeKind, HistoryFilters, HistoryHead, Share, history_title, wilson
from advisor.render import render_history
from advisor.screening.trends import HistoryBuilder, build_history
from tests.weeks import CAUSES, season_rows, seasons

NOTICE = "Not a diagnosis: test."
W = [dt.date(2026, 11, 2), dt.date(2026, 11, 9), dt.date(2026, 11, 16), dt.date(2026, 11, 23)]


# -- the interval --------------------------------------------------------------------------------
@pytest.mark.parametrize("k, n, low, high", [
    # Newcombe RG (1998) Two-sided confidence intervals for the single proportion: comparison of seven
    # methods. Stat Med 17:857-872, Table I, method 3 (Wilson score, no continuity correction)
    (81, 263, 0.2553, 0.3662),
    (15, 148, 0.0624, 0.1605),
    (0, 20, 0.0, 0.1611),
    (1, 29, 0.0061, 0.1718),
    # by hand: n = 10, p = 0.5, z = 1.96: 0.5 +- 1.96 * sqrt(0.025 + 3.8415 / 400) / 1.38415
    (5, 10, 0.2366, 0.7634),
    # by hand: all of n: the upper bound is 1, the lower n / (n + z^2) = 10 / 13.8415
    (10, 10, 0.7225, 1.0),
])
def test_wilson_matches_published_and_hand_computed_values(k, n, low, high):
    got = wilson(k, n)
    assert got == pytest.approx((low, high), abs=5e-5)


def test_a_share_of_nobody_has_no_value_and_no_interval():
    share = Share.of_counts(0, 0)
    assert share.value is None and share.low is None and share.to_dict()["ci95"] is None
    with pytest.raises(ValueError):
        wilson(3, 2)


# -- the hand-made season ------------------------------------------------------------------------
@pytest.fixture
def report():
    return build_history(HistoryHead(NOTICE, tuple(W)), season_rows(),
                         flag_labels={"suspected_bone_stress": "Possible stress fracture"})


def test_team_weeks_count_the_season_by_hand(report):
    last = report.summary.team_weeks[-1]
    # 2026-W48: Ana 58 (substantial), Cleo 75 (substantial, red flag), Dan 0, Eve blank, Finn unscored problem
    assert (last.athletes, last.answering, last.any_problem.count, last.substantial.count) == (5, 4, 3, 2)
    assert (last.burden, last.scored) == (58 + 75 + 0, 3)
    first = report.summary.team_weeks[0]
    assert (first.athletes, first.answering, first.any_problem.count, first.burden) == (5, 5, 0, 0)
    assert [w.week for w in report.summary.team_weeks] == W


def test_each_athlete_is_one_trend_oldest_week_first(report):
    names = [t.athlete for t in report.athletes]
    assert names == ["Ana Lopez", "Ben Okafor", "Cleo Park", "Dan Weiss", "Eve Adams", "Finn Berg"]
    ana = report.athletes[0]
    assert [w.severity for w in ana.weeks] == [0, 17, 25, 58]
    assert ana.severity_change == 33 and ana.peak == 58


def test_changed_since_last_week_finds_every_kind(report):
    kinds = {t.athlete: set(t.changes) for t in report.athletes}
    assert kinds == {
        "Ana Lopez": {ChangeKind.SEVERITY_UP},          # 25 -> 58
        "Ben Okafor": {ChangeKind.STOPPED_ANSWERING},   # no row in the last week
        "Cleo Park": {ChangeKind.NEW_RED_FLAG, ChangeKind.SEVERITY_UP},  # 33 -> 75, a problem already
        "Dan Weiss": set(),
        "Eve Adams": {ChangeKind.STOPPED_ANSWERING},    # a blank row: present, no answers
        "Finn Berg": {ChangeKind.NEW_PROBLEM},          # unscored, a cause found
    }
    summary = report.summary
    assert summary.changed == 5
    assert dict(summary.change_counts) == {ChangeKind.NEW_RED_FLAG: 1, ChangeKind.SEVERITY_UP: 2,
                                           ChangeKind.NEW_PROBLEM: 1, ChangeKind.STOPPED_ANSWERING: 2}
    first = summary.changes[0]  # the new red flag leads
    assert first.athlete == "Cleo Park" and first.red_flag_labels == ("Possible stress fracture",)
    assert (first.before, first.after) == (33, 75)


def test_severity_up_needs_a_rise_of_25(report):
    rows = season_rows()
    ana = [r for r in rows if r.athlete == "Ana Lopez"]
    ana[-1] = dataclasses.replace(ana[-1], severity=49)  # 25 -> 49: up 24
    trend = next(HistoryBuilder(HistoryHead(NOTICE, tuple(W))).athletes(ana))
    assert ChangeKind.SEVERITY_UP not in trend.changes
    ana[-1] = dataclasses.replace(ana[-1], severity=50)  # up 25
    assert next(HistoryBuilder(HistoryHead(NOTICE, tuple(W))).athletes(ana)).changes == (ChangeKind.SEVERITY_UP,)


def test_one_week_in_range_has_nothing_to_compare(report):
    one = build_history(HistoryHead(NOTICE, (W[-1],)), season_rows())
    assert one.summary.changed == 0 and not any(t.changes for t in one.athletes)
    assert [t.athlete for t in one.athletes] == ["Ana Lopez", "Cleo Park", "Dan Weiss", "Eve Adams", "Finn Berg"]


def test_rows_outside_the_range_are_left_out():
    report = build_history(HistoryHead(NOTICE, tuple(W[1:3])), season_rows())
    assert all(W[1] <= w.week <= W[2] for t in report.athletes for w in t.weeks)
    assert [w.week for w in report.summary.team_weeks] == W[1:3]


def test_most_in_need_of_attention_first_and_bounded():
    report = build_history(HistoryHead(NOTICE, tuple(W)), season_rows(), shown_in_full=2, changes_shown=1)
    s = report.summary
    assert [t.athlete for t in s.most_attention] == ["Cleo Park", "Ana Lopez"]  # urgent, then severity 58
    assert s.with_problem == 4 and s.with_problem_not_shown == 2  # Ben (8) and Finn are counted
    assert len(s.changes) == 1 and s.changes_not_shown == 4 and s.changed == 5


def test_title_names_the_range_and_its_iso_weeks():
    assert history_title(tuple(W)) == "Weekly history, 2026-11-02 to 2026-11-29 (2026-W45 to 2026-W48, 4 weeks)"
    assert history_title((W[0],)) == "Weekly history, 2026-W45 (2026-11-02 to 2026-11-08)"
    head = HistoryHead(NOTICE, tuple(W), HistoryFilters(W[0], None, "Ana", None))
    assert head.to_dict()["filters"] == {"from": "2026-11-02", "to": None, "athlete": "Ana", "group": None}


# -- any season --------------------------------------------------------------------------------
def _build(weeks, blocks, **kw):
    return build_history(HistoryHead(NOTICE, tuple(weeks)), [r for b in blocks for r in b], **kw)


@settings(max_examples=150)
@given(seasons())
def test_shares_lie_in_their_interval_and_counts_add_up(season):
    weeks, blocks = season
    report = _build(weeks, blocks)
    s = report.summary
    for w in s.team_weeks:
        assert w.answering <= w.athletes and w.substantial.count <= w.any_problem.count <= w.answering
        assert w.athletes == sum(1 for b in blocks for r in b if r.week == w.week)
        assert w.burden == sum(r.severity or 0 for b in blocks for r in b if r.week == w.week and r.answered)
        for share in (w.any_problem, w.substantial):
            if share.of == 0:
                assert share.value is None
                continue
            assert 0.0 <= share.low <= share.value <= share.high <= 1.0
            assert share.value == share.count / share.of
    assert s.athletes == len(blocks) == len(report.athletes)
    assert s.with_problem + s.without_problem == s.athletes
    assert s.changed == sum(1 for t in report.athletes if t.changes)
    for kind, n in s.change_counts:
        assert n == sum(kind in t.changes for t in report.athletes)


@settings(max_examples=100)
@given(seasons(), st.integers(0, 2 ** 32))
def test_team_figures_do_not_depend_on_order(season, seed):
    weeks, blocks = season
    shuffled = [list(b) for b in blocks]
    rng = random.Random(seed)
    rng.shuffle(shuffled)
    for b in shuffled:
        rng.shuffle(b)  # within an athlete, any week order
    a, b = _build(weeks, blocks).summary, _build(weeks, shuffled).summary
    assert a.team_weeks == b.team_weeks
    assert (a.athletes, a.with_problem, a.changed, a.change_counts) == (b.athletes, b.with_problem, b.changed,
                                                                          b.change_counts)
    assert a.changes == b.changes and a.most_attention == b.most_attention


@settings(max_examples=60)
@given(seasons(), st.text(max_size=8))
def test_the_streamed_json_equals_the_report(season, group):
    """The JSON writer formats each week itself (for speed): parsed, it is exactly ``to_dict``."""
    weeks, blocks = season
    rows = [dataclasses.replace(r, group=group + r.group) for b in blocks for r in b]  # any text, JSON-escaped
    report = build_history(HistoryHead(NOTICE, tuple(weeks)), rows)
    assert json.loads(render_history(report, "json")) == json.loads(json.dumps(report.to_dict()))


# -- a red-flag week is worded as its red flag, never as a cause (coach's test drive) ------------
def test_a_red_flag_week_is_worded_as_the_red_flag_in_every_format():
    labels = {"suspected_bone_stress": "Possible stress fracture (pinpoint bone pain)",
              "night_pain": "Pain at night"}
    rows = [r for r in season_rows() if r.athlete == "Cleo Park"]
    flagged = dataclasses.replace(rows[-1], red_flags=("suspected_bone_stress", "night_pain"))
    head = HistoryHead(NOTICE, tuple(W), flag_labels=labels)
    report = build_history(head, [*rows[:-1], flagged])
    week = report.to_dict()["athletes"][0]["weeks"][-1]
    assert week["problem_words"] == "red flag: possible stress fracture (pinpoint bone pain) (and 1 more)"
    for fmt in ("json", "csv", "text", "markdown", "html"):
        shown = render_history(report, fmt)
        assert "red flag: possible stress fracture" in shown, fmt
        # in the human formats the cause and condition of that week are never its problem in words
        # (JSON and CSV keep them as data, in their own fields)
        for line in shown.splitlines() if fmt in ("text", "markdown", "html") else ():
            if "2026-W48" in line and "red flag: possible" in line:
                assert "Weak calves" not in line and "Shin splints" not in line, (fmt, line)
    csv_row = render_history(report, "csv").splitlines()[-1]
    assert "red flag: possible stress fracture" in csv_row and "Shin splints" not in csv_row


def test_a_red_flag_without_a_label_is_named_by_its_id():
    row = dataclasses.replace(season_rows()[0], red_flags=("retired_flag",), triage="urgent")
    report = build_history(HistoryHead(NOTICE, (row.week,)), [row])
    assert report.to_dict()["athletes"][0]["weeks"][0]["problem_words"] == "red flag: retired_flag"


def test_an_athlete_silent_after_an_urgent_red_flag_comes_first_and_says_so():
    """Test drive 21: Margaret, urgent (chest pain on exercise) one week and silent the next, came
    last under the changes and after a non-urgent athlete; Sophie, urgent two weeks running, was
    not a change at all."""
    base = season_rows()[0]
    def week(name, monday, flags=(), triage="", cause=None):
        return dataclasses.replace(base, athlete=name, week=monday, red_flags=tuple(flags), triage=triage,
                                   cause=cause, severity=None, substantial=None, answered=True)
    rows = [
        week("Aaron Able", W[2], cause=CAUSES[0]), week("Aaron Able", W[3]),   # stopped, no flag
        week("Margaret Hale", W[2], ["chest_pain_with_exercise"], "urgent"),               # stopped after a flag
        week("Sophie Grant", W[2], ["suspected_bone_stress"], "urgent"),
        week("Sophie Grant", W[3], ["suspected_bone_stress"], "urgent"),                    # flagged again
        week("Tom Okafor", W[2]), week("Tom Okafor", W[3], cause=CAUSES[0]),    # new problem
    ]
    rows[1] = dataclasses.replace(rows[1], answered=False)
    report = build_history(HistoryHead(NOTICE, (W[2], W[3])), rows,
                           flag_labels={"suspected_bone_stress": "Possible stress fracture"})
    changes = [(c.athlete, [k.value for k in c.kinds], c.last_triage) for c in report.summary.changes]
    assert changes == [("Sophie Grant", ["red_flag_again"], ""),
                       ("Margaret Hale", ["stopped_answering"], "urgent"),
                       ("Tom Okafor", ["new_problem"], ""),
                       ("Aaron Able", ["stopped_answering"], "")]
    assert [t.athlete for t in report.summary.most_attention] == ["Sophie Grant", "Margaret Hale", "Tom Okafor",
                                                                  "Aaron Able"]
    text = render_history(report, "text")
    assert "stopped answering (last answer: a red flag, URGENT" in text
    assert "red flag again: Possible stress fracture" in text and "seen a clinician yet?" in text


def test_an_athlete_is_shown_by_the_spelling_most_weeks_used(report):
    # test drive 21: two weeks of "Cleo Park" then one "cleo  park" (same athlete_key) showed
    # the history, and its change, as "cleo  park"
    rows = season_rows()
    last = max(r.week for r in rows)
    respelt = [dataclasses.replace(r, athlete="cleo  park") if r.athlete == "Cleo Park" and r.week == last else r
               for r in rows]
    assert any(r.athlete == "cleo  park" for r in respelt)
    again = build_history(HistoryHead(NOTICE, tuple(W)), respelt, flag_labels={})
    assert {t.athlete for t in again.athletes} == {t.athlete for t in report.athletes}
    assert again.summary.changes[0].athlete == "Cleo Park"
    # once the new spelling is the most used, it is the one shown, its spaces as one
    most = [dataclasses.replace(r, athlete="cleo  park") if r.athlete == "Cleo Park" and r.week != W[0] else r
            for r in rows]
    assert "cleo park" in {t.athlete for t in build_history(HistoryHead(NOTICE, tuple(W)), most, flag_labels={}).athletes}


def test_a_red_flag_cleared_since_last_week_is_a_change_to_follow_up():
    # test drive 23: a stress-fracture flag in W47 and none in W48 was not listed as a change
    rows = [dataclasses.replace(r, red_flags=("suspected_bone_stress",), triage="urgent")
            if r.athlete == "Dan Weiss" and r.week == W[2] else r for r in season_rows()]
    assert any(r.athlete == "Dan Weiss" and r.red_flags for r in rows)
    report = build_history(HistoryHead(NOTICE, tuple(W)), rows,
                           flag_labels={"suspected_bone_stress": "Possible stress fracture"})
    [dan] = [c for c in report.summary.changes if c.athlete == "Dan Weiss"]
    assert dan.kinds == (ChangeKind.RED_FLAG_CLEARED,) and dan.red_flag_labels == ("Possible stress fracture",)
    md = render_history(report, "markdown")
    assert "red flag cleared: Possible stress fracture (last week); check they were seen" in md
    assert "1 with last week's red flag cleared" in md


def test_the_csv_names_an_athlete_one_way_on_every_row():
    # fc24: "Eve Martin", "eve  martin", "EVE MARTIN" were three athletes in a spreadsheet; the
    # tie goes to the mixed-case spelling
    import csv
    import io
    spellings = iter(["Cleo Park", "cleo  park", " CLEO PARK "])
    rows = [dataclasses.replace(r, athlete=next(spellings)) if r.athlete == "Cleo Park" and r.week != W[0] else r
            for r in season_rows()]
    report = build_history(HistoryHead(NOTICE, tuple(W)), rows, flag_labels={})
    names = {r["athlete"] for r in csv.DictReader(io.StringIO(render_history(report, "csv")))
             if r["athlete"].casefold().replace(" ", "") == "cleopark"}
    assert names == {"Cleo Park"}
