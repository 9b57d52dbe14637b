"""The result of screening a roster: frozen, renderer-neutral, JSON-ready.

A single case gives one ``Result``. A roster gives a team report, and a roster can hold a
million athletes, so the report is not one object holding every athlete. It comes in three
frozen parts, delivered in this order:

1. ``ReportHead``: what is known before the first row (notice, the week screened, schema version);
2. the rows, in roster order, one at a time: an ``AthleteReport`` per screened athlete and
   an ``UnreadRow`` (line + reason) per row that could not be read;
3. ``TeamSummary``, once the last row has been screened: referrals, team patterns, the
   team plan (names and doses), the unread rows, totals, and the ``most_urgent`` athletes
   (at most a fixed number, kept by a bounded heap while screening, in ``AthleteReport.sort_key``
   order: triage, then a possibly life-threatening red flag first, then a new red flag before
   one again, then severity, then how concrete the problem is, then certainty, then name).

Streaming renderers (JSON, CSV) write each row as it arrives and the summary at the end, so
their memory does not grow with the roster. Human renderers (Markdown, HTML, text) ignore the
rows and draw everything from the summary: a one-line-per-athlete table and cards of the most
urgent athletes, every referral, and counts for the rest. So every renderer draws these objects alone and none
needs the roster reader, the screener or the knowledge base.

``TeamReport`` bundles the three parts for a roster small enough to hold (tests, examples);
its ``to_dict()`` is exactly the JSON that ``screen --format json`` streams.

This module imports nothing from the knowledge base: renderers import it, and the layer
contract (.importlinter) forbids them the knowledge base even indirectly. Triage therefore
travels as its id string plus an ``urgency`` rank that the screening layer computes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from advisor.reasoning.result import Premise, RankedCause, TriageLevel, premise_text  # noqa: F401 - re-exported

TEAM_SCHEMA_VERSION = "1.13"
"""1.1: the week screened; per athlete ``severity``, ``substantial``, ``answered``,
``flags_asked``, ``conditions`` and ``change`` (from last week). 1.2: ``no_answer`` (athletes
stored last week with no row this week) and its count in ``totals``. 1.3: per athlete
``flags_answered`` of ``flags_screen`` (one red-flag answer is only partly asked). 1.4: the change
kind ``red_flag_again`` (a red flag last week and this week, which read "same"). 1.5: a change's
``since``: an athlete who skipped a week is compared with their last answer, that week (they had
read "first week"). 1.6: ``patterns.athletes``; patterns count only the athletes without a red
flag. 1.7: the status ``no_answers`` (a row with a name and no answers: no plan, counted apart in
``totals``; it was ``prevention``, with the plan in the Markdown and HTML cards). 1.8: patterns
(and ``patterns.athletes``) count only the athletes who answered (no ``no_answers`` row). 1.9: per
athlete ``unsure_red_flags`` (a red-flag sign answered "not sure", with the red flag's triage if
it is there) and ``totals.flags_unsure``; a sign answered not sure counts as asked. 1.10: the
change kinds ``unsure`` (a red-flag sign answered not sure this week, and no red flag: it read
"red flag cleared" after a red flag, else "same" or "resolved") and ``unsure_answered`` (a sign
not sure last week, neither a red flag nor a doubt now: it read "same"). 1.11: the JSON is
unchanged; the CSV's triage cell of an athlete with no red flag and a sign answered not sure is
``ask_again_today`` (``ask_again`` for a sign seen within days), not the triage level, and a new
``urgency`` column (1 emergency to 5 self-care) sorts the rows. 1.12: the JSON is unchanged; the
CSV's urgency of an athlete whose last answer had a red flag and this week's has none is 3 (it
read the triage's: an exertional chest pain denied the week after sorted with the cleared). 1.13:
the shape is unchanged; ``patterns`` count an athlete's causes on their card only (the top three
and any training error after them), as the cards and the team plan do: a cause ranked lower on
every card had led the patterns (test drive 49); ``totals.flags_partly_asked``, the athletes reporting
a problem with only some of the red-flag questions answered (test drive 50)."""
TEAM_REPORT_KIND = "team_report"
NOT_URGENT = 3
"""The ``urgency`` of an athlete with no red flag (emergency 0, urgent 1, soon 2)."""
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
"""English month names whatever the locale (strftime's %b follows it)."""


def doubt_urgency(triage: str) -> float:
    """Where an athlete with no red flag and a sign answered not sure sorts, by the red flag it
    would bring: after the referrals of that flag's next level (half a rank and one more), always
    before those with no red flag at all."""
    return min(TriageLevel(triage).rank + 1.5, NOT_URGENT - 0.25)


class Status(str, Enum):
    """What the report does for an athlete."""

    REFERRAL = "referral"
    """A red flag: see a clinician, no exercise plan."""
    PLAN = "plan"
    """Likely causes found: a treatment plan."""
    PREVENTION = "prevention"
    """Nothing found: general prevention work."""
    NO_ANSWERS = "no_answers"
    """A row with a name and no answers at all: ask again, no plan of any kind."""

    @classmethod
    def of_plan_kind(cls, plan_kind: str) -> "Status":
        """From ``Result.plan_kind`` ('referral', 'treatment', 'prevention'), or the key of
        ``plan_kind`` below."""
        return cls.PLAN if plan_kind == "treatment" else cls(plan_kind)

    @property
    def plan_kind(self) -> str:
        """Back to ``Result.plan_kind``: the key the JSON totals use."""
        return "treatment" if self is Status.PLAN else self.value


@dataclass(frozen=True, slots=True)
class Label:
    id: str
    label: str
    """Display text, from the rule pack."""


@dataclass(frozen=True, slots=True)
class Chain:
    """A cause's chain in brief: what the runner reported, what it suggests, the cause."""

    observations: tuple[Premise, ...]
    """The premises the chain starts from, each once, first link first."""
    findings: tuple[Label, ...]
    """Intermediate conclusions between the observations and the cause."""
    cause: str
    """The cause's label."""

    SHOWN = 3
    """At most this many observations are named in ``line``."""

    @classmethod
    def of(cls, cause: RankedCause) -> "Chain":
        observations: dict[str, Premise] = {}
        for step in cause.chain:
            for p in step.premises:
                if p.id != cause.id:
                    observations.setdefault(premise_text(p), p)
        findings = {s.conclusion_label: Label(s.conclusion, s.conclusion_label)
                    for s in cause.chain if s.conclusion != cause.id}
        return cls(tuple(observations.values()), tuple(findings.values()), cause.label)

    @property
    def line(self) -> str:
        """The chain in one line: observations -> findings -> cause."""
        if not self.observations and not self.findings:
            return self.cause
        said = [premise_text(p) for p in self.observations]
        mids = [f.label for f in self.findings if f.label not in said]
        return " -> ".join([", ".join(said[:self.SHOWN]), *mids, self.cause])


@dataclass(frozen=True, slots=True)
class Flag:
    """A red flag an athlete reported."""

    id: str
    label: str
    triage: str
    """'emergency', 'urgent' or 'soon'."""
    see: str
    """Who to see."""
    action: str
    life_threatening: bool = False
    """``RedFlag.life_threatening``: its athlete comes first among those of the same triage (not
    in the JSON: the order says it)."""

    def to_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "triage": self.triage, "see": self.see, "action": self.action}


