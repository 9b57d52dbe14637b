"""What the weekly history shows: frozen, renderer-neutral, JSON-ready (``stridewise history``).

Like the team report (``advisor.reasoning.team``), a history report is not one object holding
every athlete-week: 10,000 athletes over 52 weeks is half a million rows. It comes in three
parts, delivered in this order:

1. ``HistoryHead``: title (date range and ISO weeks), filters, notice, schema version;
2. one ``AthleteTrend`` per athlete, in athlete order, each holding only that athlete's weeks;
3. ``HistorySummary``, at the end: the team's weekly figures (``TeamWeek``), what changed in
   the last week of the range (``Change``), the athletes most in need of attention in full
   (a bounded number) and counts for the rest.

Streaming formats (JSON, CSV) write each athlete as it comes; human formats draw the summary.

Shares are given with a 95% Wilson score interval (``wilson``): unlike the normal
approximation it stays inside [0, 1] and is usable for the small squads and the shares near
0 or 1 that weekly monitoring sees. This module imports nothing from the knowledge base:
renderers draw it.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping
from enum import Enum
from functools import lru_cache

from advisor.reasoning.history import WeekRow, iso_week, partly_dict
from advisor.reasoning.team import NOT_URGENT, UnsureSign

HISTORY_SCHEMA_VERSION = "1.4"
"""1.1: a week's ``corrected`` (a correction replaced it); ``problem_words`` of a red-flag week is its red flag.
1.2: the change kind ``red_flag_again``; a change's ``last_triage``; changes sorted by urgency first.
1.3: the change kind ``red_flag_cleared`` (its ``red_flags`` are the week before's).
1.4: a week's ``unsure_red_flags`` (red-flag signs answered not sure), the change kinds ``unsure`` and
``unsure_answered`` and a change's ``unsure_red_flags``; a week with one is worded "not sure: ..." in
``problem_words``."""
HISTORY_REPORT_KIND = "history_report"
Z_95 = 1.959963984540054
"""The standard normal quantile for a two-sided 95% interval."""
SEVERITY_JUMP = 25
"""A rise in OSTRC severity of at least this much from one week to the next is a change to act on
(one of the four OSTRC-O2 answers moving by a full step of 25 or more in total)."""


@lru_cache(maxsize=4096)
def week_names(monday: dt.date) -> tuple[str, str]:
    """('2026-11-23', '2026-W48'): a season has few weeks and a history many rows, so each week's
    names are made once (a third of the JSON writer's time otherwise)."""
    return monday.isoformat(), iso_week(monday)


def wilson(k: int, n: int, z: float = Z_95) -> tuple[float, float]:
    """The Wilson score interval for ``k`` successes in ``n`` trials (Wilson 1927), clamped to [0, 1].

    Exact at the edges: 0 of n has a lower bound of 0, n of n an upper bound of 1."""
    if n <= 0 or not 0 <= k <= n:
        raise ValueError(f"a share needs 0 <= k <= n and n > 0, got {k} of {n}")
    p = k / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    low = 0.0 if k == 0 else max(0.0, centre - half)
    high = 1.0 if k == n else min(1.0, centre + half)
    return low, high


@dataclass(frozen=True, slots=True)
class Share:
    """``count`` of ``of`` athletes, with its 95% Wilson score interval."""

    count: int
    of: int
    """The athletes who answered that week (the denominator)."""
    value: float | None
    """count / of; None when nobody answered."""
    low: float | None
    high: float | None

    @classmethod
    def of_counts(cls, count: int, of: int) -> "Share":
        if of == 0:
            return cls(count, of, None, None, None)
        low, high = wilson(count, of)
        return cls(count, of, count / of, low, high)

    def to_dict(self) -> dict:
        return {"count": self.count, "of": self.of, "share": self.value, "ci95": [self.low, self.high]
                if self.value is not None else None}


@dataclass(frozen=True, slots=True)
class TeamWeek:
    """The squad in one week."""

    week: dt.date
    """Monday of the ISO week."""
    athletes: int
    """Athletes with a stored row that week, answered or not."""
    answering: int
    """Athletes who answered: the denominator of both shares."""
    any_problem: Share
    substantial: Share
    """OSTRC substantial problems among those who answered."""
    burden: int
    """The sum of that week's OSTRC severity scores (athletes without a score add nothing)."""
    scored: int
    """Athletes with a severity score that week."""

    def to_dict(self) -> dict:
        return {"week": self.week.isoformat(), "iso_week": iso_week(self.week), "athletes": self.athletes,
                "answering": self.answering, "any_problem": self.any_problem.to_dict(),
                "substantial": self.substantial.to_dict(), "burden": self.burden, "scored": self.scored}


class ChangeKind(str, Enum):
    """What changed for an athlete between the last week of the range and the week before.
    Declared most pressing first: the human formats list changes in this order."""

    NEW_RED_FLAG = "new_red_flag"
    """A red flag this week that was not reported the week before."""
    RED_FLAG_AGAIN = "red_flag_again"
    """A red flag this week and the week before, none of them new: has the athlete been seen?"""
    UNSURE = "unsure"
    """No red flag this week and a red-flag sign answered not sure: ask again (after a red flag
    the week before, this is not "cleared": its ``red_flags`` are the week before's)."""
    RED_FLAG_CLEARED = "red_flag_cleared"
    """A red flag the week before and none this week: was the athlete seen? (test drive 23)"""
    UNSURE_ANSWERED = "unsure_answered"
    """A red-flag sign not sure the week before (no red flag then), and neither a red flag nor a
    doubt this week, its red flags asked: answered no (test drive 30: it was no change at all)."""
    SEVERITY_UP = "severity_up"
    """Severity up by ``SEVERITY_JUMP`` or more (both weeks scored)."""
    NEW_PROBLEM = "new_problem"
    """A problem this week, none reported the week before (no answer the week before counts as none)."""
    STOPPED_ANSWERING = "stopped_answering"
    """Answered the week before; absent this week, or present with no answers."""

    @property
    def words(self) -> str:
        """What the athletes counted with this change did, after their number."""
        return _CHANGE_WORDS[self]


_CHANGE_WORDS = {  # after a count of athletes: "3 with a new red flag"
    ChangeKind.NEW_RED_FLAG: "with a new red flag",
    ChangeKind.RED_FLAG_AGAIN: "with a red flag again",
    ChangeKind.UNSURE: "not sure of a red-flag sign",
    ChangeKind.RED_FLAG_CLEARED: "with last week's red flag cleared",
    ChangeKind.UNSURE_ANSWERED: "with last week's not-sure sign answered no",
    ChangeKind.SEVERITY_UP: f"with severity up by {SEVERITY_JUMP} or more",
    ChangeKind.NEW_PROBLEM: "with a new problem",
    ChangeKind.STOPPED_ANSWERING: "stopped answering",
}


@dataclass(frozen=True, slots=True)
class Change:
    """What changed for one athlete in the last week of the range (one or more kinds)."""

    athlete: str
    """Athlete-supplied."""
    group: str
    kinds: tuple[ChangeKind, ...]
    """Most pressing first; never empty."""
    before: int | None
    """Severity the week before (None: not scored or no row)."""
    after: int | None
    """Severity this week."""
    red_flags: tuple[str, ...] = ()
    """The new red flags' ids (with ``NEW_RED_FLAG``), else the flags raised again (with
    ``RED_FLAG_AGAIN``), else the week before's (``RED_FLAG_CLEARED``, or ``UNSURE`` after a red flag)."""
    red_flag_labels: tuple[str, ...] = ()
    """Their display text, in the same order (the ids when no labels were given)."""
    triage: str = ""
    """This week's triage id ('' without a red flag)."""
    problem: str = ""
    """This week's problem in words (condition, else cause; '' without one)."""
    urgency: float = NOT_URGENT
    """This week's triage rank (0 emergency, 1 urgent, 2 soon, ``NOT_URGENT`` none; a sign answered
    not sure between, ``doubt_urgency``); for an athlete who stopped answering, that of their last
    answer."""
    last_triage: str = ""
    """With ``STOPPED_ANSWERING``: the triage id of the last answer ('' without a red flag)."""
    unsure: tuple[UnsureSign, ...] = ()
    """With ``UNSURE``: this week's signs answered not sure (never in ``red_flags``: not a red flag);
    with ``UNSURE_ANSWERED``: the week before's."""

    @property
    def sort_key(self) -> tuple:
        """The most urgent triage first (an athlete silent after an urgent red flag is as pressing
        as one who reports it: test drive 21 found her last), then the most pressing kind, then
        the higher severity now, then by name."""
        return (self.urgency, min(_KIND_RANK[k] for k in self.kinds), -(self.after if self.after is not None else -1),
                self.athlete.casefold(), self.athlete)

    def to_dict(self) -> dict:
        return {"athlete": self.athlete, "group": self.group, "kinds": [k.value for k in self.kinds],
                "before": self.before, "after": self.after, "red_flags": list(self.red_flags),
                "red_flag_labels": list(self.red_flag_labels), "triage": self.triage, "problem": self.problem,
                "last_triage": self.last_triage, "unsure_red_flags": [u.to_dict() for u in self.unsure]}


_KIND_RANK = {kind: n for n, kind in enumerate(ChangeKind)}


def _lower_first(text: str) -> str:
    """'Possible stress fracture' -> 'possible stress fracture'; an acronym ('RED-S') is kept."""
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def red_flag_words(red_flags: tuple[str, ...], flag_labels: Mapping[str, str]) -> str:
    """'red flag: possible stress fracture (and 1 more)', as the weekly report words it; an id
    the rule pack no longer labels is named by itself."""
    more = len(red_flags) - 1
    return f"red flag: {_lower_first(flag_labels.get(red_flags[0], red_flags[0]))}" + (f" (and {more} more)" if more else "")


def problem_words(row: WeekRow | None, flag_labels: Mapping[str, str] = MappingProxyType({})) -> str:
    """A week's problem in words: its red flag, else the named condition, else the top cause, else ''.
    A week with a red flag is never worded as a cause: that would read as self-treatment for
    an athlete who must see a clinician."""
    if row is None:
        return ""
    if row.red_flags:
        return red_flag_words(row.red_flags, flag_labels)
    if row.unsure:
        more = len(row.unsure) - 1
        doubt = f"not sure: {_lower_first(row.unsure[0].label)}" + (f" (and {more} more)" if more else "") + ", ask again"
        other = row.condition.label if row.condition is not None else row.cause.label if row.cause is not None else ""
        return f"{doubt}; {other}" if other else doubt
    if row.condition is not None:
        return row.condition.label
    return row.cause.label if row.cause is not None else ""


@dataclass(frozen=True, slots=True)
class AthleteTrend:
    """One athlete over the range: each stored week, the latest, the change from the week before."""

    athlete: str
    """As stored (name or pseudonym). Athlete-supplied."""
    group: str
    """The group of the latest week."""
    weeks: tuple[WeekRow, ...]
    """The athlete's stored weeks in the range, oldest first."""
    urgency: float
    """The range's last week's triage rank (0 emergency, 1 urgent, 2 soon, ``NOT_URGENT`` none; a sign
    answered not sure between); for an athlete who stopped answering that week, that of their last
    answer."""
    changes: tuple[ChangeKind, ...]
    """What changed in the range's last week, most pressing first."""
    last_week: dt.date | None
    """The range's last week (the athlete may have no row in it)."""

    @property
    def latest(self) -> WeekRow:
        """The athlete's most recent stored week in the range."""
        return self.weeks[-1]

    @property
    def previous(self) -> WeekRow | None:
        """The athlete's stored week just before ``latest``, if any."""
        return self.weeks[-2] if len(self.weeks) > 1 else None

    @property
    def severity_change(self) -> int | None:
        """``latest`` minus ``previous`` severity, when both are scored."""
        before = self.previous
        if before is None or before.severity is None or self.latest.severity is None:
            return None
        return self.latest.severity - before.severity

    @property
    def had_problem(self) -> bool:
        """Any problem in any week of the range."""
        return any(w.problem for w in self.weeks)

    @property
    def peak(self) -> int | None:
        """The highest severity in the range."""
        return max((w.severity for w in self.weeks if w.severity is not None), default=None)

    @property
    def current(self) -> bool:
        """The athlete has a row in the range's last week."""
        return self.latest.week == self.last_week

    @property
    def sort_key(self) -> tuple:
        """Most in need of attention first: this week's triage, then a problem this week before an
        earlier one, then this week's severity, then the range's peak severity, then by name."""
        now = self.latest if self.current else None
        severity = now.severity if now is not None and now.severity is not None else -1
        return (self.urgency, not (now is not None and now.problem), -severity,
                -(self.peak if self.peak is not None else -1), self.athlete.casefold(), self.athlete)

    def to_dict(self, with_weeks: bool = True, flag_labels: Mapping[str, str] = MappingProxyType({})) -> dict:
        """``with_weeks=False`` leaves out ``weeks``: the JSON writer writes them itself, faster.
        ``flag_labels``: red-flag id -> display text, for ``problem_words``."""
        out = {"athlete": self.athlete, "group": self.group, "latest_week": self.latest.week.isoformat(),
               "severity_change": self.severity_change, "changes": [c.value for c in self.changes]}
        if with_weeks:
            out["weeks"] = [week_dict(w, flag_labels) for w in self.weeks]
        return out


def week_dict(w: WeekRow, flag_labels: Mapping[str, str] = MappingProxyType({})) -> dict:
    """A week of one athlete's trend: the stored row without the athlete's name repeated."""
    day, name = week_names(w.week)
    return {"week": day, "iso_week": name, "group": w.group, "answered": w.answered,
            "severity": w.severity, "substantial": w.substantial, "problem": w.problem,
            "problem_words": problem_words(w, flag_labels), "triage": w.triage, "red_flags": list(w.red_flags),
            "cause": {"id": w.cause.id, "label": w.cause.label} if w.cause else None,
            "certainty": w.certainty,
            "condition": {"id": w.condition.id, "label": w.condition.label} if w.condition else None,
            "flags_asked": w.flags_asked, "corrected": w.corrected,
            "unsure_red_flags": [u.to_dict() for u in w.unsure],
            "flags_partly_asked": partly_dict(w.flags_partly)}


@dataclass(frozen=True, slots=True)
class HistoryFilters:
    """What the report was asked for (``stridewise history`` options), as given."""

    start: dt.date | None = None
    """Monday of the first week asked for."""
    end: dt.date | None = None
    """Monday of the last week asked for."""
    athlete: str | None = None
    group: str | None = None

    def to_dict(self) -> dict:
        return {"from": self.start.isoformat() if self.start else None,
                "to": self.end.isoformat() if self.end else None, "athlete": self.athlete, "group": self.group}


def history_title(weeks: tuple[dt.date, ...]) -> str:
    """'Weekly history, 2026-09-07 to 2026-11-29 (2026-W37 to 2026-W48)': Monday of the first
    week to Sunday of the last."""
    if not weeks:
        return "Weekly history: no weeks in range"
    first, last = weeks[0], weeks[-1]
    sunday = last + dt.timedelta(days=6)
    if first == last:
        return f"Weekly history, {iso_week(first)} ({first.isoformat()} to {sunday.isoformat()})"
    return (f"Weekly history, {first.isoformat()} to {sunday.isoformat()} "
            f"({iso_week(first)} to {iso_week(last)}, {len(weeks)} weeks)")


@dataclass(frozen=True, slots=True)
class HistoryHead:
    """What a history report says before its first athlete."""

    notice: str
    """The 'not a diagnosis' line."""
    weeks: tuple[dt.date, ...]
    """The stored weeks in the range, oldest first (Mondays)."""
    filters: HistoryFilters = HistoryFilters()
    schema_version: str = HISTORY_SCHEMA_VERSION
    kind: str = HISTORY_REPORT_KIND
    before: dt.date | None = None
    """The stored week just before the first of ``weeks``, if any: what a one-week range compares
    with (it is not part of the range: no trend, no team week)."""
    flag_labels: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), compare=False)
    """Red-flag id -> display text, from the rule pack (the front end passes it: renderers may not
    read the knowledge base). Not part of the JSON: it words each red-flag week."""

    @property
    def title(self) -> str:
        return history_title(self.weeks)

    @property
    def last_week(self) -> dt.date | None:
        return self.weeks[-1] if self.weeks else None

    @property
    def team(self) -> bool:
        """Whether the report is about a squad: an --athlete view has no team shares to show
        ('1 of 1 (100%)' is one runner, not a share of a squad)."""
        return self.filters.athlete is None

    @property
    def week_before(self) -> dt.date | None:
        """The stored week before the last: what 'changed since last week' compares with (for a
        one-week range, the stored week before it, even before --from)."""
        if len(self.weeks) > 1:
            return self.weeks[-2]
        return self.before if self.weeks else None

    def to_dict(self) -> dict:
        return {"schema_version": self.schema_version, "kind": self.kind, "title": self.title,
                "notice": self.notice, "filters": self.filters.to_dict(),
                "weeks": [w.isoformat() for w in self.weeks],
                "first_week": iso_week(self.weeks[0]) if self.weeks else None,
                "last_week": iso_week(self.weeks[-1]) if self.weeks else None}


