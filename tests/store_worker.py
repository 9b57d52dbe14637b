"""A separate process importing one week into a store, for the kill and two-writers tests.

    python -m tests.store_worker TARGET FIRST COUNT SEVERITY [--go FILE] [--pause SECONDS]

Imports athletes FIRST..FIRST+COUNT-1 of week 2026-W48 with SEVERITY. --go waits for FILE to
exist first (two workers start together); after each batch written it prints "wrote" and,
with --pause, sleeps inside the open transaction (where the tests kill it or race it).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time

from advisor.reasoning.history import WeekRow
from advisor.reasoning.team import Label
from advisor.store import backends, open_store

W48 = dt.date(2026, 11, 23)


def rows(first: int, count: int, severity: int):
    for n in range(first, first + count):
        yield WeekRow(W48, f"Athlete {n:05d}", "distance", True, "", (), Label("weak_glutes", "Weak glutes"), 0.5,
                      None, severity, severity >= 40, True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("target")
    parser.add_argument("first", type=int)
    parser.add_argument("count", type=int)
    parser.add_argument("severity", type=int)
    parser.add_argument("--go")
    parser.add_argument("--pause", type=float, default=0.0)
    args = parser.parse_args()
    for backend in (backends.SQLiteBackend, backends.PostgresBackend):
        original = backend.executemany

        def slow(self, sql, batch, original=original):
            original(self, sql, batch)
            print("wrote", flush=True)
            time.sleep(args.pause)
        backend.executemany = slow
    if args.go:
        while not os.path.exists(args.go):
            time.sleep(0.01)
    with open_store(args.target) as store:
        summary = store.import_week(W48, rows(args.first, args.count, args.severity), "worker.csv")
    print(f"done {summary.new} {summary.corrected} {summary.unchanged}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
