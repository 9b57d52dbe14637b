"""The shape of every rule-pack section, declared once.

``SECTIONS`` maps each section to its fields; each field names a *kind* (a function that
turns one YAML value into a typed value, reporting what is wrong at its ``Spot``), whether it
is required, and its default. ``read_fields`` applies a section's fields to one entry: unknown
fields (with a suggestion), fields written twice, missing required fields, then each value.
Which ids exist and what they may refer to is not decided here (see ``checks``).
"""
from __future__ import annotations

from collections import namedtuple
from enum import Enum

from advisor.knowledge.model import (
    CauseType, ExerciseKind, FindingKind, MuscleState, ObservationCategory, Phase, QuestionKind, SourceKind, Strength, Triage,
)
from advisor.knowledge.problems import Collector, suggest
from advisor.knowledge.yamlsource import LineDict, LineList


# The small records below are namedtuples, not frozen dataclasses: they are made per field of
# every entry, and a namedtuple is much cheaper to make and to define (cold start matters).
class Spot(namedtuple("Spot", "file line path")):
    """A place in a rule file: ``file:line`` and the path inside the document."""

    __slots__ = ()

    def at(self, key, container=None) -> "Spot":
        file, line, path = self
        if container.__class__ is LineDict:
            line = container.key_lines.get(key, container.line)
        elif container.__class__ is LineList:
            line = container.line_of(key)
        return _new(Spot, (file, line, f"{path}[{key}]" if key.__class__ is int else f"{path}.{key}"))


_new = tuple.__new__  # skips the namedtuple's argument handling: Spot.at runs thousands of times


class Reader:
    """Reads values for one entry, reporting problems to the collector."""

    def __init__(self, col: Collector):
        self.col = col

    def problem(self, spot: Spot, message: str) -> None:
        self.col.add(spot.file, spot.line, spot.path, message)


# A kind reads one YAML value: ``kind(reader, value, spot) -> typed value`` (None when invalid).


class Field(namedtuple("Field", "kind required default empty", defaults=(False, None, ""))):
    """How to read one field: its ``kind``, whether it is ``required``, its ``default``, and
    ``empty``: when set, an empty value is this problem (at the field) instead of 'missing
    required field'."""

    __slots__ = ()


class Ref(namedtuple("Ref", "id spot negated priority", defaults=(False, None))):
    """An id written in the pack, with where it was written (resolved by ``checks``); ``negated``
    for ``not id``, ``priority`` for an exercise's priority for a cause."""

    __slots__ = ()


def _shown(value) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text[:60] + ("..." if len(text) > 60 else "")


# -- kinds -----------------------------------------------------------------------------------
def text(r: Reader, value, spot: Spot) -> str:
    if not isinstance(value, str):
        r.problem(spot, "must be text")
        return ""
    return value.strip()


def texts(r: Reader, value, spot: Spot) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value.strip(),)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        r.problem(spot, "must be a list of text")
        return ()
    return tuple(v.strip() for v in value)


def refs(r: Reader, value, spot: Spot) -> tuple[Ref, ...]:
    if isinstance(value, str):
        return (Ref(value.strip(), spot),)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        r.problem(spot, "must be a list of ids")
        return ()
    return tuple(Ref(v.strip(), spot.at(n, value)) for n, v in enumerate(value))


def ref(r: Reader, value, spot: Spot) -> Ref | None:
    if not isinstance(value, str):
        r.problem(spot, "must be an id")
        return None
    return Ref(value.strip(), spot) if value.strip() else None


def choice(enum: type[Enum]) -> Kind:
    options = [e.value for e in enum]

    def read(r: Reader, value, spot: Spot):
        try:
            return enum(value)
        except (ValueError, TypeError):
            r.problem(spot, f"'{_shown(value)}' is not one of {', '.join(options)}" + suggest(value, options))
            return None
    return read


def flag(r: Reader, value, spot: Spot) -> bool:
    if not isinstance(value, bool):
        r.problem(spot, "must be true or false")
        return False
    return value


