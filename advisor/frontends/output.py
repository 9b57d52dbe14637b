"""File output: atomic for regular files, direct for devices and pipes, never a silent loss.

``atomic_writer`` writes a regular file through a temporary file beside it, fsynced, then
renamed over it: a crash or Ctrl-C mid-write never leaves a half-written report or answers
file. What it does with each kind of target:

* a new file: created readable and writable by its owner only (0600): reports, answers and
  histories hold athletes' health data (``chmod`` it to share it);
* an existing regular file: replaced, keeping its mode (a 0600 file stays 0600) and, when
  run as root, its owner;
* a symbolic link: followed on purpose. The link's final target is replaced atomically and
  the link itself stays a link (as ``> link`` in a shell writes through it);
* a device, FIFO or socket (``/dev/null``, ``/dev/tty``, a named pipe), and the names of an
  already-open descriptor (``/dev/stdout``, ``/dev/fd/N``, ``/proc/self/fd/N``): written
  directly, with no temporary file, so a device node is never replaced by a plain file;
* ``-``: standard output.

Every failure to create, write, sync or rename is an ``OutputError`` (exit 6) naming the
target; a folder is bad input (exit 3). ``refuse_input`` stops ``-o`` from replacing the file
being read. ``guard_stdout`` makes a failed write to stdout an ``OutputError`` as well.

Temporary files are named ``.NAME.stridewise-PID-HOST.XXXXXXXX`` so that the next write of the
same target can recognise and remove one left by a process that was killed outright
(SIGKILL, power loss): see ``remove_stale_temps``. ``stop_on_signals`` turns SIGTERM and
SIGHUP into an exception, so the temporary file is removed on those too.
"""
from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import stat
import sys
import threading
from typing import TYPE_CHECKING, Iterable, Iterator, TextIO

from advisor.errors import InputError, OutputError, show

if TYPE_CHECKING:
    from pathlib import Path

_OPEN_DESCRIPTOR = r"/dev/(?:stdout|stderr|fd/\d+)|/proc/(?:self|\d+)/fd/\d+"
"""Names of an already open stream. A pattern, not a compiled one: compiled only when ``-o`` is
given, so a plain ``check`` never pays for it (re caches the compiled pattern)."""


def _stat_target(name: str, shown: str) -> os.stat_result | None:
    """The output target's status (None: it does not exist yet); a bad name is bad input."""
    if not name:
        raise InputError("''", "", "empty output file name")
    try:
        return os.stat(name)
    except FileNotFoundError:
        return None
    except ValueError as err:  # a NUL byte in the name
        raise InputError(shown, "", f"not a usable file name: {err}") from err
    except OSError as err:
        raise OutputError(shown, err) from err


NEW_FILE_MODE = 0o600
"""The mode of a file stridewise creates: athlete data is its owner's only."""


@contextlib.contextmanager
def atomic_writer(path: str | Path) -> Iterator[TextIO]:
    name = str(path)
    shown = show(name)
    if name == "-":
        yield sys.stdout
        return
    info = _stat_target(name, shown)
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise InputError(shown, "", "is a folder; give a file name")
    if re.fullmatch(_OPEN_DESCRIPTOR, name) or (info is not None and not stat.S_ISREG(info.st_mode)):
        with _direct(name, shown, append=bool(re.fullmatch(_OPEN_DESCRIPTOR, name))) as fh:
            yield fh
        return
    if info is not None and not os.access(name, os.W_OK):
        # Renaming over it would work (the folder is writable), but a read-only file says "keep"
        raise OutputError(shown, "Permission denied (the file is read-only)")
    with _replace(name, shown, info) as fh:
        yield fh


@contextlib.contextmanager
def _direct(name: str, shown: str, append: bool) -> Iterator[TextIO]:
    # Append to an open descriptor's file: the shell opened it (maybe with >>) and owns it.
    try:
        fh = open(name, "a" if append else "w", encoding="utf-8", newline="")
    except OSError as err:
        raise OutputError(shown, err) from err
    try:
        yield fh
        fh.flush()
    except OSError as err:
        raise OutputError(shown, err) from err
    finally:
        with contextlib.suppress(OSError):
            fh.close()


@contextlib.contextmanager
def _replace(name: str, shown: str, info: os.stat_result | None) -> Iterator[TextIO]:
    from pathlib import Path  # only when a file is written: a cold check starts without it
    target = Path(os.path.realpath(name))  # through any symlinks: the link stays, its target is replaced
    try:
        remove_stale_temps(target)  # left beside it by a killed stridewise of this host
        import tempfile  # only when a file is written: every command starts without it
        fd, tmp = tempfile.mkstemp(prefix=temp_prefix(target), dir=str(target.parent))
    except OSError as err:
        raise OutputError(shown, f"cannot create a file beside it: {err.strerror or err}") from err
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            if info is not None:
                os.fchmod(fd, stat.S_IMODE(info.st_mode))
                if os.geteuid() == 0:
                    with contextlib.suppress(OSError):
                        os.fchown(fd, info.st_uid, info.st_gid)
            else:  # mkstemp made it 0600 already; said here so it never silently changes
                os.fchmod(fd, NEW_FILE_MODE)
            os.fsync(fd)
        os.replace(tmp, target)
    except OSError as err:
        _unlink(tmp)
        raise OutputError(shown, err) from err
    except BaseException:
        _unlink(tmp)
        raise


