"""The history report's renderers share this: the writer interface and the words every human
format uses, so text, Markdown and HTML say the same thing.

A history writer takes the head, then each athlete's trend as it comes, then the summary.
Streaming formats (JSON, CSV) write each athlete as it arrives; the human formats draw the
summary alone, in the order a coach acts on: changed since last week, the team week by week,
the athletes with a problem (at most ``HistorySummary.shown_in_full``), then a count of the rest.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from types import MappingProxyType
from typing import Mapping, TextIO

from advisor.reasoning.history import WeekRow, iso_week
from advisor.reasoning.trends import AthleteTrend, Change, ChangeKind, HistoryHead, HistorySummary, Share, problem_words
from .common import triage_text
from .team_table import ASK_AGAIN_CELL, PARTLY_ASKED, TRIAGE_CELL

NONE = "-"
"""What an empty cell shows (no score, no answer)."""
CI_METHOD = ("Shares are of the athletes who answered that week, with a 95% confidence interval "
             "(Wilson score interval). Burden: the sum of that week's OSTRC-O2 severity scores (0-100 each).")


class HistoryWriter(ABC):
    streams = False
    """True when athletes are written as they arrive (memory does not grow with the history)."""

    def __init__(self, out: TextIO):
        self.out = out
        self.head: HistoryHead | None = None

    def begin(self, head: HistoryHead) -> None:
        self.head = head

    def athlete(self, trend: AthleteTrend) -> None:
        """Take one athlete's trend, in athlete order."""

    @abstractmethod
    def end(self, summary: HistorySummary) -> None:
        """Write what comes after the athletes and finish."""


def week_label(week) -> str:
    """'2026-W48 (Nov 23)': the ISO week and its Monday."""
    return f"{iso_week(week)} ({week.strftime('%b')} {week.day})"


def week_cell(row: WeekRow) -> str:
    """'2026-W48', or '2026-W48 (corrected)' when a correction replaced the week's first answer."""
    return iso_week(row.week) + (" (corrected)" if row.corrected else "")


def severity_text(value: int | None) -> str:
    return NONE if value is None else str(value)


def any_scored(changes) -> bool:
    """Whether any change listed has a severity: without one the Before and Now columns are left
    out (test drive 30: a roster with no OSTRC printed "-  -" on every row)."""
    return any(c.before is not None or c.after is not None for c in changes)


def percent(value: float | None) -> str:
    return NONE if value is None else f"{100 * value:.0f}%"


def share_text(share: Share) -> str:
    """'6 of 20 (30%)'."""
    if share.value is None:
        return f"{share.count} of {share.of}"
    return f"{share.count} of {share.of} ({percent(share.value)})"


def ci_text(share: Share) -> str:
    """'12%-54%'."""
    return NONE if share.value is None else f"{percent(share.low)}-{percent(share.high)}"


NO_RED_FLAG = "no red flag"
"""An answered week without a red flag: its answer said self-care (with a physiotherapist if not
better), which a stored week does not keep; "-" had read as unknown (test drive 21)."""


def triage_cell(row: WeekRow | None) -> str:
    if row is None or not row.answered:
        return NONE
    if row.triage:
        return triage_text(row.triage)
    if row.unsure:   # (a doubt is no "no red flag": as the team report says it)
        return ASK_AGAIN_CELL.get(row.unsure[0].triage, "ask again")
    if row.flags_partly is not None:   # (as the weekly report: test drive 30 read "no red flag")
        return "red flags " + PARTLY_ASKED.format(*row.flags_partly)
    return NO_RED_FLAG if row.flags_asked else "not asked"


NO_LABELS: Mapping[str, str] = MappingProxyType({})


def problem_cell(row: WeekRow | None, flag_labels: Mapping[str, str] = NO_LABELS) -> str:
    """A week's problem in words, as a coach reads it: its red flag (never a cause: see a
    clinician, no self-treatment), else the named condition and the top cause ("no answers"
    for a blank row, "no problem" for an answer without one)."""
    if row is None:
        return "no row this week"
    if not row.answered:
        return "no answers"
    if row.red_flags:
        return problem_words(row, flag_labels)
    if not row.problem:
        return "no problem"
    words = problem_words(row) or ("red flag" if row.red_flags else "a problem, no likely cause found")
    if row.condition is not None and row.cause is not None:
        words += f"; top cause: {row.cause.label}"
    if not row.flags_asked:
        words += " (red flags not asked)"
    return words


