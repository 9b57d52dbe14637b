"""The weekly history: each screened athlete's week (``WeekRow``) kept in SQLite or PostgreSQL.

    with open_store("team.db") as store:
        summary = store.import_week(week, rows, source="week48.csv")
        last = store.previous_week(week)          # athlete_key -> WeekRow
        for row in store.rows(start=..., group="sprinters"):   # streamed
            ...

A plain DB-API layer over a versioned schema (``schema.MIGRATIONS``), not an ORM: see the
commit that added it for the measurement.
"""
from __future__ import annotations

import datetime as dt
import re

from advisor.reasoning.history import iso_week, week_start
from advisor.store.errors import StoreError, StoreUsageError
from advisor.store.store import ImportSummary, Revision, Store, open_store

__all__ = ["ImportSummary", "Revision", "Store", "StoreError", "StoreUsageError", "open_store", "parse_week",
           "week_name"]

_ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def parse_week(text: str) -> dt.date:
    """The Monday of a week given as ``2026-W48`` or as any day of it, ``2026-11-23``.
    ValueError with the reason otherwise."""
    text = text.strip()
    if match := _ISO_WEEK.fullmatch(text.upper()):
        try:
            return dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        except ValueError:
            raise ValueError(f"{text}: no such ISO week") from None
    try:
        return week_start(dt.date.fromisoformat(text))
    except ValueError:
        raise ValueError(f"{text}: not a week (2026-W48) or a date (2026-11-23)") from None


def week_name(monday: dt.date) -> str:
    """'2026-W48 (23 Nov 2026)'."""
    return f"{iso_week(monday)} ({monday.day} {monday.strftime('%b %Y')})"
