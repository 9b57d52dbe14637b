"""``Store``: the weekly history, one row per athlete and ISO week, in SQLite or PostgreSQL."""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
import secrets
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from advisor.inputs.roster import PSEUDONYM_HEX, pseudonym
from advisor.reasoning.history import WeekRow, athlete_key, week_start
from advisor.reasoning.team import Label, UnsureSign
from advisor.store.backends import Backend, backend_for
from advisor.store.errors import StoreError, StoreUsageError
from advisor.store.schema import LATEST, MIGRATIONS

_PSEUDONYM = re.compile(rf"athlete-[0-9a-f]{{{PSEUDONYM_HEX}}}")
_DATA = ("athlete", "grp", "answered", "triage", "red_flags", "cause_id", "cause_label", "certainty",
         "condition_id", "condition_label", "severity", "substantial", "flags_asked", "unsure", "flags_answered",
         "flags_screen")
"""The columns that are the athlete's answer: equal columns, unchanged week."""
_COLUMNS = ("athlete_key", "week", *_DATA, "source", "stored_at")
_END = 2 + len(_DATA)
"""Where a record's answer ends (``_COLUMNS[:_END]``: key, week and the answer)."""
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM stridewise_weeks"
_SELECT_ROWS = f"SELECT {', '.join(_COLUMNS[:_END])} FROM stridewise_weeks"
"""Without source and time: what ``rows`` and ``previous_week`` need."""
_SELECT_HISTORY = (f"SELECT {', '.join(_COLUMNS[:_END])}, EXISTS (SELECT 1 FROM stridewise_revisions r"
                   " WHERE r.athlete_key = stridewise_weeks.athlete_key AND r.week = stridewise_weeks.week)"
                   " FROM stridewise_weeks")
"""``_SELECT_ROWS`` and whether a correction replaced the week: one primary-key probe a row, no
new column (a database of an older stridewise has every revision it needs already)."""
WRITE_BATCH = 1000


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What one ``import_week`` did."""

    week: dt.date
    """The Monday of the ISO week."""
    new: int
    """Athletes with no row for this week before."""
    corrected: int
    """Athletes whose row changed (the old version is kept, see ``Store.revisions``)."""
    unchanged: int
    """Athletes whose row was already stored exactly so."""
    duplicates: int = 0
    """Rows given for an athlete already given in this import (the first one is kept)."""

    @property
    def athletes(self) -> int:
        return self.new + self.corrected + self.unchanged


@dataclass(frozen=True, slots=True)
class Revision:
    """A version of an athlete's week that a corrected import replaced."""

    row: WeekRow
    source: str
    """Where it came from (the roster as the user named it)."""
    stored_at: dt.datetime
    replaced_at: dt.datetime


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _text(value: str) -> str:
    """Text both databases can keep: PostgreSQL refuses NUL, neither driver encodes a lone
    surrogate; each becomes U+FFFD, on both, so the two backends store the same."""
    return _UNSTORABLE.sub("\ufffd", value)


def _label(label: Label | None) -> tuple[str | None, str | None]:
    return (None, None) if label is None else (_text(label.id), _text(label.label))


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _data(row: WeekRow) -> tuple:
    """The stored columns of a row's answer, in ``_DATA`` order."""
    return (_text(row.athlete), _text(row.group), int(row.answered), _text(row.triage),
            json.dumps([_text(flag) for flag in row.red_flags]), *_label(row.cause), float(row.certainty),
            *_label(row.condition), row.severity, _flag(row.substantial), int(row.flags_asked),
            json.dumps([[_text(u.id), _text(u.label), _text(u.triage)] for u in row.unsure]),
            *(row.flags_partly or (None, None)))


