"""Stored weeks in, the three parts of a history report out (see ``advisor.reasoning.trends``).

``HistoryBuilder`` reads a stream of ``WeekRow`` ordered by athlete then week (what
``Store.rows`` gives) and yields one ``AthleteTrend`` per athlete as soon as that athlete's
last row has gone by, while it accumulates what the summary needs. Its memory is one
athlete's weeks, a counter per week, and two bounded heaps (the athletes shown in full and the
changes listed): it does not grow with athletes x weeks.

Rows of one athlete must be adjacent (ordered by ``athlete_key``); within an athlete, any week
order is fine. Rows outside the head's weeks are left out, so the head defines the range.
"""
from __future__ import annotations

import dataclasses
import heapq
from collections import Counter
from typing import Iterable, Iterator, Mapping

from advisor.knowledge.model import Triage
from advisor.reasoning.history import WeekRow, athlete_key, spelling
from advisor.reasoning.team import NOT_URGENT, doubt_urgency
from advisor.reasoning.trends import (
    SEVERITY_JUMP, AthleteTrend, Change, ChangeKind, HistoryHead, HistoryReport, HistorySummary, Share, TeamWeek,
    problem_words,
)

SHOWN_IN_FULL = 50
"""Human formats show this many athletes with a problem in full (a sparkline or a small table
each), the most in need of attention; the rest are counted. A 10,000-athlete history stays a
page a coach can read; every athlete is in the JSON and CSV."""
CHANGES_SHOWN = 200
"""At most this many athletes with a change are listed (most pressing first); every one is counted."""


def urgency(triage: str) -> int:
    """0 emergency, 1 urgent, 2 soon, ``NOT_URGENT`` without a red flag (or an unknown triage)."""
    try:
        return Triage(triage).rank
    except ValueError:
        return NOT_URGENT


def row_urgency(row: WeekRow) -> float:
    """A week's ``urgency``; without a red flag, a sign answered not sure sorts by the red flag it
    would bring (``doubt_urgency``), as in the team report."""
    if not row.triage and row.unsure:
        try:
            return doubt_urgency(row.unsure[0].triage)
        except ValueError:
            return NOT_URGENT
    return urgency(row.triage)


def shown_name(block: list[WeekRow]) -> str:
    """The name an athlete is shown by over a range: the spelling most of their weeks used, a
    tie going to one in mixed case ("Eve Martin" over "EVE MARTIN" and "eve martin"), then to one
    with capitals, then to the latest; runs of spaces as one. Test drive 21: a
    coach's "Tom Okafor" for two weeks was shown as one week's "tom okafor", and "raj  patel"
    with its double space (the same athlete either way: ``athlete_key``)."""
    counts: Counter[str] = Counter()
    last: dict[str, int] = {}
    for i, row in enumerate(block):
        spelt = spelling(row.athlete)
        counts[spelt] += 1
        last[spelt] = i
    return max(counts, key=lambda n: (counts[n], n != n.lower() and n != n.upper(), n != n.lower(), last[n]))


class _Bounded:
    """The ``limit`` smallest items by ``key`` seen so far (a max-heap of the kept ones)."""

    class _Entry:
        __slots__ = ("key", "item")

        def __init__(self, key, item):
            self.key, self.item = key, item

        def __lt__(self, other) -> bool:  # reversed: the heap's top is the largest key kept
            return self.key > other.key

    def __init__(self, limit: int):
        self.limit = limit
        self.heap: list = []

    def add(self, key, item) -> None:
        entry = self._Entry(key, item)
        if len(self.heap) < self.limit:
            heapq.heappush(self.heap, entry)
        elif self.limit and key < self.heap[0].key:
            heapq.heapreplace(self.heap, entry)

    def sorted(self) -> tuple:
        return tuple(e.item for e in sorted(self.heap, key=lambda e: e.key))


class _WeekTally:
    __slots__ = ("athletes", "answering", "any_problem", "substantial", "burden", "scored")

    def __init__(self):
        self.athletes = self.answering = self.any_problem = self.substantial = self.burden = self.scored = 0

    def add(self, row: WeekRow) -> None:
        self.athletes += 1
        if not row.answered:
            return
        self.answering += 1
        self.any_problem += row.problem
        self.substantial += row.substantial is True
        if row.severity is not None:
            self.burden += row.severity
            self.scored += 1


