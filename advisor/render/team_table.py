"""The one-line-per-athlete table the human team formats open with (Markdown, HTML, text):
who to act on, in ``AthleteReport.sort_key`` order, each cell in the same words everywhere.

Athlete-supplied text (name, group) is left raw here: each format escapes it its own way.
"""
from __future__ import annotations

from dataclasses import dataclass

from advisor.reasoning.team import AthleteReport, Concern, NoAnswer, TeamSummary
from .summary import LIKELY_WORD_FROM, _lower_first, short_label, unsure_said
from .common import triage_text

COLUMNS = ("Athlete", "Triage", "Problem", "Severity", "Change", "Red flags")
NOT_ASKED = "not asked"
"""The table's mark for ``flags_asked`` False."""
OTHERS_NOT_ASKED = "the others not asked"
"""... after the red flags found: the screen's questions were not asked."""
PARTLY_ASKED = "partly asked ({} of {})"
"""... and for a problem reported with only some of the red-flag questions answered."""
FLAGS_NOT_ASKED_MEANS = ("Red flags not asked: the athlete reports a problem, but none of the red-flag "
                         "questions was answered (yes or no), so 'no red flag' here only means 'not asked'. "
                         "Ask them before any exercise plan.")
TRIAGE_CELL = {"emergency": "EMERGENCY now", "urgent": "URGENT today", "soon": "clinician within days"}
LEVEL_CELL = {"physio_if_not_better": "physio if not better", "self_care": "self-care"}
"""Without a red flag: the answer's own triage level, as ``check`` says it."""
NO_HISTORY = "-"
"""The change cell when the screen was given no weekly history."""


@dataclass(frozen=True, slots=True)
class TableLine:
    athlete: str
    group: str
    triage_class: str
    """The red flag's triage id, '' without one (HTML colours it)."""
    triage: str
    problem: str
    severity: str
    change: str
    red_flags: str

    @property
    def cells(self) -> tuple[str, str, str, str, str]:
        """Every cell after the athlete's, in ``COLUMNS`` order."""
        return (self.triage, self.problem, self.severity, self.change, self.red_flags)


def _short(label: str) -> str:
    """A cause's name without its glosses, first letter lower: 'weak glutes'."""
    return _lower_first(short_label(label))


def problem_words(row: AthleteReport) -> str:
    """The problem in words: a red flag; else the named condition with its likely cause; else
    the top cause; 'no answers' for a blank row; 'no problem reported' when nothing is wrong."""
    o = row.outcome
    concern = row.concern
    if concern is Concern.NO_ANSWERS:
        return "no answers"
    if o.red_flags:
        more = len(o.red_flags) - 1
        return f"red flag: {_lower_first(o.red_flags[0].label)}" + (f" (and {more} more)" if more else "")
    top = o.causes[0] if o.causes else None
    likely = top is not None and top.certainty >= LIKELY_WORD_FROM
    if o.conditions:
        named = _lower_first(o.conditions[0].label)
        return f"{named}, {'likely' if likely else 'possibly'} from {_short(top.label)}" if top else named
    if top:
        return f"{'likely' if likely else 'possible'} cause: {_short(top.label)}"
    if concern is Concern.COMPLAINT:
        return "a problem reported, no likely cause found"
    return "no problem reported"


NO_ANSWERS_CARD = "No answers: ask again before giving any plan."
"""An athlete card's line for a row with a name and no answers (fc25: the cards added a
prevention plan that the JSON and CSV did not give)."""
NO_ANSWERS_AFTER_A_FLAG_CARD = ("No answers this week, and the last answer had a red flag: make sure they have seen a "
                                "clinician before they train, then ask again.")
"""... when the last answer had a red flag (fc28: the card said only "ask again")."""
CAUSES_WAIT = "Likely causes wait for the clinician."
"""An athlete card's line for a referred athlete, as in the runner's own answer and the team
patterns (fc25: the cards and the CSV listed causes beside the referral)."""


