"""Every `$ stridewise ...` line in the README's console blocks runs, with the exit code shown."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```console\n(.*?)```", README, flags=re.S)
COMMANDS = [line[2:] for block in BLOCKS for line in block.splitlines() if line.startswith("$ stridewise ")]


def test_readme_has_examples():
    assert len(COMMANDS) >= 5


def test_readme_has_the_two_setup_commands_and_ci_uses_the_second():
    setup = re.findall(r"```sh\n(.*?)```", README, flags=re.S)
    lines = [l for block in setup for l in block.splitlines() if "python3 -m venv" in l]
    assert len(lines) >= 2, lines
    ci = [l for l in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines() if "python3 -m venv" in l]
    assert ci == [lines[1]], "the CI command must be the README's test command, exactly"


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_command_runs(run_line, monkeypatch, command):
    monkeypatch.chdir(ROOT)
    expected_exit = 0
    match = re.search(r"\s+#\s*exit (\d+)\s*$", command)
    if match:
        expected_exit = int(match.group(1))
        command = command[: match.start()]
    args = shlex.split(command)[1:]
    stdin = None
    if "|" in args:
        raise AssertionError("use a file or '<' in README examples, not a pipe")
    if "<" in args:
        i = args.index("<")
        stdin = (ROOT / args[i + 1]).read_text(encoding="utf-8")
        args = args[:i] + args[i + 2:]
    result = run_line(args, input=stdin)
    assert result.exit_code == expected_exit, result.stderr


def test_readme_shows_what_rules_check_prints_today(run_line):
    # test drive 24: the README's "ok: ..." line said 165 rules and 22 red flags for a pack of 171 and 27
    ok = run_line(["rules", "check"]).stdout.splitlines()[0]
    assert ok in (ROOT / "README.md").read_text(encoding="utf-8")
