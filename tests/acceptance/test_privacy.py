"""Athlete data stays on the machine: nothing Stridewise does opens a network connection."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_every_front_end_runs_without_network(no_network, run_line, tmp_path):
    assert run_line(["check", str(ROOT / "examples" / "knee_caves_in.json")]).exit_code == 0
    assert run_line(["symptoms", "--search", "shin splints"]).exit_code == 0
    assert run_line(["ask"], input="none\nnone\nnone\nnone\nnone\n").exit_code == 0
    for fmt in ("markdown", "html", "json", "csv"):
        out = tmp_path / f"r.{fmt}"
        assert run_line(["screen", str(ROOT / "examples" / "roster.csv"), "-f", fmt, "-o", str(out)]).exit_code == 0


# 'serve' listens (on localhost unless told otherwise) and makes its own listening socket;
# it never connects out (tests/acceptance/web/test_no_network.py runs the app with connect refused).
LISTENS = {ROOT / "advisor" / "frontends" / "web" / "serve.py": {"import socket"}}


def test_no_module_imports_a_network_library():
    sources = list((ROOT / "advisor").rglob("*.py")) + [ROOT / "cli.py"]
    for path in sources:
        text = path.read_text(encoding="utf-8")
        for banned in ("import requests", "import urllib", "import http", "import socket", "from urllib", "from http"):
            if banned not in LISTENS.get(path, ()):
                assert banned not in text, f"{path.name}: {banned}"
