"""The rows of one roster, whatever its format, as ``Entry`` and ``RowProblem`` items."""
from __future__ import annotations

import csv
import functools
import io
import os
import re
import stat
from collections import Counter, deque
from typing import BinaryIO, Iterator

from advisor.errors import InputError, show
from advisor.inputs.reading import STDIN, load_json, shown_name, stdin_binary
from advisor.inputs.roster.rows import (EMPTY_ROSTER, MAX_NOTES_PER_ROW, Entry, Replaced, RowNote, RowProblem,
                                        unknown_notes, yes_no)
from advisor.inputs.roster.xlsx import _xlsx_rows
from advisor.inputs.symptoms import case_from_data
from advisor.knowledge.ids import suggest
from advisor.knowledge.model import KnowledgeBase

NAME_COLUMNS = ("athlete", "name", "id")
GROUP_COLUMNS = ("group", "event")
MAX_FIELD = 100_000
MAX_LINE_BYTES = 1024 * 1024
"""Longest roster line: the same bound as a whole symptom file, which a JSON Lines row is."""
MAX_STREAM_BYTES = 512 * 1024 * 1024
"""Most a roster that is not a regular file (pipe, device) may hold: about 5 million rows."""
MAX_BAD_ROWS = 1000
"""Past this many bad rows, a roster with more bad rows than good ones is refused."""
_UNTERMINATED = ("broken CSV quoting: a quoted field is not closed on its line"
                 " (a field cannot hold a line break: one roster row per line)")
_NEVER_CLOSED = ("broken CSV quoting: a quoted field opened on this line is never closed (is a '\"' missing?);"
                 " the lines after it were read as rows of their own")
MAX_FORM_RESPONSES = 200_000
"""Rows of a form export with a timestamp held at once to find each athlete's latest response
(a weekly check-in has tens; a few hundred bytes each)."""
MAX_SPAN_LINES = 200
"""Most physical lines one row of a form export may span (a free-text answer written over
several lines); with ``MAX_LINE_BYTES`` it bounds what a quote left open can hold."""
_STRAY = "broken CSV quoting: a '\"' outside a quoted field (quote the field and double the '\"')"
_ID_SEPARATORS = re.compile(r"[;,]")
"""Ids in an 'observations' cell: ';' as documented, ',' as coaches also write them."""
_SYMPTOM_PATH = re.compile(r"\$\.symptoms\[(\d+)\]")
"""Where a JSON Lines row's symptom item is: its index in 'symptoms'."""


def _unknown_id(item: str, column: str, kb: KnowledgeBase) -> str:
    """Why an id is left out, with the closest known id if there is one."""
    where = f" in '{column}'" if column == "absent" else ""
    return f"unknown observation id '{item}'{where}" + suggest(item, kb.observations)


