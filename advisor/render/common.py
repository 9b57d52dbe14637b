"""Wording shared by the human-readable renderers, so text and Markdown say the same thing."""
from __future__ import annotations

from advisor.reasoning.result import CitationOut, Premise, RankedCause, Result, Step

TRIAGE_WORDS = {
    "emergency": "EMERGENCY: go to emergency care now",
    "urgent": "URGENT: see a clinician today",
    "soon": "See a clinician within a few days",
}
REFERRAL_LINE = ("A red flag was found: stop running on it and get it checked before any "
                 "self-treatment. No exercise plan is given.")
PREVENTION_LINE = "No likely cause was found in what you reported. General prevention work:"


def premise_text(p: Premise) -> str:
    return f"no {p.label[0].lower()}{p.label[1:]}" if p.absent else p.label


def step_text(step: Step) -> str:
    premises = " + ".join(premise_text(p) for p in step.premises)
    return f"{premises} -> {step.conclusion_label} [{step.rule}, weight {step.weight:+.2f}]"


def chain_line(cause: RankedCause) -> str:
    """The chain in one line: observations -> findings -> cause."""
    if not cause.chain:
        return cause.label
    firsts = []
    for step in cause.chain:
        for p in step.premises:
            if p.id != cause.id and premise_text(p) not in firsts:
                firsts.append(premise_text(p))
    mids = [s.conclusion_label for s in cause.chain if s.conclusion != cause.id]
    parts = [", ".join(firsts[:3])] + list(dict.fromkeys(m for m in mids if m not in firsts)) + [cause.label]
    return " -> ".join(parts)


def citation_text(c: CitationOut) -> str:
    body = f'"{c.quote}"' if c.quote else c.note
    return f"[{c.short}, {c.section}] {body}"


def all_sources(result: Result) -> list[CitationOut]:
    """Each cited source once, in order of first citation, for a reference list."""
    seen: dict[str, CitationOut] = {}
    groups = [f.citations for f in result.red_flags]
    for cause in result.causes:
        groups += [s.citations for s in cause.chain + cause.against]
    groups += [e.citations for e in result.exercises]
    for group in groups:
        for c in group:
            seen.setdefault(c.source, c)
    return list(seen.values())