def whole(what: str) -> Kind:
    def read(r: Reader, value, spot: Spot) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            r.problem(spot, f"must be a whole number of {what}")
            return None
        return value
    return read


def weight(r: Reader, value, spot: Spot) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        r.problem(spot, "must be a number between -1 and 1")
        return 0.0
    if not -1.0 <= value <= 1.0 or value == 0:
        r.problem(spot, f"{value} is outside [-1, 1] or zero")
    return float(value)


def literals(r: Reader, value, spot: Spot) -> tuple[Ref, ...]:
    """Premises: ids, or ``not <observation>`` for reported absent."""
    if isinstance(value, str):
        value = [value]
        items = [(value[0], spot)]
    elif isinstance(value, list):
        items = [(v, spot.at(n, value)) for n, v in enumerate(value)]
    else:
        r.problem(spot, "must be a list of ids (prefix 'not ' for reported absent)")
        return ()
    out = []
    for entry, where in items:
        if not isinstance(entry, str):
            r.problem(where, "must be an id, or 'not ' and an observation id")
            continue
        entry = entry.strip()
        negated = entry.startswith("not ")
        out.append(Ref(entry[4:].strip() if negated else entry, where, negated))
    return tuple(out)


Conditions = namedtuple("Conditions", "all any")
"""A rule's ``if``: the premises that must all hold, and those of which one must."""


def conditions(r: Reader, value, spot: Spot) -> Conditions | None:
    if isinstance(value, dict):
        for key in value:
            if key not in ("all", "any"):
                r.problem(spot.at(key, value), "unknown field" + suggest(key, ["all", "any"]))
        _duplicates(r, value, spot)
        all_ = literals(r, value["all"], spot.at("all", value)) if value.get("all") is not None else ()
        any_ = literals(r, value["any"], spot.at("any", value)) if value.get("any") is not None else ()
        written = value.get("all") or value.get("any")
    elif isinstance(value, (list, str)):
        all_, any_, written = literals(r, value, spot), (), value
    else:
        r.problem(spot, "must be a list of ids or a mapping with 'all' and/or 'any'")
        return None
    if not written:
        r.problem(spot, "needs at least one condition")
    return Conditions(all_, any_)


def addresses(r: Reader, value, spot: Spot) -> tuple[Ref, ...]:
    """Cause ids, as a list or as a mapping ``cause: priority`` (1 is offered first)."""
    if isinstance(value, dict):
        _duplicates(r, value, spot)
        out = []
        for key, rank in value.items():
            where = spot.at(str(key), value)
            if not isinstance(key, str):
                r.problem(where, "must be a cause id")
                continue
            if isinstance(rank, bool) or not isinstance(rank, int) or rank < 1:
                r.problem(where, f"the priority for '{key}' must be a whole number (1 is offered first)")
                rank = None
            out.append(Ref(key.strip(), where, priority=rank))
        return tuple(out)
    return refs(r, value, spot)


def headings(r: Reader, value, spot: Spot) -> tuple[tuple[Ref, str], ...]:
    """A mapping ``option id: heading``: the heading shown before that option of a checklist."""
    if not isinstance(value, dict):
        r.problem(spot, "must be a mapping of option id: heading")
        return ()
    _duplicates(r, value, spot)
    out = []
    for key, heading in value.items():
        where = spot.at(str(key), value)
        if not isinstance(key, str) or not isinstance(heading, str) or not heading.strip():
            r.problem(where, "must be an option id with a heading's words")
            continue
        out.append((Ref(key.strip(), where), heading.strip()))
    return tuple(out)


RawCitation = namedtuple("RawCitation", "source section quote note spot")
"""A citation as written: its source as a ``Ref``, the texts, and where it is."""


