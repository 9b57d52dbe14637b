"""HTML history report: one self-contained page (inline CSS and SVG, no URL of any kind).

jinja2 with autoescape=True escapes every athlete-supplied string after the ``visible`` filter has
spelled out control characters; the two SVG pictures are built here from numbers, ISO week names
and escaped text only, and passed as Markup.

Readable on a phone: the team chart's viewBox is about as wide as a phone's page (360 units
for 358 px of content at 390 px), so a 13-unit label is about 13 px there, and it is capped at
460 px wide on a desktop; a sparkline is drawn at its own pixel size and never scaled.
"""
from __future__ import annotations

import functools
import math

from markupsafe import Markup, escape

from advisor.reasoning.history import iso_week
from advisor.reasoning.trends import NOT_URGENT, AthleteTrend, HistorySummary, TeamWeek
from .common import visible
from .history import (
    CI_METHOD, HistoryWriter, any_scored, change_counts_line, change_words, changes_more_line, ci_text, comparing_line,
    counts_line, filters_line, latest_line, problem_cell, rest_line, severity_text, share_text, triage_cell,
    week_cell, week_label,
)

LABEL = 13
"""Font size of every chart label, in SVG units (px for the sparkline, ~px at phone width for the chart)."""


def _x_positions(n: int, left: float, right: float) -> list[float]:
    if n == 1:
        return [(left + right) / 2]
    step = (right - left) / (n - 1)
    return [left + i * step for i in range(n)]


def sparkline(trend: AthleteTrend, weeks: tuple) -> Markup:
    """Severity by week as a small line, drawn at 150 x 40 px, the latest score beside it."""
    width, height, plot_right, top, bottom = 150, 40, 108, 5, 35
    index = {w: i for i, w in enumerate(weeks)}
    xs = _x_positions(len(weeks), 4, plot_right)
    scored = [(xs[index[w.week]], w.severity) for w in trend.weeks if w.severity is not None and w.week in index]
    said = ", ".join(f"{iso_week(w.week)} {severity_text(w.severity)}" for w in trend.weeks)
    label = escape(f"Severity by week for {visible(trend.athlete)}: {said}")
    parts = [f'<svg class="spark" role="img" aria-label="{label}" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}">',
             f'<line x1="4" y1="{bottom}" x2="{plot_right}" y2="{bottom}" class="axis"/>']

    def y(v: int) -> float:
        return bottom - (bottom - top) * v / 100

    if len(scored) > 1:
        parts.append('<polyline class="line" points="' + " ".join(f"{x:.1f},{y(v):.1f}" for x, v in scored) + '"/>')
    parts += [f'<circle class="dot" cx="{x:.1f}" cy="{y(v):.1f}" r="2.5"/>' for x, v in scored]
    latest = trend.latest.severity
    parts.append(f'<text x="{plot_right + 6}" y="{height / 2 + 5:.0f}" font-size="{LABEL}">'
                 f'{severity_text(latest)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def team_chart(weeks: tuple[TeamWeek, ...]) -> Markup:
    """Each week's share with any problem and with a substantial problem, each with its 95% CI."""
    if not weeks:
        return Markup("")
    width, height = 360, 210
    left, right, top, bottom = 40, 350, 30, 176
    xs = _x_positions(len(weeks), left + 6, right - 6)

    def y(share: float) -> float:
        return bottom - (bottom - top) * share

    parts = [f'<svg class="chart" role="img" aria-label="Share of answering athletes with any problem and with a '
             f'substantial problem, week by week, with 95% confidence intervals" viewBox="0 0 {width} {height}">',
             f'<circle cx="{left + 4}" cy="12" r="4" class="any"/>'
             f'<text x="{left + 12}" y="16" font-size="{LABEL}">Any problem</text>'
             f'<rect x="{left + 104}" y="8" width="8" height="8" class="sub"/>'
             f'<text x="{left + 116}" y="16" font-size="{LABEL}">Substantial (bars: 95% CI)</text>']
    for tick in (0, 0.25, 0.5, 0.75, 1):
        parts.append(f'<line x1="{left}" y1="{y(tick):.1f}" x2="{right}" y2="{y(tick):.1f}" class="grid"/>'
                     f'<text x="{left - 4}" y="{y(tick) + 4:.1f}" text-anchor="end" font-size="{LABEL}">'
                     f'{int(tick * 100)}%</text>')
    step = max(1, math.ceil(len(weeks) / 5))
    for i, w in enumerate(weeks):
        if i % step == 0 or i == len(weeks) - 1 and (len(weeks) - 1) % step >= step / 2:
            parts.append(f'<text x="{xs[i]:.1f}" y="{bottom + 18}" text-anchor="middle" font-size="{LABEL}">'
                         f'W{w.week.isocalendar()[1]:02d}</text>')
    for series, offset, css in (("any_problem", -2, "any"), ("substantial", 2, "sub")):
        points = []
        for i, w in enumerate(weeks):
            share = getattr(w, series)
            if share.value is None:
                continue
            x = xs[i] + offset
            parts.append(f'<line x1="{x:.1f}" y1="{y(share.low):.1f}" x2="{x:.1f}" y2="{y(share.high):.1f}" '
                         f'class="ci {css}"/>')
            points.append((x, y(share.value)))
        if len(points) > 1:
            parts.append(f'<polyline class="trend {css}" points="' + " ".join(f"{x:.1f},{v:.1f}" for x, v in points)
                         + '"/>')
        mark = ('<circle cx="{x:.1f}" cy="{v:.1f}" r="3.5" class="{css}"/>' if css == "any" else
                '<rect x="{xl:.1f}" y="{vt:.1f}" width="7" height="7" class="{css}"/>')
        parts += [mark.format(x=x, v=v, xl=x - 3.5, vt=v - 3.5, css=css) for x, v in points]
    parts.append(f'<text x="{(left + right) / 2:.0f}" y="{height - 2}" text-anchor="middle" font-size="{LABEL}">'
                 f'ISO week</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


class HtmlHistoryWriter(HistoryWriter):
    def end(self, summary: HistorySummary) -> None:
        from importlib.resources import files  # only when HTML is asked for: keeps the CLI's start fast
        from jinja2 import Environment
        env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
        env.filters["visible"] = visible
        template = env.from_string(files("advisor.templates").joinpath("history.html.j2").read_text(encoding="utf-8"))
        head = self.head
        self.out.write(template.render(
            head=head, summary=summary, asked=filters_line(head, visible), counts=counts_line(summary),
            comparing=comparing_line(head), change_counts=change_counts_line(summary), scored=any_scored(summary.changes),
            changes_more=changes_more_line(summary), rest=rest_line(summary), ci_method=CI_METHOD,
            chart=team_chart(summary.team_weeks), sparkline=lambda t: sparkline(t, head.weeks),
            change_words=change_words, severity_text=severity_text, share_text=share_text, ci_text=ci_text,
            week_label=week_label, iso_week=iso_week, latest_line=functools.partial(latest_line, flag_labels=head.flag_labels),
            problem_cell=functools.partial(problem_cell, flag_labels=head.flag_labels),
            triage_cell=triage_cell, week_cell=week_cell, not_urgent=NOT_URGENT))
