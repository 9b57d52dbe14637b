"""The summary a runner reads first, in plain words, shared by every human format.

What the summary holds, in this order (issue: "an answer a runner can act on"):
the triage level and what to do about it; the red flags (who to see, what to do now);
the likely problem and its likely or possible causes in words, not numbers; up to three
things to do this week with their dose; what to change in running (form cues); when to stop
and see someone; the "not a diagnosis" line. Rule ids, weights, certainty numbers, chains,
causes ruled out and sources are details, shown only on request.
"""
from __future__ import annotations

import re
from advisor.records import record

from advisor.reasoning.result import TRAINING, PlanKind, PlannedExercise, RankedCause, RedFlagHit, Result, TriageLevel, advised

LIKELY_WORD_FROM = 0.6
"""A cause at or above this certainty is called "likely"; below it, "possible"."""
THIS_WEEK = 3
"""How many exercises the summary lists as the things to do this week."""
FORM = "form_cue"
WHEN_YOU_RUN = 3
"""How many cues for running the summary lists: three, so a training-load cue ("Graded running:
cut back first") is not left out behind two form cues (test drive 59: a shin-splint runner who
jumped from 3 to 5 runs a week was told only how to land)."""
UNSURE_NAMED = 3
"""At most this many signs answered "not sure" are named on a line below emergency (the JSON has
all; every emergency sign is named)."""

CAUSES_UNDER_A_FLAG = ("What the reasoning also found, for the clinician (not advice to follow now: the red "
                       "flag comes first)")
"""The heading of the causes' reasoning under a red flag, in the details (test drive 47 read a calf
strain's "needs a graded return ... to running" under "do not run again until a doctor has
checked your heart"): the chains and sources stay, each cause's explanation, which may say what
to do, is left out."""

STOP_AND_SEE = ("Stop and see a clinician if pain comes at rest or wakes you at night whatever way you "
                "lie, with swelling, numbness or a limp, or if it gets worse.")
"""(whatever way you lie: lying on a sore outer hip at night is gluteal tendinopathy's own sign,
not the red flag; test drive 39 read "see a clinician ... at night" under it as a contradiction)"""


@record
class Summary:
    """The plain-words pieces of a result, ready for any human format."""

    triage: str
    """The triage instruction, e.g. "Urgent: see a clinician today."."""
    red_flags: tuple[str, ...]
    """One line per red flag: what it is, who to see, what to do now."""
    problem: str
    """The likely problem and causes in words ("" when there is none)."""
    this_week_heading: str
    """"This week:" (or the prevention wording), with the doses' basis when they share one."""
    this_week: tuple[str, ...]
    """Up to three exercises with their dose."""
    running_heading: str
    running: tuple[str, ...]
    """What to change in running (form cues), with how often."""
    stop_and_see: str
    """When to stop and see someone ("" when a red flag already says it)."""
    notice: str
    unsure_flags: tuple[str, ...] = ()
    """One line per level of the red flags a "not sure" answer would raise, most urgent first:
    what was not sure and what to do if it is there."""


def likelihood(cause: RankedCause) -> str:
    return "likely" if cause.certainty >= LIKELY_WORD_FROM else "possible"


def _lower_first(text: str) -> str:
    """The first letter lowered, to run on in a sentence; an acronym (a first word of two or more
    capitals: "IT band", "ACL") is kept. "A strained ..." is an article, not an acronym."""
    first = text.split(" ", 1)[0]
    return text if len(first) > 1 and first.isupper() else text[:1].lower() + text[1:]


_GLOSS = re.compile(r"\s*\([^()]*\)")


def short_label(label: str) -> str:
    """A label without its glosses in brackets, wherever they are, for a table cell or a chart
    bar: "Weak glutes (hip stabilisers)" -> "Weak glutes", "A strained (pulled) calf muscle" ->
    "A strained calf muscle". Whole words only: cutting at the first bracket left "A strained".
    A label whose brackets do not pair is kept whole."""
    short = _GLOSS.sub("", label).strip()
    return label if not short or "(" in short or ")" in short else short


def _leads_from(cause: RankedCause, condition: str) -> bool:
    """Whether a link of the cause's chain concludes it from this condition."""
    return any(s.conclusion == cause.id and any(p.id == condition for p in s.premises) for s in cause.chain)


