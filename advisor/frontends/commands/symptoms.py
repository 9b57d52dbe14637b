"""``stridewise symptoms``: the observation ids, listed or found from a runner's words."""
from __future__ import annotations

import json
import sys

import click

from advisor.errors import show
from advisor.frontends.options import kb_for, rules_option

MAX_QUERY = 1000
"""Longest 'symptoms --search' query: a 100 KB one took 5 s and was echoed back whole."""


@click.command()
@click.argument("words", nargs=-1)
@click.option("--search", "-s", "query", metavar="WORDS", help="Find ids from your own words, e.g. 'shin splints'.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable list (ids are a stable contract).")
@rules_option
def symptoms(words, query, as_json, rules_dir):
    """List the observation ids a symptom file may use, or find them from your own words.

    --search (or the words alone: "stridewise symptoms calf") ranks observations by how well
    your words name them: typos, plurals, tenses, slang and extra words are fine ("my IT band
    is killing me", "shins r sore").

    \b
    Example:
      stridewise symptoms --search "runners knee"
      stridewise symptoms --search "my IT band is killing me"
      stridewise symptoms shin splints
      stridewise symptoms --json > ids.json
    """
    from advisor.knowledge.search import search
    if words and query is not None:
        raise click.UsageError("give the words to search once: after --search, or alone")
    if words:   # (test drive 60: "stridewise symptoms calf" said only "unexpected extra argument")
        query = " ".join(words)
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
