"""The web app never connects out and never writes a file: every page and API call works with
outgoing connections refused and with every way of writing a file refused."""
from __future__ import annotations

import builtins
import io
import os
import tempfile
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from advisor.frontends.web.app import create_app

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def no_disk_writes(monkeypatch):
    real_open = builtins.open

    def refuse(*args, **kwargs):
        raise AssertionError(f"file written: {args!r}")

    def read_only_open(file, mode="r", *args, **kwargs):
        if any(flag in mode for flag in "wax+"):
            raise AssertionError(f"file opened for writing: {file!r} ({mode})")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", read_only_open)
    monkeypatch.setattr(io, "open", read_only_open)
    for name in ("TemporaryFile", "NamedTemporaryFile", "SpooledTemporaryFile", "mkstemp", "mkdtemp"):
        monkeypatch.setattr(tempfile, name, refuse)
    monkeypatch.setattr(os, "open", lambda path, flags, *a, **k: refuse(path) if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
                        else os_open(path, flags, *a, **k))


os_open = os.open


def test_the_app_works_with_outgoing_connections_and_disk_writes_refused(no_network, no_disk_writes, advisor):
    client = TestClient(create_app(advisor, secret=b"k" * 32))  # in memory: no socket at all
    for path in ("/", "/coach", "/api/v1/docs", "/api/v1/openapi.json", "/static/app.css", "/api/v1/symptoms?q=knee"):
        assert client.get(path).status_code == 200, path
    assert client.post("/api/v1/check", json={"symptoms": ["knee_pain"]}).status_code == 200
    step = client.post("/api/v1/ask", json={}).json()
    assert client.post("/api/v1/ask/answer", json={"token": step["token"], "question_id": step["question"]["id"],
                                                  "answer": {}}).status_code == 200
    question = client.get("/ask", follow_redirects=True)
    assert question.status_code == 200 and "Question 1" in question.text
    roster = (ROOT / "examples/roster.csv").read_bytes()
    assert client.post("/coach", files={"roster": ("roster.csv", roster, "text/csv")}).status_code == 200
    assert client.post("/api/v1/screen", content=roster, headers={"content-type": "text/csv"}).status_code == 200
    big = b"athlete,observations\n" + b"".join(b"A%d,knee_pain\n" % i for i in range(120_000))  # 2 MB: over Starlette's spooling size
    assert client.post("/coach", files={"roster": ("big.csv", big, "text/csv")}).status_code == 200
