"""The versioned schema: each migration takes a database from version N-1 to N.

Written once for both backends: SQLite and PostgreSQL accept the same DDL here (TEXT dates in
ISO form sort as dates; booleans are 0/1 integers; DOUBLE PRECISION keeps a float exactly on
both, where PostgreSQL's REAL would round it). Never edit a released migration: add one.
"""
from __future__ import annotations

_ROW_COLUMNS = """
    athlete_key TEXT NOT NULL,
    week TEXT NOT NULL,
    athlete TEXT NOT NULL,
    grp TEXT NOT NULL,
    answered INTEGER NOT NULL,
    triage TEXT NOT NULL,
    red_flags TEXT NOT NULL,
    cause_id TEXT,
    cause_label TEXT,
    certainty DOUBLE PRECISION NOT NULL,
    condition_id TEXT,
    condition_label TEXT,
    severity INTEGER,
    substantial INTEGER,
    flags_asked INTEGER NOT NULL,
    source TEXT NOT NULL,
    stored_at TEXT NOT NULL"""

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: one row per athlete and week; a corrected week keeps the version it replaced.
    (
        "CREATE TABLE stridewise_schema (version INTEGER NOT NULL)",
        "CREATE TABLE stridewise_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
        f"CREATE TABLE stridewise_weeks ({_ROW_COLUMNS},\n    PRIMARY KEY (athlete_key, week))",
        f"CREATE TABLE stridewise_revisions ({_ROW_COLUMNS},\n    revision INTEGER NOT NULL,\n"
        "    replaced_at TEXT NOT NULL,\n    PRIMARY KEY (athlete_key, week, revision))",
    ),
    # 2: a log of imports (which file filled which week, when, with what counts), and an index
    # for the week-by-week reads (previous_week, a date range) that the primary key cannot serve.
    (
        "CREATE TABLE stridewise_imports (week TEXT NOT NULL, source TEXT NOT NULL, imported_at TEXT NOT NULL,"
        " new INTEGER NOT NULL, corrected INTEGER NOT NULL, unchanged INTEGER NOT NULL)",
        "CREATE INDEX stridewise_weeks_by_week ON stridewise_weeks (week)",
    ),
    # 3: the red-flag signs answered "not sure" (JSON [[id, label, triage], ...]): a week with a
    # doubt was stored as "no red flag", and a doubt answered no the next week read "same".
    (
        "ALTER TABLE stridewise_weeks ADD COLUMN unsure TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE stridewise_revisions ADD COLUMN unsure TEXT NOT NULL DEFAULT '[]'",
    ),
    # 4: how many red-flag questions a row answered, of how many, when only some were (a problem
    # reported with 3 of 27 answered was "no red flag" in the history; test drive 30).
    (
        "ALTER TABLE stridewise_weeks ADD COLUMN flags_answered INTEGER",
        "ALTER TABLE stridewise_weeks ADD COLUMN flags_screen INTEGER",
        "ALTER TABLE stridewise_revisions ADD COLUMN flags_answered INTEGER",
        "ALTER TABLE stridewise_revisions ADD COLUMN flags_screen INTEGER",
    ),
)

LATEST = len(MIGRATIONS)
"""The schema version this code writes and reads."""
