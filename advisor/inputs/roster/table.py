"""A roster table (CSV or .xlsx) read from its header: a coach's own columns (athlete, group,
'observations'/'absent' or one yes/no column per observation id, as the package docstring
says), or, when the header is none of those, a form export's (``form_export``)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterator

from advisor.errors import InputError
from advisor.inputs.roster.csvfields import CsvFields
from advisor.inputs.roster.form_export import form_plan, form_rows
from advisor.inputs.roster.rows import (EMPTY_ROSTER, MAX_NOTES_PER_ROW, Entry, Fields, IgnoredColumn, ReadNote,
                                        RowProblem, TotalRow, read_words, unknown_notes, unsure, yes_no)
from advisor.knowledge.ids import suggest
from advisor.knowledge.model import KnowledgeBase

NAME_COLUMNS = ("athlete", "name", "id")
GROUP_COLUMNS = ("group", "event")
WORDS_COLUMNS = ("notes", "note", "comments", "comment", "words")
"""A coach's notes column holds the athlete's own words: read as `parse` reads them, each row's
reading a note to confirm (test drive 34: a 'notes' column of "cadence 152", "went 30 to 50 mpw"
was left out unread). The ids of 'observations' and 'absent' outweigh what the words say."""
_TOTAL_ROW = re.compile(r"(?:total|totals|sum|count|average|mean)\b", re.IGNORECASE)
"""A name cell that starts so, in a row with nothing else, is a spreadsheet's summary row."""
_ID_SEPARATORS = re.compile(r"[;,]")


def _a_count(cell: str) -> bool:
    return bool(re.fullmatch(r"\s*\d+(?:[.,]\d+)?\s*", cell))
"""Ids in an 'observations' cell: ';' as documented, ',' as coaches also write them."""


def _unknown_id(item: str, column: str, kb: KnowledgeBase) -> str:
    """Why an id is left out, with the closest known id if there is one."""
    where = f" in '{column}'" if column == "absent" else ""
    return f"unknown observation id '{item}'{where}" + suggest(item, kb.observations)


@dataclass(frozen=True)
class _Columns:
    """Where a coach's roster keeps what, read from its header (None: no such column)."""

    names: list[str]
    """The header's column names as compared: stripped, in lower case."""
    name: int | None
    group: int | None
    observations: int | None
    absent: int | None
    wide: dict[int, str]
    """column -> observation id, for a roster with one yes/no column per observation"""
    words: list[int]
    """notes columns (``WORDS_COLUMNS``), read as the athlete's own words"""
    unknown: list[int]
    """columns that are none of these (then the header may be a form export's)"""

    @classmethod
    def of(cls, header: list[str], ids: dict[str, str]) -> _Columns:
        names = [h.strip().lower() for h in header]
        name = next((names.index(c) for c in NAME_COLUMNS if c in names), None)
        group = next((names.index(c) for c in GROUP_COLUMNS if c in names), None)
        observations = names.index("observations") if "observations" in names else None
        absent = names.index("absent") if "absent" in names else None
        words = [n for n, col in enumerate(names) if col in WORDS_COLUMNS]
        known = {n for n in (name, group, observations, absent, *words) if n is not None}
        wide = {n: ids[col] for n, col in enumerate(names) if n not in known and col in ids}
        unknown = [n for n, col in enumerate(names) if n not in known and n not in wide and col]
        return cls(names, name, group, observations, absent, wide, words, unknown)


def read_table(kb: KnowledgeBase, shown: str, items: Iterator[Fields],
               spans: CsvFields | None = None) -> Iterator[Entry | RowProblem]:
    """The table's rows as ``Entry`` and ``RowProblem`` items; ``spans``, the CSV being read
    (None for .xlsx), is told when the header shows a form export."""
    first = next(items, None)
    if first is None:
        raise InputError(shown, "", EMPTY_ROSTER)
    header_line, header, _ = first
    # (as written, or with spaces or hyphens for the underscores: "knee pain", test drive 24)
    ids = {o.casefold(): o for o in kb.observations}
    ids.update({o.replace("_", " "): o for o in list(ids)} | {o.replace("_", "-"): o for o in list(ids)})
    columns = _Columns.of(header, ids)
    twice = sorted(c for c, n in Counter(columns.names).items() if c and n > 1)
    if twice:  # which of two 'pain_at_night' columns would count? neither, silently
        raise InputError(shown, f"line {header_line}", f"column '{twice[0]}' appears more than once")
    if columns.name is None or columns.unknown:
        plan = form_plan(kb, shown, header, header_line)
        if plan is not None:
            if spans is not None:
                spans.span_lines = True
            yield from form_rows(plan, items, len(header), spans.partial if spans is not None else {}, shown)
            return
    if columns.name is None:
        raise InputError(shown, f"line {header_line}", "no athlete column (name it 'athlete', 'name' or 'id')"
                         + suggest(columns.names[0] if columns.names else "", NAME_COLUMNS))
    # A column close to a known one is a misspelling, refused (its answers would be lost); any
    # other ("notes", "coach", "date") is the coach's own, left out with a note (test drive 24: a
    # notes column refused the whole roster)
    known_columns = list(kb.observations) + ["observations", "absent", "group", *NAME_COLUMNS]
    for n in columns.unknown:
        hint = suggest(columns.names[n], known_columns)
        if hint:
            raise InputError(shown, f"line {header_line}", f"unknown column '{header[n]}'" + hint
                             + "; a column is 'athlete' (or 'name', 'id'), 'group', 'observations', 'absent' or an "
                             "observation id ('stridewise symptoms' lists them)")
    ignored = [IgnoredColumn(header_line, "", f"column '{header[n]}' not read (no observation id, not one of "
                             "'athlete', 'group', 'observations', 'absent')") for n in columns.unknown]
    if columns.observations is None and not columns.wide and not columns.words:
        raise InputError(shown, f"line {header_line}", "no observations: add an 'observations' column of "
                         "';'-separated ids, one yes/no column per observation id, or a 'notes' column of the "
                         "athlete's own words")
    yield from ignored
    for line, row, why in items:
        if row is None:
            yield RowProblem(line, "", why)
        elif any(cell.strip() for cell in row):
            yield from _row(kb, ids, columns, line, row)


