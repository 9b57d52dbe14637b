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

from advisor.reasoning.history import parse_week, week_name
from advisor.store.errors import StoreError, StoreUsageError
from advisor.store.store import ImportSummary, Revision, Store, open_store

__all__ = ["ImportSummary", "Revision", "Store", "StoreError", "StoreUsageError", "open_store", "parse_week",
           "week_name"]
