"""Wording and escaping shared by the renderers, so every format says the same thing."""
from __future__ import annotations

from typing import Callable, Sequence

from advisor.reasoning.result import CitationOut, Result, Step, WordRead
from advisor.reasoning.result import premise_text

# (said mid-line too, after "; " or in brackets: "soon" starts lower case; the capitals of the
# other two are their weight, test drive 21)
TRIAGE_WORDS = {
    "emergency": "EMERGENCY: go to emergency care now",
    "urgent": "URGENT: see a clinician today",
    "soon": "see a clinician within a few days",
}
REFERRAL_LINE = ("A red flag was found: stop running and get it checked before any "
                 "self-treatment. No exercise plan is given.")
PREVENTION_LINE = "No likely cause was found in what you reported. General prevention work:"

# Characters a terminal acts on instead of showing, or that reorder what is shown: C0 and
# C1 controls, DEL, line/paragraph separators, and the bidirectional overrides and isolates
# ("Trojan Source"). Athlete-supplied text is shown with these spelled out.
_INVISIBLE = ({c: None for c in range(0x20)} | {0x7F: None} | {c: None for c in range(0x80, 0xA0)}
              | {c: None for c in (0x061C, 0x200E, 0x200F, 0x2028, 0x2029)}
              | {c: None for c in range(0x202A, 0x202F)} | {c: None for c in range(0x2066, 0x206A)})
_SHOWN = {c: (f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}") for c in _INVISIBLE}
_JSON_ESCAPED = {c: f"\\u{c:04x}" for c in _INVISIBLE if c >= 0x7F}


def visible(text: str) -> str:
    """Athlete-supplied text with control and bidi characters shown as escapes (ESC -> \\x1b)."""
    return text.translate(_SHOWN)


def json_visible(dumped: str) -> str:
    """JSON from ``json.dumps(..., ensure_ascii=False)`` with DEL, C1 and bidi controls escaped too.

    ``json`` escapes only C0; the rest are legal raw in JSON strings but act on a terminal.
    They can only occur inside strings, so ``\\uXXXX`` there gives back the same data."""
    return dumped.translate(_JSON_ESCAPED)


WORDS_HEADING = "Read from your words"
NOT_READ = "Not read, so not assessed"
UNREAD_SHOWN = 12
"""At most this many runs of words not read are quoted; the rest are counted."""
STATE_WORDS = {True: "present", False: "absent", None: "not sure"}


def word_line(word: WordRead, quote: Callable[[str], str] = visible) -> str:
    """``Pain under the heel: present ("heel pain")``: one observation read from the runner's
    words. ``quote`` makes the runner's words safe for the format (labels are the rule pack's)."""
    return f'{word.label}: {STATE_WORDS[word.present]} ("{quote(word.words)}")'


def not_read_line(unread: tuple[str, ...], quote: Callable[[str], str] = visible) -> str:
    """``Not read, so not assessed: 'fainted', 'blurry'``: the one sentence the answer, the
    command line and the web page use for the words no observation used ("" when none)."""
    if not unread:
        return ""
    shown = ", ".join(f"'{quote(w)}'" for w in unread[:UNREAD_SHOWN])
    more = len(unread) - UNREAD_SHOWN
    return f"{NOT_READ}: {shown}" + (f" ... and {more} more" if more > 0 else "")


def outside_line(outside: Sequence) -> str:
    """What the runner named that Stridewise does not assess, and whom to see, first in every
    answer ("" when none): the words are the lexicon's, never the runner's. Items have
    ``label`` and ``see`` (``result.Outside``)."""
    if not outside:
        return ""
    by_see: dict[str, list[str]] = {}   # (topics with the same advice share it)
    for o in outside:
        by_see.setdefault(o.see, []).append(o.label)
    return ("Not assessed here (Stridewise reads running injuries and their training causes only): "
            + "; ".join(f"{' and '.join(labels)}: {see}" for see, labels in by_see.items()) + ".")


def outside_only_line(outside: Sequence) -> str:
    """The message when the words name only what Stridewise does not assess (the command line's
    exit 1, the API's 422): that, not "try other words"."""
    return f"{outside_line(outside)} No running injury was read from these words."


def csv_safe(text: str) -> str:
    """Stop spreadsheet formula injection from athlete-supplied text."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r", "\n") else text


def triage_text(triage: str) -> str:
    return TRIAGE_WORDS.get(triage, triage)


def step_text(step: Step) -> str:
    premises = " + ".join(premise_text(p) for p in step.premises)
    return f"{premises} -> {step.conclusion_label} [{step.rule}, weight {step.weight:+.2f}]"


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