def citations(r: Reader, value, spot: Spot) -> tuple[RawCitation, ...]:
    entries = [(e, spot.at(n, value)) for n, e in enumerate(value)] if isinstance(value, list) else [(value, spot)]
    out = []
    for entry, where in entries:
        if not isinstance(entry, dict):
            r.problem(where, "a citation is a mapping with source, section and quote")
            continue
        values = read_fields(r, entry, where, CITATION)
        if values["source"] is None:
            r.problem(where, "citation needs a 'source'")
            continue
        if not values["section"]:
            r.problem(where, "citation needs a 'section'")
        words = len(values["quote"].split())
        if words > MAX_QUOTE_WORDS:
            r.problem(where.at("quote", entry), f"excerpt has {words} words; the limit is {MAX_QUOTE_WORDS}")
        out.append(RawCitation(values["source"], values["section"], " ".join(values["quote"].split()),
                               " ".join(values["note"].split()), where))
    return tuple(out)


def mapping(fields: dict[str, Field], what: str) -> Kind:
    def read(r: Reader, value, spot: Spot) -> dict | None:
        if not isinstance(value, dict):
            r.problem(spot, f"must be a mapping ({what})")
            return None
        return read_fields(r, value, spot, fields)
    return read


def list_of(kind: Kind, what: str) -> Kind:
    def read(r: Reader, value, spot: Spot) -> tuple:
        if not isinstance(value, list):
            r.problem(spot, f"must be a list of {what}")
            return ()
        return tuple(kind(r, v, spot.at(n, value)) for n, v in enumerate(value))
    return read


# -- applying fields -------------------------------------------------------------------------
def _duplicates(r: Reader, data: LineDict, spot: Spot) -> None:
    for key, line in getattr(data, "duplicates", ()):
        r.problem(Spot(spot.file, line, f"{spot.path}.{key}"), "field appears twice")


def read_fields(r: Reader, data: LineDict, spot: Spot, fields: dict[str, Field]) -> dict[str, Any]:
    """Typed values of ``data`` by ``fields``: every problem reported, defaults where missing."""
    _duplicates(r, data, spot)
    for key in data:
        if key not in fields:
            r.problem(spot.at(str(key), data), "unknown field" + suggest(key, fields))
    values: dict[str, Any] = {}
    for key, spec in fields.items():
        value = data.get(key)
        if value is None or value == "" or value == []:
            if spec.empty and key in data:
                r.problem(spot.at(key, data), spec.empty)
            elif spec.required:
                r.problem(spot, f"missing required field '{key}'")
            values[key] = spec.default
            continue
        read = spec.kind(r, value, spot.at(key, data))
        values[key] = spec.default if read is None else read
    return values


# -- the sections ------------------------------------------------------------------------------
MAX_QUOTE_WORDS = 25


class Unselected(str, Enum):
    """What an option of a question the runner did not tick means."""

    ABSENT = "absent"
    UNKNOWN = "unknown"


CITATION = {
    "source": Field(ref),
    "section": Field(text, default=""),
    "quote": Field(text, default=""),
    "note": Field(text, default=""),
}
DOSE = {
    "sets": Field(whole("sets")),
    "reps": Field(text, default=""),
    "hold": Field(text, default=""),
    "frequency": Field(text, default=""),
    "when": Field(text, default=""),
    "progression": Field(text, default=""),
    "basis": Field(ref),
}
ROLE = {
    "phase": Field(choice(Phase), required=True),
    "text": Field(text, required=True, default=""),
    "cite": Field(citations, required=True, default=()),
}
CITE = Field(citations, required=True, default=())