@dataclass(frozen=True, slots=True)
class UnsureSign:
    """A sign answered "not sure" that would bring a red flag more urgent than the athlete's
    answer if it is there: not evidence, a question to ask again."""

    id: str
    label: str
    triage: str
    """The most urgent red flag's triage if it is there: 'emergency', 'urgent' or 'soon'."""

    def to_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "triage": self.triage}


@dataclass(frozen=True, slots=True)
class Cause:
    """A likely cause of an athlete's complaints."""

    id: str
    label: str
    type: str
    """'muscle', 'form' or 'training'."""
    certainty: float
    """In [0, 1]."""
    chain: Chain

    def to_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "type": self.type, "certainty": self.certainty,
                "chain": self.chain.line}


@dataclass(frozen=True, slots=True)
class Exercise:
    """One exercise of an athlete's own plan."""

    id: str
    name: str
    dose: str
    """One line, e.g. '3 x 12, 3 times a week, before runs'."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one symptom profile gives. Athletes with the same profile share one instance."""

    status: Status
    triage: str
    """The most urgent red flag's triage, '' without one."""
    urgency: int
    """0 emergency, 1 urgent, 2 soon, ``NOT_URGENT`` without a red flag: sorts most urgent first."""
    red_flags: tuple[Flag, ...]
    """Most urgent first. Non-empty exactly when the status is referral."""
    causes: tuple[Cause, ...]
    """Most certain first."""
    plan: tuple[Exercise, ...]
    """Empty when referred."""
    conditions: tuple[Label, ...]
    """Named conditions the answer points to, most certain first (``Result.conditions``)."""
    level: str
    """The answer's triage level, always set (``Result.triage``: 'emergency' ... 'self_care'), as
    a single-case answer gives it; the team JSON and CSV 'triage'. ``triage`` above stays the
    red flag's, '' without one (the weekly history stores that)."""
    unsure: tuple[UnsureSign, ...] = ()
    """Signs answered "not sure" that would bring a more urgent red flag, most urgent first
    (``Result.unsure_red_flags``, one per sign): test drive 27's roster "?" was dropped."""

    @property
    def complaint(self) -> bool:
        """A symptom, sign or red flag was reported (the level is not self-care): a problem the
        athlete feels or shows, not only context (a goal, no strength training)."""
        return self.level != TriageLevel.SELF_CARE


