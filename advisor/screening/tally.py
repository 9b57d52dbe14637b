"""Team aggregates, updated one athlete at a time, frozen into a ``TeamSummary`` at the end.

Memory is bounded whatever the roster's length: counters by cause, group, concern and cause
combination; at most ``NAMES_PER_EXERCISE`` names per cause; the ``shown_in_full`` most
urgent athletes in a bounded heap (the human formats' table and cards). Only the referrals and the unread rows are kept in full,
because the report must list every one of them.
"""
from __future__ import annotations

import bisect
import heapq
from collections import Counter

from advisor.knowledge.model import KnowledgeBase
from advisor.reasoning.plan import dose_with_basis
from advisor.reasoning.result import advised
from advisor.reasoning.team import (
    AthleteReport, Concern, Label, PatternRow, Patterns, Referral, Status, TeamExercise, TeamSummary, UnreadRow,
)

NAMES_PER_EXERCISE = 200
SHOWN_IN_FULL = 1000
"""Human formats list this many athletes (the most urgent) in their table and in full; the rest
are counted. A squad of a few hundred is listed whole; in a larger roster the ones left out
come last in ``AthleteReport.sort_key`` order, and the report counts them by concern."""
NO_GROUP = "(no group)"


class _LessUrgentFirst:
    """Heap entry ordered so that the heap's top is the least urgent athlete kept."""

    __slots__ = ("key", "row")

    def __init__(self, row: AthleteReport):
        self.key = row.sort_key
        self.row = row

    def __lt__(self, other: "_LessUrgentFirst") -> bool:
        return self.key > other.key


