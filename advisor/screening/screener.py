"""Screen a roster: every athlete through the advisor, and the team's aggregates.

* Identical symptom profiles are evaluated once (a bounded LRU cache, so memory stays flat).
* Large rosters use a process pool, one engine per worker (durable's C core is single-
  threaded and not thread-safe, so processes, not threads).
* Results come back in roster order, so JSON and CSV output can stream row by row.
"""
from __future__ import annotations

import bisect
import multiprocessing
from collections import Counter, OrderedDict, deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from advisor.knowledge.model import KnowledgeBase, Triage
from advisor.render.common import chain_line
from advisor.inputs.roster import Entry, RowProblem
from advisor.reasoning.advisor import Advisor
from advisor.reasoning.plan import PLAN_FOR_TOP
from advisor.reasoning.case import Case

CACHE_SIZE = 4096
POOL_THRESHOLD = 3000
CHUNK = 1000
NAMES_PER_EXERCISE = 200
IN_FLIGHT = 4


@dataclass(frozen=True)
class FlagSummary:
    id: str
    label: str
    triage: str
    see: str
    action: str


@dataclass(frozen=True)
class CauseSummary:
    id: str
    label: str
    kind: str
    """muscle or form or training."""
    certainty: float
    chain: str
    """The chain in one line."""


@dataclass(frozen=True)
class ProfileResult:
    """What one symptom profile gives: compact, picklable, shared by identical profiles."""

    red_flags: tuple[FlagSummary, ...]
    causes: tuple[CauseSummary, ...]
    plan: tuple[str, ...]
    """Exercise ids of the athlete's own plan."""
    plan_kind: str

    @property
    def urgency(self) -> int:
        """0 emergency, 1 urgent, 2 soon, 3 no red flag."""
        ranks = [list(Triage).index(Triage(f.triage)) for f in self.red_flags]
        return min(ranks) if ranks else len(Triage)


@dataclass(frozen=True)
class AthleteRow:
    line: int
    athlete: str
    group: str
    result: ProfileResult

    @property
    def sort_key(self):
        top = self.result.causes[0].certainty if self.result.causes else 0.0
        return (self.result.urgency, -top, self.athlete.lower())


def summarise(advisor: Advisor, present: frozenset[str], absent: frozenset[str]) -> ProfileResult:
    result = advisor.advise(Case(present, absent))
    flags = tuple(FlagSummary(f.id, f.label, f.triage, f.see, f.action) for f in result.red_flags)
    causes = tuple(CauseSummary(c.id, c.label, c.type, c.certainty, chain_line(c)) for c in result.causes)
    return ProfileResult(flags, causes, tuple(e.id for e in result.exercises), result.plan_kind)


# -- worker processes -----------------------------------------------------------------------
_WORKER_KB: KnowledgeBase | None = None
_WORKER: Advisor | None = None


def _init_worker() -> None:
    global _WORKER
    _WORKER = Advisor(_WORKER_KB)  # a fresh engine (its own durable ruleset) in this process


def _work(keys: list[tuple[frozenset[str], frozenset[str]]]) -> list[ProfileResult]:
    return [summarise(_WORKER, p, a) for p, a in keys]


class Screener:
    def __init__(self, advisor: Advisor, workers: int | None = None):
        self.advisor = advisor
        self.workers = workers if workers is not None else max(1, min(2, multiprocessing.cpu_count()))
        self.cache: OrderedDict = OrderedDict()
        self.evaluated = 0

    def _lookup(self, key):
        hit = self.cache.get(key)
        if hit is not None:
            self.cache.move_to_end(key)
        return hit

    def _store(self, key, value) -> None:
        self.cache[key] = value
        if len(self.cache) > CACHE_SIZE:
            self.cache.popitem(last=False)

    def run(self, items: Iterable[Entry | RowProblem], expected: int = 0,
            on_problem: Callable[[RowProblem], None] | None = None) -> Iterator[AthleteRow]:
        """Yield an ``AthleteRow`` per good entry, in roster order; problems go to ``on_problem``."""
        if self.workers > 1 and expected >= POOL_THRESHOLD:
            yield from self._run_pool(items, on_problem)
            return
        yield from self._rows(items, {}, on_problem)

    def _rows(self, items, fresh: dict, on_problem) -> Iterator[AthleteRow]:
        """Resolve each entry from ``fresh`` results, the cache, or by evaluating it here."""
        for item in items:
            if isinstance(item, RowProblem):
                if on_problem:
                    on_problem(item)
                continue
            key = (item.present, item.absent)
            result = fresh.get(key) or self._lookup(key)
            if result is None:
                result = summarise(self.advisor, *key)
                self.evaluated += 1
                self._store(key, result)
            yield AthleteRow(item.line, item.athlete, item.group, result)

    def _run_pool(self, items, on_problem) -> Iterator[AthleteRow]:
        global _WORKER_KB
        _WORKER_KB = self.advisor.kb
        iterator = iter(items)
        window: deque = deque()  # at most IN_FLIGHT chunks read ahead: memory stays flat

        def next_batch() -> list:
            batch = []
            for item in iterator:
                batch.append(item)
                if len(batch) >= CHUNK:
                    break
            return batch

        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(self.workers, initializer=_init_worker) as pool:
            def submit() -> None:
                batch = next_batch()
                if batch:
                    missing = self._prepare(batch)
                    window.append((batch, missing, pool.apply_async(_work, (missing,))))

            for _ in range(IN_FLIGHT):
                submit()
            while window:
                batch, missing, pending = window.popleft()
                results = pending.get()
                submit()
                fresh = dict(zip(missing, results))
                self.evaluated += len(missing)
                for key, value in fresh.items():
                    self._store(key, value)
                yield from self._rows(batch, fresh, on_problem)

    def _prepare(self, batch) -> list:
        missing = []
        seen = set()
        for item in batch:
            if isinstance(item, Entry):
                key = (item.present, item.absent)
                if key not in seen and key not in self.cache:
                    seen.add(key)
                    missing.append(key)
        return missing


