"""The adaptive questionnaire behind ``stridewise ask``: which question to ask next, and when to stop.

No I/O here: a front end asks ``next_question()``, puts it to the runner, and hands the
answer to ``answer()`` (for a checklist, built by ``checklist_values`` so that every front
end means the same thing by an unticked item).

Order and stopping rule (documented in the README):
1. The red-flag screen, one checklist. Any ticked item ends the questionnaire with the
   referral: no self-treatment plan. Before it ends, a yes/no question for each thing not yet
   answered that would make the referral more urgent (under-fuelling ticked: is there shin
   pain? With it the referral is today, not within days; test drive 34 found ``ask`` "soon"
   where ``check`` said "urgent" for the same runner), in rule-pack order; and, when every
   flag found is one to see a clinician within days, the follow-ups of what was already
   reported (step 4), so the referral can name what the rest fits. A red flag found from a
   later answer ends it the same way.
2. The broad checklists (where it hurts, how it feels, what is seen, about you), in rule-pack
   order: one answer covers many observations. Every checklist offers "not sure". An item
   left unticked is a "no" only when the question says so on screen (``unselected: absent``
   in questions.yaml) and "not sure" was not ticked; otherwise it stays unknown and may still
   be asked on its own later.
3. If nothing at all was reported present, stop: prevention advice, no invented cause.
4. Follow-ups of what was reported: an observation whose ``ask_only_if`` names a reported
   observation (a pain site such as knee pain) is a follow-up of it, and every follow-up of
   every reported observation is asked before the questionnaire may settle. A clinician asks
   what the knee pain is like before deciding; so do we, even when the current scores look
   decided, because the scores cannot weigh what was never asked. They are asked as ONE
   checklist per reported observation, in the order reported ("You reported: pain in or
   around the knee ... Which of these are true of it?"), generated from the data: its
   follow-ups, in rule-pack order, without self-tests (a test keeps its own yes/no question
   with its instructions, step 5), without what ``never_if`` rules out, without what is
   already answered; a single one left is asked as a yes/no question. An unticked item counts
   as a no and the question says so: each item is about the runner's own pain, asked
   directly, so they know. "Not sure" records the unticked items as not sure (asked, no
   evidence), not as open: asking them again one by one would only repeat the question.
5. Then yes/no questions (self-tests and whatever a checklist left open), chosen one at a
   time. For every candidate we compute the result under "yes" and under "no", counting only
   the causes already in play (certainty above 0 now): an answer that would bring in a cause
   nothing so far points to is a new complaint, which the broad checklists already offered,
   not an open question about this one. A question is still open when one of its answers would
   - change the top cause,
   - change the exercise plan (the plan for the current answers differs from the plan under
     that answer), or
   - separate a near tie: a cause within ``NEAR_TIE`` of the top certainty would end up
     ``NEAR_TIE`` or more behind it.
   Among the open ones we ask the one with the largest expected movement of the cause
   certainties (sum over causes of |change|, weighted by P(yes) and P(no)); P(yes) is
   estimated from how much of the normalised certainty sits on causes the question bears
   on. (Expected entropy drop was tried first: it undervalues a test whose "no" rules the
   leading cause out.)
6. Stop when no question is open ("settled"), or at the cap (15 questions; the screen and
   each checklist count as one).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from advisor.inputs.symptoms import INPUT_SCHEMA_VERSION
from advisor.knowledge.model import KnowledgeBase, Observation, ObservationCategory, QuestionKind, Triage
from advisor.reasoning.result import Result
from advisor.reasoning.advisor import Advisor
from advisor.reasoning.certainty import LIKELY
from advisor.reasoning.case import Case
from advisor.reasoning.plan import choose_exercises
from advisor.reasoning.result import PLAN_FOR_TOP, advised

DEFAULT_CAP = 15
FOLLOW_UP_PREFIX = "about:"
"""The id of a follow-up checklist is this prefix and the reported observation's id
(``about:knee_pain``): what ``--save`` records in ``asked`` and ``--resume`` reads back."""
NEAR_TIE = 0.1
"""A cause this close to the top certainty is still a contender: the questionnaire keeps asking
while a remaining question can separate the two."""
_PRIOR = 0.02

Values = dict[str, "bool | None"]


class AskKind(StrEnum):
    """What kind of question an ``Ask`` is."""

    SCREEN = "screen"
    """The red-flag checklist."""
    CHOICE = "choice"
    """A broad checklist: tick all that apply."""
    FOLLOW_UP = "follow_up"
    """The follow-ups of one reported observation (a pain site), as one checklist."""
    YESNO = "yesno"
    """One observation: yes, no or not sure."""


@dataclass(frozen=True)
class Option:
    id: str
    label: str
    """What the runner reads: the observation's text, or for an item about the runner
    (category ``context``) its question turned into the second person ("You sit ...")."""
    unticked_says_nothing: bool = False
    """Left unticked, no answer even where unticked counts as a no: "You are free of aches, pains
    and complaints" unticked is no complaint (test drive 31: a runner who ticked nothing was told
    to see a physio if not better), as a form's unticked box of it is (``inputs.forms``)."""
    heading: str = ""
    """A heading shown before this option, grouping a long checklist (``Question.headings``)."""