SECTIONS: dict[str, dict[str, Field]] = {
    "sources": {
        "id": Field(text, required=True, default=""),
        "kind": Field(choice(SourceKind), required=True),
        "reference": Field(text, required=True, default=""),
        "url": Field(text, default=""),
        "strength": Field(choice(Strength), default=Strength.REFERENCE),
        "short": Field(text, default=""),
    },
    "observations": {
        "id": Field(text, required=True, default=""),
        "text": Field(text, required=True, default=""),
        "category": Field(choice(ObservationCategory), required=True, default=ObservationCategory.SYMPTOM),
        "question": Field(text, required=True, default=""),
        "synonyms": Field(texts, default=()),
        "help": Field(text, default=""),
        "self_test": Field(ref),
        "ask_only_if": Field(refs, default=()),
        "never_if": Field(refs, default=()),
        "normal": Field(texts, default=()),
        "denied_by": Field(texts, default=()),
        "unstated_by": Field(texts, default=()),
        "narrows": Field(refs, default=()),
        "situation": Field(texts, default=()),
        "stated_in_situation": Field(flag, default=False),
        "complaint_when_absent": Field(flag, default=False),
        "yields_to": Field(refs, default=()),
        "denied_with": Field(refs, default=()),
        "former_texts": Field(texts, default=()),
    },
    "findings": {
        "id": Field(text, required=True, default=""),
        "text": Field(text, required=True, default=""),
        "kind": Field(choice(FindingKind), default=FindingKind.STATE),
        "name": Field(text, default=""),
    },
    "causes": {
        "id": Field(text, required=True, default=""),
        "text": Field(text, required=True, default=""),
        "type": Field(choice(CauseType), required=True, default=CauseType.MUSCLE),
        "muscle": Field(ref),
        "state": Field(choice(MuscleState)),
        "explanation": Field(text, default=""),
        "care": Field(text, default=""),
    },
    "rules": {
        "id": Field(text, required=True, default=""),
        "if": Field(conditions, required=True),
        "then": Field(ref, required=True),
        "weight": Field(weight, required=True, default=0.0),
        "cite": CITE,
        "note": Field(text, default=""),
    },
    "red_flags": {
        "id": Field(text, required=True, default=""),
        "text": Field(text, required=True, default=""),
        "triage": Field(choice(Triage), required=True, default=Triage.SOON),
        "see": Field(text, required=True, default=""),
        "action": Field(text, required=True, default=""),
        "if": Field(conditions, required=True),
        "life_threatening": Field(flag, default=False),
        "cite": CITE,
    },
    "exercises": {
        "id": Field(text, required=True, default=""),
        "name": Field(text, required=True, default=""),
        "kind": Field(choice(ExerciseKind), default=ExerciseKind.EXERCISE),
        "how": Field(text, required=True, default=""),
        "dose": Field(mapping(DOSE, "sets, reps or hold, frequency, when, progression"), required=True),
        "addresses": Field(addresses, required=True, default=(), empty="an exercise must address at least one cause"),
        "prevention": Field(flag, default=False),
        "instead_of": Field(ref),
        "not_with": Field(refs, default=()),
        "cite": CITE,
    },
    "self_tests": {
        "id": Field(text, required=True, default=""),
        "name": Field(text, required=True, default=""),
        "how": Field(text, required=True, default=""),
        "positive": Field(text, required=True, default=""),
        "feeds": Field(ref, required=True),
        "caution": Field(text, default=""),
        "cite": CITE,
    },
    "muscles": {
        "id": Field(text, required=True, default=""),
        "name": Field(text, required=True, default=""),
        "members": Field(texts, required=True, default=()),
        "roles": Field(list_of(mapping(ROLE, "phase, text, cite"), "{phase, text, cite}"), required=True, default=()),
        "cite": CITE,
    },
    "corrections": {
        "id": Field(text, required=True, default=""),
        "claim": Field(text, required=True, default=""),
        "correction": Field(text, required=True, default=""),
        "cite": CITE,
    },
    "questions": {
        "id": Field(text, required=True, default=""),
        "kind": Field(choice(QuestionKind), required=True),
        "text": Field(text, required=True, default=""),
        "options": Field(refs, required=True, default=()),
        "unselected": Field(choice(Unselected), default=Unselected.ABSENT),
        "unticked_unknown": Field(refs, default=()),
        "headings": Field(headings, default=()),
    },
}
"""Every section but ``settings`` (a free mapping) is a list of entries with these fields."""
SETTINGS = {"notice": Field(text, default=""), "under_a_red_flag": Field(text, default="")}
ALL_SECTIONS = ("settings", *SECTIONS)
ID_NAMESPACES = {"observations": "node", "findings": "node", "causes": "node", "red_flags": "node"}
"""Sections whose ids share one namespace (rules refer to them alike); every other section
has its own."""
