"""A real ``stridewise serve`` (two workers) on a free port, started once and stopped at the end.

Its stderr is kept in a file so a test can check that no athlete data reached the log.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[3]
SECRET = "test-secret-" + "x" * 40


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    log: Path
    process: subprocess.Popen

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def start_server(workers: int = 2, env_extra: dict | None = None) -> Server:
    port = free_port()
    log = Path(tempfile.mkstemp(prefix="stridewise-serve-", suffix=".log")[1])
    env = {**os.environ, "STRIDEWISE_SECRET": SECRET, **(env_extra or {})}
    with open(log, "wb") as fh:
        process = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "serve", "--port", str(port),
                                    "--workers", str(workers)], cwd=ROOT, env=env, stdout=fh, stderr=fh,
                                   start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"stridewise serve exited early:\n{log.read_text()}")
        try:
            if httpx.get(url + "/api/v1/openapi.json", timeout=2).status_code == 200:
                # every worker answers (a worker still starting would refuse the connection)
                return Server(url, log, process)
        except httpx.TransportError:
            time.sleep(0.2)
    stop_server(Server(url, log, process))
    raise RuntimeError("stridewise serve did not start within 60 s")


def stop_server(server: Server) -> None:
    try:
        os.killpg(server.process.pid, signal.SIGTERM)  # the server and its worker processes, by group id
        server.process.wait(timeout=15)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(server.process.pid, signal.SIGKILL)
        server.process.wait()


@pytest.fixture(scope="session")
def server():
    srv = start_server()
    yield srv
    stop_server(srv)
    srv.log.unlink(missing_ok=True)


@pytest.fixture
def http(server):
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client