@dataclass(frozen=True)
class Ask:
    """One question to put to the runner."""

    id: str
    """Question id: a grouped question's id, or the observation id for a yes/no question."""
    kind: AskKind
    text: str
    options: tuple[Option, ...]
    """The options of a screen or choice question (empty for yes/no)."""
    help: str
    """Instructions (self-tests) and background, shown under the question."""
    number: int
    """This is question ``number`` ..."""
    cap: int
    """... of at most ``cap``."""
    unselected_absent: bool = True
    """Checklists: an unticked item counts as a no (the question text says so)."""
    unsure_is_answer: bool = False
    """Checklists: with "not sure" ticked, the unticked items are recorded as "not sure" (asked,
    adding no evidence) instead of being left open to be asked again on their own. True for a
    follow-up checklist: it asked about each item directly, so asking again would only repeat it."""
    previous: tuple[tuple[str, bool | None], ...] = ()
    """The answer given before the runner went back to this question (ticks to keep)."""
    follows: str = ""
    """For a follow-up (checklist or yes/no) asked because every follow-up is: the reported
    observation it follows up."""


SOONER = ("You ticked a sign that needs a clinician. A yes here would make it more urgent, so this "
          "is asked before the answer.")
"""The help of a question asked after a red flag because it would make the referral sooner."""
WOULD_REFER = ("With what you reported, a yes here would mean seeing a clinician rather than exercises, so "
               "this is asked first.")
"""The help of a question asked because, there, it would make what was reported a red flag."""
ASKED_AGAIN = ("You answered not sure to this, and the exercise plan waits for the answer, so it is asked "
               "once more: ")
"""Before a red-flag sign answered not sure, asked again on its own (test drive 61: eight questions
that sort the plan followed, then "the plan waits for that answer" and the session ended)."""
AGAIN_AT_MOST = 3
"""At most this many signs answered not sure are asked again one by one."""
AGAIN_NONE_ABOVE = 8
"""... and none when more than this many are open (the red-flag screen answered "not sure" as a
whole leaves some 28 open: that runner is told so); four of them left test drive 65 with none
asked again."""


class StopReason(StrEnum):
    """Why the questionnaire ended."""

    RED_FLAG = "red_flag"
    """A red flag was reported: the answer is a referral."""
    SETTLED = "settled"
    """Every follow-up was asked and no remaining question can change the answer."""
    CAP = "cap"
    """The question limit was reached."""
    NOTHING_REPORTED = "nothing_reported"
    """No complaint at all: prevention advice, no invented cause."""


def checklist_values(ask: Ask, ticked: set[str] | frozenset[str], not_sure: bool,
                     unsure: set[str] | frozenset[str] = frozenset()) -> Values:
    """The answer to a checklist: ticked items are present; ``unsure`` items (named one by one:
    "?5") are not sure; the others are a "no" only when the question said so
    (``unselected_absent``) and "not sure" was not ticked; otherwise they are left out, i.e.
    unknown, and can still be asked on their own."""
    values: Values = {o.id: True for o in ask.options if o.id in ticked}
    values.update({o.id: None for o in ask.options if o.id in unsure and o.id not in ticked})
    if ask.unselected_absent and not not_sure:
        values.update({o.id: False for o in ask.options if o.id not in values and not o.unticked_says_nothing})
    elif ask.unsure_is_answer:
        values.update({o.id: None for o in ask.options if o.id not in values})
    return values