# A season repeats the same few weeks, red-flag lists and labels hundreds of thousands of
# times: decoding each once (and sharing the objects) halves the time to read a season back.
@functools.lru_cache(maxsize=4096)
def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@functools.lru_cache(maxsize=4096)
def _flags(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


@functools.lru_cache(maxsize=4096)
def _unsure(text: str) -> tuple[UnsureSign, ...]:
    return tuple(UnsureSign(*sign) for sign in json.loads(text))


@functools.lru_cache(maxsize=4096)
def _labelled(id: str | None, label: str | None) -> Label | None:
    return None if id is None else Label(id, label)


def _row(record: tuple, corrected: bool = False) -> WeekRow:
    (_key, week, athlete, grp, answered, triage, red_flags, cause_id, cause_label, certainty,
     condition_id, condition_label, severity, substantial, flags_asked, unsure, answered_of, screen) = record[:_END]
    return WeekRow(_day(week), athlete, grp, bool(answered), triage, _flags(red_flags),
                   _labelled(cause_id, cause_label), float(certainty), _labelled(condition_id, condition_label),
                   severity, None if substantial is None else bool(substantial), bool(flags_asked), corrected,
                   _unsure(unsure), None if screen is None else (answered_of, screen))


class Store:
    """An open weekly history. Use as a context manager, or call ``close``."""

    def __init__(self, backend: Backend, anonymize: bool, salt: str | None):
        self._db = backend
        self.anonymize = anonymize
        self._salt = salt

    @property
    def shown(self) -> str:
        """The database as messages name it: a path, or a URL without its password."""
        return self._db.shown

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    # -- names -------------------------------------------------------------------------------
    def rename(self, name: str) -> str:
        """The name this database stores for ``name``: itself, or in a database made with
        --anonymize its pseudonym (the same athlete, the same pseudonym, every week; the salt is
        a secret kept in the database). A name that already is a pseudonym is kept: it names
        no one, and ``screen --db --anonymize`` hands over rows it already renamed."""
        if not self.anonymize or _PSEUDONYM.fullmatch(name):
            return name
        return pseudonym(athlete_key(name), self._salt)

    def key(self, name: str) -> str:
        """The ``athlete_key`` rows of ``name`` are stored under."""
        return athlete_key(self.rename(name))

    # -- writing -----------------------------------------------------------------------------
    def import_week(self, week: dt.date, rows: Iterable[WeekRow], source: str) -> ImportSummary:
        """Store one week's rows in one transaction: each athlete new, corrected (the old row
        kept as a revision) or unchanged. Importing the same rows again changes nothing."""
        monday = week_start(week)
        day = monday.isoformat()
        given: dict[str, tuple] = {}
        duplicates = 0
        for row in rows:  # read before the write lock is taken: a slow caller never blocks others
            row = replace(row, week=monday, athlete=_text(self.rename(row.athlete)))
            key = athlete_key(row.athlete)
            if key in given:
                duplicates += 1
                continue
            given[key] = _data(row)
        now = _now()
        with self._db.write():
            stored = {rec[0]: rec for rec in self._db.stream(f"{_SELECT} WHERE week = ?", (day,))}
            fresh, changed, unchanged = [], [], 0
            for key, data in given.items():
                old = stored.get(key)
                if old is None:
                    fresh.append((key, day, *data, _text(source), now))
                elif tuple(old[2:_END]) == data:
                    unchanged += 1
                else:
                    changed.append((key, day, data, old))
            placeholders = ", ".join("?" * len(_COLUMNS))
            for start in range(0, len(fresh), WRITE_BATCH):
                self._db.executemany(f"INSERT INTO stridewise_weeks ({', '.join(_COLUMNS)}) VALUES ({placeholders})",
                                     fresh[start:start + WRITE_BATCH])
            if changed:
                self._correct(changed, source, now)
            if fresh or changed:  # an import that changed nothing leaves no trace, not even in the log
                self._db.execute("INSERT INTO stridewise_imports (week, source, imported_at, new, corrected, unchanged)"
                                 " VALUES (?, ?, ?, ?, ?, ?)", (day, _text(source), now, len(fresh), len(changed), unchanged))
        return ImportSummary(monday, len(fresh), len(changed), unchanged, duplicates)

    def _correct(self, changed: list, source: str, now: str) -> None:
        day = changed[0][1]
        counts = dict(self._db.execute("SELECT athlete_key, max(revision) FROM stridewise_revisions WHERE week = ?"
                                       " GROUP BY athlete_key", (day,)))
        kept = [(*old, counts.get(key, 0) + 1, now) for key, _day, _data, old in changed]
        cols = ", ".join((*_COLUMNS, "revision", "replaced_at"))
        self._db.executemany(f"INSERT INTO stridewise_revisions ({cols}) VALUES ({', '.join('?' * (len(_COLUMNS) + 2))})",
                             kept)
        sets = ", ".join(f"{c} = ?" for c in (*_DATA, "source", "stored_at"))
        self._db.executemany(f"UPDATE stridewise_weeks SET {sets} WHERE athlete_key = ? AND week = ?",
                             [(*data, _text(source), now, key, d) for key, d, data, _old in changed])

    # -- reading -----------------------------------------------------------------------------
    def previous_week(self, week: dt.date) -> dict[str, WeekRow]:
        """athlete_key -> row, for the ISO week before ``week``'s."""
        day = (week_start(week) - dt.timedelta(days=7)).isoformat()
        return {rec[0]: _row(rec) for rec in self._db.stream(f"{_SELECT_ROWS} WHERE week = ?", (day,))}

    def last_answers(self, week: dt.date) -> dict[str, WeekRow]:
        """athlete_key -> the athlete's latest stored row before ``week``'s (one primary-key
        probe an athlete): what this week is compared with when they skipped a week."""
        day = week_start(week).isoformat()
        sql = (f"{_SELECT_ROWS} WHERE week = (SELECT max(v.week) FROM stridewise_weeks v"
               " WHERE v.athlete_key = stridewise_weeks.athlete_key AND v.week < ?)")
        return {rec[0]: _row(rec) for rec in self._db.stream(sql, (day,))}

    def rows(self, *, start: dt.date | None = None, end: dt.date | None = None, athlete: str | None = None,
             group: str | None = None) -> Iterator[WeekRow]:
        """Stored rows ordered by athlete_key, then week, streamed (memory stays flat), each
        ``corrected`` when a correction replaced it. ``start``
        and ``end`` are any day of the first and last week; ``athlete`` a name (or pseudonym) and
        ``group`` a group, each whatever its case and spacing."""
        where, params = [], []
        if start is not None:
            where.append("week >= ?")
            params.append(week_start(start).isoformat())
        if end is not None:
            where.append("week <= ?")
            params.append(week_start(end).isoformat())
        if athlete is not None:
            where.append("athlete_key = ?")
            params.append(self.key(athlete))
        if group is not None:  # like an athlete, a group is found whatever its case and spacing
            spellings = [g for g in self.groups() if athlete_key(g) == athlete_key(group)] or [group]
            where.append(f"grp IN ({', '.join('?' * len(spellings))})")
            params.extend(spellings)
        sql = _SELECT_HISTORY + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY athlete_key, week"
        return (_row(rec, bool(rec[_END])) for rec in self._db.stream(sql, tuple(params)))

    def groups(self) -> list[str]:
        """Every group stored, as spelled, sorted."""
        return sorted(g for (g,) in self._db.execute("SELECT DISTINCT grp FROM stridewise_weeks"))

    def athletes(self) -> list[str]:
        """Every athlete stored (the latest spelling of each), sorted by name: for 'did you mean'."""
        found = self._db.execute("SELECT athlete_key, athlete FROM stridewise_weeks ORDER BY athlete_key, week")
        return sorted({key: name for key, name in found}.values(), key=lambda n: (n.casefold(), n))

    def weeks(self) -> list[dt.date]:
        """The stored weeks (their Mondays), ascending."""
        return [dt.date.fromisoformat(w) for (w,) in
                self._db.execute("SELECT DISTINCT week FROM stridewise_weeks ORDER BY week")]

    def revisions(self, athlete: str, week: dt.date) -> list[Revision]:
        """The versions of an athlete's week that corrections replaced, oldest first."""
        cols = ", ".join((*_COLUMNS, "replaced_at"))
        found = self._db.execute(f"SELECT {cols} FROM stridewise_revisions WHERE athlete_key = ? AND week = ?"
                                 " ORDER BY revision", (self.key(athlete), week_start(week).isoformat()))
        return [Revision(_row(rec), rec[_END], dt.datetime.fromisoformat(rec[_END + 1]),
                         dt.datetime.fromisoformat(rec[_END + 2]))
                for rec in found]


def open_store(target: str, *, anonymize: bool = False, create: bool = True) -> Store:
    """Open (and, with ``create``, make) the weekly history at ``target``: a file path (SQLite)
    or a ``postgresql://`` URL. An older database is upgraded; a newer one is refused. A new
    database remembers ``anonymize``; an existing one must be opened the same way."""
    db = backend_for(target, create)
    try:
        with db.write():
            version = _version(db)
            if version is None and not create:
                raise StoreError(f"{db.shown}: not a stridewise database (no history stored yet)")
            for number in range((version or 0) + 1, LATEST + 1):
                for statement in MIGRATIONS[number - 1]:
                    db.execute(statement)
                if number == 1:
                    db.execute("INSERT INTO stridewise_schema (version) VALUES (1)")
                    db.executemany("INSERT INTO stridewise_settings (name, value) VALUES (?, ?)",
                                   [("anonymize", "1" if anonymize else "0"), ("salt", secrets.token_hex(32))])
                else:
                    db.execute("UPDATE stridewise_schema SET version = ?", (number,))
            settings = dict(db.execute("SELECT name, value FROM stridewise_settings"))
        stored = settings.get("anonymize") == "1"
        if stored != anonymize:
            raise StoreUsageError(
                f"{db.shown} stores pseudonyms (it was made with --anonymize): add --anonymize" if stored else
                f"{db.shown} stores names (it was made without --anonymize): leave out --anonymize, or use a new database")
        return Store(db, stored, settings["salt"])
    except BaseException:
        db.close()
        raise


def _version(db: Backend) -> int | None:
    """The schema version, None for a database with no stridewise tables yet."""
    if not db.has_table("stridewise_schema"):
        if db.foreign_tables():
            raise StoreError(f"{db.shown}: not a stridewise database (it holds other tables)")
        return None
    found = db.execute("SELECT version FROM stridewise_schema")
    if len(found) != 1:
        raise StoreError(f"{db.shown}: damaged stridewise database (its schema version is missing)")
    version = found[0][0]
    if version > LATEST:
        raise StoreError(f"{db.shown} was made by a newer stridewise (database version {version}; this one reads "
                         f"up to {LATEST}): upgrade stridewise")
    return version
