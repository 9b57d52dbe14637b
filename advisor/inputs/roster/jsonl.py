"""A JSON Lines roster: one ``check`` input object per line, with a required ``athlete`` field.

A row whose only problems are unknown ids in its ``symptoms`` is screened without them when a
known one is left, each unknown id noted after the row's ``Entry``."""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from advisor.errors import InputError
from advisor.inputs.reading import load_json
from advisor.inputs.roster.lines import Line
from advisor.inputs.roster.rows import Entry, RowProblem, unknown_notes
from advisor.inputs.symptoms import case_from_data
from advisor.knowledge.model import KnowledgeBase

_SYMPTOM_PATH = re.compile(r"\$\.symptoms\[(\d+)\]")
"""Where a JSON Lines row's symptom item is: its index in 'symptoms'."""


def jsonl_rows(kb: KnowledgeBase, lines: Iterable[Line]) -> Iterator[Entry | RowProblem]:
    for number, text, why in lines:
        if text is None:
            yield RowProblem(number, "", why)
            continue
        if not text.strip():
            continue
        try:
            data = load_json(text, f"line {number}")
        except InputError as err:
            yield RowProblem(number, "", err.detail)
            continue
        name = data.get("athlete") if isinstance(data, dict) else None
        name = name.strip() if isinstance(name, str) else ""
        if not name:
            yield RowProblem(number, "", "missing athlete name ('athlete' field)")
            continue
        unknown: list[str] = []
        try:
            case, _ = case_from_data(data, kb, f"line {number}")
        except InputError as err:
            screened = _without_unknown_ids(kb, data, err, number)
            if screened is None:
                yield RowProblem(number, name, err.detail)
                continue
            case, unknown = screened
        yield Entry(number, name, case.group.strip(), case.present, case.absent, unsure=case.unsure)
        yield from unknown_notes(number, name, unknown)


def _without_unknown_ids(kb: KnowledgeBase, data: dict, err: InputError, number: int):
    """(the case, why each id was left out) when the only problems of a JSON Lines row are
    unknown ids in its 'symptoms' and a known one is left; else None (a bad row)."""
    spots = [_SYMPTOM_PATH.fullmatch(p.path) for p in err.problems]
    if err.truncated or not all(m and p.message.startswith("unknown observation id")
                                for m, p in zip(spots, err.problems)):
        return None
    dropped = {int(m.group(1)) for m in spots}
    kept = [item for n, item in enumerate(data["symptoms"]) if n not in dropped]
    if not kept:
        return None
    try:
        case, _ = case_from_data({**data, "symptoms": kept}, kb, f"line {number}")
    except InputError:
        return None
    return case, [f"{p.message} ({p.path})" for p in err.problems]
