"""Data care in the weekly history, with real processes: a SIGKILL mid-import leaves the
previous state intact, and two imports at once lose nothing, on SQLite and on PostgreSQL."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.store import open_store
from tests.store_worker import W48, rows
from tests.unit.test_store import dump

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "history.db")
    return request.getfixturevalue("postgres_url")


def worker(target, first, count, severity, *options) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.store_worker", target, str(first), str(count), str(severity),
                             *options], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def integrity(target) -> str:
    if target.startswith("postgresql://"):
        return "ok"  # the server rolls back an unfinished transaction itself; the content check below tells
    with sqlite3.connect(target) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def test_a_killed_import_leaves_the_previous_state_intact(target):
    with open_store(target) as store:
        store.import_week(W48, rows(0, 50, 10), "before.csv")
    before = dump(target)
    # corrects the 50 and adds 2,950 more; killed after its first batch is written, inside the transaction
    proc = worker(target, 0, 3000, 60, "--pause", "60")
    try:
        assert proc.stdout.readline() == "wrote\n", proc.stderr.read()
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert integrity(target) == "ok"
    assert dump(target) == before
    with open_store(target) as store:  # and the store is usable: no lock left behind
        assert store.import_week(W48, rows(0, 60, 10), "after.csv").new == 10


def test_two_imports_at_once_lose_nothing(target, tmp_path):
    go = tmp_path / "go"
    # overlapping athletes (1000-1499) with different answers; each pauses inside its
    # transaction, so without the write lock they would interleave (and one would fail)
    first = worker(target, 0, 1500, 10, "--go", str(go), "--pause", "0.3")
    second = worker(target, 1000, 1500, 20, "--go", str(go), "--pause", "0.3")
    go.touch()
    outs = [p.communicate(timeout=300) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], outs
    done = [out.strip().splitlines()[-1].split() for out, _ in outs]
    new, corrected = (sum(int(d[i]) for d in done) for i in (1, 2))
    assert (new, corrected) == (2500, 500), done
    with open_store(target) as store:
        stored = {r.athlete: r.severity for r in store.rows()}
        assert len(stored) == 2500
        # every overlapping athlete: one answer current, the other kept as its revision
        for n in (1000, 1250, 1499):
            name = f"Athlete {n:05d}"
            kept = [r.row.severity for r in store.revisions(name, W48)]
            assert sorted([stored[name], *kept]) == [10, 20]
    assert integrity(target) == "ok"
