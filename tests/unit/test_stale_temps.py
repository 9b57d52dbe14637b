"""remove_stale_temps removes only our own temp files of processes that are gone."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from advisor.frontends.output import remove_stale_temps, temp_prefix


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_only_stale_temps_of_dead_stridewise_processes_of_this_host_go(tmp_path):
    target = tmp_path / "team report.md"
    dead, alive, host = _dead_pid(), os.getppid(), os.uname().nodename
    stale = tmp_path / f".team report.md.stridewise-{dead}-{host}.abc123"
    live = tmp_path / f".team report.md.stridewise-{alive}-{host}.abc123"
    other_host = tmp_path / f".team report.md.stridewise-{dead}-elsewhere.example.abc123"
    other_target = tmp_path / f".other.md.stridewise-{dead}-{host}.abc123"
    not_ours = tmp_path / ".team report.md.abc123"
    for path in (stale, live, other_host, other_target, not_ours):
        path.write_text("partial")
    assert remove_stale_temps(target) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (live, other_host, other_target, not_ours))


def test_our_own_prefix_names_this_process_and_host():
    assert temp_prefix(Path("/x/r.json")) == f".r.json.stridewise-{os.getpid()}-{os.uname().nodename}."
