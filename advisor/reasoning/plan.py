"""The exercise plan: which exercises a runner gets for their top causes."""
from __future__ import annotations

import re
from collections.abc import Collection

from advisor.knowledge.model import Dose, Exercise, ExerciseKind, KnowledgeBase

EXERCISES_PER_CAUSE = 3
"""At most this many exercises per cause."""


def choose_exercises(kb: KnowledgeBase, cause_ids: list[str],
                     ruled_out: frozenset[str] = frozenset()) -> dict[str, tuple[str, ...]]:
    """Exercise id -> the causes (of ``cause_ids``) it is chosen for, in plan order.
    ``ruled_out``: causes the runner's answers rule out; a form cue that works on one of those
    form faults is not given for another cause ("land under your body (stop overstriding)" for
    overloaded quads, to a runner who answered no to overstriding: test drive 38)."""
    chosen: dict[str, list[str]] = {}
    listed = set(cause_ids)
    for cause in cause_ids:
        # The pack ranks the exercises of each cause by priority (rules check rejects ties;
        # the id only makes an unchecked tie deterministic). File names and order never count.
        # (never one a listed cause's own programme forbids: ``Exercise.not_with``)
        ranked = sorted((ex for ex in kb.exercises.values() if cause in ex.addresses and listed.isdisjoint(ex.not_with)
                         and not (ex.kind is ExerciseKind.FORM_CUE and not ruled_out.isdisjoint(ex.addresses))),
                        key=lambda ex: (ex.rank_for(cause), ex.id))
        for exercise in ranked[:EXERCISES_PER_CAUSE]:
            if exercise.id not in chosen and alternative_chosen(kb, exercise, chosen):
                continue
            chosen.setdefault(exercise.id, []).append(cause)
    return {ex_id: tuple(causes) for ex_id, causes in chosen.items()}


def alternative_chosen(kb: KnowledgeBase, exercise: Exercise, chosen: Collection[str]) -> bool:
    """Whether a plan (the exercise ids ``chosen``) already has an exercise this one is an
    alternative to, either way round. (The team plan needs no such check: it gives each athlete
    only exercises of their own plan.)"""
    return exercise.instead_of in chosen or any(kb.exercises[other].instead_of == exercise.id for other in chosen)


def prevention_exercises(kb: KnowledgeBase) -> list[Exercise]:
    """What a runner with no complaints is offered."""
    return [ex for ex in kb.exercises.values() if ex.prevention]


_TIMING = re.compile(r"\b(before|after|during)\b")


def dose_sentence(dose: Dose) -> str:
    """The dose as a runner would say it: ``3 x 12, 3 times a week, before runs``.

    The timing is left out when the frequency already says it ("before every run" makes
    "before runs" redundant), so nothing reads "every run, during runs".
    """
    parts = []
    if dose.sets and dose.reps:
        parts.append(f"{dose.sets} x {dose.reps}")
    elif dose.sets and dose.hold:
        parts.append(f"{dose.sets} x {dose.hold} hold")
    elif dose.reps:
        parts.append(dose.reps)
    elif dose.hold:
        parts.append(f"hold {dose.hold}")
    if dose.frequency:
        parts.append(dose.frequency)
    said = set(_TIMING.findall(" ".join(parts).lower()))
    if dose.when and not (said and set(_TIMING.findall(dose.when.lower())) <= said):
        parts.append(dose.when)
    return ", ".join(parts)


EXPERT_OPINION = "expert opinion"
"""How a dose with no cited basis is labelled wherever it is shown."""


def dose_label(kb: KnowledgeBase, dose: Dose) -> str:
    """What the dose rests on, in short: the cited source, or ``expert opinion``."""
    return kb.sources[dose.basis].short if dose.basis and dose.basis in kb.sources else EXPERT_OPINION


def dose_with_basis(kb: KnowledgeBase, dose: Dose) -> str:
    """``3 x 12, 3 times a week, before runs (dose: expert opinion)``: the sentence and its basis."""
    return f"{dose_sentence(dose)} (dose: {dose_label(kb, dose)})"
