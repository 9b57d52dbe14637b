"""The weekly history store (advisor/store): the same tests on SQLite and on a real PostgreSQL."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
import os
import sqlite3
import tracemalloc

import pytest
from hypothesis import given, strategies as st

from advisor.reasoning.history import WeekRow, athlete_key
from advisor.reasoning.team import Label
from advisor.store import (ImportSummary, StoreError, StoreUsageError, open_store, parse_week, week_name)
from advisor.store.schema import LATEST, MIGRATIONS

W48 = dt.date(2026, 11, 23)
W47 = W48 - dt.timedelta(days=7)
W49 = W48 + dt.timedelta(days=7)


def row(name="Ana Lopez", week=W48, group="distance", severity=25, cause="weak_glutes", **changes) -> WeekRow:
    base = WeekRow(week, name, group, True, "", ("night_pain",) if severity and severity > 50 else (),
                   Label(cause, cause.replace("_", " ")) if cause else None, 0.7 if cause else 0.0,
                   Label("pfp", "Patellofemoral pain") if cause else None, severity,
                   None if severity is None else severity >= 40, True)
    return base if not changes else _replace(base, **changes)


def _replace(r, **changes):
    from dataclasses import replace
    return replace(r, **changes)


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path):
    """Where a new store goes: a file path, or a fresh database on the test PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "history.db")
    return request.getfixturevalue("postgres_url")


def dump(target) -> dict:
    """Every table's content, sorted: what "changes nothing" is checked against."""
    tables = ("stridewise_schema", "stridewise_settings", "stridewise_weeks", "stridewise_revisions",
              "stridewise_imports")
    if target.startswith("postgresql://"):
        import psycopg
        with psycopg.connect(target) as conn:
            return {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}").fetchall()), key=repr) for t in tables}
    with sqlite3.connect(target) as conn:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


# -- importing ---------------------------------------------------------------------------------
def test_import_counts_new_corrected_unchanged(target):
    with open_store(target) as store:
        first = store.import_week(W48, [row("Ana"), row("Ben"), row("Cy")], "w48.csv")
        again = store.import_week(W48 + dt.timedelta(days=3), [row("Ana"), row("Ben", severity=50), row("Dee")],
                                  "w48b.csv")
    assert first == ImportSummary(W48, 3, 0, 0)
    assert again == ImportSummary(W48, new=1, corrected=1, unchanged=1)
    assert again.athletes == 3


def test_reimporting_the_same_week_changes_nothing(target):
    rows = [row(f"Athlete {n}", severity=n) for n in range(30)]
    with open_store(target) as store:
        store.import_week(W48, rows, "w48.csv")
        before = dump(target)
        summary = store.import_week(W48, rows, "w48.csv")
        assert summary == ImportSummary(W48, 0, 0, 30)
    assert dump(target) == before


def test_a_correction_keeps_every_replaced_version_oldest_first(target):
    with open_store(target) as store:
        store.import_week(W48, [row("Ana", severity=10)], "monday.csv")
        store.import_week(W48, [row("Ana", severity=20)], "tuesday.csv")
        store.import_week(W48, [row("Ana", severity=30, group="sprint")], "friday.csv")
        revisions = store.revisions("ana", W48 + dt.timedelta(days=6))
        current = list(store.rows())
    assert [r.row.severity for r in revisions] == [10, 20]
    assert [r.source for r in revisions] == ["monday.csv", "tuesday.csv"]
    assert all(r.stored_at <= r.replaced_at for r in revisions)
    assert [(r.athlete, r.severity, r.group) for r in current] == [("Ana", 30, "sprint")]


def test_an_athlete_is_recognised_by_athlete_key(target):
    with open_store(target) as store:
        store.import_week(W48, [row("Ana  Lopez")], "a.csv")
        summary = store.import_week(W48, [row("ana lopez")], "b.csv")
        assert summary.corrected == 1  # the display name changed, the athlete did not
        assert [r.athlete for r in store.rows(athlete="ANA LOPEZ")] == ["ana lopez"]


def test_duplicates_in_one_import_keep_the_first(target):
    with open_store(target) as store:
        summary = store.import_week(W48, [row("Ana", severity=10), row("ANA", severity=90)], "a.csv")
        assert (summary.new, summary.duplicates) == (1, 1)
        assert [r.severity for r in store.rows()] == [10]


def test_rows_of_any_day_are_stored_under_the_monday(target):
    with open_store(target) as store:
        store.import_week(dt.date(2026, 11, 29), [row("Ana", week=dt.date(2026, 11, 29))], "a.csv")  # a Sunday
        assert store.weeks() == [W48]
        assert next(store.rows()).week == W48


