"""Load benchmark for ``stridewise serve``, run by hand against localhost (never a test).

    python -m tools.load_bench                 # starts its own server: 2 workers on a free port
    python -m tools.load_bench --url http://127.0.0.1:8000 --duration 10

Three parts, each bounded in count and time:
1. ``POST /api/v1/check`` at a fixed arrival rate (open loop: request i is due at i/rate s,
   and its latency counts from when it was due, so a stalled server cannot hide its queue).
2. ``/api/v1/ask`` interviews driven to the end by concurrent clients: latency per step.
3. A roster upload (``POST /api/v1/screen``) of N athletes, a few times.

The client is a small asyncio HTTP/1.1 client on keep-alive connections, so on a 2-core
machine the load generator takes as little CPU from the server as it can.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
MAX_DURATION = 120
MAX_RATE = 2000


class Conn:
    def __init__(self, reader, writer):
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, host: str, port: int) -> "Conn":
        return cls(*await asyncio.open_connection(host, port))

    async def request(self, method: str, path: str, body: bytes = b"", content_type: str = "application/json"):
        head = (f"{method} {path} HTTP/1.1\r\nHost: bench\r\nContent-Type: {content_type}\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode()
        self.writer.write(head + body)
        await self.writer.drain()
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionResetError("the server closed an idle keep-alive connection")
        status = int(status_line.split()[1])
        length = 0
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
        data = await self.reader.readexactly(length)
        return status, data

    def close(self) -> None:
        self.writer.close()


def server_cpu(root_pid: int | None) -> float:
    """CPU seconds used so far by the server and its worker processes (0 when not ours).

    On a shared machine latency measures the neighbours as much as the server; CPU per
    request does not, and gives the capacity of N idle cores (N / CPU per request)."""
    if not root_pid:
        return 0.0
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid, pgid = int(entry.name), int(fields[1]), int(fields[2])
        if pid == root_pid or ppid == root_pid or pgid == root_pid:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def load_average() -> str:
    return "load average " + " ".join(f"{v:.1f}" for v in os.getloadavg()) + f" on {os.cpu_count()} cores"


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else float("nan")


def summary(name: str, lat_s: list[float], errors: int, wall: float) -> str:
    ms = [v * 1000 for v in lat_s]
    return (f"{name}: {len(ms)} requests in {wall:.1f} s ({len(ms) / wall:.0f}/s), errors {errors}; "
            f"latency ms p50 {pct(ms, 50):.1f}, p90 {pct(ms, 90):.1f}, p99 {pct(ms, 99):.1f}, max {max(ms, default=0):.1f}")


def case_bodies(n: int, seed: int = 7) -> list[bytes]:
    sys.path.insert(0, str(ROOT))
    from advisor.knowledge.loader import load_knowledge_base
    kb = load_knowledge_base(None)
    ids = [o.id for o in kb.observations.values() if o.category.value != "red_flag"]
    rng = random.Random(seed)
    return [json.dumps({"symptoms": rng.sample(ids, rng.randint(2, 6))}).encode() for _ in range(n)]


async def check_at_rate(host, port, rate: float, duration: float) -> str:
    bodies = case_bodies(500)
    total = int(rate * duration)
    idle: list[Conn] = []
    lat: list[float] = []
    errors = 0
    start = time.perf_counter() + 0.2

    async def one(i: int) -> None:
        nonlocal errors
        due = start + i / rate
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        conn = idle.pop() if idle else await Conn.open(host, port)
        try:
            try:
                status, _ = await conn.request("POST", "/api/v1/check", bodies[i % len(bodies)])
            except ConnectionResetError:  # an idle connection the server closed: not an error, reconnect
                conn.close()
                conn = await Conn.open(host, port)
                status, _ = await conn.request("POST", "/api/v1/check", bodies[i % len(bodies)])
        except (OSError, asyncio.IncompleteReadError, ValueError):
            errors += 1
            conn.close()
            return
        lat.append(time.perf_counter() - due)
        if status != 200:
            errors += 1
        idle.append(conn)

    await asyncio.gather(*(one(i) for i in range(total)))
    wall = time.perf_counter() - start
    for c in idle:
        c.close()
    return summary(f"check at {rate:.0f}/s for {duration:.0f} s", lat, errors, wall), len(lat)


async def ask_steps(host, port, interviews: int, clients: int, seed: int = 11) -> str:
    rng = random.Random(seed)
    lat: list[float] = []
    errors = 0
    queue = list(range(interviews))

    async def client() -> None:
        nonlocal errors
        conn = await Conn.open(host, port)
        while queue:
            queue.pop()
            t = time.perf_counter()
            status, data = await conn.request("POST", "/api/v1/ask", b"{}")
            lat.append(time.perf_counter() - t)
            doc = json.loads(data)
            while status in (200, 201) and not doc["done"]:
                q = doc["question"]
                if q["kind"] == "screen":
                    answer = {}
                elif q["kind"] == "choice":
                    answer = {o["id"]: True for o in q["options"] if rng.random() < 0.3}
                else:
                    answer = {q["id"]: rng.choice([True, False, None])}
                body = json.dumps({"token": doc["token"], "question_id": q["id"], "answer": answer}).encode()
                t = time.perf_counter()
                status, data = await conn.request("POST", "/api/v1/ask/answer", body)
                lat.append(time.perf_counter() - t)
                doc = json.loads(data)
            if status not in (200, 201):
                errors += 1
        conn.close()

    start = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return summary(f"ask steps ({interviews} interviews, {clients} clients)", lat, errors,
                   time.perf_counter() - start), len(lat)


def roster(n: int, seed: int = 3) -> bytes:
    rng = random.Random(seed)
    bodies = case_bodies(200, seed)
    lines = ["athlete,group,observations"]
    for i in range(n):
        ids = json.loads(bodies[rng.randrange(len(bodies))])["symptoms"]
        lines.append(f"Athlete {i},{rng.choice(['sprints', 'marathon', '800m'])},{';'.join(ids)}")
    return ("\n".join(lines) + "\n").encode()


async def roster_uploads(host, port, athletes: int, times: int) -> str:
    body = roster(athletes)
    lat, errors = [], 0
    conn = await Conn.open(host, port)
    start = time.perf_counter()
    for _ in range(times):
        t = time.perf_counter()
        status, data = await conn.request("POST", "/api/v1/screen", body, "text/csv")
        lat.append(time.perf_counter() - t)
        if status != 200 or json.loads(data)["totals"]["athletes"] != athletes:
            errors += 1
    conn.close()
    return summary(f"roster upload, {athletes} athletes ({len(body) // 1024} KB)", lat, errors,
                   time.perf_counter() - start), len(lat)


def start_server(workers: int) -> tuple[subprocess.Popen, str]:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "STRIDEWISE_SECRET": os.environ.get("STRIDEWISE_SECRET", "bench-" + "k" * 40)}
    proc = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "serve", "--port", str(port), "--workers", str(workers)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    return proc, f"http://127.0.0.1:{port}"


async def wait_ready(host, port, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = await Conn.open(host, port)
            status, _ = await conn.request("GET", "/api/v1/openapi.json")
            conn.close()
            if status == 200:
                return
        except OSError:
            await asyncio.sleep(0.3)
    raise SystemExit("the server did not start")


async def main_async(args) -> None:
    url = urlsplit(args.url)
    host, port = url.hostname, url.port or 80
    await wait_ready(host, port)
    await check_at_rate(host, port, 50, 2)  # warm every worker's engine before measuring
    print(load_average(), flush=True)
    for name, count, run in (
            ("check", int(args.rate * args.duration), lambda: check_at_rate(host, port, args.rate, args.duration)),
            ("ask step", None, lambda: ask_steps(host, port, args.interviews, args.clients)),
            ("roster upload", args.uploads, lambda: roster_uploads(host, port, args.athletes, args.uploads))):
        before = server_cpu(args.server_pid)
        line, n = await run()
        used = server_cpu(args.server_pid) - before
        if args.server_pid and n:
            per = used / n
            line += (f"; server CPU {per * 1000:.2f} ms per {name} "
                     f"(capacity on {args.workers} idle cores: {args.workers / per:.0f}/s)")
        print(line, flush=True)
    print(load_average(), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--url", help="A running server (default: start one here).")
    ap.add_argument("--workers", type=int, default=2, help="Workers of the server this starts (default 2).")
    ap.add_argument("--rate", type=float, default=200.0, help="check requests per second (default 200).")
    ap.add_argument("--duration", type=float, default=30.0, help="Seconds at that rate (default 30).")
    ap.add_argument("--interviews", type=int, default=200, help="ask interviews to drive (default 200).")
    ap.add_argument("--clients", type=int, default=4, help="Concurrent ask clients (default 4).")
    ap.add_argument("--athletes", type=int, default=1000, help="Roster size (default 1000).")
    ap.add_argument("--uploads", type=int, default=5, help="Roster uploads (default 5).")
    args = ap.parse_args()
    if not (0 < args.rate <= MAX_RATE and 0 < args.duration <= MAX_DURATION and args.interviews <= 5000
            and args.athletes <= 100_000 and args.uploads <= 50):
        raise SystemExit(f"bounded: rate <= {MAX_RATE}/s, duration <= {MAX_DURATION} s, interviews <= 5000, "
                         "athletes <= 100000, uploads <= 50")
    proc = None
    args.server_pid = None
    if not args.url:
        proc, args.url = start_server(args.workers)
        args.server_pid = proc.pid
        print(f"started stridewise serve --workers {args.workers} at {args.url}", flush=True)
    try:
        asyncio.run(main_async(args))
    finally:
        if proc:
            os.killpg(proc.pid, 15)
            proc.wait(timeout=20)


if __name__ == "__main__":
    main()
