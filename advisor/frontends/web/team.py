"""A roster upload screened in memory: the same reader, screening and renderers as
``stridewise screen``, with a string in and strings out (nothing touches the disk).

The roster is screened once into a frozen ``TeamReport``; each report format is then drawn
from it by the same renderer registry ``screen`` streams to.
"""
from __future__ import annotations

import io
import json

from advisor.errors import InputError
from advisor.inputs.roster import RosterReader
from advisor.reasoning.advisor import Advisor
from advisor.reasoning.team import TeamReport
from advisor.render import render_team
from advisor.screening.report import screen_team

REPORT_FORMATS = {"html": ("text/html; charset=utf-8", "html"), "markdown": ("text/markdown; charset=utf-8", "md"),
                  "json": ("application/json", "json"), "csv": ("text/csv; charset=utf-8", "csv")}
ROSTER_FORMATS = ("csv", "jsonl")


def screen_text(advisor: Advisor, text: str, name: str, roster_format: str | None) -> TeamReport:
    """Screen a roster held in memory. ``InputError`` for a roster that cannot be read at all
    (no header, unknown column); bad rows are unread rows of the report, never dropped."""
    reader = RosterReader(advisor.kb, io.BytesIO(text.encode("utf-8", "surrogateescape")), name, roster_format, path=name)
    # One process: the web worker is already one of N processes, and the engine is not thread-safe.
    return screen_team(advisor, reader, workers=1)


def write_report(advisor: Advisor, report: TeamReport, fmt: str) -> str:
    return render_team(report, fmt)


def report_dict(advisor: Advisor, report: TeamReport) -> dict:
    """The team report as published by ``stridewise schema team``: what the page is drawn from."""
    return json.loads(render_team(report, "json"))


def decode_roster(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig", errors="surrogateescape")
    except UnicodeDecodeError as err:  # pragma: no cover - surrogateescape does not raise
        raise InputError(name, "", f"not UTF-8 text (byte {err.start})") from err
