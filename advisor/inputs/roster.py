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

Lines and bounds (both formats): one roster row per physical line (``\\n``, ``\\r\\n`` or a lone
``\\r`` ends a line). A line longer than ``MAX_LINE_BYTES`` is one bad row (read past, never
held); a stream that is not a regular file (a pipe, ``/dev/zero``) is refused past
``MAX_STREAM_BYTES``; and a roster whose bad rows pass ``MAX_BAD_ROWS`` and outnumber its
good ones is refused as "not a roster" (``yes | stridewise screen -`` ends, with exit 3).
A CSV field cannot hold a line break: a quote left open at the end of a line makes that
line a bad row, and a ``"`` outside a quoted field (the tail of such a field on the next
line, or ``O"Brien`` unquoted) makes its line a bad row too, so the tail of a broken quote
never becomes an athlete. Lines between the two that parse as rows are rows: the roster
format cannot tell them apart from real ones.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import stat
from collections import Counter, deque
from dataclasses import dataclass
from typing import BinaryIO, Iterator

from advisor.errors import InputError, show
from advisor.inputs.reading import STDIN, load_json, shown_name, stdin_binary
from advisor.inputs.symptoms import case_from_data
from advisor.knowledge.ids import suggest
from advisor.knowledge.model import KnowledgeBase

NAME_COLUMNS = ("athlete", "name", "id")
GROUP_COLUMNS = ("group", "event")
TRUE = {"yes", "y", "1", "true", "x"}
FALSE = {"no", "n", "0", "false"}
UNKNOWN = {"", "?", "unsure", "not sure", "unknown"}
MAX_FIELD = 100_000
MAX_LINE_BYTES = 1024 * 1024
"""Longest roster line: the same bound as a whole symptom file, which a JSON Lines row is."""
MAX_STREAM_BYTES = 512 * 1024 * 1024
"""Most a roster that is not a regular file (pipe, device) may hold: about 5 million rows."""
MAX_BAD_ROWS = 1000
"""Past this many bad rows, a roster with more bad rows than good ones is refused."""
PSEUDONYM_HEX = 20
"""Hex digits of an --anonymize pseudonym: 80 bits. A club screening ten million distinct
names over its whole history has about one chance in 10^10 of any two sharing one."""
EMPTY_ROSTER = "has no athlete rows (the roster is empty)"
_UNTERMINATED = ("broken CSV quoting: a quoted field is not closed on its line"
                 " (a field cannot hold a line break: one roster row per line)")
_STRAY = "broken CSV quoting: a '\"' outside a quoted field (quote the field and double the '\"')"
_CSV_LINE = re.compile(r'(?:"(?:[^"]|"")*"|[^,"]*)(?:,(?:"(?:[^"]|"")*"|[^,"]*))*')


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
        return show(f"line {self.line}{who}: {self.reason}")


