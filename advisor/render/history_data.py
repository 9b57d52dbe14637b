"""The history report for programs: JSON (advisor/schemas/history.schema.json) and CSV (one row
per athlete-week), both streamed athlete by athlete as the history is read."""
from __future__ import annotations

import csv
import json

from advisor.reasoning.trends import AthleteTrend, HistoryHead, HistorySummary, problem_words, week_names
from .common import csv_safe, json_visible, visible
from .history import HistoryWriter


def _dumps(data) -> str:
    return json_visible(json.dumps(data, ensure_ascii=False))


class JsonHistoryWriter(HistoryWriter):
    """The head opens the object and the ``athletes`` array; each athlete is one line of it; ``end``
    closes the array and adds the team weeks, the changes and the totals. Parsed, it equals
    ``HistoryReport.to_dict()``."""

    streams = True

    def begin(self, head: HistoryHead) -> None:
        super().begin(head)
        self.out.write(_dumps(head.to_dict())[:-1] + ', "athletes": [\n')
        self.first = True

    def athlete(self, trend: AthleteTrend) -> None:
        self.out.write(("" if self.first else ",\n") + _dumps(trend.to_dict()))
        self.first = False

    def end(self, summary: HistorySummary) -> None:
        self.out.write("\n], " + _dumps(summary.to_dict())[1:] + "\n")


def _cell(text: str) -> str:
    """Athlete-supplied text: no terminal control, no spreadsheet formula."""
    return csv_safe(visible(text))


class CsvHistoryWriter(HistoryWriter):
    """One row per athlete-week, athletes in order, weeks oldest first. ``severity_change`` is from
    the athlete's stored week before; ``changes`` (on the row of the range's last week, or the
    athlete's last row when they stopped answering) lists what changed since last week."""

    streams = True
    FIELDS = ["week", "iso_week", "athlete", "group", "answered", "severity", "severity_change", "substantial",
              "problem", "problem_words", "triage", "red_flags", "cause", "certainty", "condition", "flags_asked",
              "changes"]

    def begin(self, head: HistoryHead) -> None:
        super().begin(head)
        self.writer = csv.writer(self.out, lineterminator="\n")
        self.writer.writerow(self.FIELDS)
        notice = [""] * len(self.FIELDS)
        notice[self.FIELDS.index("problem_words")] = head.notice
        notice[self.FIELDS.index("changes")] = "notice"
        self.writer.writerow(notice)

    def athlete(self, trend: AthleteTrend) -> None:
        cells: dict[str, str] = {}  # an athlete's name and group repeat every week: made safe once

        def cell(text: str) -> str:
            safe = cells.get(text)
            if safe is None:
                safe = cells[text] = _cell(text)
            return safe

        before = None
        last = len(trend.weeks) - 1
        for n, w in enumerate(trend.weeks):
            change = "" if before is None or before.severity is None or w.severity is None \
                else w.severity - before.severity
            day, name = week_names(w.week)
            cause, condition = w.cause, w.condition
            self.writer.writerow([
                day, name, cell(w.athlete), cell(w.group), _FLAG[w.answered],
                "" if w.severity is None else w.severity, change, _FLAG[w.substantial], _FLAG[w.problem],
                problem_words(w), w.triage, ";".join(w.red_flags), cause.id if cause else "",
                f"{w.certainty:.2f}" if cause else "", condition.id if condition else "", _FLAG[w.flags_asked],
                ";".join(c.value for c in trend.changes) if n == last else ""])
            before = w

    def end(self, summary: HistorySummary) -> None:
        """Every row is already written."""


_FLAG = {None: "", True: "yes", False: "no"}
