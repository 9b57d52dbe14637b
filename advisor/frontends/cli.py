"""The ``stridewise`` command line: thin click commands over the ``advisor`` package.

Every ``AdvisorError`` is turned into one line on stderr and its exit code here, once (``fail``):
one JSON object instead of the line when the command was asked for ``--format json``.
"""
from __future__ import annotations

import contextlib
import json
import os
import sys
from typing import NoReturn

import click

from advisor.errors import AdvisorError, EngineError, InputError, KnowledgeBaseError, OutputError, show

EXIT_CODES = """\b
Exit codes:
  0  done
  1  'symptoms --search', 'parse' or 'check --text' found nothing;
     'history' found no stored week in the range
  2  usage error (bad option or argument)
  3  bad input (file missing, not JSON, unknown id, too large, --db not a stridewise database ...)
  4  the rule pack is invalid
  5  screen finished, but some roster rows had problems (not for notes
     on words read from free text: those are for you to confirm)
  6  could not write the output (stdout closed, disk full, I/O error, -o not writable)
  130 interrupted (129, 143: screen stopped by SIGHUP, SIGTERM)
A closed pipe (stridewise ... | head) is not an error: exit 0.
With --format json, check, ask and parse print an error as one JSON object
on stderr listing every problem (see 'stridewise schema error')."""


_HELP_NOT_ERROR = getattr(click.exceptions, "NoArgsIsHelpError", ())
"""click 8.2 shows the help for a bare 'stridewise' through a UsageError: keep it as help."""


class StridewiseGroup(click.Group):
    """Translates the advisor's exceptions into one clear line (or one JSON object) and an exit code."""

    def parse_args(self, ctx, args):
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as err:  # 'stridewise --bogus': the same one line as below
            if isinstance(err, _HELP_NOT_ERROR):
                raise
            fail(ctx, "usage", err.exit_code, f"{err.format_message()} (see '{ctx.command_path} --help')")

    def resolve_command(self, ctx, args):
        # Kept for the error edge: when the subcommand's own arguments cannot be parsed, its
        # --format was never read, yet a usage error must still be JSON if --format json was given.
        name, cmd, rest = super().resolve_command(ctx, args)
        ctx.meta[_INVOKED] = (cmd, tuple(rest))
        return name, cmd, rest

    def invoke(self, ctx):
        from advisor.frontends.output import guard_stdout
        guarded = guard_stdout()
        try:
            result = super().invoke(ctx)
            if sys.stdout is not None:
                sys.stdout.flush()  # a write that fails must fail the run here, not vanish at exit
            return result
        except AdvisorError as err:
            kind, details = _described(err)
            if getattr(err, "exit_now", False):
                # A dead worker or a stop signal: say it, then leave at once, without waiting on
                # worker threads or processes that may never answer (they are already told to stop).
                try:
                    fail(ctx, kind, err.exit_code, str(err), **details)
                except click.exceptions.Exit:
                    with contextlib.suppress(Exception):
                        sys.stdout.flush()
                        sys.stderr.flush()
                    os._exit(err.exit_code)
            fail(ctx, kind, err.exit_code, str(err), **details)
        except KeyboardInterrupt:
            fail(ctx, "interrupted", 130, "interrupted", prefix="\nstridewise: ")
        except BrokenPipeError:
            # The reader stopped reading (| head): it has what it wanted, so this is normal use,
            # like any Unix filter. A guarded stdout drops the rest; otherwise silence the
            # interpreter's own complaint at exit.
            if not guarded:
                sys.stderr.close()
            ctx.exit(0)
        except click.UsageError as err:
            # One line like every other error, and escaped: the message quotes the user's argv.
            if isinstance(err, _HELP_NOT_ERROR):
                raise
            hint = f" (see '{err.ctx.command_path} --help')" if err.ctx is not None else ""
            fail(ctx, "usage", err.exit_code, f"{err.format_message()}{hint}")
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except Exception as err:  # a bug: still one line for the user, the traceback on request
            if os.environ.get("STRIDEWISE_DEBUG"):
                raise
            fail(ctx, "internal", 1, f"{type(err).__name__}: {err} (set STRIDEWISE_DEBUG=1 for details; please report it)")