class Concern(int, Enum):
    """How concrete an athlete's problem is, most concrete first: the order within one triage
    level and one severity. Without OSTRC severity it is what puts a runner with a named
    injury (shin splints) above one with only a form fault found with more certainty."""

    CONDITION = 0
    """A named running injury (runner's knee, shin splints ...)."""
    COMPLAINT = 1
    """A symptom or sign reported (or an OSTRC answer that reports one, scored or not), no named injury."""
    CONTEXT = 2
    """Likely causes from context alone (goals, habits): nothing hurts."""
    NONE = 3
    """Answered, and nothing is wrong."""
    NO_ANSWERS = 4
    """A name and no answers at all."""


class ChangeKind(str, Enum):
    """How an athlete's week compares with the week before (``Change``)."""

    FIRST_WEEK = "first_week"
    """No stored answer before this week."""
    NEW_RED_FLAG = "new_red_flag"
    """A red flag that was not there last week."""
    RED_FLAG_AGAIN = "red_flag_again"
    """A red flag this week that was there last week too: has the athlete seen a clinician?"""
    UNSURE = "unsure"
    """No red flag this week, and a red-flag sign answered not sure: ask again (``again``: the
    week compared had a red flag, which this week's doubt does not clear)."""
    UNSURE_ANSWERED = "unsure_answered"
    """A red-flag sign answered not sure in the week compared (no red flag then), and neither a red
    flag nor a doubt this week, its red flags asked (test drive 30: it read "same")."""
    NEW = "new"
    """A problem this week, none last week."""
    WORSE = "worse"
    """OSTRC severity up."""
    BETTER = "better"
    """OSTRC severity down, still a problem."""
    RESOLVED = "resolved"
    """A problem last week, none this week."""
    SAME = "same"
    NO_ANSWERS = "no_answers"
    """No answers this week: nothing to compare."""


