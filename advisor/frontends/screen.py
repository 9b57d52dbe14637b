"""The ``screen`` front end: roster in, team report out, problems on stderr, nothing lost."""
from __future__ import annotations

import contextlib
import sys
from dataclasses import replace

import click

from advisor.errors import InputError
from advisor.frontends.output import atomic_writer
from advisor.render.team import TEAM_WRITERS
from advisor.inputs.reading import is_regular
from advisor.inputs.roster import RosterReader, RowProblem, open_text, pseudonym
from advisor.screening.screener import Screener, TeamSummary


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
                  strict: bool, salt: str | None, workers: int | None) -> list[RowProblem]:
    kb = advisor.kb
    stream, shown = open_text(roster)
    with stream, contextlib.ExitStack() as stack:
        reader = RosterReader(kb, stream, shown, input_format, path=roster)
        expected = _count_lines(roster)
        out = stack.enter_context(atomic_writer(output)) if output else sys.stdout
        writer = TEAM_WRITERS[fmt](out, kb)
        problems: list[RowProblem] = []

        def on_problem(problem: RowProblem) -> None:
            if salt is not None and problem.athlete:
                problem = RowProblem(problem.line, pseudonym(problem.athlete, salt), problem.reason)
            if strict:
                raise InputError(shown, f"line {problem.line}", problem.reason + " (--strict)")
            problems.append(problem)
            writer.problem(problem)
            click.echo(f"stridewise: {shown}: {problem}", err=True)

        summary = TeamSummary(kb)
        progress = _progress(expected)
        try:
            writer.begin()
            for row in Screener(advisor, workers).run(reader, expected, on_problem):
                if salt is not None:
                    row = replace(row, athlete=pseudonym(row.athlete, salt))
                summary.add(row)
                writer.row(row)
                if progress:
                    progress.advance()
            writer.end(summary)
        finally:
            if progress:
                progress.stop()
    if problems:
        click.echo(f"stridewise: screened {summary.athletes} athletes; {len(problems)} roster rows had problems "
                   f"(listed in the report)", err=True)
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
