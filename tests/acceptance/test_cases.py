"""Golden case folders: tests/cases/NAME/input.json (or input.txt, a story in the runner's own
words, read by ``check --text``) + expected.json.

expected.json is written by hand from the article and the literature, not copied from the
program's output. Keys (all optional): top1, top3_include, not_in_causes, red_flags (exact,
in order), plan_kind, condition (the named condition first reported, as a
list: [] for none), triage, exercises_include, exercises_exclude, chain_rules_include {cause: [rule ids]},
ruled_out_include, unsure_red_flags (exact, in order: what a "not sure" answer would raise),
why (prose, for the reader).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

CASES = sorted(p for p in (Path(__file__).resolve().parents[1] / "cases").iterdir() if p.is_dir())


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_golden_case(run_json, kb, case):
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    story = case / "input.txt"
    # A story in a runner's own words goes through parse as a user's would (check --text)
    out = run_json(["check", "--text", story.read_text(encoding="utf-8").strip()] if story.exists()
                   else ["check", str(case / "input.json")])
    causes = [c["id"] for c in out["causes"]]
    if "top1" in expected:
        assert causes[:1] == [expected["top1"]], causes
    for cause in expected.get("top3_include", []):
        assert cause in causes[:3], (cause, causes)
    for cause in expected.get("not_in_causes", []):
        assert cause not in causes, (cause, causes)
    if "red_flags" in expected:
        assert [f["id"] for f in out["red_flags"]] == expected["red_flags"]
    if "unsure_red_flags" in expected:
        assert [f["id"] for f in out["unsure_red_flags"]] == expected["unsure_red_flags"]
    if "plan_kind" in expected:
        assert out["plan_kind"] == expected["plan_kind"]
    if "condition" in expected:
        assert [c["id"] for c in out["conditions"]][:1] == expected["condition"], out["conditions"]
    if "triage" in expected:
        assert out["triage"] == expected["triage"]
    exercises = [e["id"] for e in out["exercises"]]
    for ex in expected.get("exercises_include", []):
        assert ex in exercises, (ex, exercises)
    for ex in expected.get("exercises_exclude", []):
        assert ex not in exercises, (ex, exercises)
    for cause, rules in expected.get("chain_rules_include", {}).items():
        chain = next(c["chain"] for c in out["causes"] if c["id"] == cause)
        assert set(rules) <= {s["rule"] for s in chain}, (cause, [s["rule"] for s in chain])
    ruled_out = [r["id"] for r in out["ruled_out"]]
    for cause in expected.get("ruled_out_include", []):
        assert cause in ruled_out, (cause, ruled_out)
    if out["red_flags"]:
        assert out["exercises"] == []
        # no condition's usual care beside a referral (test drive 12: the JSON offered self-care)
        assert all(c["advice"] == kb.under_a_red_flag for c in out["conditions"]), out["conditions"]
        # nor in a cause's explanation or a chain's labels: a condition is named there, not its care
        cares = [c.care for c in kb.causes.values() if c.care]
        assert not any(care in c["explanation"] for c in out["causes"] for care in cares), out["causes"]
        texts = {f.text for f in kb.findings.values() if f.name and f.name != f.text}
        labels = {s["conclusion_label"] for c in out["causes"] for s in c["chain"]} | {
            p["label"] for c in out["causes"] for s in c["chain"] for p in s["premises"]}
        assert labels.isdisjoint(texts), labels & texts


def test_there_is_a_case_per_red_flag(kb):
    flagged = set()
    for case in CASES:
        flagged.update(json.loads((case / "expected.json").read_text()).get("red_flags", []))
    assert set(kb.red_flags) <= flagged, set(kb.red_flags) - flagged
