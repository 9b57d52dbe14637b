"""The adaptive questionnaire behind ``stridewise ask``: which question to ask next, and when to stop.

No I/O here: a front end asks ``next_question()``, puts it to the runner, and hands the
answer to ``answer()``. The rules engine is only used to score hypothetical answers.

Order and stopping rule (documented in the README):
1. The red-flag screen, one checklist. Any ticked item ends the questionnaire with the
   referral: no self-treatment plan.
2. The broad multiple-choice questions (where it hurts, how it feels, what is seen, about
   you), in rule-pack order: one answer covers many observations.
3. If nothing at all was reported present, stop: prevention advice, no invented cause.
4. Then yes/no questions (follow-ups and self-tests), chosen one at a time. For every
   candidate we compute the result under "yes" and under "no". A question under which
   neither answer changes the top cause is skipped: it cannot change the answer. Among the
   rest we ask the one with the largest expected movement of the cause certainties
   (sum over causes of |change|, weighted by P(yes) and P(no)); P(yes) is estimated from how
   much of the normalised certainty sits on causes the question bears on. (Expected entropy
   drop was tried first: it undervalues a test whose "no" rules the leading cause out.)
5. Stop when no remaining question can change the top cause ("settled"), or at the cap
   (15 questions, the screen counting as one).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from advisor.inputs.symptoms import INPUT_SCHEMA_VERSION
from advisor.knowledge.model import KnowledgeBase, Observation, QuestionKind
from advisor.reasoning.result import Result
from advisor.reasoning.advisor import Advisor
from advisor.reasoning.certainty import LIKELY
from advisor.reasoning.case import Case

DEFAULT_CAP = 15
_PRIOR = 0.02


@dataclass(frozen=True)
class Option:
    id: str
    label: str


@dataclass(frozen=True)
class Ask:
    """One question to put to the runner."""

    id: str
    """Question id: a grouped question's id, or the observation id for a yes/no question."""
    kind: str
    """``screen``, ``choice`` or ``yesno``."""
    text: str
    options: tuple[Option, ...]
    """The options of a screen or choice question (empty for yes/no)."""
    help: str
    """Instructions (self-tests) and background, shown on ``why`` and under the question."""
    number: int
    """This is question ``number`` ..."""
    cap: int
    """... of at most ``cap``."""
    unselected_absent: bool = True