# -- reading -----------------------------------------------------------------------------------
def _season(store):
    store.import_week(W49, [row("Cy", week=W49, group="sprint"), row("Ana", week=W49)], "w49.csv")
    store.import_week(W47, [row("Ben", week=W47), row("Ana", week=W47)], "w47.csv")
    store.import_week(W48, [row("Ana"), row("Ben"), row("Cy", group="sprint")], "w48.csv")


def test_weeks_ascending_and_previous_week(target):
    with open_store(target) as store:
        _season(store)
        assert store.weeks() == [W47, W48, W49]
        previous = store.previous_week(W48 + dt.timedelta(days=4))
        assert sorted(previous) == ["ana", "ben"]
        assert previous["ben"] == row("Ben", week=W47)
        assert store.previous_week(W47) == {}


def test_rows_ordered_by_athlete_then_week_and_filtered(target):
    with open_store(target) as store:
        _season(store)
        every = [(r.athlete, r.week) for r in store.rows()]
        assert every == sorted(every, key=lambda p: (athlete_key(p[0]), p[1])) and len(every) == 7
        assert [(r.athlete, r.week) for r in store.rows(start=W48 + dt.timedelta(days=2))] == \
            [("Ana", W48), ("Ana", W49), ("Ben", W48), ("Cy", W48), ("Cy", W49)]
        assert [r.week for r in store.rows(end=W48, athlete="ana")] == [W47, W48]
        assert [(r.athlete, r.week) for r in store.rows(group="sprint")] == [("Cy", W48), ("Cy", W49)]
        assert list(store.rows(start=W49, end=W47)) == []


def _streaming_peak(store) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = sum(1 for _ in store.rows())
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_rows_stream_with_flat_memory(target):
    """Reading back five times as many rows takes no more memory: rows are streamed, never all held."""
    with open_store(target) as store:
        store.import_week(W47, [row(f"Athlete {n:05d}", week=W47) for n in range(5000)], "w47.csv")
        small, small_peak = _streaming_peak(store)
        for week in (W48, W49, W49 + dt.timedelta(days=7), W49 + dt.timedelta(days=14)):
            store.import_week(week, [row(f"Athlete {n:05d}", week=week) for n in range(5000)], "more.csv")
        big, big_peak = _streaming_peak(store)
    assert (small, big) == (5000, 25000)
    assert big_peak < small_peak * 1.5, (small_peak, big_peak)


# every character either database can keep (NUL and lone surrogates: see the test after)
storable = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
names = st.text(storable, min_size=1, max_size=30).filter(lambda s: s.strip())
labels = st.none() | st.builds(Label, st.from_regex(r"[a-z_]{1,20}", fullmatch=True), st.text(storable, max_size=40))
week_rows = st.builds(
    WeekRow, week=st.just(W48), athlete=names, group=st.text(storable, max_size=20), answered=st.booleans(),
    triage=st.sampled_from(["", "emergency", "urgent", "soon"]),
    red_flags=st.lists(st.from_regex(r"[a-z_]{1,20}", fullmatch=True), max_size=3).map(tuple),
    cause=labels, certainty=st.floats(0, 1), condition=labels, severity=st.none() | st.integers(0, 100),
    substantial=st.none() | st.booleans(), flags_asked=st.booleans())


@given(stored=week_rows)
def test_a_row_comes_back_exactly_as_stored(target, stored):
    with open_store(target) as store:
        store.import_week(W48, [stored], "p.csv")
        back = next(store.rows(athlete=stored.athlete))
        # the answer exactly; 'corrected' is the store's own mark (an earlier example may have stored this week)
        assert replace(back, corrected=False) == replace(stored, corrected=False)
        assert store.import_week(W48, [stored], "p.csv").unchanged == 1


def test_text_neither_database_can_keep_is_stored_the_same_on_both(target):
    with open_store(target) as store:
        summary = store.import_week(W48, [row("Ana\x00Lopez", group="dist\ud800ance",
                                              cause="weak\x00glutes")], "roster\x00.csv")
        back = next(store.rows())
        assert (back.athlete, back.group, back.cause.id) == ("Ana\ufffdLopez", "dist\ufffdance", "weak\ufffdglutes")
        assert summary.new == 1 and store.revisions("Ana\ufffdLopez", W48) == []
        assert store.import_week(W48, [row("Ana\x00Lopez", group="dist\ud800ance", cause="weak\x00glutes")],
                                 "r.csv").unchanged == 1


# -- anonymize ---------------------------------------------------------------------------------
def _everything_stored(target) -> str:
    return repr(dump(target))


