"""History benchmark, run by hand: ``python -m tools.history_bench [--athletes N] [--weeks W] [--db FILE]``.

The history report (``stridewise history``) over 10,000 athletes x 52 weeks must take < 5 s with
memory flat. Measured two ways, each in a fresh process so the peak resident memory (VmHWM) is
that run's alone:

1. from a ``WeekRow`` stream (a generator: no list of rows), through the builder, into every
   format's writer (output to /dev/null), at 1,000 and at N athletes: flat memory means the peak
   does not grow with the athletes;
2. from a SQLite store (filled once with ``Store.import_week``, one import per week, kept with
   --db), end to end through ``cli.py history`` in each format.

Seasons are random but seeded: 0-100 severities in OSTRC steps, a cause when the severity is
above 0, 1% with a red flag, 5% of weeks skipped, 2% blank rows.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FORMATS = ("json", "csv", "markdown", "html", "text")
FIRST = dt.date(2025, 12, 1)


def weeks(n: int) -> tuple[dt.date, ...]:
    return tuple(FIRST + dt.timedelta(weeks=k) for k in range(n))


def season(athletes: int, n_weeks: int, seed: int = 52):
    """WeekRows in athlete order, then week: what ``Store.rows`` gives. A generator."""
    from advisor.reasoning.history import WeekRow
    from advisor.reasoning.team import Label
    rng = random.Random(seed)
    causes = [Label("weak_glutes", "Weak glutes (hip stabilisers)"), Label("tight_calves", "Tight calves"),
              Label("overstriding", "Overstriding")]
    condition = Label("patellofemoral_pain", "Runner's knee (patellofemoral pain)")
    days = weeks(n_weeks)
    for a in range(athletes):
        name, group = f"athlete{a:06d}", ("5k", "10k", "marathon", "trail")[a % 4]
        for week in days:
            roll = rng.random()
            if roll < 0.05:
                continue
            if roll < 0.07:
                yield WeekRow(week, name, group, False, "", (), None, 0.0, None, None, None, True)
                continue
            severity = rng.choice((0, 0, 0, 0, 8, 17, 25, 33, 50, 67, 75, 100))
            flag = rng.random() < 0.01
            cause = rng.choice(causes) if severity else None
            yield WeekRow(week, name, group, True, "urgent" if flag else "", ("suspected_bone_stress",) if flag else (),
                          cause, 0.7 if cause else 0.0, condition if cause and rng.random() < 0.3 else None,
                          severity, severity >= 50, True)


def peak_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one_stream(athletes: int, n_weeks: int, fmt: str) -> None:
    """Child process: the report from a generated stream into /dev/null; prints 'seconds peak_mb'."""
    from advisor.reasoning.trends import HistoryHead
    from advisor.render import history_writer
    from advisor.screening.trends import HistoryBuilder
    base = peak_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    head = HistoryHead("Not a diagnosis.", weeks(n_weeks))
    builder = HistoryBuilder(head)
    with open(os.devnull, "w", encoding="utf-8") as out:
        writer = history_writer(fmt, out)
        writer.begin(head)
        for trend in builder.athletes(season(athletes, n_weeks)):
            writer.athlete(trend)
        writer.end(builder.summary())
    print(f"{time.perf_counter() - t0:.2f} {time.process_time() - c0:.2f} {peak_mb():.1f} {base:.1f}")


def fill_store(path: Path, athletes: int, n_weeks: int) -> float:
    from advisor.store import open_store
    t0 = time.perf_counter()
    rows = list(season(athletes, n_weeks))
    by_week: dict = {}
    for row in rows:
        by_week.setdefault(row.week, []).append(row)
    with open_store(str(path)) as store:
        for week in sorted(by_week):
            store.import_week(week, by_week[week], source=f"bench {week}")
    return time.perf_counter() - t0


def _child(args: list[str]) -> tuple[float, ...]:
    out = subprocess.run([sys.executable, "-m", "tools.history_bench", *args], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.split()
    return tuple(map(float, out))


def _cli(db: Path, fmt: str) -> tuple[float, float, float]:
    """``cli.py history`` end to end in a fresh process: (wall seconds, CPU seconds, peak MB)."""
    gnu_time = Path("/usr/bin/time")
    with tempfile.TemporaryDirectory() as tmp:
        mem = Path(tmp) / "mem"
        cmd = [sys.executable, "cli.py", "history", "--db", str(db), "--format", fmt, "-o", os.devnull]
        if gnu_time.exists():
            cmd = [str(gnu_time), "-f", "%U %S %M", "-o", str(mem)] + cmd
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        seconds = time.perf_counter() - t0
        if not mem.exists():
            return seconds, float("nan"), float("nan")
        user, system, peak = mem.read_text().split()[-3:]
    return seconds, float(user) + float(system), int(peak) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--athletes", type=int, default=10_000)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--db", type=Path, help="Keep the SQLite store here (filled if missing).")
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--one", nargs=3, metavar=("ATHLETES", "WEEKS", "FORMAT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one_stream(int(args.one[0]), int(args.one[1]), args.one[2])
        return
    formats = args.formats.split(",")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"History report from a WeekRow stream ({args.weeks} weeks, generating the rows included), fresh "
          f"process each: wall s, CPU s, peak RSS (baseline after imports):")
    for fmt in formats:
        cells = []
        for n in (1_000, args.athletes):
            seconds, cpu, peak, base = _child(["--one", str(n), str(args.weeks), fmt])
            cells.append(f"{n:>6} athletes {seconds:5.2f} s (CPU {cpu:5.2f}) {peak:6.1f} MB ({base:.0f})")
        print(f"  {fmt:<8} " + " | ".join(cells))
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "season.db"
        if not db.exists():
            print(f"Filling a SQLite store with {args.athletes} athletes x {args.weeks} weeks ...", flush=True)
            print(f"  {fill_store(db, args.athletes, args.weeks):.1f} s ({db.stat().st_size / 1e6:.0f} MB)")
        print("stridewise history --db FILE, end to end from a cold process (cli.py), output to /dev/null:")
        for fmt in formats:
            seconds, cpu, peak = _cli(db, fmt)
            print(f"  {fmt:<8} {seconds:5.2f} s (CPU {cpu:5.2f})  peak {peak:6.1f} MB")
        from advisor.store import open_store
        with open_store(str(db), create=False) as store:
            t0, c0 = time.perf_counter(), time.process_time()
            n = sum(1 for _ in store.rows())
            print(f"  of which Store.rows() alone, {n} rows: {time.perf_counter() - t0:.2f} s "
                  f"(CPU {time.process_time() - c0:.2f})")
        print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
