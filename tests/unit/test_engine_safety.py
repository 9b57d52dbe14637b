"""The engine's safety path: refusals from durable's C core, threads, close(), the version pin.

A refusal that goes wrong kills the process (segfault, exit 139), so each refusal is forced
in a child Python process and the parent asserts on the child's exit code and output.
"""
from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from advisor.errors import AdvisorError, EngineError
from advisor.knowledge.loader import load_knowledge_base
from advisor.reasoning import engine as engine_module
from advisor.reasoning.engine import CoreCode, Engine
from tests.unit.reference_chainer import reference_run

ROOT = Path(__file__).resolve().parents[2]

CHILD_PRELUDE = """\
import sys
sys.path.insert(0, sys.argv[1])
from advisor.errors import EngineError
from advisor.knowledge.loader import load_knowledge_base
from advisor.reasoning import engine as E
e = E.Engine(load_knowledge_base())
if sys.argv[2] == "warm":  # a live session that has already run cases
    for case in ({"knee_caves_in"}, {"knee_pain", "ankle_pain"}):
        e.run(case)
errors = []
"""

CHILD_AFTER = """\
from tests.unit.reference_chainer import reference_run
after = e.run({"knee_caves_in", "knee_pain"})
print("AFTER", after == reference_run(e.kb, {"knee_caves_in", "knee_pain"}), len(after.firings) > 1)
e.close()
print("ERRORS", len(errors))
for err in errors:
    print("ERROR", err)
"""

# Each forces one refusal through the engine's own assert path, the way a bug upstream
# (a de-duplication or filtering slip) would.
FORCE = {
    "duplicated fact in the batch": ("""\
try:
    with E._CORE_LOCK:
        e._run_locked(["+knee_caves_in", "+knee_caves_in"], {"+knee_caves_in"})
except EngineError as err:
    errors.append(err)
""", CoreCode.OBSERVED),
    "fact no rule handles in the batch": ("""\
try:
    with E._CORE_LOCK:
        e._run_locked(["+knee_caves_in", "+no_rule_handles_this"], {"+knee_caves_in"})
except EngineError as err:
    errors.append(err)
""", CoreCode.NOT_HANDLED),
    "derived fact already in the session": ("""\
# knee_caves_in concludes knee_falls_inward, which is already in the batch: its re-assertion is refused.
try:
    with E._CORE_LOCK:
        e._run_locked(["+knee_caves_in", "+knee_falls_inward"], {"+knee_caves_in"})
except EngineError as err:
    errors.append(err)
""", CoreCode.OBSERVED),
    "derived fact no rule handles": ("""\
name = next(n for n, (f, _, _) in e._actions.items() if f.rule == "knee_caves_in_is_knee_falling_inward")
firing, rank, _ = e._actions[name]
e._actions[name] = (firing, rank, "+no_rule_handles_this")
e.consumed = e.consumed | {"+no_rule_handles_this"}
try:
    e.run({"knee_caves_in"})
except EngineError as err:
    errors.append(err)
e._actions[name] = (firing, rank, "+knee_falls_inward")
""", CoreCode.NOT_HANDLED),
}


