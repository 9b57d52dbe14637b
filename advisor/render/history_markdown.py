"""Markdown history report: changed since last week, the team week by week, then each athlete
with a problem as a small table (week | severity | triage | problem), then a count of the rest."""
from __future__ import annotations

from advisor.reasoning.history import iso_week
from advisor.reasoning.trends import AthleteTrend, HistorySummary
from .history import (
    CI_METHOD, HistoryWriter, any_scored, change_counts_line, change_words, changes_more_line, ci_text, comparing_line, counts_line,
    filters_line, latest_line, problem_cell, rest_line, severity_text, share_text, triage_cell, week_cell,
    week_label,
)
from .markdown import md_escape


def _athlete(trend: AthleteTrend, labels) -> list[str]:
    group = f" ({md_escape(trend.group)})" if trend.group else ""
    out = [f"### {md_escape(trend.athlete)}{group}", "", latest_line(trend, labels), "",
           "| Week | Severity | Triage | Problem |", "|---|---|---|---|"]
    out += [f"| {week_cell(w)} | {severity_text(w.severity)} | {triage_cell(w)} | {problem_cell(w, labels)} |"
            for w in trend.weeks]
    return out + [""]


class MarkdownHistoryWriter(HistoryWriter):
    def end(self, summary: HistorySummary) -> None:
        head = self.head
        out = [f"# {head.title}", "", f"> {head.notice}", ""]
        asked = filters_line(head, md_escape)
        if asked:
            out += [f"Asked for: {asked}.", ""]
        if not head.weeks:
            out += ["No stored weeks in this range.", "", f"_{head.notice}_", ""]
            self.out.write("\n".join(out))
            return
        out += [counts_line(summary), "", "## Changed since last week", "", comparing_line(head), ""]
        if head.week_before is not None:
            if summary.changes:
                scored = any_scored(summary.changes)
                out += [change_counts_line(summary), "",
                        "| Athlete | Group | What changed |" + (" Severity before | Severity now |" if scored else ""),
                        "|---|---|---|" + ("---|---|" if scored else "")]
                out += [f"| {md_escape(c.athlete)} | {md_escape(c.group)} | {change_words(c)} |"
                        + (f" {severity_text(c.before)} | {severity_text(c.after)} |" if scored else "")
                        for c in summary.changes]
                more = changes_more_line(summary)
                out += ["", more] if more else []
            else:
                out.append("Nothing to act on: no new problem, no severity up by 25 or more, no new red flag, "
                           "and everyone who answered the week before answered again.")
            out.append("")
        if head.team:  # an --athlete view has no squad to share out
            out += ["## Team, week by week", "", CI_METHOD, "",
                    "| Week | Answered | Any problem | 95% CI | Substantial problem | 95% CI | Burden |",
                    "|---|---|---|---|---|---|---|"]
        for w in summary.team_weeks if head.team else ():
            out.append(f"| {week_label(w.week)} | {w.answering} of {w.athletes} | {share_text(w.any_problem)} | "
                       f"{ci_text(w.any_problem)} | {share_text(w.substantial)} | {ci_text(w.substantial)} | "
                       f"{w.burden} |")
        out += ([""] if head.team else []) + ["## Athletes with a problem, most in need of attention first", ""]
        for trend in summary.most_attention:
            out += _athlete(trend, head.flag_labels)
        if not summary.most_attention:
            out += ["No athlete reported a problem in the range.", ""]
        out += [rest_line(summary), "", f"_{head.notice}_", ""]
        self.out.write("\n".join(out))
