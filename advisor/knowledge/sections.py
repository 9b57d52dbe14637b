"""Parse each section on its own: YAML entries -> model objects, by the shapes in ``schema``.

Nothing here looks across sections: ids written in one entry are kept as written (with
where they were written, in ``Entry.values``) and checked by ``checks``.
"""
from __future__ import annotations

import re

from advisor.knowledge.model import (
    FindingKind,
    Cause, Citation, Correction, Dose, Exercise, Finding, Literal, Muscle, MuscleRole, Observation,
    Question, QuestionKind, RedFlag, Rule, SelfTest, Source, SourceKind,
)
from advisor.knowledge.problems import Collector, Item
from advisor.knowledge.schema import ID_NAMESPACES, SECTIONS, Reader, Spot, Unselected, read_fields

from advisor.knowledge.ids import ID_PATTERN  # noqa: E402


class Entry:
    """One valid-enough entry: where it is, its typed values, and the model object built from them."""

    __slots__ = ("item", "values", "obj")

    def __init__(self, item: Item, values: dict):
        self.item, self.values, self.obj = item, values, None

    @property
    def spot(self) -> Spot:
        return Spot(self.item.file, self.item.line, self.item.path)

    def at(self, key: str) -> Spot:
        return self.spot.at(key, self.item.data)


class Parsed:
    """Every section's entries by id (first definition wins), in pack order; ``rules``: the
    rules section's rules, then one rule per red flag, each with its entry in ``rule_entries``."""

    def __init__(self):
        self.entries: dict[str, dict[str, Entry]] = {name: {} for name in SECTIONS}
        self.rules: list[Rule] = []
        self.rule_entries: dict[str, Entry] = {}

    def objects(self, section: str) -> dict:
        return {ident: e.obj for ident, e in self.entries[section].items()}


def parse_sections(items: dict[str, list[Item]], col: Collector) -> Parsed:
    reader = Reader(col)
    parsed = Parsed()
    first: dict[str, dict[str, Item]] = {}
    for section, section_items in items.items():
        fields = SECTIONS[section]
        seen = first.setdefault(ID_NAMESPACES.get(section, section), {})
        for item in section_items:
            values = read_fields(reader, item.data, Spot(item.file, item.line, item.path), fields)
            ident = values["id"]
            if not ident:
                continue
            if not ID_PATTERN.fullmatch(ident):
                col.at(item, "id", f"'{ident}' is not a snake_case id (lower case, digits, underscores)")
            if ident in seen:
                other = seen[ident]
                col.at(item, "id", f"duplicate id '{ident}' (first defined at {other.file}:{other.line})")
                continue
            seen[ident] = item
            entry = Entry(item, values)
            entry.obj = BUILDERS[section](ident, values, entry)
            parsed.entries[section][ident] = entry
    for ident, entry in parsed.entries["rules"].items():
        parsed.rules.append(entry.obj)
        parsed.rule_entries[ident] = entry
    for ident, entry in parsed.entries["red_flags"].items():
        rule = _rule(f"red_flag__{ident}", entry.values, ident, 1.0, entry)
        parsed.rules.append(rule)
        parsed.rule_entries[rule.id] = entry
    return parsed


def _ids(refs) -> tuple[str, ...]:
    return tuple(r.id for r in refs)


def _cites(values: dict) -> tuple[Citation, ...]:
    return tuple(Citation(c.source.id, c.section, c.quote, c.note) for c in values.get("cite") or ())


def _source(ident, v, entry):
    return Source(ident, v["kind"] or SourceKind.PUBLISHED, v["reference"], v["url"], v["strength"], v["short"])


def _observation(ident, v, entry):
    return Observation(ident, v["text"], v["category"], v["question"], v["synonyms"], v["help"],
                       v["self_test"].id if v["self_test"] else "", _ids(v["ask_only_if"]), _ids(v["never_if"]),
                       v["normal"], v["denied_by"], v["unstated_by"],
                       _ids(v["narrows"]), v["situation"], v["stated_in_situation"],
                       v["complaint_when_absent"], _ids(v["yields_to"]), _ids(v["denied_with"]),
                       v["former_texts"])


def _cause(ident, v, entry):
    return Cause(ident, v["text"], v["type"], v["muscle"].id if v["muscle"] else "", v["state"], v["explanation"],
                 v["care"])


def _rule(ident, v, then, weight, entry) -> Rule:
    cond = v["if"]
    all_ = tuple(Literal(r.id, r.negated) for r in cond.all) if cond else ()
    any_ = tuple(Literal(r.id, r.negated) for r in cond.any) if cond else ()
    note = v.get("note", "")
    return Rule(ident, all_, any_, then, weight, _cites(v), note, f"{entry.item.file}:{entry.item.line}")


def _rule_entry(ident, v, entry):
    return _rule(ident, v, v["then"].id if v["then"] else "", v["weight"], entry)


def _red_flag(ident, v, entry):
    return RedFlag(ident, v["text"], v["triage"], v["see"], v["action"], f"red_flag__{ident}", _cites(v),
                   v["life_threatening"])


def _exercise(ident, v, entry):
    dose = Dose()
    if v["dose"]:
        d = v["dose"]
        dose = Dose(d["sets"], d["reps"], d["hold"], d["frequency"], d["when"], d["progression"],
                    d["basis"].id if d["basis"] else "")
    priority = {r.id: r.priority for r in v["addresses"] if r.priority is not None}
    return Exercise(ident, v["name"], v["how"], dose, _ids(v["addresses"]), _cites(v), v["kind"], v["prevention"],
                    priority, v["instead_of"].id if v["instead_of"] else "", _ids(v["not_with"]))


def _self_test(ident, v, entry):
    return SelfTest(ident, v["name"], v["how"], v["positive"], v["feeds"].id if v["feeds"] else "", _cites(v),
                    v["caution"])


def _muscle(ident, v, entry):
    roles = tuple(MuscleRole(r["phase"], r["text"], _cites(r)) for r in v["roles"] if r and r["phase"])
    return Muscle(ident, v["name"], v["members"], roles, _cites(v))


def _correction(ident, v, entry):
    return Correction(ident, v["claim"], v["correction"], _cites(v))


def _question(ident, v, entry):
    return Question(ident, v["kind"] or QuestionKind.CHOICE, v["text"], _ids(v["options"]),
                    v["unselected"] is not Unselected.UNKNOWN, _ids(v["unticked_unknown"]),
                    {r.id: text for r, text in v["headings"]})


BUILDERS = {
    "sources": _source,
    "observations": _observation,
    "findings": lambda ident, v, entry: Finding(ident, v["text"], v["kind"] or FindingKind.STATE,
                                                v["name"] or v["text"]),
    "causes": _cause,
    "rules": _rule_entry,
    "red_flags": _red_flag,
    "exercises": _exercise,
    "self_tests": _self_test,
    "muscles": _muscle,
    "corrections": _correction,
    "questions": _question,
}
