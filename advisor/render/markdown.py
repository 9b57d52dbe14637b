from __future__ import annotations

from advisor.reasoning.result import Result
from .common import PREVENTION_LINE, REFERRAL_LINE, TRIAGE_WORDS, all_sources, citation_text, step_text


def md_escape(text: str) -> str:
    """Escape athlete-supplied or free text so it cannot inject Markdown/HTML."""
    out = []
    for ch in text:
        if ch in "\\`*_{}[]()#+!|<>~":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out).replace("\n", " ")


def render_markdown(result: Result, heading_level: int = 1) -> str:
    h = "#" * heading_level
    out: list[str] = []
    title = "Stridewise advice" + (f": {md_escape(result.athlete)}" if result.athlete else "")
    out += [f"{h} {title}", "", f"> {result.notice}", ""]
    if result.red_flags:
        out += [f"{h}# Red flags: see a clinician first", ""]
        for flag in result.red_flags:
            out.append(f"- **{flag.label}**: {TRIAGE_WORDS.get(flag.triage, flag.triage)}. "
                       f"Who: {flag.see}. What to do: {flag.action}")
            out.append(f"  - Because: {'; '.join(p.label for p in flag.because)}")
            for c in flag.citations:
                out.append(f"  - Source: {citation_text(c)}")
        out += ["", f"**{REFERRAL_LINE}**", ""]
    if result.causes:
        out += [f"{h}# Likely causes" + (" (to discuss with your clinician)" if result.red_flags else ""), ""]
        for n, cause in enumerate(result.causes, 1):
            out.append(f"{n}. **{cause.label}**, certainty {cause.certainty:.2f}")
            if cause.explanation:
                out.append(f"   {cause.explanation}")
            for step in cause.chain:
                out.append(f"   - {step_text(step)}")
                for c in step.citations:
                    out.append(f"     - {citation_text(c)}")
            for step in cause.against:
                out.append(f"   - against: {step_text(step)}")
        out.append("")
    elif not result.red_flags and result.plan_kind != "prevention":
        out += ["No likely cause found in what you reported.", ""]
    if result.ruled_out:
        out += [f"{h}# Considered and ruled out", ""]
        out += [f"- {r.label}: {r.reason}" for r in result.ruled_out]
        out.append("")
    if result.exercises:
        out += [f"{h}# " + ("Exercise plan" if result.plan_kind == "treatment" else "Prevention"), ""]
        if result.plan_kind == "prevention":
            out += [PREVENTION_LINE, ""]
        out += ["| Exercise | Dose | For |", "|---|---|---|"]
        for ex in result.exercises:
            out.append(f"| {ex.name} | {ex.dose} | {', '.join(ex.for_causes) or 'prevention'} |")
        out.append("")
        for ex in result.exercises:
            out.append(f"- **{ex.name}**: {ex.how}" + (f" Progression: {ex.progression}" if ex.progression else ""))
            for c in ex.citations:
                out.append(f"  - Source: {citation_text(c)}")
        out.append("")
    sources = all_sources(result)
    if sources:
        out += [f"{h}# Sources", ""]
        out += [f"- **{c.short}**: {c.reference}" + (f" <{c.url}>" if c.url else "") for c in sources]
        out.append("")
    return "\n".join(out)
