"""Traceability: which article lines the rule pack cites, and where.

``stridewise rules coverage --article FILE`` lists every line of the article with the rules,
muscle roles, exercises, red flags and corrections whose verbatim excerpt comes from it,
so a reviewer can walk the article claim by claim. The article itself is not shipped.
"""
from __future__ import annotations

from dataclasses import dataclass

from advisor.knowledge.model import Citation, KnowledgeBase, SourceKind


def normalise(text: str) -> str:
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(a, b)
    return " ".join(text.split())


def citations(kb: KnowledgeBase):
    """(where, citation) for every citation in the pack."""
    for rule in kb.rules:
        for c in rule.citations:
            yield f"rule {rule.id}", c
    for ex in kb.exercises.values():
        for c in ex.citations:
            yield f"exercise {ex.id}", c
    for flag in kb.red_flags.values():
        for c in flag.citations:
            yield f"red flag {flag.id}", c
    for test in kb.self_tests.values():
        for c in test.citations:
            yield f"self-test {test.id}", c
    for muscle in kb.muscles.values():
        for c in muscle.citations:
            yield f"muscle {muscle.id}", c
        for role in muscle.roles:
            for c in role.citations:
                yield f"muscle {muscle.id} ({role.phase.value})", c
    for corr in kb.corrections:
        for c in corr.citations:
            yield f"correction {corr.id}", c


@dataclass(frozen=True)
class LineCoverage:
    number: int
    text: str
    cited_by: tuple[str, ...]


def coverage(kb: KnowledgeBase, article: str) -> tuple[list[LineCoverage], list[tuple[str, Citation]]]:
    """Per article line, who cites it; plus article citations found on no line (not verbatim)."""
    quotes = [(where, c, normalise(c.quote)) for where, c in citations(kb)
              if kb.sources[c.source].kind is SourceKind.ARTICLE and c.quote]
    lines = []
    matched: set[int] = set()
    for number, raw in enumerate(article.splitlines(), 1):
        text = normalise(raw)
        who = []
        for i, (where, _, quote) in enumerate(quotes):
            if quote and quote in text:
                who.append(where)
                matched.add(i)
        lines.append(LineCoverage(number, raw.strip(), tuple(dict.fromkeys(who))))
    whole = normalise(article)
    missing = [(where, c) for i, (where, c, q) in enumerate(quotes) if i not in matched and q not in whole]
    return lines, missing
