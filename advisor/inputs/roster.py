"""Roster input for ``stridewise screen``: CSV or JSON Lines, row by row, losing nothing.

Each row becomes either an ``Entry`` (an athlete to screen) or a ``RowProblem`` (line number,
athlete if known, reason). Rows are read lazily, so a 100,000-row roster is never held in
memory.

CSV (``utf-8-sig``, so Excel's BOM is fine), one row per athlete:
* ``athlete`` (or ``name`` / ``id``): required, unique in the roster;
* ``group`` (or ``event``): optional;
* either ``observations``: observation ids separated by ``;`` (prefix one with ``no:`` to
  report it absent), optionally with an ``absent`` column of ``;``-separated ids;
* or one column per observation id, each cell ``yes``/``no`` (also y/n, 1/0, true/false,
  x for yes), blank or ``?`` for not asked / unsure. Unknown columns are an error.

JSON Lines: one ``check`` input object per line, with a required ``athlete`` field.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from dataclasses import dataclass
from typing import Iterator

from advisor.errors import InputError
from advisor.inputs.symptoms import case_from_data
from advisor.knowledge.loader import suggest
from advisor.knowledge.model import KnowledgeBase

NAME_COLUMNS = ("athlete", "name", "id")
GROUP_COLUMNS = ("group", "event")
TRUE = {"yes", "y", "1", "true", "x"}
FALSE = {"no", "n", "0", "false"}
UNKNOWN = {"", "?", "unsure", "not sure", "unknown"}
MAX_FIELD = 100_000


@dataclass(frozen=True)
class Entry:
    line: int
    athlete: str
    group: str
    present: frozenset[str]
    absent: frozenset[str]


@dataclass(frozen=True)
class RowProblem:
    line: int
    athlete: str
    reason: str

    def __str__(self) -> str:
        who = f" ({self.athlete})" if self.athlete else ""
        return f"line {self.line}{who}: {self.reason}"


def pseudonym(name: str, salt: str) -> str:
    """A stable pseudonym: the same name and salt always give the same one."""
    digest = hashlib.sha256(f"{salt}\0{name}".encode("utf-8")).hexdigest()
    return f"athlete-{digest[:8]}"


def open_text(path: str) -> tuple[io.TextIOBase, str]:
    shown = "<stdin>" if path == "-" else path
    if path == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", errors="surrogateescape", newline=""), shown
    try:
        # surrogateescape: a line that is not UTF-8 becomes a bad row, not the end of the roster
        return open(path, encoding="utf-8-sig", errors="surrogateescape", newline=""), shown
    except OSError as err:
        raise InputError.from_os_error(shown, err) from err


def detect_format(path: str, first_line: str, given: str | None) -> str:
    if given:
        return given
    lower = path.lower()
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if lower.endswith((".csv", ".txt")):
        return "csv"
    return "jsonl" if first_line.lstrip().startswith("{") else "csv"


class RosterReader:
    """Iterate a roster's rows as ``Entry`` or ``RowProblem``; duplicates are problems."""

    def __init__(self, kb: KnowledgeBase, stream: io.TextIOBase, shown: str, fmt: str | None = None,
                 path: str = ""):
        self.kb = kb
        self.stream = stream
        self.shown = shown
        self.seen: set[str] = set()
        first = stream.readline()
        self._first = first
        self.format = detect_format(path or shown, first, fmt)

    def _lines(self) -> Iterator[str]:
        if self._first:
            yield self._first
        yield from self.stream

    @staticmethod
    def _not_utf8(text: str) -> bool:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False

    def __iter__(self) -> Iterator[Entry | RowProblem]:
        try:
            rows = self._jsonl() if self.format == "jsonl" else self._csv()
            for item in rows:
                if isinstance(item, Entry):
                    if item.athlete in self.seen:
                        yield RowProblem(item.line, item.athlete, "duplicate athlete (the first row was screened)")
                        continue
                    self.seen.add(item.athlete)
                yield item
        except UnicodeDecodeError as err:
            raise InputError(self.shown, "", f"not UTF-8 text (byte {err.start})") from err

    # -- JSON Lines ----------------------------------------------------------------------
    def _jsonl(self) -> Iterator[Entry | RowProblem]:
        for number, text in enumerate(self._lines(), 1):
            if not text.strip():
                continue
            if self._not_utf8(text):
                yield RowProblem(number, "", "not UTF-8 text")
                continue
            try:
                data = json.loads(text)
            except json.JSONDecodeError as err:
                yield RowProblem(number, "", f"not valid JSON: {err.msg} (column {err.colno})")
                continue
            name = data.get("athlete") if isinstance(data, dict) else None
            name = name.strip() if isinstance(name, str) else ""
            if not name:
                yield RowProblem(number, "", "missing athlete name ('athlete' field)")
                continue
            try:
                case, _ = case_from_data(data, self.kb, f"line {number}")
            except InputError as err:
                yield RowProblem(number, name, f"{err.where}: {err.message}" if err.where else err.message)
                continue
            yield Entry(number, name, case.group.strip(), case.present, case.absent)

    # -- CSV -----------------------------------------------------------------------------
    def _csv(self) -> Iterator[Entry | RowProblem]:
        # One roster row per physical line, each parsed on its own: a broken quote then
        # costs only its own line instead of swallowing the rest of the file. (A quoted
        # field with a line break inside is therefore reported as broken quoting.)
        csv.field_size_limit(MAX_FIELD)
        lines = enumerate(self._lines(), 1)
        header = None
        for number, text in lines:
            if text.strip():
                if self._not_utf8(text):
                    raise InputError(self.shown, f"line {number}", "not UTF-8 text (is this a CSV file?)")
                try:
                    header = next(csv.reader([text], strict=True))
                except csv.Error as err:
                    raise InputError(self.shown, f"line {number}", f"broken header: {err}") from None
                break
        if header is None:
            raise InputError(self.shown, "", "is empty; expected a header row")
        columns = [h.strip().lower() for h in header]
        name_col = next((columns.index(c) for c in NAME_COLUMNS if c in columns), None)
        if name_col is None:
            raise InputError(self.shown, "line 1", "no athlete column (name it 'athlete', 'name' or 'id')"
                             + suggest(columns[0] if columns else "", NAME_COLUMNS))
        group_col = next((columns.index(c) for c in GROUP_COLUMNS if c in columns), None)
        obs_col = columns.index("observations") if "observations" in columns else None
        absent_col = columns.index("absent") if "absent" in columns else None
        wide = {}
        for n, col in enumerate(columns):
            if n in (name_col, group_col, obs_col, absent_col):
                continue
            if col in self.kb.observations:
                wide[n] = col
            elif col:
                raise InputError(self.shown, "line 1", f"unknown column '{header[n]}'"
                                 + suggest(col, list(self.kb.observations) + ["observations", "absent", "group"]))
        if obs_col is None and not wide:
            raise InputError(self.shown, "line 1", "no observations: add an 'observations' column of "
                             "';'-separated ids, or one yes/no column per observation id")
        for line, text in lines:
            if not text.strip():
                continue
            if self._not_utf8(text):
                yield RowProblem(line, "", "not UTF-8 text")
                continue
            try:
                row = next(csv.reader([text], strict=True))
            except csv.Error as err:
                yield RowProblem(line, "", f"broken CSV quoting: {err}")
                continue
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(columns):
                name = row[name_col].strip() if name_col < len(row) else ""
                yield RowProblem(line, name, f"has {len(row)} fields; the header has {len(columns)}")
                continue
            name = row[name_col].strip()
            if not name:
                yield RowProblem(line, "", "missing athlete name")
                continue
            present: set[str] = set()
            absent: set[str] = set()
            problem = None
            if obs_col is not None:
                for item in (p.strip() for p in row[obs_col].split(";")):
                    if not item:
                        continue
                    target = present
                    if item.lower().startswith("no:"):
                        item, target = item[3:].strip(), absent
                    if item not in self.kb.observations:
                        problem = f"unknown observation id '{item}'" + suggest(item, self.kb.observations)
                        break
                    target.add(item)
            if problem is None and absent_col is not None:
                for item in (p.strip() for p in row[absent_col].split(";")):
                    if item and item not in self.kb.observations:
                        problem = f"unknown observation id '{item}' in 'absent'" + suggest(item, self.kb.observations)
                        break
                    if item:
                        absent.add(item)
            if problem is None:
                for n, obs in wide.items():
                    value = row[n].strip().lower()
                    if value in TRUE:
                        present.add(obs)
                    elif value in FALSE:
                        absent.add(obs)
                    elif value not in UNKNOWN:
                        problem = f"column '{obs}': '{row[n].strip()}' is not yes, no or blank"
                        break
            if problem is None and present & absent:
                problem = f"'{sorted(present & absent)[0]}' is reported both present and absent"
            if problem:
                yield RowProblem(line, name, problem)
                continue
            group = row[group_col].strip() if group_col is not None else ""
            yield Entry(line, name, group, frozenset(present), frozenset(absent))