def no_answers_card(row: AthleteReport) -> str:
    """The card's line for a row with no answers, after a red flag or not."""
    return NO_ANSWERS_AFTER_A_FLAG_CARD if row.change and row.change.after_a_red_flag else NO_ANSWERS_CARD


def findings_shown(row: AthleteReport) -> tuple[tuple, tuple]:
    """The (conditions, causes) a human card or the CSV shows: none for a referred athlete."""
    o = row.outcome
    return ((), ()) if o.red_flags else (o.conditions, o.causes)


ASK_AGAIN_CELL = {"emergency": "ask again today", "urgent": "ask again today", "soon": "ask again"}
"""The triage cell of an athlete with no red flag and a sign answered not sure that would be one."""


def triage_cell(row: AthleteReport) -> str:
    if row.outcome.triage:
        return TRIAGE_CELL.get(row.outcome.triage, row.outcome.triage)
    if row.outcome.unsure and row.answered:
        return ASK_AGAIN_CELL.get(row.outcome.unsure[0].triage, "ask again")
    if row.concern is Concern.NO_ANSWERS:
        return "-"
    if row.concern is Concern.NONE:
        return "none"
    return LEVEL_CELL.get(row.outcome.level, "self-care")


def severity_cell(row: AthleteReport) -> str:
    """OSTRC severity this week, '-' when not asked (or not fully answered)."""
    if row.severity is None:
        return "-"
    return f"{row.severity}, substantial" if row.substantial else str(row.severity)


TELL_TOO = "tell them about this too"
"""On a card's referral (and the web team page's), after a red flag less urgent than the athlete's
most urgent one, as a single answer says it (test drive 60: "(see a clinician within a few days)"
beside "today")."""


def flag_when(row: AthleteReport, flag) -> str:
    """How soon, for one of an athlete's red flags on their card: the most urgent one's words,
    ``TELL_TOO`` for the others."""
    return triage_text(flag.triage) if flag.triage == row.outcome.triage else TELL_TOO


def flags_asked_card(row: AthleteReport) -> tuple[str, str]:
    """An athlete card's line on red-flag questions not (or only partly) asked: the label and what
    to do; ("", "") when they were. With a referral the plan is already held, so it asks for the
    rest too (test drive 60: "ask them before starting this plan" beside "No exercise plan until
    seen")."""
    if row.flags_asked and not row.flags_partly_asked:
        return "", ""
    label = "Red flags not asked" if not row.flags_asked else \
        "Red flags " + PARTLY_ASKED.format(row.flags_answered, row.flags_screen)
    if row.outcome.red_flags:
        return label, "ask the other red-flag questions too: one may be more urgent than this referral."
    return label, ("ask the red-flag questions before starting this plan." if not row.flags_asked
                   else "ask the rest before starting this plan.")


FOUND = "{} found"
"""In the red-flag column: the red flags this response has (test drive 59: a coach saw the column
blank beside "URGENT today" and read it as none)."""
KEPT = "kept from an earlier response: confirm"
"""In the red-flag column: the flag was ticked in the athlete's earlier response, not this one."""


UNSURE_CELL = "not sure: {} ({} if there)"
"""In the red-flag column: a sign answered not sure, and what it would be if it is there."""


def unsure_cell(row: AthleteReport) -> str:
    """'not sure: numbness in the groin ... (EMERGENCY now if there)', '+ 2 more' after the
    most urgent sign; '' when nothing was answered not sure that matters."""
    signs = row.outcome.unsure
    if not signs:
        return ""
    first = signs[0]
    more = f" + {len(signs) - 1} more" if len(signs) > 1 else ""
    return UNSURE_CELL.format(_short(first.label), TRIAGE_CELL.get(first.triage, first.triage)) + more


def unsure_card(row: AthleteReport) -> tuple[str, ...]:
    """An athlete card's lines for signs answered not sure, as a single answer says them, and
    to ask again (test drive 27: a roster's "?" was dropped)."""
    lines = unsure_said([(u.label, u.triage) for u in row.outcome.unsure])
    held = "" if row.outcome.red_flags else " The plan waits for the answer."
    return tuple(lines[:-1]) + (lines[-1] + " Ask again." + held,) if lines else ()


