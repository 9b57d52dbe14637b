"""Plain-text history report for a terminal, in the order of the Markdown one: changed since last
week, the team week by week, the athletes with a problem (one line per week), a count of the rest."""
from __future__ import annotations

import textwrap

from advisor.reasoning.history import iso_week
from advisor.reasoning.trends import HistorySummary
from .common import visible
from .history import (
    CI_METHOD, HistoryWriter, any_scored, change_counts_line, change_words, changes_more_line, ci_text, comparing_line,
    counts_line, filters_line, latest_line, problem_cell, rest_line, severity_text, share_text, triage_cell,
    week_cell,
)
from .text import terminal_width


def _table(rows: list[list[str]]) -> list[str]:
    """Columns padded to their widest cell; the last column is not padded."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return ["  ".join([c.ljust(w) for c, w in zip(r, widths)] + [r[-1]]).rstrip() for r in rows]


class TextHistoryWriter(HistoryWriter):
    def end(self, summary: HistorySummary) -> None:
        head = self.head
        width = terminal_width()
        labels = head.flag_labels

        def para(text: str, indent: str = "") -> list[str]:
            return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent) + [""]

        out = [head.title, "=" * min(width, len(head.title)), ""] + para(head.notice)
        asked = filters_line(head, visible)
        if asked:
            out += para(f"Asked for: {asked}.")
        if not head.weeks:
            self.out.write("\n".join(out + ["No stored weeks in this range.", ""]))
            return
        out += para(counts_line(summary))
        out += ["CHANGED SINCE LAST WEEK", ""] + para(comparing_line(head))
        if head.week_before is not None:
            if summary.changes:
                out += para(change_counts_line(summary))
                scored = any_scored(summary.changes)
                out += _table([["Athlete", "Group", *(["Before", "Now"] if scored else []), "What changed"]]
                              + [[visible(c.athlete), visible(c.group),
                                  *([severity_text(c.before), severity_text(c.after)] if scored else []),
                                  change_words(c)] for c in summary.changes]) + [""]
                more = changes_more_line(summary)
                out += para(more) if more else []
            else:
                out += para("Nothing to act on: no new problem, no severity up by 25 or more, no new red flag, "
                            "and everyone who answered the week before answered again.")
        if head.team:
            out += ["TEAM, WEEK BY WEEK", ""] + para(CI_METHOD)
            out += _table([["Week", "Answered", "Any problem", "95% CI", "Substantial", "95% CI", "Burden"]]
                          + [[iso_week(w.week), f"{w.answering} of {w.athletes}", share_text(w.any_problem),
                              ci_text(w.any_problem), share_text(w.substantial), ci_text(w.substantial), str(w.burden)]
                             for w in summary.team_weeks]) + [""]
        out += ["ATHLETES WITH A PROBLEM, MOST IN NEED OF ATTENTION FIRST", ""]
        for trend in summary.most_attention:
            group = f" ({visible(trend.group)})" if trend.group else ""
            out += [f"{visible(trend.athlete)}{group}"] + para(latest_line(trend, labels), "  ")
            out += ["  " + line for line in _table([["Week", "Severity", "Triage", "Problem"]] + [
                [week_cell(w), severity_text(w.severity), triage_cell(w), problem_cell(w, labels)] for w in trend.weeks])]
            out.append("")
        if not summary.most_attention:
            out += para("No athlete reported a problem in the range.")
        out += para(rest_line(summary)) + para(head.notice)
        self.out.write("\n".join(out))
