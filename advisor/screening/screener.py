"""Screen a roster: every athlete through the advisor, in roster order.

* Identical symptom profiles are evaluated once (a bounded LRU cache, so memory stays flat).
* Large rosters use a process pool, one engine per worker (durable's C core is single-
  threaded and not thread-safe, so processes, not threads).
* Results come back in roster order, so JSON and CSV output can stream row by row.
* A worker that dies (killed, out of memory) stops the screen at once with
  ``WorkerDied``: ``concurrent.futures`` notices a dead worker, where ``multiprocessing.Pool``
  waits for its result forever. Nothing partial is ever passed off as the whole roster.
* Workers leave signals to the main process: they ignore Ctrl-C, die silently on SIGTERM
  and SIGHUP, and are killed with the main process (Linux), so a stopped screen leaves no
  orphan and prints no worker traceback.
"""
from __future__ import annotations

import dataclasses
import multiprocessing
import os
import signal
import time
from collections import OrderedDict, deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator

from advisor.errors import EngineError
from advisor.inputs.roster import Entry, RowNote, RowProblem
from advisor.knowledge.model import KnowledgeBase, ObservationCategory, QuestionKind, Triage
from advisor.reasoning.advisor import Advisor
from advisor.reasoning.case import Case
from advisor.reasoning.result import TriageLevel
from advisor.reasoning.team import (
    NOT_URGENT, AthleteReport, Cause, Chain, Exercise, Flag, Label, Outcome, Status, UnreadRow, UnsureSign,
)

CACHE_SIZE = 4096
POOL_THRESHOLD = 3000
CHUNK = 1000
IN_FLIGHT = 4
WATCH_SECONDS = 0.5
"""How often a wait for a chunk checks that every worker is still alive."""


class WorkerDied(EngineError):
    """A worker process ended without returning its chunk: the roster was not fully screened."""

    exit_now = True
    """The front end leaves at once after saying so: the pool's threads may never finish."""

    def __init__(self, detail: str = ""):
        super().__init__("a screening worker process died" + (f" ({detail})" if detail else "")
                         + "; the roster was not fully screened and no complete report exists")


def outcome_of(advisor: Advisor, present: frozenset[str], absent: frozenset[str],
               unsure: frozenset[str] = frozenset()) -> Outcome:
    """What one symptom profile gives: compact, picklable, shared by identical profiles."""
    result = advisor.advise(Case(present, absent, unsure=unsure))
    flags = tuple(Flag(f.id, f.label, f.triage, f.see, f.action, advisor.kb.red_flags[f.id].life_threatening)
                  for f in result.red_flags)
    urgency = min((Triage(f.triage).rank for f in flags), default=NOT_URGENT)
    causes = tuple(Cause(c.id, c.label, c.type, c.certainty, Chain.of(c)) for c in result.causes)
    unsure = _unsure_signs(result)
    # a sign answered not sure that would be a red flag: ask again first; the plan waits for the
    # answer (test drive 28: the card said "ask again before any plan", then gave one, and the
    # team plan named the athlete)
    plan = () if unsure else tuple(
        Exercise(e.id, e.name, f"{e.dose} (dose: {e.dose_detail.basis_label})") for e in result.exercises)
    triage = list(Triage)[urgency].value if flags else ""
    conditions = tuple(Label(c.id, c.name) for c in result.conditions)
    return Outcome(Status.of_plan_kind(result.plan_kind), triage, urgency, flags, causes, plan, conditions,
                   TriageLevel(result.triage).value, unsure)


def _unsure_signs(result) -> tuple[UnsureSign, ...]:
    """Each sign answered not sure once, with the most urgent red flag it would bring."""
    return tuple(UnsureSign(p.id, p.label, level) for p, level in result.unsure_levels())


def red_flag_screen(kb: KnowledgeBase) -> frozenset[str]:
    """The observations of the pack's red-flag screen (the ``screen`` question of
    rules/questions.yaml, which must list every red-flag observation); a pack without one
    screens its red-flag observations."""
    for question in kb.questions:
        if question.kind is QuestionKind.SCREEN:
            return frozenset(question.options)
    return frozenset(o for o, obs in kb.observations.items() if obs.category is ObservationCategory.RED_FLAG)


