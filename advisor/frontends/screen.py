"""The ``screen`` front end: roster in, team report out, problems on stderr, nothing lost.

SIGTERM and SIGHUP stop a screen like Ctrl-C does: workers stop, a partial ``-o`` file is
removed, one line goes to stderr and the exit code is 128 + the signal number.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import signal
import sys

import click

from advisor.errors import AdvisorError, InputError
from advisor.frontends.output import Stopped, atomic_writer, stop_on_signals
from advisor.inputs.reading import is_regular
from advisor.inputs.roster import RosterReader, open_text, pseudonym
from advisor.reasoning.history import WeekRow, week_start
from advisor.reasoning.team import UnreadRow
from advisor.render import team_writer
from advisor.render.common import visible
from advisor.screening.report import TeamScreen
from advisor.store import Store, week_name


class StoppedBySignal(AdvisorError):
    """SIGTERM or SIGHUP arrived mid-screen."""

    exit_now = True
    """Leave at once after saying so: a pool interrupted mid-call may never shut down cleanly."""

    def __init__(self, signum: int, wrote_to_file: bool):
        self.exit_code = 128 + signum
        what = "no report was written" if wrote_to_file else "the report is incomplete"
        super().__init__(f"stopped by {signal.Signals(signum).name}; {what}")


def _count_lines(path: str) -> int:
    """Lines in a regular file, for the progress bar and the choice of a process pool; 0 for
    anything else. A pipe, FIFO or device is never opened a second time: that read would
    drain the very rows the roster reader is about to screen."""
    if not is_regular(path):
        return 0
    try:
        with open(path, "rb") as fh:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
    except OSError:
        return 0


def screen_roster(advisor, roster: str, fmt: str, output: str | None, input_format: str | None,
                  strict: bool, salt: str | None, workers: int | None, *, store: Store | None = None,
                  week: dt.date | None = None) -> tuple[UnreadRow, ...]:
    """Screen ``roster`` into a report in ``fmt``; returns the rows with problems that make
    ``screen`` exit 5: rows that could not be read, and notes on data errors in rows that were
    (an unknown id left out). Notes that are information only (words read from free text, for
    the coach to confirm) are in the report and on stderr, but not returned.
    ``week``: any day of the week screened (default: today's). With a ``store``, last week's
    stored rows give each athlete's change, and each screened athlete's week is stored there
    afterwards (unread rows are not)."""
    week = week_start(week or dt.date.today())
    try:
        with stop_on_signals():
            return _screen(advisor, roster, fmt, output, input_format, strict, salt, workers, store, week)
    except Stopped as stop:
        raise StoppedBySignal(stop.signum, bool(output)) from None


def _screen(advisor, roster, fmt, output, input_format, strict, salt, workers, store, week) -> tuple[UnreadRow, ...]:
    kb = advisor.kb
    stream, shown = open_text(roster)
    with stream, contextlib.ExitStack() as stack:
        reader = RosterReader(kb, stream, shown, input_format, path=roster)
        expected = _count_lines(roster)
        out = stack.enter_context(atomic_writer(output)) if output else sys.stdout
        rename = (lambda name: pseudonym(name, salt)) if salt is not None else None
        previous, last, stored = None, None, None
        if store is not None:
            previous, last, stored = store.previous_week(week), store.last_answers(week), []
            if store.anonymize:  # the report shows the pseudonyms the database keeps
                rename = store.rename
        screen = TeamScreen(advisor, workers, rename, week=week, previous=previous, last=last)
        writer = team_writer(fmt, out)
        progress = _progress(expected)
        if progress:
            stack.callback(progress.stop)
        writer.begin(screen.head)
        # closing(): a failure or signal mid-roster stops the worker pool now, not at garbage collection
        with contextlib.closing(screen.rows(reader, expected)) as rows:
            for row in rows:
                if isinstance(row, UnreadRow):
                    if strict and not row.info:  # words read from free text are no bad row
                        raise InputError(shown, f"line {row.line}", visible(row.reason) + " (--strict)")
                    # (a note to confirm is listed in the report, and counted in the last line:
                    # printed here too, a terminal showed each twice, above the report; test drive 55)
                    if not row.info:
                        click.echo(f"stridewise: {shown}: {visible(str(row))}", err=True)
                elif stored is not None:
                    stored.append(WeekRow.of(row, week))
                writer.row(row)
                if progress:
                    progress.advance()
        summary = screen.summary()
        writer.end(summary)
    if store is not None:
        done = store.import_week(week, stored, source=shown)
        # "new" read as new athletes to a coach: say what it counts, the first answer stored for this week
        click.echo(f"stridewise: stored week {week_name(done.week)} in {store.shown}: {done.athletes} "
                   f"{'athlete' if done.athletes == 1 else 'athletes'} stored: {done.new} first "
                   f"{'answer' if done.new == 1 else 'answers'} for this week, {done.corrected} corrected, "
                   f"{done.unchanged} unchanged", err=True)
    problems = tuple(p for p in summary.problems if not p.info)
    notes = sum(1 for p in summary.problems if p.info and p.screened)  # words read from free text
    replaced = sum(1 for p in summary.problems if p.info and not p.screened)  # a response sent again
    if summary.problems:
        said = [f"{len(problems)} roster {'row' if len(problems) == 1 else 'rows'} had problems"] if problems else []
        if notes:
            said.append(f"{notes} {'note' if notes == 1 else 'notes'} to confirm (words read from free text, "
                        f"a red flag kept from an earlier response, a column not read, a total row)")
        if replaced:
            said.append(f"{replaced} {'response' if replaced == 1 else 'responses'} replaced by a later one")
        click.echo(f"stridewise: screened {summary.athletes} {'athlete' if summary.athletes == 1 else 'athletes'}; "
                   f"{' and '.join(said)} (listed in the report)",
                   err=True)
    return problems


class _Progress:
    def __init__(self, total: int):
        from rich.console import Console
        from rich.progress import Progress
        self.progress = Progress(console=Console(stderr=True), transient=True)
        self.progress.start()
        self.task = self.progress.add_task("screening", total=total or None)
        self.n = 0

    def advance(self) -> None:
        self.n += 1
        if self.n % 200 == 0:
            self.progress.update(self.task, completed=self.n)

    def stop(self) -> None:
        self.progress.stop()


def _progress(total: int):
    """A progress bar on stderr only when stderr is a terminal; quiet in pipes and tests."""
    if not sys.stderr.isatty() or total < 2000:
        return None
    return _Progress(total)
