"""Reading what a user hands us: bounded, whatever the file is, and JSON read strictly.

Every file a user names (or ``-`` for stdin) is read through ``read_limited``: at most
``limit + 1`` bytes are ever read, so ``/dev/zero``, ``<(yes)`` or a FIFO cannot grow
memory without bound, and a non-regular file is read exactly once (never stat-sized,
never reopened). Every JSON document a user hands us is decoded by ``load_json``: duplicate
keys, numbers too long to convert, NaN/Infinity, lone surrogates and absurd nesting are
bad input with a JSON path, never a silent last-key-wins and never an internal error.
"""
from __future__ import annotations

import io
import json
import os
import re
import stat
import sys
from typing import BinaryIO

from advisor.errors import InputError

STDIN = "-"


def shown_name(path: str) -> str:
    return "<stdin>" if path == STDIN else path


def stdin_binary(shown: str = "<stdin>") -> BinaryIO:
    """The binary stdin, or bad input when stdin is closed (``<&-``): never an AttributeError."""
    if sys.stdin is None:
        raise InputError(shown, "", "standard input is closed; pipe a file in or give a file name")
    return getattr(sys.stdin, "buffer", sys.stdin)


def is_regular(path: str) -> bool:
    """True for a regular file (after following links); False for devices, pipes, sockets."""
    if path == STDIN:
        return False
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def open_binary(path: str, shown: str) -> BinaryIO:
    """A named file opened to read bytes (symptom files and rosters alike). A directory, a
    missing or unreadable file and an unusable name are bad input naming ``shown``."""
    try:
        fh = open(path, "rb")
        if stat.S_ISDIR(os.fstat(fh.fileno()).st_mode):
            fh.close()
            raise IsADirectoryError(path)
        return fh
    except OSError as err:
        raise InputError.from_os_error(shown, err) from err
    except ValueError as err:  # a NUL byte in the path
        raise InputError(shown, "", f"not a usable file name: {err}") from err


def is_regular_stream(stream) -> bool:
    """``is_regular`` for an open stream; False when it cannot be told (bound it like a pipe)."""
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, AttributeError, ValueError, io.UnsupportedOperation):
        return False


def read_limited(path: str, limit: int) -> bytes:
    """Read a file or ``-`` whole, refusing anything over ``limit`` bytes, whatever it is."""
    shown = shown_name(path)
    try:
        if path == STDIN:
            data = _read_at_most(stdin_binary(shown), limit + 1)
        else:
            with open_binary(path, shown) as fh:
                info = os.fstat(fh.fileno())
                if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                    raise InputError(shown, "", f"file is {info.st_size:,} bytes; the limit is {limit:,} bytes")
                data = _read_at_most(fh, limit + 1)
    except OSError as err:  # reading, once open (a read error, EIO)
        raise InputError.from_os_error(shown, err) from err
    if len(data) > limit:
        raise InputError(shown, "", f"input is larger than the limit of {limit:,} bytes")
    return data


def _read_at_most(fh: BinaryIO, size: int) -> bytes:
    # A pipe returns short reads: loop until EOF or the bound, never past it.
    chunks, left = [], size
    while left > 0:
        chunk = fh.read(min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def decode_text(data: bytes, shown: str) -> str:
    """UTF-8 (an Excel BOM is fine) or one line of bad input naming the byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(shown, "", f"not UTF-8 text (byte {err.start})") from err


# -- strict JSON ------------------------------------------------------------------------------
class _Object(dict):
    """A decoded JSON object that remembers keys it saw twice (the last value is kept)."""

    __slots__ = ("duplicates",)


class _Unusable:
    """Stands in for a value json would accept but we must not: found later with its path."""

    __slots__ = ("reason",)

    def __init__(self, reason: str):
        self.reason = reason


def _pairs(pairs: list) -> _Object:
    obj = _Object(pairs)
    obj.duplicates = []
    if len(obj) != len(pairs):
        seen: set = set()
        obj.duplicates = [k for k, _ in pairs if k in seen or seen.add(k)]
    return obj


def _int(text: str):
    try:
        return int(text)
    except ValueError:  # over sys.get_int_max_str_digits() digits
        return _Unusable(f"a number with {len(text.lstrip('-')):,} digits is too long")


def _constant(name: str) -> _Unusable:
    return _Unusable(f"{name} is not valid JSON")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _key_path(path: str, key: str) -> str:
    return f"{path}.{key}" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key) else f"{path}[{json.dumps(key)}]"


def _first_problem(doc) -> tuple[str, str] | None:
    """(JSON path, reason) of the first unusable thing, depth first in document order.

    Iterative: the document may be nested as deep as the decoder allows."""
    stack = [("$", doc)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, _Unusable):
            return path, value.reason
        if isinstance(value, str):
            if _SURROGATE.search(value):
                return path, "a lone surrogate escape (\\ud800-\\udfff) is not text"
        elif isinstance(value, dict):
            for key in getattr(value, "duplicates", ()):
                return _key_path(path, key), f"duplicate key '{key}' (a key may appear once in an object)"
            children = []
            for key, item in value.items():
                if _SURROGATE.search(key):
                    return path, "a key holds a lone surrogate escape (\\ud800-\\udfff), which is not text"
                children.append((_key_path(path, key), item))
            stack.extend(reversed(children))
        elif isinstance(value, list):
            stack.extend(reversed([(f"{path}[{n}]", item) for n, item in enumerate(value)]))
    return None


def load_json(text: str, shown: str):
    """The one way user JSON is decoded (symptom files, JSON Lines rows, ``ask --resume``).

    Raises ``InputError`` naming the line and column of a syntax error, or the JSON path of a
    duplicate key, an over-long number, NaN/Infinity or a lone surrogate. Returns plain
    ``dict``/``list`` values (``dict`` subclasses)."""
    try:
        doc = json.loads(text, object_pairs_hook=_pairs, parse_int=_int, parse_constant=_constant)
    except json.JSONDecodeError as err:
        raise InputError(shown, f"line {err.lineno} column {err.colno}", f"not valid JSON: {err.msg}") from err
    except RecursionError as err:
        raise InputError(shown, "", "JSON nested too deeply") from err
    problem = _first_problem(doc)
    if problem is not None:
        raise InputError(shown, *problem)
    return doc
