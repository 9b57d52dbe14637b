"""HTML team report: one self-contained file (inline CSS and SVG, no URL of any kind).

jinja2 with autoescape=True escapes every athlete-supplied string, after the ``visible``
filter has spelled out terminal control characters; only the SVG chart, built here from
escaped labels and numbers, is passed as Markup.
"""
from __future__ import annotations

from markupsafe import Markup, escape

from advisor.reasoning.team import TeamSummary
from .base import TeamWriter
from .common import triage_text, visible
from .markdown import not_shown_line, totals_line
from .summary import short_label
from .team_table import (
    COLUMNS, FLAGS_NOT_ASKED_MEANS, NO_ANSWER_HEADING, NO_ANSWER_SHOWN, no_answer_intro, no_answer_more, not_listed_line,
    table_line,
)


def bar_chart(rows: list[tuple[str, int]], total: int) -> Markup:
    """A horizontal bar chart of team patterns: a list whose labels and counts are HTML text
    (so they keep the page's font size at any width: a scaled SVG shrank them to about 6 px on
    a phone) and whose bars are small inline SVGs, drawn with attributes only, no style."""
    if not rows:
        return Markup("")
    top = max(n for _, n in rows) or 1
    parts = ['<ul class="chart" aria-label="Team patterns: athletes per weak or tight muscle or form fault">']
    for label, n in rows:
        label = short_label(label)  # the short name; the table below has the full label
        width = max(1.0, round(100 * n / top, 1))
        parts.append(f'<li><span class="chart-label">{escape(label)}</span>'
                     f'<svg class="chart-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">'
                     f'<rect width="{width}" height="10" class="bar"/></svg>'
                     f'<span class="chart-count">{n} of {total}</span></li>')
    parts.append("</ul>")
    return Markup("".join(parts))


class HtmlTeamWriter(TeamWriter):
    """One self-contained page: who to act on (one line per athlete), the team plan, the chart
    and patterns, then the referrals and the most urgent athletes in full."""

    def end(self, summary: TeamSummary) -> None:
        from importlib.resources import files  # only when HTML is asked for: keeps the CLI's start fast
        from jinja2 import Environment
        env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
        env.filters["visible"] = visible
        template = env.from_string(files("advisor.templates").joinpath("team.html.j2").read_text(encoding="utf-8"))
        rows = [(r.cause.label, r.athletes) for r in summary.patterns.rows]
        self.out.write(template.render(
            head=self.head, summary=summary, triage_text=triage_text, totals=totals_line(summary),
            columns=COLUMNS, lines=[table_line(r) for r in summary.most_urgent],
            not_listed=not_listed_line(summary), flags_not_asked_means=FLAGS_NOT_ASKED_MEANS,
            no_answer_heading=NO_ANSWER_HEADING, no_answer_intro=no_answer_intro(summary) if summary.no_answer else "",
            no_answer=(summary.no_answer or ())[:NO_ANSWER_SHOWN], no_answer_more=no_answer_more(summary),
            not_shown=not_shown_line(summary) if summary.not_shown else "",
            chart=bar_chart(rows, summary.athletes)))
