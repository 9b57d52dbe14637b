"""Atomic file output: write to a temporary file beside the target, then rename over it.

A crash or Ctrl-C mid-write never leaves a half-written report or answers file, and the
result gets the permissions a normal file would (mkstemp's 0600 is widened to the umask).
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterator, TextIO

from advisor.errors import InputError


@contextlib.contextmanager
def atomic_writer(path: str | Path) -> Iterator[TextIO]:
    target = Path(path)
    if target.is_dir():
        raise InputError(str(path), "", "is a folder; give a file name")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=str(target.resolve().parent))
    except OSError as err:
        raise InputError(str(path), "", f"cannot write here: {err.strerror or err}") from err
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
