"""The result of advising one case: frozen, renderer-neutral, JSON-ready."""
from __future__ import annotations

from advisor.records import asdict, record
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import TypeVar

PLAN_FOR_TOP = 3
"""Exercises are planned for this many top causes (and for a training error after them)."""
TRAINING = "training"
"""The cause type of a training error (``CauseType.TRAINING``'s value)."""

_C = TypeVar("_C")


def advised(ranked: Sequence[_C], type_of: Callable[[_C], str] = lambda c: c.type) -> list[_C]:
    """The causes a plan is made for and a summary names, in rank order: the top
    ``PLAN_FOR_TOP``, then any training error ranked after them. A rise in load or a shoe switch
    is something the runner did and can change; a runner who went from 20 to 50 km a week in a
    month was told nothing of it when three muscle causes outranked it (test drive 21)."""
    return list(ranked[:PLAN_FOR_TOP]) + [c for c in ranked[PLAN_FOR_TOP:] if type_of(c) == TRAINING]

RESULT_SCHEMA_VERSION = "1.4"
"""1.1: ``triage`` (always present), ``triage_text``, ``unsure``, ``conditions``, ``exercises[].dose_detail``.
1.2: ``words`` (what was read from a runner's own words, ``null`` for a symptom file).
1.3: ``words.outside`` (what the words name that Stridewise does not assess).
1.4: ``unsure_red_flags`` (the red flags an observation answered "not sure" would raise)."""


class PlanKind(StrEnum):
    """What the exercise list of a result is."""

    REFERRAL = "referral"
    """A red flag: no self-treatment, no exercises."""
    TREATMENT = "treatment"
    """Exercises for the likely causes."""
    PREVENTION = "prevention"
    """Nothing likely found: general prevention work."""


class TriageLevel(StrEnum):
    """How soon to see someone, on every answer. Most urgent first."""

    EMERGENCY = "emergency"
    URGENT = "urgent"
    SOON = "soon"
    PHYSIO_IF_NOT_BETTER = "physio_if_not_better"
    SELF_CARE = "self_care"

    @property
    def rank(self) -> int:
        return list(TriageLevel).index(self)

    @property
    def text(self) -> str:
        """The plain-words instruction, the same in every format."""
        return TRIAGE_TEXT[self]


TRIAGE_TEXT = {
    TriageLevel.EMERGENCY: "Emergency: call an ambulance or go to the emergency department now.",
    TriageLevel.URGENT: "Urgent: see a clinician today.",
    TriageLevel.SOON: "Soon: see a clinician within a few days.",
    TriageLevel.PHYSIO_IF_NOT_BETTER: ("Self-care now: see a physiotherapist if it is not clearly "
                                       "better in 2-3 weeks, or at once if it gets worse."),
    # ("read": a complaint in words that were not read was not assessed; test drive 14)
    TriageLevel.SELF_CARE: "Self-care: nothing read from what you reported needs a clinician; keep training sensibly.",
}


@record
class CitationOut:
    """A citation as every output shows it, with its source resolved."""

    source: str
    section: str
    quote: str
    note: str
    short: str
    """Short form for inline use: 'Crossley et al. 2016', 'Article'."""
    reference: str
    """Full printed reference of the source."""
    url: str


@record
class Premise:
    """An observation or finding a step or red flag rests on, with its label."""

    id: str
    label: str
    absent: bool
    """True when the premise is an observation reported absent."""


def premise_text(p: Premise) -> str:
    """A premise as the runner would say it: 'no knee pain' for one reported absent."""
    return f"no {p.label[0].lower()}{p.label[1:]}" if p.absent else p.label


@record
class Step:
    """One cited link of a chain: premises --rule--> conclusion."""

    rule: str
    premises: tuple[Premise, ...]
    conclusion: str
    conclusion_label: str
    weight: float
    citations: tuple[CitationOut, ...]
    note: str


@record
class RankedCause:
    """A likely cause, its certainty, and the chains for and against it."""

    id: str
    label: str
    type: str
    muscle: str
    state: str
    certainty: float
    """In [0, 1]: combined certainty factor (see rules/README.md)."""
    explanation: str
    chain: tuple[Step, ...]
    """Links from the runner's observations to this cause, first link first."""
    against: tuple[Step, ...]
    """Evidence that argued against it."""


@record
class RuledOut:
    """A cause the evidence touched that is not among the likely ones, and why not."""

    id: str
    label: str
    certainty: float
    reason: str


@record
class RedFlagHit:
    """A red flag the case raised: how soon, whom to see, what to do, and why."""

    id: str
    label: str
    triage: str
    see: str
    action: str
    because: tuple[Premise, ...]
    citations: tuple[CitationOut, ...]


