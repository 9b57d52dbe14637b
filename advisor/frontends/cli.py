"""The ``stridewise`` command line: thin click commands over the ``advisor`` package.

Every ``AdvisorError`` is turned into one line on stderr and its exit code here, once.
"""
from __future__ import annotations

import json
import os
import sys

import click

from advisor.errors import AdvisorError, KnowledgeBaseError

EXIT_CODES = """\b
Exit codes:
  0  done
  1  'symptoms --search' found nothing
  2  usage error (bad option or argument)
  3  bad input (file missing, not JSON, unknown id, too large ...)
  4  the rule pack is invalid
  5  screen finished, but some roster rows had problems
  130 interrupted"""


class StridewiseGroup(click.Group):
    """Translates the advisor's exceptions into one clear line and an exit code."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except AdvisorError as err:
            click.echo(f"stridewise: error: {err}", err=True)
            ctx.exit(err.exit_code)
        except KeyboardInterrupt:
            click.echo("\nstridewise: interrupted", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(0)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except Exception as err:  # a bug: still one line for the user, the traceback on request
            if os.environ.get("STRIDEWISE_DEBUG"):
                raise
            click.echo(f"stridewise: internal error: {type(err).__name__}: {err} "
                       "(set STRIDEWISE_DEBUG=1 for details; please report it)", err=True)
            ctx.exit(1)


def rules_option(func):
    return click.option("--rules", "rules_dir", metavar="DIR", type=click.Path(file_okay=False),
                        help="Use the rule pack in DIR instead of the built-in rules.")(func)


def format_option(kind="case", default="text", help="Output format."):
    from advisor.render import Kind, formats  # the registry decides which formats exist
    choices = formats(Kind(kind))
    def decorate(func):
        return click.option("--format", "-f", "fmt", type=click.Choice(choices), default=default,
                            show_default=True, help=help)(func)
    return decorate


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
@click.argument("file", type=str)
@format_option()
@rules_option
def check(file, fmt, rules_dir):
    """Advise on one symptom file (JSON). FILE may be '-' for stdin.

    \b
    Example:
      stridewise check examples/knee_caves_in.json --format json
      echo '{"symptoms": ["knee_pain", "knee_caves_in"]}' | stridewise check -
    """
    from advisor.inputs.symptoms import load_case
    from advisor.render import render
    advisor = advisor_for(rules_dir)
    case, _ = load_case(file, advisor.kb)
    click.echo(render(advisor.advise(case), fmt), nl=False)


@main.command()
@click.option("--save", metavar="FILE", help="Write the answers (a symptom file 'check' reads) after every answer.")
@click.option("--resume", metavar="FILE", help="Continue from answers saved with --save.")
@click.option("--max-questions", default=15, show_default=True, type=click.IntRange(1, 60),
              help="Ask at most this many questions (the red-flag checklist counts as one).")
@format_option()
@rules_option
def ask(save, resume, max_questions, fmt, rules_dir):
    """Answer a few questions; get the same explained answer as 'check'.

    Red flags are screened first. Then it asks what best separates the likely
    causes, and stops when the answer is settled. Answer yes / no / not sure, or
    type back, why or quit. Piped input works one answer per line.

    \b
    Example:
      stridewise ask --save answers.json
      printf 'none\\n1 2\\nnone\\n1\\nnone\\nno\\n' | stridewise ask --format json
      stridewise check answers.json    # the same result again
    """
    from advisor.frontends import ask as interactive
    from advisor.interview.questionnaire import Questionnaire
    from advisor.render import render
    from advisor.errors import InputError
    q = Questionnaire(advisor_for(rules_dir), cap=max_questions)
    if resume:
        interactive.load_resume(resume, q)
    target = save or resume

    def saved() -> str:
        return f"; answers saved to {target}" if target and q.asked else ""

    try:
        interactive.run(q, target, interactive.is_tty())
    except interactive.Quit:
        click.echo("\nstridewise: stopped" + saved(), err=True)
        sys.exit(0)
    except EOFError as err:
        raise InputError("<stdin>", "", "input ended before the questionnaire finished" + saved()) from err
    except KeyboardInterrupt:
        click.echo("\nstridewise: interrupted" + saved(), err=True)
        sys.exit(130)
    click.echo(render(q.result(), fmt), nl=False)


@main.command()
@click.argument("roster", type=str)
@format_option(kind="team", default="markdown", help="Report format. json and csv stream in roster order.")
@click.option("--output", "-o", metavar="FILE", help="Write the report to FILE (atomically) instead of stdout.")
@click.option("--input-format", type=click.Choice(["csv", "jsonl"]), help="Roster format (default: from the file name).")
@click.option("--strict", is_flag=True, help="Stop at the first bad row instead of reporting it and going on.")
@click.option("--anonymize", is_flag=True, help="Replace athlete names with stable pseudonyms in the output.")
@click.option("--salt", envvar="STRIDEWISE_SALT", default="stridewise", show_default=False,
              help="Secret mixed into --anonymize pseudonyms (env STRIDEWISE_SALT).")
@click.option("--workers", type=click.IntRange(1, 64), help="Worker processes for long rosters (default: up to 2).")
@rules_option
def screen(roster, fmt, output, input_format, strict, anonymize, salt, workers, rules_dir):
    """Screen a whole roster (CSV or JSON Lines) and write one team report.

    Referrals come first, then each athlete by urgency and certainty, team
    patterns by group, and a team plan: the fewest exercises covering everyone's
    causes. Bad rows are reported with their line and the rest still screened
    (exit 5). ROSTER may be '-' for stdin.

    \b
    Example:
      stridewise screen examples/roster.csv
      stridewise screen examples/roster.csv --format html -o team.html
      stridewise screen examples/roster.jsonl --format json --anonymize
    """
    from advisor.frontends.screen import screen_roster
    problems = screen_roster(advisor_for(rules_dir), roster, fmt, output, input_format, strict,
                             salt if anonymize else None, workers)
    if problems:
        sys.exit(5)


@main.command()
@click.option("--search", "-s", "query", metavar="WORDS", help="Find ids from your own words, e.g. 'shin splints'.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable list (ids are a stable contract).")
@rules_option
def symptoms(query, as_json, rules_dir):
    """List the observation ids a symptom file may use.

    \b
    Example:
      stridewise symptoms --search "runners knee"
      stridewise symptoms --json > ids.json
    """
    from advisor.knowledge.search import search
    kb = advisor_for(rules_dir).kb
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
        click.echo(f"No observation matches {query!r}. Try other words, or 'stridewise symptoms' for the full list.", err=True)
        sys.exit(1)
    width = max(len(o.id) for o in found)
    for obs in found:
        click.echo(f"{obs.id:<{width}}  {obs.text}")


@main.group()
def rules():
    """Work with rule packs."""


@rules.command("check")
@rules_option
def rules_check(rules_dir):
    """Validate a rule pack and report every problem with file:line.

    \b
    Example:
      stridewise rules check --rules my-clinic-rules/
    """
    from advisor.knowledge.loader import load_knowledge_base
    try:
        kb = load_knowledge_base(rules_dir)
    except KnowledgeBaseError as err:
        for problem in err.problems:
            click.echo(str(problem), err=True)
        click.echo(f"stridewise: {len(err.problems)} problem(s) in the rule pack", err=True)
        sys.exit(err.exit_code)
    click.echo(f"ok: {len(kb.rules)} rules, {len(kb.observations)} observations, {len(kb.causes)} causes, "
               f"{len(kb.red_flags)} red flags, {len(kb.exercises)} exercises, {len(kb.sources)} sources")


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
    from advisor.errors import InputError
    kb = advisor_for(rules_dir).kb
    try:
        with open(article_path, encoding="utf-8") as fh:
            article = fh.read()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(article_path, "", f"cannot read: {err}") from err
    lines, missing = coverage(kb, article)
    cited = 0
    for line in lines:
        if not line.text:
            continue
        cited += bool(line.cited_by)
        if uncovered and line.cited_by:
            continue
        mark = "+" if line.cited_by else "-"
        click.echo(f"{mark} {line.number:>3}: {line.text[:100]}")
        for who in line.cited_by:
            click.echo(f"        {who}")
    click.echo(f"{cited} of {sum(1 for l in lines if l.text)} article lines are cited by the rule pack", err=True)
    for where, c in missing:
        click.echo(f"stridewise: {where}: excerpt not found in the article: {c.quote!r}", err=True)
    if missing:
        sys.exit(4)


@main.command()
@click.argument("which", type=click.Choice(["input", "result", "team"]))
def schema(which):
    """Print a JSON Schema: symptom files (input), check's JSON (result), screen's JSON (team).

    \b
    Example:
      stridewise schema input > input.schema.json
    """
    from importlib.resources import files
    click.echo(files("advisor.schemas").joinpath(f"{which}.schema.json").read_text(encoding="utf-8"), nl=False)


if __name__ == "__main__":
    main()
