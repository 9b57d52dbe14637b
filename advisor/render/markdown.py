from __future__ import annotations

from advisor.reasoning.result import Result
from .common import REFERRAL_LINE, all_sources, citation_text, step_text
from .summary import summarise


def md_escape(text: str) -> str:
    """Escape athlete-supplied or free text so it cannot inject Markdown/HTML."""
    out = []
    for ch in text:
        if ch in "\\`*_{}[]()#+!|<>~":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out).replace("\n", " ")


def render_markdown(result: Result, heading_level: int = 1, details: bool = False) -> str:
    h = "#" * heading_level
    s = summarise(result)
    title = "Stridewise advice" + (f": {md_escape(result.athlete)}" if result.athlete else "")
    out: list[str] = [f"{h} {title}", "", f"**{s.triage}**", ""]
    if s.red_flags:
        out += [f"- **Red flag:** {f}" for f in s.red_flags] + ["", f"**{REFERRAL_LINE}**", ""]
    if s.problem:
        out += [s.problem, ""]
    if s.this_week:
        out += ["**This week:**" if result.causes else "**General prevention, this week:**", ""]
        out += [f"- {item}" for item in s.this_week] + [""]
    if s.running:
        out += ["**When you run:**", ""] + [f"- {item}" for item in s.running] + [""]
    if s.stop_and_see:
        out += [s.stop_and_see, ""]
    out += [f"> {s.notice}", ""]
    if details:
        out += _details(result, h)
    return "\n".join(out)


def _details(result: Result, h: str) -> list[str]:
    out = [f"{h}# Details", ""]
    for flag in result.red_flags:
        out.append(f"- **{flag.label}** ({flag.triage}). Because: {'; '.join(p.label for p in flag.because)}")
        out += [f"  - Source: {citation_text(c)}" for c in flag.citations]
    if result.red_flags:
        out.append("")
    if result.causes:
        out += [f"{h}## Why these causes", ""]
        for n, cause in enumerate(result.causes, 1):
            out.append(f"{n}. **{cause.label}**, certainty {cause.certainty:.2f} (0 to 1)")
            if cause.explanation:
                out.append(f"   {cause.explanation}")
            for step in cause.chain:
                out.append(f"   - {step_text(step)}")
                out += [f"     - {citation_text(c)}" for c in step.citations]
            out += [f"   - against: {step_text(step)}" for step in cause.against]
        out.append("")
    if result.ruled_out:
        out += [f"{h}## Considered and ruled out", ""]
        out += [f"- {r.label}: {r.reason}" for r in result.ruled_out] + [""]
    if result.exercises:
        out += [f"{h}## The exercises", "", "| Exercise | Dose | For |", "|---|---|---|"]
        out += [f"| {ex.name} | {ex.dose} | {', '.join(ex.for_causes) or 'prevention'} |" for ex in result.exercises]
        out.append("")
        for ex in result.exercises:
            out.append(f"- **{ex.name}**: {ex.how}" + (f" Progression: {ex.progression}" if ex.progression else ""))
            out += [f"  - Source: {citation_text(c)}" for c in ex.citations]
        out.append("")
    sources = all_sources(result)
    if sources:
        out += [f"{h}## Sources", ""]
        out += [f"- **{c.short}**: {c.reference}" + (f" <{c.url}>" if c.url else "") for c in sources] + [""]
    return out
