"""The web app never connects out: every page and API call works with outgoing connections refused."""
from __future__ import annotations

import socket
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from advisor.frontends.web.app import create_app

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_the_app_works_with_outgoing_connections_refused(no_network, advisor):
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
