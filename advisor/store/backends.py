"""The two databases behind a ``Store``: a SQLite file (the default, no server) and a
PostgreSQL server (a club that shares one). Only what differs lives here: connecting, the
write lock, streaming a query, and the words of a failure. SQL is written once with ``?``
placeholders; the PostgreSQL side turns them into ``%s`` (no statement here has a literal ``?``).
"""
from __future__ import annotations

import contextlib
import os
from abc import ABC, abstractmethod
import re
import sqlite3
import stat
from typing import Any, Iterator

from advisor.errors import show
from advisor.store.errors import StoreError, StoreUsageError

BUSY_TIMEOUT = 60.0
"""Seconds a SQLite import waits for another one to finish before giving up."""
STREAM_BATCH = 2000
"""Rows fetched at a time by ``stream``: memory stays flat however long the history."""
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_LOCK_KEY = int.from_bytes(b"Stridewi", "big")
"""PostgreSQL advisory lock taken by every write: one import at a time per database."""


def backend_for(target: str, create: bool) -> "Backend":
    """A connected backend for a file path or a ``postgresql://`` URL."""
    if not target or not target.strip():
        raise StoreUsageError("--db: empty; give a file path or a postgresql:// URL")
    if _SCHEME.match(target):
        scheme = target.split(":", 1)[0].lower()
        if scheme not in ("postgresql", "postgres"):
            raise StoreUsageError(f"--db {target.split('://', 1)[0]}://...: not a file path or a postgresql:// URL")
        return PostgresBackend(target)
    return SQLiteBackend(target, create)


class Backend(ABC):
    shown: str
    """The target as messages show it: escaped, a URL without its password."""
    created: bool = False
    """True when this connection made the database (SQLite: the file)."""

    @abstractmethod
    def execute(self, sql: str, params: tuple = ()) -> list[tuple]:
        ...

    @abstractmethod
    def executemany(self, sql: str, rows: list[tuple]) -> None:
        ...

    @abstractmethod
    def stream(self, sql: str, params: tuple = ()) -> Iterator[tuple]:
        ...

    @abstractmethod
    def write(self) -> contextlib.AbstractContextManager:
        """One transaction that no other writer can interleave with; rolled back on any error."""
        ...

    @abstractmethod
    def has_table(self, name: str) -> bool:
        ...

    def foreign_tables(self) -> bool:
        """Whether this database holds tables that are not ours (a file of another program)."""
        return False

    @abstractmethod
    def close(self) -> None:
        ...


class SQLiteBackend(Backend):
    def __init__(self, path: str, create: bool):
        self.shown = show(path)
        self.path = path
        self._make_private_file(create)
        try:
            # isolation_level=None: transactions are ours (BEGIN IMMEDIATE below), never implicit
            self.conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as err:
            with contextlib.suppress(Exception):
                self.conn.close()
            raise self._failed(err) from err

    def _make_private_file(self, create: bool) -> None:
        """Create the file readable by its owner only before SQLite opens it: SQLite would
        create it with the umask's mode (often world-readable), and gives its -journal and -wal
        files the database file's own mode."""
        try:
            info = os.stat(self.path)
        except FileNotFoundError:
            if not create:
                raise StoreError(f"{self.shown}: no such file") from None
            folder = os.path.dirname(os.path.abspath(self.path))
            if not os.path.isdir(folder):
                raise StoreError(f"{self.shown}: no such folder") from None
            try:
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
                self.created = True
            except FileExistsError:
                pass  # another import made it a moment ago: open that one
            except OSError as err:
                raise StoreError(f"{self.shown}: cannot create: {err.strerror or err}") from err
            return
        except (OSError, ValueError) as err:
            raise StoreError(f"{self.shown}: cannot open: {getattr(err, 'strerror', None) or err}") from err
        if stat.S_ISDIR(info.st_mode):
            raise StoreError(f"{self.shown}: is a folder, not a database file")
        if not stat.S_ISREG(info.st_mode):
            raise StoreError(f"{self.shown}: not a regular file")

    def _failed(self, err: sqlite3.Error) -> StoreError:
        text = str(err)
        if "not a database" in text or "malformed" in text:
            return StoreError(f"{self.shown}: not a stridewise database (not an SQLite file)")
        if "locked" in text or "busy" in text:
            return StoreError(f"{self.shown}: busy: another import held it for {BUSY_TIMEOUT:.0f} s")
        if "readonly" in text or "unable to open" in text:
            return StoreError(f"{self.shown}: cannot write: {text}")
        return StoreError(f"{self.shown}: {text}")

    def execute(self, sql, params=()):
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as err:
            raise self._failed(err) from err

    def executemany(self, sql, rows):
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.DatabaseError as err:
            raise self._failed(err) from err

    def stream(self, sql, params=()):
        try:
            cursor = self.conn.execute(sql, params)
            while batch := cursor.fetchmany(STREAM_BATCH):
                yield from batch
        except sqlite3.DatabaseError as err:
            raise self._failed(err) from err

    @contextlib.contextmanager
    def write(self):
        # IMMEDIATE takes the write lock now (waiting up to BUSY_TIMEOUT for another import),
        # so two imports never both read a week and then both write it.
        self.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise
        self.execute("COMMIT")

    def has_table(self, name):
        return bool(self.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)))

    def foreign_tables(self):
        return bool(self.execute("SELECT 1 FROM sqlite_master WHERE name NOT LIKE 'stridewise%' LIMIT 1"))

    def close(self):
        self.conn.close()


