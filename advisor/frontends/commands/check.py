"""``stridewise check`` and ``stridewise parse``: advise on a symptom file or a runner's own words,
and show what was read from the words (both read words the same way, so they share a module)."""
from __future__ import annotations

import json

import click

from advisor.frontends.edge import fail
from advisor.frontends.options import advisor_for, details_option, format_option, kb_for, rules_option


@click.command()
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


@click.command()
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
