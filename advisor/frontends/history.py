"""The ``history`` front end: stored weeks in, a history report out, streamed.

The store gives each athlete's weeks in athlete order; the builder turns them into one trend
per athlete at a time, which the writer draws (JSON and CSV at once, the human formats at the
end from the bounded summary). The database is only ever opened, never created: a mistyped
``--db`` is one clear line, not a new empty file.
"""
from __future__ import annotations

import contextlib
import dataclasses
import difflib
import datetime as dt
import itertools
import os
import sys

from advisor.errors import InputError, show
from advisor.frontends.output import atomic_writer
from advisor.reasoning.history import athlete_key, iso_week
from advisor.reasoning.trends import HistoryFilters, HistoryHead
from advisor.render import history_writer
from advisor.screening.trends import HistoryBuilder

class NothingInRange(Exception):
    """No stored week (or no stored row for the athlete or group asked for) in the range.
    Not an error of the input: the command line says so and exits 1, like a search that finds nothing."""


def is_database_url(target: str) -> bool:
    return "://" in target


def open_history(target: str, anonymize: bool = False):
    """The store at ``target``, never created. A missing SQLite file is bad input (exit 3)."""
    if not is_database_url(target) and not os.path.exists(target):
        raise InputError(target, "", "no such history database (weeks are stored with "
                                     "'stridewise screen ROSTER --db FILE')")
    from advisor.store import open_store  # only now: the store's driver is not loaded for other commands
    return open_store(target, anonymize=anonymize, create=False)


def weeks_in_range(stored, start: dt.date | None, end: dt.date | None) -> tuple[dt.date, ...]:
    return tuple(sorted(w for w in set(stored) if (start is None or w >= start) and (end is None or w <= end)))


def _range_words(filters: HistoryFilters) -> str:
    start = iso_week(filters.start) if filters.start else "the first stored week"
    end = iso_week(filters.end) if filters.end else "the last"
    who = "".join(f" for {what} '{show(value)}'" for what, value in (("athlete", filters.athlete),
                                                                     ("group", filters.group)) if value is not None)
    return f"from {start} to {end}{who}"


SUGGESTED = 10
"""At most this many stored athletes or groups are named when a filter matches nothing."""


def _stored_hint(store, filters: HistoryFilters) -> str:
    """What to type instead, when --athlete or --group matched nothing: 'did you mean' and a short
    list of what is stored ('' when the name is stored, only not in the range)."""
    for what, typed, stored in (("athletes", filters.athlete, store.athletes), ("groups", filters.group, store.groups)):
        if typed is None:
            continue
        if what == "athletes" and store.anonymize:  # pseudonyms: nothing a coach could pick from
            return "; the history stores pseudonyms: check the spelling of the name"
        known = {athlete_key(name): name for name in stored()}
        if athlete_key(typed) in known:
            return f"; '{show(typed)}' has answers stored in other weeks"
        close = difflib.get_close_matches(athlete_key(typed), list(known), n=1, cutoff=0.6)
        names = sorted(known.values(), key=lambda n: (n.casefold(), n))
        listed = ", ".join(show(n) for n in names[:SUGGESTED]) + (f" and {len(names) - SUGGESTED} more"
                                                                   if len(names) > SUGGESTED else "")
        if not names:
            return f"; no {what} stored"
        return (f"; did you mean '{show(known[close[0]])}'? ({what} stored: {listed})" if close
                else f"; {what} stored: {listed}")
    return ""


def write_history(store, notice: str, flag_labels: dict[str, str], filters: HistoryFilters, fmt: str,
                  output: str | None) -> None:
    """Build the report from ``store`` and write it in ``fmt`` to ``output`` (stdout without one)."""
    if filters.athlete is not None:
        # A database of pseudonyms: the report names the pseudonym, never the name typed to find it
        filters = dataclasses.replace(filters, athlete=store.rename(filters.athlete))
    stored = tuple(store.weeks())
    weeks = weeks_in_range(stored, filters.start, filters.end)
    if not weeks:
        held = f"; the history holds {iso_week(min(stored))} to {iso_week(max(stored))}" if stored else \
            "; the history holds no week yet"
        raise NothingInRange(f"no stored weeks {_range_words(filters)}{held}")
    # a one-week range still says what changed: against the stored week before it, even before --from
    before = max((w for w in stored if w < weeks[0]), default=None) if len(weeks) == 1 else None
    rows = iter(store.rows(start=before or weeks[0], end=weeks[-1], athlete=filters.athlete, group=filters.group))
    first = next(rows, None)
    if first is None:
        raise NothingInRange(f"no stored answers {_range_words(filters)}{_stored_hint(store, filters)}")
    builder = HistoryBuilder(HistoryHead(notice, weeks, filters, before=before, flag_labels=flag_labels))
    head = builder.head
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(atomic_writer(output)) if output else sys.stdout
        writer = history_writer(fmt, out)
        writer.begin(head)
        for trend in builder.athletes(itertools.chain((first,), rows)):
            writer.athlete(trend)
        writer.end(builder.summary())


__all__ = ["NothingInRange", "open_history", "weeks_in_range", "write_history"]
