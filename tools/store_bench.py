"""Weekly history benchmark, run by hand: ``python -m tools.store_bench [--quick]``.

SQLite and PostgreSQL side by side (a throwaway PostgreSQL server is started, see
``tools/pg_server.py``; ``--postgresql URL`` uses yours instead, on an empty database):

1. ``stridewise screen --db`` of a 10,000-athlete roster from a cold process (screen + store),
   next to the same screen without --db;
2. the store alone: importing a 10,000-athlete week (new), the same again (unchanged) and a
   corrected week (every row changed, old versions kept);
3. reading 10,000 athletes x 52 weeks back through ``Store.rows()``, with the peak Python
   memory (tracemalloc) of reading 1 week and 52 weeks: flat when rows stream.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import random
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

from advisor.reasoning.history import WeekRow
from advisor.reasoning.team import Label
from advisor.store import open_store

ROOT = Path(__file__).resolve().parents[1]
FIRST = dt.date(2025, 12, 1)
CAUSES = [Label(f"cause_{n}", f"Cause number {n}") for n in range(12)]
CONDITIONS = [None, Label("pfp", "Patellofemoral pain"), Label("mtss", "Medial tibial stress syndrome")]


def week_rows(athletes: int, week: dt.date, seed: int) -> list[WeekRow]:
    rng = random.Random(seed)
    groups = ["sprint", "middle distance", "marathon", "trail"]
    rows = []
    for n in range(athletes):
        severity = rng.choice([None, 0, 0, 0, 8, 17, 25, 33, 50, 67, 100])
        cause = rng.choice([None, *CAUSES])
        rows.append(WeekRow(week, f"athlete{n:06d}", groups[n % 4], severity is not None, "" if rng.random() > .02
                            else "urgent", () if rng.random() > .02 else ("night_pain",), cause,
                            round(rng.random(), 3) if cause else 0.0, rng.choice(CONDITIONS), severity,
                            None if severity is None else severity >= 40, True))
    return rows


def timed(func):
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def bench_cli(target: str, athletes: int, tmp: Path) -> dict:
    from tools.roster_bench import make_roster
    from advisor.reasoning.advisor import get_advisor
    roster = tmp / "roster.csv"
    if not roster.exists():
        make_roster(roster, athletes, get_advisor(None).kb)
    base = [sys.executable, "cli.py", "screen", str(roster), "--format", "json", "-o", str(tmp / "out.json")]
    plain, _ = timed(lambda: subprocess.run(base, cwd=ROOT, check=True, capture_output=True))
    stored, done = timed(lambda: subprocess.run(base + ["--db", target, "--week", "2026-W48"], cwd=ROOT,
                                                capture_output=True, text=True))
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return {"screen (no --db)": plain, "screen --db (new week)": stored}


def bench_store(target: str, athletes: int, weeks: int) -> dict:
    figures = {}
    week = FIRST
    rows = week_rows(athletes, week, 1)
    with open_store(target) as store:
        figures[f"import {athletes:,} (new)"], s = timed(lambda: store.import_week(week, rows, "bench"))
        assert s.new == athletes
        figures[f"import {athletes:,} (unchanged)"], s = timed(lambda: store.import_week(week, rows, "bench"))
        assert s.unchanged == athletes
        changed = [replace(r, severity=(r.severity or 0) + 1) for r in rows]
        figures[f"import {athletes:,} (all corrected)"], s = timed(lambda: store.import_week(week, changed, "bench"))
        assert s.corrected == athletes
        figures["previous_week"], _ = timed(lambda: store.previous_week(week + dt.timedelta(days=7)))
        figures["peak MiB, rows() of 1 week"] = peak(store)
        start = time.perf_counter()
        for n in range(1, weeks):
            day = FIRST + dt.timedelta(days=7 * n)
            store.import_week(day, week_rows(athletes, day, n), "bench")
        figures[f"fill {weeks - 1} more weeks (each)"] = (time.perf_counter() - start) / max(1, weeks - 1)
        count = 0

        def read():
            nonlocal count
            count = sum(1 for _ in store.rows())
        figures[f"rows() {athletes:,} x {weeks} weeks"], _ = timed(read)
        assert count == athletes * weeks, count
        figures[f"peak MiB, rows() of {weeks} weeks"] = peak(store)
        figures["rows(athlete=...) one athlete"], found = timed(lambda: list(store.rows(athlete="athlete000123")))
        assert len(found) == weeks
    return figures


def peak(store) -> float:
    """Peak MiB of Python memory while reading every stored row (a pass of its own: tracemalloc slows it)."""
    tracemalloc.start()
    try:
        for _ in store.rows():
            pass
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--athletes", type=int, default=10_000)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--postgresql", metavar="URL", help="an empty database to use instead of a throwaway server")
    parser.add_argument("--no-cli", action="store_true", help="skip the screen --db runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        tmp = Path(tmp)
        if args.postgresql:
            pg = pg_cli = args.postgresql
        else:
            from tools.pg_server import temporary_server
            server = stack.enter_context(temporary_server())
            server.sql("CREATE DATABASE bench_cli")
            server.sql("CREATE DATABASE bench_store")
            pg_cli, pg = server.url("bench_cli"), server.url("bench_store")
        columns = {}
        for name, cli_target, store_target in (("SQLite", str(tmp / "cli.db"), str(tmp / "store.db")),
                                               ("PostgreSQL", pg_cli, pg)):
            figures = {} if args.no_cli else bench_cli(cli_target, args.athletes, tmp)
            figures.update(bench_store(store_target, args.athletes, args.weeks))
            columns[name] = figures
            print(f"{name}: done", file=sys.stderr)
    names = list(columns["SQLite"])
    width = max(map(len, names))
    print(f"{'':{width}}  {'SQLite':>10}  {'PostgreSQL':>10}")
    for key in names:
        unit = "" if key.startswith("peak") else " s"
        print(f"{key:{width}}  {columns['SQLite'][key]:>8.2f}{unit:2}  {columns['PostgreSQL'][key]:>8.2f}{unit}")


if __name__ == "__main__":
    main()