def athlete_report(entry: Entry, name: str, outcome: Outcome, screen: frozenset[str] = frozenset()) -> AthleteReport:
    """One screened roster entry: its outcome plus what only this row says (OSTRC severity,
    whether it answered anything at all, whether its red-flag questions were answered).

    ``flags_asked`` is False for an athlete who reports a problem (a symptom, sign or red flag,
    as the outcome's level says, or an OSTRC answer that reports one, scored or not; not "no complaints", a goal or
    other context) while not one observation of the red-flag ``screen`` was
    answered, present, absent or not sure: a coach's own CSV that lists only complaints never asked them,
    so "no red flag" there means "not asked", not "none". ``flags_answered`` of ``flags_screen``
    says how many were: one "no:" answer is only partly asked."""
    score = entry.ostrc
    said = entry.present | entry.absent | entry.unsure   # (a "not sure" was asked: test drive 27)
    answered = bool(said or (score is not None and score.answers))
    problem = outcome.complaint or bool(score and score.problem)
    asked = not problem or not screen or not screen.isdisjoint(said)
    if not answered:   # nothing said is no "prevention" status and no plan (fc25: the cards listed one)
        outcome = dataclasses.replace(outcome, status=Status.NO_ANSWERS, plan=())
    return AthleteReport(entry.line, name, entry.group, outcome,
                         severity=score.severity if score else None,
                         substantial=score.substantial if score else None,
                         ostrc_problem=bool(score and score.problem), answered=answered, flags_asked=asked,
                         flags_answered=len(screen & said), flags_screen=len(screen),
                         kept_flags=bool(entry.kept))


class _Shared:
    """One instance of each flag, exercise, premise and finding, however many profiles name it.

    Outcomes from the workers arrive unpickled, each with its own copies of these; sharing
    them cuts the profile cache's memory by about half. Bounded: these all come from the
    rule pack."""

    def __init__(self):
        self.pool: dict = {}

    def __call__(self, obj):
        return self.pool.setdefault(obj, obj)

    def outcome(self, o: Outcome) -> Outcome:
        causes = tuple(Cause(self(c.id), self(c.label), self(c.type), c.certainty,
                             Chain(tuple(map(self, c.chain.observations)), tuple(map(self, c.chain.findings)),
                                   self(c.chain.cause)))
                       for c in o.causes)
        return Outcome(o.status, o.triage, o.urgency, tuple(map(self, o.red_flags)), causes, tuple(map(self, o.plan)),
                       tuple(map(self, o.conditions)), self(o.level), tuple(map(self, o.unsure)))


# -- worker processes -----------------------------------------------------------------------
_WORKER_KB: KnowledgeBase | None = None
_WORKER: Advisor | None = None