@dataclass(frozen=True, slots=True)
class Change:
    """An athlete's change from last week (needs the weekly history: ``screen --db``)."""

    kind: ChangeKind
    delta: int | None = None
    """Severity this week minus last week, when both were scored."""
    since: str = ""
    """The ISO week compared with when it is not last week ("2026-W45": the athlete's last answer
    before a week or more without one); "" for last week."""
    again: bool = False
    """With ``NEW_RED_FLAG``: a red flag of the week compared is there again too (test drive 25:
    a child flagged two weeks running, with a second flag this week, read only "new red flag").
    With ``NO_ANSWERS``: the week compared had a red flag (test drive 26: a blank row from an
    athlete referred last week read only "no answers", last in the list). With ``RESOLVED`` or
    ``SAME``: the week compared had a red flag, none now ("red flag cleared: seen yet?", test
    drive 29: it read "resolved")."""

    @property
    def after_a_red_flag(self) -> bool:
        """No answers this week, and the week compared had a red flag: was the athlete seen?"""
        return self.kind is ChangeKind.NO_ANSWERS and self.again

    @property
    def seen_yet(self) -> bool:
        """The week compared had a red flag and this week has none (no answers, cleared, or a
        problem still there): ask whether the athlete was seen, before everyone with no red flag."""
        return self.again and self.kind in (ChangeKind.NO_ANSWERS, ChangeKind.RESOLVED, ChangeKind.SAME)

    @property
    def text(self) -> str:
        if self.kind in (ChangeKind.WORSE, ChangeKind.BETTER) and self.delta is not None:
            said = f"severity {self.delta:+d}"
        elif self.kind is ChangeKind.RED_FLAG_AGAIN:
            said = "red flag again: seen yet?"   # (test drive 21: two urgent weeks read "same")
        elif self.kind is ChangeKind.NEW_RED_FLAG and self.again:
            said = "new red flag, and one again: seen yet?"
        elif self.after_a_red_flag:
            said = "no answers, after a red flag: seen yet?"
        elif self.kind is ChangeKind.UNSURE:
            said = "red flag last week, not sure now: ask again" if self.again else "not sure: ask again"
        elif self.kind is ChangeKind.UNSURE_ANSWERED:
            said = "not sure last week, now no"
        elif self.kind is ChangeKind.RESOLVED and self.again:
            said = "red flag cleared: seen yet?"
        elif self.kind is ChangeKind.SAME and self.again:
            said = "red flag cleared, still a problem: seen yet?"
        else:
            said = self.kind.value.replace("_", " ")
        return f"{said} (since {self.since}, the last answer)" if self.since else said

    def to_dict(self) -> dict:
        return {"kind": self.kind.value, "delta": self.delta, "text": self.text, "since": self.since or None}


