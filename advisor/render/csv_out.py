"""CSV team report: one row per roster row, in roster order, streamed; for spreadsheets.

The first row after the header carries the "not a diagnosis" notice (status ``notice``,
the text in the ``problem`` column), so it is the first thing a spreadsheet shows.
``summary`` is the problem in the words of the human reports' table; ``flags_asked`` is
``no`` for "red flags not asked" and ``partly`` for a problem reported with only some of them
answered (the JSON's ``flags_answered`` of ``flags_screen``); ``unsure_red_flags`` lists the signs
answered not sure that would bring a more urgent red flag, each ``id:triage`` it would be
(``saddle_numbness:emergency``), ``;``-separated, and with no red flag the triage cell is then
``ask_again_today`` (``ask_again`` for a sign seen within days); ``urgency`` sorts them, 1
(emergency) to 5 (self-care); ``change`` is empty without a
weekly history. A referred athlete's causes, chain and conditions are left empty, as in the human
reports: they wait for the clinician (the JSON keeps them). A row with a name and no answers has
the status and triage ``no_answers`` and no plan. With one, athletes
stored last week who sent nothing this week come last, status ``no_answer``.
"""
from __future__ import annotations

import csv

from advisor.reasoning.team import AthleteReport, Concern, ReportHead, Status, TeamSummary, UnreadRow
from .base import TeamWriter
from .common import csv_safe, visible
from .team_table import ASK_AGAIN_CELL, findings_shown, problem_words

NO_ANSWERS = Status.NO_ANSWERS.value
"""The triage cell of an athlete who answered nothing (the summary cell says "no answers")."""
ASK_AGAIN = {level: cell.replace(" ", "_") for level, cell in ASK_AGAIN_CELL.items()}
"""The triage cell of an athlete with no red flag and a sign answered not sure that would be one,
the tables' words as one token ("ask again today": ``ask_again_today``),
by the most urgent red flag it would bring (test drive 32: it read physio_if_not_better, and a
coach sorting by triage saw a possible cauda equina as a plan athlete)."""


URGENCY = {"emergency": 1, "urgent": 2, "ask_again_today": 2, "soon": 3, "ask_again": 3,
           "physio_if_not_better": 4, NO_ANSWERS: 4, "no_answer": 4, "self_care": 5}
"""The urgency column, from the triage cell: 1 (emergency) to 5 (self-care), so a spreadsheet
sorted on it puts first the athletes who need a call (test drive 33: no column sorted by
urgency; the triage words sort alphabetically). An athlete who answered nothing, this week's
row or none, is 4: ask again before any plan, never with the cleared; one with no row after a
red flag last week takes that flag's urgency."""
SEEN_YET = 3
"""The urgency of an athlete whose last answer had a red flag and this week's has none (cleared,
or a problem still there): call them, "seen yet?", after this week's referrals."""


def _triage(row: AthleteReport) -> str:
    o = row.outcome
    if row.concern is Concern.NO_ANSWERS:
        return NO_ANSWERS
    if not o.red_flags and o.unsure and row.answered:
        return ASK_AGAIN.get(o.unsure[0].triage, "ask_again")
    return o.level


def _cell(text: str) -> str:
    """Athlete-supplied text: no terminal control, no spreadsheet formula."""
    return csv_safe(visible(text))


def _yes_no(value: bool | None) -> str:
    return "" if value is None else "yes" if value else "no"


def _flags_asked(row: AthleteReport) -> str:
    if row.concern is Concern.NO_ANSWERS:
        return ""
    return "partly" if row.flags_partly_asked else _yes_no(row.flags_asked)


class CsvTeamWriter(TeamWriter):
    streams = True
    FIELDS = ["athlete", "group", "line", "status", "triage", "urgency", "red_flags", "top_cause", "certainty",
              "causes", "chain", "plan", "conditions", "summary", "severity", "substantial", "answered",
              "flags_asked", "unsure_red_flags", "change", "week", "problem"]

    def begin(self, head: ReportHead) -> None:
        super().begin(head)
        self.writer = csv.writer(self.out, lineterminator="\n")
        self.writer.writerow(self.FIELDS)
        self.writer.writerow(["", "", "", "notice"] + [""] * (len(self.FIELDS) - 5) + [head.notice])

    def athlete(self, row: AthleteReport) -> None:
        o = row.outcome
        conditions, causes = findings_shown(row)
        top = causes[0] if causes else None
        # A blank response has no plan (the screener gives none) and no flags-asked mark. Its
        # triage is "no_answers", never "" and never "self_care" (test drive 24: a coach sorting
        # by triage saw the athletes who sent nothing as cleared); the JSON keeps the level, with
        # "answered": false and the status "no_answers" beside it
        triage = _triage(row)
        # (a red flag last week and none now: 3, after this week's referrals, before the plans, as
        # the tables list them; test drive 35: an exertional chest pain denied the week after
        # sorted with the cleared)
        urgency = min(URGENCY.get(triage, 5), SEEN_YET) if row.change and row.change.seen_yet else URGENCY.get(triage, "")
        self.writer.writerow([
            _cell(row.athlete), _cell(row.group), row.line, o.status.value, triage, urgency,
            ";".join(f.id for f in o.red_flags), top.id if top else "",
            f"{top.certainty:.2f}" if top else "", ";".join(c.id for c in causes),
            top.chain.line if top else "", ";".join(e.id for e in o.plan),
            ";".join(c.id for c in conditions),
            problem_words(row), "" if row.severity is None else row.severity, _yes_no(row.substantial),
            _yes_no(row.answered), _flags_asked(row), ";".join(f"{u.id}:{u.triage}" for u in o.unsure),
            row.change.text if row.change else "",
            self.head.iso_week, ""])

    def unread(self, row: UnreadRow) -> None:
        self.writer.writerow([_cell(row.athlete), "", row.line, "note" if row.screened else "not_screened"] + [""] * (len(self.FIELDS) - 6)
                             + [self.head.iso_week, _cell(row.reason)])

    def end(self, summary: TeamSummary) -> None:
        """Every screened row is already written; last, one row per athlete stored last week with
        no row this week (status ``no_answer``, empty without a weekly history)."""
        for a in summary.no_answer or ():
            # (after a red flag, that flag's urgency and words: a coach sorting by urgency calls
            # them first; test drive 33: the row was blank but for its name)
            after = f", after a red flag ({a.last_triage}): call them" if a.last_triage else ""
            self.writer.writerow([_cell(a.athlete), _cell(a.group), "", "no_answer", "no_answer",
                                  URGENCY.get(a.last_triage, URGENCY["no_answer"])] + [""] * (len(self.FIELDS) - 8)
                                 + [self.head.iso_week,
                                    f"no answer this week (last answered {a.last_week.isoformat()}{after})"])
