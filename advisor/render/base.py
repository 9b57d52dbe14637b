"""The interface of a team renderer: head, then the rows as they come, then the summary.

Streaming formats write each row in ``athlete`` / ``unread`` as it arrives, in roster order.
Formats for people ignore the rows and draw the report from the summary at ``end``, which
holds the most urgent athletes, every referral and the counts (see advisor.reasoning.team).
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TextIO

from advisor.reasoning.team import AthleteReport, ReportHead, TeamSummary, UnreadRow


class TeamWriter(ABC):
    streams = False
    """True when rows are written as they arrive (the report's memory does not grow with it)."""

    def __init__(self, out: TextIO):
        self.out = out
        self.head: ReportHead | None = None

    def begin(self, head: ReportHead) -> None:
        self.head = head

    def athlete(self, row: AthleteReport) -> None:
        """Take one screened athlete, in roster order."""

    def unread(self, row: UnreadRow) -> None:
        """Take one roster row that could not be read, in roster order."""

    def row(self, row: AthleteReport | UnreadRow) -> None:
        if isinstance(row, UnreadRow):
            self.unread(row)
        else:
            self.athlete(row)

    @abstractmethod
    def end(self, summary: TeamSummary) -> None:
        """Write what comes after the rows and finish."""
