"""A roster's physical lines, each read with a bound and decoded on its own.

One roster row per physical line (``\\n``, ``\\r\\n`` or a lone ``\\r`` ends a line). A line
longer than ``MAX_LINE_BYTES`` is one bad row (read past, never held); a stream that is not a
regular file (a pipe, ``/dev/zero``) is refused past ``MAX_STREAM_BYTES``. A line that is not
UTF-8 is one bad row, unless the roster is a CSV, which may be Windows-1252 (said once)."""
from __future__ import annotations

from collections import deque
from typing import BinaryIO, Iterator

from advisor.errors import InputError, show
from advisor.inputs.reading import STDIN, is_regular_stream, open_binary, shown_name, stdin_binary
from advisor.inputs.roster.rows import notice

MAX_LINE_BYTES = 1024 * 1024
"""Longest roster line: the same bound as a whole symptom file, which a JSON Lines row is."""
MAX_STREAM_BYTES = 512 * 1024 * 1024
"""Most a roster that is not a regular file (pipe, device) may hold: about 5 million rows."""

Line = tuple[int, str | None, str]
"""(line number, text or None, why None)"""


def open_text(path: str) -> tuple[BinaryIO, str]:
    """Open a roster (or ``-``) for ``RosterReader``: a binary stream, decoded line by line
    there so a line that is not UTF-8 is one bad row. The name returned is escaped for
    messages (a file name can hold control characters too)."""
    shown = show(shown_name(path))
    if path == STDIN:
        return stdin_binary(shown), shown
    return open_binary(path, shown), shown


class Lines:
    """A roster's lines as ``Line`` items, read lazily. The first ones may be read ahead (to
    detect the format and the delimiter) and are kept for iteration."""

    def __init__(self, stream: BinaryIO, shown: str, legacy_ok: bool):
        self.stream = stream
        self.shown = shown
        self.regular = is_regular_stream(stream)
        self.total = 0
        self.legacy_ok = legacy_ok
        """A CSV roster that is not UTF-8 may be Windows-1252 (JSON Lines is UTF-8 only)."""
        self.legacy = False
        """True once a line was read as Windows-1252 (said once on stderr)."""
        self._source = self._physical_lines()
        self.ahead: deque[Line] = deque()
        """Lines read ahead by ``peek_nonblank``, not yet iterated."""

    def peek_nonblank(self, skip: int):
        """The (skip+1)-th non-blank line, read ahead and kept for iteration; None at the end."""
        seen = 0
        for item in self.ahead:
            if item[1] is None or item[1].strip():
                if seen == skip:
                    return item
                seen += 1
        while (item := self._next_line()) is not None:
            self.ahead.append(item)
            if item[1] is None or item[1].strip():
                if seen == skip:
                    return item
                seen += 1
        return None

    def __iter__(self) -> Iterator[Line]:
        while self.ahead:
            yield self.ahead.popleft()
        while (item := self._next_line()) is not None:
            yield item

    def _next_line(self):
        try:
            return next(self._source, None)
        except OSError as err:
            raise InputError(self.shown, "", f"cannot read: {err.strerror or err}") from err

    def _physical_lines(self) -> Iterator[Line]:
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
                notice(self.shown, number, "not UTF-8 text; read as Windows-1252 (as Excel saves 'CSV (comma "
                       "delimited)'); save it as 'CSV UTF-8' to avoid the guess")
            return text
        return None

    def _count(self, size: int) -> None:
        self.total += size
        if not self.regular and self.total > MAX_STREAM_BYTES:
            raise InputError(self.shown, "", f"stream is larger than the limit of {MAX_STREAM_BYTES:,} bytes "
                             "for a roster that is not a regular file")
