"""Options and helpers shared by several ``stridewise`` commands (advisor.frontends.commands).

One decorator per option, so that every command spells it, and documents it, the same way.
"""
from __future__ import annotations

import click

from advisor.frontends.edge import fail, remember_format


def week_option(ctx, param, value):
    """Callback: an ISO week or any day of it, as the date of its Monday."""
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


def format_option(kind="case", default="text", help="Output format.", choices=None, show_default=True):
    """``--format``, its choices from the renderer registry (or ``choices`` for a command
    that prints something else, like ``parse``); ``show_default``: the default in words, for one
    decided at run time (None)."""
    if choices is None:
        from advisor.render import Kind, formats  # the registry decides which formats exist
        choices = formats(Kind(kind))
    def decorate(func):
        if kind == "team":  # screen: its bad rows are text lines on stderr, so its errors are too
            return click.option("--format", "-f", "fmt", type=click.Choice(choices), default=default,
                                show_default=show_default, help=help)(func)
        # Eager and remembered: errors in every other option are already known to want JSON.
        return click.option("--format", "-f", "fmt", type=click.Choice(choices), default=default,
                            show_default=True, is_eager=True, callback=remember_format,
                            help=help + " With json, errors are one JSON object on stderr.")(func)
    return decorate


def details_option(func):
    return click.option("--details", is_flag=True,
                        help="Add the reasoning: chains, rule ids, weights, certainties, causes ruled out, sources.")(func)


def advisor_for(rules_dir):
    from advisor.reasoning.advisor import get_advisor
    return get_advisor(rules_dir)


def kb_for(rules_dir):
    """The rule pack alone, for commands that never run the engine (building it costs time)."""
    from advisor.knowledge.loader import load_knowledge_base
    return load_knowledge_base(rules_dir)


NOTHING_UNDERSTOOD = ("no observation found in these words. Try other words (where it hurts, when, and "
                      "what makes it worse), 'stridewise ask' to answer questions instead, or "
                      "'stridewise symptoms' for the full list.")


def several_athletes(words: str) -> None:
    """On stderr, when the words name two athletes or more, each with an age ("Jess (17): ...
    Tom (22): ..."): one reading takes them as one runner (test drive 63: a coach's note about
    three athletes got one answer, the girls' sex and one's age given to all three)."""
    from advisor.inputs.standins import athletes_named
    names = athletes_named(words)
    if len(names) > 1:
        from advisor.render.common import visible
        click.echo(f"stridewise: these words name {len(names)} athletes ({visible(', '.join(names))}) and are read "
                   "as ONE runner. Give each athlete's words on their own, or put one athlete a row in a roster "
                   "and run 'stridewise screen ROSTER' (see 'stridewise screen --help').", err=True)


def nothing_understood(outside: tuple = ()):
    """'parse' and 'check --text' when the words state no observation: exit 1, like a search
    that finds nothing (not an input error: the words were fine, just not about symptoms). When
    they name what Stridewise does not assess ("hit my head"), that is the message, not "try
    other words" (test drive 25)."""
    message = NOTHING_UNDERSTOOD
    if outside:
        from advisor.render.common import outside_only_line
        message = outside_only_line(outside)
    fail(click.get_current_context(), "nothing_found", 1, message, prefix="stridewise: ",
         outside=[{"label": o.label, "see": o.see} for o in outside])


def words_given(args: tuple[str, ...]) -> str:
    """The runner's words for ``parse`` and ``check --text`` (``-`` for stdin). No words at all
    (empty, or only spaces and line breaks) is bad input, exit 3, as an empty symptom file is
    for ``check -``: there was nothing to read, which is not the same as words that state no
    observation (exit 1, ``nothing_understood``)."""
    from advisor.errors import InputError
    from advisor.inputs.text import words_from
    words = words_from(args)
    if not words.strip():
        raise InputError("<stdin>" if args == ("-",) else "TEXT", "",
                         'is empty; expected a runner\'s words, e.g. "my knee hurts on stairs"')
    return words
