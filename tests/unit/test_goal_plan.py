"""A plan item for a goal appears only when that goal is reported: the coach's test drive gave
Ben (runner's knee, no strength training) "Sprints and intervals, with consistent core work
(for the abs goal)" without his ever ticking the abs goal, in his own plan and in the team
plan (greedy set cover over the athletes' top causes)."""
from __future__ import annotations

import datetime as dt

from advisor.inputs.roster import Entry
from advisor.reasoning.case import Case
from advisor.screening.report import screen_team

BEN = ("knee_pain", "knee_caves_in", "no_strength_training")
GOAL = "wants_visible_abs"
SPRINTS = "sprints_and_intervals"
WEEK = dt.date(2026, 11, 25)


def _plan(advisor, present) -> list[str]:
    return [e.id for e in advisor.advise(Case(frozenset(present), frozenset())).exercises]


def _team_plan(advisor, *profiles) -> list[str]:
    entries = [Entry(i + 2, f"a{i}", "g", frozenset(p), frozenset()) for i, p in enumerate(profiles)]
    return [e.id for e in screen_team(advisor, entries, week=WEEK).summary.team_plan]


def test_the_abs_goal_exercise_is_not_in_a_plan_without_the_goal(advisor):
    assert SPRINTS not in _plan(advisor, BEN)
    assert SPRINTS not in _plan(advisor, ("no_strength_training",))


def test_the_abs_goal_exercise_is_in_the_plan_of_a_runner_with_the_goal(advisor):
    assert SPRINTS in _plan(advisor, (GOAL,))
    assert SPRINTS in _plan(advisor, (GOAL, "no_strength_training"))


def test_the_team_plan_has_the_abs_goal_exercise_only_for_a_team_with_the_goal(advisor):
    assert SPRINTS not in _team_plan(advisor, BEN, ("no_strength_training",))
    with_goal = _team_plan(advisor, BEN, (GOAL,))
    assert SPRINTS in with_goal and "runner_strength_program" in with_goal


def test_every_goal_exercise_is_offered_only_for_its_goal(advisor, kb):
    # An exercise named for a goal addresses only causes that the goal's observation reaches:
    # offered to a runner who reports every other observation but not the goal, it never shows.
    goal_exercises = [ex for ex in kb.exercises.values() if "goal)" in ex.name]
    assert goal_exercises
    others = [o for o, obs in kb.observations.items()
              if obs.category.value in ("context", "symptom") and o != GOAL]
    for ex in goal_exercises:
        for observation in others:
            assert ex.id not in _plan(advisor, (observation,)), (ex.id, observation)
