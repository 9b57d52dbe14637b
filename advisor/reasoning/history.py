"""One athlete's stored week: the unit the weekly history keeps (``screen --db``) and the
history report (``stridewise history``) is built from.

Frozen and renderer-neutral like the team report (``advisor.reasoning.team``); it imports
nothing from the knowledge base, so renderers may draw it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from advisor.reasoning.team import AthleteReport, Label, UnsureSign


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s ISO week: a stored week is named by its Monday."""
    return day - dt.timedelta(days=day.weekday())


def athlete_key(name: str) -> str:
    """How one athlete is recognised from week to week: spaces collapsed, case folded
    ("Ana  Lopez" and "ana lopez" are the same athlete)."""
    return " ".join(name.split()).casefold()


def spelling(name: str) -> str:
    """A name as ``history`` shows it: runs of spaces as one, none at the ends (the spelling
    ``athlete_key`` folds)."""
    return " ".join(name.split()) or name


def iso_week(monday: dt.date) -> str:
    """'2026-W48' for the week starting ``monday``."""
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


_ISO_WEEK = re.compile(r"(\d{4})-?W(\d{1,2})")


def parse_week(text: str) -> dt.date:
    """The Monday of a week given as ``2026-W48`` or as any day of it, ``2026-11-23``.
    ValueError with the reason otherwise."""
    text = text.strip()
    if match := _ISO_WEEK.fullmatch(text.upper()):
        try:
            return dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        except ValueError:
            raise ValueError(f"'{text}' is no such week: give an ISO week like 2026-W48 or a date like 2026-11-23") from None
    try:
        return week_start(dt.date.fromisoformat(text))
    except ValueError:
        raise ValueError(f"'{text}' is not a week: give an ISO week like 2026-W48 or a date like 2026-11-23") from None


def week_name(monday: dt.date) -> str:
    """'2026-W48 (23 Nov 2026)'."""
    return f"{iso_week(monday)} ({monday.day} {monday.strftime('%b %Y')})"


@dataclass(frozen=True, slots=True)
class WeekRow:
    """One athlete's answer for one week, as stored: small, comparable, JSON-ready."""

    week: dt.date
    """The Monday of the ISO week."""
    athlete: str
    """Name, or pseudonym when the history was stored with --anonymize. Athlete-supplied."""
    group: str
    answered: bool
    """False: the row had a name and no answers ("no answers")."""
    triage: str
    """The most urgent red flag's triage id, '' without one."""
    red_flags: tuple[str, ...]
    """Red-flag ids, most urgent first."""
    cause: Label | None
    """The most certain cause, if any."""
    certainty: float
    """The top cause's certainty, 0.0 without one."""
    condition: Label | None
    """The most certain named condition, if any."""
    severity: int | None
    """OSTRC-O2 severity 0-100, None when not asked or not fully answered."""
    substantial: bool | None
    """OSTRC substantial problem, None when not asked or cannot be told."""
    flags_asked: bool
    corrected: bool = False
    """A correction replaced an earlier version of this week (``Store.revisions`` keeps it). Not
    part of the answer: set when the history is read back, never compared on import."""
    unsure: tuple[UnsureSign, ...] = ()
    """Red-flag signs answered "not sure" this week, most urgent first: not a red flag, a
    question to ask again (a week with one is not "no red flag")."""
    flags_partly: tuple[int, int] | None = None
    """(answered, of) when a problem was reported with only some of the red-flag questions
    answered and no red flag found (as the weekly report's "partly asked (3 of 27)"), else None."""

    @property
    def problem(self) -> bool:
        """Any problem this week: a severity above 0 when scored, else any red flag or cause."""
        if self.severity is not None:
            return self.severity > 0
        return bool(self.red_flags or self.cause)

    @classmethod
    def of(cls, report: AthleteReport, week: dt.date) -> "WeekRow":
        o = report.outcome
        top = o.causes[0] if o.causes else None
        return cls(week_start(week), report.athlete, report.group, report.answered, o.triage,
                   tuple(f.id for f in o.red_flags), Label(top.id, top.label) if top else None,
                   top.certainty if top else 0.0, o.conditions[0] if o.conditions else None,
                   report.severity, report.substantial, report.flags_asked, unsure=o.unsure,
                   flags_partly=(report.flags_answered, report.flags_screen) if report.flags_partly_asked else None)

    def to_dict(self) -> dict:
        return {"week": self.week.isoformat(), "iso_week": iso_week(self.week), "athlete": self.athlete,
                "group": self.group, "answered": self.answered, "triage": self.triage,
                "red_flags": list(self.red_flags),
                "cause": {"id": self.cause.id, "label": self.cause.label} if self.cause else None,
                "certainty": self.certainty,
                "condition": {"id": self.condition.id, "label": self.condition.label} if self.condition else None,
                "severity": self.severity, "substantial": self.substantial, "problem": self.problem,
                "flags_asked": self.flags_asked, "corrected": self.corrected,
                "unsure_red_flags": [u.to_dict() for u in self.unsure], "flags_partly_asked": partly_dict(self.flags_partly)}


def partly_dict(counts: tuple[int, int] | None) -> dict | None:
    """``WeekRow.flags_partly`` as JSON: ``{"answered": 3, "of": 27}`` or null."""
    return None if counts is None else {"answered": counts[0], "of": counts[1]}