def _die_with_parent() -> None:
    """Linux: have the kernel kill this worker when the main process dies, even by SIGKILL."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return


def _init_worker(parent: int) -> None:
    global _WORKER
    # The main process owns the signals: it tears the pool down and removes partial output.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    _WORKER = Advisor(_WORKER_KB)  # a fresh engine (its own durable ruleset) in this process


def _work(keys: list[tuple[frozenset[str], frozenset[str], frozenset[str]]]) -> list[Outcome]:
    return [outcome_of(_WORKER, p, a, u) for p, a, u in keys]


def _stop_now(pool: ProcessPoolExecutor) -> None:
    """Stop the workers at once (they die silently on SIGTERM) instead of finishing queued chunks."""
    processes = _processes(pool)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)


class Screener:
    """Turns roster items into ``AthleteReport`` / ``UnreadRow``, in roster order."""

    def __init__(self, advisor: Advisor, workers: int | None = None,
                 rename: Callable[[str], str] | None = None):
        self.advisor = advisor
        self.workers = workers if workers is not None else max(1, min(2, multiprocessing.cpu_count()))
        self.rename = rename or (lambda name: name)
        self.cache: OrderedDict = OrderedDict()
        self.evaluated = 0
        self.shared = _Shared()
        self.screen = red_flag_screen(advisor.kb)

    def _lookup(self, key):
        hit = self.cache.get(key)
        if hit is not None:
            self.cache.move_to_end(key)
        return hit

    def _store(self, key, value) -> Outcome:
        value = self.shared.outcome(value)
        self.cache[key] = value
        if len(self.cache) > CACHE_SIZE:
            self.cache.popitem(last=False)
        return value

    def run(self, items: Iterable[Entry | RowProblem], expected: int = 0) -> Iterator[AthleteReport | UnreadRow]:
        """Yield one row per roster item, in roster order."""
        if self.workers > 1 and expected >= POOL_THRESHOLD:
            yield from self._run_pool(items)
            return
        yield from self._rows(items, {})

    def _rows(self, items, fresh: dict) -> Iterator[AthleteReport | UnreadRow]:
        """Resolve each entry from ``fresh`` results, the cache, or by evaluating it here."""
        for item in items:
            if isinstance(item, RowProblem):
                yield UnreadRow(item.line, self.rename(item.athlete) if item.athlete else "", item.reason,
                                screened=isinstance(item, RowNote), info=item.info)
                continue
            key = (item.present, item.absent, item.unsure)
            outcome = fresh.get(key) or self._lookup(key)
            if outcome is None:
                self.evaluated += 1
                outcome = self._store(key, outcome_of(self.advisor, *key))
            yield athlete_report(item, self.rename(item.athlete), outcome, self.screen)

    def _run_pool(self, items) -> Iterator[AthleteReport | UnreadRow]:
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

        pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_init_worker, initargs=(os.getpid(),))
        finished = False
        try:
            def submit() -> None:
                batch = next_batch()
                if batch:
                    missing = self._prepare(batch)
                    window.append((batch, missing, pool.submit(_work, missing)))

            workers: list = []
            try:
                for _ in range(IN_FLIGHT):
                    submit()
                workers = _processes(pool)  # to say how a worker died, should one die
                while window:
                    batch, missing, pending = window.popleft()
                    results = _result(pending, workers)
                    submit()  # a pool broken meanwhile refuses this too: the same death
                    self.evaluated += len(missing)
                    fresh = {key: self._store(key, value) for key, value in zip(missing, results)}
                    yield from self._rows(batch, fresh)
            except BrokenProcessPool as err:
                raise WorkerDied(_exit_detail(workers or _processes(pool))) from err
            finished = True
        finally:
            if finished:
                pool.shutdown(wait=True)
            else:  # an error, a signal, or the consumer stopped early: do not finish queued work
                _stop_now(pool)

    def _prepare(self, batch) -> list:
        missing = []
        seen = set()
        for item in batch:
            if isinstance(item, Entry):
                key = (item.present, item.absent, item.unsure)
                if key not in seen and key not in self.cache:
                    seen.add(key)
                    missing.append(key)
        return missing


def _result(pending, workers: list):
    """A chunk's results, watching the workers ourselves while waiting: a worker killed in the
    middle of sending a result leaves half a message in the pool's pipe, and the pool's own
    thread then waits on it forever instead of noticing the death."""
    while True:
        try:
            return pending.result(timeout=WATCH_SECONDS)
        except FutureTimeout:
            if any(process.exitcode is not None for process in workers):
                raise WorkerDied(_exit_detail(workers)) from None


def _exit_detail(workers: list, wait: float = 1.0) -> str:
    """'killed by SIGKILL' when a worker's exit says so. The pool can report a death before the
    dead worker's exit code is read (a CI run said only 'a worker process died'): on this error
    path, give the exit codes up to ``wait`` seconds to arrive. The pool ends the workers left
    with SIGTERM once one dies, so a SIGTERM is told only when no other death is (a run reported
    a worker killed by SIGKILL as "killed by SIGTERM": a survivor's exit was read first)."""
    deadline = time.monotonic() + wait
    while True:
        codes = [process.exitcode for process in workers]
        signals = [-code for code in codes if code is not None and code < 0]
        told = next((s for s in signals if s != signal.SIGTERM), None)
        if told is None and signals and (None not in codes or time.monotonic() >= deadline):
            told = signals[0]
        if told is not None:
            try:
                return f"killed by {signal.Signals(told).name}"
            except ValueError:
                return f"killed by signal {told}"
        if time.monotonic() >= deadline or not workers:
            return ""
        time.sleep(0.02)


def _processes(pool: ProcessPoolExecutor) -> list:
    """The pool's worker processes. ``_processes`` is private, so read it defensively."""
    return list((getattr(pool, "_processes", None) or {}).values())
