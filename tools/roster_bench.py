"""Roster benchmark: ``python -m tools.roster_bench`` (also part of ``python -m tools.bench``).

Generates rosters of 1,000, 10,000 and 100,000 athletes (0-4 observations each, drawn
from the non-red-flag observations, 2% with a red-flag item) and times ``stridewise screen``
end to end in a fresh process, with peak memory of that process tree.
"""
from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def make_roster(path: Path, n: int, kb, seed: int = 11) -> None:
    rng = random.Random(seed)
    normal = sorted(o for o, v in kb.observations.items() if v.category.value != "red_flag")
    red = sorted(o for o, v in kb.observations.items() if v.category.value == "red_flag")
    groups = ["sprint", "middle distance", "marathon", "trail"]
    with path.open("w", encoding="utf-8") as fh:
        fh.write("athlete,group,observations\n")
        for i in range(n):
            obs = rng.sample(normal, rng.randint(0, 4))
            if rng.random() < 0.02:
                obs.append(rng.choice(red))
            fh.write(f"athlete{i:06d},{groups[i % 4]},{';'.join(obs)}\n")


def _peak_rss_mb(pid_status: str) -> float:
    for line in pid_status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def bench_screen(quick: bool = False) -> None:
    from advisor.reasoning.advisor import get_advisor
    kb = get_advisor(None).kb
    exe = shutil.which("stridewise") or str(Path(sys.executable).with_name("stridewise"))
    if not Path(exe).exists():
        print("screen benchmark: skipped (install the package first)")
        return
    sizes = [1_000, 10_000] if quick else [1_000, 10_000, 100_000]
    print("stridewise screen, end to end from a cold process (CSV in, JSON report out):")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            roster = Path(tmp) / f"roster{n}.csv"
            make_roster(roster, n, kb)
            out = Path(tmp) / f"report{n}.json"
            cmd = [exe, "screen", str(roster), "--format", "json", "-o", str(out)]
            gnu_time = Path("/usr/bin/time")
            mem_file = Path(tmp) / "mem.txt"
            if gnu_time.exists():  # GNU time: peak RSS of the command's own process tree
                cmd = [str(gnu_time), "-f", "%M", "-o", str(mem_file)] + cmd
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - t0
            proc.returncode = os.waitstatus_to_exitcode(status)
            peak_kb = int(mem_file.read_text().split()[-1]) if mem_file.exists() else usage.ru_maxrss
            ok = "ok" if proc.returncode in (0, 5) else f"FAILED (exit {proc.returncode})"
            print(f"  {n:>7,} athletes: {wall:6.2f} s wall, {n / wall:>8,.0f} athletes/s, "
                  f"peak RSS {peak_kb / 1024:.0f} MB, report {out.stat().st_size / 1e6:.1f} MB  [{ok}]")


if __name__ == "__main__":
    bench_screen(quick="--quick" in sys.argv)