def problem_line(result: Result) -> str:
    """The causes in words: "Likely cause: weak glutes. Possible: tight hip flexors."."""
    if not result.causes and not result.conditions:
        if result.plan_kind == PlanKind.PREVENTION and result.present:
            return "Nothing in what you reported points to a likely cause."
        return ""
    top = advised(result.causes) if result.causes else []
    # (a cause that only the second condition leads to is said with it: "Possibly also: Pain under
    # the heel, possibly from plantar heel overload"; test drive 56 read the heel's overload as a
    # cause of the outer hip's pain)
    also = result.conditions[1] if len(result.conditions) > 1 else None
    theirs = [c for c in top if also is not None and _leads_from(c, also.id)
              and not _leads_from(c, result.conditions[0].id)]
    top = [c for c in top if c not in theirs]
    likely = [_lower_first(c.label) for c in top if likelihood(c) == "likely"]
    possible = [_lower_first(c.label) for c in top if likelihood(c) == "possible"]
    parts = []
    if result.conditions:
        # "Runner's knee (patellofemoral pain), likely from weak glutes and ..."
        # the causes keep their own word: "likely from" only the likely ones (a test drive found
        # "likely from ... and tight hip flexors" with the hip flexors at 0.25)
        named = result.conditions[0]
        word = "likely" if named.certainty >= LIKELY_WORD_FROM else "possibly"
        if likely:
            line = f"{named.name}, {word} from {_join(likely)}" + (f"; possibly also {_join(possible)}" if possible else "")
        elif possible:
            line = f"{named.name}, " + ("" if word == "possibly" else f"{word}; ") + f"possibly from {_join(possible)}"
        else:   # (no cause found: the condition is still named, test drive 30 read "nothing")
            line = f"{named.name}, {word}" + ("" if result.causes else "; no likely cause found behind it")
        if also is None:
            return line + "."
        causes = "".join(f", {likelihood(c) if likelihood(c) == 'likely' else 'possibly'} from {_lower_first(c.label)}"
                         for c in theirs[:1]) + "".join(f" and {_lower_first(c.label)}" for c in theirs[1:])
        return line + "." + f" Possibly also: {also.name}{causes}."
    if likely:
        parts.append(("Likely cause: " if len(likely) == 1 else "Likely causes: ") + _join(likely) + ".")
    if possible:
        parts.append(("Possible: " if likely else "Possible cause: " if len(possible) == 1 else "Possible causes: ")
                     + _join(possible) + ".")
    return " ".join(parts)


def referred_problem_line(result: Result) -> str:
    """Under a red flag the problem line is only a name to tell the clinician, and only at the
    least urgent level ("soon"): a calf strain with a limp was referred without its name on the
    first screen (test drive 37). No causes and nothing to do: the flag's advice comes first. A
    condition the flag argues against is not in ``result.conditions`` (one spot on the shin
    bone); at "today" or "now" the one instruction stands alone."""
    if result.triage != TriageLevel.SOON or not result.conditions:
        return ""
    # (and a training error to tell the clinician of: a 15-year-old's kneecap pain after going from
    # 15 to 40 miles a week was referred as a growing child with no word of the rise, test drive 46)
    told = [_lower_first(c.label) for c in advised(result.causes) if c.type == TRAINING]
    return (f"What you describe also fits: {_lower_first(result.conditions[0].name)}. Only an "
            "examination can tell; follow the advice above first."
            + (f" Tell them too of {_join(told)}." if told else ""))


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def exercise_line(ex: PlannedExercise, with_basis: bool = True) -> str:
    """``Glute bridge: 3 x 12, 3 times a week, before runs (dose: expert opinion)``."""
    if not ex.dose:
        return ex.name
    return f"{ex.name}: {ex.dose}" + (f" (dose: {ex.dose_detail.basis_label})" if with_basis else "")


def _listed(heading: str, items: list[PlannedExercise]) -> tuple[str, tuple[str, ...]]:
    """The heading and lines of a list of exercises: a basis all their doses share is said once,
    in the heading ("This week (doses: expert opinion):"); otherwise each line says its own."""
    labels = {e.dose_detail.basis_label for e in items if e.dose}
    if len(labels) == 1:
        return f"{heading} (doses: {labels.pop()}):", tuple(exercise_line(e, False) for e in items)
    return heading + ":", tuple(exercise_line(e) for e in items)


