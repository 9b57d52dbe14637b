"""Explanation: from an engine trace to the frozen, explained ``Result`` of a case.

Red flags (most urgent first), the likely causes ranked by certainty with the cited chain
that led to each, the causes ruled out and why, and the exercise plan.
"""
from __future__ import annotations

from advisor.knowledge.model import Citation, KnowledgeBase, Rule
from advisor.reasoning.case import Case
from advisor.reasoning.certainty import LIKELY, Certainty
from advisor.reasoning.engine import Firing, Trace
from advisor.reasoning.plan import PLAN_FOR_TOP, choose_exercises, dose_sentence, prevention_exercises
from advisor.reasoning.result import (
    CitationOut, DoseOut, PlanKind, PlannedExercise, Premise, RankedCause, RedFlagHit, Result, RuledOut, Step,
)
from advisor.reasoning.triage import triage_of

MAX_CAUSES = 5
"""At most this many likely causes are reported."""


class Explainer:
    """Builds results for one knowledge base."""

    def __init__(self, kb: KnowledgeBase, certainty: Certainty | None = None):
        self.kb = kb
        self.certainty = certainty or Certainty(kb)
        self._concluding: dict[str, list[Rule]] = {}
        for rule in kb.rules:
            self._concluding.setdefault(rule.then, []).append(rule)

    def explain(self, case: Case, trace: Trace) -> Result:
        """The frozen result for a case, from its engine trace."""
        kb = self.kb
        cf = self.certainty.certainties(trace)
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
            plan_kind, exercises = PlanKind.REFERRAL, ()
        elif causes:
            chosen = choose_exercises(kb, [c.id for c in causes[:PLAN_FOR_TOP]])
            plan_kind = PlanKind.TREATMENT
            exercises = tuple(self._planned(kb.exercises[e], for_causes) for e, for_causes in chosen.items())
        else:
            plan_kind = PlanKind.PREVENTION
            exercises = tuple(self._planned(e, ()) for e in prevention_exercises(kb))
        return Result(kb.notice, tuple(flags), causes, ruled_out, exercises, plan_kind, triage_of(kb, case, flags),
                      tuple(self._premise("+" + o) for o in sorted(case.present)),
                      tuple(self._premise("-" + o) for o in sorted(case.absent - case.present)),
                      case.athlete, case.group,
                      tuple(self._premise("+" + o) for o in sorted(case.unsure - case.present - case.absent)))

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
        position = {n: i for i, n in enumerate(self.certainty.order)}
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

    def _planned(self, ex, for_causes: tuple[str, ...]) -> PlannedExercise:
        d = ex.dose
        return PlannedExercise(ex.id, ex.name, ex.kind.value, ex.how, dose_sentence(d),
                               DoseOut(d.sets, d.reps, d.hold, d.frequency, d.when), d.progression,
                               for_causes, self._cites(ex.citations))