def test_anonymized_database_stores_pseudonyms_never_names(target):
    with open_store(target, anonymize=True) as store:
        store.import_week(W47, [row("Zelda Quist", week=W47)], "w47.csv")
    with open_store(target, anonymize=True) as store:
        store.import_week(W48, [row("zelda  quist"), row("Zelda Quist", severity=5)], "w48.csv")
        stored = list(store.rows())
        again = list(store.rows(athlete="Zelda Quist"))
        pseudonym = store.rename("Zelda Quist")
    assert "zelda" not in _everything_stored(target).lower()
    if not target.startswith("postgresql://"):
        assert b"Zelda" not in open(target, "rb").read() and b"zelda" not in open(target, "rb").read()
    assert {r.athlete for r in stored} == {pseudonym} and len(stored) == 2  # one athlete, week after week
    assert again == stored
    assert pseudonym.startswith("athlete-")


def test_each_database_has_its_own_secret_salt(tmp_path):
    with open_store(str(tmp_path / "a.db"), anonymize=True) as a, open_store(str(tmp_path / "b.db"),
                                                                             anonymize=True) as b:
        assert a.rename("Ana") != b.rename("Ana")
        assert a.rename("Ana") == a.rename(" ana ") == a.rename(a.rename("Ana"))


def test_a_database_of_names_keeps_names(target):
    with open_store(target) as store:
        assert store.rename("Ana Lopez") == "Ana Lopez"


@pytest.mark.parametrize("made_with", [True, False])
def test_anonymize_must_match_the_database(target, made_with):
    open_store(target, anonymize=made_with).close()
    with pytest.raises(StoreUsageError) as err:
        open_store(target, anonymize=not made_with)
    assert err.value.exit_code == 2
    assert ("add --anonymize" if made_with else "leave out --anonymize") in str(err.value)
    assert "\n" not in str(err.value)


# -- schema versions ---------------------------------------------------------------------------
def _make_at_version(target, version: int) -> None:
    """A database as the code of schema ``version`` made it, with one stored row."""
    if target.startswith("postgresql://"):
        import psycopg
        conn = psycopg.connect(target, autocommit=True)
        run = lambda sql, params=(): conn.execute(sql.replace("?", "%s"), params)  # noqa: E731
    else:
        conn = sqlite3.connect(target, isolation_level=None)
        run = conn.execute
    for statements in MIGRATIONS[:version]:
        for statement in statements:
            run(statement)
    run("INSERT INTO stridewise_schema (version) VALUES (?)", (version,))
    run("INSERT INTO stridewise_settings (name, value) VALUES ('anonymize', '0'), ('salt', 'x')")
    # (the columns of version 1, named: a later version's added columns take their defaults)
    run("INSERT INTO stridewise_weeks (athlete_key, week, athlete, grp, answered, triage, red_flags, cause_id,"
        " cause_label, certainty, condition_id, condition_label, severity, substantial, flags_asked, source, stored_at)"
        " VALUES (?, ?, ?, ?, 1, '', '[]', 'weak_glutes', 'weak glutes', 0.7,"
        " NULL, NULL, 17, 0, 1, 'old.csv', '2026-11-16T10:00:00+00:00')", ("ana", W47.isoformat(), "Ana", "g"))
    conn.close()


@pytest.mark.parametrize("version", range(1, LATEST))
def test_upgrades_from_every_earlier_version_keeping_the_data(target, version):
    _make_at_version(target, version)
    with open_store(target) as store:
        assert [(r.athlete, r.week, r.severity, r.cause.id) for r in store.rows()] == [("Ana", W47, 17, "weak_glutes")]
        assert store.import_week(W48, [row("Ana")], "new.csv").new == 1
    assert dump(target)["stridewise_schema"] == [(LATEST,)]


def test_a_database_from_a_newer_version_is_refused(target):
    open_store(target).close()
    _set_version(target, LATEST + 1)
    with pytest.raises(StoreError, match=rf"newer stridewise \(database version {LATEST + 1}; .*upgrade stridewise"):
        open_store(target)


def _set_version(target, version):
    if target.startswith("postgresql://"):
        import psycopg
        with psycopg.connect(target, autocommit=True) as conn:
            conn.execute("UPDATE stridewise_schema SET version = %s", (version,))
    else:
        with sqlite3.connect(target) as conn:
            conn.execute("UPDATE stridewise_schema SET version = ?", (version,))


def test_a_new_database_is_at_the_latest_version(target):
    open_store(target).close()
    assert dump(target)["stridewise_schema"] == [(LATEST,)]


# -- the SQLite file ---------------------------------------------------------------------------
def test_the_file_and_its_journals_are_readable_by_the_owner_only(tmp_path):
    old = os.umask(0)  # the most permissive umask: the mode must not come from it
    try:
        path = tmp_path / "history.db"
        with open_store(str(path)) as store:
            store.import_week(W48, [row()], "a.csv")
        assert oct(path.stat().st_mode & 0o777) == "0o600"
        # a rollback journal exists only mid-transaction: look at it then
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM stridewise_weeks")
        journal = tmp_path / "history.db-journal"
        assert oct(journal.stat().st_mode & 0o777) == "0o600"
        conn.execute("ROLLBACK")
        conn.execute("PRAGMA journal_mode=WAL")  # someone switches the file to WAL
        conn.execute("DELETE FROM stridewise_weeks")
        for name in ("history.db-wal", "history.db-shm"):
            assert oct((tmp_path / name).stat().st_mode & 0o777) == "0o600", name
        conn.close()
    finally:
        os.umask(old)