@dataclass
class Questionnaire:
    advisor: Advisor
    cap: int = DEFAULT_CAP
    answers: dict[str, bool | None] = field(default_factory=dict)
    """Observation id -> True (yes), False (no), None (not sure); in the order answered."""
    asked: list[str] = field(default_factory=list)
    history: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    """(question id, observation ids it set), for ``back``."""
    stop_reason: str = ""
    """Why it ended: red_flag, settled or cap."""
    athlete: str = ""

    def __post_init__(self) -> None:
        kb = self.advisor.kb
        self.kb: KnowledgeBase = kb
        self._groups = {q.id: q for q in kb.questions}
        self._group_of = {o: q for q in kb.questions for o in q.options}
        self._support = _support_table(kb)
        self._against = _against_table(kb)

    # -- state -------------------------------------------------------------------------
    def case(self) -> Case:
        return Case(frozenset(o for o, v in self.answers.items() if v is True),
                    frozenset(o for o, v in self.answers.items() if v is False), self.athlete)

    def result(self) -> Result:
        return self.advisor.advise(self.case())

    def document(self) -> dict:
        """The answers as a symptom file (what ``--save`` writes; ``check`` reads it)."""
        doc: dict = {"schema_version": INPUT_SCHEMA_VERSION}
        if self.athlete:
            doc["athlete"] = self.athlete
        doc["symptoms"] = [o if v is True else {"id": o, "present": v} for o, v in self.answers.items()]
        doc["asked"] = list(self.asked)
        return doc

    def restore(self, answers: list[tuple[str, bool | None]], asked: list[str] | None) -> None:
        for ident, value in answers:
            self.answers[ident] = value
        if asked is None:  # a plain symptom file: treat what it answers as asked
            asked = [q.id for q in self.kb.questions if all(o in self.answers for o in q.options)]
            asked += [o for o in self.answers if o not in self._group_of]
        for qid in asked:
            if qid not in self.asked:
                self.asked.append(qid)
                opts = self._groups[qid].options if qid in self._groups else (qid,)
                self.history.append((qid, tuple(o for o in opts if o in self.answers)))

    def answer(self, question_id: str, values: dict[str, bool | None]) -> None:
        """Record the answer to one question: observation id -> True/False/None."""
        for ident, value in values.items():
            self.answers[ident] = value
        self.asked.append(question_id)
        self.history.append((question_id, tuple(values)))

    def back(self) -> bool:
        """Undo the last answered question. False when there is nothing to undo."""
        if not self.history:
            return False
        question_id, set_ids = self.history.pop()
        if question_id in self.asked:
            self.asked.remove(question_id)
        for ident in set_ids:
            self.answers.pop(ident, None)
        self.stop_reason = ""
        return True

    # -- selection ---------------------------------------------------------------------
    def _cf(self, answers: dict[str, bool | None]) -> dict[str, float]:
        present = {o for o, v in answers.items() if v is True}
        absent = {o for o, v in answers.items() if v is False}
        cf = self.advisor.certainties(self.advisor.engine.run(present, absent))
        return {c: cf.get("+" + c, 0.0) for c in self.kb.causes}

    def _red_flag(self, answers) -> bool:
        present = {o for o, v in answers.items() if v is True}
        trace = self.advisor.engine.run(present)
        return any("+" + f in trace.facts for f in self.kb.red_flags)

    @staticmethod
    def _top(cf: dict[str, float]) -> tuple[str, ...]:
        ranked = sorted(((v, c) for c, v in cf.items() if v >= LIKELY), key=lambda t: (-t[0], t[1]))
        return tuple(c for _, c in ranked[:3])

    @staticmethod
    def _distribution(cf: dict[str, float]) -> dict[str, float]:
        weights = {c: max(v, 0.0) + _PRIOR for c, v in cf.items()}
        total = sum(weights.values())
        return {c: w / total for c, w in weights.items()}

    def _eligible(self, obs: Observation) -> bool:
        if obs.id in self.answers or obs.category.value == "red_flag" or obs.id in self.asked:
            return False
        group = self._group_of.get(obs.id)
        if group is not None and (group.unselected_absent or group.id not in self.asked):
            return False
        present = {o for o, v in self.answers.items() if v is True}
        if obs.ask_only_if and not present & set(obs.ask_only_if):
            return False
        if present & set(obs.never_if):
            return False
        return True

    def next_question(self) -> Ask | None:
        if self.stop_reason:
            return None
        number = len(self.asked) + 1
        screen = next((q for q in self.kb.questions if q.kind is QuestionKind.SCREEN), None)
        if screen and screen.id not in self.asked:
            return self._group_ask(screen, number)
        if self._red_flag(self.answers):
            self.stop_reason = "red_flag"
            return None
        if len(self.asked) >= self.cap:
            self.stop_reason = "cap"
            return None
        for group in self.kb.questions:
            if group.kind is QuestionKind.CHOICE and group.id not in self.asked and \
                    any(o not in self.answers for o in group.options):
                return self._group_ask(group, number)
        if not any(v is True for v in self.answers.values()):
            self.stop_reason = "nothing_reported"  # no complaint at all: prevention, no invented cause
            return None
        best = self._best_single()
        if best is None:
            self.stop_reason = "settled"
            return None
        obs = self.kb.observations[best]
        return Ask(obs.id, "yesno", obs.question, (), self._help(obs), number, self.cap)

    def _best_single(self) -> str | None:
        now = self._cf(self.answers)
        current_top = self._top(now)
        dist = self._distribution(now)
        best = None
        for obs in self.kb.observations.values():
            if not self._eligible(obs):
                continue
            cf_yes = self._cf({**self.answers, obs.id: True})
            cf_no = self._cf({**self.answers, obs.id: False})
            if self._top(cf_yes)[:1] == current_top[:1] and self._top(cf_no)[:1] == current_top[:1]:
                continue  # whatever the answer, the top cause stays the same: skip it
            support = sum(dist[c] for c in self._support.get(obs.id, ()) | self._against.get(obs.id, set()))
            p_yes = min(0.9, 0.1 + 0.8 * support)
            gain = p_yes * _movement(now, cf_yes) + (1 - p_yes) * _movement(now, cf_no)
            if best is None or gain > best[0] + 1e-12:
                best = (gain, obs.id)
        return best[1] if best else None

    def _group_ask(self, group, number: int) -> Ask:
        options = tuple(Option(o, self.kb.observations[o].text) for o in group.options)
        help_text = ("Red flags come first: any of these means see a clinician before any self-treatment."
                     if group.kind is QuestionKind.SCREEN else
                     "One broad question narrows down where to look before the specific questions.")
        return Ask(group.id, group.kind.value, group.text, options, help_text, number, self.cap, group.unselected_absent)

    def _help(self, obs: Observation) -> str:
        parts = []
        if obs.self_test and obs.self_test in self.kb.self_tests:
            test = self.kb.self_tests[obs.self_test]
            parts.append(f"Self-test, {test.name}: {test.how} Positive: {test.positive}")
            if test.caution:
                parts.append(f"Caution: {test.caution}")
        if obs.help:
            parts.append(obs.help)
        return " ".join(parts)

    def why(self, ask: Ask) -> str:
        """Why this question is asked now, in one or two sentences."""
        if ask.kind != "yesno":
            return ask.help
        now = self._cf(self.answers)
        label = lambda c: self.kb.causes[c].text  # noqa: E731
        in_play = [f"{label(c)} ({v:.2f})" for c, v in sorted(now.items(), key=lambda t: -t[1]) if v > 0][:3]
        top_yes = self._top(self._cf({**self.answers, ask.id: True}))
        top_no = self._top(self._cf({**self.answers, ask.id: False}))
        say = lambda top: ", ".join(label(c) for c in top) or "no likely cause"  # noqa: E731
        lines = [f"In play now: {', '.join(in_play) or 'nothing yet'}.",
                 f"A yes would make the top causes: {say(top_yes)}. A no: {say(top_no)}."]
        if ask.help:
            lines.append(ask.help)
        return " ".join(lines)


