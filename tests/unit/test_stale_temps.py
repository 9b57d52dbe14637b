"""remove_stale_temps removes only our own temp files of processes that are gone."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from advisor.frontends.output import remove_stale_temps, temp_prefix


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_only_stale_temps_of_dead_stridewise_processes_go(tmp_path):
    target = tmp_path / "team report.md"
    dead, alive = _dead_pid(), os.getppid()
    stale = tmp_path / f".team report.md.stridewise-{dead}.abc123"
    live = tmp_path / f".team report.md.stridewise-{alive}.abc123"
    other_target = tmp_path / f".other.md.stridewise-{dead}.abc123"
    not_ours = tmp_path / ".team report.md.abc123"
    fresh = tmp_path / f".team report.md.stridewise-{dead}.new"
    for path in (stale, live, other_target, not_ours, fresh):
        path.write_text("partial")
    old = time.time() - 3600
    for path in (stale, live, other_target, not_ours):
        os.utime(path, (old, old))  # fresh keeps a time after this process started
    assert remove_stale_temps(target) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (live, other_target, not_ours, fresh))


def test_our_own_prefix_names_this_process():
    assert temp_prefix(Path("/x/r.json")) == f".r.json.stridewise-{os.getpid()}."