@dataclass
class Questionnaire:
    advisor: Advisor
    cap: int = DEFAULT_CAP
    answers: dict[str, bool | None] = field(default_factory=dict)
    """Observation id -> True (yes), False (no), None (not sure); in the order answered."""
    asked: list[str] = field(default_factory=list)
    history: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    """(question id, observation ids it set), for ``back``."""
    stop_reason: StopReason | None = None
    """Why it ended; None while it goes on."""
    athlete: str = ""

    def __post_init__(self) -> None:
        kb = self.advisor.kb
        self.kb: KnowledgeBase = kb
        self._groups = {q.id: q for q in kb.questions}
        self._group_of = {o: q for q in kb.questions for o in q.options}
        self._support = _support_table(kb)
        self._against = _against_table(kb)
        self._undone: dict[str, Values] = {}

    # -- state -------------------------------------------------------------------------
    def case(self) -> Case:
        return Case(frozenset(o for o, v in self.answers.items() if v is True),
                    frozenset(o for o, v in self.answers.items() if v is False), self.athlete,
                    unsure=frozenset(o for o, v in self.answers.items() if v is None))

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
        claimed: set[str] = set()
        for qid in asked:
            if qid not in self.asked:
                self.asked.append(qid)
                if qid in self._groups:
                    opts = self._groups[qid].options
                elif qid.startswith(FOLLOW_UP_PREFIX):
                    opts = tuple(self._follow_ups_of(qid.removeprefix(FOLLOW_UP_PREFIX)))
                else:
                    opts = (qid,)
                opts = tuple(o for o in opts if o in self.answers and o not in claimed)
                claimed.update(opts)
                self.history.append((qid, opts))

    def is_question(self, question_id: str) -> bool:
        """Is this a question id ``asked`` may hold: a checklist, an observation, or a
        follow-up checklist of an observation?"""
        site = question_id.removeprefix(FOLLOW_UP_PREFIX)
        return question_id in self._groups or site in self.kb.observations

    def answer(self, question_id: str, values: Values) -> None:
        """Record the answer to one question: observation id -> True/False/None."""
        for ident, value in values.items():
            self.answers[ident] = value
        self.asked.append(question_id)
        self.history.append((question_id, tuple(values)))
        self._undone.pop(question_id, None)

    def back(self) -> bool:
        """Undo the last answered question, keeping its answer to offer again. False when
        there is nothing to undo."""
        if not self.history:
            return False
        question_id, set_ids = self.history.pop()
        if question_id in self.asked:
            self.asked.remove(question_id)
        self._undone[question_id] = {i: self.answers.pop(i) for i in set_ids if i in self.answers}
        self.stop_reason = None
        return True

    # -- scoring -----------------------------------------------------------------------
    def _cf(self, answers: dict[str, bool | None]) -> dict[str, float]:
        present = {o for o, v in answers.items() if v is True}
        absent = {o for o, v in answers.items() if v is False}
        cf = self.advisor.certainties(self.advisor.engine.run(present, absent))
        return {c: cf.get("+" + c, 0.0) for c in self.kb.causes}

    def _red_flag(self, answers) -> bool:
        return bool(self._red_flags(answers))

    def _red_flags(self, answers) -> list[str]:
        present = {o for o, v in answers.items() if v is True}
        trace = self.advisor.engine.run(present)
        return [f for f in self.kb.red_flags if "+" + f in trace.facts]

    def _sooner(self, flags: list[str]) -> str | None:
        """The first observation not yet answered (rule-pack order) that, there, would bring a
        red flag more urgent than the most urgent of ``flags`` (those found): asked before the
        referral."""
        rank = min(self.kb.red_flags[f].triage.rank for f in flags)
        if rank == 0:
            return None   # an emergency: nothing is more urgent
        return self._raising(rank)

    def _raising(self, rank: int, screened: bool = True) -> str | None:
        """The first observation not yet answered (rule-pack order) that, there, would bring a red
        flag more urgent than ``rank``; ``screened``: the red-flag screen's own signs too."""
        inputs = self.advisor.flags_inputs()
        for obs in self.kb.observations.values():
            # (unscreened: only what the questions would ask, so not the screen's own signs, nor "Is
            # the Achilles pain in the cord itself?" of a runner who left Achilles pain unticked,
            # test drive 57)
            if not screened and not self._eligible(obs):
                continue
            if obs.id not in self.answers and obs.id in inputs and any(
                    self.kb.red_flags[f].triage.rank < rank for f in self._red_flags({**self.answers, obs.id: True})):
                return obs.id
        return None

    @staticmethod
    def _ranked(cf: dict[str, float]) -> list[str]:
        return [c for _, c in sorted(((v, c) for c, v in cf.items() if v >= LIKELY), key=lambda t: (-t[0], t[1]))]

    @classmethod
    def _top(cls, cf: dict[str, float]) -> tuple[str, ...]:
        return tuple(cls._ranked(cf)[:PLAN_FOR_TOP])

    def _plan(self, cf: dict[str, float]) -> frozenset[str]:
        """The exercises the runner would get (empty: prevention advice)."""
        return frozenset(choose_exercises(self.kb, advised(self._ranked(cf), lambda c: self.kb.causes[c].type)))

    @staticmethod
    def _near(cf: dict[str, float], top: tuple[str, ...]) -> list[str]:
        """Causes within NEAR_TIE of the top cause."""
        if not top:
            return []
        return [c for c, v in cf.items() if c != top[0] and v > 0 and cf[top[0]] - v < NEAR_TIE]

    @staticmethod
    def _distribution(cf: dict[str, float]) -> dict[str, float]:
        weights = {c: max(v, 0.0) + _PRIOR for c, v in cf.items()}
        total = sum(weights.values())
        return {c: w / total for c, w in weights.items()}

    # -- selection ---------------------------------------------------------------------
    def _eligible(self, obs: Observation) -> bool:
        if obs.id in self.answers or obs.category is ObservationCategory.RED_FLAG or obs.id in self.asked:
            return False
        group = self._group_of.get(obs.id)
        if group is not None and group.id not in self.asked:
            return False  # its checklist comes first; left unknown there, it may be asked alone
        present = {o for o, v in self.answers.items() if v is True}
        if obs.ask_only_if and not present & set(obs.ask_only_if):
            return False
        if present & set(obs.never_if):
            return False
        # one question per self-test: knee_caves_in and single_leg_squat_knee_in share the
        # single-leg squat, and a runner who said "not sure" to one was asked the same test
        # again (test drives 12 and 22)
        return not (obs.self_test and any(self.kb.observations[o].self_test == obs.self_test
                                          for o in self.asked if o in self.kb.observations))

    def _follow_ups_of(self, site: str) -> list[str]:
        """The follow-ups of one observation that go in its checklist, in rule-pack order:
        ``ask_only_if`` names it; not a self-test (a test keeps its own question, with its
        instructions, and is asked only when it can change the answer)."""
        return [o.id for o in self.kb.observations.values() if site in o.ask_only_if and not _is_self_test(o)]

    def follow_ups(self) -> list[str]:
        """Unasked follow-ups of what was reported (``ask_only_if`` names a present
        observation; self-tests aside), in rule-pack order: all are asked before the
        questionnaire may settle."""
        return [o.id for o in self.kb.observations.values()
                if o.ask_only_if and not _is_self_test(o) and self._eligible(o)]

    def _follow_up_ask(self, number: int) -> Ask | None:
        """The next follow-up question: for the first reported observation (in the order
        reported) with unasked follow-ups, all of them as one checklist, or a yes/no question
        when only one is left."""
        pending = set(self.follow_ups())
        if not pending:
            return None
        for site in [o for o, v in self.answers.items() if v is True]:
            items = [o for o in self._follow_ups_of(site) if o in pending]
            if items:
                break
        else:  # pragma: no cover - a pending follow-up always names a present observation
            return None
        reported = _lower_first(self.kb.label(site))
        if len(items) == 1:
            obs = self.kb.observations[items[0]]
            return self._yes_no(obs, obs.question, number, follows=site)
        qid = FOLLOW_UP_PREFIX + site
        # Unticked counts as a no: each item is about the runner's own pain, asked directly, so
        # they know; "not sure" is there for when they cannot tell, and the text says so.
        text = (f"You reported: {reported}. Which of these are true of it? Tick all that apply; "
                "anything you leave unticked counts as a no.")
        help_text = (f"You reported {reported}. Knowing more about it tells its usual causes apart, "
                     "so this is asked before any answer is given.")
        return Ask(qid, AskKind.FOLLOW_UP, text, tuple(self._option(o) for o in items), help_text,
                   number, self.cap, unselected_absent=True, unsure_is_answer=True,
                   previous=tuple(self._undone.get(qid, {}).items()), follows=site)

    def next_question(self) -> Ask | None:
        if self.stop_reason:
            return None
        number = len(self.asked) + 1
        screen = next((q for q in self.kb.questions if q.kind is QuestionKind.SCREEN), None)
        if screen and screen.id not in self.asked:
            return self._group_ask(screen, number)
        flags = self._red_flags(self.answers)
        if flags:
            sooner = self._sooner(flags) if len(self.asked) < self.cap else None
            if sooner is not None:
                obs = self.kb.observations[sooner]
                return self._yes_no(obs, obs.question, number, why=SOONER)
            # A referral within days names what the rest fits ("also fits: runner's knee"): the
            # follow-ups of what was reported are asked first, or it cannot (test drive 42: a
            # growing girl's knee was referred at question 5, her kneecap never asked about)
            if len(self.asked) < self.cap and all(self.kb.red_flags[f].triage is Triage.SOON for f in flags):
                follow_up = self._follow_up_ask(number)
                if follow_up is not None:
                    return follow_up
            self.stop_reason = StopReason.RED_FLAG
            return None
        if len(self.asked) >= self.cap:
            self.stop_reason = StopReason.CAP
            return None
        for group in self.kb.questions:
            if group.kind is QuestionKind.CHOICE and group.id not in self.asked and \
                    any(o not in self.answers for o in group.options):
                return self._group_ask(group, number)
        if not any(v is True for v in self.answers.values()):
            self.stop_reason = StopReason.NOTHING_REPORTED  # no complaint at all: prevention, no invented cause
            return None
        follow_up = self._follow_up_ask(number)
        if follow_up is not None:
            return follow_up
        # What, there, would make what was reported a red flag is asked next, before the questions
        # that tell causes apart (test drive 56: a parent who ticked one item of "about you" left
        # "still growing" open, and a 12-year-old's Achilles pain got the adult programme)
        flag = self._raising(len(Triage), screened=False) if self.advisor.flags_inputs() - self.answers.keys() else None
        if flag is not None:
            obs = self.kb.observations[flag]
            text = f"{LEFT_UNTICKED}, so it is asked on its own: {obs.question}" if self._left_open(obs.id) else obs.question
            return self._yes_no(obs, text, number, why=WOULD_REFER)
        again = self._unsure_again()
        if again is not None:
            obs = self.kb.observations[again]
            return self._yes_no(obs, ASKED_AGAIN + obs.question, number, why=WOULD_REFER)
        best = self._best_single()
        if best is None:
            self.stop_reason = StopReason.SETTLED
            return None
        obs = self.kb.observations[best]
        # ``follows`` stays empty: this question is asked because it is open, not because every
        # follow-up must be (``why`` says which). One left unticked in a checklist where that is
        # no "no" says so, or it reads as the same question asked twice (fc24)
        text = (f"{LEFT_UNTICKED}{self._tells_apart()}, so it is asked on its own: {obs.question}"
                if self._left_open(obs.id) else obs.question)
        return self._yes_no(obs, text, number)

    def _unsure_again(self) -> str | None:
        """A red-flag sign answered not sure in a checklist and not yet asked on its own, that,
        there, would bring a red flag (the plan waits for it): the first, while fewer than
        ``AGAIN_AT_MOST`` have been asked again and no more than ``AGAIN_NONE_ABOVE`` are open."""
        inputs = self.advisor.flags_inputs()
        unsure = [o for o, v in self.answers.items() if v is None and o in inputs]
        if sum(o in self.asked for o in unsure) >= AGAIN_AT_MOST:
            return None
        # (the engine is run only until one too many is found: a screen answered "not sure" as a
        # whole leaves some 28 open)
        open_signs = []
        for o in unsure:
            if o not in self.asked and self._red_flags({**self.answers, o: True}):
                open_signs.append(o)
                if len(open_signs) > AGAIN_NONE_ABOVE:
                    return None
        return open_signs[0] if open_signs else None

    def _yes_no(self, obs: Observation, text: str, number: int, why: str = "", follows: str = "") -> Ask:
        """One observation asked on its own; ``why`` goes before its help."""
        return Ask(obs.id, AskKind.YESNO, text, (), " ".join(filter(None, (why, self._help(obs)))), number, self.cap,
                   previous=tuple(self._undone.get(obs.id, {}).items()), follows=follows)

    def _left_open(self, obs_id: str) -> bool:
        """Whether a checklist already asked left this item open: unticked there is no "no"."""
        group = self._group_of.get(obs_id)
        return group is not None and group.id in self.asked and (
            not group.unselected_absent or self.kb.unticked_says_nothing(group, obs_id))

    def _open(self, now: dict[str, float], after: dict[str, float]) -> bool:
        """Would this answer change the top cause, the plan, or separate a near tie?"""
        # An answer counts only through causes already in play: one that would bring in a cause
        # nothing so far points to is a new complaint, not an open question about this one (the
        # broad checklists already offered every complaint; re-asking each item they left open
        # one by one is what made the questionnaire long).
        in_play = {c: v for c, v in after.items() if now[c] > 0}
        top_now, top_after = self._top(now), self._top(in_play)
        if top_after[:1] != top_now[:1]:
            return True
        if self._plan(in_play) != self._plan({c: now[c] for c in in_play}):
            return True
        return bool(top_now) and any(after[top_now[0]] - after[c] >= NEAR_TIE for c in self._near(now, top_now))

    def _best_single(self) -> str | None:
        now = self._cf(self.answers)
        dist = self._distribution(now)
        best = None
        for obs in self.kb.observations.values():
            if not self._eligible(obs):
                continue
            cf_yes = self._cf({**self.answers, obs.id: True})
            cf_no = self._cf({**self.answers, obs.id: False})
            if not (self._open(now, cf_yes) or self._open(now, cf_no)):
                continue  # whatever the answer, the runner would be told the same: skip it
            support = sum(dist[c] for c in self._support.get(obs.id, ()) | self._against.get(obs.id, set()))
            p_yes = min(0.9, 0.1 + 0.8 * support)
            gain = p_yes * _movement(now, cf_yes) + (1 - p_yes) * _movement(now, cf_no)
            if best is None or gain > best[0] + 1e-12:
                best = (gain, obs.id)
        return best[1] if best else None

    def _option(self, obs_id: str, heading: str = "") -> Option:
        return Option(obs_id, self.label(obs_id), self.kb.unticked_says_nothing(self._group_of.get(obs_id), obs_id),
                      heading)

    def _group_ask(self, group, number: int) -> Ask:
        options = tuple(self._option(o, group.headings.get(o, "")) for o in group.options)
        kind = AskKind(group.kind)
        help_text = ("Some problems need a clinician rather than exercises, so these come first."
                     if kind is AskKind.SCREEN else
                     "One checklist covers many questions at once, so the questions after it can be "
                     "fewer and more to the point.")
        # (the red-flag screen's "not sure" records its unticked signs as not sure, as the web's
        # button does: left open, nothing asked them again and the answer never named them,
        # test drive 27; the answer says what to do if one is there)
        return Ask(group.id, kind, group.text, options, help_text, number, self.cap, group.unselected_absent,
                   unsure_is_answer=kind is AskKind.SCREEN, previous=tuple(self._undone.get(group.id, {}).items()))

    def label(self, obs_id: str) -> str:
        """How an observation reads in a checklist (``Observation.to_runner``)."""
        return self.kb.observations[obs_id].to_runner

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

    def _tells_apart(self) -> str:
        """For a question asked again on its own: "; it helps tell A and B apart" when two causes
        are close (test drives 48, 50 and 51 read six such questions in a row about quads and
        hamstrings for an outer-hip pain, none saying why)."""
        now = self._cf(self.answers)
        top = self._top(now)
        near = self._near(now, top) if top else []
        if not near:
            return ""
        name = lambda c: _lower_first(self.kb.causes[c].text)  # noqa: E731
        return f"; it helps tell {name(top[0])} and {name(near[0])} apart"

    def why(self, ask: Ask) -> str:
        """Why this question is asked now, in plain words (no certainty numbers)."""
        if ask.kind is not AskKind.YESNO or self._red_flag(self.answers):
            return ask.help
        now = self._cf(self.answers)
        name = lambda c: _lower_first(self.kb.causes[c].text)  # noqa: E731
        top = self._top(now)
        lines = []
        if ask.follows:
            lines.append(f"You reported {_lower_first(self.kb.label(ask.follows))}. Knowing more about it "
                         "tells its usual causes apart, so this is asked before any answer is given.")
        if top:
            near = self._near(now, top)
            lead = f"The likeliest explanation so far is {name(top[0])}"
            lines.append(lead + (f", closely followed by {name(near[0])}." if near else "."))
        cf_yes = self._cf({**self.answers, ask.id: True})
        cf_no = self._cf({**self.answers, ask.id: False})
        top_yes, top_no = self._top(cf_yes)[:1], self._top(cf_no)[:1]
        say = lambda t: name(t[0]) if t else "no clear cause"  # noqa: E731
        near = self._near(now, top)
        separates = [c for c in near if any(cf[top[0]] - cf[c] >= NEAR_TIE for cf in (cf_yes, cf_no))]
        if top_yes != top_no:
            lines.append(f"A yes would point to {say(top_yes)}; a no would point to {say(top_no)}.")
        elif separates:
            lines.append(f"Your answer helps tell {name(top[0])} and {name(separates[0])} apart.")
        elif self._plan(cf_yes) != self._plan(cf_no):
            lines.append("Your answer changes which exercises you are given.")
        elif top_yes:
            lines.append(f"Your answer makes {say(top_yes)} more or less certain.")
        if ask.help:
            lines.append(ask.help)
        return " ".join(lines)

    def prefill(self, values: Values) -> None:
        """Answers known before the first question (a runner's own words, confirmed by them).

        They are not questions: nothing is added to ``asked`` or ``history``, so the question
        count, the cap and ``back`` are as before. An observation known here is never asked
        on its own; a checklist is still asked while any of its options is unknown (a front
        end shows the known ones ticked), the red-flag screen first. An emergency among them
        ends the questionnaire at once: the answer is the referral, confirmed by the runner,
        with no screen to wait for. A red flag of a lower level ends it after the red-flag
        screen, so that a more urgent one the words did not say can still be ticked (test drive
        20: a collapse the reader missed, beside palpitations read, could never be ticked).
        ``ValueError`` names an id the rule pack does not have."""
        for ident, value in values.items():
            if ident not in self.kb.observations:
                raise ValueError(f"'{ident}' is not an observation of this rule pack")
            if not (value is None or isinstance(value, bool)):
                raise ValueError(f"'{ident}': expected true, false or null, not {value!r}")
            self.answers[ident] = value
        if any(self.kb.red_flags[f].triage is Triage.EMERGENCY for f in self._red_flags(self.answers)):
            self.stop_reason = StopReason.RED_FLAG


LEFT_UNTICKED = "You left this unticked in the list above"
"""How a question asked again on its own begins; then why (``_tells_apart``) and the question."""
"""Before a question on an item a checklist left unknown (unticked there is no "no")."""


def _is_self_test(obs: Observation) -> bool:
    return obs.category is ObservationCategory.SELF_TEST or bool(obs.self_test)


def _lower_first(text: str) -> str:
    """Lower-case the first letter to go mid-sentence, unless the first word is an acronym (ITB)."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[1:].lower() != first[1:]:
        return text
    return text[:1].lower() + text[1:]


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
