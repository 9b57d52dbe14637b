"""The durable-rules engine against the plain-Python oracle, and its crash-prone corners."""
from __future__ import annotations

import random

import pytest

from advisor.reasoning.engine import Engine
from advisor.knowledge.loader import load_knowledge_base
from tests.unit.reference_chainer import reference_run


def random_case(kb, rng: random.Random):
    ids = sorted(kb.observations)
    k = rng.randint(0, min(10, len(ids)))
    chosen = rng.sample(ids, k)
    present = {o for o in chosen if rng.random() < 0.7}
    absent = set(chosen) - present
    return present, absent


def test_matches_reference_chainer_on_random_cases(advisor):
    kb = advisor.kb
    rng = random.Random(20261125)
    compared = 0
    for _ in range(400):
        present, absent = random_case(kb, rng)
        got = advisor.engine.run(present, absent)
        want = reference_run(kb, present, absent)
        assert got.facts == want.facts, (present, absent)
        assert got.firings == want.firings, (present, absent)
        compared += bool(want.firings)
    assert compared > 200  # the random cases really exercised the rules


def test_everything_present_fires_every_positive_reachable_rule(advisor):
    kb = advisor.kb
    got = advisor.engine.run(set(kb.observations))
    want = reference_run(kb, set(kb.observations))
    assert got == want
    assert len(got.firings) > len(kb.red_flags)


def test_empty_case_is_empty(advisor):
    trace = advisor.engine.run(set())
    assert trace.firings == () and trace.facts == frozenset()


def test_unknown_ids_and_unused_facts_do_not_crash(advisor):
    trace = advisor.engine.run({"no_such_observation", "knee_caves_in"}, {"another_unknown"})
    assert "+knee_falls_inward" in trace.facts
    assert "+no_such_observation" in trace.facts  # recorded, never sent to durable


def test_same_fact_present_and_absent_counts_once(advisor):
    trace = advisor.engine.run({"knee_caves_in"}, {"knee_caves_in"})
    assert "-knee_caves_in" not in trace.facts


def test_sessions_are_cleaned_up_past_the_core_limit(advisor):
    # durable's C core fails at 1,024 live sessions; every case must delete its own.
    for n in range(1500):
        advisor.engine.run({"knee_caves_in", "knee_pain"} if n % 2 else {"pain_at_night"})
    assert "+weak_glutes" in advisor.engine.run({"knee_caves_in"}).facts


def test_two_engines_for_one_pack_coexist(kb):
    # A ruleset name can be registered only once per process: each Engine gets its own.
    first, second = Engine(kb), Engine(kb)
    assert first.run({"knee_caves_in"}) == second.run({"knee_caves_in"})


def test_a_different_pack_gets_its_own_ruleset(tmp_path, kb):
    from pathlib import Path
    src = Path(__file__).resolve().parents[2] / "rules"
    for f in src.glob("*.yaml"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    other = Engine(load_knowledge_base(tmp_path))
    assert other.run({"knee_caves_in"}).facts == Engine(kb).run({"knee_caves_in"}).facts


@pytest.mark.parametrize("bad", [[""], ["+"], ["x" * 10_000]])
def test_odd_ids_are_ignored(advisor, bad):
    assert advisor.engine.run(set(bad)).firings == ()


def test_session_with_no_action_does_not_crash_a_fresh_process():
    # durable leaves a session's action context uninitialised; deleting a session in which
    # no action started freed garbage pointers (segfault in a fresh process). Run in a
    # subprocess so a regression shows as a failed test, not a dead test run.
    import subprocess
    import sys
    from pathlib import Path
    code = ("import sys; sys.path.insert(0, sys.argv[1])\n"
            "from advisor.reasoning.engine import Engine\n"
            "from advisor.knowledge.loader import load_knowledge_base\n"
            "e = Engine(load_knowledge_base())\n"
            "for case in ({'ankle_pain'}, {'knee_pain'}, {'glutes_feel_unused', 'knee_pain'}, {'ankle_pain'}):\n"
            "    e.run(case)\n"
            "print('survived')\n")
    root = str(Path(__file__).resolve().parents[2])
    for _ in range(3):
        done = subprocess.run([sys.executable, "-c", code, root], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 and "survived" in done.stdout, done.stderr[-2000:]


def test_one_session_runs_thousands_of_cases_like_fresh_ones(kb):
    # The engine reuses one durable session and retracts each case's facts afterwards. Big
    # and small cases interleaved through one engine must each equal the oracle, so nothing
    # a case asserted (observation or conclusion) may survive into the next.
    rng = random.Random(7)
    ids = sorted(kb.observations)
    with Engine(kb) as engine:
        for n in range(3000):
            chosen = rng.sample(ids, rng.randint(15, 30) if n % 3 == 0 else rng.randint(1, 6))
            present = {o for o in chosen if rng.random() < 0.75}
            absent = set(chosen) - present
            assert engine.run(present, absent) == reference_run(kb, present, absent), (n, present, absent)
