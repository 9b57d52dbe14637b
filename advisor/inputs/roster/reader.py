"""The rows of one roster, whatever its format, as ``Entry`` and ``RowProblem`` items: the
format found, an empty roster refused before any report is begun, duplicate athletes made
problems, and a file that is mostly bad rows refused as no roster."""
from __future__ import annotations

import csv
import io
import itertools
import re
from dataclasses import replace
from typing import Iterator

from advisor.errors import InputError
from advisor.inputs.roster.csvfields import MAX_FIELD, CsvFields, sniff
from advisor.inputs.roster.jsonl import jsonl_rows
from advisor.inputs.roster.lines import Lines
from advisor.inputs.roster.rows import EMPTY_ROSTER, Entry, RowNote, RowProblem
from advisor.inputs.roster.table import NAME_COLUMNS, read_table
from advisor.inputs.roster.xlsx import sheet_rows
from advisor.knowledge.model import KnowledgeBase

GROWING = "still_growing"
"""The observation an age group ("U13") answers, when the pack has it."""
MAX_BAD_ROWS = 1000
"""Past this many bad rows, a roster with more bad rows than good ones is refused."""


def detect_format(path: str, first_line: str, given: str | None) -> str:
    if given:
        return given
    lower = path.lower()
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if lower.endswith((".csv", ".txt")):
        return "csv"
    if lower.endswith(".xlsx"):
        return "xlsx"
    return "jsonl" if first_line.lstrip().startswith("{") else "csv"


_ONE_RUNNER = frozenset({"text", "observations", "present", "absent", "schema_version"})
"""Keys of one runner's symptom file (or of ``{"text": ...}``), none of a roster row's name."""


def _no_runners_file(line: str, shown: str, where: str) -> None:
    """Refuse a one-line JSON file that is one runner's answers, not a roster (test drive 50: a
    ``{"text": ...}`` file given to screen was told "missing athlete name" and exited 5)."""
    import json
    try:
        data = json.loads(line)
    except ValueError:
        return
    if isinstance(data, dict) and not _ONE_RUNNER.isdisjoint(data) and not any(
            isinstance(k, str) and k.lower() in NAME_COLUMNS for k in data):
        file = "FILE" if shown in ("-", "<stdin>") else shown
        how = ("one runner's words (as the HTTP API takes them); use: stridewise check --text 'THE WORDS'"
               if "text" in data else f"one runner's answers; use: stridewise check {file}")
        raise InputError(shown, where, f"this is not a roster (no 'athlete' field): it is {how}")