@record
class DoseOut:
    """The dose, structured (the sentence is ``PlannedExercise.dose``)."""

    sets: int | None
    reps: str
    """Reps per set as written, e.g. ``12``, ``8-12``, ``10 each side``."""
    hold_seconds: str
    """Hold time as written, e.g. ``30 s``, ``60-90 s each side``."""
    frequency: str
    """How often, e.g. ``3 times a week``."""
    when: str
    """When, e.g. ``before runs``."""
    basis: str
    """Id of the cited source the dose rests on; empty when it is expert opinion."""
    basis_label: str
    """``expert opinion``, or the source in short (``Beyer et al. 2015``): shown with the dose."""


@record
class PlannedExercise:
    """One exercise of the plan, its dose, and the causes it is for."""

    id: str
    name: str
    kind: str
    how: str
    dose: str
    """The dose in one natural sentence, e.g. '3 x 12, 3 times a week, before runs'."""
    dose_detail: DoseOut
    progression: str
    for_causes: tuple[str, ...]
    citations: tuple[CitationOut, ...]


@record
class ConditionOut:
    """A named running injury the report points to ("Runner's knee (patellofemoral pain)")."""

    id: str
    name: str
    """The condition in plain words."""
    certainty: float
    advice: str
    """The condition's text in the rule pack: what it is and its usual course of care; under a
    red flag, the pack's line that the red flag comes first (no self-care beside a referral)."""


@record
class Outside:
    """Something the runner's words name that Stridewise does not assess (words.yaml ``outside_scope``)."""

    label: str
    """In plain words: "a head injury or concussion"."""
    see: str
    """Whom to see about it: "see a doctor about it, and if it is severe ..."."""


@record
class WordRead:
    """One observation read from a runner's own words, as the answer shows it back."""

    id: str
    label: str
    """The observation in plain words (its text in the rule pack)."""
    present: bool | None
    """True: the words say it is there; False: they say it is not; None: named, not judged."""
    words: str
    """The runner's words that stated it, as written (athlete-supplied: escape when drawn)."""


@record
class WordsRead:
    """What an answer advised on when it came from a runner's own words (``check --text``):
    each observation read, and the runs of words that were not read. Kept with the answer so a
    saved or pasted answer says what it rests on and what it did not assess."""

    read: tuple[WordRead, ...]
    """In the order the words stated them."""
    unread: tuple[str, ...] = ()
    """Runs of the runner's words no observation used ("chest pain", "fainted"): not read, so
    not assessed. As written (athlete-supplied)."""
    outside: tuple[Outside, ...] = ()
    """What the words name that Stridewise does not assess: the answer says so first."""


@record
class Result:
    """The advice on one case: red flags first, then causes, the plan and the triage."""

    notice: str
    """The 'not a diagnosis' line."""
    red_flags: tuple[RedFlagHit, ...]
    """Most urgent first. When non-empty there is no self-treatment plan."""
    causes: tuple[RankedCause, ...]
    ruled_out: tuple[RuledOut, ...]
    exercises: tuple[PlannedExercise, ...]
    plan_kind: PlanKind
    triage: TriageLevel
    """How soon to see someone: from the most urgent red flag; else physio-if-not-better when
    any complaint (a symptom or sign) was reported; else self-care."""
    present: tuple[Premise, ...]
    absent: tuple[Premise, ...]
    athlete: str = ""
    group: str = ""
    unsure: tuple[Premise, ...] = ()
    """Observations answered "not sure" (no evidence either way)."""
    conditions: tuple[ConditionOut, ...] = ()
    """Named conditions the report points to (certainty >= 0.2), most certain first."""
    words: WordsRead | None = None
    """What was read from the runner's own words, when the case came from words (None otherwise)."""
    unsure_red_flags: tuple[RedFlagHit, ...] = ()
    """The red flags the case would raise if one of what was answered "not sure" were there
    (each alone), more urgent than ``triage`` (most urgent first): "I don't know when I need to wee any more" read
    unsure left the answer at self-care with nothing said of it (test drive 26). Not evidence:
    ``triage`` is unchanged; the human formats say what to do if it is there."""

    def unsure_levels(self) -> tuple[tuple[Premise, str], ...]:
        """Each sign answered not sure that would bring a more urgent red flag, once, with the most
        urgent triage it would bring, most urgent first (what a single answer and a team report say)."""
        unsure = {p.id: p for p in self.unsure}
        level: dict[str, str] = {}
        for flag in self.unsure_red_flags:   # (most urgent first)
            for p in flag.because:
                if p.id in unsure:
                    level.setdefault(p.id, flag.triage)
        return tuple((unsure[i], t) for i, t in level.items())

    def to_dict(self) -> dict:
        data = asdict(self)
        return {"schema_version": RESULT_SCHEMA_VERSION, **data, "triage_text": self.triage.text}