def pseudonym(name: str, salt: str) -> str:
    """A stable pseudonym: the same name and salt always give the same one (``athlete-`` and
    ``PSEUDONYM_HEX`` hex digits of SHA-256 over salt and name)."""
    digest = hashlib.sha256(f"{salt}\0{name}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"athlete-{digest[:PSEUDONYM_HEX]}"


def open_text(path: str) -> tuple[BinaryIO, str]:
    """Open a roster (or ``-``) for ``RosterReader``: a binary stream, decoded line by line
    there so a line that is not UTF-8 is one bad row. The name returned is escaped for
    messages (a file name can hold control characters too)."""
    shown = show(shown_name(path))
    if path == STDIN:
        return stdin_binary(shown), shown
    try:
        fh = open(path, "rb")
        if stat.S_ISDIR(os.fstat(fh.fileno()).st_mode):
            fh.close()
            raise IsADirectoryError(path)
        return fh, shown
    except OSError as err:
        raise InputError.from_os_error(shown, err) from err
    except ValueError as err:  # a NUL byte in the path
        raise InputError(shown, "", f"not a usable file name: {err}") from err


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
    """Iterate a roster's rows as ``Entry`` or ``RowProblem``; duplicates are problems.

    The first lines are read here (format detection, and an empty roster is refused before
    any report is begun); the rest lazily, one bounded line at a time."""

    def __init__(self, kb: KnowledgeBase, stream, shown: str, fmt: str | None = None,
                 path: str = ""):
        self.kb = kb
        self.shown = shown
        self.seen: set[str] = set()
        self.stream = stream.buffer if isinstance(stream, io.TextIOBase) and hasattr(stream, "buffer") else stream
        self.regular = self._is_regular(self.stream)
        self.total = 0
        self._source = self._physical_lines()
        self._ahead: deque[tuple[int, str | None, str]] = deque()
        first = self._peek_nonblank(0)
        if first is None:
            raise InputError(shown, "", EMPTY_ROSTER)
        self.format = detect_format(path or shown, first[1] or "", fmt)
        if self.format == "csv" and first[1] is None:
            raise InputError(shown, f"line {first[0]}", f"{first[2]} (is this a CSV file?)")
        if self.format == "csv" and self._peek_nonblank(1) is None:
            raise InputError(shown, f"line {first[0]}", "header only: " + EMPTY_ROSTER)

    @staticmethod
    def _is_regular(stream) -> bool:
        try:
            return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
        except (OSError, AttributeError, ValueError, io.UnsupportedOperation):
            return False  # unknown: bound it like a pipe

    def _peek_nonblank(self, skip: int):
        """The (skip+1)-th non-blank line, read ahead and kept for iteration; None at the end."""
        seen = 0
        for item in self._ahead:
            if item[1] is None or item[1].strip():
                if seen == skip:
                    return item
                seen += 1
        while (item := self._next_line()) is not None:
            self._ahead.append(item)
            if item[1] is None or item[1].strip():
                if seen == skip:
                    return item
                seen += 1
        return None

    def _next_line(self):
        try:
            return next(self._source, None)
        except OSError as err:
            raise InputError(self.shown, "", f"cannot read: {err.strerror or err}") from err

    def _physical_lines(self) -> Iterator[tuple[int, str | None, str]]:
        """(line number, text or None, why None). Each line is read with a bound, decoded on
        its own (a bad byte costs one row) and never held beyond ``MAX_LINE_BYTES``."""
        number = 0
        first = True
        while True:
            raw = self.stream.readline(MAX_LINE_BYTES + 1)
            if not raw:
                return
            self._count(len(raw))
            if first:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
                first = False
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                number += 1
                yield number, None, f"line is longer than {MAX_LINE_BYTES:,} bytes"
                while raw and not raw.endswith(b"\n"):  # read past the rest of it, in bounded steps
                    raw = self.stream.readline(1 << 20)
                    self._count(len(raw))
                continue
            body = raw[:-1] if raw.endswith(b"\n") else raw
            body = body[:-1] if body.endswith(b"\r") else body
            for piece in body.split(b"\r"):  # a lone CR (old Mac files) ends a line too
                number += 1
                try:
                    yield number, piece.decode("utf-8"), ""
                except UnicodeDecodeError:
                    yield number, None, "not UTF-8 text"

    def _count(self, size: int) -> None:
        self.total += size
        if not self.regular and self.total > MAX_STREAM_BYTES:
            raise InputError(self.shown, "", f"stream is larger than the limit of {MAX_STREAM_BYTES:,} bytes "
                             "for a roster that is not a regular file")

    def _lines(self) -> Iterator[tuple[int, str | None, str]]:
        while self._ahead:
            yield self._ahead.popleft()
        while (item := self._next_line()) is not None:
            yield item

    def __iter__(self) -> Iterator[Entry | RowProblem]:
        rows = self._jsonl() if self.format == "jsonl" else self._csv()
        good = bad = 0
        for item in rows:
            if isinstance(item, Entry):
                if item.athlete in self.seen:
                    item = RowProblem(item.line, item.athlete, "duplicate athlete (the first row was screened)")
                else:
                    self.seen.add(item.athlete)
            if isinstance(item, RowProblem):
                bad += 1
                if bad > MAX_BAD_ROWS and bad > good:
                    raise InputError(self.shown, f"line {item.line}", f"{bad:,} bad rows and {good:,} good ones: "
                                     "this does not look like a roster (see the rows reported above)")
            else:
                good += 1
            yield item

    # -- JSON Lines ----------------------------------------------------------------------
    def _jsonl(self) -> Iterator[Entry | RowProblem]:
        for number, text, why in self._lines():
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
            try:
                case, _ = case_from_data(data, self.kb, f"line {number}")
            except InputError as err:
                yield RowProblem(number, name, err.detail)
                continue
            yield Entry(number, name, case.group.strip(), case.present, case.absent)

    # -- CSV -----------------------------------------------------------------------------
    @staticmethod
    def _csv_row(text: str) -> tuple[list[str], str]:
        """One physical line as CSV fields, or the reason it is a bad row."""
        try:
            row = next(csv.reader([text], strict=True))
        except csv.Error as err:
            if "unexpected end of data" in str(err):
                return [], _UNTERMINATED
            return [], f"not valid CSV: {err}"
        if '"' in text and not _CSV_LINE.fullmatch(text):
            return [], _STRAY
        return row, ""

    def _csv(self) -> Iterator[Entry | RowProblem]:
        # One roster row per physical line, each parsed on its own: a broken quote then
        # costs only its own line instead of swallowing the rest of the file. (A quoted
        # field with a line break inside is therefore reported as broken quoting.)
        csv.field_size_limit(MAX_FIELD)
        lines = self._lines()
        header = None
        header_line = 1
        for number, text, why in lines:
            if text is None:
                raise InputError(self.shown, f"line {number}", f"{why} (is this a CSV file?)")
            if text.strip():
                try:
                    header = next(csv.reader([text], strict=True))
                except csv.Error as err:
                    raise InputError(self.shown, f"line {number}", f"broken header: {err}") from None
                header_line = number
                break
        if header is None:
            raise InputError(self.shown, "", EMPTY_ROSTER)
        columns = [h.strip().lower() for h in header]
        twice = sorted(c for c, n in Counter(columns).items() if c and n > 1)
        if twice:  # which of two 'pain_at_night' columns would count? neither, silently
            raise InputError(self.shown, f"line {header_line}", f"column '{twice[0]}' appears more than once")
        name_col = next((columns.index(c) for c in NAME_COLUMNS if c in columns), None)
        if name_col is None:
            raise InputError(self.shown, f"line {header_line}", "no athlete column (name it 'athlete', 'name' or 'id')"
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
                raise InputError(self.shown, f"line {header_line}", f"unknown column '{header[n]}'"
                                 + suggest(col, list(self.kb.observations) + ["observations", "absent", "group"]))
        if obs_col is None and not wide:
            raise InputError(self.shown, f"line {header_line}", "no observations: add an 'observations' column of "
                             "';'-separated ids, or one yes/no column per observation id")
        open_quote = 0  # the last line that ended inside a quoted field
        for line, text, why in lines:
            if text is None:
                open_quote = 0
                yield RowProblem(line, "", why)
                continue
            if not text.strip():
                continue
            row, problem = self._csv_row(text)
            if problem:
                after = open_quote
                open_quote = line if problem is _UNTERMINATED else 0
                if after and problem is _STRAY:
                    problem += (f" (the rest of line {after}'s quoted field? a field cannot hold a line break:"
                                " one roster row per line)")
                yield RowProblem(line, "", problem)
                continue
            open_quote = 0
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
