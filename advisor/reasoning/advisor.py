"""The advisor: knowledge base + engine + certainty + explanation, for one rule pack."""
from __future__ import annotations

from advisor.records import replace
from functools import lru_cache

from advisor.knowledge.model import KnowledgeBase
from advisor.reasoning.case import Case
from advisor.reasoning.certainty import Certainty
from advisor.reasoning.engine import Engine, Trace
from advisor.reasoning.explain import Explainer
from advisor.reasoning.result import Result, TriageLevel


def flag_inputs(kb: KnowledgeBase) -> frozenset[str]:
    """The observations some chain of rules leads from to a red flag."""
    leads = set(kb.red_flags)
    grew = True
    while grew:
        grew = False
        for rule in kb.rules:
            if rule.then in leads and rule.weight > 0:
                new = {l.id for l in rule.all + rule.any if not l.negated} - leads
                if new:
                    leads |= new
                    grew = True
    return frozenset(leads & set(kb.observations))


class Advisor:
    """Advises on cases for one rule pack. Threads may share it: calls into the engine are serialised."""

    def __init__(self, kb: KnowledgeBase, engine: Engine | None = None):
        self.kb = kb
        self.engine = engine or Engine(kb)
        self.certainty = Certainty(kb)
        self.explainer = Explainer(kb, self.certainty)
        self._flag_inputs = flag_inputs(kb)

    def certainties(self, trace: Trace) -> dict[str, float]:
        """Certainty of every fact key (``+id`` / ``-id``) of a trace."""
        return self.certainty.certainties(trace)

    def advise(self, case: Case) -> Result:
        """Forward-chain the case and explain the outcome; when something that can raise a red
        flag was answered "not sure", chain it once more as if it were there, for the red flags
        more urgent than the answer that would bring (``Result.unsure_red_flags``)."""
        result = self.explainer.explain(case, self.engine.run(case.present, case.absent))
        unsure = case.unsure - case.present - case.absent
        if not unsure & self._flag_inputs or result.triage is TriageLevel.EMERGENCY:
            return result
        raised = self.explainer.red_flags(self.engine.run(case.present | unsure, case.absent))
        rank = result.triage.rank
        # (chaining only adds: a flag the answer did not raise comes from what was unsure)
        known = {f.id for f in result.red_flags}
        more = tuple(f for f in raised if TriageLevel(f.triage).rank < rank and f.id not in known)
        return replace(result, unsure_red_flags=more) if more else result

    def explain(self, case: Case, trace: Trace) -> Result:
        return self.explainer.explain(case, trace)


@lru_cache(maxsize=4)
def get_advisor(rules_dir: str | None = None) -> Advisor:
    """The advisor for a rule pack (the built-in one by default), built once per process.

    The loaded pack comes from the per-user cache when it is there (advisor/knowledge/cache.py).
    """
    from advisor.knowledge.cache import load_knowledge_base_cached
    return Advisor(load_knowledge_base_cached(rules_dir))