@dataclass(frozen=True, slots=True)
class AthleteReport:
    """One screened athlete."""

    line: int
    """Roster line the athlete came from."""
    athlete: str
    """Name (or pseudonym) as given: athlete-supplied text, every renderer escapes it."""
    group: str
    """Athlete-supplied too."""
    outcome: Outcome
    severity: int | None = None
    """This week's OSTRC-O2 severity score 0-100, when the roster asked the four questions."""
    substantial: bool | None = None
    """An OSTRC substantial problem, None when the roster did not ask or cannot tell."""
    ostrc_problem: bool = False
    """The OSTRC answers report a problem, even one whose severity cannot be scored."""
    answered: bool = True
    """False for a row with a name and no answers at all: "no answers", not "no likely cause"."""
    flags_asked: bool = True
    """False when the athlete reports a problem but the red-flag questions were not answered."""
    flags_answered: int = 0
    """How many of the red-flag screen's questions the row answered, yes or no."""
    flags_screen: int = 0
    """How many questions the red-flag screen has (0: no screen given)."""
    kept_flags: bool = False
    """A red flag carried from the athlete's earlier form response, which this one left
    unticked: the who-to-act-on line says so, for the coach to confirm (test drive 23: the note
    was 40 lines further down). Not in the JSON (the problems list has the note)."""

    @property
    def flags_partly_asked(self) -> bool:
        """A problem reported with some, not all, of the red-flag questions answered (and no red
        flag found: a referral already stops the plan)."""
        return self.flags_asked and not self.outcome.red_flags and self.concern in (
            Concern.CONDITION, Concern.COMPLAINT) and 0 < self.flags_answered < self.flags_screen
    change: Change | None = None
    """From last week; None when the screen was given no history."""

    @property
    def concern(self) -> Concern:
        o = self.outcome
        if not self.answered:
            return Concern.NO_ANSWERS
        if o.conditions:
            return Concern.CONDITION
        if o.complaint or (self.severity or 0) > 0 or self.ostrc_problem:  # (an OSTRC problem is one reported)
            return Concern.COMPLAINT
        return Concern.CONTEXT if o.causes else Concern.NONE

    @property
    def sort_key(self) -> tuple:
        """Who to act on first: by triage (emergency, urgent, soon, none); then a red flag that may
        be a first sign of a life-threatening problem before the others; then a red flag new this
        week before one again from last week; then OSTRC severity,
        highest first (a scored problem before an unscored one, a score of 0 last); then how
        concrete the problem is (``Concern``); then the top cause's certainty; then by name."""
        causes = self.outcome.causes
        if self.severity is None:
            burden = (1, 0)
        else:
            burden = (0, -self.severity) if self.severity > 0 else (2, 0)
        # (no answers after a red flag: after this week's referrals, before everyone else; a sign
        # answered not sure, by the red flag it would be, after this week's referrals of the next
        # level: "not sure: saddle numbness" after an urgent chest pain (test drive 29) and before
        # a within-days referral (test drive 28))
        unsure = self.outcome.unsure
        # (a red flag cleared this week, too: test drive 35 listed an exertional chest pain denied
        # the week after last, below everyone, "none")
        urgency = (NOT_URGENT - 0.5 if self.change and self.change.seen_yet and not unsure else
                   doubt_urgency(unsure[0].triage) if unsure and not self.outcome.red_flags else self.outcome.urgency)
        # (of one triage, a possible first sign of a life-threatening problem first: the heart's
        # before a bone's, test drive 34 found an exertional chest pain third of three urgent)
        deadly = not any(f.life_threatening for f in self.outcome.red_flags)
        # (then a red flag new this week before one seen last week too, who may be in care already:
        # test drive 35 found a new Achilles rupture after two repeats, where `history` put it first)
        again = bool(self.change and self.change.kind is ChangeKind.RED_FLAG_AGAIN)
        return (urgency, deadly, again, burden, self.concern, -(causes[0].certainty if causes else 0.0),
                self.athlete.lower(), self.athlete, self.line)

    def to_dict(self) -> dict:
        o = self.outcome
        return {"line": self.line, "athlete": self.athlete, "group": self.group, "status": o.status.value,
                "triage": o.level, "red_flags": [f.to_dict() for f in o.red_flags],
                # (an athlete who answered nothing has none: fc24 gave a blank form's 14-year-old
                # a strength programme in the JSON; the screener leaves it out)
                "causes": [c.to_dict() for c in o.causes], "plan": [e.id for e in o.plan],
                "conditions": [{"id": c.id, "label": c.label} for c in o.conditions],
                "severity": self.severity, "substantial": self.substantial, "answered": self.answered,
                "flags_asked": self.flags_asked, "flags_answered": self.flags_answered,
                "flags_screen": self.flags_screen, "change": self.change.to_dict() if self.change else None,
                "unsure_red_flags": [u.to_dict() for u in o.unsure]}


@dataclass(frozen=True, slots=True)
class UnreadRow:
    """A roster row that could not be screened."""

    line: int
    athlete: str
    """'' when the row gave no usable name."""
    reason: str
    """May quote athlete-supplied text."""
    screened: bool = False
    """True for a note on a row that WAS screened (an unknown id left out): to confirm, not lost."""
    info: bool = False
    """True for a note that is information for the coach (words read from free text) and no data
    error: it does not make ``screen`` exit 5. Not in JSON (team schema 1.1 unchanged)."""

    def __str__(self) -> str:
        who = f" ({self.athlete})" if self.athlete else ""
        return f"line {self.line}{who}: {self.reason}"

    def to_dict(self) -> dict:
        return {"line": self.line, "athlete": self.athlete, "reason": self.reason, "screened": self.screened,
                "info": self.info}


@dataclass(frozen=True, slots=True)
class Referral:
    """An athlete with a red flag: the report lists every one."""

    athlete: str
    group: str
    line: int
    red_flags: tuple[Flag, ...]
    urgency: int

    def to_dict(self) -> dict:
        return {"athlete": self.athlete, "group": self.group, "line": self.line,
                "red_flags": [f.to_dict() for f in self.red_flags]}