def run_child(code: str, mode: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", CHILD_PRELUDE + code, str(ROOT), mode],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("mode", ["fresh", "warm"])
@pytest.mark.parametrize("forced", sorted(FORCE))
def test_a_refused_assert_is_one_engine_error_and_no_crash(forced, mode):
    code, expected = FORCE[forced]
    done = run_child(code + CHILD_AFTER, mode)
    assert done.returncode == 0, f"child died with {done.returncode}:\n{done.stderr[-3000:]}"
    assert done.stderr == "", done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert "ERRORS 1" in lines, done.stdout
    error = next(line for line in lines if line.startswith("ERROR "))
    assert f"(core code {int(expected)})" in error, error
    # The refused session was abandoned, not reused: the next case starts clean and is right.
    assert "AFTER True True" in lines, done.stdout


def test_a_deferred_assert_is_one_engine_error_and_no_crash():
    # DEFERRED only happens with a queue callback, which the engine never sets: set one.
    code = """\
E._core.set_queue_message_callback(e._handle, lambda ruleset, sid, action, content: 0)
try:
    e.run({"knee_caves_in"})
except EngineError as err:
    errors.append(err)
e.close()
print("ERRORS", len(errors))
for err in errors:
    print("ERROR", err)
"""
    done = run_child(code, "fresh")
    assert done.returncode == 0, f"child died with {done.returncode}:\n{done.stderr[-3000:]}"
    assert "ERRORS 1" in done.stdout.splitlines(), done.stdout + done.stderr
    assert f"(core code {int(CoreCode.DEFERRED)})" in done.stdout, done.stdout


def test_core_codes_match_durable():
    # The values are durable's rules.h; its Python host (durable.engine) branches on the same.
    assert [c.value for c in CoreCode] == [0, 1, 2, 3]
    assert all(c.__doc__ for c in CoreCode)


# -- action messages ---------------------------------------------------------------------
@pytest.mark.parametrize("message", [
    '{"{name}":{"m":{"sid": "s1", "k": "+knee_caves_in"}}}',
    '{ "{name}" : {"m": {}}}',
    '\n{\n  "{name}":{"m_0":{"sid":"s1","k":"x"},"m_1":{"sid":"s1","k":"y"}}}',
])
def test_action_name_is_parsed_whatever_the_spacing(kb, message):
    e = Engine(kb)
    name = next(iter(e._actions))
    assert e._action_name(message.replace("{name}", name)) == name
    e.close()


@pytest.mark.parametrize("message", ["", "{}", '{"no_such_action#0":{}}', "garbage", '["x"]'])
def test_an_unknown_action_message_is_an_engine_error(kb, message):
    e = Engine(kb)
    with pytest.raises(EngineError, match="does not define"):
        e._action_name(message)
    e.close()


# -- threads -------------------------------------------------------------------------------
def second_pack(tmp_path: Path) -> Path:
    """The shipped pack plus one rule, so the two packs answer some cases differently."""
    for f in (ROOT / "rules").glob("*.yaml"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "zz_extra.yaml").write_text(textwrap.dedent("""\
        rules:
          - id: extra_calf_cramps_and_knee_pain
            if: [calf_cramps, knee_pain]
            then: fatigued_calves
            weight: 0.3
            cite:
              source: article
              section: "4. Calves"
              quote: "Our calf muscles will fatigue faster than other muscles due to their size"
        """), encoding="utf-8")
    return tmp_path


def test_two_packs_in_two_threads_answer_as_run_one_after_the_other(kb, tmp_path):
    import random
    other_kb = load_knowledge_base(second_pack(tmp_path))
    assert len(other_kb.rules) == len(kb.rules) + 1
    rng = random.Random(11)
    ids = sorted(kb.observations)
    cases = []
    for _ in range(400):
        chosen = rng.sample(ids, rng.randint(1, 8))
        present = frozenset(o for o in chosen if rng.random() < 0.75)
        cases.append((present, frozenset(chosen) - present))
    cases.append((frozenset({"calf_cramps", "knee_pain"}), frozenset()))  # the packs differ here
    packs = [kb, other_kb]
    with Engine(kb) as first, Engine(other_kb) as second:
        sequential = [[e.run(p, a) for p, a in cases] for e in (first, second)]
    assert sequential[0] != sequential[1]  # the two packs really are different
    for n, pack in enumerate(packs):  # and each is right
        assert sequential[n][-1] == reference_run(pack, *cases[-1])

    engines = [Engine(kb), Engine(other_kb)]
    assert run_in_threads(engines, cases) == sequential


def test_one_engine_shared_by_two_threads_answers_as_run_alone(kb):
    import random
    rng = random.Random(12)
    ids = sorted(kb.observations)
    cases = [(frozenset(rng.sample(ids, rng.randint(1, 8))), frozenset()) for _ in range(400)]
    with Engine(kb) as e:
        alone = [e.run(p, a) for p, a in cases]
        assert run_in_threads([e, e], cases) == [alone, alone]


def test_every_engine_waits_for_the_one_process_wide_lock(kb):
    # The C core's handle table and pools are per process, not per Engine.
    with Engine(kb) as e:
        done = threading.Event()
        worker = threading.Thread(target=lambda: (e.run({"knee_caves_in"}), done.set()))
        with engine_module._CORE_LOCK:
            worker.start()
            assert not done.wait(0.3)  # blocked on the lock another Engine's user holds
        worker.join(30)
        assert done.is_set()


def run_in_threads(engines: list[Engine], cases) -> list:
    """Run every case on each engine, one thread per engine, both at once."""
    threaded: list[list | None] = [None] * len(engines)
    failures: list[BaseException] = []
    barrier = threading.Barrier(len(engines))

    def work(n: int) -> None:
        try:
            barrier.wait()
            threaded[n] = [engines[n].run(p, a) for p, a in cases]
        except BaseException as err:  # noqa: BLE001 - reported by the main thread
            failures.append(err)

    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: races show up
    try:
        threads = [threading.Thread(target=work, args=(n,)) for n in range(len(engines))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
    finally:
        sys.setswitchinterval(old_interval)
        for e in set(engines):
            e.close()
    assert not failures, failures
    return threaded


# -- close ---------------------------------------------------------------------------------
def test_close_frees_the_ruleset_and_the_engine_says_so_afterwards(kb):
    e = Engine(kb)
    assert "+knee_falls_inward" in e.run({"knee_caves_in"}).facts
    handle = e._handle
    e.close()
    with pytest.raises(Exception, match="error code"):  # the core no longer knows the handle
        engine_module._core.get_state(handle, "s1")
    with pytest.raises(EngineError, match="closed"):
        e.run({"knee_caves_in"})
    e.close()  # closing twice is harmless


def test_engine_is_a_context_manager(kb):
    with Engine(kb) as e:
        assert "+knee_falls_inward" in e.run({"knee_caves_in"}).facts
    with pytest.raises(EngineError, match="closed"):
        e.run({"knee_caves_in"})


def test_closed_engines_leave_room_for_new_ones(kb):
    # Each case of each engine ran in that engine's ruleset; after close, a new one works.
    for _ in range(20):
        with Engine(kb) as e:
            assert e.run({"knee_caves_in"}) == reference_run(kb, {"knee_caves_in"})


# -- the version pin -------------------------------------------------------------------------
def test_a_different_durable_version_is_one_clear_error():
    with pytest.raises(AdvisorError) as caught:
        engine_module.check_durable_version(lambda name: "2.0.29")
    message = str(caught.value)
    assert "\n" not in message
    assert "durable-rules 2.0.29 is installed" in message
    assert "pip install 'durable-rules==2.0.28'" in message


def test_a_missing_durable_is_one_clear_error():
    def missing(name):
        from importlib.metadata import PackageNotFoundError
        raise PackageNotFoundError(name)
    with pytest.raises(engine_module.DurableVersionError, match="durable-rules is not installed.*pip install"):
        engine_module.check_durable_version(missing)


def test_the_pinned_version_passes_and_matches_pyproject():
    engine_module.check_durable_version()  # what is installed here is the pin
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'"durable-rules=={engine_module.PINNED_DURABLE}"' in pyproject


def test_the_cli_prints_one_line_when_durable_is_not_the_pin(tmp_path):
    # At import of the engine: patch the version lookup before anything imports it.
    code = ("import sys; sys.path.insert(0, sys.argv[1])\n"
            "import importlib.metadata as md\n"
            "real = md.version\n"
            "md.version = lambda name: '1.0.0' if name == 'durable-rules' else real(name)\n"
            "from advisor.frontends.cli import main\n"
            "main(['check', sys.argv[2]])\n")
    done = subprocess.run([sys.executable, "-c", code, str(ROOT), str(ROOT / "examples" / "knee_caves_in.json")],
                          capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "XDG_CACHE_HOME": str(tmp_path)})
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("stridewise: error: durable-rules 1.0.0 is installed"), done.stderr
    assert "pip install 'durable-rules==2.0.28'" in done.stderr


# -- one module talks to durable ------------------------------------------------------------
def test_only_the_engine_imports_durable():
    offenders = []
    for path in sorted((ROOT / "advisor").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""] if node.level == 0 else []
            elif isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in (
                    "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
                names = [str(node.args[0].value)]
            else:
                continue
            for name in names:
                if name.split(".")[0] in ("durable", "durable_rules_engine"):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}")
    engine = "advisor/reasoning/engine.py"
    assert any(o.startswith(engine) for o in offenders)  # the scan does see imports
    assert [o for o in offenders if not o.startswith(engine)] == []


def test_a_passed_version_check_is_remembered_per_installed_core(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("STRIDEWISE_NO_CACHE", raising=False)
    checks = []
    real_check = engine_module.check_durable_version
    monkeypatch.setattr(engine_module, "check_durable_version", lambda: checks.append(1) or real_check())
    identity = engine_module._binary_identity()
    assert identity and "durable_rules_engine" in identity
    engine_module.require_pinned_durable()
    engine_module.require_pinned_durable()
    assert len(checks) == 1  # the second time, the stamp stood for the check
    [stamp] = (tmp_path / "stridewise").glob("durable-ok-*")
    assert stat_mode(stamp) == 0o600
    # Another durable installed: another binary identity, so the real check runs again.
    monkeypatch.setattr(engine_module, "_binary_identity", lambda: identity + "|reinstalled")
    monkeypatch.setattr("importlib.metadata.version", lambda name: "2.0.29")
    with pytest.raises(engine_module.DurableVersionError, match="2.0.29"):
        engine_module.require_pinned_durable()
    assert len(checks) == 2


def test_a_cold_process_with_the_stamp_never_imports_importlib_metadata(tmp_path):
    code = ("import sys; sys.path.insert(0, sys.argv[1])\n"
            "import advisor.reasoning.engine\n"
            "print('importlib.metadata' in sys.modules)\n")
    env = {**__import__("os").environ, "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("STRIDEWISE_NO_CACHE", None)
    runs = [subprocess.run([sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True,
                           timeout=120, env=env) for _ in range(2)]
    assert [r.stdout.strip() for r in runs] == ["True", "False"], [r.stderr for r in runs]


def stat_mode(path: Path) -> int:
    import stat
    return stat.S_IMODE(path.stat().st_mode)