class RosterReader:
    """Iterate a roster's rows as ``Entry`` or ``RowProblem``; duplicates are problems.

    The first lines are read here (format detection, and an empty roster is refused before
    any report is begun); the rest lazily, one bounded line at a time."""

    def __init__(self, kb: KnowledgeBase, stream, shown: str, fmt: str | None = None,
                 path: str = ""):
        self.kb = kb
        self.shown = shown
        self.seen: set[str] = set()
        self._group_ages: dict[str, bool | None] = {}
        self.stream = stream.buffer if isinstance(stream, io.TextIOBase) and hasattr(stream, "buffer") else stream
        self._lines = Lines(self.stream, shown, legacy_ok=detect_format(path or shown, "", fmt) == "csv")
        self.delimiter = ","
        if detect_format(path or shown, "", fmt) == "xlsx":
            self.format = "xlsx"
            self._sheet_rows = sheet_rows(self.stream, shown)
            self._start()
            return
        first = self._lines.peek_nonblank(0)
        if first is None:
            raise InputError(shown, "", EMPTY_ROSTER)
        self.format = detect_format(path or shown, first[1] or "", fmt)
        self._lines.legacy_ok = self.format == "csv"
        if self.format == "csv" and first[1] is None:
            raise InputError(shown, f"line {first[0]}", f"{first[2]} (is this a CSV file?)")
        if self.format == "jsonl" and self._lines.peek_nonblank(1) is None:
            _no_runners_file(first[1] or "", shown, f"line {first[0]}")
        if self.format == "jsonl" and (first[1] or "").strip() in ("{", "["):
            # (a JSON document over many lines, as "ask --save" writes one runner's answers: test
            # drive 60 got a "not valid JSON" line for each of its 192 lines, exit 5)
            file = "FILE" if shown in ("-", "<stdin>") else shown
            raise InputError(shown, f"line {first[0]}", "this is not a roster: it is one JSON document over many "
                             "lines (a JSON Lines roster has one athlete per line); for one runner's answers "
                             f"use: stridewise check {file}")
        if self.format == "csv" and self._lines.peek_nonblank(1) is None:
            # (a runner's story saved as a file is no roster: test drive 48 was told "header
            # only", which said nothing of what was wrong)
            cells = {c.strip().strip('"').lower() for c in re.split(r"[,;\t]", first[1])}   # (as sniff() allows)
            if cells.isdisjoint(NAME_COLUMNS):
                raise InputError(shown, f"line {first[0]}", "this is not a roster: its first line has no 'athlete' "
                                 "column (a roster is a CSV file with a header such as 'athlete,group,observations'; "
                                 "for one runner's own words use: stridewise check --text - < FILE)")
            raise InputError(shown, f"line {first[0]}", "header only: " + EMPTY_ROSTER)
        if self.format == "csv":
            for skip in range(2, 6):  # a few rows for the delimiter sniffer
                if self._lines.peek_nonblank(skip) is None:
                    break
            self.delimiter = sniff(self._lines.ahead)
        self._start()

    def _start(self) -> None:
        """Read the header and the first row now: a roster whose header is refused (an unknown
        column, no athlete column) fails before any report is begun, so stdout never carries
        a CSV header and then nothing (test drive 10)."""
        self._items = self._rows()
        self._first = list(itertools.islice(self._items, 1))

    def __iter__(self) -> Iterator[Entry | RowProblem]:
        good = bad = 0
        unscreened = 0  # the line of the last Entry reported as a duplicate
        for item in itertools.chain(self._first, self._items):
            if isinstance(item, RowNote):
                if item.line != unscreened:  # a note says its row was screened: not a duplicate's
                    yield item
                continue
            if isinstance(item, Entry):
                item = self._aged(item)
                if item.athlete in self.seen:
                    unscreened = item.line
                    item = RowProblem(item.line, item.athlete, "duplicate athlete (the first row was screened)")
                else:
                    self.seen.add(item.athlete)
            if isinstance(item, RowProblem) and not item.info:
                bad += 1
                if bad > MAX_BAD_ROWS and bad > good:
                    raise InputError(self.shown, f"line {item.line}", f"{bad:,} bad rows and {good:,} good ones: "
                                     "this does not look like a roster (see the rows reported above)")
            else:
                good += 1
            yield item

    def _aged(self, entry: Entry) -> Entry:
        """The entry with what its group's age band says of a runner still growing, when the row
        does not say it: "U13 girls" is 12 at most (test drive 21: a junior club's roster gave
        the children with heel pain the adult plantar heel programme)."""
        if not entry.group or GROWING not in self.kb.observations or GROWING in entry.present | entry.absent:
            return entry
        if not (entry.present or entry.absent or (entry.ostrc is not None and entry.ostrc.answers)):
            return entry   # a row with no answers stays one: "U15 girls" is no answer (test drive 23)
        if entry.group not in self._group_ages:
            from advisor.knowledge.search import lexicon, read_measures, tokens
            lex = lexicon()   # (words.yaml alone: no phrase index built for a roster's groups)
            said = [r.present for r in read_measures(tokens(entry.group, lex), lex)
                    if r.measure.observation == GROWING and r.present is not None]
            self._group_ages[entry.group] = said[0] if len(set(said)) == 1 else None
        growing = self._group_ages[entry.group]
        if growing is None:
            return entry
        return replace(entry, present=entry.present | {GROWING}) if growing else \
            replace(entry, absent=entry.absent | {GROWING})

    def _rows(self) -> Iterator[Entry | RowProblem]:
        if self.format == "jsonl":
            return jsonl_rows(self.kb, self._lines)
        if self.format == "xlsx":
            return read_table(self.kb, self.shown, self._sheet_rows)
        csv.field_size_limit(MAX_FIELD)
        fields = CsvFields(self._lines, self.shown, self.delimiter)
        return read_table(self.kb, self.shown, iter(fields), fields)
