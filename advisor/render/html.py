"""HTML team report: one self-contained file (inline CSS and SVG, no URL of any kind).

jinja2 with autoescape=True escapes every athlete-supplied string, after the ``visible``
filter has spelled out terminal control characters; only the SVG chart, built here from
escaped labels and numbers, is passed as Markup.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from markupsafe import Markup, escape

from advisor.reasoning.team import NoAnswer, TeamSummary
from .base import TeamWriter
from .common import triage_text, visible
from .markdown import not_shown_line, patterns_basis, problems_heading, totals_line
from .summary import likelihood, short_label
from .team_table import (
    CAUSES_WAIT, COLUMNS, FLAGS_NOT_ASKED_MEANS, NO_ANSWER_HEADING, NO_ANSWER_SHOWN, PARTLY_ASKED, no_answers_card,
    TableLine, findings_shown, flag_when, flags_asked_card, no_answer_intro, no_answer_more, no_answer_note, not_listed_line, table_line,
    unsure_card,
)

TEMPLATES = "advisor.templates"
ACT_TEMPLATE = "team_act.html.j2"
"""The "Who to act on" block, included by this report's page and by the coach page of ``serve``."""


def template_source(name: str) -> tuple[str, str, Callable[[], bool]] | None:
    """A jinja2 ``FunctionLoader`` source for the templates in advisor/templates (None: no such
    template): what lets a page include ``ACT_TEMPLATE`` (the web app chains it after its own)."""
    from importlib.resources import files
    path = files(TEMPLATES).joinpath(name)
    if not path.is_file():
        return None
    return path.read_text(encoding="utf-8"), name, lambda: True


@dataclass(frozen=True, slots=True)
class WhoToActOn:
    """What ``ACT_TEMPLATE`` draws: one line per athlete, most urgent first, then what the table
    leaves out. Athlete-supplied text (names, groups) stays raw: the template escapes it."""

    columns: tuple[str, ...]
    lines: tuple[TableLine, ...]
    not_listed: str
    """'' when the table lists every athlete."""
    flags_not_asked: str
    """What 'not asked' means, '' when no athlete's red flags went unasked."""
    no_answer: tuple[NoAnswer, ...]
    """The first ``NO_ANSWER_SHOWN`` athletes with no row this week (weekly history only)."""
    no_answer_heading: str
    no_answer_intro: str
    no_answer_more: str

    @classmethod
    def of(cls, summary: TeamSummary) -> "WhoToActOn":
        return cls(COLUMNS, tuple(table_line(r) for r in summary.most_urgent), not_listed_line(summary),
                   FLAGS_NOT_ASKED_MEANS if summary.flags_not_asked else "",
                   (summary.no_answer or ())[:NO_ANSWER_SHOWN], NO_ANSWER_HEADING,
                   no_answer_intro(summary) if summary.no_answer else "", no_answer_more(summary))


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


def patterns_chart(summary: TeamSummary) -> Markup:
    """The team patterns as a bar chart: athletes per likely cause, labels from the report."""
    return bar_chart([(r.cause.label, r.athletes) for r in summary.patterns.rows], summary.patterns.athletes)


class HtmlTeamWriter(TeamWriter):
    """One self-contained page: who to act on (one line per athlete), the team plan, the chart
    and patterns, then the referrals and the most urgent athletes in full."""

    def end(self, summary: TeamSummary) -> None:
        from jinja2 import Environment, FunctionLoader  # only when HTML is asked for: keeps the CLI's start fast
        env = Environment(loader=FunctionLoader(template_source), autoescape=True, trim_blocks=True,
                          lstrip_blocks=True)
        env.filters["visible"] = visible
        env.filters["no_answer_note"] = no_answer_note
        env.filters["likelihood"] = likelihood
        env.globals.update(findings_shown=findings_shown, no_answers_card=no_answers_card, causes_wait=CAUSES_WAIT,
                           partly_asked=PARTLY_ASKED, unsure_card=unsure_card, flags_asked_card=flags_asked_card,
                           flag_when=flag_when)
        template = env.get_template("team.html.j2")
        self.out.write(template.render(
            head=self.head, summary=summary, triage_text=triage_text, totals=totals_line(summary),
            problems_heading=problems_heading(summary),
            patterns_basis=patterns_basis(summary),
            act=WhoToActOn.of(summary), not_shown=not_shown_line(summary) if summary.not_shown else "",
            chart=patterns_chart(summary)))
