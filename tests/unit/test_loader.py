"""The rule-pack validator: every problem, each with file:line and a useful message."""
from __future__ import annotations

from pathlib import Path

import pytest

from advisor.errors import KnowledgeBaseError
from advisor.knowledge.loader import load_knowledge_base

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(KnowledgeBaseError) as err:
        load_knowledge_base(folder)
    prefix = str(folder) + "/"
    return [str(p).replace(prefix, "") for p in err.value.problems]


def test_shipped_rules_are_valid(kb):
    assert kb.rules and kb.observations and kb.causes and kb.red_flags and kb.exercises


def test_broken_pack_reports_every_problem_with_line():
    got = problems_of(FIXTURES / "broken_pack")
    expected = [
        "pack.yaml:13: observations[1] (knee_pain).id: duplicate id 'knee_pain' (first defined at",
        "pack.yaml:19: observations[2] (calf_pain).category: 'symptm' is not one of",
        "pack.yaml:35: rules[0] (typo_rule).if[0]: unknown id 'knee_pian' (did you mean 'knee_pain'?)",
        "pack.yaml:39: rules[1] (uncited_rule): missing required field 'cite'",
        "pack.yaml:47: rules[2] (long_quote_rule).cite.quote: excerpt has 26 words; the limit is 25",
        "pack.yaml:57: rules[4] (cycle_two).cite.source: unknown source 'papr' (did you mean 'paper'?)",
        "pack.yaml:59: rules[5] (bad_weight).if[0]: only observations can be negated",
        "pack.yaml:61: rules[5] (bad_weight).weight: 3 is outside [-1, 1] or zero",
        "pack.yaml:68: exercises[0] (does_nothing).addresses: an exercise must address at least one cause",
        "pack.yaml:74: exercises[1] (wrong_target).addresses[0]: unknown cause 'weak_glute' (did you mean 'weak_glutes'?)",
        "pack.yaml:73: exercises[1] (wrong_target).dose.frequncy: unknown field (did you mean 'frequency'?)",
        "pack.yaml:22: loop_a: rules form a cycle: loop_a -> loop_b -> loop_a",
        "pack.yaml:30: causes[1] (orphan_cause): no rule can reach this cause from observations",
    ]
    for line in expected:
        assert any(g.startswith(line) for g in got), f"missing: {line}\ngot:\n" + "\n".join(got)


def test_yaml_syntax_error_has_a_line():
    assert problems_of(FIXTURES / "bad_syntax") == [
        "broken.yaml:4: YAML syntax error: did not find expected ',' or ']'"]


def test_missing_folder_and_empty_folder(tmp_path):
    assert "no such rules folder" in problems_of(tmp_path / "nope")[0]
    assert "no .yaml files" in problems_of(tmp_path)[0]


def test_yaml_tags_cannot_run_code(tmp_path):
    (tmp_path / "evil.yaml").write_text("sources: !!python/object/apply:os.system ['echo pwned']\n")
    got = problems_of(tmp_path)
    assert "evil.yaml:1" in got[0] and "YAML" in got[0]


def test_unknown_section_is_suggested(tmp_path):
    (tmp_path / "a.yaml").write_text("observation:\n  - id: x\n")
    assert problems_of(tmp_path) == ["a.yaml:1: observation: unknown section (did you mean 'observations'?)"]


def test_every_cause_has_an_exercise_and_every_red_flag_an_action(kb):
    addressed = {c for e in kb.exercises.values() for c in e.addresses}
    assert set(kb.causes) <= addressed, set(kb.causes) - addressed
    for flag in kb.red_flags.values():
        assert flag.see and flag.action and flag.citations


def test_every_exercise_has_a_full_dose_and_progression(kb):
    for ex in kb.exercises.values():
        assert (ex.dose.reps or ex.dose.hold) and ex.dose.frequency and ex.dose.when, ex.id
        assert ex.dose.progression, f"{ex.id}: every tip needs a progression step"


def test_every_muscle_group_has_cited_roles(kb):
    for muscle in kb.muscles.values():
        assert muscle.members and muscle.roles, muscle.id
        assert all(role.citations for role in muscle.roles), muscle.id