def change_words(change: Change) -> str:
    """What changed, in words: 'new red flag: Pinpoint bone pain; severity up 50 (25 to 75)'."""
    said = []
    for kind in change.kinds:
        if kind is ChangeKind.NEW_RED_FLAG:
            said.append("new red flag: " + ", ".join(change.red_flag_labels or change.red_flags)
                        + (f" ({triage_text(change.triage)})" if change.triage else ""))
        elif kind is ChangeKind.RED_FLAG_AGAIN:
            said.append("red flag again: " + ", ".join(change.red_flag_labels or change.red_flags)
                        + (f" ({triage_text(change.triage)})" if change.triage else "") + "; seen a clinician yet?")
        elif kind is ChangeKind.UNSURE:
            said.append("not sure: " + ", ".join(f"{u.label} ({TRIAGE_CELL.get(u.triage, u.triage)} if there)"
                                                 for u in change.unsure)
                        + "; ask again" + ("; red flag last week: " + ", ".join(change.red_flag_labels or change.red_flags)
                                           + ", seen yet?" if change.red_flags else ""))
        elif kind is ChangeKind.UNSURE_ANSWERED:
            said.append("not sure last week, now no: " + ", ".join(u.label for u in change.unsure)
                        + "; check they were seen if it was asked after a red flag")
        elif kind is ChangeKind.RED_FLAG_CLEARED:
            said.append("red flag cleared: " + ", ".join(change.red_flag_labels or change.red_flags)
                        + " (last week); check they were seen")
        elif kind is ChangeKind.SEVERITY_UP:
            said.append(f"severity up {change.after - change.before} ({change.before} to {change.after})")
        elif kind is ChangeKind.NEW_PROBLEM:
            said.append("new problem" + (f": {change.problem}" if change.problem else ""))
        else:
            said.append("stopped answering" + (f" (last answer: a red flag, {triage_text(change.last_triage)})"
                                               if change.last_triage else ""))
    return "; ".join(said)


def severity_change_text(trend: AthleteTrend) -> str:
    delta = trend.severity_change
    if delta is None:
        return ""
    return "no change" if delta == 0 else f"{'up' if delta > 0 else 'down'} {abs(delta)} from the week before"


def latest_line(trend: AthleteTrend, flag_labels: Mapping[str, str] = NO_LABELS) -> str:
    """'Latest 2026-W48: severity 50, up 25 from the week before; Runner's knee (patellofemoral pain)'."""
    w = trend.latest
    parts = [f"severity {severity_text(w.severity)}"]
    delta = severity_change_text(trend)
    if delta:
        parts[0] += f", {delta}"
    parts.append(problem_cell(w, flag_labels))
    if w.triage:
        parts.append(triage_text(w.triage))
    line = f"Latest {iso_week(w.week)}: " + "; ".join(parts)
    if not trend.current and trend.last_week is not None:
        line += f" (nothing stored for {iso_week(trend.last_week)})"
    return line


def comparing_line(head: HistoryHead) -> str:
    if head.week_before is None:
        return "Only one week in the range: nothing to compare with."
    return f"{iso_week(head.last_week)} compared with {iso_week(head.week_before)}."


def counts_line(summary: HistorySummary) -> str:
    return (f"{summary.athletes} {'athlete' if summary.athletes == 1 else 'athletes'} in the range; "
            f"{summary.with_problem} with a problem in at least one week.")


def rest_line(summary: HistorySummary) -> str:
    """What the human formats say about the athletes they count instead of showing."""
    shown = len(summary.most_attention)
    if not summary.with_problem_not_shown:
        return (f"Every athlete with a problem is shown ({shown}). {summary.without_problem} "
                f"{'athlete' if summary.without_problem == 1 else 'athletes'} had no problem in the range.")
    return (f"The {shown} athletes most in need of attention are shown (at most {summary.shown_in_full}: "
            f"this week's triage, then this week's severity, then the highest severity in the range). "
            f"The other {summary.with_problem_not_shown} with a problem and the {summary.without_problem} "
            f"without one are counted, not listed: every athlete is in the CSV or JSON "
            f"(stridewise history --format csv).")


def changes_more_line(summary: HistorySummary) -> str:
    return (f"{summary.changes_not_shown} more athletes with a change are counted, not listed (at most "
            f"{len(summary.changes)} are listed): every athlete's changes are in the CSV or JSON."
            if summary.changes_not_shown else "")


def change_counts_line(summary: HistorySummary) -> str:
    if not summary.change_counts:
        return ""
    athletes = f"{summary.changed} {'athlete' if summary.changed == 1 else 'athletes'} changed: "
    return athletes + "; ".join(f"{n} {kind.words}" for kind, n in summary.change_counts) + "."


def filters_line(head: HistoryHead, escape=str) -> str:
    """The filters asked for, in words ('' when none); ``escape`` makes the athlete-supplied ones safe."""
    f = head.filters
    parts = []
    if f.start:
        parts.append(f"from {iso_week(f.start)}")
    if f.end:
        parts.append(f"to {iso_week(f.end)}")
    if f.athlete is not None:
        parts.append(f"athlete {escape(f.athlete)}")
    if f.group is not None:
        parts.append(f"group {escape(f.group)}")
    return ", ".join(parts)
