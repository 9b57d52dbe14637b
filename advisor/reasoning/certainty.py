"""Certainty: MYCIN-style certainty factors over an engine trace.

Documented for physios in rules/README.md.
* An observation reported present, or reported absent (for a ``not`` premise), holds with 1.0.
* A rule that fired contributes ``weight x min(certainty of its premises)``, only when that
  minimum is above 0. An ``any`` group counts with its best member.
* A node's contributions combine as in MYCIN, positives and negatives separately
  (``a + b - a*b`` and ``a + b + a*b``), then once together: ``(P + N) / (1 - min(|P|, |N|))``.
  Grouping by sign first makes the result independent of the order rules fired in
  (MYCIN's pairwise rule is not associative across signs).
"""
from __future__ import annotations

from advisor.knowledge.model import KnowledgeBase
from advisor.reasoning.engine import Firing, Trace

LIKELY = 0.2
"""A cause is *likely* at or above this certainty."""
_ABOVE_ANY = float("inf")


def combine(values) -> float:
    """Combine certainty factors, order-independently."""
    pos = neg = 0.0
    for v in sorted(values):  # sorted: bit-for-bit the same whatever order rules fired in
        if v > 0:
            pos = pos + v - pos * v
        elif v < 0:
            neg = neg + v + neg * v
    if pos and neg:
        weaker = min(pos, -neg)
        if weaker > 1 - 1e-9:  # certain for and certain against: MYCIN is undefined; call it 0
            return 0.0
        return max(-1.0, min(1.0, (pos + neg) / (1 - weaker)))
    return pos or neg


class Certainty:
    """Computes the certainty of every fact of a trace, conclusions in rule-graph order."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.order = kb.order
        """Conclusions, each after everything its rules use: computed once by the loader."""
        self._position = {node: n for n, node in enumerate(self.order)}
        self._weight = {rule.id: rule.weight for rule in kb.rules}
        self._observation_keys = frozenset(sign + o for o in kb.observations for sign in "+-")

    def certainties(self, trace: Trace) -> dict[str, float]:
        """Certainty of every fact key (``+id`` / ``-id``) from the trace."""
        return self.certainties_and_firings(trace)[0]

    def certainties_and_firings(self, trace: Trace) -> tuple[dict[str, float], dict[str, list[Firing]]]:
        """``certainties(trace)``, and the trace's firings grouped by conclusion (explain needs both)."""
        cf: dict[str, float] = dict.fromkeys(trace.facts & self._observation_keys, 1.0)
        by_conclusion: dict[str, list[Firing]] = {}
        for firing in trace.firings:
            by_conclusion.setdefault(firing.conclusion, []).append(firing)
        position = self._position
        weight = self._weight
        # Only the nodes some rule fired for, still in rule-graph order.
        for node in sorted(by_conclusion, key=position.__getitem__):
            best: dict[str, float] = {}
            for firing in by_conclusion[node]:
                # The weakest premise; one at or below 0 (or with no certainty, i.e. 0) means
                # the firing adds nothing.
                strength = _ABOVE_ANY  # premises are never empty
                for p in firing.premises:
                    v = cf.get(p, 0.0)
                    if v <= 0:
                        break
                    if v < strength:
                        strength = v
                else:
                    best[firing.rule] = max(best.get(firing.rule, 0.0), strength)
            values = [weight[r] * s for r, s in best.items()]
            # One contribution combines to itself (exactly: 0 + v - 0*v == v); skip the sort.
            value = (values[0] or 0.0) if len(values) == 1 else combine(values)
            if value:
                cf["+" + node] = value
        return cf, by_conclusion
