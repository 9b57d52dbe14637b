"""The inference engine: the only module that touches durable-rules.

The rule pack is compiled to one durable-rules ruleset (JSON form, built from data).
Observations are asserted as facts, durable's Rete network fires the rules, and every
firing is recorded as a ``Firing`` (rule, premises matched, conclusion). Conclusions that
some rule consumes are asserted back, so chains form.

We drive the C core (``durable_rules_engine``) directly rather than through
``durable.engine.Host``: the Python host costs about 14 us per firing in json
round-trips, closures and timestamps, and its dispatch threads fire actions
later. The calls used here are the same ones ``Host`` makes.

Sessions are reused. Creating a durable session allocates and zeroes index tables for
every beta node of the ruleset (about 2.7 MB here): with a session per case that was
~45 us of a ~75 us case. Instead each Engine keeps one live session; a case asserts its
facts, drains the actions, then retracts every fact it asserted (observations and
derived conclusions alike). Every rule is a conjunction of positive facts, so once all
of a case's facts are retracted the session's memories are empty again; the oracle
test (tests/unit/test_engine.py) runs thousands of cases through one session against
a plain-Python chainer to hold that.

What can crash the C core, and how it is avoided (ENGINE-NOTES has the list):
* A batch the core refused (a duplicated fact, a fact no rule handles) leaves a
  half-built session, and ``delete_state`` on it segfaults. Inputs are de-duplicated and
  filtered to facts some rule consumes, so ``run`` never sends such a batch; if the core
  refuses one anyway, the session is abandoned (never deleted, never reused) and one
  ``EngineError`` is raised.
* durable's ``createStateNode`` leaves the session's action context uninitialised, and
  ``delete_state`` frees those pointers: a session in which no action ever ran segfaults
  on delete. A new session first asserts a sentinel fact that a no-op rule matches, so
  an action has always started and completed before anything else happens.
* The core has no locking and one handle table per process, shared by every ruleset:
  every call into it holds ``_CORE_LOCK``, one lock for the whole process.
"""
from __future__ import annotations

import itertools
import json
import os
import re
import stat
import threading
from advisor.records import record
from enum import IntEnum

from advisor.errors import EngineError
from advisor.knowledge.model import KnowledgeBase

PINNED_DURABLE = "2.0.28"
"""The durable-rules release this module was written and tested against (pyproject.toml pins it)."""


class DurableVersionError(EngineError):
    """The installed durable-rules is not the pinned release: its C core may behave differently."""


def check_durable_version(version_of=None) -> None:
    """Raise ``DurableVersionError`` unless the installed durable-rules is ``PINNED_DURABLE``.

    ``version_of`` looks a distribution's version up (``importlib.metadata.version`` by
    default; tests pass their own).
    """
    if version_of is None:
        from importlib.metadata import version as version_of
    try:
        installed = version_of("durable-rules")
    except Exception:  # noqa: BLE001 - PackageNotFoundError, or broken metadata: both mean "not the pin"
        installed = None
    if installed != PINNED_DURABLE:
        found = f"durable-rules {installed} is installed" if installed else "durable-rules is not installed"
        raise DurableVersionError(f"{found}, but stridewise needs exactly {PINNED_DURABLE}: "
                                  f"run  pip install 'durable-rules=={PINNED_DURABLE}'")


def _binary_identity() -> str | None:
    """Names the installed C core file (path, size, times, inode); None if it cannot be found.

    Installing another durable-rules replaces that file, so a new identity means: check again.
    """
    from importlib.util import find_spec
    spec = find_spec("durable_rules_engine")
    if spec is None or not spec.origin:
        return None
    st = os.stat(spec.origin)
    return f"{PINNED_DURABLE}|{spec.origin}|{st.st_size}|{st.st_mtime_ns}|{st.st_ctime_ns}|{st.st_ino}"


