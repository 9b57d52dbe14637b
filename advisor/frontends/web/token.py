"""The interview state as a signed token, so any worker can continue any interview.

The token is ``base64url(JSON) "." base64url(HMAC-SHA256(key, JSON))``. The JSON holds the
answers in order (question id and the observation values it set), which is all a
``Questionnaire`` needs to be rebuilt by replaying them. It is signed, not encrypted: the
answers are the runner's own and travel only between their browser (or app) and this server.

The key comes from STRIDEWISE_SECRET, or is generated once by ``serve`` in the parent process
and handed to its workers through the environment: a restart without STRIDEWISE_SECRET makes
every earlier link invalid (the runner starts again; nothing else is lost).
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from dataclasses import dataclass

TOKEN_VERSION = 1
MAX_TOKEN_CHARS = 16_000


class BadToken(ValueError):
    """The token is malformed, or signed with another key."""


@dataclass(frozen=True)
class InterviewState:
    """What a token carries."""

    history: tuple[tuple[str, tuple[tuple[str, bool | None], ...]], ...]
    """(question id, ((observation id, True/False/None), ...)) in the order answered."""
    cap: int
    """The question limit of this interview."""
    current: str = ""
    """The id of the question the runner is being asked now ("" when finished). Signed with
    the answers, so an answer is checked against it without choosing the question again
    (choosing it runs the engine about a hundred times)."""
    prefill: tuple[tuple[str, bool | None], ...] = ()
    """Answers known before the first question (the runner's own words, confirmed by them):
    ((observation id, True/False/None), ...). Kept apart from the history: they are not questions."""
    outside: tuple[int, ...] = ()
    """What the runner's words named that Stridewise does not assess, as positions in the
    lexicon's ``outside_scope`` (never the words): the answer page says it first, as the words
    page did (fc26: it was lost after the questions)."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Signer:
    def __init__(self, key: bytes):
        if len(key) < 16:
            raise ValueError("STRIDEWISE_SECRET must be at least 16 characters (e.g. the output of 'openssl rand -hex 32')")
        self.key = key

    def _mac(self, body: bytes) -> bytes:
        return hmac.new(self.key, body, hashlib.sha256).digest()

    def dump(self, state: InterviewState) -> str:
        doc = {"v": TOKEN_VERSION, "c": state.cap, "n": state.current, "h": [[q, [[o, v] for o, v in values]] for q, values in state.history]}
        if state.prefill:  # only then: a step-by-step interview's token is as before
            doc["p"] = [[o, v] for o, v in state.prefill]
        if state.outside:
            doc["o"] = list(state.outside)
        body = json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        return _b64(body) + "." + _b64(self._mac(body))

    def load(self, token: str) -> InterviewState:
        if not isinstance(token, str) or len(token) > MAX_TOKEN_CHARS or token.count(".") != 1:
            raise BadToken("not an interview token")
        body_text, mac_text = token.split(".")
        try:
            body, mac = _unb64(body_text), _unb64(mac_text)
        except (binascii.Error, ValueError) as err:
            raise BadToken("not an interview token") from err
        if not hmac.compare_digest(mac, self._mac(body)):
            raise BadToken("the token's signature does not match (was the server restarted without STRIDEWISE_SECRET?)")
        try:
            doc = json.loads(body)
            if doc["v"] != TOKEN_VERSION:
                raise BadToken(f"token version {doc['v']!r}; this server reads {TOKEN_VERSION}")
            history = tuple((str(q), tuple((str(o), v) for o, v in values)) for q, values in doc["h"])
            prefill = tuple((str(o), v) for o, v in doc.get("p", []))
            if not all(v in (True, False, None) for _, values in history + (("", prefill),) for _, v in values):
                raise BadToken("bad answer value in token")
            outside = tuple(doc.get("o", []))
            if not all(type(i) is int and i >= 0 for i in outside):
                raise BadToken("bad topic in token")
            return InterviewState(history, int(doc["c"]), str(doc["n"]), prefill, outside)
        except (ValueError, KeyError, TypeError) as err:
            raise BadToken("the token's contents are not an interview") from err
