"""``stridewise screen``: one team report from a roster (advisor.frontends.screen runs it)."""
from __future__ import annotations

import contextlib
import sys

import click

from advisor.frontends.options import advisor_for, format_option, rules_option, week_option


@click.command()
@click.argument("roster", type=str)
@format_option(kind="team", default=None, show_default="text in a terminal, else markdown",
               help="Report format. json and csv stream in roster order.")
@click.option("--output", "-o", metavar="FILE", help="Write the report to FILE (atomically; a device or pipe directly; "
              "never the roster itself) instead of stdout.")
@click.option("--input-format", type=click.Choice(["csv", "jsonl", "xlsx"]),
              help="Roster format (default: from the file name). CSV may be a Google or Microsoft Forms export "
                   "of 'stridewise form' (',' ';' or tab delimited); xlsx is a Forms Excel export.")
@click.option("--strict", is_flag=True, help="Stop at the first bad row instead of reporting it and going on.")
@click.option("--anonymize", is_flag=True, help="Replace athlete names with stable pseudonyms in the output.")
@click.option("--salt", envvar="STRIDEWISE_SALT", default="stridewise", show_default=False,
              help="Secret mixed into --anonymize pseudonyms (env STRIDEWISE_SALT). Not with --db: a "
                   "database keeps its own secret salt.")
@click.option("--workers", type=click.IntRange(1, 64), help="Worker processes for long rosters (default: up to 2).")
@click.option("--db", "db_target", metavar="TARGET",
              help="Also store each screened athlete's week in this history: a SQLite file (made on first use, "
                   "readable by you only) or a postgresql:// URL. With --anonymize it stores pseudonyms only.")
@click.option("--week", metavar="WEEK", callback=week_option,
              help="The week screened, as 2026-W48 or any day of it (2026-11-23). Default: this week.")
@rules_option
def screen(roster, fmt, output, input_format, strict, anonymize, salt, workers, db_target, week, rules_dir):
    """Screen a whole roster (CSV or JSON Lines) and write one team report.

    The human formats open with one line per athlete, who to act on first: by
    triage, then OSTRC severity, then how concrete the problem is (a named
    injury first), then certainty; then the team plan and the team patterns
    (a chart in HTML); then the referrals and each athlete in full. Bad rows
    are reported with their line and the rest still screened (exit 5). Notes
    to confirm (words read from free text, a red flag kept from an athlete's
    earlier form response) are listed too but do not make exit 5; an unknown
    id left out of a screened row does. ROSTER may be '-' for stdin.

    \b
    Example:
      stridewise screen examples/roster.csv
      stridewise screen examples/roster.csv --format html -o team.html --week 2026-W48
      stridewise screen examples/roster.jsonl --format json --anonymize
      stridewise screen examples/roster.csv --db team.db --week 2026-W48
    """
    from advisor.frontends.output import check_writable, refuse_input
    from advisor.frontends.screen import screen_roster
    check_writable(output)  # '-o ""' is refused, not taken as "no -o"
    if fmt is None:
        # (a coach at a terminal reads text; Markdown's escapes, "\+shin\_pain", are for a file or
        # a pipe: test drive 47)
        fmt = "text" if output is None and sys.stdout.isatty() else "markdown"
    refuse_input(output, [roster])
    store = None
    if db_target is not None:
        ctx = click.get_current_context()
        if anonymize and ctx.get_parameter_source("salt") is click.core.ParameterSource.COMMANDLINE:
            raise click.UsageError("--salt does not go with --db: the database keeps its own secret salt")
        import datetime

        from advisor.reasoning.history import week_start
        from advisor.store import open_store
        store = open_store(db_target, anonymize=anonymize)
        week = week or week_start(datetime.date.today())
    with store or contextlib.nullcontext():
        if store is not None:
            refuse_input(output, [db_target])  # -o onto the database would replace it with the report
        problems = screen_roster(advisor_for(rules_dir), roster, fmt, output, input_format, strict,
                                 salt if anonymize else None, workers, store=store, week=week)
    if problems:
        sys.exit(5)
