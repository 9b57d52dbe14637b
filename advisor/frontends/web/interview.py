"""Rebuild a questionnaire from a signed token, step it, and sign the new state.

Shared by the runner pages and the ``/api/v1/ask`` endpoints, so both ask the same questions
in the same order as ``stridewise ask``.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass

from advisor.interview.questionnaire import DEFAULT_CAP, Ask, Questionnaire
from advisor.knowledge.search import lexicon
from advisor.reasoning.advisor import Advisor
from advisor.reasoning.result import Result

from .token import BadToken, InterviewState, Signer


@dataclass(frozen=True)
class Pending:
    """The question a token says is being asked, known without running the engine."""

    id: str
    kind: str
    """``screen``, ``choice``, ``follow_up`` or ``yesno``."""
    options: tuple[str, ...]
    """Observation ids of a checklist (empty for yes/no)."""
    unselected_absent: bool


@dataclass(frozen=True)
class Step:
    """Where an interview is: the next question (or None when done), and its new token."""

    token: str
    question: Ask | None
    why: str
    """Why this question is asked now ("" when done)."""
    questionnaire: Questionnaire
    outside: tuple[int, ...] = ()
    """What the runner's words named that Stridewise does not assess (``InterviewState.outside``)."""


class Interviews:
    """One per worker process. Questionnaires are cheap copies of one prototype, whose
    precomputed tables (support and against) are shared rather than rebuilt per request."""

    def __init__(self, advisor: Advisor, signer: Signer):
        self.advisor = advisor
        self.signer = signer
        self._proto = Questionnaire(advisor)
        kb = advisor.kb
        self._groups = {q.id: q for q in kb.questions}

    def _fresh(self, cap: int) -> Questionnaire:
        q = copy.copy(self._proto)  # shares only the per-pack tables, which never change
        q.cap, q.answers, q.asked, q.history, q.stop_reason = cap, {}, [], [], None
        q._undone = {}  # per runner: answers taken back with "back" must never reach another interview
        return q

    def new(self, cap: int = DEFAULT_CAP, prefill: dict[str, bool | None] | None = None,
            outside: tuple[int, ...] = ()) -> Step:
        """A new interview; ``prefill``: answers already known (the runner's confirmed words);
        ``outside``: what those words named that Stridewise does not assess (positions in the
        lexicon's ``outside_scope``). ``ValueError`` names an id the rule pack does not have."""
        q = self._fresh(cap)
        known = tuple((prefill or {}).items())
        if known:
            q.prefill(dict(known))
        return self._step(q, known, self._topics(outside))

    def label(self, obs_id: str) -> str:
        """How an observation reads to the runner (as in a checklist)."""
        return self._proto.label(obs_id)

    def restore(self, token: str) -> Questionnaire:
        return self._restore(self.signer.load(token))

    def pending(self, token: str) -> Pending | None:
        """The question being asked, from the signed token alone (None when finished)."""
        state = self.signer.load(token)
        if not state.current:
            return None
        if state.current in self._groups:
            group = self._groups[state.current]
            return Pending(group.id, group.kind, tuple(group.options), group.unselected_absent)
        if state.current in self.advisor.kb.observations:
            return Pending(state.current, "yesno", (), True)
        if self._proto.is_question(state.current):
            # A follow-up checklist: its options depend on what is answered, so replay.
            ask = self._restore(state).next_question()
            if ask is not None and ask.id == state.current:
                return Pending(ask.id, ask.kind, tuple(o.id for o in ask.options), ask.unselected_absent)
        raise BadToken("the token names a question this rule pack does not have")

    def _restore(self, state: InterviewState) -> Questionnaire:
        if not 1 <= state.cap <= 60:
            raise BadToken("bad question limit in token")
        q = self._fresh(state.cap)
        if state.prefill:
            if any(o not in self.advisor.kb.observations for o, _ in state.prefill):
                raise BadToken("the token names a question this rule pack does not have")
            q.prefill(dict(state.prefill))
        for qid, values in state.history:
            if not self._proto.is_question(qid) or any(o not in self.advisor.kb.observations for o, _ in values):
                raise BadToken("the token names a question this rule pack does not have")
            q.answer(qid, dict(values))
        return q

    def _state(self, q: Questionnaire, ask: Ask | None, prefill, outside) -> InterviewState:
        history = tuple((qid, tuple((o, q.answers.get(o)) for o in ids)) for qid, ids in q.history)
        return InterviewState(history, q.cap, ask.id if ask else "", prefill, outside)

    def _step(self, q: Questionnaire, prefill=(), outside: tuple[int, ...] = ()) -> Step:
        ask = q.next_question()
        return Step(self.signer.dump(self._state(q, ask, prefill, outside)), ask, q.why(ask) if ask else "", q, outside)

    def _topics(self, outside: tuple[int, ...]) -> tuple[int, ...]:
        """The positions of the lexicon's not-assessed topics, each known (else ``BadToken``)."""
        if any(not 0 <= i < len(lexicon().outside_scope) for i in outside):
            raise BadToken("the token names a topic this server does not have")
        return tuple(outside)

    def current(self, token: str) -> Step:
        state = self.signer.load(token)
        return self._step(self._restore(state), state.prefill, self._topics(state.outside))

    def answer(self, token: str, question_id: str, values: dict[str, bool | None]) -> Step:
        """Answer the current question. ``ValueError`` names what does not fit it."""
        state = self.signer.load(token)
        ask = self.pending(token)
        if ask is None:
            raise ValueError("question_id: the interview is finished; ask for the result")
        if question_id != ask.id:
            raise ValueError(f"question_id: the current question is '{ask.id}', not '{question_id}'")
        allowed = set(ask.options) if ask.kind != "yesno" else {ask.id}
        for ident in values:
            if ident not in allowed:
                raise ValueError(f"answer.{ident}: not an option of question '{ask.id}'")
        if ask.kind != "yesno" and ask.unselected_absent and (not values or not all(v is None for v in values.values())):
            # (an item the runner's words left "not sure" stays so when left unticked: it
            # became a no, and the answer never named it, test drive 27)
            # (and one that says nothing unticked stays unknown, as in ``checklist_values``: the
            # web's "free of aches and pains" unticked was a complaint, "physio if not better")
            unsure = {o for o, v in (state.prefill or ()) if v is None}
            group = self._groups.get(ask.id)
            values = {o: values.get(o, None if o in unsure else False) for o in ask.options
                      if o in values or o in unsure or not self.advisor.kb.unticked_says_nothing(group, o)}
        if ask.kind == "yesno" and ask.id not in values:
            values = {ask.id: None}
        q = self._restore(state)
        q.answer(ask.id, values)
        return self._step(q, state.prefill, self._topics(state.outside))

    def back(self, token: str) -> Step:
        state = self.signer.load(token)
        q = self._restore(state)
        q.back()
        return self._step(q, state.prefill, self._topics(state.outside))

    def result(self, token: str) -> Result:
        return self.restore(token).result()