@dataclass(frozen=True, slots=True)
class NoAnswer:
    """An athlete with a stored week last week and no roster row this week (``screen --db``):
    without this, an athlete who stopped answering vanished from the report."""

    athlete: str
    """As stored last week (name or pseudonym). Athlete-supplied."""
    group: str
    """Last week's group. Athlete-supplied."""
    last_week: dt.date
    """The Monday of the week they last answered."""
    last_triage: str = ""
    """That week's most urgent red flag's triage id, '' without one: shown, and sorted first
    (test drive 21: an athlete whose last answer was an urgent chest-pain flag was listed only by
    name). Not in the JSON report (its schema is a contract): the stored history has it."""

    maybe: str = ""
    """An athlete new this week whose name is close to this one ("Tom OBrien" for "Tom O'Brien",
    "Rajesh Patel" for "Raj Patel"): perhaps the same athlete typed differently (test drive 23:
    the red-flag history was split in two). Shown as a question; not in the JSON report."""

    def to_dict(self) -> dict:
        return {"athlete": self.athlete, "group": self.group, "last_week": self.last_week.isoformat()}


@dataclass(frozen=True, slots=True)
class PatternRow:
    """How many athletes have one likely cause, overall and per group."""

    cause: Label
    athletes: int
    per_group: tuple[int, ...]
    """In the order of ``Patterns.groups``."""


@dataclass(frozen=True, slots=True)
class Patterns:
    groups: tuple[str, ...]
    """Every group, sorted; athletes without one are in '(no group)'."""
    rows: tuple[PatternRow, ...]
    """Most common cause first, ties by id: independent of roster order."""
    athletes: int = 0
    """The athletes counted: those without a red flag (a referred athlete's likely causes wait
    for the clinician, as the team plan leaves them out; test drive 24)."""

    def to_dict(self) -> dict:
        by_group = {}
        for n, group in enumerate(self.groups):
            counts = sorted(((r.per_group[n], r.cause.id) for r in self.rows if r.per_group[n]),
                            key=lambda t: (-t[0], t[1]))
            by_group[group] = {cause: k for k, cause in counts}
        return {"athletes": self.athletes, "overall": {r.cause.id: r.athletes for r in self.rows},
                "by_group": by_group}


@dataclass(frozen=True, slots=True)
class TeamExercise:
    """One exercise of the team plan (greedy set cover of the treated athletes' top causes)."""

    id: str
    name: str
    dose: str
    how: str
    covers: tuple[Label, ...]
    """The causes it covers in the plan."""
    athletes: int
    """Distinct athletes it is for."""
    names: tuple[str, ...]
    """Up to a fixed number of them, alphabetically first (independent of roster order)."""
    names_truncated: bool

    def to_dict(self) -> dict:
        return {"exercise": self.id, "name": self.name, "dose": self.dose, "how": self.how,
                "covers": [c.id for c in self.covers], "athletes": self.athletes, "for": list(self.names),
                "for_truncated": self.names_truncated}


@dataclass(frozen=True, slots=True)
class ReportHead:
    """What a team report says before its first athlete."""

    notice: str
    """The 'not a diagnosis' line."""
    week: dt.date
    """The Monday of the ISO week screened (``screen --week``)."""
    schema_version: str = TEAM_SCHEMA_VERSION
    kind: str = TEAM_REPORT_KIND

    @property
    def iso_week(self) -> str:
        """'2026-W48'."""
        year, week, _ = self.week.isocalendar()
        return f"{year}-W{week:02d}"

    @property
    def days(self) -> str:
        """The week's days in words: '23-29 Nov 2026', '30 Nov-6 Dec 2026', '29 Dec 2025-4 Jan 2026'."""
        start, end = self.week, self.week + dt.timedelta(days=6)
        last = f"{end.day} {_MONTHS[end.month - 1]} {end.year}"
        if start.year != end.year:
            return f"{start.day} {_MONTHS[start.month - 1]} {start.year}-{last}"
        if start.month != end.month:
            return f"{start.day} {_MONTHS[start.month - 1]}-{last}"
        return f"{start.day}-{last}"

    @property
    def title(self) -> str:
        return f"Team screening, week {self.iso_week} ({self.days})"

    def to_dict(self) -> dict:
        return {"schema_version": self.schema_version, "kind": self.kind, "notice": self.notice,
                "week": self.week.isoformat(), "iso_week": self.iso_week}


