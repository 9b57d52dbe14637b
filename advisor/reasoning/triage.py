"""The triage level every answer carries (documented for physios in rules/README.md).

* A red flag fired: the level of the most urgent one (its ``triage`` in rules/red_flags.yaml).
* Otherwise, any complaint reported (an observation of category ``symptom`` or ``sign``, or
  one marked ``complaint_when_absent`` reported absent: "no aches or pains" absent): physio
  if not better (self-care now; see a physiotherapist if not clearly better in
  2-3 weeks, or at once if it gets worse).
* Otherwise (only context, self-tests passed, or nothing): self-care. A sign (a form fault such
  as a low step rate) beside "no aches or pains" reported present is no complaint: there is
  nothing to get better (test drive 27 told such a runner to see a physio "if it is not clearly
  better").
"""
from __future__ import annotations

from collections.abc import Sequence

from advisor.knowledge.model import KnowledgeBase, ObservationCategory
from advisor.reasoning.case import Case
from advisor.reasoning.result import RedFlagHit, TriageLevel

COMPLAINTS = frozenset({ObservationCategory.SYMPTOM, ObservationCategory.SIGN})


def triage_of(kb: KnowledgeBase, case: Case, flags: Sequence[RedFlagHit]) -> TriageLevel:
    """The level for a case whose red flags (most urgent first) are ``flags``."""
    if flags:
        return min((TriageLevel(f.triage) for f in flags), key=lambda t: t.rank)
    known = [kb.observations[o] for o in case.present if o in kb.observations]
    counted = {ObservationCategory.SYMPTOM} if any(o.complaint_when_absent for o in known) else COMPLAINTS
    if any(o.category in counted for o in known) or any(
            kb.observations[o].complaint_when_absent for o in case.absent if o in kb.observations):
        return TriageLevel.PHYSIO_IF_NOT_BETTER
    return TriageLevel.SELF_CARE
