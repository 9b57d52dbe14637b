"""A roster upload screened in memory: the same reader, screening and renderers as
``stridewise screen``, with a string in and strings out (nothing touches the disk).

The roster is screened once into a frozen ``TeamReport``; each report format is then drawn
from it by the same renderer registry ``screen`` streams to.
"""
from __future__ import annotations

import io
import json

from advisor.inputs.roster import RosterReader
from advisor.reasoning.advisor import Advisor
from advisor.reasoning.team import TeamReport
from advisor.render import render_team
from advisor.screening.report import screen_team

REPORT_FORMATS = {"html": ("text/html; charset=utf-8", "html"), "markdown": ("text/markdown; charset=utf-8", "md"),
                  "json": ("application/json", "json"), "csv": ("text/csv; charset=utf-8", "csv")}
XLSX_MEDIA = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
"""What a browser and Microsoft Forms call an .xlsx workbook."""
_ZIP = b"PK\x03\x04"


def roster_format(filename: str, data: bytes) -> str | None:
    """The format of an uploaded roster from its name, or a workbook from its first bytes (an
    .xlsx is a zip archive); None lets the reader look at the first line."""
    lower = filename.lower()
    if lower.endswith(".xlsx") or data.startswith(_ZIP):
        return "xlsx"
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if lower.endswith((".csv", ".txt")):
        return "csv"
    return None


def screen_upload(advisor: Advisor, data: bytes, name: str, roster_format: str | None) -> TeamReport:
    """Screen a roster held in memory: the bytes as uploaded (a CSV's byte-order mark dropped),
    read by the same reader as ``screen``, an .xlsx workbook too (Microsoft Forms exports one:
    test drive 22). ``InputError`` for a roster that cannot be read at all (no header, unknown
    column); bad rows are unread rows of the report, never dropped."""
    if roster_format != "xlsx":
        data = data.removeprefix(b"\xef\xbb\xbf")
    reader = RosterReader(advisor.kb, io.BytesIO(data), name, roster_format, path=name)
    # One process: the web worker is already one of N processes, and the engine is not thread-safe.
    return screen_team(advisor, reader, workers=1)


def write_report(advisor: Advisor, report: TeamReport, fmt: str) -> str:
    return render_team(report, fmt)


def report_dict(advisor: Advisor, report: TeamReport) -> dict:
    """The team report as published by ``stridewise schema team``: what the page is drawn from."""
    return json.loads(render_team(report, "json"))