def require_pinned_durable() -> None:
    """The import-time check, remembered per installed C core.

    ``importlib.metadata`` pulls in email, zipfile, csv, socket and more: one of the largest
    blocks of a cold ``stridewise check``. So a passed check leaves a stamp in the per-user
    cache folder, named by a hash of the installed C core's identity; while that file is
    unchanged the stamp stands for the check. A missing, unreadable or foreign stamp, or
    ``STRIDEWISE_NO_CACHE=1``, just means checking.
    """
    from advisor.knowledge.cache import cache_dir, content_hash, prune
    stamp = None
    try:
        identity = None if os.environ.get("STRIDEWISE_NO_CACHE") else _binary_identity()
        if identity is not None:
            stamp = os.path.join(cache_dir(), f"durable-ok-{content_hash(identity.encode()).hexdigest()[:40]}")
            st = os.stat(stamp)
            if stat.S_ISREG(st.st_mode) and st.st_uid == os.getuid():
                return
    except FileNotFoundError:
        pass  # no stamp yet: check, then leave one
    except Exception:  # noqa: BLE001 - no usable stamp: do the real check
        stamp = None
    check_durable_version()
    if stamp is not None:
        try:
            os.makedirs(os.path.dirname(stamp), mode=0o700, exist_ok=True)
            os.close(os.open(stamp, os.O_WRONLY | os.O_CREAT, 0o600))
        except OSError:
            pass
        prune("durable-ok-")


require_pinned_durable()

import durable_rules_engine as _core  # noqa: E402 - only once the version is known to be the pinned one


class CoreCode(IntEnum):
    """Return codes the C core hands back as values (``src/rules/rules.h`` in durable 2.0.28).

    ``assert_fact(s)`` / ``retract_fact(s)`` return ``(code, state_offset)`` for these
    four; every other code (out of memory, too many sessions, ...) is raised as a bare
    ``Exception`` naming it. Only ``OK`` means the batch was taken whole.
    """

    OK = 0
    """``RULES_OK``: every fact was taken."""
    NOT_HANDLED = 1
    """``ERR_EVENT_NOT_HANDLED``: no rule consumes (one of) the fact(s)."""
    OBSERVED = 2
    """``ERR_EVENT_OBSERVED``: the same fact is already in the session."""
    DEFERRED = 3
    """``ERR_EVENT_DEFERRED``: queued for later; only with a queue callback, which we never set."""


_REFUSALS = {
    CoreCode.NOT_HANDLED: "no rule handles this fact",
    CoreCode.OBSERVED: "fact already asserted",
    CoreCode.DEFERRED: "fact deferred to a queue (none is configured)",
}


def _refusal(code: int) -> str:
    try:
        return f"{_REFUSALS[CoreCode(code)]} (core code {code})"
    except (ValueError, KeyError):
        return f"unknown core code {code}"


_CORE_LOCK = threading.Lock()
"""Guards every call into durable's C core, from every Engine in the process: the core's
handle table and pools are process-wide and it takes no lock of its own."""

# An action message is '{"<action name>":{...matched facts...}}'; the name is the first key.
_ACTION_NAME = re.compile(r'\s*\{\s*"([^"\\]*)"\s*:')

_SENTINEL_RULE = "__session_started__"
_SENTINEL_KEY = "$session"
_names = itertools.count()


@record
class Firing:
    """One rule firing: which rule, from which facts, to what."""

    rule: str
    premises: tuple[str, ...]
    """Literal keys matched: ``+id`` present/derived, ``-id`` reported absent. Sorted."""
    conclusion: str


@record
class Trace:
    """What the engine derived for one case."""

    facts: frozenset[str]
    """Keys of every fact that held: the asserted observations and all derived conclusions."""
    firings: tuple[Firing, ...]
    """Every firing, sorted by (rule, premises) so two engines can be compared."""


