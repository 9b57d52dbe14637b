"""The triage level of an answer without a red flag: physio-if-not-better for a complaint,
self-care otherwise (advisor.reasoning.triage)."""
from __future__ import annotations

import pytest

from advisor.reasoning.case import Case
from advisor.reasoning.result import TriageLevel
from advisor.reasoning.triage import triage_of


@pytest.mark.parametrize("present, absent, level", [
    ({"knee_pain"}, set(), TriageLevel.PHYSIO_IF_NOT_BETTER),            # a symptom
    ({"low_step_rate"}, set(), TriageLevel.PHYSIO_IF_NOT_BETTER),        # a sign, said alone
    (set(), {"no_complaints"}, TriageLevel.PHYSIO_IF_NOT_BETTER),        # "I have a complaint"
    # a sign beside "no aches or pains": nothing to get better (test drive 27)
    ({"no_complaints", "low_step_rate"}, set(), TriageLevel.SELF_CARE),
    ({"no_complaints", "low_step_rate", "knee_pain"}, set(), TriageLevel.PHYSIO_IF_NOT_BETTER),
    ({"recent_mileage_increase"}, set(), TriageLevel.SELF_CARE),         # context only
])
def test_a_complaint_is_a_symptom_or_a_sign_not_beside_no_complaints(kb, present, absent, level):
    assert kb.observations["low_step_rate"].category.value == "sign"   # (what this guards)
    assert triage_of(kb, Case(frozenset(present), frozenset(absent)), ()) is level
