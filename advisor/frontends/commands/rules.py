"""``stridewise rules check`` and ``stridewise rules coverage``: work with rule packs."""
from __future__ import annotations

import sys

import click

from advisor.errors import KnowledgeBaseError, show
from advisor.frontends.options import advisor_for, rules_option

ARTICLE_LIMIT = 16 * 1024 * 1024
"""Largest article 'rules coverage' reads (the source article is about 11 KB)."""


@click.group()
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
