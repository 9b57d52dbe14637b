"""check --text and parse on words that name only what Stridewise does not assess: the message
says so, and whom to see, not "try other words" (test drive 25)."""
from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize("command", ["check", "parse"])
def test_words_of_only_a_head_injury_say_it_is_not_assessed(run_line, command):
    args = [command, "--text", "hit my head on a rock, headache since"] if command == "check" else \
        [command, "hit my head on a rock, headache since"]
    result = run_line(args)
    assert result.exit_code == 1
    assert "Not assessed here" in result.stderr and "a head injury or concussion" in result.stderr
    assert "Try other words" not in result.stderr


def test_the_json_error_carries_it(run_line):
    result = run_line(["check", "--text", "felt confused and stopped sweating", "--format", "json"])
    error = json.loads(result.stderr.strip().splitlines()[-1])["error"]
    assert (error["kind"], result.exit_code) == ("nothing_found", 1) and "heat illness" in error["message"]


def test_a_running_complaint_beside_it_is_answered_with_it_first(run_line):
    result = run_line(["check", "--text", "a dog bit me on the calf on my run, calf feels sore"])
    assert result.exit_code == 0
    assert result.stdout.startswith("! Not assessed here")
