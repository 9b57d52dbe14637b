"""Benchmark, run by hand: ``python -m tools.bench`` (add ``--quick`` for a short run).

One run prints, side by side on the same generated cases:
* the engine: a plain-Python forward chainer (the floor: what pure Python can do on
  this pack), the engine as it was at ``--before`` (a git revision, loaded from git
  history), and the engine now; per-case median and p99, cases/s, and the ratio to the
  floor;
* full advice (engine + certainty + explanation + result) before and now, and the floor
  chainer with today's explanation;
* ``stridewise check`` wall time from a cold process, ``--before-exe`` against the
  installed ``stridewise`` (with its rule-pack cache, and with ``STRIDEWISE_NO_CACHE=1``),
  beside two floors under the same Python: ``python -c pass`` and ``python -c "import
  click"``; median and minimum over ``--runs`` runs (``--only check`` for this part alone).

Implementations take turns on blocks of cases, so a change in machine load hits all of
them alike; the load average is printed at the start and the end. Every trace and result
is compared: the run fails if before, now and the floor disagree on any case.
The ``ask`` simulation and ``screen`` rosters have their own sections.
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
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BEFORE = "248a594"
"""The last revision before the faster answer path (engine, certainty, explain)."""


def rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_average() -> str:
    try:
        return " / ".join(f"{v:.2f}" for v in os.getloadavg()) + " (1 / 5 / 15 min)"
    except OSError:
        return "unknown"


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


# -- the floor -----------------------------------------------------------------------------
class PlainChainer:
    """Forward chaining in plain Python, rules indexed by the facts they wait for.

    The same semantics as tests/unit/reference_chainer.py (which stays naive: it is the
    oracle), written for speed: each firing is prebuilt, and a rule is looked at only when
    one of its facts arrives. The run checks it agrees with the engine on every case.
    """

    def __init__(self, kb):
        from advisor.reasoning.engine import Firing
        self.waiting: dict[str, list[tuple[frozenset[str], object, str | None]]] = {}
        for rule in kb.rules:
            alternatives = [rule.all + (alt,) for alt in rule.any] if rule.any else [rule.all]
            for literals in alternatives:
                keys = frozenset(lit.key for lit in literals)
                entry = (keys, Firing(rule.id, tuple(sorted(keys)), rule.then),
                         "+" + rule.then if rule.weight > 0 else None)
                for key in keys:
                    self.waiting.setdefault(key, []).append(entry)
        self.order = {}
        for entries in self.waiting.values():
            for _, firing, _ in entries:
                self.order[firing] = (firing.rule, firing.premises)

    def run(self, present, absent=frozenset()):
        from advisor.reasoning.engine import Trace
        facts = {"+" + o for o in present}
        facts.update("-" + o for o in absent if o not in present)
        fired = set()
        agenda = list(facts)
        waiting = self.waiting
        while agenda:
            for keys, firing, derived in waiting.get(agenda.pop(), ()):
                if firing not in fired and keys <= facts:
                    fired.add(firing)
                    if derived is not None and derived not in facts:
                        facts.add(derived)
                        agenda.append(derived)
        return Trace(frozenset(facts), tuple(sorted(fired, key=self.order.__getitem__)))


# -- the code as it was ----------------------------------------------------------------------
def load_before(ref: str):
    """The engine, certainty and explain modules at git revision ``ref``, as a separate package."""
    package = "_bench_before"
    sources = {}
    for name in ("engine", "certainty", "explain"):
        done = subprocess.run(["git", "-C", str(ROOT), "show", f"{ref}:advisor/reasoning/{name}.py"],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip() or f"git show failed for {name}.py")
        sources[name] = done.stdout
    sys.modules[package] = types.ModuleType(package)
    modules = {}
    for name in ("engine", "certainty", "explain"):
        text = sources[name]
        for other in ("engine", "certainty", "explain"):
            text = text.replace(f"advisor.reasoning.{other} import", f"{package}.{other} import")
        module = types.ModuleType(f"{package}.{name}")
        module.__file__ = f"{ref}:advisor/reasoning/{name}.py"
        sys.modules[module.__name__] = module
        exec(compile(text, module.__file__, "exec"), module.__dict__)
        modules[name] = module
    return modules


# -- timing --------------------------------------------------------------------------------
def timed(runs: dict, cases, block: int = 250) -> dict[str, list[float]]:
    """Per-case microseconds for each named callable; they take turns on blocks of cases."""
    times = {name: [] for name in runs}
    for start in range(0, len(cases), block):
        chunk = cases[start:start + block]
        for name, run in runs.items():
            out = times[name]
            clock = time.perf_counter_ns
            for present, absent in chunk:
                s = clock()
                run(present, absent)
                out.append((clock() - s) / 1000)
    return times


def table(title: str, times: dict[str, list[float]], floor: str | None) -> None:
    print(title)
    base = statistics.median(times[floor]) if floor else None
    width = max(len(n) for n in times)
    print(f"  {'':<{width}}  {'median':>8}  {'p99':>8}  {'cases/s':>9}" + ("  median vs floor" if base else ""))
    for name, values in times.items():
        med = statistics.median(values)
        rate = len(values) / (sum(values) / 1e6)
        ratio = f"  {med / base:>6.1f}x" if base else ""
        print(f"  {name:<{width}}  {med:>6.0f} us  {percentile(values, 0.99):>5.0f} us  {rate:>9,.0f}{ratio}")


def same_trace(a, b) -> bool:
    def plain(t):
        return t.facts, tuple((f.rule, f.premises, f.conclusion) for f in t.firings)
    return plain(a) == plain(b)


def bench_engine(n: int, before_ref: str | None, heavy: bool = False) -> bool:
    from advisor.knowledge.loader import load_knowledge_base
    from advisor.reasoning.advisor import Advisor
    from advisor.reasoning.case import Case
    kb = load_knowledge_base()
    now = Advisor(kb)
    floor = PlainChainer(kb)
    before = None
    if before_ref:
        try:
            old = load_before(before_ref)
            before = (old["engine"].Engine(kb), old["explain"].Explainer(kb, old["certainty"].Certainty(kb)))
        except Exception as err:  # noqa: BLE001 - a checkout without history still benchmarks "now"
            print(f"before ({before_ref}): skipped ({err})")
    cases = (generate_cases(kb, n, low=15, high=30) if heavy else generate_cases(kb, n))
    kind = "15-30 observations each (a stress test, far above a real report)" if heavy else "1-8 observations each"
    advice_before_ok = before is not None
    """False once the old explanation fails on today's pack: it reads the model as it was, and a
    model that moved on (a field dropped) breaks it. Its engine is still compared and timed."""
    # Every implementation must give the same answers before its time counts.
    mismatches = 0
    before_differs = 0
    """Cases where the code from history answers otherwise: reported, not a failure (it is older
    than today's rules and fixes); the floor chainer is the oracle."""
    firings = 0
    for present, absent in cases:
        got = now.engine.run(present, absent)
        firings += len(got.firings)
        if not same_trace(got, floor.run(present, absent)):
            mismatches += 1
        if before:
            old_trace = before[0].run(present, absent)
            case = Case(present, absent)
            if not same_trace(got, old_trace):
                before_differs += 1
            elif advice_before_ok:
                try:
                    before_differs += before[1].explain(case, old_trace) != now.advise(case)
                except Exception as err:  # noqa: BLE001 - any failure of code from history
                    advice_before_ok = False
                    print(f"before ({before_ref}): full advice not compared: its explanation cannot read "
                          f"today's rule pack ({type(err).__name__}: {err}); its engine is")
    label = f"before ({before_ref})"
    engines = {"plain-Python floor": floor.run}
    if before:
        engines[label] = before[0].run
    engines["now"] = now.engine.run
    engine_times = timed(engines, cases)
    rss_start = rss_mb()
    for present, absent in cases:  # once more, the engine alone: does its memory stay flat?
        now.engine.run(present, absent)
    rss_end = rss_mb()

    def advise_before(present, absent):
        case = Case(present, absent)
        return before[1].explain(case, before[0].run(present, absent))

    def advise_floor(present, absent):
        return now.explainer.explain(Case(present, absent), floor.run(present, absent))

    def advise_now(present, absent):
        return now.advise(Case(present, absent))

    advice = {"floor chainer + explanation": advise_floor}
    if advice_before_ok:
        advice[label] = advise_before
    advice["now"] = advise_now
    advice_times = timed(advice, cases)

    print(f"rule pack: {len(kb.rules)} rules, {len(kb.observations)} observations, {len(kb.causes)} causes")
    table(f"engine, {n:,} generated cases, {kind}, {firings / n:.1f} firings per case:", engine_times,
          "plain-Python floor")
    table("full advice (engine + certainty + explanation + result):", advice_times, "floor chainer + explanation")
    if not heavy:
        print("  targets (normal cases, quiet machine): engine median <= 60 us; "
              "full advice median <= 100 us, p99 <= 250 us")
    if before:
        e = statistics.median(engine_times[label]) / statistics.median(engine_times["now"])
        a = (f", full advice {statistics.median(advice_times[label]) / statistics.median(advice_times['now']):.1f}x"
             if advice_before_ok else "")
        print(f"  now vs before: engine {e:.1f}x{a} faster (medians)")
    print(f"  RSS {rss_start:.1f} MB before another {n:,} cases through the engine now, "
          f"{rss_end:.1f} MB after (flat: no per-case leak)")
    print(f"  answers: now and the floor {'identical on every case' if not mismatches else f'DIFFER on {mismatches} cases'}")
    if before:
        print(f"  before ({before_ref}) answers otherwise on {before_differs} of {n:,} cases (older code: not a failure)")
    return mismatches == 0


def interpreter_of(exe: str) -> str | None:
    """The Python a console script runs under (its ``#!`` line), for the floors beside it."""
    try:
        with open(exe, "rb") as fh:
            first = fh.readline().decode("utf-8", "replace").strip()
    except OSError:
        return None
    if first.startswith("#!"):
        cmd = first[2:].split()
        if cmd and os.path.basename(cmd[0]).startswith("python") and Path(cmd[0]).exists():
            return cmd[0]
    beside = Path(exe).with_name("python")
    return str(beside) if beside.exists() else None


def bench_cold_check(runs: int, before_exe: str | None, exe: str | None = None,
                     instructions: bool = False) -> None:
    """``stridewise check`` on the example, each run a new process, beside two floors.

    The floors run under the same interpreter as ``exe``: ``python -c pass`` (Python's own
    start, site-packages included) and ``python -c "import click"`` (the least any click
    command can cost). Every variant takes its turn in each round, so a change in load hits
    all of them alike; the median and the minimum are both printed (on a shared machine the
    minimum is the least disturbed run, the median the typical one). With ``instructions``
    (and valgrind installed), also the instructions each variant executes: a count that the
    other work on a shared machine does not move, for comparing two versions.
    """
    exe = exe or shutil.which("stridewise") or str(Path(sys.executable).with_name("stridewise"))
    example = ROOT / "examples" / "knee_caves_in.json"
    if not Path(exe).exists() or not example.exists():
        print("stridewise check cold: skipped (install the package and run from the repository)")
        return
    python = interpreter_of(exe)
    variants: dict[str, tuple[list[str], dict]] = {}
    if python:
        variants["floor: python -c pass"] = ([python, "-c", "pass"], {})
        variants["floor: python -c 'import click'"] = ([python, "-c", "import click"], {})
    if before_exe:
        variants[f"before ({before_exe})"] = ([before_exe, "check", str(example)], {})
    variants[f"now ({exe})"] = ([exe, "check", str(example)], {})
    variants["now, STRIDEWISE_NO_CACHE=1"] = ([exe, "check", str(example)], {"STRIDEWISE_NO_CACHE": "1"})
    walls: dict[str, list[float]] = {name: [] for name in variants}
    cpus: dict[str, list[float]] = {name: [] for name in variants}
    outputs = {}
    for name, (cmd, env) in variants.items():  # warm-up: the OS file cache, and fills the rule-pack cache
        outputs[name] = subprocess.run(cmd, check=True, capture_output=True, env={**os.environ, **env}).stdout
    print(f"stridewise check {example.name}, cold process, {runs} runs each (taking turns; "
          f"target <= 70 ms wall on a quiet machine); load average {load_average()}")
    for _ in range(runs):
        for name, (cmd, env) in variants.items():
            t0 = time.perf_counter()
            child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, env={**os.environ, **env})
            _, status, usage = os.wait4(child.pid, 0)
            walls[name].append((time.perf_counter() - t0) * 1000)
            # The process's own CPU time (user + system) moves less with the machine's load than its wall time.
            cpus[name].append((usage.ru_utime + usage.ru_stime) * 1000)
            if os.waitstatus_to_exitcode(status) != 0:
                raise SystemExit(f"{name}: exit code {os.waitstatus_to_exitcode(status)}")
    width = max(len(n) for n in walls)
    print(f"  {'':<{width}}  wall median (min, max)     CPU median (min)")
    for name, values in walls.items():
        print(f"  {name:<{width}}  {statistics.median(values):4.0f} ms ({min(values):4.0f}, {max(values):4.0f})"
              f"     {statistics.median(cpus[name]):4.0f} ms ({min(cpus[name]):4.0f})")
    checks = {out for name, out in outputs.items() if not name.startswith("floor")}
    print(f"  output: {'the same from every check' if len(checks) == 1 else 'DIFFERS between the checks'}; "
          f"load average after: {load_average()}")
    if instructions:
        print("  instructions executed (valgrind callgrind, one run each; not moved by the machine's load):")
        for name, (cmd, env) in variants.items():
            count = instructions_of(cmd, env)
            shown = f"{count / 1e6:6.1f} M" if count is not None else "   (valgrind failed)"
            print(f"  {name:<{width}}  {shown}")


