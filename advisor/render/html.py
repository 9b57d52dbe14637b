"""HTML team report: one self-contained file (inline CSS and SVG, no URL of any kind).

jinja2 with autoescape=True escapes every athlete-supplied string; only the SVG chart,
built here from escaped labels and numbers, is passed as Markup.
"""
from __future__ import annotations

from importlib.resources import files

from jinja2 import Environment
from markupsafe import Markup, escape


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


def render_team_html(writer, summary, plan, referral_key, triage_text) -> str:
    kb = writer.kb
    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    template = env.from_string(files("advisor.templates").joinpath("team.html.j2").read_text(encoding="utf-8"))
    rows = sorted(writer.rows, key=lambda r: r.sort_key)
    patterns = [(kb.causes[c].text, n) for c, n in summary.patterns()]
    groups = sorted(summary.pattern_by_group)
    return template.render(
        title=writer.title, notice=kb.notice, summary=summary, rows=rows, kb=kb,
        referrals=sorted(summary.referrals, key=referral_key), triage_text=triage_text,
        chart=bar_chart(patterns, summary.athletes), patterns=summary.patterns(),
        groups=groups, plan=plan, problems=writer.problems)
