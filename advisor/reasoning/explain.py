"""Explanation: from an engine trace to the frozen, explained ``Result`` of a case.

Red flags (most urgent first), the likely causes ranked by certainty with the cited chain
that led to each, the causes ruled out and why, and the exercise plan.
"""
from __future__ import annotations

from advisor.knowledge.model import CauseType, Citation, FindingKind, KnowledgeBase, Literal, Rule
from advisor.reasoning.case import Case
from advisor.reasoning.certainty import LIKELY, Certainty
from advisor.reasoning.engine import Firing, Trace
from advisor.reasoning.plan import choose_exercises, dose_label, dose_sentence, prevention_exercises
from advisor.reasoning.result import (
    CitationOut, ConditionOut, DoseOut, PlanKind, PlannedExercise, Premise, RankedCause, RedFlagHit, Result, RuledOut, Step,
    advised,
)
from advisor.reasoning.triage import triage_of

MAX_CAUSES = 5
"""At most this many likely causes are reported."""


OWN_CAUSE_FROM = 0.6
"""A rule from a named condition alone to a cause at this weight or more makes it the condition's
own cause, whose exercises lead the plan when the condition is likely."""


class Explainer:
    """Builds results for one knowledge base.

    Everything a result is built from that depends on the knowledge base alone (premises,
    steps, citations, the reasons a rule can rule a cause out) is prepared once here or
    memoised on first use: the result objects are frozen, so cases share them.
    """

    def __init__(self, kb: KnowledgeBase, certainty: Certainty | None = None):
        self.kb = kb
        self.certainty = certainty or Certainty(kb)
        self._concluding: dict[str, list[Rule]] = {}
        for rule in kb.rules:
            self._concluding.setdefault(rule.then, []).append(rule)
        self._weight = {rule.id: rule.weight for rule in kb.rules}
        self._position = {n: i for i, n in enumerate(self.certainty.order)}
        # For each cause, its positive rules as (rule id, keys of its literals, and for each
        # literal on an observation the key that contradicts it), in rule order: _why_not
        # runs for most causes of every case.
        self._positive: dict[str, list[tuple[str, frozenset[str], tuple[tuple[Literal, str], ...]]]] = {}
        for cause_id in kb.causes:
            entries = []
            for rule in self._concluding.get(cause_id, ()):
                if rule.weight <= 0:
                    continue
                literals = rule.all + rule.any
                opposite = tuple((l, ("-" if not l.negated else "+") + l.id) for l in literals
                                 if l.id in kb.observations)
                entries.append((rule.id, frozenset(l.key for l in literals), opposite))
            self._positive[cause_id] = entries
        # Fact key -> causes with a positive rule on it. A cause no fact touches, with no
        # firing and no certainty, has nothing to be ruled out for: _why_not is skipped.
        self._touching: dict[str, set[str]] = {}
        for cause_id, entries in self._positive.items():
            for _, keys, _ in entries:
                for key in keys:
                    self._touching.setdefault(key, set()).add(cause_id)
        self._cause_index = {c: n for n, c in enumerate(kb.causes)}
        self._cause_fields = {c.id: (c.id, c.text, c.type.value, c.muscle, c.state.value if c.state else "",
                                     c.explanation) for c in kb.causes.values()}
        self._care = {c.id: c.care for c in kb.causes.values() if c.care}
        self._premises: dict[str, Premise] = {}
        self._steps: dict[Firing, Step] = {}
        self._chain_info: dict[Firing, tuple[bool, tuple[str, ...], tuple]] = {}
        self._citations: dict[tuple[Citation, ...], tuple[CitationOut, ...]] = {}
        self._plans: dict[tuple[str, ...], tuple[PlannedExercise, ...]] = {}
        self._planned_memo: dict[tuple[str, tuple[str, ...]], PlannedExercise] = {}
        self._prevention: tuple[PlannedExercise, ...] | None = None
        self._named = [f for f in kb.findings.values() if f.kind is FindingKind.CONDITION]
        # A named condition's own causes: those a rule concludes from the condition alone
        # (gluteal tendinopathy -> overloaded gluteal tendons). Their exercises lead the plan
        # when the condition is likely (test drive 20: the tendon programme came fourth, after
        # three glute exercises two of which hold clamshells)
        # (only a strong link, the condition being that tissue's overload: gluteal tendinopathy is
        # overloaded tendons at 0.7; its weak glutes at 0.3, like runner's knee's, reorder nothing)
        named = {f.id for f in self._named}
        self._own_causes: dict[str, dict[str, float]] = {}
        for rule in kb.rules:
            if rule.weight >= OWN_CAUSE_FROM and not rule.any and len(rule.all) == 1 and rule.all[0].id in named \
                    and not rule.all[0].negated and rule.then in kb.causes:
                own = self._own_causes.setdefault(rule.all[0].id, {})
                own[rule.then] = max(own.get(rule.then, 0.0), rule.weight)

    def explain(self, case: Case, trace: Trace) -> Result:
        """The frozen result for a case, from its engine trace."""
        kb = self.kb
        cf, by_conclusion = self.certainty.certainties_and_firings(trace)

        flags = self._flags(cf, by_conclusion)

        all_causes = kb.causes
        scored = sorted((-v, k[1:]) for k, v in cf.items()
                        if k[0] == "+" and v >= LIKELY and k[1:] in all_causes)
        likely = [(-v, c) for v, c in scored[:MAX_CAUSES]]
        likely_ids = {c for _, c in likely}
        causes = tuple(self._ranked(c, v, cf, by_conclusion, bool(flags)) for v, c in likely)
        # Only a cause a fact touches, with a firing or with a certainty can be ruled out
        # for a reason; examined in knowledge-base order.
        touching = self._touching
        candidates = {c for key in trace.facts for c in touching.get(key, ())}
        candidates.update(c for c in by_conclusion if c in all_causes)
        candidates.update(k[1:] for k in cf if k[0] == "+" and k[1:] in all_causes)
        candidates.difference_update(likely_ids)
        ruled_out = tuple(r for r in (self._why_not(c, cf, trace, by_conclusion)
                                      for c in sorted(candidates, key=self._cause_index.__getitem__)) if r)

        if flags:
            plan_kind, exercises = PlanKind.REFERRAL, ()
        elif causes:
            plan_kind = PlanKind.TREATMENT
            own: dict[str, float] = {}
            for f in self._named:
                if cf.get("+" + f.id, 0.0) >= LIKELY:
                    for c, w in self._own_causes.get(f.id, {}).items():
                        own[c] = max(own.get(c, 0.0), w)
            top = [c.id for c in advised(causes)]
            # (and a named condition's own cause, however it ranks: the answer names the
            # condition, so its programme is in the plan; test drive 34's ask named mid-portion
            # Achilles tendinopathy and gave stair calf raises, its overload fifth of five)
            top += [c.id for c in causes if own.get(c.id, 0.0) > 0 and c.id not in top]
            # (a form fault the answers rule out, at certainty 0: its cue is no use for another cause)
            faults_out = frozenset(r.id for r in ruled_out if r.certainty <= 0 and all_causes[r.id].type is CauseType.FORM)
            exercises = self._plan(tuple(sorted(top, key=lambda c: -own.get(c, 0.0))), faults_out)
        else:
            plan_kind = PlanKind.PREVENTION
            if self._prevention is None:
                self._prevention = tuple(self._planned(e, ()) for e in prevention_exercises(kb))
            exercises = self._prevention
        return Result(kb.notice, tuple(flags), causes, ruled_out, exercises, plan_kind, triage_of(kb, case, flags),
                      tuple(self._premise("+" + o) for o in sorted(case.present)),
                      tuple(self._premise("-" + o) for o in sorted(case.absent - case.present)),
                      case.athlete, case.group,
                      tuple(self._premise("+" + o) for o in sorted(case.unsure - case.present - case.absent)),
                      self._conditions(cf, bool(flags)), case.words)

    def red_flags(self, trace: Trace) -> list[RedFlagHit]:
        """The red flags a trace raises, most urgent first, each ``because`` the observations
        it rests on (followed through the conclusions between: under-fuelling signs -> missed
        periods)."""
        return self._flags(*self.certainty.certainties_and_firings(trace), to_observations=True)

    def _flags(self, cf: dict[str, float], by_conclusion: dict[str, list[Firing]],
               to_observations: bool = False) -> list[RedFlagHit]:
        # A red flag has a certainty only if some rule concluded it (cf holds the rest at 0,
        # which is never a hit): look at those alone.
        red_flags = self.kb.red_flags
        observations = self.kb.observations
        flags = []
        for node, fired in by_conclusion.items():
            if node in red_flags and cf.get("+" + node, 0) > 0:
                because = {p for f in fired for p in f.premises}
                seen = set()
                while to_observations and (between := {p for p in because if p[1:] not in observations} - seen):
                    seen |= between
                    because |= {p for b in between for f in by_conclusion.get(b[1:], ()) for p in f.premises}
                because -= seen
                flag = red_flags[node]
                flags.append(RedFlagHit(flag.id, flag.text, flag.triage.value, flag.see, flag.action,
                                        tuple(self._premise(p) for p in sorted(because)),
                                        self._cites(flag.citations)))
        # (of one triage, a possible first sign of a life-threatening problem first)
        flags.sort(key=lambda h: (red_flags[h.id].triage.rank, not red_flags[h.id].life_threatening, h.id))
        return flags

    def _conditions(self, cf: dict[str, float], flagged: bool) -> tuple[ConditionOut, ...]:
        """Under a red flag a condition's usual care is not given: an app showing ``conditions``
        would offer self-care beside the referral (test drive 12)."""
        found = sorted((-cf.get("+" + f.id, 0.0), f.id) for f in self._named)
        return tuple(ConditionOut(f, self.kb.findings[f].name, round(-v, 3),
                                  self.kb.under_a_red_flag if flagged else self.kb.findings[f].text)
                     for v, f in found if -v >= LIKELY)

    # ---------------------------------------------------------------------------------
    def _premise(self, key: str) -> Premise:
        premise = self._premises.get(key)
        if premise is None:
            premise = self._premises[key] = Premise(key[1:], self.kb.label(key[1:]), key[0] == "-")
        return premise

    def _cites(self, citations: tuple[Citation, ...]) -> tuple[CitationOut, ...]:
        out = self._citations.get(citations)
        if out is None:
            built = []
            for c in citations:
                src = self.kb.sources[c.source]
                built.append(CitationOut(c.source, c.section, c.quote, c.note, src.short, src.reference, src.url))
            out = self._citations[citations] = tuple(built)
        return out

    def _step(self, firing: Firing) -> Step:
        step = self._steps.get(firing)
        if step is None:
            rule = self.kb.rules_by_id[firing.rule]
            step = self._steps[firing] = Step(
                rule.id, tuple(self._premise(p) for p in firing.premises), firing.conclusion,
                self.kb.label(firing.conclusion), rule.weight, self._cites(rule.citations), rule.note)
        return step

    def _plan(self, top: tuple[str, ...], ruled_out: frozenset[str] = frozenset()) -> tuple[PlannedExercise, ...]:
        # Keyed by the advised cause ids (a few) and the form faults ruled out, so the memo stays small.
        plan = self._plans.get((top, ruled_out))
        if plan is None:
            chosen = choose_exercises(self.kb, list(top), ruled_out)
            plan = self._plans[(top, ruled_out)] = tuple(self._planned(self.kb.exercises[e], for_causes)
                                            for e, for_causes in chosen.items())
        return plan

    def _ranked(self, cause_id: str, value: float, cf: dict, by_conclusion: dict, flagged: bool) -> RankedCause:
        chain: list[Firing] = []
        seen: set[str] = set()
        frontier = [cause_id]
        chain_info = self._chain_info
        while frontier:
            node = frontier.pop()
            if node in seen:
                continue
            seen.add(node)
            for firing in by_conclusion.get(node, ()):
                info = chain_info.get(firing) or self._chain_entry(firing)
                if info[0]:
                    for p in firing.premises:
                        if cf.get(p, 0) <= 0:
                            break
                    else:  # every premise holds with some certainty: a link of the chain
                        chain.append(firing)
                        frontier.extend(info[1])
        chain.sort(key=lambda f: chain_info[f][2])
        weight = self._weight
        against = [f for f in by_conclusion.get(cause_id, ()) if weight[f.rule] < 0]
        ident, text, kind, muscle, state, explanation = self._cause_fields[cause_id]
        if cause_id in self._care and not flagged:   # (under a red flag the referral comes first)
            explanation = f"{explanation} {self._care[cause_id]}".strip()
        return RankedCause(ident, text, kind, muscle, state, round(value, 3), explanation,
                           tuple(self._step(f) for f in chain), tuple(self._step(f) for f in against))

    def _chain_entry(self, firing: Firing) -> tuple[bool, tuple[str, ...], tuple]:
        """Whether a firing can be a link of a chain, the ids it leads back to, its place in one."""
        entry = self._chain_info[firing] = (
            self._weight[firing.rule] > 0,
            tuple(p[1:] for p in firing.premises if p[1:] not in self.kb.observations),
            (self._position.get(firing.conclusion, 0), firing.rule, firing.premises))
        return entry

    def _why_not(self, cause_id: str, cf: dict, trace: Trace, by_conclusion: dict) -> RuledOut | None:
        value = round(cf.get("+" + cause_id, 0.0), 3)
        fired = by_conclusion.get(cause_id)
        against = [f for f in fired if self._weight[f.rule] < 0] if fired else ()
        if against:
            label = self.kb.causes[cause_id].text
            reasons = "; ".join(
                " and ".join(("no " if p[0] == "-" else "") + self.kb.label(p[1:]) for p in f.premises)
                + f" (rule {f.rule})" for f in against)
            return RuledOut(cause_id, label, max(value, 0.0), f"evidence against it: {reasons}")
        if 0 < value < LIKELY:
            label = self.kb.causes[cause_id].text
            return RuledOut(cause_id, label, value, f"only weak evidence (certainty {value:.2f} is below {LIKELY})")
        facts = trace.facts
        for rule_id, keys, opposite in self._positive[cause_id]:
            if keys.isdisjoint(facts):
                continue
            contradicted = [l for l, other in opposite if l.key not in facts and other in facts]
            if contradicted:
                shown = contradicted[:2]
                what = "; ".join(f"you answered {'yes' if l.negated else 'no'} to '{self.kb.label(l.id)}'"
                                 for l in shown)
                more = f" (and {len(contradicted) - 2} more)" if len(contradicted) > 2 else ""
                return RuledOut(cause_id, self.kb.causes[cause_id].text, 0.0, f"{what}{more} (rule {rule_id})")
        return None

    def _planned(self, ex, for_causes: tuple[str, ...]) -> PlannedExercise:
        key = (ex.id, for_causes)  # a few advised causes: bounded by the pack
        planned = self._planned_memo.get(key)
        if planned is None:
            d = ex.dose
            planned = self._planned_memo[key] = PlannedExercise(
                ex.id, ex.name, ex.kind.value, ex.how, dose_sentence(d),
                DoseOut(d.sets, d.reps, d.hold, d.frequency, d.when, d.basis, dose_label(self.kb, d)), d.progression,
                for_causes, self._cites(ex.citations))
        return planned
