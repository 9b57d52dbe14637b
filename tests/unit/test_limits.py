"""The engine's limits (knowledge/limits.py): a pack just past one is refused by 'rules check' and
by 'check' before the engine is built (exit 4, quickly: the core would hang or fail), and a pack
right at each limit really runs. Subprocesses with a timeout, so a hang fails instead of hanging."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.knowledge import limits
from advisor.reasoning.engine import Engine

ROOT = Path(__file__).resolve().parents[2]
MINIMAL = ROOT / "tests" / "fixtures" / "minimal_pack"
CITE = "    cite: {source: paper, section: Results, note: something}\n"
# The minimal pack already tests one key (knee_pain) with one rule; the engine adds a sentinel.
BASE_KEYS = 1 + limits.SENTINEL_KEYS


def observations(ids) -> str:
    return "observations:\n" + "".join(
        f"  - {{id: {i}, text: {i}, category: symptom, question: {i}?}}\n" for i in ids)


def rule(ident: str, cond: str, then: str = "too_much_running") -> str:
    return f"  - id: {ident}\n    if: {cond}\n    then: {then}\n    weight: 0.5\n" + CITE


def keys_pack(extra_keys: int) -> tuple[str, list[str]]:
    ids = [f"o{i}" for i in range(extra_keys)]
    return observations(ids) + "rules:\n" + "".join(rule(f"r{i}", f"[{o}]") for i, o in enumerate(ids)), ids


def per_key_pack(extra_rules: int) -> tuple[str, list[str]]:
    return "rules:\n" + "".join(rule(f"r{i}", "[knee_pain]") for i in range(extra_rules)), ["knee_pain"]


def engine_rules_pack(any_rules: int) -> tuple[str, list[str]]:
    ids = [f"o{i}" for i in range(40)]
    cond = "{any: [" + ", ".join(ids) + "]}"
    return observations(ids) + "rules:\n" + "".join(rule(f"r{i}", cond) for i in range(any_rules)), ids


def conditions_pack(n: int) -> tuple[str, list[str]]:
    ids = [f"o{i}" for i in range(n)]
    return observations(ids) + "rules:\n" + rule("wide", "[" + ", ".join(ids) + "]"), ids


# (name, pack at the limit, pack one past it, words of the problem)
LIMITS = [
    ("fact_keys", keys_pack(limits.MAX_FACT_KEYS - BASE_KEYS), keys_pack(limits.MAX_FACT_KEYS - BASE_KEYS + 1),
     f"the engine takes at most {limits.MAX_FACT_KEYS}"),
    ("conditions_per_key", per_key_pack(limits.MAX_CONDITIONS_PER_KEY - 1), per_key_pack(limits.MAX_CONDITIONS_PER_KEY),
     f"the engine takes at most {limits.MAX_CONDITIONS_PER_KEY} per fact"),
    ("engine_rules", engine_rules_pack((limits.MAX_ENGINE_RULES - 2) // 40),
     engine_rules_pack((limits.MAX_ENGINE_RULES - 2) // 40 + 1), f"the engine takes at most {limits.MAX_ENGINE_RULES:,}"),
    ("conditions_per_rule", conditions_pack(limits.MAX_CONDITIONS_PER_RULE), conditions_pack(limits.MAX_CONDITIONS_PER_RULE + 1),
     f"the engine takes at most {limits.MAX_CONDITIONS_PER_RULE}"),
]


def stridewise(*args, input=None, timeout=60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *args], cwd=ROOT, capture_output=True, text=True,
                          input=input, timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT)})


def make_pack(tmp_path: Path, text: str) -> Path:
    pack = tmp_path / "pack"
    shutil.copytree(MINIMAL, pack)
    (pack / "many.yaml").write_text(text, encoding="utf-8")
    return pack


@pytest.mark.parametrize("name, at_limit, past_limit, words", LIMITS, ids=[l[0] for l in LIMITS])
def test_one_past_a_limit_is_refused_before_the_engine_is_built(tmp_path, name, at_limit, past_limit, words):
    pack = make_pack(tmp_path, past_limit[0])
    checked = stridewise("rules", "check", "--rules", str(pack))
    assert checked.returncode == 4, checked.stdout + checked.stderr
    assert any(l.startswith(f"{pack}/") and ".yaml:" in l and words in l for l in checked.stderr.splitlines()), checked.stderr
    case = json.dumps({"symptoms": past_limit[1]})
    advised = stridewise("check", "-", "--rules", str(pack), input=case)
    assert advised.returncode == 4 and words in advised.stderr, advised.stderr


@pytest.mark.parametrize("name, at_limit, past_limit, words", LIMITS, ids=[l[0] for l in LIMITS])
def test_a_pack_at_a_limit_builds_and_runs(tmp_path, name, at_limit, past_limit, words):
    pack = make_pack(tmp_path, at_limit[0])
    case = json.dumps({"symptoms": at_limit[1]})
    advised = stridewise("check", "-", "--rules", str(pack), "--format", "json", input=case)
    assert advised.returncode == 0, advised.stderr
    assert json.loads(advised.stdout)["causes"][0]["id"] == "too_much_running"


def test_a_10000_step_chain_written_backwards_is_checked_quickly(tmp_path):
    steps = 10_000
    findings = "findings:\n" + "".join(f"  - {{id: s{i}, text: step {i}}}\n" for i in range(1, steps + 1))
    rules = "rules:\n" + "".join(rule(f"r{i}", f"[{'knee_pain' if i == 1 else f's{i - 1}'}]", f"s{i}")
                                 for i in range(steps, 0, -1))
    pack = make_pack(tmp_path, findings + rules)
    checked = stridewise("rules", "check", "--rules", str(pack), timeout=30)  # 42 s before the fix
    assert checked.returncode == 4
    assert f"the rules test {steps + BASE_KEYS - 1:,} distinct facts" in checked.stderr
    assert "no rule can reach" not in checked.stderr and "cycle" not in checked.stderr


def test_fact_key_count_is_what_the_engine_compiles(kb):
    assert kb.fact_keys == len(Engine(kb).consumed) + limits.SENTINEL_KEYS
    assert limits.measure(list(kb.rules)).fact_keys == kb.fact_keys


def test_rules_check_reports_the_count(run_line, kb):
    ok = run_line(["rules", "check"])
    assert f"; {kb.fact_keys} of at most {limits.MAX_FACT_KEYS} fact keys" in ok.stdout
