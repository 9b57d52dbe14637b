"""From an engine trace to a ranked, explained result.

Certainty (documented for physios in rules/README.md): MYCIN-style certainty factors.
* An observation reported present, or reported absent (for a ``not`` premise), holds with 1.0.
* A rule that fired contributes ``weight x min(certainty of its premises)``, only when that
  minimum is above 0. An ``any`` group counts with its best member.
* A node's contributions combine as in MYCIN, positives and negatives separately
  (``a + b - a*b`` and ``a + b + a*b``), then once together: ``(P + N) / (1 - min(|P|, |N|))``.
  Grouping by sign first makes the result independent of the order rules fired in
  (MYCIN's pairwise rule is not associative across signs).
A cause is *likely* at certainty >= ``LIKELY``; shown ranked by certainty, then id.
"""
from __future__ import annotations

from functools import lru_cache

from advisor.reasoning.case import Case
from advisor.reasoning.engine import Engine, Firing, Trace
from advisor.knowledge.model import Citation, KnowledgeBase, Rule
from advisor.reasoning.result import (
    CitationOut, PlannedExercise, Premise, RankedCause, RedFlagHit, Result, RuledOut, Step,
)

LIKELY = 0.2
MAX_CAUSES = 5
PLAN_FOR_TOP = 3
EXERCISES_PER_CAUSE = 3


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


