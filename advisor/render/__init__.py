"""Renderers: one registry from format name to what the format can draw.

A single case is a ``Result`` (advisor.reasoning.result) drawn in one call. A roster is a
team report (advisor.reasoning.team) drawn by a ``TeamWriter``: head, rows as they come,
summary. A weekly history is a history report (advisor.reasoning.trends) drawn by a
``HistoryWriter`` the same way: head, athletes as they come, summary. Each format declares the
kinds it draws; the ``check``/``ask``, ``screen`` and ``history`` commands take their
``--format`` choices from here.

The registry names each drawing function or writer class as ``module:attribute`` and imports
it only when that format is drawn: listing the formats (every command's ``--format`` choices)
costs nothing, so a cold ``check`` loads only the renderer it uses. A new format is one module
and one line here.
"""
from __future__ import annotations

import io
from advisor.records import record
from enum import Enum
from importlib import import_module
from typing import TYPE_CHECKING, Callable, TextIO

if TYPE_CHECKING:
    from advisor.reasoning.result import Result
    from advisor.reasoning.team import TeamReport
    from advisor.reasoning.trends import HistoryReport
    from .base import TeamWriter
    from .history import HistoryWriter


class Kind(str, Enum):
    """What a renderer can draw."""

    CASE = "case"
    """One case's ``Result``."""
    TEAM = "team"
    """A screened roster: ``ReportHead``, rows, ``TeamSummary``."""
    HISTORY = "history"
    """A weekly history: ``HistoryHead``, athlete trends, ``HistorySummary``."""


@record
class Renderer:
    """One output format: where its drawing code lives, imported only when used."""

    name: str
    """The ``--format`` value."""
    case: str | None = None
    """``module:function`` drawing a single case, ``(result, details=False) -> str``, when the format can."""
    team: str | None = None
    """``module:Class`` of the ``TeamWriter`` drawing a team report, when the format can."""
    history: str | None = None
    """``module:Class`` of the ``HistoryWriter`` drawing a history report, when the format can."""

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(k for k, f in ((Kind.CASE, self.case), (Kind.TEAM, self.team), (Kind.HISTORY, self.history))
                         if f is not None)

    def case_function(self) -> Callable[..., str]:
        return _load(self.case)

    def team_class(self) -> type[TeamWriter]:
        return _load(self.team)

    def history_class(self) -> type[HistoryWriter]:
        return _load(self.history)


def _load(where: str | None):
    if where is None:
        raise KeyError("this format cannot draw that")
    module, _, attribute = where.partition(":")
    return getattr(import_module(module, __name__), attribute)


RENDERERS: dict[str, Renderer] = {r.name: r for r in (
    Renderer("text", case=".text:render_text", team=".text_team:TextTeamWriter",
             history=".history_text:TextHistoryWriter"),
    Renderer("markdown", case=".markdown:render_markdown", team=".markdown:MarkdownTeamWriter",
             history=".history_markdown:MarkdownHistoryWriter"),
    Renderer("json", case=".json_out:render_json", team=".json_out:JsonTeamWriter",
             history=".history_data:JsonHistoryWriter"),
    Renderer("html", case=".html_case:render_case_html", team=".html:HtmlTeamWriter",
             history=".history_html:HtmlHistoryWriter"),
    Renderer("csv", team=".csv_out:CsvTeamWriter", history=".history_data:CsvHistoryWriter"),
)}


def formats(kind: Kind) -> tuple[str, ...]:
    """The format names that can draw ``kind``, in registry order."""
    return tuple(name for name, r in RENDERERS.items() if kind in r.kinds)


def render(result: Result, fmt: str, details: bool = False) -> str:
    """One case in format ``fmt``; ``details`` adds the reasoning to the human formats."""
    return RENDERERS[fmt].case_function()(result, details=details)


def team_writer(fmt: str, out: TextIO) -> TeamWriter:
    """A writer that draws a team report in format ``fmt`` onto ``out``."""
    return RENDERERS[fmt].team_class()(out)


def render_team(report: TeamReport, fmt: str) -> str:
    """A whole in-memory team report in format ``fmt``, through the same writer ``screen`` streams to."""
    out = io.StringIO()
    writer = team_writer(fmt, out)
    writer.begin(report.head)
    for row in report.rows:
        writer.row(row)
    writer.end(report.summary)
    return out.getvalue()


def history_writer(fmt: str, out: TextIO) -> HistoryWriter:
    """A writer that draws a history report in format ``fmt`` onto ``out``."""
    return RENDERERS[fmt].history_class()(out)


def render_history(report: HistoryReport, fmt: str) -> str:
    """A whole in-memory history report in format ``fmt``, through the same writer ``history`` streams to."""
    out = io.StringIO()
    writer = history_writer(fmt, out)
    writer.begin(report.head)
    for trend in report.athletes:
        writer.athlete(trend)
    writer.end(report.summary)
    return out.getvalue()