def instructions_of(cmd: list[str], env: dict) -> int | None:
    """Instructions one run of ``cmd`` executes, counted by valgrind's callgrind (about 50x slower)."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "callgrind.out")
        done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *cmd],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **env})
        if done.returncode != 0 or not os.path.exists(out):
            return None
        with open(out, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.startswith(("summary:", "totals:")):
                    return int(line.split()[1])
    return None


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tools.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--quick", action="store_true", help="1,000 cases, fewer runs")
    parser.add_argument("--only", choices=["engine", "check", "ask", "screen"], action="append")
    parser.add_argument("--before", default=BEFORE, metavar="REV",
                        help=f"git revision to compare with (default {BEFORE}); '' to skip")
    parser.add_argument("--before-exe", metavar="PATH",
                        help="a 'stridewise' installed from the old revision, for the cold-start comparison")
    parser.add_argument("--exe", metavar="PATH",
                        help="the 'stridewise' to time cold (default: the one on PATH or beside this Python)")
    parser.add_argument("--runs", type=int, metavar="N",
                        help="cold-check runs per variant (default 21; 5 with --quick)")
    parser.add_argument("--instructions", action="store_true",
                        help="also count each cold-check variant's instructions under valgrind (load-independent)")
    args = parser.parse_args(argv)
    n = 1000 if args.quick else args.cases
    only = set(args.only or ["engine", "check", "ask", "screen"])
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; load average {load_average()}")
    ok = True
    if "engine" in only:
        ok &= bench_engine(n, args.before or None)
        ok &= bench_engine(n, args.before or None, heavy=True)
    if "check" in only:
        bench_cold_check(args.runs or (5 if args.quick else 21), args.before_exe, args.exe,
                         args.instructions and shutil.which("valgrind") is not None)
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
    print(f"load average at the end: {load_average()}")
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
