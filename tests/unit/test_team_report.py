"""The frozen team report: streamed JSON equals the in-memory report, the bounded heap keeps
exactly the most urgent athletes, and human formats count the rest instead of listing them."""
from __future__ import annotations

import dataclasses
import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.inputs.roster import Entry, RowProblem
from advisor.reasoning.team import NOT_URGENT, AthleteReport, Status
from advisor.render import render_team
from advisor.screening.report import screen_team

# Profiles with every triage: emergency, urgent, soon, none (red-flag ids from rules/red_flags.yaml).
PROFILES = [set(), {"knee_pain", "knee_caves_in"}, {"shin_pain", "pinpoint_bone_pain"}, {"runs_on_toes"},
            {"pain_at_night"}, {"saddle_numbness"}, {"pain_around_kneecap", "knee_pain", "quads_tire_long_runs"},
            {"calf_tightness"}]


def roster(kb, seed: int, n: int):
    rng = random.Random(seed)
    items = []
    for line in range(2, n + 2):
        profile = rng.choice(PROFILES)
        assert profile <= set(kb.observations), profile - set(kb.observations)
        items.append(Entry(line, f"{rng.choice('AbCd')}{rng.randrange(10_000)}-{line}", rng.choice(["a", "b", ""]),
                           frozenset(profile), frozenset()))
        if rng.random() < 0.1:
            items.append(RowProblem(line, "", "broken"))
    return items


def test_profiles_cover_every_triage(advisor):
    report = screen_team(advisor, [Entry(n, f"a{n}", "", frozenset(p), frozenset()) for n, p in enumerate(PROFILES)])
    assert {a.outcome.urgency for a in report.athletes} == {0, 1, 2, NOT_URGENT}


def test_report_objects_are_frozen(advisor, kb):
    report = screen_team(advisor, roster(kb, 1, 20))
    for obj in (report, report.summary, report.athletes[0], report.athletes[0].outcome, report.summary.patterns):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(obj, dataclasses.fields(obj)[0].name, None)


def test_streamed_json_is_the_in_memory_report(advisor, kb):
    report = screen_team(advisor, roster(kb, 2, 60))
    assert json.loads(render_team(report, "json")) == report.to_dict()


@settings(max_examples=25)
@given(seed=st.integers(0, 10_000), n=st.integers(0, 60), keep=st.integers(1, 12))
def test_the_heap_keeps_exactly_the_most_urgent(advisor, kb, seed, n, keep):
    report = screen_team(advisor, roster(kb, seed, n), shown_in_full=keep)
    everyone = sorted(report.athletes, key=lambda a: a.sort_key)
    assert report.summary.most_urgent == tuple(everyone[:keep])
    left = report.summary.not_shown_by_status()
    assert sum(left.values()) == report.summary.not_shown == max(0, len(everyone) - keep)


def _rank(a: AthleteReport) -> tuple:
    """The report's order written out by hand: triage, then a named injury before a complaint
    before context only before nothing, then certainty (these rosters have no OSTRC severity)."""
    o = a.outcome
    concern = 0 if o.conditions else 1 if o.complaint else 2 if o.causes else 3
    return (o.urgency, concern, -(o.causes[0].certainty if o.causes else 0.0))


def test_most_urgent_sort_triage_first_then_what_is_wrong_then_certainty(advisor, kb):
    shown = screen_team(advisor, roster(kb, 3, 80), shown_in_full=80).summary.most_urgent
    keys = [_rank(a) for a in shown]
    assert keys == sorted(keys) and keys[0][0] == 0 and keys[-1][0] == NOT_URGENT
    assert len({k[1] for k in keys if k[0] == NOT_URGENT}) > 1  # the roster tests the second key too


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_human_formats_show_the_most_urgent_and_count_the_rest(advisor, kb, fmt):
    items = roster(kb, 4, 60)
    report = screen_team(advisor, items, shown_in_full=5)
    out = render_team(report, fmt)
    cards = out.count("### ") if fmt == "markdown" else out.count('<section class="athlete')
    assert cards == 5
    summary = report.summary
    assert len(summary.referrals) > 5  # more referrals than cards: the table still lists each one
    for ref in summary.referrals:
        assert ref.athlete in out
    left = summary.not_shown_by_status()
    assert f"The 5 most urgent of {summary.athletes} athletes are shown in full" in out
    assert f"{left[Status.PLAN]} with an exercise plan" in out
    assert "--format csv" in out
    in_plan = {name for p in summary.team_plan for name in p.names}  # the plan names whom it is for
    unseen = [a.athlete for a in report.athletes
              if a not in summary.most_urgent and not a.outcome.red_flags and a.athlete not in in_plan]
    assert unseen and not any(name in out for name in unseen)  # counted, not listed


def test_a_short_roster_has_no_count_line(advisor, kb):
    report = screen_team(advisor, roster(kb, 5, 10))
    assert "shown in full" not in render_team(report, "markdown")
    assert isinstance(report.rows[0], AthleteReport)


def test_the_team_plan_gives_the_athletes_own_programme_never_its_alternative(advisor):
    # test drive 21: the team plan gave Raj eccentric heel drops twice a day, his card heavy slow
    # calf raises 3 times a week
    import datetime as dt

    from advisor.inputs.roster import Entry
    from advisor.screening.report import screen_team
    achilles = frozenset({"achilles_pain", "achilles_pain_above_heel", "morning_stiffness"})
    report = screen_team(advisor, [Entry(2, "Raj", "", achilles, frozenset())], week=dt.date(2026, 11, 25))
    plan = [e.id for e in report.summary.team_plan]
    card = [e.id for e in report.rows[0].outcome.plan]
    assert "heavy_slow_calf_loading" in plan and "eccentric_heel_drops" not in plan, plan
    assert set(plan) <= set(card) or "heavy_slow_calf_loading" in card, (plan, card)


@pytest.mark.parametrize("seed", range(6))
def test_the_team_plan_gives_only_what_some_athletes_own_plan_gives(advisor, kb, seed):
    """Test drive 21: the team plan gave eccentric heel drops that no athlete's card gave (its
    card's heavy slow calf raises had lost the greedy cover to another athlete's calf raises)."""
    report = screen_team(advisor, roster(kb, seed, 40))
    carded = {e.id for a in report.athletes for e in a.outcome.plan if a.outcome.status is Status.PLAN}
    plan = [e.id for e in report.summary.team_plan]
    assert plan and set(plan) <= carded, set(plan) - carded


def test_one_athletes_achilles_programme_survives_a_teammates_calf_raises(advisor):
    import datetime as dt
    achilles = frozenset({"achilles_pain", "achilles_pain_above_heel", "morning_stiffness"})
    report = screen_team(advisor, [Entry(2, "Raj", "", achilles, frozenset()),
                                   Entry(3, "Ann", "", frozenset({"calf_raise_low", "calf_tightness"}), frozenset())],
                         week=dt.date(2026, 11, 25))
    plan = [e.id for e in report.summary.team_plan]
    assert "heavy_slow_calf_loading" in plan and "eccentric_heel_drops" not in plan, plan