_USERINFO_PASSWORD = re.compile(r"^([^:/]+://[^:/@?#]*:)([^@/?#]*)@")
_QUERY_PASSWORD = re.compile(r"([?&]password=)([^&#]*)", re.IGNORECASE)


def _without_password(url: str) -> str:
    """The URL for messages: a password, as user:PASSWORD@ or ?password=, shown as ***.
    (Plain regular expressions: this module stays free of network libraries, urllib included.)"""
    return show(_QUERY_PASSWORD.sub(r"\1***", _USERINFO_PASSWORD.sub(r"\1***@", url)))


class PostgresBackend(Backend):
    def __init__(self, url: str):
        self.shown = _without_password(url)
        # libpq quotes a URL it cannot parse, password and all: every message is cleaned of them
        self._secrets = [m.group(2) for m in _USERINFO_PASSWORD.finditer(url) if m.group(2)] + \
            [m.group(2) for m in _QUERY_PASSWORD.finditer(url) if m.group(2)]
        try:
            import psycopg  # lazily: only a postgresql:// target pays for it
        except ImportError as err:
            raise StoreError(f"{self.shown}: PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from err
        self.psycopg = psycopg
        try:
            # autocommit: every transaction is an explicit conn.transaction() below
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as err:
            raise StoreError(f"{self.shown}: cannot connect: {self._reason(err)}") from err
        except Exception as err:  # a malformed URL is a ProgrammingError or a ValueError
            raise StoreUsageError(f"{self.shown}: not a usable postgresql:// URL: {self._reason(err)}") from err

    def _reason(self, err: Exception) -> str:
        # the first line only: the server's DETAIL lines can quote stored values (athlete data)
        lines = [line.strip() for line in str(err).splitlines() if line.strip()]
        reason = lines[0] if lines else type(err).__name__
        for secret in self._secrets:
            reason = reason.replace(secret, "***")
        return reason

    def _failed(self, err: Exception) -> StoreError:
        return StoreError(f"{self.shown}: {self._reason(err)}")

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("?", "%s")

    def execute(self, sql, params=()):
        try:
            with self.conn.cursor() as cur:
                cur.execute(self._sql(sql), params)
                return cur.fetchall() if cur.description else []
        except self.psycopg.Error as err:
            raise self._failed(err) from err

    def executemany(self, sql, rows):
        try:
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(sql), rows)
        except self.psycopg.Error as err:
            raise self._failed(err) from err

    def stream(self, sql, params=()):
        # A server-side cursor, read STREAM_BATCH rows at a time: a season of a big club is
        # never held in memory, on either side.
        try:
            with self.conn.transaction(), self.conn.cursor(name="stridewise_rows") as cur:
                cur.itersize = STREAM_BATCH
                cur.execute(self._sql(sql), params)
                yield from cur
        except self.psycopg.Error as err:
            raise self._failed(err) from err

    @contextlib.contextmanager
    def write(self):
        try:
            with self.conn.transaction():
                # held until commit or rollback: one import at a time, whoever else shares the server
                self.execute("SELECT pg_advisory_xact_lock(?)", (_LOCK_KEY,))
                yield
        except self.psycopg.Error as err:
            raise self._failed(err) from err

    def has_table(self, name):
        return self.execute("SELECT to_regclass(?)", (name,))[0][0] is not None

    def close(self):
        self.conn.close()
