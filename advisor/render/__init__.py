"""Renderers: one registry from format name to what the format can draw.

A single case is a ``Result`` (advisor.reasoning.result) drawn in one call. A roster is a
team report (advisor.reasoning.team) drawn by a ``TeamWriter``: head, rows as they come,
summary. Each format declares the kinds it draws; the ``check``/``ask`` and ``screen``
commands take their ``--format`` choices from here.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from enum import Enum
from typing import Callable, TextIO

from advisor.reasoning.result import Result
from advisor.reasoning.team import TeamReport
from .base import TeamWriter
from .csv_out import CsvTeamWriter
from .html_case import render_case_html
from .html import HtmlTeamWriter
from .json_out import JsonTeamWriter, render_json
from .markdown import MarkdownTeamWriter, render_markdown
from .text import render_text


class Kind(str, Enum):
    """What a renderer can draw."""

    CASE = "case"
    """One case's ``Result``."""
    TEAM = "team"
    """A screened roster: ``ReportHead``, rows, ``TeamSummary``."""


@dataclass(frozen=True)
class Renderer:
    name: str
    """The ``--format`` value."""
    case: Callable[..., str] | None = None
    """Draws a single case, when the format can: ``(result, details=False) -> str``."""
    team: type[TeamWriter] | None = None
    """Draws a team report, when the format can."""

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(k for k, f in ((Kind.CASE, self.case), (Kind.TEAM, self.team)) if f is not None)


RENDERERS: dict[str, Renderer] = {r.name: r for r in (
    Renderer("text", case=render_text),
    Renderer("markdown", case=render_markdown, team=MarkdownTeamWriter),
    Renderer("json", case=render_json, team=JsonTeamWriter),
    Renderer("html", case=render_case_html, team=HtmlTeamWriter),
    Renderer("csv", team=CsvTeamWriter),
)}


def formats(kind: Kind) -> tuple[str, ...]:
    """The format names that can draw ``kind``, in registry order."""
    return tuple(name for name, r in RENDERERS.items() if kind in r.kinds)


def render(result: Result, fmt: str, details: bool = False) -> str:
    """One case in format ``fmt``; ``details`` adds the reasoning to the human formats."""
    return RENDERERS[fmt].case(result, details=details)


def team_writer(fmt: str, out: TextIO) -> TeamWriter:
    """A writer that draws a team report in format ``fmt`` onto ``out``."""
    return RENDERERS[fmt].team(out)


def render_team(report: TeamReport, fmt: str) -> str:
    """A whole in-memory team report in format ``fmt``, through the same writer ``screen`` streams to."""
    out = io.StringIO()
    writer = team_writer(fmt, out)
    writer.begin(report.head)
    for row in report.rows:
        writer.row(row)
    writer.end(report.summary)
    return out.getvalue()
