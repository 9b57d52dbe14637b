"""The console script runs a quick command without the cyclic collector and ends it without the
interpreter's teardown, and loses nothing; every other command runs and ends as usual.

``advisor.frontends.console.run`` calls ``os._exit`` after a QUICK_EXIT command has flushed its
output. These tests tell the two exits apart by an atexit handler: it runs on a normal exit only.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = str(ROOT / "examples" / "knee_caves_in.json")
ROSTER = str(ROOT / "examples" / "roster.csv")

_SCRIPT = ("import atexit, sys\n"
           "sys.path.insert(0, sys.argv[1])\n"
           "import gc\n"
           "atexit.register(lambda: print(f'TEARDOWN gc={gc.isenabled()}', file=sys.stderr))\n"
           "from advisor.frontends.console import run\n"
           "sys.argv = ['stridewise', *sys.argv[2:]]\n"
           "run()\n")


def stridewise(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _SCRIPT, str(ROOT), *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "COLUMNS": "80"})


def test_the_console_script_is_run():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["stridewise"] == "advisor.frontends.console:run"


def test_check_exits_quickly_with_all_its_output():
    done = stridewise("check", EXAMPLE, "--details", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert "TEARDOWN" not in done.stderr  # no interpreter teardown ...
    assert json.loads(done.stdout)["causes"]  # ... and every byte of a long output arrived


def test_a_quick_command_keeps_its_error_and_exit_code():
    done = stridewise("check", str(ROOT / "no-such-file.json"))
    assert done.returncode == 3
    assert done.stderr.startswith("stridewise: ") and "no-such-file.json" in done.stderr
    assert "TEARDOWN" not in done.stderr


def test_the_same_answer_as_a_normal_exit():
    quick = stridewise("check", EXAMPLE)
    normal = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); "
                             "from advisor.frontends.cli import main; main(sys.argv[2:])", str(ROOT), "check", EXAMPLE],
                            capture_output=True, text=True, timeout=120, env={**os.environ, "COLUMNS": "80"})
    assert (quick.returncode, quick.stdout, quick.stderr) == (normal.returncode, normal.stdout, normal.stderr)


def test_commands_that_hold_workers_or_files_run_and_exit_normally():
    done = stridewise("screen", ROSTER)
    assert "TEARDOWN gc=True" in done.stderr  # the collector back on, and the normal exit
    assert stridewise("--help").stderr.count("TEARDOWN") == 1


def test_main_in_process_leaves_the_collector_alone():
    code = ("import gc, sys; sys.path.insert(0, sys.argv[1])\n"
            "from advisor.frontends.cli import main\n"
            "main(['check', sys.argv[2]], standalone_mode=False)\n"
            "print('GC', gc.isenabled())\n")
    done = subprocess.run([sys.executable, "-c", code, str(ROOT), EXAMPLE], capture_output=True, text=True, timeout=120)
    assert done.stdout.rstrip().endswith("GC True"), done.stderr
