"""Plain text for a terminal: one case, wrapped at 88 columns."""
from __future__ import annotations

import textwrap

from advisor.reasoning.result import Result
from .common import PREVENTION_LINE, REFERRAL_LINE, TRIAGE_WORDS, all_sources, citation_text, step_text, visible


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, width=88, initial_indent=indent, subsequent_indent=indent + "  ") or [indent]


def render_text(result: Result, verbose: bool = True) -> str:
    out: list[str] = []
    if result.athlete:
        out.append(f"Athlete: {visible(result.athlete)}" + (f" ({visible(result.group)})" if result.group else ""))
    if result.red_flags:
        out.append("RED FLAGS - see a clinician first")
        for flag in result.red_flags:
            out.append(f"  ! {flag.label}")
            out.extend(_wrap(TRIAGE_WORDS.get(flag.triage, flag.triage) + f". Who: {flag.see}.", "    "))
            out.extend(_wrap(f"What to do: {flag.action}", "    "))
            out.extend(_wrap("Because you reported: " + "; ".join(p.label for p in flag.because), "    "))
            for c in flag.citations:
                out.extend(_wrap("Source: " + citation_text(c), "    "))
        out.extend(_wrap(REFERRAL_LINE, ""))
        out.append("")
    if result.causes:
        heading = "Likely causes (to discuss with your clinician)" if result.red_flags else "Likely causes"
        out.append(heading)
        for n, cause in enumerate(result.causes, 1):
            out.append(f"  {n}. {cause.label} - certainty {cause.certainty:.2f}")
            if cause.explanation:
                out.extend(_wrap(cause.explanation, "     "))
            out.append("     Why:")
            for step in cause.chain:
                out.extend(_wrap("- " + step_text(step), "       "))
                if verbose:
                    for c in step.citations:
                        out.extend(_wrap("source: " + citation_text(c), "         "))
                    if step.note:
                        out.extend(_wrap("note: " + step.note, "         "))
            for step in cause.against:
                out.extend(_wrap("- against: " + step_text(step), "       "))
        out.append("")
    elif not result.red_flags and result.plan_kind != "prevention":
        out.append("No likely cause found in what you reported.")
        out.append("")
    if result.ruled_out:
        out.append("Considered and ruled out")
        for r in result.ruled_out:
            out.extend(_wrap(f"- {r.label}: {r.reason}", "  "))
        out.append("")
    if result.exercises:
        out.append("Exercise plan" if result.plan_kind == "treatment" else PREVENTION_LINE)
        for ex in result.exercises:
            out.append(f"  * {ex.name}: {ex.dose}")
            out.extend(_wrap(ex.how, "      "))
            if ex.progression:
                out.extend(_wrap("Progression: " + ex.progression, "      "))
            if ex.for_causes:
                out.extend(_wrap("For: " + ", ".join(ex.for_causes), "      "))
            for c in ex.citations:
                out.extend(_wrap("Source: " + citation_text(c), "      "))
        out.append("")
    sources = all_sources(result)
    if sources:
        out.append("Sources")
        for c in sources:
            out.extend(_wrap(f"- {c.short}: {c.reference}" + (f" {c.url}" if c.url else ""), "  "))
        out.append("")
    out.extend(_wrap(result.notice, ""))
    return "\n".join(out) + "\n"