@functools.lru_cache(maxsize=4)
def _csv_line(delimiter: str) -> re.Pattern:
    """A whole line of well-quoted CSV fields: a '"' anywhere else is a stray quote."""
    d = re.escape(delimiter)
    field = rf'(?:"(?:[^"]|"")*"|[^{d}"]*)'
    return re.compile(rf'{field}(?:{d}{field})*')



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
    if lower.endswith(".xlsx"):
        return "xlsx"
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
        self.legacy_ok = detect_format(path or shown, "", fmt) == "csv"
        """A CSV roster that is not UTF-8 may be Windows-1252 (JSON Lines is UTF-8 only)."""
        self.legacy = False
        """True once a line was read as Windows-1252 (said once on stderr)."""
        self._source = self._physical_lines()
        self._ahead: deque[tuple[int, str | None, str]] = deque()
        self.delimiter = ","
        self.span_lines = False
        """True once the header shows a form export: a quoted field may then span lines."""
        self._partial: dict[int, list[str]] = {}
        """Fields read before a quote that is never closed, by line: to name the athlete."""
        if detect_format(path or shown, "", fmt) == "xlsx":
            self.format = "xlsx"
            self._sheet_rows = _xlsx_rows(self.stream, shown, self.regular)
            return
        first = self._peek_nonblank(0)
        if first is None:
            raise InputError(shown, "", EMPTY_ROSTER)
        self.format = detect_format(path or shown, first[1] or "", fmt)
        self.legacy_ok = self.format == "csv"
        if self.format == "csv" and first[1] is None:
            raise InputError(shown, f"line {first[0]}", f"{first[2]} (is this a CSV file?)")
        if self.format == "csv" and self._peek_nonblank(1) is None:
            raise InputError(shown, f"line {first[0]}", "header only: " + EMPTY_ROSTER)
        if self.format == "csv":
            for skip in range(2, 6):  # a few rows for the delimiter sniffer
                if self._peek_nonblank(skip) is None:
                    break
            self.delimiter = self._sniff()

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
                text = self._decode(piece, number)
                yield (number, text, "") if text is not None else (number, None, "not UTF-8 text")

    def _decode(self, raw: bytes, number: int) -> str | None:
        """A line as text: UTF-8; for a CSV roster, failing that, Windows-1252 (what Excel's
        "CSV (comma/semicolon delimited)" saves in Europe), said once on stderr. A regular file
        is decided once, on its first line that is not UTF-8: its lines from there on are read
        as Windows-1252 first. A pipe is decided line by line. None: neither reads it."""
        order = ("cp1252", "utf-8") if self.legacy and self.regular else ("utf-8", "cp1252")
        legacy_ok = self.legacy_ok and b"\x00" not in raw  # a NUL: UTF-16 or binary, no text to guess at
        for encoding in order if legacy_ok else ("utf-8",):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            if encoding == "cp1252" and not self.legacy:
                self.legacy = True
                import sys
                print(show(f"stridewise: {self.shown}: line {number}: not UTF-8 text; read as Windows-1252 "
                           "(as Excel saves 'CSV (comma delimited)'); save it as 'CSV UTF-8' to avoid the guess"),
                      file=sys.stderr)
            return text
        return None

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
        rows = {"jsonl": self._jsonl, "xlsx": self._xlsx}.get(self.format, self._csv)()
        good = bad = 0
        unscreened = 0  # the line of the last Entry reported as a duplicate
        for item in rows:
            if isinstance(item, RowNote):
                if item.line != unscreened:  # a note says its row was screened: not a duplicate's
                    yield item
                continue
            if isinstance(item, Entry):
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
            unknown: list[str] = []
            try:
                case, _ = case_from_data(data, self.kb, f"line {number}")
            except InputError as err:
                screened = self._without_unknown_ids(data, err, number)
                if screened is None:
                    yield RowProblem(number, name, err.detail)
                    continue
                case, unknown = screened
            yield Entry(number, name, case.group.strip(), case.present, case.absent)
            yield from unknown_notes(number, name, unknown)

    def _without_unknown_ids(self, data: dict, err: InputError, number: int):
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
            case, _ = case_from_data({**data, "symptoms": kept}, self.kb, f"line {number}")
        except InputError:
            return None
        return case, [f"{p.message} ({p.path})" for p in err.problems]

    # -- CSV and .xlsx ---------------------------------------------------------------------
    def _sniff(self) -> str:
        """The delimiter: csv.Sniffer's guess over the first lines, kept only when it cuts the
        header and the rows after it into the same number (more than one) of fields; else the
        first of ',', ';' and tab that does; else ','. (A coach's own 'athlete,observations'
        roster holds ';' inside its cells: the header decides.)"""
        sample = [t for _, t, _ in list(self._ahead)[:6] if t is not None and t.strip()]
        def fits(delimiter: str) -> bool:
            try:
                counts = {len(r) for r in csv.reader(sample, delimiter=delimiter)}
            except csv.Error:
                return False
            return len(counts) == 1 and counts.pop() > 1
        try:
            guess = csv.Sniffer().sniff("\n".join(sample), delimiters=",;\t").delimiter
        except csv.Error:
            guess = ","
        if fits(guess):
            return guess
        return next((d for d in (",", ";", "\t") if fits(d)), ",")

    def _csv_row(self, text: str) -> tuple[list[str], str]:
        """One physical line as CSV fields, or the reason it is a bad row."""
        try:
            row = next(csv.reader([text], strict=True, delimiter=self.delimiter))
        except csv.Error as err:
            if "unexpected end of data" in str(err):
                return [], _UNTERMINATED
            return [], f"not valid CSV: {err}"
        if '"' in text and not _csv_line(self.delimiter).fullmatch(text):
            return [], _STRAY
        return row, ""

    def _csv(self) -> Iterator[Entry | RowProblem]:
        csv.field_size_limit(MAX_FIELD)
        return self._table(self._csv_fields())

    def _csv_fields(self) -> Iterator[tuple[int, list[str] | None, str]]:
        """(line, fields or None, why) for each non-blank line; the first is the header.
        One roster row per physical line, each parsed on its own: a broken quote then
        costs only its own line instead of swallowing the rest of the file. (A quoted
        field with a line break inside is therefore reported as broken quoting.)

        A form export (``span_lines``, set once its header is read) is different: Google
        Forms keeps a line break inside a quoted free-text answer, so a quoted field left open
        at the end of a line goes on over the next lines, as the csv module reads it, up to
        ``MAX_SPAN_LINES`` lines and ``MAX_LINE_BYTES``. A quote that does not close by then
        (or by the end of the file) makes its first line one bad row, and the lines after it
        are read again one by one: an open quote never swallows the athletes after it."""
        header = False
        open_quote = 0  # the last line that ended inside a quoted field
        lines = self._lines()
        again: deque[tuple[int, str | None, str]] = deque()  # lines read again after an open quote
        while True:
            replayed = bool(again)
            item = again.popleft() if again else next(lines, None)
            if item is None:
                return
            number, text, why = item
            if not header:
                if text is None:
                    raise InputError(self.shown, f"line {number}", f"{why} (is this a CSV file?)")
                if not text.strip():
                    continue
                try:
                    fields = next(csv.reader([text], strict=True, delimiter=self.delimiter))
                except csv.Error as err:
                    raise InputError(self.shown, f"line {number}", f"broken header: {err}") from None
                header = True
                yield number, fields, ""
                continue
            if text is None:
                open_quote = 0
                yield number, None, why
                continue
            if not text.strip():
                continue
            row, problem = self._csv_row(text)
            if problem is _UNTERMINATED and self.span_lines:
                if replayed:  # a replayed line never opens a span: each line is re-read at most once
                    problem = _NEVER_CLOSED
                else:
                    span, row, problem = self._span(number, text, lines)
                    again.extend(span if problem else ())
                if problem:
                    self._partial[number] = self._fields_before_open_quote(text)
                    yield number, None, problem
                    continue
            if problem:
                after = open_quote
                open_quote = number if problem is _UNTERMINATED and not self.span_lines else 0
                if after and problem is _STRAY:
                    problem += (f" (the rest of line {after}'s quoted field? a field cannot hold a line break:"
                                " one roster row per line)")
                yield number, None, problem
                continue
            open_quote = 0
            yield number, row, ""

    def _span(self, number: int, text: str, lines) -> tuple[list, list[str], str]:
        """A row whose quoted field goes on past line ``number``: (the lines read after it,
        its fields, '') once the quote closes; else (those lines, [], why) to read again."""
        span: list[tuple[int, str | None, str]] = []
        joined, size = text, len(text)
        while True:
            item = next(lines, None)
            if item is None:
                return span, [], _NEVER_CLOSED
            span.append(item)
            if item[1] is None or len(span) >= MAX_SPAN_LINES or size + len(item[1]) + 1 > MAX_LINE_BYTES:
                return span, [], _NEVER_CLOSED
            joined += "\n" + item[1]
            size += len(item[1]) + 1
            row, problem = self._csv_row(joined)
            if problem is not _UNTERMINATED:
                return (span, row, "") if not problem else (span, [], _NEVER_CLOSED)

    def _fields_before_open_quote(self, text: str) -> list[str]:
        """The fields of a line up to its open quote (closed here), to name the row's athlete."""
        try:
            return next(csv.reader([text + '"'], delimiter=self.delimiter))
        except csv.Error:
            return []

    def _form_plan(self, header: list[str], header_line: int):
        """The form-export plan for this header, or None when it is no form export. Columns
        the form does not ask are ignored, and named once on stderr."""
        from advisor.inputs.forms import NAME_QUESTION, FormPlan
        plan = FormPlan.from_header(self.kb, header)
        if plan is None:
            return None
        if plan.name_col < 0:
            raise InputError(self.shown, f"line {header_line}", f"a form export without a name column: ask "
                             f"'{NAME_QUESTION}' (see 'stridewise form'), or add a 'Name' or 'Email' column")
        said = [f"'{h}' read as {q}" for h, q in plan.fuzzy]
        if plan.time_col is not None:
            said.append(f"'{header[plan.time_col].strip()}' read as the response time (an athlete's latest "
                        "response counts)")
        if plan.ignored:
            said.append("ignored columns: " + ", ".join(f"'{h}'" for h in plan.ignored))
        if said:
            import sys
            print(show(f"stridewise: {self.shown}: line {header_line}: form export; " + "; ".join(said)),
                  file=sys.stderr)
        return plan

    def _form_rows(self, plan, items, width: int) -> Iterator[Entry | RowProblem]:
        for line, row, why in items:
            if row is None:
                fields = self._partial.pop(line, [])
                name = fields[plan.name_col].strip() if 0 <= plan.name_col < len(fields) else ""
                yield RowProblem(line, name, why)
                continue
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != width:
                name = row[plan.name_col].strip() if 0 <= plan.name_col < len(row) else ""
                yield RowProblem(line, name, f"has {len(row)} fields; the header has {width}")
                continue
            yield from plan.rows(line, row)

    def _latest_wins(self, plan, rows: Iterator[Entry | RowProblem]) -> Iterator[Entry | RowProblem]:
        """A form export's rows, each athlete's latest response screened: by the response time
        when all of that athlete's times can be read, else the later row (forms export in the
        order sent). The others are named as replaced, with the winning line; their notes go
        with them. The rows are held to look ahead (at most ``MAX_FORM_RESPONSES``)."""
        held: list[Entry | RowProblem] = []
        for item in rows:
            held.append(item)
            if len(held) > MAX_FORM_RESPONSES:
                raise InputError(self.shown, f"line {item.line}", f"a form export of more than "
                                 f"{MAX_FORM_RESPONSES:,} rows: clear old responses each week")
        lines: dict[str, list[int]] = {}
        for item in held:
            if type(item) is Entry:
                lines.setdefault(item.athlete, []).append(item.line)
        winner: dict[int, int] = {}  # replaced line -> the line that replaces it
        for found in lines.values():
            if len(found) > 1:
                times = [plan.times.get(n) for n in found]
                best = (max(zip(times, found))[1] if all(t is not None for t in times) else max(found))
                winner.update({n: best for n in found if n != best})
        for item in held:
            if item.line not in winner:
                yield item
            elif type(item) is Entry:
                yield Replaced(item.line, item.athlete, f"replaced by the same athlete's later response "
                                                        f"on line {winner[item.line]}")
            elif not isinstance(item, RowNote):  # a replaced row's notes go with it
                yield item

    def _xlsx(self) -> Iterator[Entry | RowProblem]:
        return self._table(self._sheet_rows)

    def _table(self, items: Iterator[tuple[int, list[str] | None, str]]) -> Iterator[Entry | RowProblem]:
        first = next(items, None)
        if first is None:
            raise InputError(self.shown, "", EMPTY_ROSTER)
        header_line, header, _ = first
        columns = [h.strip().lower() for h in header]
        twice = sorted(c for c, n in Counter(columns).items() if c and n > 1)
        if twice:  # which of two 'pain_at_night' columns would count? neither, silently
            raise InputError(self.shown, f"line {header_line}", f"column '{twice[0]}' appears more than once")
        name_col = next((columns.index(c) for c in NAME_COLUMNS if c in columns), None)
        group_col = next((columns.index(c) for c in GROUP_COLUMNS if c in columns), None)
        obs_col = columns.index("observations") if "observations" in columns else None
        absent_col = columns.index("absent") if "absent" in columns else None
        ids = {o.casefold(): o for o in self.kb.observations}
        known = {n for n in (name_col, group_col, obs_col, absent_col) if n is not None}
        wide = {n: ids[col] for n, col in enumerate(columns) if n not in known and col in ids}
        unknown = [n for n, col in enumerate(columns) if n not in known and n not in wide and col]
        if name_col is None or unknown:
            plan = self._form_plan(header, header_line)
            if plan is not None:
                self.span_lines = self.format == "csv"
                rows = self._form_rows(plan, items, len(header))
                yield from self._latest_wins(plan, rows) if plan.time_col is not None else rows
                return
        if name_col is None:
            raise InputError(self.shown, f"line {header_line}", "no athlete column (name it 'athlete', 'name' or 'id')"
                             + suggest(columns[0] if columns else "", NAME_COLUMNS))
        if unknown:
            n = unknown[0]
            raise InputError(self.shown, f"line {header_line}", f"unknown column '{header[n]}'"
                             + suggest(columns[n], list(self.kb.observations) + ["observations", "absent", "group"]))
        if obs_col is None and not wide:
            raise InputError(self.shown, f"line {header_line}", "no observations: add an 'observations' column of "
                             "';'-separated ids, or one yes/no column per observation id")
        for line, row, why in items:
            if row is None:
                yield RowProblem(line, "", why)
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
            unknown: list[tuple[str, str]] = []  # (id, column): suggestions only for those noted, difflib is slow
            problem = None
            if obs_col is not None:
                for item in (p.strip() for p in _ID_SEPARATORS.split(row[obs_col])):
                    if not item:
                        continue
                    target = present
                    if item.lower().startswith("no:"):
                        item, target = item[3:].strip(), absent
                    item = ids.get(item.casefold(), item)
                    if item not in self.kb.observations:
                        unknown.append((item, "observations"))
                        continue
                    target.add(item)
            if absent_col is not None:
                for item in (p.strip() for p in _ID_SEPARATORS.split(row[absent_col])):
                    item = ids.get(item.casefold(), item)
                    if item and item not in self.kb.observations:
                        unknown.append((item, "absent"))
                    elif item:
                        absent.add(item)
            for n, obs in wide.items():
                try:
                    said = yes_no(row[n])
                except ValueError as err:
                    problem = f"column '{obs}': {err}"
                    break
                if said is not None:
                    (present if said else absent).add(obs)
            if problem is None and present & absent:
                problem = f"'{sorted(present & absent)[0]}' is reported both present and absent"
            if problem is None and unknown and not present | absent:
                problem = _unknown_id(*unknown[0], self.kb)  # nothing known is left to screen: not read
            if problem:
                yield RowProblem(line, name, problem)
                continue
            group = row[group_col].strip() if group_col is not None else ""
            yield Entry(line, name, group, frozenset(present), frozenset(absent))
            yield from unknown_notes(line, name, [_unknown_id(i, c, self.kb) for i, c in unknown[:MAX_NOTES_PER_ROW]],
                                     len(unknown))