def table_line(row: AthleteReport) -> TableLine:
    found = FOUND.format(len(row.outcome.red_flags)) if row.outcome.red_flags else ""
    asked = (KEPT if row.kept_flags else
             "; ".join(filter(None, (found, (OTHERS_NOT_ASKED if found else NOT_ASKED) if not row.flags_asked else
                                     PARTLY_ASKED.format(row.flags_answered, row.flags_screen)
                                     if row.flags_partly_asked else ""))))
    return TableLine(row.athlete, row.group, row.outcome.triage, triage_cell(row), problem_words(row),
                     severity_cell(row), row.change.text if row.change else NO_HISTORY,
                     "; ".join(c for c in (asked, unsure_cell(row)) if c))


NOT_LISTED_WORDS = {
    Concern.CONDITION: "with a named injury",
    Concern.COMPLAINT: "with a complaint",
    Concern.CONTEXT: "with a likely cause from habits or goals",
    Concern.NONE: "with no problem reported",
    Concern.NO_ANSWERS: "with no answers",
}


def not_listed_line(summary: TeamSummary) -> str:
    """What the table says about the athletes it does not list ('' when it lists everyone)."""
    if not summary.not_shown:
        return ""
    left = summary.not_listed_by_concern()
    parts = "; ".join(f"{left[c]:,} {NOT_LISTED_WORDS[c]}" for c in Concern if c in left)
    acting = sum(n for c, n in left.items() if c in (Concern.CONDITION, Concern.COMPLAINT, Concern.CONTEXT))
    if acting:
        tail = (f"{acting:,} of them have a problem that ranks below every athlete listed: each one is in the "
                f"CSV or JSON report (stridewise screen ROSTER --format csv).")
    else:
        tail = "They have nothing to act on (no red flag and no problem reported)."
    return f"{summary.not_shown:,} more athletes are not listed ({parts}). {tail}"


NO_ANSWER_SHOWN = 200
"""The human formats name at most this many athletes with no answer this week; JSON and CSV name all."""
NO_ANSWER_HEADING = "No answer this week"
LAST_FLAG = {"emergency": "an emergency", "urgent": "see a clinician today", "soon": "see a clinician within days"}
"""What last week's red flag asked, beside the name of an athlete who sent nothing since."""


def no_answer_note(a: NoAnswer) -> str:
    """"last answer: a red flag, see a clinician today", or '' when last week had no red flag."""
    return f"last answer: a red flag, {LAST_FLAG.get(a.last_triage, a.last_triage)}" if a.last_triage else ""


MAYBE = "the same athlete as this week's {}?"
"""Beside a missing athlete with a close new name this week; the name goes in escaped by each format."""


def no_answer_intro(summary: TeamSummary) -> str:
    """The words before the names of the athletes stored last week with no row this week."""
    n = len(summary.no_answer or ())
    return (f"{n} {'athlete' if n == 1 else 'athletes'} answered last week and sent nothing this week: "
            f"ask them before assuming all is well.")


def no_answer_more(summary: TeamSummary) -> str:
    """'' when every one is named; else how many more, and where they are."""
    more = len(summary.no_answer or ()) - NO_ANSWER_SHOWN
    return (f"{more:,} more are not named here: every one is in the CSV or JSON report." if more > 0 else "")


def answered_words(summary: TeamSummary) -> str:
    """'14 of 15 answered' with a weekly history ('' without one: nobody can be known missing).
    A row with a name and no answers is no answer (test drive 21: "3 of 4 answered" counted a
    blank row, where the history said 2 of 3)."""
    if summary.expected is None:
        return ""
    blank = dict(summary.concerns).get(Concern.NO_ANSWERS, 0)
    why = ([f"{blank} blank {'row' if blank == 1 else 'rows'}"] if blank else []) + (
        [f"{len(summary.no_answer)} no answer this week"] if summary.no_answer else [])
    return f"{summary.athletes - blank} of {summary.expected} answered" + (f" ({', '.join(why)})" if why else "")
