"""The rule graph: cycles, what observations can reach, and the order conclusions are computed in.

Each function is linear in the size of the rules (a 10,000-step chain written in reverse
takes milliseconds), so checking a large or hostile pack never stalls.
"""
from __future__ import annotations

import graphlib
from collections import deque

from advisor.knowledge.model import Rule


def _edges(rules: list[Rule]) -> dict[str, list[str]]:
    """premise id -> the conclusions of the rules that use it (sorted, no repeats)."""
    edges: dict[str, set[str]] = {}
    for rule in rules:
        for lit in rule.all + rule.any:
            edges.setdefault(lit.id, set()).add(rule.then)
    return {node: sorted(targets) for node, targets in edges.items()}


def cycles(rules: list[Rule]) -> list[list[str]]:
    """Every cycle a depth-first search meets (one per back edge, each set of nodes once),
    as ``[a, b, ..., a]``. Iterative, so a long chain never exhausts the stack."""
    edges = _edges(rules)
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    found: list[list[str]] = []
    reported: set[frozenset[str]] = set()
    for start in sorted(edges):
        if state.get(start):
            continue
        path = [start]
        on_path = {start: 0}
        state[start] = 1
        stack = [iter(edges.get(start, ()))]
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                node = path.pop()
                del on_path[node]
                state[node] = 2
                stack.pop()
                continue
            if state.get(nxt) == 1:
                cycle = path[on_path[nxt]:] + [nxt]
                key = frozenset(cycle)
                if key not in reported:
                    reported.add(key)
                    found.append(cycle)
            elif not state.get(nxt):
                state[nxt] = 1
                on_path[nxt] = len(path)
                path.append(nxt)
                stack.append(iter(edges.get(nxt, ())))
    return found


def reachable(rules: list[Rule], observations) -> set[str]:
    """Every id observations can establish through rules with a positive weight.

    Counting, not re-scanning: each rule waits for its number of unmet ``all`` premises and
    for one ``any`` premise; each id, once reached, releases the rules that use it.
    """
    positive = [r for r in rules if r.weight > 0]
    waiting_all = [len({l.id for l in r.all}) for r in positive]
    any_met = [not r.any for r in positive]
    users: dict[str, list[tuple[int, bool]]] = {}
    for n, rule in enumerate(positive):
        for ident in {l.id for l in rule.all}:
            users.setdefault(ident, []).append((n, True))
        for ident in {l.id for l in rule.any}:
            users.setdefault(ident, []).append((n, False))
    reached = set(observations)
    queue = deque(reached)
    while queue:
        node = queue.popleft()
        for n, in_all in users.get(node, ()):
            if in_all:
                waiting_all[n] -= 1
            else:
                any_met[n] = True
            if waiting_all[n] == 0 and any_met[n]:
                then = positive[n].then
                if then not in reached:
                    reached.add(then)
                    queue.append(then)
    return reached


def leading_to(rules: list[Rule], targets) -> set[str]:
    """Every id some chain of positive rules leads from to one of ``targets`` (the targets too):
    ``reachable`` run backwards, each rule's premises taken once its conclusion is reached."""
    by_then: dict[str, list[Rule]] = {}
    for rule in rules:
        if rule.weight > 0:
            by_then.setdefault(rule.then, []).append(rule)
    reached = set(targets)
    queue = deque(reached)
    while queue:
        for rule in by_then.get(queue.popleft(), ()):
            for lit in rule.all + rule.any:
                if not lit.negated and lit.id not in reached:
                    reached.add(lit.id)
                    queue.append(lit.id)
    return reached


def order(rules: list[Rule], observations) -> tuple[str, ...]:
    """Every conclusion after all the findings and causes its rules use: by depth (longest
    chain of rules from observations), then id. Call only on a graph without cycles."""
    deps: dict[str, set[str]] = {}
    for rule in rules:
        deps.setdefault(rule.then, set()).update(l.id for l in rule.all + rule.any if l.id not in observations)
    depth: dict[str, int] = {}
    for node in graphlib.TopologicalSorter(deps).static_order():
        depth[node] = 1 + max((depth[d] for d in deps.get(node, ())), default=-1)
    return tuple(sorted(deps, key=lambda node: (depth[node], node)))