def _row(kb: KnowledgeBase, ids: dict[str, str], columns: _Columns, line: int,
         row: list[str]) -> Iterator[Entry | RowProblem]:
    """One row of a coach's roster: its ``Entry`` and a note per unknown id left out of it, or
    the ``RowProblem`` that keeps it from being screened."""
    if len(row) != len(columns.names):
        name = row[columns.name].strip() if columns.name < len(row) else ""
        yield RowProblem(line, name, f"has {len(row)} fields; the header has {len(columns.names)}")
        return
    name = row[columns.name].strip()
    if not name:
        yield RowProblem(line, "", "missing athlete name")
        return
    answers = (columns.observations, columns.absent, *columns.wide, *columns.words)
    if _TOTAL_ROW.match(name) and not any(row[n].strip() and not _a_count(row[n]) for n in answers if n is not None):
        # (test drive 24: Excel's "TOTAL: 25" row was screened as an athlete who answered nothing;
        # fc25: a count in it, or a note in a column of the coach's own, still makes it one)
        yield TotalRow(line, name, "a spreadsheet's total row, not an athlete: not screened")
        return
    present: set[str] = set()
    absent: set[str] = set()
    not_sure: set[str] = set()
    unknown: list[tuple[str, str]] = []  # (id, column): suggestions only for those noted, difflib is slow
    problem = None
    if columns.observations is not None:
        for item in (p.strip() for p in _ID_SEPARATORS.split(row[columns.observations])):
            if not item:
                continue
            target = present
            if item.lower().startswith("no:"):
                item, target = item[3:].strip(), absent
            elif item.startswith("?:"):
                item, target = item[2:].strip(), not_sure
            item = ids.get(" ".join(item.casefold().split()), item)
            if item not in kb.observations:
                unknown.append((item, "observations"))
                continue
            target.add(item)
    if columns.absent is not None:
        for item in (p.strip() for p in _ID_SEPARATORS.split(row[columns.absent])):
            item = ids.get(" ".join(item.casefold().split()), item)
            if item and item not in kb.observations:
                unknown.append((item, "absent"))
            elif item:
                absent.add(item)
    for n, obs in columns.wide.items():
        try:
            said = yes_no(row[n])
        except ValueError as err:
            problem = f"column '{obs}': {err}"
            break
        if said is not None:
            (present if said else absent).add(obs)
        elif unsure(row[n]):
            not_sure.add(obs)
    read: list[ReadNote] = []
    for n in columns.words if problem is None else ():
        if row[n].strip():
            yes, no, maybe, note = read_words(kb, row[n])
            said = present | absent | not_sure
            present |= yes - said
            absent |= no - said - yes
            not_sure |= maybe - said - yes - no
            read.append(ReadNote(line, name, note))
    if problem is None and present & absent:
        problem = f"'{sorted(present & absent)[0]}' is reported both present and absent"
    if problem is None and not_sure & (present | absent):
        problem = f"'{sorted(not_sure & (present | absent))[0]}' is reported both not sure and " + (
            "present" if not_sure & present else "absent")
    if problem is None and unknown and not present | absent | not_sure:
        # nothing known is left to screen: not read; every unknown id is named, so one fix does
        # not hide the next (test drive 45: 'pain at nite', a red flag, showed only once 'knee
        # pian' was fixed)
        problem = "; ".join(_unknown_id(i, c, kb) for i, c in unknown[:MAX_NOTES_PER_ROW]) + (
            f"; and {len(unknown) - MAX_NOTES_PER_ROW} more" if len(unknown) > MAX_NOTES_PER_ROW else "")
    if problem:
        yield RowProblem(line, name, problem)
        return
    group = row[columns.group].strip() if columns.group is not None else ""
    yield Entry(line, name, group, frozenset(present), frozenset(absent), unsure=frozenset(not_sure))
    yield from read
    yield from unknown_notes(line, name, [_unknown_id(i, c, kb) for i, c in unknown[:MAX_NOTES_PER_ROW]],
                             len(unknown))
