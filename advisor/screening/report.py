"""A roster in, the three frozen parts of a team report out (see ``advisor.reasoning.team``).

``TeamScreen`` ties the screener (evaluation, in roster order) to the tally (aggregates) so a
front end can stream: take ``head``, pass each of ``rows(...)`` to a renderer as it comes,
then ``summary()``. ``screen_team`` does all three in memory for small rosters and tests.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
from typing import Callable, Iterable, Iterator, Mapping

from advisor.inputs.roster import Entry, RowProblem
from advisor.knowledge.model import Triage
from advisor.reasoning.advisor import Advisor
from advisor.reasoning.history import WeekRow, athlete_key, iso_week, week_start
from advisor.reasoning.team import (
    NOT_URGENT, AthleteReport, Change, ChangeKind, NoAnswer, ReportHead, TeamReport, TeamSummary, UnreadRow,
)
from advisor.screening.screener import Screener
from advisor.screening.tally import SHOWN_IN_FULL, TeamTally


def change(now: WeekRow, before: WeekRow | None) -> Change:
    """How an athlete's week compares with their last stored answer (``since`` names its week
    when that is not last week), in this order: none stored, no answers this week, a new red
    flag, a red flag again, a red-flag sign not sure, last week's doubt answered, a new problem, a
    problem gone, severity up or down."""
    if before is None:
        return Change(ChangeKind.FIRST_WEEK)
    since = iso_week(before.week) if before.week < now.week - dt.timedelta(days=7) else ""
    return dataclasses.replace(_compared(now, before), since=since)


def _compared(now: WeekRow, before: WeekRow) -> Change:
    if not now.answered:
        return Change(ChangeKind.NO_ANSWERS, again=bool(before.red_flags))
    if set(now.red_flags) - set(before.red_flags):
        # (with last week's still there: "seen yet?" is asked too, test drive 25)
        return Change(ChangeKind.NEW_RED_FLAG, again=bool(set(now.red_flags) & set(before.red_flags)))
    if now.red_flags and before.red_flags:
        return Change(ChangeKind.RED_FLAG_AGAIN)
    # a doubt about a red-flag sign clears nothing and is not "same": ask again
    if now.unsure and not now.red_flags:
        return Change(ChangeKind.UNSURE, again=bool(before.red_flags))
    if before.unsure and not before.red_flags and not now.red_flags and now.flags_asked:
        return Change(ChangeKind.UNSURE_ANSWERED)   # (test drive 30: it read "same")
    if now.problem and not before.problem:
        return Change(ChangeKind.NEW)
    # (a red flag last week, none now: "red flag cleared: seen yet?", as `history` says; test
    # drive 29 read only "resolved" under a chest-pain flag answered no the next week)
    cleared = bool(before.red_flags)
    if before.problem and not now.problem:
        return Change(ChangeKind.RESOLVED, again=cleared)
    if cleared:
        return Change(ChangeKind.SAME, again=True)
    if now.severity is not None and before.severity is not None and now.severity != before.severity:
        delta = now.severity - before.severity
        return Change(ChangeKind.WORSE if delta > 0 else ChangeKind.BETTER, delta)
    return Change(ChangeKind.SAME)


MAX_NEWCOMERS = 500
"""Most new names a missing athlete's is compared with (a close match is a pass of difflib each)."""


def _loose(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalnum())


def close_name(name: str, newcomers: list[str]) -> str:
    """This week's new name that is perhaps ``name`` typed differently: the same letters and
    digits ("Tom OBrien", "tom o'brien"), else the closest at a ratio of 0.8 or more ("Rajesh
    Patel" for "Raj Patel"); '' when none."""
    loose = _loose(name)
    same = next((n for n in newcomers if _loose(n) == loose), None)
    if same is not None:
        return same
    by_loose = {_loose(n): n for n in newcomers}
    close = difflib.get_close_matches(loose, list(by_loose), n=1, cutoff=0.8)
    return by_loose[close[0]] if close else ""


class TeamScreen:
    """``previous``: last week's stored rows keyed by ``athlete_key`` of the name as this
    report shows it (the pseudonym under --anonymize): who answered last week and not this one.
    ``last``: each athlete's last stored answer before this week, keyed the same (last week's
    rows when not given); with it each athlete gets a ``change``, without it none (no history
    was given). ``week``: any day of the week screened (default: today's week)."""

    def __init__(self, advisor: Advisor, workers: int | None = None,
                 rename: Callable[[str], str] | None = None, shown_in_full: int = SHOWN_IN_FULL,
                 week: dt.date | None = None, previous: Mapping[str, WeekRow] | None = None,
                 last: Mapping[str, WeekRow] | None = None):
        self.head = ReportHead(advisor.kb.notice, week_start(week or dt.date.today()))
        self.screener = Screener(advisor, workers, rename)
        self.tally = TeamTally(advisor.kb, shown_in_full)
        self.last = last if last is not None else previous
        """What each athlete's week is compared with: their last stored answer."""
        # (a row stored with a name and no answers was no answer: test drive 25 listed it as
        # "answered last week and sent nothing this week")
        self.missing = {k: r for k, r in previous.items() if r.answered} if previous is not None else None
        self.newcomers: list[str] = []
        """This week's athletes with nothing stored before (kept to a bound): a close name is
        offered beside a missing athlete's."""
        """Last week's athletes not seen yet this week: it only shrinks, so memory stays that of ``previous``."""

    def rows(self, items: Iterable[Entry | RowProblem], expected: int = 0) -> Iterator[AthleteReport | UnreadRow]:
        """Each roster row screened, in roster order; the tally sees it before the caller does."""
        for row in self.screener.run(items, expected):
            if self.missing is not None and row.athlete:  # a row that could not be read still came in
                self.missing.pop(athlete_key(row.athlete), None)
            if self.last is not None and isinstance(row, AthleteReport):
                before = self.last.get(athlete_key(row.athlete))
                row = dataclasses.replace(row, change=change(WeekRow.of(row, self.head.week), before))
                if before is None and len(self.newcomers) < MAX_NEWCOMERS:
                    self.newcomers.append(row.athlete)
            self.tally.add(row)
            yield row

    def summary(self) -> TeamSummary:
        """The team sections, once every row has been taken from ``rows``."""
        summary = self.tally.freeze()
        if self.missing is None:
            return summary
        # (last week's red flag first: who to chase first)
        gone = sorted(self.missing.values(), key=lambda r: (Triage(r.triage).rank if r.triage else NOT_URGENT,
                                                            r.athlete.casefold(), r.athlete))
        return dataclasses.replace(summary, no_answer=tuple(NoAnswer(r.athlete, r.group, r.week, r.triage,
                                                                    close_name(r.athlete, self.newcomers))
                                                            for r in gone))


def screen_team(advisor: Advisor, items: Iterable[Entry | RowProblem], workers: int | None = 1,
                rename: Callable[[str], str] | None = None, shown_in_full: int = SHOWN_IN_FULL,
                week: dt.date | None = None, previous: Mapping[str, WeekRow] | None = None,
                last: Mapping[str, WeekRow] | None = None) -> TeamReport:
    """A whole roster screened into one in-memory ``TeamReport``."""
    screen = TeamScreen(advisor, workers, rename, shown_in_full, week, previous, last)
    rows = tuple(screen.rows(items))
    return TeamReport(screen.head, rows, screen.summary())
