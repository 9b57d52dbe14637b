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
from .markdown import not_shown_line


def bar_chart(rows: list[tuple[str, int]], total: int) -> Markup:
    """A horizontal bar chart of team patterns as inline SVG."""
    if not rows:
        return Markup("")
    bar_h, gap, label_w, width = 22, 6, 300, 640
    height = len(rows) * (bar_h + gap) + gap
    top = max(n for _, n in rows) or 1
    parts = [f'<svg role="img" aria-label="Team patterns: athletes per weak or tight muscle or form fault" '
             f'viewBox="0 0 {width} {height}" width="100%">']
    for i, (label, n) in enumerate(rows):
        label = label.split(" (")[0]  # the short name; the table below has the full label
        label = label if len(label) <= 40 else label[:39] + "…"
        y = gap + i * (bar_h + gap)
        w = max(2, int((width - label_w - 60) * n / top))
        parts.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end" font-size="12">{escape(label)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h}" rx="3" class="bar"/>')
        parts.append(f'<text x="{label_w + w + 6}" y="{y + 15}" font-size="12">{n} of {total}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


class HtmlTeamWriter(TeamWriter):
    """One self-contained page: referrals, the most urgent athletes in full, patterns, plan."""

    def end(self, summary: TeamSummary) -> None:
        from importlib.resources import files  # only when HTML is asked for: keeps the CLI's start fast
        from jinja2 import Environment
        env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
        env.filters["visible"] = visible
        template = env.from_string(files("advisor.templates").joinpath("team.html.j2").read_text(encoding="utf-8"))
        rows = [(r.cause.label, r.athletes) for r in summary.patterns.rows]
        self.out.write(template.render(
            head=self.head, summary=summary, triage_text=triage_text,
            not_shown=not_shown_line(summary) if summary.not_shown else "",
            chart=bar_chart(rows, summary.athletes)))
