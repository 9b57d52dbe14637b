"""Plain text for a terminal: the summary first; the reasoning only with ``details``."""
from __future__ import annotations

import os
import sys
import textwrap

from advisor.errors import show
from advisor.reasoning.result import Result
from .common import (
    REFERRAL_LINE, WORDS_HEADING, all_sources, citation_text, not_read_line, outside_line, step_text,
    word_line,
)
from .summary import CAUSES_UNDER_A_FLAG, summarise

MAX_WIDTH = 100


def terminal_width() -> int:
    """The terminal's width (80 when not a terminal), capped for readability."""
    return max(40, min(MAX_WIDTH, terminal_columns()))


def terminal_columns(fallback: int = 80) -> int:
    """``shutil.get_terminal_size((fallback, 24)).columns``, without importing shutil (and with it
    bz2, lzma and fnmatch: about 2 ms of a cold ``check``): $COLUMNS if it is a positive
    number, else the width of the terminal on stdout, else ``fallback``."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
    except (AttributeError, ValueError, OSError):
        columns = 0
    return columns or fallback


class _Lines:
    def __init__(self, width: int):
        self.width = width
        self.out: list[str] = []

    def wrap(self, text: str, indent: str = "", hang: str = "  ") -> None:
        self.out.extend(textwrap.wrap(text, width=self.width, initial_indent=indent,
                                      subsequent_indent=indent + hang) or [indent])

    def blank(self) -> None:
        if self.out and self.out[-1]:
            self.out.append("")


def render_text(result: Result, details: bool = False, width: int | None = None) -> str:
    lines = _Lines(width or terminal_width())
    _summary(lines, result)
    if details:
        lines.blank()
        _details(lines, result)
    else:
        lines.blank()
        lines.wrap("For the reasoning, the causes ruled out and the sources: add --details.")
    return "\n".join(lines.out).rstrip("\n") + "\n"


def _summary(lines: _Lines, result: Result) -> None:
    s = summarise(result)
    if result.athlete:
        lines.wrap(f"Athlete: {show(result.athlete)}" + (f" ({show(result.group)})" if result.group else ""))
    if result.words is not None and result.words.outside:
        lines.wrap("! " + outside_line(result.words.outside))   # before the answer: it does not cover this
    lines.wrap(s.triage)
    for flag in s.red_flags:
        lines.wrap("! " + flag, "  ")
    for line in s.unsure_flags:
        lines.wrap("! " + line, "  ")
    if s.red_flags:
        lines.wrap(REFERRAL_LINE)
    # the named problem right under the triage, then what the answer rests on, then the plan:
    # a long list of what was read pushed the condition to line 21-27 of an 80-column screen
    # (test drive 45)
    if s.problem:
        lines.wrap(s.problem)
    if result.words is not None:   # what the answer rests on, before the plan
        lines.wrap(WORDS_HEADING + ":")
        for word in result.words.read:
            lines.wrap("- " + word_line(word), "  ")
        if result.words.unread:
            lines.wrap(not_read_line(result.words.unread))
    if s.this_week:
        lines.wrap(s.this_week_heading)
        for item in s.this_week:
            lines.wrap("- " + item, "  ")
    if s.running:
        lines.wrap(s.running_heading)
        for item in s.running:
            lines.wrap("- " + item, "  ")
    if s.stop_and_see:
        lines.wrap(s.stop_and_see)
    if s.red_flags:
        # the referral texts run long: the level again at the end, where a terminal's last
        # screen shows it (test drive 22: "Urgent" scrolled off, a later flag's "within a few
        # days" stayed in view)
        lines.wrap("In short: " + s.triage[:1].lower() + s.triage[1:])
    lines.wrap(s.notice)


def _details(lines: _Lines, result: Result) -> None:
    lines.wrap("DETAILS")
    for flag in result.red_flags:
        lines.wrap(f"Red flag: {flag.label} ({flag.triage})")
        lines.wrap("Because you reported: " + "; ".join(p.label for p in flag.because), "  ")
        for c in flag.citations:
            lines.wrap("Source: " + citation_text(c), "  ")
    if result.causes and result.red_flags:
        lines.blank()
        lines.wrap(CAUSES_UNDER_A_FLAG)
    for n, cause in enumerate(result.causes, 1):
        lines.blank()
        lines.wrap(f"{n}. {cause.label}: certainty {cause.certainty:.2f} (0 to 1; 'likely' from 0.60)")
        if cause.explanation and not result.red_flags:
            lines.wrap(cause.explanation, "   ")
        for step in cause.chain:
            lines.wrap("- " + step_text(step), "   ")
            for c in step.citations:
                lines.wrap("source: " + citation_text(c), "     ")
            if step.note:
                lines.wrap("note: " + step.note, "     ")
        for step in cause.against:
            lines.wrap("- against: " + step_text(step), "   ")
    if result.ruled_out:
        lines.blank()
        lines.wrap("Considered and ruled out")
        for r in result.ruled_out:
            lines.wrap(f"- {r.label}: {r.reason}", "  ")
    if result.exercises:
        lines.blank()
        lines.wrap("The exercises")
        for ex in result.exercises:
            lines.wrap(f"- {ex.name}: {ex.dose} (dose: {ex.dose_detail.basis_label})", "  ")
            lines.wrap(ex.how, "    ")
            if ex.progression:
                lines.wrap("Progression: " + ex.progression, "    ")
            if ex.for_causes:
                lines.wrap("For: " + ", ".join(ex.for_causes), "    ")
            for c in ex.citations:
                lines.wrap("Source: " + citation_text(c), "    ")
    sources = all_sources(result)
    if sources:
        lines.blank()
        lines.wrap("Sources")
        for c in sources:
            lines.wrap(f"- {c.short}: {c.reference}" + (f" {c.url}" if c.url else ""), "  ")
