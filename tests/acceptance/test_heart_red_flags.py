"""Chest pain, fainting and palpitations with exercise (rules/red_flags_heart.yaml) come first
everywhere: `check` and `check --text`, the red-flag screen of `ask`, and a coach's roster in
`screen`. Each replaces the exercise plan with a referral at its own level."""
from __future__ import annotations

import json

import pytest

HEART = [  # screen item, red flag, triage
    ("acute_chest_pain", "possible_heart_attack", "emergency"),
    ("chest_pain_with_exercise", "possible_heart_chest_pain", "urgent"),
    ("fainting_with_exercise", "exercise_related_fainting", "urgent"),
    ("palpitations_with_exercise", "exertional_palpitations", "soon"),
]


@pytest.mark.parametrize("item, flag, triage", HEART)
def test_each_heart_item_on_the_ask_screen_refers_at_its_level(run_line, kb, item, flag, triage):
    screen = next(q for q in kb.questions if q.kind == "screen")
    number = screen.options.index(item) + 1
    result = run_line(["ask", "--format", "json"], input=f"{number}\n")
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    assert [(f["id"], f["triage"]) for f in out["red_flags"]] == [(flag, triage)]
    assert out["triage"] == triage and out["plan_kind"] == "referral" and out["exercises"] == []
    assert result.stderr.count("[question ") == 1   # the screen is the only question


def test_chest_pain_in_passing_replaces_the_knee_plan_in_check_text(run_line):
    words = "I get chest pain on hills and nearly fainted last week, and my knee hurts"
    result = run_line(["check", "--text", words])
    assert result.exit_code == 0, result.stderr
    assert "+chest_pain_with_exercise" in result.stderr and "+fainting_with_exercise" in result.stderr
    assert "chest" not in result.stderr.split("not read", 1)[-1].split("\n", 1)[0]
    lines = result.stdout.splitlines()
    assert lines[0] == "Urgent: see a clinician today."
    assert "Fainting or nearly fainting while running" in result.stdout and "Chest pain, pressure" in result.stdout
    assert "No exercise plan is given" in result.stdout and "This week" not in result.stdout


def test_the_emergency_comes_before_the_urgent_flag(run_line, tmp_path):
    path = tmp_path / "heart.json"
    path.write_text(json.dumps({"symptoms": ["chest_pain_with_exercise", "acute_chest_pain", "knee_pain"]}))
    out = json.loads(run_line(["check", str(path), "--format", "json"]).stdout)
    assert [f["id"] for f in out["red_flags"]] == ["possible_heart_attack", "possible_heart_chest_pain"]
    assert out["triage"] == "emergency" and out["exercises"] == []


def test_a_roster_column_for_chest_pain_refers_the_athlete(run_line, tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text("athlete,knee_pain,chest_pain_with_exercise,fainting_with_exercise\n"
                    "Ana,yes,no,no\nBen,yes,yes,\nCai,,,yes\n", encoding="utf-8")
    result = run_line(["screen", str(path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert sorted(r["athlete"] for r in report["referrals"]) == ["Ben", "Cai"]
    by_name = {a["athlete"]: a for a in report["athletes"]}
    assert by_name["Ana"]["red_flags"] == []
    assert [f["id"] if isinstance(f, dict) else f for f in by_name["Ben"]["red_flags"]] == ["possible_heart_chest_pain"]
    assert [f["id"] if isinstance(f, dict) else f for f in by_name["Cai"]["red_flags"]] == ["exercise_related_fainting"]


def test_breathless_from_a_posture_fault_is_not_a_heart_flag(run_line):
    result = run_line(["check", "--text", "my breathing feels shallow when I run and I keep my abs braced tight on every run",
                       "--format", "json"])
    out = json.loads(result.stdout)
    assert out["red_flags"] == [] and out["plan_kind"] == "treatment" and out["exercises"]


def test_the_text_answer_ends_with_the_most_urgent_level(run_line):
    """Test drive 22: with two referrals the text ran past a terminal screen; its last screen
    showed a later flag's "within a few days" and not the "Urgent" at the top."""
    result = run_line(["check", "--text", "chest pain on hills, and my heart races out of nowhere"])
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert lines[0] == "Urgent: see a clinician today."
    tail = "\n".join(lines[-5:])
    assert "In short: urgent: see a clinician today." in tail, tail