def _movement(before: dict[str, float], after: dict[str, float]) -> float:
    """How far an answer moves the cause certainties (L1 distance over causes)."""
    return sum(abs(after[c] - before[c]) for c in before)


def _against_table(kb: KnowledgeBase) -> dict[str, set[str]]:
    """Observation id -> causes a test of it bears on directly (negated premises, negative rules)."""
    out: dict[str, set[str]] = {}
    for rule in kb.rules:
        if rule.then in kb.causes:
            for lit in rule.all + rule.any:
                if lit.negated or rule.weight < 0:
                    out.setdefault(lit.id, set()).add(rule.then)
    return out


def _support_table(kb: KnowledgeBase) -> dict[str, set[str]]:
    """Observation id -> causes it can raise through positive rules."""
    reach: dict[str, set[str]] = {}
    by_premise: dict[str, list] = {}
    for rule in kb.rules:
        if rule.weight > 0:
            for lit in rule.all + rule.any:
                if not lit.negated:
                    by_premise.setdefault(lit.id, []).append(rule.then)
    for obs in kb.observations:
        seen, frontier = set(), [obs]
        while frontier:
            node = frontier.pop()
            for nxt in by_premise.get(node, ()):
                if nxt not in seen:
                    seen.add(nxt)
                    frontier.append(nxt)
        reach[obs] = {c for c in seen if c in kb.causes}
    return reach