# -- the error edge: every failure leaves through ``fail`` -------------------------------------
ERROR_SCHEMA_VERSION = "1.0"
_FORMAT = "stridewise.format"
"""ctx.meta key: the --format a command was given (ctx.meta is shared by every nested context)."""
_INVOKED = "stridewise.invoked"
"""ctx.meta key: the subcommand and its raw arguments, for a --format its parser never reached."""
_LABELS = {"usage": "usage error", "internal": "internal error"}


def fail(ctx: click.Context, kind: str, exit_code: int, message: str, *, prefix: str | None = None,
         source: str | None = None, problems: list[dict] | tuple = (), truncated: bool = False) -> NoReturn:
    """Report a failure and exit with ``exit_code``: one JSON object on stderr when the command
    was asked for --format json (see ``advisor/schemas/error.schema.json``), else one line,
    ``prefix`` + message (``stridewise: error: MESSAGE``). What the user gave is escaped and bounded."""
    if prefix is None:
        prefix = f"stridewise: {_LABELS.get(kind, 'error')}: "
    if _asked_json(ctx):
        doc = error_document(kind, exit_code, message, source, problems, truncated)
        # the object starts a line of its own, even after an interrupted prompt
        _tell(prefix[:len(prefix) - len(prefix.lstrip("\n"))] + json.dumps(doc, ensure_ascii=False))
    else:
        _tell(prefix + show(message))
    ctx.exit(exit_code)


def error_document(kind: str, exit_code: int, message: str, source: str | None = None,
                   problems: list[dict] | tuple = (), truncated: bool = False) -> dict:
    """The JSON form of a failure. Every string is escaped like the text line (``errors.show``)."""
    shown = [{key: show(value) if isinstance(value, str) else value for key, value in problem.items()}
             for problem in problems]
    return {"schema_version": ERROR_SCHEMA_VERSION, "error": {
        "exit_code": exit_code, "kind": kind, "source": None if source is None else show(source),
        "message": show(message), "problems": shown, "truncated": truncated}}


def _described(err: AdvisorError) -> tuple[str, dict]:
    """The kind of one advisor error and what ``fail`` shows of it besides its one line."""
    details: dict = {}
    kind = "error"
    if isinstance(err, InputError):
        kind = "input"
        details = {"source": err.source, "truncated": err.truncated,
                   "problems": [{"path": p.path, "message": p.message} for p in err.problems]}
    elif isinstance(err, KnowledgeBaseError):
        kind = "rule_pack"
        details = {"problems": [{"file": p.file, "line": p.line, "path": p.path, "message": p.message}
                                for p in err.problems]}
    elif isinstance(err, OutputError):
        kind, details = "output", {"source": err.target}
    elif isinstance(err, EngineError):
        kind = "engine"
    return kind, details


def _remember_format(ctx, param, value):
    ctx.meta[_FORMAT] = value
    return value


def _asked_json(ctx: click.Context) -> bool:
    fmt = ctx.meta.get(_FORMAT)
    if fmt is None and _INVOKED in ctx.meta:
        fmt = _raw_format(*ctx.meta[_INVOKED])
    return fmt == "json"


def _raw_format(cmd, args: tuple[str, ...]) -> str | None:
    """The --format value in a subcommand's raw arguments (the last one wins, as in click),
    or None if the command has no format option (then its errors are always text)."""
    option = next((p for p in getattr(cmd, "params", ()) if p.callback is _remember_format), None)
    if option is None:
        return None
    found = None
    for n, arg in enumerate(args):
        if arg == "--":
            break
        for name in option.opts:
            if arg == name and n + 1 < len(args):
                found = args[n + 1]
            elif name.startswith("--") and arg.startswith(name + "="):
                found = arg[len(name) + 1:]
            elif not name.startswith("--") and arg.startswith(name) and len(arg) > len(name):
                found = arg[len(name):]
    return found


def _tell(line: str) -> None:
    """The error line on stderr. If stderr itself is full or broken, the exit code still tells."""
    try:
        click.echo(line, err=True)
    except (OSError, ValueError):
        pass


MAX_QUERY = 1000
"""Longest 'symptoms --search' query: a 100 KB one took 5 s and was echoed back whole."""
ARTICLE_LIMIT = 16 * 1024 * 1024
"""Largest article 'rules coverage' reads (the source article is about 11 KB)."""


