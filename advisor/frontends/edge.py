"""The error edge of the command line: every failure leaves through ``fail``, as one line on
stderr or, for a command asked for ``--format json``, one JSON object (see
``advisor/schemas/error.schema.json``).

Its own module, below both the group (``cli``) and the commands, so that a command module never
imports the entry point: ``python -m advisor.frontends.cli`` would otherwise load a second copy
of it, whose ``remember_format`` the group would not recognise.
"""
from __future__ import annotations

import json
from typing import NoReturn

import click

from advisor.errors import AdvisorError, EngineError, InputError, KnowledgeBaseError, OutputError, show

ERROR_SCHEMA_VERSION = "1.1"
"""1.1 added ``outside``: what the words name that Stridewise does not assess, with whom to see."""
FORMAT = "stridewise.format"
"""ctx.meta key: the --format a command was given (ctx.meta is shared by every nested context)."""
INVOKED = "stridewise.invoked"
"""ctx.meta key: the subcommand and its raw arguments, for a --format its parser never reached."""
_LABELS = {"usage": "usage error", "internal": "internal error"}


def fail(ctx: click.Context, kind: str, exit_code: int, message: str, *, prefix: str | None = None,
         source: str | None = None, problems: list[dict] | tuple = (), truncated: bool = False,
         outside: list[dict] | tuple = ()) -> NoReturn:
    """Report a failure and exit with ``exit_code``: one JSON object on stderr when the command
    was asked for --format json (see ``advisor/schemas/error.schema.json``), else one line,
    ``prefix`` + message (``stridewise: error: MESSAGE``). What the user gave is escaped and bounded."""
    if prefix is None:
        prefix = f"stridewise: {_LABELS.get(kind, 'error')}: "
    if _asked_json(ctx):
        doc = error_document(kind, exit_code, message, source, problems, truncated, outside)
        # the object starts a line of its own, even after an interrupted prompt
        _tell(prefix[:len(prefix) - len(prefix.lstrip("\n"))] + json.dumps(doc, ensure_ascii=False))
    else:
        _tell(prefix + show(message))
    ctx.exit(exit_code)


def error_document(kind: str, exit_code: int, message: str, source: str | None = None,
                   problems: list[dict] | tuple = (), truncated: bool = False, outside: list[dict] | tuple = ()) -> dict:
    """The JSON form of a failure. Every string is escaped like the text line (``errors.show``).
    ``outside``: the topics of words that name only what Stridewise does not assess, as the API's
    422 carries them (test drive 26: an app had to parse them out of the message)."""
    def shown(items):
        return [{key: show(value) if isinstance(value, str) else value for key, value in item.items()} for item in items]
    error = {"exit_code": exit_code, "kind": kind, "source": None if source is None else show(source),
             "message": show(message), "problems": shown(problems), "truncated": truncated}
    if outside:
        error["outside"] = shown(outside)
    return {"schema_version": ERROR_SCHEMA_VERSION, "error": error}


def described(err: AdvisorError) -> tuple[str, dict]:
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


def remember_format(ctx, param, value):
    """The callback of every --format whose errors follow it (``options.format_option``)."""
    ctx.meta[FORMAT] = value
    return value


def _asked_json(ctx: click.Context) -> bool:
    fmt = ctx.meta.get(FORMAT)
    if fmt is None and INVOKED in ctx.meta:
        fmt = _raw_format(*ctx.meta[INVOKED])
    return fmt == "json"


def _raw_format(cmd, args: tuple[str, ...]) -> str | None:
    """The --format value in a subcommand's raw arguments (the last one wins, as in click),
    or None if the command has no format option (then its errors are always text)."""
    option = next((p for p in getattr(cmd, "params", ()) if p.callback is remember_format), None)
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