class TeamTally:
    def __init__(self, kb: KnowledgeBase, shown_in_full: int = SHOWN_IN_FULL):
        self.kb = kb
        self.shown_in_full = shown_in_full
        self.athletes = 0
        self.referrals: list[Referral] = []
        self.problems: list[UnreadRow] = []
        self.pattern: Counter = Counter()
        """cause id -> athletes without a red flag for whom it is a likely cause."""
        self.pattern_athletes = 0
        self.pattern_by_group: dict[str, Counter] = {}
        self.plan_kinds: Counter = Counter()
        self.cards: Counter = Counter()
        """(an athlete's treated causes, the exercises of their own plan) -> athletes (bounded by
        the combinations the pack can give)."""
        self.names_by_card: dict[tuple[frozenset[str], frozenset[str]], list[str]] = {}
        """The same key -> the alphabetically first athletes with it."""
        self._heap: list[_LessUrgentFirst] = []
        self.concerns: Counter = Counter()
        self.flags_not_asked = 0
        self.flags_unsure = 0
        self.flags_partly_asked = 0

    def add(self, row: AthleteReport | UnreadRow) -> None:
        if isinstance(row, UnreadRow):
            self.problems.append(row)
            return
        self.athletes += 1
        outcome = row.outcome
        self.plan_kinds[outcome.status.plan_kind] += 1
        self.concerns[row.concern] += 1
        self.flags_not_asked += not row.flags_asked
        self.flags_unsure += bool(outcome.unsure)
        self.flags_partly_asked += row.flags_partly_asked
        if outcome.red_flags:
            self.referrals.append(Referral(row.athlete, row.group, row.line, outcome.red_flags, outcome.urgency))
        by_group = self.pattern_by_group.setdefault(row.group or NO_GROUP, Counter())
        # (a referred athlete's causes wait for the clinician; a blank row has none to count:
        # counted, "Of the 12 athletes not referred" took in 4 who gave no answers, test drive 26)
        if not outcome.red_flags and outcome.status is not Status.NO_ANSWERS:
            self.pattern_athletes += 1
            # (the causes on the athlete's card, no lesser one: "weak hip flexors | 2" led the team
            # patterns when no card named them, test drive 49)
            for cause in advised(outcome.causes):
                self.pattern[cause.id] += 1
                by_group[cause.id] += 1
        if outcome.status is Status.PLAN and outcome.plan:   # (a plan held: asked again first)
            card = (frozenset(c.id for c in advised(outcome.causes)), frozenset(e.id for e in outcome.plan))
            self.cards[card] += 1
            # The alphabetically first names, so the report does not depend on roster order.
            names = self.names_by_card.setdefault(card, [])
            if len(names) < NAMES_PER_EXERCISE or row.athlete < names[-1]:
                bisect.insort(names, row.athlete)
                del names[NAMES_PER_EXERCISE:]
        self._keep_if_urgent(row)

    def _keep_if_urgent(self, row: AthleteReport) -> None:
        entry = _LessUrgentFirst(row)
        if len(self._heap) < self.shown_in_full:
            heapq.heappush(self._heap, entry)
        elif self._heap and self._heap[0] < entry:  # more urgent than the least urgent kept
            heapq.heapreplace(self._heap, entry)

    def _label(self, cause_id: str) -> Label:
        return Label(cause_id, self.kb.causes[cause_id].text)

    def patterns(self) -> Patterns:
        groups = tuple(sorted(self.pattern_by_group))
        ranked = sorted(self.pattern.items(), key=lambda t: (-t[1], t[0]))
        rows = tuple(PatternRow(self._label(cause), n, tuple(self.pattern_by_group[g][cause] for g in groups))
                     for cause, n in ranked)
        return Patterns(groups, rows, self.pattern_athletes)

    def team_plan(self) -> tuple[TeamExercise, ...]:
        """Greedy set cover: the fewest exercises covering every treated athlete's top causes.

        An exercise covers an athlete's cause only when the athlete's own plan gives it: each
        step takes the exercise that covers the most uncovered (athlete, cause) pairs; among equals,
        the one the pack ranks first for those causes. So the team plan never gives an athlete
        what their own card does not (test drive 21: it gave eccentric heel drops twice a day where
        the card gave heavy slow calf raises, its alternative)."""
        uncovered = {(card, cause): n for card, n in self.cards.items() for cause in card[0]}
        plan = []
        while uncovered:
            best, best_key = None, (0, 0)
            for ex in self.kb.exercises.values():
                covers = [pair for pair in uncovered if ex.id in pair[0][1] and pair[1] in ex.addresses]
                key = (sum(uncovered[p] for p in covers), -sum(ex.rank_for(c) for _, c in covers))
                if key[0] and key > best_key:
                    best, best_key = ex, key
            if best is None:
                break   # (a cause no exercise of the athlete's own plan addresses)
            covers = [pair for pair in uncovered if best.id in pair[0][1] and pair[1] in best.addresses]
            cards = {card for card, _ in covers}
            for pair in covers:
                del uncovered[pair]
            names = sorted({n for card in cards for n in self.names_by_card[card]})[:NAMES_PER_EXERCISE]
            athletes = sum(self.cards[card] for card in cards)
            causes = sorted({c for _, c in covers}, key=lambda c: (best.rank_for(c), c))
            plan.append(TeamExercise(best.id, best.name, dose_with_basis(self.kb, best.dose), best.how,
                                     tuple(self._label(c) for c in causes), athletes, tuple(names),
                                     athletes > len(names)))
        return tuple(plan)

    def freeze(self) -> TeamSummary:
        # (in the table's order of triage, a possibly life-threatening flag first; test drive 35:
        # by name, a coach working down the list phoned a shin before a heart)
        referrals = sorted(self.referrals, key=lambda r: (r.urgency, not any(f.life_threatening for f in r.red_flags),
                                                          r.athlete.lower()))
        most_urgent = tuple(sorted((e.row for e in self._heap), key=lambda r: r.sort_key))
        return TeamSummary(self.athletes, tuple(referrals), self.patterns(), self.team_plan(),
                           tuple(self.problems), tuple(sorted(self.plan_kinds.items())), most_urgent,
                           self.shown_in_full, tuple((c, self.concerns[c]) for c in Concern if self.concerns[c]),
                           self.flags_not_asked, flags_unsure=self.flags_unsure,
                           flags_partly_asked=self.flags_partly_asked)