class Advisor:
    """Knowledge base + engine + scoring. One per process (the engine is not thread-safe)."""

    def __init__(self, kb: KnowledgeBase, engine: Engine | None = None):
        self.kb = kb
        self.engine = engine or Engine(kb)
        self._order = self._topological_order()
        self._concluding: dict[str, list[Rule]] = {}
        for rule in kb.rules:
            self._concluding.setdefault(rule.then, []).append(rule)

    def _topological_order(self) -> list[str]:
        deps: dict[str, set[str]] = {}
        for rule in self.kb.rules:
            deps.setdefault(rule.then, set()).update(l.id for l in rule.all + rule.any if l.id not in self.kb.observations)
        order, done = [], set()

        def visit(node: str) -> None:
            stack = [(node, iter(sorted(deps.get(node, ()))))]
            while stack:
                current, children = stack[-1]
                child = next(children, None)
                if child is None:
                    stack.pop()
                    if current not in done:
                        done.add(current)
                        order.append(current)
                elif child not in done:
                    stack.append((child, iter(sorted(deps.get(child, ())))))

        for node in sorted(deps):
            visit(node)
        return order

    # ---------------------------------------------------------------------------------
    def certainties(self, trace: Trace) -> dict[str, float]:
        """Certainty of every fact key (``+id`` / ``-id``) from the trace."""
        cf: dict[str, float] = {k: 1.0 for k in trace.facts if k[1:] in self.kb.observations}
        by_conclusion: dict[str, list[Firing]] = {}
        for firing in trace.firings:
            by_conclusion.setdefault(firing.conclusion, []).append(firing)
        for node in self._order:
            firings = by_conclusion.get(node)
            if not firings:
                continue
            best: dict[str, float] = {}
            for firing in firings:
                strength = min(cf.get(p, 0.0) for p in firing.premises)
                if strength > 0:
                    best[firing.rule] = max(best.get(firing.rule, 0.0), strength)
            value = combine(self.kb.rules_by_id[r].weight * s for r, s in best.items())
            if value:
                cf["+" + node] = value
        return cf

    def advise(self, case: Case) -> Result:
        trace = self.engine.run(case.present, case.absent)
        return self.explain(case, trace)

    def explain(self, case: Case, trace: Trace) -> Result:
        kb = self.kb
        cf = self.certainties(trace)
        by_conclusion: dict[str, list[Firing]] = {}
        for firing in trace.firings:
            by_conclusion.setdefault(firing.conclusion, []).append(firing)

        flags = []
        for flag_id, flag in kb.red_flags.items():
            if cf.get("+" + flag_id, 0) > 0:
                because = {p for f in by_conclusion.get(flag_id, ()) for p in f.premises}
                flags.append(RedFlagHit(flag.id, flag.text, flag.triage.value, flag.see, flag.action,
                                        tuple(self._premise(p) for p in sorted(because)),
                                        self._cites(flag.citations)))
        flags.sort(key=lambda h: (kb.red_flags[h.id].triage.rank, h.id))

        scored = sorted(((cf.get("+" + c, 0.0), c) for c in kb.causes), key=lambda t: (-t[0], t[1]))
        likely = [(v, c) for v, c in scored if v >= LIKELY][:MAX_CAUSES]
        likely_ids = {c for _, c in likely}
        causes = tuple(self._ranked(c, v, cf, by_conclusion) for v, c in likely)
        ruled_out = tuple(r for r in (self._why_not(c, cf, trace, by_conclusion) for c in kb.causes
                                      if c not in likely_ids) if r)

        if flags:
            plan_kind, exercises = "referral", ()
        elif causes:
            plan_kind, exercises = "treatment", self._plan([c.id for c in causes[:PLAN_FOR_TOP]])
        else:
            plan_kind = "prevention"
            exercises = tuple(self._planned(e, ()) for e in kb.exercises.values() if e.prevention)
        return Result(kb.notice, tuple(flags), causes, ruled_out, exercises, plan_kind,
                      tuple(self._premise("+" + o) for o in sorted(case.present)),
                      tuple(self._premise("-" + o) for o in sorted(case.absent - case.present)),
                      case.athlete, case.group)

    # ---------------------------------------------------------------------------------
    def _premise(self, key: str) -> Premise:
        return Premise(key[1:], self.kb.label(key[1:]), key[0] == "-")

    def _cites(self, citations: tuple[Citation, ...]) -> tuple[CitationOut, ...]:
        out = []
        for c in citations:
            src = self.kb.sources[c.source]
            out.append(CitationOut(c.source, c.section, c.quote, c.note, src.short, src.reference, src.url))
        return tuple(out)

    def _step(self, firing: Firing) -> Step:
        rule = self.kb.rules_by_id[firing.rule]
        return Step(rule.id, tuple(self._premise(p) for p in firing.premises), firing.conclusion,
                    self.kb.label(firing.conclusion), rule.weight, self._cites(rule.citations), rule.note)

    def _ranked(self, cause_id: str, value: float, cf: dict, by_conclusion: dict) -> RankedCause:
        chain: list[Firing] = []
        seen: set[str] = set()
        frontier = [cause_id]
        while frontier:
            node = frontier.pop()
            if node in seen:
                continue
            seen.add(node)
            for firing in by_conclusion.get(node, ()):
                if self.kb.rules_by_id[firing.rule].weight > 0 and min(cf.get(p, 0) for p in firing.premises) > 0:
                    chain.append(firing)
                    frontier.extend(p[1:] for p in firing.premises if p[1:] not in self.kb.observations)
        position = {n: i for i, n in enumerate(self._order)}
        chain.sort(key=lambda f: (position.get(f.conclusion, 0), f.rule, f.premises))
        against = [f for f in by_conclusion.get(cause_id, ()) if self.kb.rules_by_id[f.rule].weight < 0]
        cause = self.kb.causes[cause_id]
        return RankedCause(cause.id, cause.text, cause.type.value, cause.muscle,
                           cause.state.value if cause.state else "", round(value, 3), cause.explanation,
                           tuple(self._step(f) for f in chain), tuple(self._step(f) for f in against))

    def _why_not(self, cause_id: str, cf: dict, trace: Trace, by_conclusion: dict) -> RuledOut | None:
        label = self.kb.causes[cause_id].text
        value = round(cf.get("+" + cause_id, 0.0), 3)
        against = [f for f in by_conclusion.get(cause_id, ()) if self.kb.rules_by_id[f.rule].weight < 0]
        if against:
            reasons = "; ".join(
                " and ".join(("no " if p[0] == "-" else "") + self.kb.label(p[1:]) for p in f.premises)
                + f" (rule {f.rule})" for f in against)
            return RuledOut(cause_id, label, max(value, 0.0), f"evidence against it: {reasons}")
        if 0 < value < LIKELY:
            return RuledOut(cause_id, label, value, f"only weak evidence (certainty {value:.2f} is below {LIKELY})")
        for rule in self._concluding.get(cause_id, ()):
            if rule.weight <= 0:
                continue
            literals = rule.all + rule.any
            held = [l for l in literals if l.key in trace.facts]
            if not held:
                continue
            contradicted = [l for l in literals if l.key not in trace.facts and
                            l.id in self.kb.observations and ("-" if not l.negated else "+") + l.id in trace.facts]
            if contradicted:
                shown = contradicted[:2]
                what = "; ".join(f"you answered {'yes' if l.negated else 'no'} to '{self.kb.label(l.id)}'"
                                 for l in shown)
                more = f" (and {len(contradicted) - 2} more)" if len(contradicted) > 2 else ""
                return RuledOut(cause_id, label, 0.0, f"{what}{more} (rule {rule.id})")
        return None

    def _plan(self, cause_ids: list[str]) -> tuple[PlannedExercise, ...]:
        chosen: dict[str, list[str]] = {}
        for cause in cause_ids:
            # Exercises aimed first at this cause come before those that help it on the side.
            candidates = sorted((ex.addresses.index(cause), n, ex.id)
                                for n, ex in enumerate(self.kb.exercises.values()) if cause in ex.addresses)
            for _, _, ex_id in candidates[:EXERCISES_PER_CAUSE]:
                chosen.setdefault(ex_id, []).append(cause)
        return tuple(self._planned(self.kb.exercises[e], tuple(c)) for e, c in chosen.items())

    def _planned(self, ex, for_causes: tuple[str, ...]) -> PlannedExercise:
        return PlannedExercise(ex.id, ex.name, ex.kind, ex.how, ex.dose.summary(), ex.dose.progression,
                               for_causes, self._cites(ex.citations))


@lru_cache(maxsize=4)
def get_advisor(rules_dir: str | None = None) -> Advisor:
    """The advisor for a rule pack (the built-in one by default), built once per process."""
    from advisor.knowledge.loader import load_knowledge_base
    return Advisor(load_knowledge_base(rules_dir))
