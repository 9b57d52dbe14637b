"""The exercise plan: which exercises a runner gets for their top causes."""
from __future__ import annotations

from advisor.knowledge.model import Exercise, KnowledgeBase

PLAN_FOR_TOP = 3
"""Exercises are planned for this many top causes."""
EXERCISES_PER_CAUSE = 3
"""At most this many exercises per cause."""


def choose_exercises(kb: KnowledgeBase, cause_ids: list[str]) -> dict[str, tuple[str, ...]]:
    """Exercise id -> the causes (of ``cause_ids``) it is chosen for, in plan order."""
    chosen: dict[str, list[str]] = {}
    for cause in cause_ids:
        # The pack ranks the exercises of each cause by priority (rules check rejects ties;
        # the id only makes an unchecked tie deterministic). File names and order never count.
        ranked = sorted((ex for ex in kb.exercises.values() if cause in ex.addresses),
                        key=lambda ex: (ex.rank_for(cause), ex.id))
        for exercise in ranked[:EXERCISES_PER_CAUSE]:
            chosen.setdefault(exercise.id, []).append(cause)
    return {ex_id: tuple(causes) for ex_id, causes in chosen.items()}


def prevention_exercises(kb: KnowledgeBase) -> list[Exercise]:
    """What a runner with no complaints is offered."""
    return [ex for ex in kb.exercises.values() if ex.prevention]
