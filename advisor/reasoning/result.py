"""The result of advising one case: frozen, renderer-neutral, JSON-ready."""
from __future__ import annotations

from dataclasses import asdict, dataclass

RESULT_SCHEMA_VERSION = "1.0"


@dataclass(frozen=True)
class CitationOut:
    source: str
    section: str
    quote: str
    note: str
    short: str
    """Short form for inline use: 'Crossley et al. 2016', 'Article'."""
    reference: str
    """Full printed reference of the source."""
    url: str


@dataclass(frozen=True)
class Premise:
    id: str
    label: str
    absent: bool
    """True when the premise is an observation reported absent."""


@dataclass(frozen=True)
class Step:
    """One cited link of a chain: premises --rule--> conclusion."""

    rule: str
    premises: tuple[Premise, ...]
    conclusion: str
    conclusion_label: str
    weight: float
    citations: tuple[CitationOut, ...]
    note: str


@dataclass(frozen=True)
class RankedCause:
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


@dataclass(frozen=True)
class RuledOut:
    id: str
    label: str
    certainty: float
    reason: str


@dataclass(frozen=True)
class RedFlagHit:
    id: str
    label: str
    triage: str
    see: str
    action: str
    because: tuple[Premise, ...]
    citations: tuple[CitationOut, ...]


@dataclass(frozen=True)
class PlannedExercise:
    id: str
    name: str
    kind: str
    how: str
    dose: str
    """One-line dose, e.g. '3 x 12, 3 times a week, before runs'."""
    progression: str
    for_causes: tuple[str, ...]
    citations: tuple[CitationOut, ...]


@dataclass(frozen=True)
class Result:
    notice: str
    """The 'not a diagnosis' line."""
    red_flags: tuple[RedFlagHit, ...]
    """Most urgent first. When non-empty there is no self-treatment plan."""
    causes: tuple[RankedCause, ...]
    ruled_out: tuple[RuledOut, ...]
    exercises: tuple[PlannedExercise, ...]
    plan_kind: str
    """'referral' (red flag: no exercises), 'treatment', or 'prevention' (nothing found)."""
    present: tuple[Premise, ...]
    absent: tuple[Premise, ...]
    athlete: str = ""
    group: str = ""

    @property
    def referral(self) -> bool:
        return bool(self.red_flags)

    def to_dict(self) -> dict:
        data = asdict(self)
        return {"schema_version": RESULT_SCHEMA_VERSION, **data}
