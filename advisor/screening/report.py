"""A roster in, the three frozen parts of a team report out (see ``advisor.reasoning.team``).

``TeamScreen`` ties the screener (evaluation, in roster order) to the tally (aggregates) so a
front end can stream: take ``head``, pass each of ``rows(...)`` to a renderer as it comes,
then ``summary()``. ``screen_team`` does all three in memory for small rosters and tests.
"""
from __future__ import annotations

from typing import Callable, Iterable, Iterator, Mapping

from advisor.inputs.roster import Entry, RowProblem
from advisor.reasoning.advisor import Advisor
from advisor.reasoning.history import WeekRow
from advisor.reasoning.team import AthleteReport, ReportHead, TeamReport, TeamSummary, UnreadRow
from advisor.screening.screener import Screener
from advisor.screening.tally import SHOWN_IN_FULL, TeamTally


class TeamScreen:
    def __init__(self, advisor: Advisor, workers: int | None = None,
                 rename: Callable[[str], str] | None = None, shown_in_full: int = SHOWN_IN_FULL,
                 previous: Mapping[str, WeekRow] | None = None):
        self.head = ReportHead(advisor.kb.notice)
        self.previous = previous
        """Last week's stored rows by ``athlete_key`` (``screen --db``), for "change from last week"."""
        self.screener = Screener(advisor, workers, rename)
        self.tally = TeamTally(advisor.kb, shown_in_full)

    def rows(self, items: Iterable[Entry | RowProblem], expected: int = 0) -> Iterator[AthleteReport | UnreadRow]:
        """Each roster row screened, in roster order; the tally sees it before the caller does."""
        for row in self.screener.run(items, expected):
            self.tally.add(row)
            yield row

    def summary(self) -> TeamSummary:
        """The team sections, once every row has been taken from ``rows``."""
        return self.tally.freeze()


def screen_team(advisor: Advisor, items: Iterable[Entry | RowProblem], workers: int | None = 1,
                rename: Callable[[str], str] | None = None, shown_in_full: int = SHOWN_IN_FULL) -> TeamReport:
    """A whole roster screened into one in-memory ``TeamReport``."""
    screen = TeamScreen(advisor, workers, rename, shown_in_full)
    rows = tuple(screen.rows(items))
    return TeamReport(screen.head, rows, screen.summary())