def _week_option(ctx, param, value):
    if value is None:
        return None
    from advisor.reasoning.history import parse_week
    try:
        return parse_week(value)
    except ValueError as err:
        raise click.BadParameter(str(err)) from None


def rules_option(func):
    return click.option("--rules", "rules_dir", metavar="DIR", type=click.Path(file_okay=False),
                        help="Use the rule pack in DIR instead of the built-in rules.")(func)


def format_option(kind="case", default="text", help="Output format.", choices=None):
    """``--format``, its choices from the renderer registry (or ``choices`` for a command
    that prints something else, like ``parse``)."""
    if choices is None:
        from advisor.render import Kind, formats  # the registry decides which formats exist
        choices = formats(Kind(kind))
    def decorate(func):
        if kind == "team":  # screen: its bad rows are text lines on stderr, so its errors are too
            return click.option("--format", "-f", "fmt", type=click.Choice(choices), default=default,
                                show_default=True, help=help)(func)
        # Eager and remembered: errors in every other option are already known to want JSON.
        return click.option("--format", "-f", "fmt", type=click.Choice(choices), default=default,
                            show_default=True, is_eager=True, callback=_remember_format,
                            help=help + " With json, errors are one JSON object on stderr.")(func)
    return decorate


def details_option(func):
    return click.option("--details", is_flag=True,
                        help="Add the reasoning: chains, rule ids, weights, certainties, causes ruled out, sources.")(func)


def advisor_for(rules_dir):
    from advisor.reasoning.advisor import get_advisor
    return get_advisor(rules_dir)


@click.group(cls=StridewiseGroup, epilog=EXIT_CODES, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="stridewise")
def main():
    """Stridewise: a rule-based running-injury advisor.

    Tell it what you feel and see; it answers with red flags first, then the likely
    weak or tight muscles and form faults, the cited chain that led there, and
    exercises with their dose. Not a diagnosis.

    \b
    Example:
      stridewise symptoms --search "knee caves in"
      stridewise check examples/knee_caves_in.json
    """


@main.command()
@click.argument("file", type=str, required=False)
@click.option("--text", "-t", "text", metavar="WORDS",
              help="Advise on a runner's own words instead of a file ('-' for stdin); see 'parse'.")
