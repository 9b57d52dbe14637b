"""Stored weeks for the history tests: a hand-made season read from JSON Lines, and a
hypothesis strategy for seasons of any shape."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import strategies as st

from advisor.reasoning.history import WeekRow
from advisor.reasoning.team import Label

SEASON = Path(__file__).resolve().parent / "history" / "season"


def week_row(data: dict) -> WeekRow:
    """A WeekRow from the JSON of ``WeekRow.to_dict`` (the derived keys are not needed)."""
    label = lambda d: Label(d["id"], d["label"]) if d else None  # noqa: E731
    return WeekRow(dt.date.fromisoformat(data["week"]), data["athlete"], data["group"], data["answered"],
                   data["triage"], tuple(data["red_flags"]), label(data["cause"]), data["certainty"],
                   label(data["condition"]), data["severity"], data["substantial"], data["flags_asked"])


def season_rows(folder: Path = SEASON) -> list[WeekRow]:
    return [week_row(json.loads(line)) for line in (folder / "weeks.jsonl").read_text().splitlines() if line]


MONDAYS = [dt.date(2026, 9, 7) + dt.timedelta(weeks=n) for n in range(6)]
CAUSES = [Label("weak_glutes", "Weak glutes"), Label("tight_calves", "Tight calves")]


@st.composite
def week_rows(draw, athlete: str, weeks: list[dt.date]) -> list[WeekRow]:
    """One athlete's stored weeks, oldest first, each consistent with OSTRC (substantial only with a score)."""
    chosen = draw(st.lists(st.sampled_from(weeks), unique=True, max_size=len(weeks)))
    group = draw(st.sampled_from(["5k", "10k", ""]))
    rows = []
    for week in sorted(chosen):
        answered = draw(st.booleans() | st.just(True))
        severity = draw(st.none() | st.sampled_from([0, 8, 17, 25, 33, 50, 58, 75, 100])) if answered else None
        substantial = None if severity is None else severity >= 50 and draw(st.booleans())
        flags = tuple(draw(st.lists(st.sampled_from(["pinpoint_bone_pain", "pain_at_night"]), unique=True)))
        flags = flags if answered else ()
        triage = draw(st.sampled_from(["urgent", "soon"])) if flags else ""
        cause = draw(st.none() | st.sampled_from(CAUSES)) if answered else None
        rows.append(WeekRow(week, athlete, group, answered, triage, flags, cause, 0.7 if cause else 0.0, None,
                            severity, substantial, draw(st.booleans())))
    return rows


@st.composite
def seasons(draw, max_athletes: int = 12) -> tuple[list[dt.date], list[list[WeekRow]]]:
    """(weeks in range, one list of rows per athlete in athlete order)."""
    n_weeks = draw(st.integers(1, len(MONDAYS)))
    weeks = MONDAYS[:n_weeks]
    names = draw(st.lists(st.text("abcdefghij", min_size=1, max_size=6), unique=True, max_size=max_athletes))
    blocks = [draw(week_rows(name, weeks)) for name in sorted(names)]
    return weeks, [b for b in blocks if b]
