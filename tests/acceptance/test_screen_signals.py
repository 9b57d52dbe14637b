"""stridewise screen when things go wrong outside it: a killed worker, SIGTERM, SIGHUP, SIGKILL.

These run the real command in a subprocess on a roster long enough to be mid-screen when
the signal arrives, and find its worker processes through /proc (Linux, like the pool).
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tools.roster_bench import make_roster

ROOT = Path(__file__).resolve().parents[2]
ROWS = 100_000  # about 10 s of screening with two workers: the signal always lands mid-roster
DEADLINE = 30  # seconds a stopped screen may take to exit: the old pool waited forever


@pytest.fixture(scope="module")
def long_roster(tmp_path_factory, kb) -> Path:
    path = tmp_path_factory.mktemp("long") / "roster.csv"
    make_roster(path, ROWS, kb)
    return path


def _children(pid: int) -> list[int]:
    kids = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return kids


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start(roster: Path, out: Path, own_group: bool = False) -> tuple[subprocess.Popen, list[int]]:
    """A screen with two workers writing to ``out``, once its workers and temp file exist.

    ``own_group`` runs it in a process group of its own, as a shell does a foreground job."""
    proc = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "screen", str(roster), "--format", "json",
                             "--workers", "2", "-o", str(out)], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, start_new_session=own_group)
    until = time.monotonic() + DEADLINE
    while time.monotonic() < until:
        workers = _children(proc.pid)
        if len(workers) >= 2 and _temps(out):
            time.sleep(0.5)  # let the workers take their first chunks
            return proc, workers
        assert proc.poll() is None, proc.communicate()[1]
        time.sleep(0.05)
    proc.kill()
    raise AssertionError("the screen never started its two workers")


def _temps(out: Path) -> list[str]:
    return [p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")]


def _finish(proc: subprocess.Popen) -> str:
    try:
        return proc.communicate(timeout=DEADLINE)[1]
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise AssertionError(f"the screen did not exit within {DEADLINE} s") from None


def test_a_killed_worker_fails_the_screen_in_seconds(long_roster, tmp_path):
    out = tmp_path / "report.json"
    proc, workers = _start(long_roster, out)
    os.kill(workers[0], signal.SIGKILL)
    stderr = _finish(proc)
    assert proc.returncode == 1
    assert stderr.splitlines() == ["stridewise: error: a screening worker process died (killed by SIGKILL); "
                                   "the roster was not fully screened and no complete report exists"]
    assert not out.exists() and _temps(out) == []  # nothing partial passed off as the whole roster
    assert not any(_running(w) for w in workers)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_remove_the_partial_report(long_roster, tmp_path, signum):
    out = tmp_path / "report.json"
    out.write_text("old report")
    proc, workers = _start(long_roster, out)
    os.kill(proc.pid, signum)
    stderr = _finish(proc)
    assert proc.returncode == 128 + signum
    assert stderr.splitlines() == [f"stridewise: error: stopped by {signal.Signals(signum).name}; "
                                   "no report was written"]  # one line: no worker traceback
    assert out.read_text() == "old report" and _temps(out) == []
    assert not any(_running(w) for w in workers)


def test_a_hangup_of_the_whole_process_group_is_one_line_too(long_roster, tmp_path):
    out = tmp_path / "report.json"
    proc, workers = _start(long_roster, out, own_group=True)
    os.killpg(proc.pid, signal.SIGHUP)  # what a closed terminal does: the whole group, at once
    stderr = _finish(proc)
    assert proc.returncode == 128 + signal.SIGHUP
    assert len(stderr.splitlines()) == 1 and "Traceback" not in stderr
    assert not out.exists() and _temps(out) == []


def test_after_sigkill_the_next_run_removes_the_stale_temp_file(long_roster, tmp_path, run_line):
    out = tmp_path / "report.md"
    proc, workers = _start(long_roster, out)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=DEADLINE)
    stale = _temps(out)
    assert len(stale) == 1 and f"stridewise-{proc.pid}-" in stale[0]
    until = time.monotonic() + DEADLINE
    while any(_running(w) for w in workers) and time.monotonic() < until:
        time.sleep(0.05)
    assert not any(_running(w) for w in workers)  # the workers die with the main process
    result = run_line(["screen", str(ROOT / "tests" / "rosters" / "small" / "roster.csv"), "-o", str(out)])
    assert result.exit_code == 0
    assert _temps(out) == [] and out.read_text().startswith("# Team screening, week ")
