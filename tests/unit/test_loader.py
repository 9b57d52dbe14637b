"""The rule-pack validator: every problem, each with file:line and a useful message."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from advisor.errors import KnowledgeBaseError
from advisor.knowledge import loader
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


# -- what 'rules check' enforces, so that passing it means the test suite's pack checks pass --
MINIMAL = FIXTURES / "minimal_pack"
RED_FLAG_PACK = """\
observations:
  - {id: night_pain, text: Pain at night, category: red_flag, question: Pain at night?}
  - {id: swollen, text: Swelling, category: red_flag, question: Swollen?}
red_flags:
  - id: see_someone
    text: See someone
    triage: soon
    see: a doctor
    action: Stop running.
    if: {any: [night_pain, swollen]}
    cite: {source: paper, section: Results, note: something}
"""
EXERCISE = """\
exercises:
  - id: more_rest
    name: More rest
    how: Rest.
    dose: {dose}
    addresses: {addresses}
    cite: {{source: paper, section: Results, note: something}}
"""


@pytest.mark.parametrize("extra, expected", [
    (EXERCISE.format(dose="{reps: '1', frequency: daily, progression: less}", addresses="{too_much_running: 2}"),
     "extra.yaml:5: exercises[0] (more_rest).dose: a dose needs 'when'"),
    (EXERCISE.format(dose="{hold: 30 s, frequency: daily, when: any time}", addresses="{too_much_running: 2}"),
     "extra.yaml:5: exercises[0] (more_rest).dose: a dose needs 'progression'"),
    (EXERCISE.format(dose="{frequency: daily, when: any time, progression: x}", addresses="{too_much_running: 2}"),
     "extra.yaml:5: exercises[0] (more_rest).dose: a dose needs 'reps' or 'hold'"),
    ("causes:\n  - {id: no_help, text: No help, type: form}\nrules:\n  - id: r\n    if: [knee_pain]\n    then: no_help\n"
     "    weight: 0.5\n    cite: {source: paper, section: Results, note: x}\n",
     "extra.yaml:2: causes[0] (no_help): no exercise addresses this cause; every cause needs one"),
    (RED_FLAG_PACK + "questions:\n  - {id: screen, kind: screen, text: Any of these?, options: [night_pain]}\n",
     "extra.yaml:13: questions[0] (screen): the red-flag screen must list every red_flag observation; missing: swollen"),
    (RED_FLAG_PACK + "questions:\n  - {id: where, kind: choice, text: Where?, options: [knee_pain]}\n",
     "extra.yaml:13: questions[0] (where): there are red_flag observations but no question of kind 'screen'"),
    ("questions:\n  - {id: where, kind: chioce, text: Where?, options: [knee_pian]}\n",
     "extra.yaml:2: questions[0] (where).kind: 'chioce' is not one of screen, choice (did you mean 'choice'?)"),
    ("questions:\n  - {id: where, kind: choice, text: Where?, options: [knee_pian]}\n",
     "extra.yaml:2: questions[0] (where).options[0]: unknown observation 'knee_pian' (did you mean 'knee_pain'?)"),
    ("red_flags:\n  - {id: flag, text: Flag, triage: soon, action: Stop., if: [knee_pain], cite: {source: paper, section: R, note: x}}\n",
     "extra.yaml:2: red_flags[0] (flag): missing required field 'see'"),
    ("muscles:\n  - {id: calves, name: Calves, members: [soleus], cite: {source: paper, section: R, note: x}}\n",
     "extra.yaml:2: muscles[0] (calves): missing required field 'roles'"),
    ("muscles:\n  - id: calves\n    name: Calves\n    members: [soleus]\n    cite: {source: paper, section: R, note: x}\n"
     "    roles:\n      - {phase: swnig, text: Lift}\n",
     "extra.yaml:7: muscles[0] (calves).roles[0].phase: 'swnig' is not one of swing, foot_strike, push_off, whole_stride"),
    ("muscles:\n  - id: calves\n    name: Calves\n    members: [soleus]\n    cite: {source: paper, section: R, note: x}\n"
     "    roles:\n      - {phase: swing, text: Lift}\n",
     "extra.yaml:7: muscles[0] (calves).roles[0]: missing required field 'cite'"),
    ("sources:\n  - {id: art, kind: artcle, reference: R}\n",
     "extra.yaml:2: sources[0] (art).kind: 'artcle' is not one of article, published (did you mean 'article'?)"),
    ("sources:\n  - {id: art, kind: article, reference: R}\nrules:\n  - id: r\n    if: [knee_pain]\n    then: too_much_running\n"
     "    weight: 0.5\n    cite: {source: art, section: Intro}\n",
     "extra.yaml:8: rules[0] (r).cite: an article citation needs a verbatim 'quote'"),
    ("exercises:\n  - id: x\n    name: X\n    how: X\n    kind: strech\n", "extra.yaml:5: exercises[0] (x).kind: 'strech' is not one of exercise, stretch, form_cue"),
])
def test_pack_invariants_are_checked_with_a_line(tmp_path, extra, expected):
    shutil.copytree(MINIMAL, tmp_path / "pack")
    (tmp_path / "pack" / "extra.yaml").write_text(extra, encoding="utf-8")
    got = problems_of(tmp_path / "pack")
    assert any(g.startswith(expected) for g in got), "\n".join(got)


def test_rule_order_puts_every_premise_before_its_conclusion(kb):
    position = {node: n for n, node in enumerate(kb.order)}
    assert set(position) == {r.then for r in kb.rules}
    for rule in kb.rules:
        for lit in rule.all + rule.any:
            if lit.id not in kb.observations:
                assert position[lit.id] < position[rule.then], (rule.id, lit.id)


def test_every_cycle_is_reported(tmp_path):
    shutil.copytree(MINIMAL, tmp_path / "pack")
    lines = ["findings:"] + [f"  - {{id: {f}, text: {f}}}" for f in ("a", "b", "c", "d")] + ["rules:"]
    for n, (premise, then) in enumerate([("a", "b"), ("b", "a"), ("c", "d"), ("d", "c")]):
        lines.append(f"  - {{id: r{n}, if: [{premise}], then: {then}, weight: 0.5, "
                     "cite: {source: paper, section: R, note: x}}")
    (tmp_path / "pack" / "loops.yaml").write_text("\n".join(lines) + "\n")
    cycles = [g for g in problems_of(tmp_path / "pack") if "rules form a cycle" in g]
    assert cycles == ["loops.yaml:2: a: rules form a cycle: a -> b -> a",
                      "loops.yaml:4: c: rules form a cycle: c -> d -> c"]


# -- which folder 'rules check' checks ---------------------------------------------------------------
@pytest.fixture
def checkout(tmp_path, monkeypatch):
    """A stridewise checkout whose rules/ the physio edits, and an installed built-in copy."""
    builtin = tmp_path / "site-packages" / "advisor" / "_rules"
    shutil.copytree(MINIMAL, builtin)
    root = tmp_path / "checkout"
    shutil.copytree(MINIMAL, root / "rules")
    (root / "pyproject.toml").write_text('[project]\nname = "stridewise"\nversion = "0.1.0"\n')
    monkeypatch.setattr(loader, "default_rules_dir", lambda: builtin)
    monkeypatch.chdir(root)
    return root, builtin


def test_rules_check_in_a_checkout_checks_the_edited_rules(run_line, checkout):
    root, builtin = checkout
    (root / "rules" / "edit.yaml").write_text("observations:\n  - id: Bad Id\n    category: symptm\n")
    result = run_line(["rules", "check"])
    assert result.exit_code == 4
    assert "rules/edit.yaml:2: observations[0] (Bad Id).id: 'Bad Id' is not a snake_case id" in result.stderr
    assert "problem(s) in rules/ (this checkout)" in result.stderr
    assert f"the installed stridewise still uses its built-in copy at {builtin}" in result.stderr
    assert "reinstall (pip install .)" in result.stderr


def test_rules_check_says_which_folder_it_checked(run_line, checkout):
    root, builtin = checkout
    same = run_line(["rules", "check"])
    assert same.exit_code == 0 and same.stdout.splitlines()[1] == "checked rules/ (this checkout)"
    assert "built-in copy" not in same.stderr  # the installed copy is the same pack
    (root / "rules" / "pack.yaml").write_text((root / "rules" / "pack.yaml").read_text() + "# edited\n")
    edited = run_line(["rules", "check"])
    assert edited.exit_code == 0 and "built-in copy" in edited.stderr
    (root / "pyproject.toml").write_text('[project]\nname = "something-else"\n')
    elsewhere = run_line(["rules", "check"])
    assert elsewhere.stdout.splitlines()[1] == f"checked the built-in rules at {builtin}"
    given = run_line(["rules", "check", "--rules", "rules"])
    assert given.stdout.splitlines()[1] == "checked rules"


def test_rules_readme_documents_every_section_and_field():
    from advisor.knowledge.schema import SECTIONS
    guide = (FIXTURES.parent.parent / "rules" / "README.md").read_text(encoding="utf-8")
    for section, fields in SECTIONS.items():
        assert f"### `{section}`" in guide, section
        for name in fields:
            assert name in guide, (section, name)
    from advisor.knowledge import limits
    for limit in (f"{limits.MAX_FACT_KEYS} distinct fact keys",
                  f"{limits.MAX_CONDITIONS_PER_KEY} engine rules testing one fact key",
                  f"{limits.MAX_ENGINE_RULES:,} engine rules", f"{limits.MAX_CONDITIONS_PER_RULE} premises"):
        assert limit in guide, limit


def test_an_installed_copy_run_in_a_checkout_checks_the_checkout(tmp_path):
    """The bug as reported: after a non-editable install, 'rules check' in the checkout said ok
    to edited rules with errors, because it checked the copy in site-packages."""
    import os
    import subprocess
    import sys
    root = FIXTURES.parent.parent
    site = tmp_path / "site-packages"  # what `pip install .` puts there: advisor/ with rules as advisor/_rules
    shutil.copytree(root / "advisor", site / "advisor", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(root / "rules", site / "advisor" / "_rules")
    checkout = tmp_path / "checkout"
    shutil.copytree(root / "rules", checkout / "rules")
    shutil.copy(root / "pyproject.toml", checkout / "pyproject.toml")
    (checkout / "rules" / "new.yaml").write_text("causes:\n  - id: weak_calfs\n    text: x\n    type: muscel\n")
    env = {**os.environ, "PYTHONPATH": str(site)}
    run = [sys.executable, "-c", "from advisor.frontends.cli import main; main()", "rules", "check"]
    done = subprocess.run(run, cwd=checkout / "rules", env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 4, done.stdout + done.stderr
    assert "new.yaml:4: causes[0] (weak_calfs).type: 'muscel' is not one of muscle, form, training" in done.stderr
    assert "(this checkout)" in done.stderr
    assert f"built-in copy at {site / 'advisor' / '_rules'}" in done.stderr
    elsewhere = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert elsewhere.returncode == 0 and f"checked the built-in rules at {site / 'advisor' / '_rules'}" in elsewhere.stdout
