"""``stridewise check``: advise on one symptom file, or on a runner's own words (``--text``)."""
from __future__ import annotations

import re

import click

from advisor.frontends.options import (
    advisor_for, details_option, format_option, nothing_understood, rules_option, several_athletes,
    words_given,
)


@click.command()
@click.argument("file", type=str, required=False)
@click.option("--text", "-t", "text", metavar="WORDS",
              help="Advise on a runner's own words instead of a file ('-' for stdin); see 'parse'.")
@format_option()
@details_option
@rules_option
def check(file, text, fmt, details, rules_dir):
    """Advise on one symptom file (JSON), or on your own words with --text. FILE may be '-' for stdin.

    With --text the answer starts, after the triage, any red flag and the likely problem, with
    what was read from the words and the words not read ("not read, so not assessed").

    \b
    Example:
      stridewise check examples/knee_caves_in.json --details
      stridewise check examples/knee_caves_in.json --format json
      echo '{"symptoms": ["knee_pain", "knee_caves_in"]}' | stridewise check -
      stridewise check --text "my knee hurts on stairs, no swelling"
    """
    from advisor.render import render
    if (file is None) == (text is None):
        raise click.UsageError("give a symptom FILE or --text WORDS (one of the two)")
    advisor = advisor_for(rules_dir)
    if text is not None:
        # (on a terminal, a human format shows what was read itself: the short form on stderr
        # printed it twice and pushed the triage off a 30-row screen, test drive 39)
        case = _case_from_words(advisor.kb, (text,), quiet=fmt in ("text", "markdown", "html") and _a_terminal())
    else:
        from advisor.errors import InputError
        from advisor.inputs.symptoms import load_case
        try:
            case, _ = load_case(file, advisor.kb)
        except InputError as err:
            # (test drive 45: a story saved to a file gave only "not valid JSON: Expecting value")
            if err.where == "line 1 column 1" and err.message.startswith("not valid JSON"):
                import shlex
                if file != "-" and _a_roster(file):
                    # (test drive 50: a roster given to check was told to use --text)
                    raise InputError(err.source, err.where, f"{err.message}; this looks like a team roster: use "
                                     f"stridewise screen {shlex.quote(file)}") from err
                how = "stridewise check --text -" + ("" if file == "-" else f" < {shlex.quote(file)}")
                raise InputError(err.source, err.where, f"{err.message}; if it holds a runner's own words, "
                                 f"use --text: {how}") from err
            if err.message == "no such file" and file != "-" and " " in file.strip() and "/" not in file \
                    and not file.lower().endswith((".json", ".txt", ".csv")):
                # (test drive 54: check "my knee hurts on stairs" said only "no such file")
                import shlex
                raise InputError(err.source, err.where, f"{err.message}; to advise on a runner's own words use "
                                 f"--text: stridewise check --text {shlex.quote(file)}") from err
            if err.where == "$.text":
                # (test drive 51: a {"text": ...} body, as the HTTP API takes it, read "unknown field")
                raise InputError(err.source, err.where, "a runner's words, as the HTTP API takes them, not a symptom "
                                 "file: use stridewise check --text 'THE WORDS'") from err
            raise
    click.echo(render(advisor.advise(case), fmt, details=details), nl=False)


def _a_roster(file: str) -> bool:
    """Whether a file given to check is a roster: a spreadsheet, or a first line with an
    athlete column."""
    if file.lower().endswith((".xlsx", ".csv")):
        return True
    try:
        with open(file, encoding="utf-8", errors="replace") as handle:
            first = handle.readline(4096).lower()
    except OSError:
        return False
    from advisor.inputs.roster.table import NAME_COLUMNS
    return any(c.strip().strip('"') in NAME_COLUMNS for c in re.split(r"[,;\t]", first))


def _a_terminal() -> bool:
    import sys
    return sys.stdout.isatty() and sys.stderr.isatty()


def _case_from_words(kb, args, quiet: bool = False):
    """check --text: read the words, say on stderr what was read, exit 1 if nothing was.

    The answer itself shows the reading too (the case carries it); stderr keeps the short
    form with ids, for a script (``quiet``: not when a human format goes to a terminal)."""
    from advisor.inputs.from_words import case_from_reading, outside_of
    from advisor.inputs.text import read
    words = words_given(args)
    reading = read(kb, words)
    several_athletes(words)
    if not reading.statements:
        nothing_understood(outside_of(reading))
    if quiet:
        return case_from_reading(kb, reading)
    said = ", ".join({True: "+", False: "-", None: "?"}[s.present] + s.observation.id for s in reading.statements)
    click.echo(f"stridewise: read from your words: {said} (see 'stridewise parse' to check them)", err=True)
    if reading.unread:
        from advisor.render.common import not_read_line
        line = not_read_line(reading.unread)
        click.echo(f"stridewise: {line[:1].lower()}{line[1:]}", err=True)
    return case_from_reading(kb, reading)