def test_an_existing_file_keeps_its_mode(tmp_path):
    path = tmp_path / "shared.db"
    path.touch(mode=0o640)
    os.chmod(path, 0o640)
    open_store(str(path)).close()
    assert oct(path.stat().st_mode & 0o777) == "0o640"


@pytest.mark.parametrize("content, message", [
    (b"athlete,group\nAna,distance\n", "not a stridewise database (not an SQLite file)"),
    (None, "not a stridewise database (it holds other tables)"),
])
def test_a_file_that_is_not_a_stridewise_database(tmp_path, content, message):
    path = tmp_path / "other.db"
    if content is None:
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE invoices (n INTEGER)")
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        open_store(str(path))
    assert str(err.value) == f"{path}: {message}" and err.value.exit_code == 3
    assert path.read_bytes() == before  # not touched


def test_missing_file_or_folder(tmp_path):
    with pytest.raises(StoreError, match="no such file"):
        open_store(str(tmp_path / "none.db"), create=False)
    with pytest.raises(StoreError, match="no such folder"):
        open_store(str(tmp_path / "nowhere" / "h.db"))
    with pytest.raises(StoreError, match="is a folder"):
        open_store(str(tmp_path))
    assert not (tmp_path / "none.db").exists()


def test_an_empty_file_becomes_a_database(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    with open_store(str(path)) as store:
        assert store.weeks() == []


# -- targets -----------------------------------------------------------------------------------
@pytest.mark.parametrize("target, message", [
    ("mysql://u:secret@host/db", "--db mysql://...: not a file path or a postgresql:// URL"),
    ("sqlite:///x.db", "--db sqlite://...: not a file path or a postgresql:// URL"),
    ("", "--db: empty; give a file path or a postgresql:// URL"),
])
def test_a_target_that_is_neither_a_path_nor_a_postgresql_url(target, message):
    with pytest.raises(StoreUsageError) as err:
        open_store(target)
    assert str(err.value) == message and err.value.exit_code == 2


def test_an_unreachable_server_is_one_line_without_the_password(tmp_path):
    with pytest.raises(StoreError) as err:
        open_store(f"postgresql://coach:hunter2@/club?host={tmp_path}&port=1")
    text = str(err.value)
    assert text.startswith("postgresql://coach:***@/club?host=") and "cannot connect" in text
    assert "hunter2" not in text and "\n" not in text and err.value.exit_code == 3


def test_a_missing_postgresql_database(postgresql_server):
    with pytest.raises(StoreError, match="cannot connect.*does not exist"):
        open_store(postgresql_server.url("no_such_club"))


def test_postgresql_shares_a_database_with_other_tables(postgres_url):
    import psycopg
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE members (name TEXT)")
    with open_store(postgres_url) as store:
        assert store.import_week(W48, [row()], "a.csv").new == 1


# -- weeks -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, monday", [
    ("2026-W48", W48), ("2026-w48", W48), ("2026-11-23", W48), ("2026-11-29", W48), ("2027-01-01", dt.date(2026, 12, 28)),
    ("2026-W01", dt.date(2025, 12, 29)), ("2026-W53", dt.date(2026, 12, 28)),
])
def test_parse_week(text, monday):
    assert parse_week(text) == monday


@pytest.mark.parametrize("text", ["2026-W54", "2025-W53", "2026-13-01", "last week", "48", ""])
def test_parse_week_refuses(text):
    with pytest.raises(ValueError):
        parse_week(text)


def test_week_name():
    assert week_name(W48) == "2026-W48 (23 Nov 2026)"


@pytest.mark.parametrize("url, shown", [
    ("postgresql://coach:hunter2@db.club.org:5432/club", "postgresql://coach:***@db.club.org:5432/club"),
    ("postgresql:///club?host=/run/pg&password=hunter2&port=5", "postgresql:///club?host=/run/pg&password=***&port=5"),
    ("postgres://coach@db/club", "postgres://coach@db/club"),
])
def test_messages_never_show_a_password(url, shown):
    from advisor.store.backends import _without_password
    assert _without_password(url) == shown


@pytest.mark.parametrize("url", ["postgresql://coach:hunter2@[bad/club", "postgresql://coach@[bad/club?password=hunter2"])
def test_a_malformed_url_is_refused_without_its_password(url):
    with pytest.raises(StoreError) as err:
        open_store(url)
    assert "hunter2" not in str(err.value) and "***" in str(err.value) and "\n" not in str(err.value)
