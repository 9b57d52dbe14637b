"""What the durable-rules C core (2.0.28) can take, measured, and a pack's size against it.

The engine (``advisor.reasoning.engine``) compiles each rule into one durable rule per
alternative (its ``all`` premises plus one of its ``any`` premises), each premise a condition
on one fact key (``+id`` present, ``-id`` reported absent), plus one sentinel rule on its own
key. ``measure`` counts the same things from the rules, so every command refuses a pack the
core cannot take *before* the engine is built (a unit test checks the counts against a
compiled ``Engine``).

How the limits were found (2026-11-25, durable-rules 2.0.28, each probe in a fresh process
under ``timeout``; the constants are from its ``src/rules/rules.h`` and ``rete.h``):

* Distinct fact keys: the alpha node for attribute ``k`` keeps its children in a 512-slot
  hash table (``NEXT_BUCKET_LENGTH``) probed linearly, and the probe loops forever when the
  table is full. 512 single-condition rules on 512 keys build in 0.007 s, 513 never return
  from ``create_ruleset``; with 512 keys the build returns but asserting any fact never
  returns. So at most 511 keys work, sentinel included.
* Conditions per fact key: each alpha node links at most 256 join nodes
  (``BETA_LIST_LENGTH``): 256 durable rules testing one key build and run, 257 fail with
  "Could not create ruleset, error code: 108" (``ERR_RULE_BETA_LIMIT_EXCEEDED``), whether the
  key is a rule's first or second condition. This is the error the shipped pack plus 1,500
  extra rules over shared keys hit.
* Durable rules: at most 4,096 actions (``MAX_ACTIONS``): 4,096 build, 4,097 fail with error
  code 106 (``ERR_RULE_LIMIT_EXCEEDED``).
* Conditions in one durable rule: a rule with 17 or more conditions builds, but asserting its
  facts fails with error code 304 (``ERR_MAX_MESSAGES_IN_FRAME``, ``MAX_MESSAGE_FRAMES`` 16);
  16 work.

Not limits: ruleset build time (4,096 rules in 0.04 s), 4,000 two- and three-condition rules
over 400 keys with every fact present (0.2 s per case), ids of 1,000,000 characters.
Each limit below keeps a margin under the measured one.
"""
from __future__ import annotations

from collections import namedtuple

from advisor.knowledge.model import Literal, Rule

MAX_FACT_KEYS = 500
"""Distinct fact keys, the sentinel included (the core hangs at 512)."""
MAX_CONDITIONS_PER_KEY = 250
"""Durable rules testing one fact key (the core fails with error 108 past 256)."""
MAX_ENGINE_RULES = 4_000
"""Durable rules, one per alternative, the sentinel included (error 106 past 4,096)."""
MAX_CONDITIONS_PER_RULE = 12
"""Premises in one alternative: ``all`` plus one ``any`` (error 304 at runtime past 16)."""

SENTINEL_KEYS = 1
"""The engine's sentinel rule tests one key of its own (see ``advisor.reasoning.engine``)."""


def alternatives(rule: Rule) -> list[tuple[Literal, ...]]:
    """The durable rules one rule compiles to: its premises, once per ``any`` member."""
    groups = [rule.all + (alt,) for alt in rule.any] if rule.any else [rule.all]
    return [tuple(dict.fromkeys(group)) for group in groups]


class Size(namedtuple("Size", "fact_keys engine_rules conditions_per_key")):
    """What a pack compiles to, in the units the core is limited in: distinct ``fact_keys`` and
    ``engine_rules`` (durable rules), the sentinel's included; ``conditions_per_key``: fact key
    -> how many durable rules test it."""

    __slots__ = ()


def measure(rules: list[Rule]) -> Size:
    per_key: dict[str, int] = {}
    count = 0
    for rule in rules:
        for group in alternatives(rule):
            count += 1
            for lit in group:
                per_key[lit.key] = per_key.get(lit.key, 0) + 1
    if count == 0:
        return Size(0, 0, per_key)
    return Size(len(per_key) + SENTINEL_KEYS, count + 1, per_key)


def problems(rules: list[Rule]) -> list[tuple[Rule, str]]:
    """(rule to point at, message) for every limit the rules break; empty when the core can take them."""
    out: list[tuple[Rule, str]] = []
    size = measure(rules)
    keys_seen: set[str] = set()
    rules_seen = SENTINEL_KEYS
    per_key: dict[str, int] = {}
    over_keys = over_rules = False
    for rule in rules:
        groups = alternatives(rule)
        longest = max((len(g) for g in groups), default=0)
        if longest > MAX_CONDITIONS_PER_RULE:
            out.append((rule, f"{longest} premises must hold together; the engine takes at most "
                              f"{MAX_CONDITIONS_PER_RULE} (split the rule through a finding)"))
        for group in groups:
            rules_seen += 1
            if rules_seen > MAX_ENGINE_RULES and not over_rules:
                over_rules = True
                out.append((rule, f"the pack compiles to {size.engine_rules:,} engine rules (one per 'any' "
                                  f"premise); the engine takes at most {MAX_ENGINE_RULES:,}: this rule is past it"))
            for lit in group:
                keys_seen.add(lit.key)
                per_key[lit.key] = per_key.get(lit.key, 0) + 1
                if per_key[lit.key] == MAX_CONDITIONS_PER_KEY + 1:
                    out.append((rule, f"'{'not ' if lit.negated else ''}{lit.id}' is tested by "
                                      f"{size.conditions_per_key[lit.key]:,} engine rules; the engine takes at "
                                      f"most {MAX_CONDITIONS_PER_KEY} per fact: this rule is past it "
                                      "(route them through a finding)"))
                if len(keys_seen) + SENTINEL_KEYS > MAX_FACT_KEYS and not over_keys:
                    over_keys = True
                    out.append((rule, f"the rules test {size.fact_keys:,} distinct facts ('x' and 'not x' "
                                      f"count apart, plus one); the engine takes at most {MAX_FACT_KEYS}: "
                                      "this rule is past it (split the pack)"))
    return out