@dataclass(frozen=True, slots=True)
class TeamSummary:
    """Everything about a screened roster except the full list of athletes."""

    athletes: int
    """Athletes screened."""
    referrals: tuple[Referral, ...]
    """Every athlete with a red flag, most urgent first, then by name."""
    patterns: Patterns
    team_plan: tuple[TeamExercise, ...]
    problems: tuple[UnreadRow, ...]
    """Every row that could not be read, in roster order."""
    plan_kinds: tuple[tuple[str, int], ...]
    """(Result.plan_kind, athletes), sorted by kind."""
    most_urgent: tuple[AthleteReport, ...]
    """The most urgent athletes, at most ``shown_in_full`` of them, sorted by ``sort_key``."""
    shown_in_full: int
    """The limit ``most_urgent`` was kept to."""
    concerns: tuple[tuple[Concern, int], ...] = ()
    """(concern, athletes) over the whole roster, most concrete first, concerns with none left out."""
    flags_not_asked: int = 0
    """Athletes reporting a problem whose red-flag questions were not answered."""
    flags_unsure: int = 0
    """Athletes with a sign answered "not sure" that would bring a more urgent red flag: ask again."""
    flags_partly_asked: int = 0
    """Athletes reporting a problem, with no red flag found, who answered only some of the
    red-flag questions (``AthleteReport.flags_partly_asked``; test drive 50: the summary line
    counted only those asked none)."""
    no_answer: tuple[NoAnswer, ...] | None = None
    """Athletes stored last week with no row this week, by name; None when the screen was given
    no weekly history (then nobody can be known to be missing)."""

    @property
    def expected(self) -> int | None:
        """Athletes expected this week: this week's plus last week's missing ones (None without a history)."""
        return None if self.no_answer is None else self.athletes + len(self.no_answer)

    @property
    def not_shown(self) -> int:
        """Athletes the human formats count instead of showing in full."""
        return self.athletes - len(self.most_urgent)

    def not_shown_by_status(self) -> dict[Status, int]:
        """Athletes not in ``most_urgent``, per status (statuses with none left out)."""
        left = {Status.of_plan_kind(kind): n for kind, n in self.plan_kinds}
        for row in self.most_urgent:
            left[row.outcome.status] -= 1
        return {status: n for status, n in left.items() if n}

    def not_listed_by_concern(self) -> dict[Concern, int]:
        """Athletes not in ``most_urgent``, per concern (concerns with none left out): what the
        human formats say about the athletes their table does not list."""
        left = dict(self.concerns)
        for row in self.most_urgent:
            left[row.concern] -= 1
        return {concern: n for concern, n in left.items() if n}

    def totals(self) -> dict:
        return {"athletes": self.athletes, "referrals": len(self.referrals), "problems": len(self.problems),
                "flags_not_asked": self.flags_not_asked, "flags_unsure": self.flags_unsure,
                "flags_partly_asked": self.flags_partly_asked, "no_answer": len(self.no_answer or ()), **dict(self.plan_kinds)}

    def to_dict(self) -> dict:
        """The JSON sections after the athletes."""
        return {"referrals": [r.to_dict() for r in self.referrals], "patterns": self.patterns.to_dict(),
                "team_plan": [p.to_dict() for p in self.team_plan],
                "problems": [p.to_dict() for p in self.problems],
                "no_answer": [a.to_dict() for a in self.no_answer or ()], "totals": self.totals()}


@dataclass(frozen=True, slots=True)
class TeamReport:
    """A whole team report held in memory: for rosters small enough to hold, and tests."""

    head: ReportHead
    rows: tuple[AthleteReport | UnreadRow, ...] = field(repr=False)
    """In roster order."""
    summary: TeamSummary

    @property
    def athletes(self) -> tuple[AthleteReport, ...]:
        return tuple(r for r in self.rows if isinstance(r, AthleteReport))

    def to_dict(self) -> dict:
        return {**self.head.to_dict(), "athletes": [a.to_dict() for a in self.athletes], **self.summary.to_dict()}