@dataclass(frozen=True, slots=True)
class HistorySummary:
    """Everything about the range except the full list of athletes."""

    athletes: int
    """Athletes with at least one stored week in the range."""
    with_problem: int
    """Athletes with a problem in at least one week of the range."""
    team_weeks: tuple[TeamWeek, ...]
    """One per week of the head's ``weeks``, oldest first."""
    changes: tuple[Change, ...]
    """Athletes with a change since last week (``Change.sort_key`` order), at most ``changes_shown``."""
    changed: int
    """Every athlete with a change since last week."""
    change_counts: tuple[tuple[ChangeKind, int], ...]
    """Athletes with each kind of change (kinds with none left out), in ``ChangeKind`` order."""
    changes_shown: int
    """The limit ``changes`` was kept to."""
    most_attention: tuple[AthleteTrend, ...]
    """Athletes with a problem in the range, most in need of attention first, at most ``shown_in_full``."""
    shown_in_full: int

    @property
    def changes_not_shown(self) -> int:
        return self.changed - len(self.changes)

    @property
    def with_problem_not_shown(self) -> int:
        """Athletes with a problem in the range that the human formats count instead of showing."""
        return self.with_problem - len(self.most_attention)

    @property
    def without_problem(self) -> int:
        return self.athletes - self.with_problem

    def totals(self) -> dict:
        return {"athletes": self.athletes, "with_problem": self.with_problem, "changed": self.changed,
                "changes": {kind.value: n for kind, n in self.change_counts}}

    def to_dict(self) -> dict:
        """The JSON sections after the athletes."""
        return {"team_weeks": [w.to_dict() for w in self.team_weeks],
                "changed_since_last_week": [c.to_dict() for c in self.changes],
                "changes_truncated": self.changes_not_shown > 0, "totals": self.totals()}


@dataclass(frozen=True, slots=True)
class HistoryReport:
    """A whole history report held in memory: for small histories and tests."""

    head: HistoryHead
    athletes: tuple[AthleteTrend, ...]
    summary: HistorySummary

    def to_dict(self) -> dict:
        return {**self.head.to_dict(), "athletes": [a.to_dict(flag_labels=self.head.flag_labels) for a in self.athletes],
                **self.summary.to_dict()}


__all__ = ["AthleteTrend", "Change", "ChangeKind", "HistoryFilters", "HistoryHead", "HistoryReport",
           "HistorySummary", "NOT_URGENT", "Share", "TeamWeek", "history_title", "problem_words", "red_flag_words", "wilson"]
