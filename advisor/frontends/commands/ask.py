"""``stridewise ask``: the questionnaire on a terminal or a pipe (advisor.frontends.ask runs it)."""
from __future__ import annotations

import sys

import click

from advisor.errors import InputError
from advisor.frontends.edge import fail
from advisor.frontends.options import advisor_for, details_option, format_option, rules_option


@click.command()
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