@format_option()
@details_option
@rules_option
def check(file, text, fmt, details, rules_dir):
    """Advise on one symptom file (JSON), or on your own words with --text. FILE may be '-' for stdin.

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
        case = _case_from_words(advisor.kb, (text,))
    else:
        from advisor.inputs.symptoms import load_case
        case, _ = load_case(file, advisor.kb)
    click.echo(render(advisor.advise(case), fmt, details=details), nl=False)


NOTHING_UNDERSTOOD = ("no observation found in these words. Try other words, or "
                      "'stridewise symptoms' for the full list.")


def _nothing_understood():
    fail(click.get_current_context(), "nothing_found", 1, NOTHING_UNDERSTOOD, prefix="stridewise: ")


def _case_from_words(kb, args):
    """check --text: read the words, say on stderr what was read, exit 1 if nothing was."""
    from advisor.inputs.symptoms import case_from_data
    from advisor.inputs.text import document, read, words_from
    reading = read(kb, words_from(args))
    if not reading.statements:
        _nothing_understood()
    said = ", ".join({True: "+", False: "-", None: "?"}[s.present] + s.observation.id for s in reading.statements)
    click.echo(f"stridewise: read from your words: {said} (see 'stridewise parse' to check them)", err=True)
    case, _ = case_from_data(document(reading), kb, "--text")
    return case


def kb_for(rules_dir):
    """The rule pack alone, for commands that never run the engine (building it costs time)."""
    from advisor.knowledge.loader import load_knowledge_base
    return load_knowledge_base(rules_dir)


@main.command()
@click.argument("text", nargs=-1, required=True)
@format_option(choices=("text", "json"))
@rules_option
def parse(text, fmt, rules_dir):
    """Read a runner's own words: which observations they state, present (+) or absent (-).

    TEXT is a sentence or a paragraph (quote it, or '-' for stdin). Each line shows the
    id, what it means and the words that stated it, so you can confirm before advising.
    --format json gives a symptom file that 'check' reads, with the matched words.

    \b
    Example:
      stridewise parse "my IT band is killing me, no swelling"
      stridewise parse "shins r sore but doesn't hurt at night" --format json > me.json
      stridewise check me.json
    """
    from advisor.inputs.text import document, lines, read, words_from
    words = words_from(text)
    reading = read(kb_for(rules_dir), words)
    if not reading.statements:
        _nothing_understood()
    if fmt == "json":
        click.echo(json.dumps(document(reading), indent=2, ensure_ascii=False))
        return
    import shutil
    columns = max(40, min(100, shutil.get_terminal_size((80, 24)).columns))
    for line in lines(reading, columns):
        click.echo(line)
    again = _shell_quote(words) if len(words) <= 60 and text != ("-",) else '"<the same words>"'
    click.echo("Check these (+ present, - absent, ? not sure). If they are right:\n"
               f"  stridewise check --text {again}\n"
               "or save them with --format json, edit the file, and run 'stridewise check FILE'.", err=True)


def _shell_quote(words: str) -> str:
    words = " ".join(words.split())
    if not any(ch in words for ch in '"$`\\!'):
        return f'"{words}"'
    import shlex
    return shlex.quote(words)


@main.command()
@click.option("--save", metavar="FILE", help="Write the answers (a symptom file 'check' reads) after every answer.")
@click.option("--resume", metavar="FILE", help="Continue from answers saved with --save.")
@click.option("--max-questions", default=15, show_default=True, type=click.IntRange(1, 60),
              help="Ask at most this many questions (the red-flag checklist counts as one).")
@format_option()
@details_option
@rules_option
def ask(save, resume, max_questions, fmt, details, rules_dir):
    """Answer a few questions; get the same explained answer as 'check'.

    Red flags are screened first. Then it asks what best separates the likely
    causes, and stops when the answer is settled. Answer yes / no / not sure, or
    type back, why or quit. Piped input works one answer per line.

    \b
    Example:
      stridewise ask --save answers.json
      stridewise ask --format json < examples/ask-answers.txt
      stridewise check answers.json    # the same result again
    """
    from advisor.frontends import ask as interactive
    from advisor.interview.questionnaire import Questionnaire
    from advisor.render import render
    from advisor.frontends.output import check_writable
    for name, value in (("--save", save), ("--resume", resume)):
        if value == "-":  # stdin carries the answers, stdout the result: '-' would mix them up
            raise click.BadParameter("give a file name; '-' is not allowed here", param_hint=f"'{name}'")
    q = Questionnaire(advisor_for(rules_dir), cap=max_questions)
    if resume:
        interactive.load_resume(resume, q)
    target = save or resume
    check_writable(target)

    def saved() -> str:
        return f"; answers saved to {target}" if target and q.asked else ""

    try:
        interactive.run(q, target, interactive.is_tty())
    except interactive.Quit:
        click.echo("\nstridewise: stopped" + saved(), err=True)
        sys.exit(0)
    except EOFError as err:
        raise InputError("<stdin>", "", "input ended before the questionnaire finished" + saved()
                         + ("" if target else "; pipe in an answer for every question (see examples/ask-answers.txt), "
                            "or use --save FILE and --resume FILE to go on later")) from err
    except KeyboardInterrupt:
        fail(click.get_current_context(), "interrupted", 130, "interrupted" + saved(), prefix="\nstridewise: ")
    click.echo(render(q.result(), fmt, details=details), nl=False)


@main.command()
@click.argument("roster", type=str)
@format_option(kind="team", default="markdown", help="Report format. json and csv stream in roster order.")
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
@click.option("--week", metavar="WEEK", callback=_week_option,
              help="The week screened, as 2026-W48 or any day of it (2026-11-23). Default: this week.")
@rules_option
def screen(roster, fmt, output, input_format, strict, anonymize, salt, workers, db_target, week, rules_dir):
    """Screen a whole roster (CSV or JSON Lines) and write one team report.

    The human formats open with one line per athlete, who to act on first: by
    triage, then OSTRC severity, then how concrete the problem is (a named
    injury first), then certainty; then the team plan and the team patterns
    (a chart in HTML); then the referrals and each athlete in full. Bad rows
    are reported with their line and the rest still screened (exit 5). Notes
    on words read from free text (please confirm) are listed too but do not
    make exit 5; an unknown id left out of a screened row does. ROSTER may be
    '-' for stdin.

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


