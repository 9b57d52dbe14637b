"""The history report for programs: JSON (advisor/schemas/history.schema.json) and CSV (one row
per athlete-week), both streamed athlete by athlete as the history is read."""
from __future__ import annotations

import csv
import json

from advisor.reasoning.history import partly_dict
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
        self._texts: dict[str, str] = {}
        self._numbers: dict[float, str] = {}
        self._labels: dict[str, tuple[str, str]] = {}

    # Half a million weeks in a season's history: building a dict for each and encoding it was
    # most of the JSON's time. Each week is formatted directly instead, in one loop, its strings
    # (groups, labels, ids: few distinct ones) encoded once. It must equal ``week_dict`` parsed:
    # a property test compares the two, and the render contract checks hostile names through it.
    _WEEK = ('{"week": "%s", "iso_week": "%s", "group": %s, "answered": %s, "severity": %s, "substantial": %s, '
             '"problem": %s, "problem_words": %s, "triage": %s, "red_flags": [%s], "cause": %s, "certainty": %s, '
             '"condition": %s, "flags_asked": %s, "corrected": %s, "unsure_red_flags": %s, "flags_partly_asked": %s}')

    def athlete(self, trend: AthleteTrend) -> None:
        texts, text, label, literal, form = self._texts, self._text, self._label, _LITERAL, self._WEEK
        labels = self.head.flag_labels
        weeks = []
        for w in trend.weeks:
            day, name = week_names(w.week)
            cause, condition, severity, certainty = w.cause, w.condition, w.severity, w.certainty
            weeks.append(form % (
                day, name, texts.get(w.group) or text(w.group), literal[w.answered],
                "null" if severity is None else int(severity), literal[w.substantial], literal[w.problem],
                text(problem_words(w, labels)), texts.get(w.triage) or text(w.triage),
                ", ".join(text(f) for f in w.red_flags) if w.red_flags else "",
                "null" if cause is None else label(cause), self._numbers.get(certainty) or self._number(certainty),
                "null" if condition is None else label(condition), literal[w.flags_asked], literal[w.corrected],
                _dumps([u.to_dict() for u in w.unsure]) if w.unsure else "[]",
                "null" if w.flags_partly is None else _dumps(partly_dict(w.flags_partly))))
        self.out.write(("" if self.first else ",\n") + _dumps(trend.to_dict(with_weeks=False))[:-1]
                       + ', "weeks": [' + ", ".join(weeks) + "]}")
        self.first = False

    def _text(self, text: str) -> str:
        shown = self._texts.get(text)
        if shown is None:
            if len(self._texts) > 100_000:  # athlete-supplied groups could be many: stay bounded
                self._texts.clear()
            shown = self._texts[text] = _dumps(text)
        return shown

    def _number(self, value: float) -> str:
        if len(self._numbers) > 10_000:
            self._numbers.clear()
        shown = self._numbers[value] = repr(float(value))
        return shown

    def _label(self, label) -> str:
        """A Label's JSON, kept by id (and checked against its text, which a rule pack may reword)."""
        kept = self._labels.get(label.id)
        if kept is None or kept[0] != label.label:
            if len(self._labels) > 10_000:
                self._labels.clear()
            kept = self._labels[label.id] = (label.label, f'{{"id": {self._text(label.id)}, '
                                                          f'"label": {self._text(label.label)}}}')
        return kept[1]

    def end(self, summary: HistorySummary) -> None:
        self.out.write("\n], " + _dumps(summary.to_dict())[1:] + "\n")


def _cell(text: str) -> str:
    """Athlete-supplied text: no terminal control, no spreadsheet formula."""
    return csv_safe(visible(text))


class CsvHistoryWriter(HistoryWriter):
    """One row per athlete-week, athletes in order, weeks oldest first. ``severity_change`` is from
    the athlete's stored week before; ``changes`` (on the row of the range's last week, or the
    athlete's last row when they stopped answering) lists what changed since last week; ``corrected``
is ``yes`` on a week a correction replaced; ``unsure_red_flags`` lists the red-flag signs answered
not sure that week, as id:triage; ``flags_partly_asked`` "3 of 27" when a problem was reported
with only some red-flag questions answered. A red-flag week leaves ``cause``, ``certainty`` and ``condition``
blank (they wait for the clinician; JSON keeps them)."""

    streams = True
    FIELDS = ["week", "iso_week", "athlete", "group", "answered", "severity", "severity_change", "substantial",
              "problem", "problem_words", "triage", "red_flags", "cause", "certainty", "condition", "flags_asked",
              "corrected", "unsure_red_flags", "flags_partly_asked", "changes"]

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
            safe = cells[text] = _cell(text)
            return safe

        flag, rows, prior, labels = _FLAG, [], None, self.head.flag_labels
        athlete = cell(trend.athlete)   # (one spelling on every row, as the other formats show it: fc24)
        for w in trend.weeks:
            # (a red-flag week's causes wait for the clinician, as in the team CSV: test drive 30
            # read an 11-year-old's growth-plate weeks with the cause weak_calves)
            severity, cause, condition = w.severity, None if w.red_flags else w.cause, None if w.red_flags else w.condition
            day, name = week_names(w.week)
            rows.append([
                day, name, athlete, cells.get(w.group) or cell(w.group),
                flag[w.answered], "" if severity is None else severity,
                "" if prior is None or severity is None else severity - prior, flag[w.substantial], flag[w.problem],
                problem_words(w, labels), w.triage, ";".join(w.red_flags) if w.red_flags else "",
                cause.id if cause else "", f"{w.certainty:.2f}" if cause else "",
                condition.id if condition else "", flag[w.flags_asked], flag[w.corrected],
                ";".join(f"{u.id}:{u.triage}" for u in w.unsure),
                "" if w.flags_partly is None else "{} of {}".format(*w.flags_partly), ""])
            prior = severity
        rows[-1][-1] = ";".join(c.value for c in trend.changes)  # on the athlete's last row
        self.writer.writerows(rows)

    def end(self, summary: HistorySummary) -> None:
        """Every row is already written."""


_FLAG = {None: "", True: "yes", False: "no"}
_LITERAL = {True: "true", False: "false", None: "null"}
