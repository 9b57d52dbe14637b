"""Plain text team summary for a terminal (``screen --format text``): who to act on, one
athlete per short block, then the team plan, the patterns and the referrals. Each athlete's
own plan is in the Markdown and HTML reports; every athlete is in CSV and JSON.

Names and groups are never wrapped (a name split over two lines could not be searched for);
terminal control characters in them are spelled out.
"""
from __future__ import annotations

from advisor.reasoning.team import TeamSummary
from .base import TeamWriter
from .common import triage_text, visible
from .markdown import patterns_basis, problems_heading, totals_line
from .team_table import (
    FLAGS_NOT_ASKED_MEANS, NO_ANSWER_HEADING, NO_ANSWER_SHOWN, MAYBE, no_answer_intro, no_answer_more, no_answer_note,
    not_listed_line, table_line,
)
from .text import _Lines, terminal_width


_NAMED = 10
"""Athletes named after a team-plan exercise in text (the rest: "and more"; CSV and JSON have all)."""


class TextTeamWriter(TeamWriter):
    width: int | None = None
    """Wrap width; None: the terminal's."""

    def end(self, summary: TeamSummary) -> None:
        lines = _Lines(self.width or terminal_width())
        lines.out.append(self.head.title)
        lines.wrap(self.head.notice)
        lines.blank()
        lines.wrap(totals_line(summary))
        lines.blank()
        lines.out.append("WHO TO ACT ON")
        for n, row in enumerate(summary.most_urgent, 1):
            line = table_line(row)
            group = f" ({visible(line.group)})" if line.group else ""
            lines.out.append(f"{n:>3}. {visible(line.athlete)}{group}: {line.triage}")
            lines.wrap(line.problem, indent="     ")
            extra = [f"severity {line.severity}", f"change {line.change}"]
            if line.red_flags:
                extra.append(f"red flags {line.red_flags}")
            lines.out.append("     " + " | ".join(extra))
        if not summary.most_urgent:
            lines.out.append("  No athlete was screened.")
        if summary.no_answer:
            lines.blank()
            lines.out.append(NO_ANSWER_HEADING.upper())
            lines.wrap(no_answer_intro(summary))
            for a in summary.no_answer[:NO_ANSWER_SHOWN]:  # one per line: a name is never wrapped
                lines.out.append(f"  - {visible(a.athlete)}" + (f" ({visible(a.group)})" if a.group else "")
                                 + (f": {no_answer_note(a)}" if a.last_triage else "")
                                 + (f" ({MAYBE.format(chr(34) + visible(a.maybe) + chr(34))})" if a.maybe else ""))
            more = no_answer_more(summary)
            if more:
                lines.wrap(more)
        if summary.not_shown:
            lines.blank()
            lines.wrap(not_listed_line(summary))
        if summary.flags_not_asked:
            lines.blank()
            lines.wrap(FLAGS_NOT_ASKED_MEANS)
        lines.blank()
        lines.out.append("TEAM PLAN (the fewest exercises covering every athlete's top causes)")
        for p in summary.team_plan:
            # (named, as Markdown and HTML name them: test drive 22 read "for 1 athlete")
            names = ", ".join(visible(n) for n in p.names[:_NAMED]) + (
                " and more" if p.names_truncated or len(p.names) > _NAMED else "")
            lines.wrap(f"- {p.name}: {p.dose}; for {p.athletes} {'athlete' if p.athletes == 1 else 'athletes'}"
                       + (f": {names}" if names else ""), indent="  ")
        if not summary.team_plan:
            lines.out.append("  No team plan needed.")
        lines.blank()
        lines.out.append("TEAM PATTERNS")
        basis = patterns_basis(summary)
        if summary.patterns.rows and basis:
            lines.wrap(f"  {basis}", indent="  ")
        for r in summary.patterns.rows:
            lines.wrap(f"- {r.cause.label}: {r.athletes} of {summary.patterns.athletes}", indent="  ")
        if not summary.patterns.rows:
            lines.out.append("  No likely causes across the team.")
        if summary.referrals:
            lines.blank()
            lines.out.append("REFERRALS")
            for ref in summary.referrals:
                lines.out.append(f"  - {visible(ref.athlete)}")
                for f in ref.red_flags:
                    lines.wrap(f"{f.label}: see {f.see}; {triage_text(f.triage)}", indent="      ")
        if summary.problems:
            lines.blank()
            lines.out.append(problems_heading(summary).upper())
            lines.out += [f"  - {visible(str(p))}" for p in summary.problems]
        lines.blank()
        lines.wrap("Each athlete's own plan: --format markdown or html. Every athlete: --format csv or json.")
        lines.wrap(self.head.notice)
        self.out.write("\n".join(lines.out) + "\n")
