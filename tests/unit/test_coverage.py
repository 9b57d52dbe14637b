"""The article-excerpt check itself: a quote that is not verbatim is reported, with where."""
from __future__ import annotations

from advisor import records

from advisor.knowledge.coverage import coverage

ARTICLE = """Glutes
The glutes are the powerhouse of the stride and keep the knee from caving in.
"""


def _with_quote(kb, quote: str):
    rule = next(r for r in kb.rules if any(kb.sources[c.source].kind == "article" for c in r.citations))
    cites = tuple(records.replace(c, quote=quote) if kb.sources[c.source].kind == "article" else c
                  for c in rule.citations)
    rules = tuple(records.replace(r, citations=cites) if r is rule else r for r in kb.rules)
    return records.replace(kb, rules=rules), rule.id


def test_a_verbatim_quote_is_found_on_its_line(kb):
    pack, rule_id = _with_quote(kb, "keep the knee from caving in")
    lines, missing = coverage(pack, ARTICLE)
    assert f"rule {rule_id}" in lines[1].cited_by
    assert all(where != f"rule {rule_id}" for where, _ in missing)


def test_a_paraphrased_quote_is_reported_missing(kb):
    pack, rule_id = _with_quote(kb, "stop the knee from caving in")
    _, missing = coverage(pack, ARTICLE)
    assert f"rule {rule_id}" in [where for where, _ in missing]


def test_typographic_quotes_and_spacing_do_not_count_as_changes(kb):
    pack, rule_id = _with_quote(kb, "The  glutes are the \u201cpowerhouse\u201d")
    _, missing = coverage(pack, 'The glutes are the "powerhouse" of the stride.')
    assert f"rule {rule_id}" not in [where for where, _ in missing]
