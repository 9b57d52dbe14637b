"""A roster upload screened in memory: the same reader, screener and team writers as
``stridewise screen``, with a string in and strings out (nothing touches the disk).

The roster is screened once; each report format is then written from the same rows.
"""
from __future__ import annotations

import io
import json
from dataclasses import dataclass

from advisor.errors import InputError
from advisor.inputs.roster import RosterReader, RowProblem
from advisor.reasoning.advisor import Advisor
from advisor.render.team import TEAM_WRITERS
from advisor.screening.screener import AthleteRow, Screener, TeamSummary

REPORT_FORMATS = {"html": ("text/html; charset=utf-8", "html"), "markdown": ("text/markdown; charset=utf-8", "md"),
                  "json": ("application/json", "json"), "csv": ("text/csv; charset=utf-8", "csv")}
ROSTER_FORMATS = ("csv", "jsonl")


@dataclass(frozen=True)
class Screened:
    rows: tuple[AthleteRow, ...]
    problems: tuple[RowProblem, ...]
    summary: TeamSummary


def screen_text(advisor: Advisor, text: str, name: str, roster_format: str | None) -> Screened:
    """Screen a roster held in memory. ``InputError`` for a roster that cannot be read at all
    (no header, unknown column); bad rows are ``problems``, never dropped silently."""
    reader = RosterReader(advisor.kb, io.BytesIO(text.encode("utf-8", "surrogateescape")), name, roster_format, path=name)
    problems: list[RowProblem] = []
    summary = TeamSummary(advisor.kb)
    rows = []
    # One process: the web worker is already one of N processes, and the engine is not thread-safe.
    for row in Screener(advisor, workers=1).run(reader, 0, problems.append):
        summary.add(row)
        rows.append(row)
    return Screened(tuple(rows), tuple(problems), summary)


def write_report(advisor: Advisor, screened: Screened, fmt: str) -> str:
    out = io.StringIO()
    writer = TEAM_WRITERS[fmt](out, advisor.kb)
    writer.begin()
    for row in screened.rows:
        writer.row(row)
    for problem in screened.problems:
        writer.problem(problem)
    writer.end(screened.summary)
    return out.getvalue()


def report_dict(advisor: Advisor, screened: Screened) -> dict:
    """The team report as published by ``stridewise schema team``: what the page is drawn from."""
    return json.loads(write_report(advisor, screened, "json"))


def decode_roster(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig", errors="surrogateescape")
    except UnicodeDecodeError as err:  # pragma: no cover - surrogateescape does not raise
        raise InputError(name, "", f"not UTF-8 text (byte {err.start})") from err
