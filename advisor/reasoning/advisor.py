"""The advisor: knowledge base + engine + certainty + explanation, for one rule pack."""
from __future__ import annotations

from functools import lru_cache

from advisor.knowledge.model import KnowledgeBase
from advisor.reasoning.case import Case
from advisor.reasoning.certainty import Certainty
from advisor.reasoning.engine import Engine, Trace
from advisor.reasoning.explain import Explainer
from advisor.reasoning.result import Result


class Advisor:
    """Advises on cases for one rule pack. Threads may share it: calls into the engine are serialised."""

    def __init__(self, kb: KnowledgeBase, engine: Engine | None = None):
        self.kb = kb
        self.engine = engine or Engine(kb)
        self.certainty = Certainty(kb)
        self.explainer = Explainer(kb, self.certainty)

    def certainties(self, trace: Trace) -> dict[str, float]:
        """Certainty of every fact key (``+id`` / ``-id``) of a trace."""
        return self.certainty.certainties(trace)

    def advise(self, case: Case) -> Result:
        """Forward-chain the case and explain the outcome."""
        return self.explainer.explain(case, self.engine.run(case.present, case.absent))

    def explain(self, case: Case, trace: Trace) -> Result:
        return self.explainer.explain(case, trace)


@lru_cache(maxsize=4)
def get_advisor(rules_dir: str | None = None) -> Advisor:
    """The advisor for a rule pack (the built-in one by default), built once per process.

    The loaded pack comes from the per-user cache when it is there (advisor/knowledge/cache.py).
    """
    from advisor.knowledge.cache import load_knowledge_base_cached
    return Advisor(load_knowledge_base_cached(rules_dir))
