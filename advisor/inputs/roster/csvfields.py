"""A CSV roster's fields: one row per physical line, or per quoted span in a form export.

A CSV field cannot hold a line break: a quote left open at the end of a line makes that line a
bad row, and a ``"`` outside a quoted field (the tail of such a field on the next line, or
``O"Brien`` unquoted) makes its line a bad row too, so the tail of a broken quote never
becomes an athlete. Lines between the two that parse as rows are rows: the roster format
cannot tell them apart from real ones. A form export is the exception: Google Forms keeps a
line break inside a quoted free-text answer, so there a quoted field goes on over the next
lines (at most ``MAX_SPAN_LINES`` lines and ``MAX_LINE_BYTES``); a quote that never closes
makes its first line one bad row (named by the fields before it), and the lines after it are
read as rows of their own."""
from __future__ import annotations

import csv
import functools
import re
from collections import deque
from typing import Iterable, Iterator

from advisor.errors import InputError
from advisor.inputs.roster.lines import MAX_LINE_BYTES, Line, Lines
from advisor.inputs.roster.rows import Fields

MAX_FIELD = 100_000
MAX_SPAN_LINES = 200
"""Most physical lines one row of a form export may span (a free-text answer written over
several lines); with ``MAX_LINE_BYTES`` it bounds what a quote left open can hold."""
_UNTERMINATED = ("broken CSV quoting: a quoted field is not closed on its line"
                 " (a field cannot hold a line break: one roster row per line)")
_NEVER_CLOSED = ("broken CSV quoting: a quoted field opened on this line is never closed (is a '\"' missing?);"
                 " the lines after it were read as rows of their own")
_STRAY = "broken CSV quoting: a '\"' outside a quoted field (quote the field and double the '\"')"

@functools.lru_cache(maxsize=4)
def _csv_line(delimiter: str) -> re.Pattern:
    """A whole line of well-quoted CSV fields: a '"' anywhere else is a stray quote."""
    d = re.escape(delimiter)
    field = rf'(?:"(?:[^"]|"")*"|[^{d}"]*)'
    return re.compile(rf'{field}(?:{d}{field})*')


def sniff(ahead: Iterable[Line]) -> str:
    """The delimiter: csv.Sniffer's guess over the first lines, kept only when it cuts the
    header and the rows after it into the same number (more than one) of fields; else the
    first of ',', ';' and tab that does; else ','. (A coach's own 'athlete,observations'
    roster holds ';' inside its cells: the header decides.)"""
    sample = [t for _, t, _ in list(ahead)[:6] if t is not None and t.strip()]
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


class CsvFields:
    """A CSV roster's rows as ``Fields``, the header first; blank lines are passed over."""

    def __init__(self, lines: Lines, shown: str, delimiter: str):
        self.lines = lines
        self.shown = shown
        self.delimiter = delimiter
        self.span_lines = False
        """True once the header shows a form export: a quoted field may then span lines."""
        self.partial: dict[int, list[str]] = {}
        """Fields read before a quote that is never closed, by line: to name the athlete."""

    def __iter__(self) -> Iterator[Fields]:
        """One roster row per physical line, each parsed on its own: a broken quote then
        costs only its own line instead of swallowing the rest of the file. (A quoted
        field with a line break inside is therefore reported as broken quoting.)

        A form export (``span_lines``, set once its header is read) is different: a quoted
        field left open at the end of a line goes on over the next lines, as the csv module
        reads it, up to ``MAX_SPAN_LINES`` lines and ``MAX_LINE_BYTES``. A quote that does not
        close by then (or by the end of the file) makes its first line one bad row, and the
        lines after it are read again one by one: an open quote never swallows the athletes
        after it."""
        header = False
        open_quote = 0  # the last line that ended inside a quoted field
        lines = iter(self.lines)
        again: deque[Line] = deque()  # lines read again after an open quote
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
            row, problem = self._row(text)
            if problem is _UNTERMINATED and self.span_lines:
                if replayed:  # a replayed line never opens a span: each line is re-read at most once
                    problem = _NEVER_CLOSED
                else:
                    span, row, problem = self._span(number, text, lines)
                    again.extend(span if problem else ())
                if problem:
                    self.partial[number] = self._fields_before_open_quote(text)
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

    def _row(self, text: str) -> tuple[list[str], str]:
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

    def _span(self, number: int, text: str, lines: Iterator[Line]) -> tuple[list[Line], list[str], str]:
        """A row whose quoted field goes on past line ``number``: (the lines read after it,
        its fields, '') once the quote closes; else (those lines, [], why) to read again."""
        span: list[Line] = []
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
            row, problem = self._row(joined)
            if problem is not _UNTERMINATED:
                return (span, row, "") if not problem else (span, [], _NEVER_CLOSED)

    def _fields_before_open_quote(self, text: str) -> list[str]:
        """The fields of a line up to its open quote (closed here), to name the row's athlete."""
        try:
            return next(csv.reader([text + '"'], delimiter=self.delimiter))
        except csv.Error:
            return []
