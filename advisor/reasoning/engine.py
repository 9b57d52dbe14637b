"""The inference engine: the only module that touches durable-rules.

The rule pack is compiled to one durable-rules ruleset (JSON form, built from data).
Each case runs in its own session: its observations are asserted as facts, durable's
Rete network fires the rules, and every firing is recorded as a ``Firing``
(rule, premises matched, conclusion). Conclusions that some rule consumes are
asserted back, so chains form. The session is always deleted.

We drive the C core (``durable_rules_engine``) directly rather than through
``durable.engine.Host``: the Python host costs about 14 us per firing in json
round-trips, closures and timestamps, and its dispatch threads fire actions
later. The calls used here are the same ones ``Host`` makes. The known crashes
(see ENGINE-NOTES) are avoided by construction: inputs are de-duplicated and
filtered to facts some rule consumes, conclusions are asserted once, and
sessions are deleted in ``finally``.

One more crash, found here and not in ENGINE-NOTES: durable's ``createStateNode`` leaves
the session's action context (``context.messages`` / ``context.stateFact``) uninitialised,
and ``delete_state`` frees those pointers. A session in which no action ever started
(e.g. only ``ankle_pain``, which waits in a join for ``knee_falls_inward``) therefore
segfaults on delete whenever the fresh pool memory is not zero. Every session asserts a
sentinel fact matched by a no-op rule, so an action always starts and completes, which
leaves the context NULL before the delete.
"""
from __future__ import annotations

import itertools
import json
import threading
from dataclasses import dataclass

import durable_rules_engine as _core

from advisor.errors import EngineError
from advisor.knowledge.model import KnowledgeBase


@dataclass(frozen=True)
class Firing:
    """One rule firing: which rule, from which facts, to what."""

    rule: str
    premises: tuple[str, ...]
    """Literal keys matched: ``+id`` present/derived, ``-id`` reported absent. Sorted."""
    conclusion: str


@dataclass(frozen=True)
class Trace:
    """What the engine derived for one case."""

    facts: frozenset[str]
    """Keys of every fact that held: the asserted observations and all derived conclusions."""
    firings: tuple[Firing, ...]
    """Every firing, sorted by (rule, premises) so two engines can be compared."""


_ERRORS = {1: "no rule handles this fact", 2: "fact already asserted"}
_SENTINEL_RULE = "__session_started__"
_SENTINEL_KEY = "$session"
_names = itertools.count()


class Engine:
    """A compiled rule pack. Not thread-safe (neither is durable's C core): use one per process."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self._lock = threading.Lock()
        definition: dict[str, dict] = {}
        self._actions: dict[str, tuple[Firing, str | None]] = {}
        consumed: set[str] = set()
        for rule in kb.rules:
            alternatives = [rule.all + (alt,) for alt in rule.any] if rule.any else [rule.all]
            for n, literals in enumerate(alternatives):
                name = f"{rule.id}#{n}"
                literals = tuple(dict.fromkeys(literals))
                if len(literals) == 1:
                    conditions = [{"m": {"k": literals[0].key}}]
                else:
                    conditions = [{f"m_{i}": {"k": lit.key}} for i, lit in enumerate(literals)]
                definition[name] = {"all": conditions}
                # Each condition matches one fixed key, so an action's premises are known
                # now: the firing is prebuilt and the matched facts never need parsing.
                firing = Firing(rule.id, tuple(sorted(lit.key for lit in literals)), rule.then)
                derived = "+" + rule.then if rule.weight > 0 else None
                self._actions[name] = (firing, derived)
                consumed.update(lit.key for lit in literals)
        if definition:
            definition[_SENTINEL_RULE] = {"all": [{"m": {"k": _SENTINEL_KEY}}]}
        self.consumed = frozenset(consumed)
        """Fact keys some rule matches on; anything else is never asserted into durable."""
        # A ruleset name can never be registered twice in a process: make each one unique.
        self._name = f"stridewise_{kb.fingerprint}_{next(_names)}"
        self._handle = _core.create_ruleset(self._name, json.dumps(definition)) if definition else None
        self._sids = itertools.count(1)

    def run(self, present: set[str] | frozenset[str], absent: set[str] | frozenset[str] = frozenset()) -> Trace:
        """Forward-chain one case. ``present``/``absent`` are observation ids; unknown ids are ignored."""
        keys = {"+" + o for o in present} | {"-" + o for o in absent if o not in present}
        facts = set(keys)
        firings: list[Firing] = []
        to_assert = sorted(k for k in keys if k in self.consumed)
        if not to_assert or self._handle is None:
            return Trace(frozenset(facts), ())
        with self._lock:
            sid = str(next(self._sids))
            handle = self._handle
            started = False
            try:
                batch = [{"sid": sid, "k": k} for k in [_SENTINEL_KEY, *to_assert]]
                code, state = _core.assert_facts(handle, json.dumps(batch))
                # Only now is there a session to delete: after a batch the core refused,
                # delete_state would free a half-built session (ENGINE-NOTES gotchas 1, 2).
                started = True
                if code not in (0, 3):
                    raise EngineError(f"engine refused the case: {_ERRORS.get(code, code)}")
                result = _core.start_action_for_state(handle, state)
                message = result[1] if result else None
                while message:
                    # One action per message: '{"<action>":{...matched facts...}}'.
                    action = message[2:message.index('"', 2)]
                    if action != _SENTINEL_RULE:
                        firing, derived = self._actions[action]
                        firings.append(firing)
                        if derived is not None and derived not in facts:
                            facts.add(derived)
                            if derived in self.consumed:
                                code, _ = _core.assert_fact(handle, f'{{"sid": "{sid}", "k": "{derived}"}}')
                                if code not in (0, 3):
                                    raise EngineError(f"engine refused '{derived[1:]}': {_ERRORS.get(code, code)}")
                    message = _core.complete_and_start_action(handle, state)
            except EngineError:
                raise
            except Exception as err:  # the C core raises bare Exceptions with error codes
                raise EngineError(f"inference engine failed: {err}") from err
            finally:
                if started:
                    try:
                        _core.delete_state(handle, sid)
                    except Exception:  # noqa: BLE001 - never mask the real error; nothing to clean up
                        pass
        firings = sorted(set(firings), key=lambda f: (f.rule, f.premises))
        return Trace(frozenset(facts), tuple(firings))