class _Session:
    """One live durable session, the JSON of every fact it can hold, and the actions it has run."""

    __slots__ = ("sid", "state", "fact_json", "actions")

    def __init__(self, sid: str):
        self.sid = sid
        self.state = 0
        self.fact_json: dict[str, str] = {}
        self.actions: dict[str, str] = {}
        """Action message -> action name. In one session a given action always sends the same
        text (the sid and each condition's fact are fixed), so each is parsed once."""

    def fact(self, key: str) -> str:
        text = self.fact_json.get(key)
        if text is None:
            text = self.fact_json[key] = json.dumps({"sid": self.sid, "k": key})
        return text

    def batch(self, keys) -> str:
        return "[" + ",".join(self.fact(k) for k in keys) + "]"


class Engine:
    """A compiled rule pack. Safe to share between threads (calls are serialised); ``close`` frees it.

    Also a context manager: ``with Engine(kb) as engine: ...`` closes it on exit.
    """

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        definition: dict[str, dict] = {}
        self._actions: dict[str, tuple[Firing, int, str | None]] = {}
        consumed: set[str] = set()
        firings: list[tuple[str, Firing, str | None]] = []
        for rule in kb.rules:
            alternatives = [rule.all + (alt,) for alt in rule.any] if rule.any else [rule.all]
            for n, literals in enumerate(alternatives):
                name = f"{rule.id}#{n}"
                keys = list(dict.fromkeys(lit.key for lit in literals))
                if len(keys) == 1:
                    conditions = [{"m": {"k": keys[0]}}]
                else:
                    conditions = [{f"m_{i}": {"k": key}} for i, key in enumerate(keys)]
                definition[name] = {"all": conditions}
                # Each condition matches one fixed key, so an action's premises are known
                # now: the firing is prebuilt and the matched facts never need parsing.
                firing = Firing(rule.id, tuple(sorted(keys)), rule.then)
                firings.append((name, firing, "+" + rule.then if rule.weight > 0 else None))
                consumed.update(keys)
        # The trace's order (rule, premises) is fixed per action: rank once, sort ints per case.
        ranked = sorted(firings, key=lambda t: (t[1].rule, t[1].premises))
        for rank, (name, firing, derived) in enumerate(ranked):
            self._actions[name] = (firing, rank, derived)
        self._by_rank = tuple(firing for _, firing, _ in ranked)
        if definition:
            definition[_SENTINEL_RULE] = {"all": [{"m": {"k": _SENTINEL_KEY}}]}
        self.consumed = frozenset(consumed)
        """Fact keys some rule matches on; anything else is never asserted into durable."""
        self._sids = itertools.count(1)
        self._session: _Session | None = None
        self._closed = False
        self._handle = None
        if definition:
            with _CORE_LOCK:
                # A ruleset name can never be registered twice in a process: make each one unique.
                name = f"stridewise_{kb.fingerprint}_{next(_names)}"
                self._handle = _core.create_ruleset(name, json.dumps(definition))

    # -- lifecycle ------------------------------------------------------------------
    def close(self) -> None:
        """Free the compiled ruleset in the C core. The Engine is unusable afterwards."""
        with _CORE_LOCK:
            if self._closed:
                return
            self._closed = True
            handle, self._handle = self._handle, None
            if handle is None:
                return
            session, self._session = self._session, None
            try:
                if session is not None:  # a live session is always clean between cases
                    _core.delete_state(handle, session.sid)
                _core.delete_ruleset(handle)
            except Exception as err:  # the C core raises bare Exceptions with error codes
                raise EngineError(f"inference engine failed to close: {err}") from err

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- running --------------------------------------------------------------------
    def run(self, present: set[str] | frozenset[str], absent: set[str] | frozenset[str] = frozenset()) -> Trace:
        """Forward-chain one case. ``present``/``absent`` are observation ids; unknown ids are ignored."""
        keys = {"+" + o for o in present}
        keys.update("-" + o for o in absent if o not in present)
        to_assert = sorted(keys & self.consumed)
        if self._closed:
            raise EngineError("this engine was closed; build a new Engine for the rule pack")
        if not to_assert:
            return Trace(frozenset(keys), ())
        with _CORE_LOCK:
            if self._closed:
                raise EngineError("this engine was closed; build a new Engine for the rule pack")
            ranks = self._run_locked(to_assert, keys)
        by_rank = self._by_rank
        # Two alternatives of one rule can match the same literals: keep that firing once.
        firings = tuple(dict.fromkeys(by_rank[r] for r in sorted(ranks)))
        return Trace(frozenset(keys), firings)

    def _run_locked(self, to_assert: list[str], facts: set[str]) -> set[int]:
        """One case in the live session (opened if need be); ``facts`` gains every conclusion.

        Returns the ranks of the actions that fired. Holds ``_CORE_LOCK``.
        """
        session = self._session or self._open_session()
        handle = self._handle
        asserted = list(to_assert)
        ranks: set[int] = set()
        clean = False
        try:
            state = self._assert_batch(session, to_assert)
            result = _core.start_action_for_state(handle, state)
            message = result[1] if result else None
            seen = session.actions
            actions = self._actions
            consumed = self.consumed
            while message:
                _, rank, derived = actions[seen.get(message) or self._action_of(session, message)]
                ranks.add(rank)
                if derived is not None and derived not in facts:
                    facts.add(derived)
                    if derived in consumed:
                        self._assert_one(session, derived)
                        asserted.append(derived)
                message = _core.complete_and_start_action(handle, state)
            code = _core.retract_facts(handle, session.batch(asserted))[0]
            if code != CoreCode.OK:
                raise EngineError(f"engine could not clear the case: {_refusal(code)}")
            clean = True
        except EngineError:
            raise
        except Exception as err:  # the C core raises bare Exceptions with error codes
            raise EngineError(f"inference engine failed: {err}") from err
        finally:
            if not clean:
                # A refused batch or an action left half-done: the session is in a state
                # delete_state may crash on, so it is abandoned, never deleted or reused.
                self._session = None
        return ranks

    def _open_session(self) -> _Session:
        session = _Session(f"s{next(self._sids)}")
        try:
            state = self._assert_batch(session, [_SENTINEL_KEY])
            result = _core.start_action_for_state(self._handle, state)
            message = result[1] if result else None
            started = False
            while message:
                if self._action_name(message) != _SENTINEL_RULE:
                    raise EngineError(f"engine ran an unexpected action in a new session: {message[:200]}")
                started = True
                message = _core.complete_and_start_action(self._handle, state)
            if not started:  # the action context is still uninitialised: never use nor delete it
                raise EngineError("engine did not start the new session's first action")
        except EngineError:
            raise
        except Exception as err:
            raise EngineError(f"inference engine failed to start a session: {err}") from err
        self._session = session
        return session

    def _assert_batch(self, session: _Session, keys: list[str]) -> int:
        """Assert facts in one call; returns the session's state offset. Raises on any refusal."""
        code, state = _core.assert_facts(self._handle, session.batch(keys))
        if code != CoreCode.OK:
            raise EngineError(f"engine refused the case: {_refusal(code)}")
        session.state = state
        return state

    def _assert_one(self, session: _Session, key: str) -> None:
        code, _ = _core.assert_fact(self._handle, session.fact(key))
        if code != CoreCode.OK:
            raise EngineError(f"engine refused '{key[1:]}': {_refusal(code)}")

    def _action_of(self, session: _Session, message: str) -> str:
        name = self._action_name(message)
        if name not in self._actions:
            raise EngineError(f"engine ran the session sentinel inside a case: {message[:200]!r}")
        if len(session.actions) < 4 * len(self._actions):  # bounded, whatever the core sends
            session.actions[message] = name
        return name

    def _action_name(self, message: str) -> str:
        match = _ACTION_NAME.match(message)
        name = match.group(1) if match else None
        if name not in self._actions and name != _SENTINEL_RULE:
            raise EngineError(f"engine sent an action message this rule pack does not define: {message[:200]!r}")
        return name