@dataclass
class TeamSummary:
    """Aggregates, updated one athlete at a time (memory bounded by causes x groups)."""

    kb: KnowledgeBase
    athletes: int = 0
    referrals: list = field(default_factory=list)
    """(athlete, group, line, flags) for every athlete with a red flag."""
    pattern: Counter = field(default_factory=Counter)
    """cause id -> athletes for whom it is a likely cause."""
    pattern_by_group: dict = field(default_factory=dict)
    treated_causes: Counter = field(default_factory=Counter)
    """cause id -> athletes with a treatment plan for whom it is a top cause."""
    names_by_cause: dict = field(default_factory=dict)
    plan_kinds: Counter = field(default_factory=Counter)
    cause_sets: Counter = field(default_factory=Counter)
    """frozenset of an athlete's treated causes -> athletes (bounded by cause combinations)."""

    def add(self, row: AthleteRow) -> None:
        self.athletes += 1
        result = row.result
        self.plan_kinds[result.plan_kind] += 1
        if result.red_flags:
            self.referrals.append((row.athlete, row.group, row.line, result.red_flags))
        group = row.group or "(no group)"
        by_group = self.pattern_by_group.setdefault(group, Counter())
        for cause in result.causes:
            self.pattern[cause.id] += 1
            by_group[cause.id] += 1
        if result.plan_kind == "treatment":
            self.cause_sets[frozenset(c.id for c in result.causes[:PLAN_FOR_TOP])] += 1
            for cause in result.causes[:PLAN_FOR_TOP]:
                self.treated_causes[cause.id] += 1
                # The alphabetically first names, so the report does not depend on roster order.
                names = self.names_by_cause.setdefault(cause.id, [])
                if len(names) < NAMES_PER_EXERCISE or row.athlete < names[-1]:
                    bisect.insort(names, row.athlete)
                    del names[NAMES_PER_EXERCISE:]

    def patterns(self, counter: Counter | None = None) -> list[tuple[str, int]]:
        """(cause id, athletes), most common first, ties by id: independent of roster order."""
        return sorted((counter if counter is not None else self.pattern).items(), key=lambda t: (-t[1], t[0]))

    def team_plan(self) -> list[tuple[str, list[str], int, list[str]]]:
        """Greedy set cover: the fewest exercises covering every treated athlete's top causes.

        Each step takes the exercise that covers the most uncovered (athlete, cause) pairs.
        Returns (exercise id, causes it covers, distinct athletes it is for, up to 200 names)."""
        uncovered = Counter(self.treated_causes)
        plan = []
        while uncovered:
            best, best_gain = None, 0
            for ex in self.kb.exercises.values():
                gain = sum(uncovered[c] for c in ex.addresses if c in uncovered)
                if gain > best_gain:
                    best, best_gain = ex, gain
            if best is None:
                break
            covers = [c for c in best.addresses if c in uncovered]
            names = sorted({n for cause in covers for n in self.names_by_cause.get(cause, ())})[:NAMES_PER_EXERCISE]
            for cause in covers:
                del uncovered[cause]
            athletes = sum(n for causes, n in self.cause_sets.items() if causes & set(covers))
            plan.append((best.id, covers, athletes, names))
        return plan