def _unlink(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def check_writable(path: str | None) -> None:
    """Fail before the work, not after it: a folder is bad input (3); a missing or read-only
    folder to create the file in is an ``OutputError`` (6). ``ask --save`` asks this before the
    first question, so no answer is typed in vain. (The write itself still reports anything
    that goes wrong later.)"""
    if path is None or path == "-":
        return
    name = str(path)
    shown = show(name)
    info = _stat_target(name, shown)
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise InputError(shown, "", "is a folder; give a file name")
    if info is not None and not stat.S_ISREG(info.st_mode):
        return  # a device or pipe: opened when written
    if info is not None and not os.access(name, os.W_OK):
        raise OutputError(shown, "Permission denied (the file is read-only)")
    folder = os.path.dirname(os.path.realpath(name))
    if not os.path.isdir(folder):
        raise OutputError(shown, "cannot create a file beside it: No such file or directory")
    if not os.access(folder, os.W_OK):
        raise OutputError(shown, "cannot create a file beside it: Permission denied")


def refuse_input(output: str | None, inputs: Iterable[str]) -> None:
    """Bad input (exit 3) when ``output`` is the same regular file as one of ``inputs``
    (``-`` is stdin): by device and inode, so a hard link or a symlink to it is caught too.
    Devices are exempt: ``screen - -o /dev/stdout`` on a terminal is one tty both ways."""
    if not output or output == "-":
        return
    try:
        out = os.stat(output)
    except (OSError, ValueError):
        return  # nothing there yet (or atomic_writer reports it)
    if not stat.S_ISREG(out.st_mode):
        return
    for name in inputs:
        try:
            st = os.fstat(0) if name == "-" else os.stat(name)
        except (OSError, ValueError):
            continue
        if stat.S_ISREG(st.st_mode) and (st.st_dev, st.st_ino) == (out.st_dev, out.st_ino):
            shown = "<stdin>" if name == "-" else name
            raise InputError(show(output), "", f"is the input being read ({show(shown)}); "
                             "write the report to another file")


class _GuardedStdout(io.RawIOBase):
    """File descriptor 1 for writing. A failed write is an ``OutputError`` (a closed pipe stays
    ``BrokenPipeError``); after either, later writes are dropped, so the flush at exit does not
    report the same loss a second time."""

    def __init__(self, fd: int | None):
        super().__init__()
        self.fd = fd
        self.failed = False

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        if self.fd is None:
            raise OSError(errno.EBADF, "standard output is closed")
        return self.fd

    def isatty(self) -> bool:
        return self.fd is not None and os.isatty(self.fd)

    def write(self, data) -> int:
        if self.failed:
            return len(data)
        if self.fd is None:
            self.failed = True
            raise OutputError("<stdout>", "standard output is closed")
        try:
            return os.write(self.fd, data)
        except BrokenPipeError:
            self.failed = True
            raise
        except OSError as err:
            self.failed = True
            raise OutputError("<stdout>", err) from err


def guard_stdout() -> bool:
    """Route the process's real stdout through ``_GuardedStdout`` (also when it is closed, ``>&-``).

    Left alone: a terminal (the questionnaire's arrow keys talk to it directly) and a stream
    someone else installed (click's test runner). Returns True when the guard is in place."""
    current = sys.stdout
    if current is not None and (current is not sys.__stdout__ or current.isatty()):
        return isinstance(getattr(current, "buffer", None), io.BufferedWriter) and \
            isinstance(current.buffer.raw, _GuardedStdout)
    fd = None
    if current is not None:
        try:
            current.flush()
            fd = current.fileno()
        except (OSError, ValueError):
            fd = None
    sys.stdout = io.TextIOWrapper(io.BufferedWriter(_GuardedStdout(fd)),
                                  encoding=getattr(current, "encoding", None) or "utf-8",
                                  errors=getattr(current, "errors", None) or "strict")
    return True


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
def stop_on_signals(signums: tuple[int, ...] | None = None) -> Iterator[None]:
    """Within the block, the first SIGTERM/SIGHUP raises ``Stopped``; later ones wait for cleanup."""
    import signal  # here, not at the top: building its enums costs every cold ``check`` ~1 ms
    signums = signums or (signal.SIGTERM, signal.SIGHUP)
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