@main.command()
@click.option("--db", "target", required=True, metavar="TARGET",
              help="The history: a SQLite file written by 'screen --db', or a postgresql:// URL. Never created here.")
@click.option("--from", "start", metavar="WEEK|DATE", callback=_week_option,
              help="First week: an ISO week (2026-W40) or any day of it. Default: the first stored week.")
@click.option("--to", "to", metavar="WEEK|DATE", callback=_week_option,
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


@main.command()
@click.option("--format", "-f", "fmt", type=click.Choice(["google", "microsoft", "text"]), default="text",
              show_default=True, help="Question types named as in Google Forms, Microsoft Forms, or plainly.")
@click.option("--mapping", "mapping_file", metavar="FILE",
              help="Also write the mapping 'screen' applies to the form's exports (question text -> question id, "
                   "option text -> observation id or OSTRC score) to FILE as JSON ('-' for stdout, alone).")
@rules_option
def form(fmt, mapping_file, rules_dir):
    """Write the questionnaire as a form template for Google Forms or Microsoft Forms.

    A name question, a group question, the red-flag checklist first, the other
    checklists, the four OSTRC-O2 questions (weekly severity 0-100) and a free-text
    question, with the texts 'screen' expects. Export the answers as CSV (or .xlsx)
    and screen them: extra columns (timestamp, e-mail) are ignored and listed.

    \b
    Example:
      stridewise form --format google
      stridewise form --mapping form-mapping.json > form.txt
      stridewise screen responses.csv
    """
    from advisor.frontends.output import atomic_writer, check_writable
    from advisor.inputs.forms import FormFormat, mapping, render_template
    kb = kb_for(rules_dir)
    document = json.dumps(mapping(kb), indent=2, ensure_ascii=False) + "\n"
    if mapping_file == "-":
        click.echo(document, nl=False)
        return
    if mapping_file:
        check_writable(mapping_file)
        with atomic_writer(mapping_file) as out:
            out.write(document)
    click.echo(render_template(kb, FormFormat(fmt)))


@main.command()
@click.option("--search", "-s", "query", metavar="WORDS", help="Find ids from your own words, e.g. 'shin splints'.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable list (ids are a stable contract).")
@rules_option
def symptoms(query, as_json, rules_dir):
    """List the observation ids a symptom file may use, or find them from your own words.

    --search ranks observations by how well your words name them: typos, plurals, tenses,
    slang and extra words are fine ("my IT band is killing me", "shins r sore").

    \b
    Example:
      stridewise symptoms --search "runners knee"
      stridewise symptoms --search "my IT band is killing me"
      stridewise symptoms --json > ids.json
    """
    from advisor.knowledge.search import search
    if query is not None and len(query) > MAX_QUERY:
        raise click.BadParameter(f"a search is a few words; this one is {len(query):,} characters "
                                 f"(at most {MAX_QUERY:,})", param_hint="'--search'")
    kb = kb_for(rules_dir)
    if query is not None:
        found = [obs for _, obs in search(kb, query)]
    else:
        found = list(kb.observations.values())
    if as_json:
        from advisor.inputs.symptoms import INPUT_SCHEMA_VERSION
        doc = {"schema_version": INPUT_SCHEMA_VERSION, "observations": [
            {"id": o.id, "text": o.text, "category": o.category.value, "question": o.question,
             "synonyms": list(o.synonyms), "self_test": o.self_test or None} for o in found]}
        click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo(f"No observation matches {show(repr(query))}. Try other words, or 'stridewise symptoms' for the full list.", err=True)
        sys.exit(1)
    import shutil
    import textwrap
    columns = max(40, min(100, shutil.get_terminal_size((80, 24)).columns))
    width = min(max(len(o.id) for o in found), 32)
    for obs in found:  # the id, then its meaning wrapped beside it (or below a long id)
        head = f"{obs.id:<{width}}  "
        text = textwrap.wrap(obs.text, max(20, columns - len(head)))
        click.echo(head + (text[0] if text else ""))
        for more in text[1:]:
            click.echo(" " * len(head) + more)


@main.group()
def rules():
    """Work with rule packs."""


@rules.command("check")
@rules_option
def rules_check(rules_dir):
    """Validate a rule pack and report every problem with file:line.

    Without --rules, inside a stridewise checkout it checks that checkout's rules/
    (the files you edit), elsewhere the built-in rules; it always says which.

    \b
    Example:
      stridewise rules check
      stridewise rules check --rules my-clinic-rules/
    """
    from advisor.knowledge.limits import MAX_FACT_KEYS
    from advisor.knowledge.loader import load_knowledge_base, pack_to_check
    target = pack_to_check(rules_dir)
    try:
        kb = load_knowledge_base(target.rules_dir)
    except KnowledgeBaseError as err:
        for problem in err.problems:
            click.echo(show(str(problem)), err=True)
        click.echo(f"stridewise: {len(err.problems)} problem(s) in {target.described}", err=True)
        _stale_note(target)
        sys.exit(err.exit_code)
    click.echo(f"ok: {len(kb.rules)} rules, {len(kb.observations)} observations, {len(kb.causes)} causes, "
               f"{len(kb.red_flags)} red flags, {len(kb.exercises)} exercises, {len(kb.sources)} sources; "
               f"{kb.fact_keys} of at most {MAX_FACT_KEYS} fact keys")
    click.echo(f"checked {target.described}")
    _stale_note(target)


def _stale_note(target) -> None:
    if target.stale_builtin is not None:
        click.echo(f"note: the installed stridewise still uses its built-in copy at {target.stale_builtin}, "
                   "which differs from these files: reinstall (pip install .) to use your edits", err=True)


@rules.command("coverage")
@click.option("--article", "article_path", required=True, metavar="FILE", type=click.Path(dir_okay=False),
              help="The source article (plain text).")
@click.option("--uncovered", is_flag=True, help="List only article lines no item cites.")
@rules_option
def rules_coverage(article_path, uncovered, rules_dir):
    """Trace the article line by line to the rules, roles and exercises that cite it.

    \b
    Example:
      stridewise rules coverage --article ../shared/source-article.txt
      stridewise rules coverage --article ../shared/source-article.txt --uncovered
    """
    from advisor.knowledge.coverage import coverage
    kb = advisor_for(rules_dir).kb
    from advisor.inputs.symptoms import read_text
    article = read_text(article_path, limit=ARTICLE_LIMIT, empty="is empty; expected the article as plain text")
    lines, missing = coverage(kb, article)
    cited = 0
    for line in lines:
        if not line.text:
            continue
        cited += bool(line.cited_by)
        if uncovered and line.cited_by:
            continue
        mark = "+" if line.cited_by else "-"
        click.echo(f"{mark} {line.number:>3}: {show(line.text[:100])}")
        for who in line.cited_by:
            click.echo(f"        {who}")
    click.echo(f"{cited} of {sum(1 for l in lines if l.text)} article lines are cited by the rule pack", err=True)
    for where, c in missing:
        click.echo(f"stridewise: {where}: excerpt not found in the article: {c.quote!r}", err=True)
    if missing:
        sys.exit(4)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default serves this computer only; 0.0.0.0 serves your network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (one engine each); about one per CPU core.")
@rules_option
def serve(host, port, workers, rules_dir):
    """Serve the runner and coach pages and the JSON API on a local web server.

    Nothing else to install or run: no database, no network calls. Runners answer
    one question at a time in a browser; coaches upload a roster; apps use the API
    under /api/v1 (docs at /api/v1/docs). Set STRIDEWISE_SECRET to keep
    questionnaire links working across restarts and across machines.

    \b
    Example:
      stridewise serve
      STRIDEWISE_SECRET=$(openssl rand -hex 32) stridewise serve --host 0.0.0.0 --workers 2
    """
    from advisor.frontends.web.serve import run
    run(host, port, workers, rules_dir)


@main.command()
@click.argument("which", type=click.Choice(["input", "result", "team", "history", "error"]))
def schema(which):
    """Print a JSON Schema: symptom files (input), check's JSON (result), screen's JSON (team),
    history's JSON (history), and the errors --format json prints on stderr (error).

    \b
    Example:
      stridewise schema input > input.schema.json
    """
    from importlib.resources import files
    click.echo(files("advisor.schemas").joinpath(f"{which}.schema.json").read_text(encoding="utf-8"), nl=False)


if __name__ == "__main__":
    main()