def _flag_line(flag: RedFlagHit, top: TriageLevel) -> str:
    """A red flag's line. One less urgent than the answer's level is said as something to tell
    the clinician too, without its own "within a few days": under "Emergency ... now" that read as
    a second, slower instruction (test drive 26)."""
    if flag.triage == top.value:
        return f"{flag.label}. See {flag.see}. {flag.action}"
    return f"{flag.label}: tell them about this too (the more urgent advice above applies)."


def unsure_lines(result: Result) -> tuple[str, ...]:
    """"Not sure: new trouble controlling or passing urine or stools. If it is there: Emergency:
    call an ambulance or go to the emergency department now." One line per level: ask's
    red-flag screen answered "not sure about the ones I leave unticked" leaves many unsure."""
    signs = [(p.label, level) for p, level in result.unsure_levels()]
    lines = unsure_said(signs)
    if lines and result.unsure_red_flags and not result.red_flags:
        return lines[:-1] + (lines[-1] + " " + (PLAN_WAITS if len(signs) == 1 else PLAN_WAITS_MANY),)
    return lines


PLAN_WAITS = ("The exercise plan waits for that answer: if it is not there, say so (answer no) and the plan "
              "follows; if you cannot tell, have it checked as if it were there.")
"""After a red-flag sign answered not sure (test drive 60: heavy heel raises beside "not sure: one
spot on a bone that hurts to press"), as the team report's card says "The plan waits for the answer".
A runner who stays not sure is told what to do too (test drive 63: ask had ended, with "answer no"
and nothing to act on)."""
PLAN_WAITS_MANY = ("The exercise plan waits for these answers: answer no to those that are not there and the plan "
                   "follows; if you cannot tell, have them checked as if they were there (the most urgent advice "
                   "above).")
"""The same, after several signs answered not sure: said after the last line, it is of them all
(test drive 65 read it, in the singular, as of the last one only)."""


def unsure_said(signs: list[tuple[str, str]]) -> tuple[str, ...]:
    """The lines for signs answered not sure, each (label, the triage it would bring): one line
    per level, most urgent first, every emergency sign named, else ``UNSURE_NAMED`` and a count
    (a single answer and an athlete's card in a team report say them alike)."""
    lines: list[str] = []
    for level in TriageLevel:
        labels = [label for label, at in signs if at == level.value]
        if labels:
            cap = len(labels) if level is TriageLevel.EMERGENCY else UNSURE_NAMED   # an emergency sign always named
            named = "; ".join(_lower_first(l) for l in labels[:cap]) + (
                f"; and {len(labels) - cap} more answered not sure" if len(labels) > cap else "")
            lines.append(f"Not sure: {named}. If {'it is' if len(labels) == 1 else 'any of these is'} there: {level.text}")
    return tuple(lines)


def summarise(result: Result, outside: bool = False) -> Summary:
    """``outside``: the answer follows a line of what Stridewise does not assess that the result
    does not carry (the web's answer after the questions: its words are in the token)."""
    flags = tuple(_flag_line(f, result.triage) for f in result.red_flags)
    exercises = [e for e in result.exercises if e.kind != FORM]
    cues = [e for e in result.exercises if e.kind == FORM]
    referral = bool(result.red_flags)
    week_heading, week = _listed("This week" if result.causes else "General prevention, this week",
                                 exercises[:THIS_WEEK])
    run_heading, run = _listed("When you run", cues[:WHEN_YOU_RUN])
    triage = result.triage.text
    if outside or (result.words is not None and result.words.outside):
        # (after "Not assessed here: ...": the level is of the running complaint read, not of
        # that; fc27 read "Self-care now" under a swollen face as the answer to it)
        triage = "For the running complaint read: " + triage[:1].lower() + triage[1:]
    return Summary(
        triage=triage,
        red_flags=flags,
        problem=referred_problem_line(result) if referral else problem_line(result),
        this_week_heading=week_heading,
        this_week=week,
        running_heading=run_heading,
        running=run,
        stop_and_see="" if referral or result.triage == TriageLevel.SELF_CARE and not result.causes else STOP_AND_SEE,
        notice=result.notice,
        unsure_flags=unsure_lines(result),
    )
