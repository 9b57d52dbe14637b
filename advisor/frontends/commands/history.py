"""``stridewise history``: the weekly check-ins over time (advisor.frontends.history writes it)."""
from __future__ import annotations

import click

from advisor.frontends.edge import fail
from advisor.frontends.options import format_option, kb_for, rules_option, week_option


@click.command()
@click.option("--db", "target", required=True, metavar="TARGET",
              help="The history: a SQLite file written by 'screen --db', or a postgresql:// URL. Never created here.")
@click.option("--from", "start", metavar="WEEK|DATE", callback=week_option,
              help="First week: an ISO week (2026-W40) or any day of it. Default: the first stored week.")
@click.option("--to", "to", metavar="WEEK|DATE", callback=week_option,
              help="Last week, included: an ISO week or any day of it. Default: the last stored week.")
@click.option("--athlete", metavar="NAME", help="Only this athlete (case and spacing ignored).")
@click.option("--group", metavar="G", help="Only this group.")
@click.option("--anonymize", is_flag=True, help="The database stores pseudonyms (it was made with "
              "'screen --db --anonymize'): --athlete takes the real name and finds its pseudonym.")
@format_option(kind="history", default="text", help="Report format. json and csv stream athlete by athlete.")
@click.option("--output", "-o", metavar="FILE", help="Write the report to FILE (atomically) instead of stdout.")
@rules_option
def history(target, start, to, athlete, group, anonymize, fmt, output, rules_dir):
    """What the weekly check-ins show over time, for a date range, an athlete or a group.

    First what changed since last week (new problems, severity up by 25 or more,
    new red flags, athletes who stopped answering), then the team week by week (the
    share answering with any problem and with a substantial problem, each with a
    95% Wilson confidence interval, and the total severity burden), then each
    athlete with a problem: severity, triage and problem week by week. JSON and CSV
    hold every athlete; text, Markdown and HTML show the 50 most in need of
    attention and count the rest. Exit 1 when no week is stored in the range.

    \b
    Example:
      stridewise screen week48.csv --db season.db
      stridewise history --db season.db --from 2026-W40 --format html -o season.html
      stridewise history --db season.db --athlete "Ana Lopez" --format markdown
    """
    from advisor.frontends.history import NothingInRange, open_history, write_history
    from advisor.frontends.output import check_writable, refuse_input
    from advisor.reasoning.trends import HistoryFilters
    check_writable(output)
    refuse_input(output, [target])
    if start and to and start > to:
        raise click.BadParameter(f"--from {start.isoformat()} is after --to {to.isoformat()}", param_hint="'--from'")
    kb = kb_for(rules_dir)
    with open_history(target, anonymize) as store:
        try:
            write_history(store, kb.notice, {f.id: f.text for f in kb.red_flags.values()},
                          HistoryFilters(start, to, athlete, group), fmt, output)
        except NothingInRange as nothing:
            fail(click.get_current_context(), "nothing_found", 1, str(nothing), prefix="stridewise: ")
