"""The ``stridewise`` command line: thin click commands over the ``advisor`` package.

The group lives here; each command lives in ``advisor.frontends.commands`` and is imported only
when it runs (or for ``--help``), so a cold ``stridewise check`` defines one command, not eleven.
Every ``AdvisorError`` is turned into one line on stderr and its exit code here, once
(``edge.fail``): one JSON object instead of the line when the command was asked for ``--format json``.
"""
from __future__ import annotations

import contextlib
import gc
import importlib
import os
import sys

import click

from advisor.errors import AdvisorError
from advisor.frontends.edge import INVOKED, described, fail

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



COMMANDS = {
    "ask": "advisor.frontends.commands.ask:ask",
    "check": "advisor.frontends.commands.check:check",
    "form": "advisor.frontends.commands.form:form",
    "history": "advisor.frontends.commands.history:history",
    "parse": "advisor.frontends.commands.parse:parse",
    "rules": "advisor.frontends.commands.rules:rules",
    "schema": "advisor.frontends.commands.schema:schema",
    "screen": "advisor.frontends.commands.screen:screen",
    "serve": "advisor.frontends.commands.serve:serve",
    "symptoms": "advisor.frontends.commands.symptoms:symptoms",
}
"""Every command: its name -> 'module:object', imported when the command is used (click's
lazily loaded subcommands). 'stridewise --help' lists them by name, as click does."""

QUICK_EXIT = frozenset({"check", "parse", "schema", "symptoms"})
"""Short commands that hold nothing at exit (no worker, server, database, terminal state or atexit
work) and bounded memory. Started from the console script (``advisor.frontends.console``), they
run without the cyclic garbage collector and end without the interpreter's teardown. Any other
command turns the collector back on as soon as it is known."""

_HELP_NOT_ERROR = getattr(click.exceptions, "NoArgsIsHelpError", ())
"""click 8.2 shows the help for a bare 'stridewise' through a UsageError: keep it as help."""
_NO_SUCH_COMMAND = getattr(click.exceptions, "NoSuchCommand", ())
"""click 8.4 names the commands closest to a mistyped one ('did you mean')."""


class StridewiseGroup(click.Group):
    """Translates the advisor's exceptions into one clear line (or one JSON object) and an exit code."""

    quick_exit = False
    """Set once the command is known: it is in QUICK_EXIT (read by ``run``)."""

    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, cmd_name):
        where = COMMANDS.get(cmd_name)
        if where is None:
            return None
        module, name = where.split(":")
        return getattr(importlib.import_module(module), name)

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
        try:
            name, cmd, rest = super().resolve_command(ctx, args)
        except _NO_SUCH_COMMAND as err:
            # click suggests close names from self.commands, which stays empty in a lazy group
            raise type(err)(err.command_name, possibilities=COMMANDS, ctx=ctx) from None
        ctx.meta[INVOKED] = (cmd, tuple(rest))
        self.quick_exit = name in QUICK_EXIT
        if not self.quick_exit:
            gc.enable()  # the console script starts with it off (a no-op when main runs in-process)
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
            kind, details = described(err)
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
            path = err.ctx.command_path if err.ctx is not None else _command_path(ctx)
            hint = f" (see '{path} --help')"
            fail(ctx, "usage", err.exit_code, f"{err.format_message()}{hint}")
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except Exception as err:  # a bug: still one line for the user, the traceback on request
            if os.environ.get("STRIDEWISE_DEBUG"):
                raise
            fail(ctx, "internal", 1, f"{type(err).__name__}: {err} (set STRIDEWISE_DEBUG=1 for details; please report it)")


def _command_path(ctx: click.Context) -> str:
    """The command a usage error click raised without its context was for ("--text" with no
    value): the one ``resolve_command`` found."""
    invoked = ctx.meta.get(INVOKED)
    return f"{ctx.command_path} {invoked[0].name}" if invoked else ctx.command_path


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


if __name__ == "__main__":
    main()
