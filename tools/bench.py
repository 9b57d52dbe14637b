"""Benchmark, run by hand: ``python -m tools.bench`` (add ``--quick`` for a short run).

Engine: per-case median and p99 over N generated cases in one process, cases per second,
memory (RSS) at the start and end of the run (flat means no per-case leak); full advice
(engine + scoring); and ``stridewise check`` wall time from a cold process. The
``ask`` simulation and ``screen`` rosters have their own sections.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generate_cases(kb, n: int, seed: int = 7, low: int = 1, high: int = 8):
    rng = random.Random(seed)
    ids = sorted(kb.observations)
    cases = []
    for _ in range(n):
        chosen = rng.sample(ids, rng.randint(low, min(high, len(ids))))
        present = {o for o in chosen if rng.random() < 0.75}
        cases.append((frozenset(present), frozenset(set(chosen) - present)))
    return cases


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def bench_engine(n: int, heavy: bool = False) -> None:
    from advisor.reasoning.advisor import get_advisor
    from advisor.reasoning.case import Case
    advisor = get_advisor(None)
    kb = advisor.kb
    cases = generate_cases(kb, n, low=15, high=30) if heavy else generate_cases(kb, n)
    if heavy:
        print("-- heavy cases: 15-30 observations each (a stress test, far above a real report)")
    for present, absent in cases[:200]:  # warm-up
        advisor.engine.run(present, absent)
    rss_start = rss_mb()
    times = []
    firings = 0
    t0 = time.perf_counter()
    for present, absent in cases:
        s = time.perf_counter_ns()
        trace = advisor.engine.run(present, absent)
        times.append((time.perf_counter_ns() - s) / 1000)
        firings += len(trace.firings)
    total = time.perf_counter() - t0
    rss_end = rss_mb()
    print(f"rule pack: {len(kb.rules)} rules, {len(kb.observations)} observations, {len(kb.causes)} causes")
    print(f"engine (durable-rules C core), {n:,} generated cases, {firings / n:.1f} firings per case:")
    print(f"  per case median {statistics.median(times):.0f} us, p99 {percentile(times, 0.99):.0f} us")
    print(f"  {n / total:,.0f} cases/s ({total:.2f} s); RSS {rss_start:.1f} MB at start, {rss_end:.1f} MB at end")
    times = []
    t0 = time.perf_counter()
    for present, absent in cases:
        s = time.perf_counter_ns()
        advisor.advise(Case(present, absent))
        times.append((time.perf_counter_ns() - s) / 1000)
    total = time.perf_counter() - t0
    print(f"full advice (engine + scoring + result): median {statistics.median(times):.0f} us, "
          f"p99 {percentile(times, 0.99):.0f} us, {n / total:,.0f} cases/s; RSS {rss_mb():.1f} MB")


def bench_cold_check(runs: int) -> None:
    exe = shutil.which("stridewise") or str(Path(sys.executable).with_name("stridewise"))
    example = Path(__file__).resolve().parent.parent / "examples" / "knee_caves_in.json"
    if not example.exists():
        example = Path("examples/knee_caves_in.json")
    if not Path(exe).exists() or not example.exists():
        print("stridewise check cold: skipped (install the package and run from the repository)")
        return
    walls = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([exe, "check", str(example)], check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - t0)
    print(f"stridewise check {example.name}, cold process: median {statistics.median(walls) * 1000:.0f} ms, "
          f"max {max(walls) * 1000:.0f} ms over {runs} runs")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tools.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--quick", action="store_true", help="1,000 cases, fewer runs")
    parser.add_argument("--only", choices=["engine", "check", "ask", "screen"], action="append")
    args = parser.parse_args(argv)
    n = 1000 if args.quick else args.cases
    only = set(args.only or ["engine", "check", "ask", "screen"])
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    if "engine" in only:
        bench_engine(n)
        bench_engine(n, heavy=True)
    if "check" in only:
        bench_cold_check(5 if args.quick else 15)
    if "ask" in only:
        try:
            from tools.simulate import report
        except ImportError:
            pass
        else:
            report()
    if "screen" in only:
        try:
            from tools.roster_bench import bench_screen
        except ImportError:
            pass
        else:
            bench_screen(quick=args.quick)


if __name__ == "__main__":
    main()
