"""``stridewise parse``: what a runner's own words state, to confirm before ``check --text``.

Not in check.py, though both read words: a cold ``check`` then does not define this command too.
"""
from __future__ import annotations

import json

import click

from advisor.frontends.options import (format_option, kb_for, nothing_understood, rules_option, several_athletes,
                                       words_given)


@click.command()
@click.argument("text", nargs=-1)
@click.option("--text", "text_option", metavar="WORDS", hidden=True,
              help="The words, as check takes them (test drive 51 typed 'parse --text').")
@format_option(choices=("text", "json"))
@rules_option
def parse(text, text_option, fmt, rules_dir):
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
    from advisor.inputs.text import document, lines, read
    from advisor.render.common import json_visible, not_read_line, outside_line, visible
    if bool(text) == (text_option is not None):
        raise click.UsageError("give the words once: stridewise parse \"WORDS\" (or --text WORDS, as check takes them)")
    text = text or (text_option,)
    words = words_given(text)
    from advisor.inputs.from_words import outside_of
    reading = read(kb_for(rules_dir), words)
    several_athletes(words)
    if not reading.statements:
        nothing_understood(outside_of(reading))
    if fmt == "json":
        click.echo(json_visible(json.dumps(document(reading), indent=2, ensure_ascii=False)))
        return
    import shutil
    columns = max(40, min(100, shutil.get_terminal_size((80, 24)).columns))
    for line in lines(reading, columns):
        click.echo(json_visible(line))   # the runner's words are quoted as JSON strings
    # words with a control or bidi character are never echoed back raw
    short = len(words) <= 60 and text != ("-",) and visible(words) == words
    again = _shell_quote(words) if short else '"<the same words>"'
    if reading.unread:
        click.echo(not_read_line(reading.unread), err=True)
    if reading.outside:
        click.echo(outside_line(outside_of(reading)), err=True)
    click.echo("Check these (+ present, - absent, ? not sure). If they are right:\n"
               f"  stridewise check --text {again}\n"
               "or save them with --format json, edit the file, and run 'stridewise check FILE'.", err=True)


def _shell_quote(words: str) -> str:
    words = " ".join(words.split())
    if not any(ch in words for ch in '"$`\\!'):
        return f'"{words}"'
    import shlex
    return shlex.quote(words)
