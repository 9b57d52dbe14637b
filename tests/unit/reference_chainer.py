"""A plain-Python forward chainer over the same rule pack: the oracle for the durable engine.

Naive fixpoint, no Rete, no durable: if the two ever disagree on derived facts or on the
trace of firings, one of them is wrong.
"""
from __future__ import annotations

from advisor.reasoning.engine import Firing, Trace
from advisor.knowledge.model import KnowledgeBase


def reference_run(kb: KnowledgeBase, present, absent=()) -> Trace:
    facts = {"+" + o for o in present} | {"-" + o for o in absent if o not in present}
    firings: set[Firing] = set()
    changed = True
    while changed:
        changed = False
        for rule in kb.rules:
            alternatives = [rule.all + (alt,) for alt in rule.any] if rule.any else [rule.all]
            for literals in alternatives:
                keys = {lit.key for lit in literals}
                if keys <= facts:
                    firing = Firing(rule.id, tuple(sorted(keys)), rule.then)
                    if firing not in firings:
                        firings.add(firing)
                        changed = True
                    if rule.weight > 0 and "+" + rule.then not in facts:
                        facts.add("+" + rule.then)
                        changed = True
    return Trace(frozenset(facts), tuple(sorted(firings, key=lambda f: (f.rule, f.premises))))