class HistoryBuilder:
    def __init__(self, head: HistoryHead, flag_labels: Mapping[str, str] | None = None,
                 shown_in_full: int = SHOWN_IN_FULL, changes_shown: int = CHANGES_SHOWN):
        if flag_labels is not None:  # the head carries them to the renderers, which word red-flag weeks with them
            head = dataclasses.replace(head, flag_labels=flag_labels)
        self.head = head
        self.flag_labels = head.flag_labels
        self.in_range = frozenset(head.weeks)
        outside = head.week_before if head.week_before is not None and head.week_before not in self.in_range else None
        self.read = self.in_range | {outside} if outside is not None else self.in_range
        """The weeks read: the range, and the stored week before a one-week range (for its changes only)."""
        self.outside = outside
        self.weeks = {week: _WeekTally() for week in head.weeks}
        self.athletes_seen = 0
        self.with_problem = 0
        self.changed = 0
        self.change_counts: Counter = Counter()
        self.changes = _Bounded(changes_shown)
        self.attention = _Bounded(shown_in_full)
        self.shown_in_full = shown_in_full
        self.changes_shown = changes_shown

    def athletes(self, rows: Iterable[WeekRow]) -> Iterator[AthleteTrend]:
        """One trend per athlete, in stream order, each as soon as its rows have gone by."""
        block: list[WeekRow] = []
        key = name = None
        for row in rows:
            if row.week not in self.read:
                continue
            if row.athlete != name:  # the key only when the name's spelling changes: most rows repeat it
                name = row.athlete
                k = athlete_key(name)
                if k != key and block:
                    trend = self._athlete(block)
                    if trend is not None:
                        yield trend
                    block = []
                key = k
            block.append(row)
        if block:
            trend = self._athlete(block)
            if trend is not None:
                yield trend

    def _athlete(self, block: list[WeekRow]) -> AthleteTrend | None:
        """The athlete's trend; None for one with only the week before a one-week range (their
        change, stopped answering, is still counted)."""
        block.sort(key=lambda r: r.week)
        if self.outside is not None:
            before = block[0] if block[0].week == self.outside else None
            block = block[1:] if before is not None else block
            if not block:
                self._changes(before, None, before, shown_name([before]))
                return None
        else:
            before = next((r for r in block if r.week == self.head.week_before), None)
        for row in block:
            self.weeks[row.week].add(row)
        last = self.head.last_week
        now = block[-1] if block[-1].week == last else None
        name = shown_name(block)
        changes = self._changes(block[-1], now, before, name)
        # (silent after a red flag: as urgent as their last answer, test drive 21)
        said = now if now is not None else before if ChangeKind.STOPPED_ANSWERING in changes else None
        trend = AthleteTrend(name, block[-1].group, tuple(block),
                             row_urgency(said) if said is not None else NOT_URGENT, changes, last)
        self.athletes_seen += 1
        if trend.had_problem:
            self.with_problem += 1
            self.attention.add(trend.sort_key, trend)
        return trend

    def _changes(self, latest: WeekRow, now: WeekRow | None, before: WeekRow | None,
                 name: str) -> tuple[ChangeKind, ...]:
        if self.head.week_before is None:
            return ()  # one week in range: nothing to compare with
        kinds: list[ChangeKind] = []
        new: tuple[str, ...] = ()
        unsure: tuple = ()
        after = now.severity if now is not None else None
        prior = before.severity if before is not None else None
        if now is not None and now.answered:
            was = set(before.red_flags) if before is not None else set()
            new = tuple(f for f in now.red_flags if f not in was)
            flagged_before = before is not None and before.answered and bool(before.red_flags)
            if new:
                kinds.append(ChangeKind.NEW_RED_FLAG)
            elif now.red_flags and flagged_before:
                kinds.append(ChangeKind.RED_FLAG_AGAIN)
                new = now.red_flags
            elif not now.red_flags and now.unsure:   # (a doubt clears nothing: ask again)
                kinds.append(ChangeKind.UNSURE)
                new, unsure = (before.red_flags if flagged_before else ()), now.unsure
            elif not now.red_flags and flagged_before:
                kinds.append(ChangeKind.RED_FLAG_CLEARED)
                new = before.red_flags
            elif not now.red_flags and now.flags_asked and before is not None and before.answered and before.unsure:
                kinds.append(ChangeKind.UNSURE_ANSWERED)   # (test drive 30: no change was listed)
                unsure = before.unsure
            if after is not None and prior is not None and after - prior >= SEVERITY_JUMP:
                kinds.append(ChangeKind.SEVERITY_UP)
            if now.problem and not (before is not None and before.answered and before.problem):
                kinds.append(ChangeKind.NEW_PROBLEM)
        if before is not None and before.answered and (now is None or not now.answered):
            kinds.append(ChangeKind.STOPPED_ANSWERING)
        if kinds:
            stopped = ChangeKind.STOPPED_ANSWERING in kinds
            said = before if stopped else now
            change = Change(name, latest.group, tuple(kinds), prior, after, new,
                            tuple(self.flag_labels.get(f, f) for f in new),
                            now.triage if now is not None else "", problem_words(now, self.flag_labels),
                            row_urgency(said) if said is not None else NOT_URGENT,
                            before.triage if stopped else "", unsure)
            self.changed += 1
            self.change_counts.update(kinds)
            self.changes.add(change.sort_key, change)
        return tuple(kinds)

    def summary(self) -> HistorySummary:
        """The team sections, once every athlete has been taken from ``athletes``."""
        team = tuple(TeamWeek(week, t.athletes, t.answering, Share.of_counts(t.any_problem, t.answering),
                              Share.of_counts(t.substantial, t.answering), t.burden, t.scored)
                     for week, t in sorted(self.weeks.items()))
        counts = tuple((kind, self.change_counts[kind]) for kind in ChangeKind if self.change_counts[kind])
        return HistorySummary(self.athletes_seen, self.with_problem, team, self.changes.sorted(), self.changed, counts,
                              self.changes_shown, self.attention.sorted(), self.shown_in_full)


def build_history(head: HistoryHead, rows: Iterable[WeekRow], flag_labels: Mapping[str, str] | None = None,
                  shown_in_full: int = SHOWN_IN_FULL, changes_shown: int = CHANGES_SHOWN) -> HistoryReport:
    """A whole history report in memory, for small histories and tests."""
    builder = HistoryBuilder(head, flag_labels, shown_in_full, changes_shown)
    athletes = tuple(builder.athletes(rows))
    return HistoryReport(builder.head, athletes, builder.summary())
