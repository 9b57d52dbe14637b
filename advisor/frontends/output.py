"""Atomic file output: write to a temporary file beside the target, then rename over it.

A crash or Ctrl-C mid-write never leaves a half-written report or answers file, and the
result gets the permissions a normal file would (mkstemp's 0600 is widened to the umask).

Temporary files are named ``.NAME.stridewise-PID-HOST.XXXXXXXX`` so that the next write of the
same target can recognise and remove one left by a process that was killed outright
(SIGKILL, power loss): see ``remove_stale_temps``. ``stop_on_signals`` turns SIGTERM and
SIGHUP into an exception, so the temporary file is removed on those too.
"""
from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from pathlib import Path
from typing import Iterator, TextIO

from advisor.errors import InputError


@contextlib.contextmanager
def atomic_writer(path: str | Path) -> Iterator[TextIO]:
    target = Path(path)
    if target.is_dir():
        raise InputError(str(path), "", "is a folder; give a file name")
    try:
        remove_stale_temps(target.resolve().parent / target.name)  # where mkstemp below puts them
        fd, tmp = tempfile.mkstemp(prefix=temp_prefix(target), dir=str(target.resolve().parent))
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


# -- temporary files left by a killed process -------------------------------------------------
_TEMP_MARK = "stridewise-"


def _host() -> str:
    return os.uname().nodename.replace("/", "_") or "localhost"  # the host name, without a socket import


def temp_prefix(target: Path) -> str:
    """The recognisable prefix of this process's temporary files for ``target``: pid and host."""
    return f".{target.name}.{_TEMP_MARK}{os.getpid()}-{_host()}."


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def remove_stale_temps(target: Path) -> list[Path]:
    """Remove temporary files for ``target`` left by stridewise processes that no longer run.

    Only files named by ``temp_prefix`` count, and only those of this host whose process is
    gone (a file from another host sharing the folder is left to that host). Returns what
    was removed; never fails the write."""
    start = f".{target.name}.{_TEMP_MARK}"
    removed = []
    try:
        names = os.listdir(target.parent)
    except OSError:
        return removed
    host = _host()
    for name in names:
        if not name.startswith(start):
            continue
        pid, _, rest = name[len(start):].partition("-")
        if not pid.isdigit() or rest.rpartition(".")[0] != host or int(pid) == os.getpid() or _alive(int(pid)):
            continue
        path = target.parent / name
        try:
            if path.is_file() and not path.is_symlink():
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


# -- SIGTERM and SIGHUP unwind like Ctrl-C ------------------------------------------------------
class Stopped(BaseException):
    """A SIGTERM or SIGHUP arrived. A ``BaseException`` like ``KeyboardInterrupt``, so no
    ``except Exception`` swallows it and every ``finally`` (and ``atomic_writer``) cleans up."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def stop_on_signals(signums: tuple[int, ...] = (signal.SIGTERM, signal.SIGHUP)) -> Iterator[None]:
    """Within the block, the first SIGTERM/SIGHUP raises ``Stopped``; later ones wait for cleanup."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return

    def stop(signum, frame):
        for s in signums:  # a second signal must not cut the cleanup short
            signal.signal(s, signal.SIG_IGN)
        raise Stopped(signum)

    previous = {s: signal.signal(s, stop) for s in signums}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
