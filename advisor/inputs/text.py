"""A runner's own words in: the observations a sentence or paragraph states, each present or
absent, with the words that said so, so a person or a front end can confirm before advising.

The text is cut into clauses (at . , ; : ! ? and line breaks, at "but", "although" ..., and at
"and"/"or" when a new clause starts after it). In each clause the phrase matcher
(``advisor.knowledge.search``) finds the observations; a negation word earlier in the same
clause ("no", "not", "never", "without", "doesn't" ...) or a word such as "gone" after it
reads the observation as absent. Negation never reaches past the end of its clause, so
"no swelling but pain at night" is swelling absent, night pain present. A self-test result
stated as a number is compared with the cut-off in the observation's own text
("fewer than about 20", "under about 30 seconds"): "can do 25 calf raises" is absent.
A phrase states nothing when its words are strewn across the clause, when it names a pain and
the text names none ("I don't sit much"), or when it names a body part and all the clause gave
it is a symptom and "run" ("then aches after the run"); timing and place words rule a phrase
out in ``advisor.knowledge.search`` ("during" runs is not "after", "above the heel" not "under").
A body part with a negated general word or said fine speaks of its pain, absent ("no problems
with my knees", "my shins are fine"); a number given for a measure is read against its bands
("cadence 152", "from 20 to 40 miles a week"); a synonym of the past ("calf strain before")
needs a clause that speaks of the past. Each is data in ``advisor/knowledge/words.yaml``.

This module reads a text clause by clause; which phrases found in a clause state something is
``advisor.inputs.choosing``, and whether each is said present, absent or as a test's result is
``advisor.inputs.polarity``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from advisor.inputs.choosing import chosen, explaining, goes_on_setting_off, unfounded
from advisor.inputs.clauses import clauses, double_negation, names_the_leg
from advisor.inputs.others import Others, others
from advisor.inputs.outside import explained, outside
from advisor.inputs.places import other_places_denied
from advisor.inputs.polarity import (PARSE_MIN_COVERAGE, SHORT_CLAUSE, during_a_run, first_negation, went_somewhere, not_ended,
                                     eased_on_stopping, negated_complaint, negating, state, text_canon)
from advisor.inputs.sides import both_legs, of_one_side, of_the_other_one, sides_named, the_other_one
from advisor.inputs.standins import sentence_around, stand_ins
from advisor.inputs.whose import runner_named
from advisor.knowledge.model import KnowledgeBase, Observation, ObservationCategory
from advisor.knowledge.search import NOT, PhraseIndex, Token, index_for, read_measures, tokens


@dataclass(frozen=True)
class Statement:
    """One observation the text states."""

    observation: Observation
    present: bool | None
    """True present, False absent, None named but not judged (a self-test's bare count)."""
    """True: the text says it is there; False: the text says it is not (negated or a normal test)."""
    words: str
    """The runner's words that stated it, as written."""
    phrase: str
    """The rule-pack phrase (synonym, id words or text) they matched."""
    coverage: float
    """How much of that phrase was found, 0..1."""
    reading: str = ""
    """For a number read against a measure's bands, what it was read as ("from 20 to 40: x2.00 ...")."""


@dataclass(frozen=True)
class Reading:
    """What a text states, in the order it states it."""

    text: str
    statements: tuple[Statement, ...]
    unread: tuple[str, ...] = ()
    """Runs of the runner's words that no statement used ("chest pain", "fainted"): not
    assessed, shown so a person sees what was left out."""
    outside: tuple[tuple[str, str], ...] = ()
    """What the words name that Stridewise does not assess, and whom to see about it ("a head
    injury or concussion", "see a doctor ..."), said before the answer (advisor/inputs/outside.py)."""


def implied(clause: list[Token], index: PhraseIndex) -> list[Token]:
    """The clause with the pain it speaks of without a symptom word: in a clause that names a
    body part, a general word after a negation ("no problems with my knees", "my knees don't
    bother me") is its pain; a clause that names one and no symptom, and says it is fine after
    it ("my shins are fine these days"), gets that pain added after the body part. Both are
    marked ``implied``: a phrase that uses one is only stated absent (``state``)."""
    lex = index.lex
    # a body part misspelt is one too ("my hamstirngs are fine")
    sites = [n for n, t in enumerate(clause)
             if t.canon in lex.site_words or not lex.site_words.isdisjoint(index.candidate_words(t))]
    pain = lex.canon("pain")
    if not sites:
        return _what_it_did_denied(clause, lex, pain)
    out = list(clause)
    for n, tok in enumerate(clause):
        if negated_complaint(clause, n, lex):
            out[n] = Token(tok.word, pain, tok.start, tok.end, False, implied=True)
    if out != clause or any(t.canon in lex.symptom_words for t in clause):
        return out
    # "feel nothing behind the kneecap", "nothing on the outside of my hip" (set 25): a "nothing"
    # of a place is its pain denied
    nothing = next((n for n, t in enumerate(clause) if t.word == "nothing" and _of_a_place(clause, n, sites, lex)), None)
    if nothing is not None:
        tok = clause[nothing]
        out.insert(nothing + 1, Token(pain, pain, tok.start, tok.end, False, implied=True))
        return out
    # "my problem is the outside of my knee", "the issue is my left hip" (fc27: read nothing, so
    # "my sister gets shin splints, I don't" left the runner's own knee unread): the problem
    # named is the pain there, said
    at = _problem_is(clause, lex)
    if at is not None:
        out.insert(at + 1, Token("pain", pain, clause[at].start, clause[at].end, False))
        return out
    # (not one that went away with the stopping: "heavy squeezing in my chest on the hill reps,
    # went away when I stopped" is an episode of effort, test drive 19: read the flag denied)
    fine = next((n for n, t in enumerate(clause) if t.word in lex.gone_after and n > sites[0]
                 and not went_somewhere(clause, n, lex) and not eased_on_stopping(clause, n)), None)
    # (not of a complaint said in another word before it: "tight chest on hills, ok now" is an
    # episode over, not a chest said fine; test drive 31 read exertional chest pain denied)
    if fine is not None and any(t.canon in lex.tail_complaints for t in clause[:fine]):
        fine = None
    if fine is not None:
        at = max(n for n in sites if n < fine)   # the body part said fine: "hip" in "the hip is calm on my back"
        # (said not fine, it is its pain said: "my knee is not fine", "not right", set 28)
        out.insert(at + 1, Token(pain, pain, clause[at].start, clause[at].end, False,
                                 implied=negating(clause, fine, lex) is None))
    return out


_PROBLEM = frozenset({"problem", "issue", "trouble", "niggle", "injury", "complaint"})
_IS = frozenset({"is", "was", "are", "seems"})
_BEYOND = frozenset({"below", "above", "under", "beneath", "underneath", "over"})


def _what_it_did_denied(clause: list[Token], lex, pain: str) -> list[Token]:
    """A clause that names no body part and denies a general word after what the runner does:
    "lying on that side doesn't bother it", "sitting through a film is no problem", "I can stand
    on that leg no problem" deny that doing's pain (implied, so only ever read absent; set 49 had
    read nothing)."""
    # ("nothing at night", "zero at rest": a "nothing" of a time of pain is that pain denied, set 68
    # read nothing; little words between: "nothing at all when im resting", set 72 read nothing)
    n = next((n for n, t in enumerate(clause[:-1]) if t.word in _NOTHING and (
        (after := next((u for u in clause[n + 1:n + 8] if not u.stop), None)) is not None
        and after.word in lex.pain_times)), None)
    if n is not None:
        tok = clause[n]
        return [*clause[:n + 1], Token(tok.word, pain, tok.start, tok.end, False, implied=True), *clause[n + 1:]]
    n = next((n for n, t in enumerate(clause) if negated_complaint(clause, n, lex)), None)
    # (a doing of ``inability``: "cramps have never been an issue" and "breathing's never an
    # issue" are their own observations' words, read as before)
    if n is None or not _a_doing(clause[:n], lex):
        return clause
    tok = clause[n]   # (added, not put in its place: "uphill is no problem" is the normal state's own words)
    return [*clause[:n + 1], Token(tok.word, pain, tok.start, tok.end, False, implied=True), *clause[n + 1:]]


_NOTHING = frozenset({"nothing", "zero", "nil", "none"})


def _a_doing(words: list[Token], lex) -> bool:
    """Whether the words say what the runner does, whose pain a denial after them denies: a doing
    of ``inability`` ("lying on that side", "sitting through a film") or a time of pain ("nights")."""
    return any(t.canon in lex.inability or t.word in lex.pain_times for t in words)


def _problem_is(clause: list[Token], lex) -> int | None:
    """Where the body part of "my problem is (the outside of) my knee" is (None when the clause
    says no such thing, or negates anything)."""
    site = next((n for n, t in enumerate(clause) if t.canon in lex.site_words), None)
    if site is None or any(t.canon == NOT for t in clause) or any(
            t.word in _BEYOND for t in clause[max(0, site - 3):site]):
        return None   # (nor "the trouble is all below the knee": not the knee's)
    said_is = any(clause[n].word in _PROBLEM and clause[n + 1].word in _IS for n in range(site - 1))
    return site if said_is else None


def _fine_alone(clause: list[Token], lex) -> bool:
    """A clause that says a body part is fine and names no symptom: "groin is fine"."""
    return any(t.word in lex.tail_fine or t.word in lex.fine_before for t in clause) and not any(
        t.canon in lex.symptom_words or t.canon == NOT for t in clause)


def _of_a_place(clause: list[Token], n: int, sites: list[int], lex) -> bool:
    """Whether the word at ``n`` is followed by a body part with only little words and words of
    a place between: "nothing (on the outside of) my hip"; not "nothing helps my knee"."""
    site = next((m for m in sites if m > n), None)
    return site is not None and all(t.stop or t.word in lex.places for t in clause[n + 1:site])


_DOWN_THE = frozenset({"down", "into", "along"})


def _borrowed_site(clause: list[Token], previous: list[Token], lex) -> list[Token]:
    """A clause that only denies a symptom ("no pain", "it doesn't hurt", "never any pain
    there") speaks of the body part of the clause before it: "knees are happy, no pain",
    "I can pinch the tendon at the back of my ankle and it doesn't hurt". The body part is
    put in front, marked ``implied``: a phrase that uses it is only ever stated absent."""
    if any(t.canon in lex.site_words for t in clause):
        return clause
    # "never had knee problems before this season, now it aches every run": what hurts now is
    # the body part of the clause before, whatever it said of its past (set 42 read no knee pain)
    # (not a clause of a leg or a place: "groin pain gets worse and now it hurts just standing
    # on that leg" is the standing test's pain)
    if clause and clause[0].word == "now" and any(t.canon in ("it", "they") for t in clause[1:3]) and any(
            t.canon in lex.symptom_words for t in clause) and not any(
            t.canon == NOT or t.canon == "leg" or t.word in lex.places for t in clause):
        if sites := [t for t in previous if t.canon in lex.site_words]:
            return _said_here(sites) + clause
    # "not just a sore calf, it's swollen, warm and tender", "It's not just a sore knee, it's hot
    # and swollen": a clause that begins with "it" and names no place is of the one body part of
    # the clause before (set 44: each red flag was read nothing)
    # (said of it with a symptom or a complaint's word, after a clause that neither denies nor
    # says it fine: "there isn't one spot that's sore, it's just a general ache" is no spot's pain,
    # "Achilles was perfect going up, it's my lungs" no Achilles pain; "not just" is no denial)
    if clause and clause[0].word in _IT and previous and not any(
            t.canon == NOT or t.canon == "leg" or t.word in lex.places for t in clause) and any(
            t.canon in lex.symptom_words or t.canon in lex.tail_complaints for t in clause) and not any(
            (t.canon == NOT and not (n + 1 < len(previous) and previous[n + 1].word in lex.also_after_negation))
            or t.word in lex.gone_after or t.word in lex.places for n, t in enumerate(previous)):
        # (nor one placed by another: "one spot about a hand above the ankle. It throbs" is no ankle)
        at = [t for t in previous if t.canon in lex.site_words]
        if len(at) == 1:
            return _said_here(at) + clause
    # "no pain when I press my shin, just sore along the inside when I run": "just" (or "only")
    # after a denial of the body part sets another pain of it against the denial (test drive 47
    # read the shin pain denied, and no condition)
    # (not a bone's spot denied beside the muscle's ache: "no sore spot on the bone when I prod
    # it, just a general muscly ache" is no bone pain)
    # ("it's more a pressure when I climb" after "no pain in the chest as such": a feeling of it
    # in other words, the heart's red flag read denied)
    # (or "I get", "I have" a feeling: "I don't get chest pain, I get a tightness on hills")
    # (or "just" a complaint's word: "calf isnt swollen or warm, just tight after the flight", test
    # drive 61 read nothing of the tight calf, and self-care)
    opening = [t for t in clause[:3] if t.word not in ("it", "its", "is", "s")]
    instead = bool(opening) and (opening[0].word in _MORE or (
        len(clause) > 2 and clause[0].word == "i" and clause[1].word in ("get", "have", "feel")
        and any(t.word in _FELT for t in clause[2:5])))
    just = bool(clause) and clause[0].word in _JUST
    if (instead or just) and previous and any(t.canon == NOT for t in previous) and any(
            t.canon in lex.symptom_words or ((instead or just) and (t.word in lex.tail_complaints or t.word in _FELT))
            for t in clause) and not any(t.canon == NOT or t.word in _ELSEWHERE for t in clause) \
            and (sites := [t for t in previous if t.canon in lex.site_words and t.word not in _BONE]):
        return _said_here(sites) + clause
    # "the bone on top of my foot gets worse every run and I can't press on it": what the pain
    # stops the runner doing is a complaint of the body part before (set 43 read it denied)
    if previous and _cant_do(clause, lex) and (sites := [t for t in previous if t.canon in lex.site_words]):
        return _said_here(sites) + clause
    # "tight chest on the run and it hasn't eased": a negation of its easing says the complaint
    # before goes on (test drive 24 read chest pain now denied): its place and symptom, as said
    # (a complaint said without a symptom's word is its pain: "tight chest", "my calf")
    # (not a symptom the clause before denied: "... no swelling at all and it doesnt wake me at
    # night my dog pulls on the lead too which doesnt help" read the swelling present, test drive 51)
    said_before = [t for n, t in enumerate(previous) if t.canon in lex.site_words or t.word in lex.tail_complaints
                   or (t.canon in lex.symptom_words and not _denied_right_before(previous, n))]
    # (or of its ending, at the clause's end: "chest pain on the hills and it hasn't stopped",
    # read the emergency's chest pain denied)
    if said_before and any(t.canon == NOT and (any(u.word in lex.unchanged_after_negation for u in clause[n + 1:n + 4])
                                               or not_ended(clause, n))
                           for n, t in enumerate(clause)):
        if not any(t.canon in lex.symptom_words for t in said_before):
            said_before.append(Token("pain", lex.canon("pain"), said_before[-1].start, said_before[-1].end, False))
        return _said_here(said_before) + clause
    # a negated symptom, or a short negated fragment: "never buckled once", "nothing"
    # (not of a clause that names the pain of another part: "my back went lifting, no leg pain",
    # fc25; "standing on that leg doesn't hurt" is still the groin's)
    # (a symptom said free is denied too: "pain free the whole way", spent set 66)
    negated = not any(t.word in lex.other_parts and u.canon in lex.symptom_words
                      for t, u in zip(clause, clause[1:])) and (any(
        t.canon in lex.symptom_words and (any(u.canon == NOT for u in clause[:n])
                                          or n + 1 < len(clause) and clause[n + 1].word == "free")
        for n, t in enumerate(clause)) or (
        any(t.canon == NOT for t in clause) and sum(not t.stop and t.canon != NOT for t in clause) <= 2))
    # (a denial of a time of pain after a pain said is of that time only: "my shin hurts at one spot
    # on the bone? doesn't hurt at night" denies the night pain, not the shin's, test drive 48)
    if negated and any(t.word in lex.pain_times for t in clause) and any(
            t.canon in lex.symptom_words for t in previous) and not any(t.canon == NOT for t in previous):
        return clause
    # (nor a denial of what goes down the leg: "No pain into the groin, no numbness or tingling down
    # the leg" is no numb groin, the saddle's red flag, test drive 64)
    if negated and any(t.canon == "leg" and any(u.word in _DOWN_THE for u in clause[max(0, n - 2):n])
                       for n, t in enumerate(clause)):
        return clause
    sites = [t for t in previous if t.canon in lex.site_words]
    # ... or, when the clause before names no body part, no symptom and no negation, what it
    # did: "I can lie on that side in bed and it doesn't bother me" (only a pain can be read
    # absent through those words: see ``read``)
    # (and with its body part, a doing of ``inability``: "sat through a whole film with my knees
    # bent and it doesn't hurt" denies the pain of sitting so, not only the knee's)
    # (not another symptom's denial after a test named: "the hop test. No swelling" denies no
    # hopping pain, test drive 54)
    if negated and (not sites or any(t.canon in lex.inability for t in previous)) and previous and not any(
            t.canon in lex.symptom_words or t.canon == NOT for t in previous) and _bare_denial(clause, lex) \
            and not (any(t.canon in lex.symptom_words and t.canon != _PAIN for t in clause)
                     and any(t.canon in lex.test_kinds for t in previous)):
        # (not its counts and times: "walked the dog 5 miles yesterday, no pain", spent set 66)
        sites = [t for t in previous if not (t.stop or t.word.isdigit() or t.word in lex.recent)]
    # ... and a short clause that says a normal state, of the body part before: "i twisted my
    # knee but it stayed normal size"
    if sites and not any(t.canon == NOT for t in clause + previous) and _goes_on_hurting(clause, previous, lex):
        # "its deep in the groin, getting worse every run and hurts to stand on that leg": the
        # pain that gets worse is the groin's (test drive 21: read as the outer hip's self-test,
        # which the runner had ruled out, and the femoral-neck stress fracture was missed)
        return _said_here(sites) + clause
    if not ((negated or _normal_pointing_back(clause, previous, lex)) and sites):
        return clause
    # ... and its complaint, when the clause is only "never"/"not" and when it is not: "my calf
    # cramps in training but never when racing" denies cramps when racing (read nothing)
    if _only_not_when(clause) and not any(t.canon in lex.symptom_words for t in clause) \
            and not any(t.canon == NOT for t in previous):
        sites = sites + [t for t in previous if (t.canon in lex.symptom_words or t.canon in lex.tail_complaints)
                         and t not in sites]
    return [Token(t.word, t.canon, t.start, t.end, False, implied=True) for t in sites] + clause


_PAIN = "pain"
"""The canon of a pain's words (words.yaml symptom_words: pain, swell, numb, tingle)."""


def _denied_right_before(clause: list[Token], n: int) -> bool:
    """Whether a negation comes before ``clause[n]`` with only little words between: "no
    swelling at all" (not "nothing brings the swelling down")."""
    for m in range(n - 1, -1, -1):
        if clause[m].canon == NOT:
            return True
        if not clause[m].stop:
            return False
    return False


def _only_not_when(clause: list[Token]) -> bool:
    """A clause of "(but) never/not" and when: "but never when racing", "not in races"."""
    said = [t for t in clause if t.word not in ("but", "and", "though", "although")]
    return len(said) >= 2 and said[0].canon == NOT and said[0].word in ("never", "not") and said[1].word in _WHEN_WORDS


_WHEN_WORDS = frozenset({"when", "in", "during", "on", "at", "while", "whilst", "with"})


def _denies_the_doing_before(clause: list[Token], before: list[Token], said: tuple[int, int, int], lex) -> bool:
    """Whether ``clause`` is a bare denial ("no pain at all", "it doesn't bother me") that borrowed
    the words of ``before``, a clause of a doing (``_a_doing``) with no body part, symptom,
    complaint or negation of its own, where a statement was read at ``said`` (its sentence,
    start, end). A denial of another symptom is none of the doing's pain: "... after sitting
    through a film. No swelling at all" (test drive 41 read the pain on sitting denied)."""
    own = [t for t in clause if not t.implied]
    pain = lex.canon("pain")
    return bool(clause and before) and clause[0].implied and said[1] >= before[0].start \
        and said[2] <= before[-1].end and not any(
            t.canon in lex.symptom_words or t.canon == NOT or t.canon in lex.site_words or t.word in lex.tail_complaints
            for t in before) and _a_doing(before, lex) \
        and _bare_denial(own, lex) and all(t.canon == pain for t in own if t.canon in lex.symptom_words)


def _said_here(words: list[Token]) -> list[Token]:
    """Words of the clause before, borrowed as said in this one (not ``implied``: present too)."""
    return [Token(t.word, t.canon, t.start, t.end, False) for t in words]


def _affirmed_until(clause: list[Token]) -> int:
    """Where a clause's words stop being affirmed: its first negation, unless "without" after it
    negates that again ("I can't get up a hill without my chest feeling heavy" affirms the chest,
    set 44: the red flag was read nothing) or it says what the runner cannot do."""
    first = first_negation(clause)
    if any(t.word == "without" for t in clause[first + 1:]):
        return len(clause)
    # ... nor an inability: "I can't lift my foot properly on runs, it slaps" is of the foot
    return len(clause) if first and clause[first - 1].word == "can" else first


def _cant_do(clause: list[Token], lex) -> bool:
    """"I can't press on it", "can't put weight on it": a "can't" before what a pain stops the
    runner doing (words.yaml ``inability``), and no symptom of its own."""
    for n, t in enumerate(clause):
        if t.canon == NOT and n and clause[n - 1].word == "can":
            after = next((u for u in clause[n + 1:] if not u.stop), None)
            return after is not None and after.canon in lex.inability and not any(
                u.canon in lex.symptom_words for u in clause)
    return False


def _goes_on_hurting(clause: list[Token], previous: list[Token], lex) -> bool:
    """A clause that goes on about the pain of the clause before without naming a place: it
    says a pain and gets worse, or gets worse run by run ("groin pain, each run is worse than
    the last": test drive 22 missed the hip stress fracture), after a clause of one body part
    and its pain."""
    # (a place said two ways is one: "my hip/groin aches, getting worse every week", test drive 31
    # missed the femoral-neck flag; and week by week as run by run)
    at = [n for n, t in enumerate(previous) if t.canon in lex.site_words]
    one_place = len(at) == 1 or (len(at) == 2 and (at[1] == at[0] + 1 or (
        at[1] == at[0] + 2 and previous[at[0] + 1].word == "or")))
    return one_place and any(
        t.canon in lex.symptom_words for t in previous) and (any(
            t.canon in lex.symptom_words for t in clause) or any(
            t.canon == lex.canon("run") or t.word in _BY_THE_WEEK for t in clause)) and any(
        t.canon == lex.canon("worse") for t in clause)


_IT = frozenset({"it", "its"})
"""A clause's first word that points back to the body part of the clause before."""
_BY_THE_WEEK = frozenset({"week", "weeks", "session", "sessions", "day", "days"})


def _normal_pointing_back(clause: list[Token], previous: list[Token], lex) -> bool:
    """A short clause that points back and says a normal state ("it stayed normal size", "it
    looked the same"), after a clause that names no symptom: "my knee hurts, it's fine on the
    flat" keeps its pain."""
    return bool(clause) and clause[0].word in _POINTING and sum(not t.stop for t in clause) <= 5 and any(
        t.word in lex.gone_after or t.word in lex.antonyms or t.word in lex.steady for t in clause) and not any(
        t.canon in lex.symptom_words for t in previous)


def _bare_denial(clause: list[Token], lex) -> bool:
    """A clause of a denial and little else: "it doesn't bother me", "no pain at all"."""
    return sum(not t.stop and t.canon != NOT and t.canon not in lex.symptom_words
               and t.word not in lex.complaint_words and t.word not in _THROUGHOUT for t in clause) == 0


_THROUGHOUT = frozenset({"free", "whole", "way", "time", "entire", "throughout"})
"""Words of a denial that add only how long: "pain free the whole way"."""


_JUST = frozenset({"just", "only", "merely", "simply"})
_MORE = frozenset({"more", "rather"})
_FELT = frozenset({"pressure", "tightness", "heaviness", "heavy", "discomfort", "squeezing", "burning", "tight", "ache",
                   "aching", "throb", "throbbing", "stiffness", "stiff", "niggle", "twinge", "band"})
"""What a runner feels instead of "pain": "not pain as such, more a pressure"."""
_ELSEWHERE = frozenset({"muscle", "muscles", "muscly", "muscular", "general", "generally", "vague", "everywhere",
                        "diffuse", "tendon", "skin"})
_BONE = frozenset({"bone", "bones", "bony"})
_POINTING = frozenset({"it", "its", "this", "that", "they", "theyre"})
"""A clause that starts with one of these points back at the clause before."""


def _referred_site(clause: list[Token], previous: list[Token], lex) -> list[Token]:
    """"my groin hurts. it also hurts when I stand on that leg", "my groin hurts and it keeps
    getting worse every run": a clause that starts with "it" and names no body part, after a
    clause of a symptom (or naming one itself), speaks of the body part of the clause before (one that
    states it, not one that denies it or says it is fine; a denial borrows it in
    ``_borrowed_site``). The body part is put in front as said: it can state present."""
    # ("after the long flight from Tokyo it got swollen": an "it" that starts what happened to
    # it, later in the clause, gets the body part in its place)
    at = 0 if clause and clause[0].word in _POINTING else next(
        (n for n in range(1, len(clause) - 1) if clause[n].word == "it" and clause[n + 1].word in _HAPPENED), None)
    # (a swelling that happened is a complaint of its own: "Twisted my knee and it blew up within
    # a couple of hours", set 59 read nothing of the red flag)
    swelled = at is not None and at + 1 < len(clause) and clause[at + 1].word in _SWELLED
    if at is None or any(t.canon in lex.site_words for t in clause) \
            or not (swelled or any(t.canon in lex.symptom_words for t in [*previous, *clause])) \
            or any(t.canon == NOT or t.word in lex.gone_after for t in [*previous, *clause]):
        return clause
    return clause[:at] + _where_it_hurts(previous, lex) + clause[at:]


def _where_it_hurts(clause: list[Token], lex) -> list[Token]:
    """The body parts of a clause, but for a landmark above which it hurts: after "one spot
    about a hand above the ankle", "it throbs all night" is no ankle pain (test drive 18)."""
    out = []
    for n, t in enumerate(clause):
        if t.canon in lex.site_words and next((u.word for u in reversed(clause[:n]) if not u.stop), None) != "above":
            out.append(t)
    return out


def _goes_on(clause: list[Token], previous: list[Token], lex, complaint: list[Token] | None = None,
             text: str = "") -> list[Token]:
    """"pain on the outside of my hip at night, especially lying on that side": a clause that
    starts with "especially" (or "mostly", "mainly", "particularly") goes on with the complaint of
    the clause before, which it said: its body parts and symptom words are put in front, as said.
    So does a clause of a place alone ("knee pain, on the outside"), and after a place denied, of
    the sentence's last complaint: "knee pain but not around the kneecap, more on the outside"
    (test drive 32 read no outer knee pain)."""
    # (not after a denial of the complaint's own body part: "calf pain ..., actually it's not the
    # calf, it's lower" is elsewhere)
    if clause and complaint and _a_place_alone(clause, lex) and any(t.canon == NOT for t in previous) \
            and not any(t.canon in lex.site_words and t.canon in {u.canon for u in complaint} for t in previous):
        previous = complaint
    # "a niggle in both knees and my left shin": a body part alone, joined by "and" or "or", has
    # the pain of the clause before (test drive 40 left the shin unread), denied with it ("no pain
    # in my knee or my shin"; not "it's not my knee, it's my shin", a contrast)
    if clause and previous and _a_part_alone(clause, lex) and not any(t.canon == NOT for t in clause) \
            and _JOINED.fullmatch(text[previous[-1].end:clause[0].start]):
        pain = [t for t in previous if t.canon in lex.symptom_words or t.canon == NOT]
        return pain + clause if any(t.canon in lex.symptom_words for t in pain) else clause
    # (not a time: "aching, especially after longer runs" is no pain only after runs)
    if not clause or (clause[0].word not in _GOES_ON and not _a_place_alone(clause, lex)) \
            or any(t.canon == NOT for t in [*previous, *clause]) or any(t.word in _WHEN_IN_A_RUN for t in clause):
        return clause
    said = [t for t in previous if t.canon in lex.site_words or t.canon in lex.symptom_words]
    return said + clause if any(t.canon in lex.symptom_words for t in said) else clause


_GOES_ON = frozenset({"especially", "particularly", "mostly", "mainly", "esp"})
"""A clause that starts with one of these goes on with the complaint of the clause before."""


def _a_part_alone(clause: list[Token], lex) -> bool:
    """"and my left shin", "and both calves": a body part, its side, and nothing else."""
    return any(t.canon in lex.site_words for t in clause) and all(
        t.stop or t.canon in lex.site_words or t.word in _SIDES for t in clause)


def _a_listed_part(clause: list[Token], lex) -> bool:
    """"my left heel", "first my left heel": a body part, its side, a word of a list, nothing else."""
    return len(clause) <= _PART_ALONE and any(t.canon in lex.site_words for t in clause) and all(
        t.stop or t.canon in lex.site_words or t.word in _SIDES or t.word in _ORDINALS for t in clause)


def _a_listed_part_hurts(clause: list[Token], cut: list[list[Token]], at: int, sentence: list[int],
                         lex) -> list[Token]:
    """"first my left heel, underneath, first steps out of bed are agony": a body part alone, then
    (past where it is) a pain of no other part in the same sentence, is that part's pain (test
    drive 57 read no heel pain, and named only the runner's second complaint)."""
    if not _a_listed_part(clause, lex):
        return clause
    for nxt in range(at + 1, len(cut)):
        if sentence[nxt] != sentence[at]:
            return clause
        if _only_where(cut[nxt], lex):
            if any(t.word in lex.subject_places for t in cut[nxt]):
                return clause   # ("my left knee, the outside, hurts": the outside's pain, read there)
            continue
        said = cut[nxt]
        if any(t.canon in lex.symptom_words for t in said) and not any(
                t.canon == NOT or t.canon in lex.site_words for t in said):
            last = clause[-1]
            return clause + [Token("pain", lex.canon("pain"), last.start, last.end, False)]
        return clause
    return clause


def _only_where(clause: list[Token], lex) -> bool:
    """"underneath", "on the outside": where, and nothing else."""
    return len(clause) <= _PART_ALONE and any(not t.stop for t in clause) and all(
        t.stop or t.word in lex.places or t.word in lex.subject_places for t in clause)


_PART_ALONE = 6
"""The most words a clause of a body part alone, or of where alone, has ("first my left heel")."""
_SIDES = frozenset({"left", "right", "both", "other", "lower", "upper", "l", "r"})
_ORDINALS = frozenset({"first", "second", "third", "firstly", "secondly", "then", "also", "next"})
"""Before a body part alone, the words of a list of complaints ("first my left heel, ...")."""
_JOINED = re.compile(r"\s*,?\s*(?:and|or|nor|&|n|plus)\s+", re.IGNORECASE)
"""Between a complaint and a body part alone, the words that give it the same complaint."""


def _a_place_alone(clause: list[Token], lex) -> bool:
    """"on the outside", "more towards the front": a side of something, and nothing else."""
    return any(t.word in lex.subject_places and t.word not in lex.elsewhere for t in clause) and all(
        t.stop or t.word in lex.subject_places or t.word in lex.places or t.word in _GOES_ON or t.word == "more"
        for t in clause)
_WHEN_IN_A_RUN = frozenset({"after", "during", "before", "afterwards", "while", "whilst"})


_HAPPENED = frozenset({"got", "went", "became", "turned", "swelled", "blew", "ballooned", "puffed", "started"})
"""After a mid-clause "it", verbs of what happened to the body part named before."""
_SWELLED = frozenset({"swelled", "blew", "ballooned", "puffed"})
"""Of ``_HAPPENED``, the verbs of a swelling: a complaint without a symptom's word ("it blew up")."""


_THE_LEG = frozenset({"the", "my", "that", "this", "his", "her", "their", "your"})
"""Before "sore leg", the words that make it a name for the leg ("on the sore leg")."""


_SIGN = {True: "+", False: "-", None: "?"}
_SOMEONE = frozenset({"someone", "somebody", "something", "being", "getting", "i", "id", "im", "ive"})


def read(kb: KnowledgeBase, text: str, index: PhraseIndex | None = None) -> Reading:
    """The observations ``text`` states, in order; each observation once (present wins over
    absent when the text says both, so nothing stated is lost before a person confirms)."""
    index = index or index_for(kb)
    # "35F" as runners and forms write age and sex: the F is "female" (a red-flag context:
    # RED-S); "42M," is "male", "F, 34" and "M 55" too (see _age_and_sex)
    spaced = stand_ins(text)
    toks = the_other_one(both_legs([_age_and_sex(t, text, index.lex) for t in tokens(spaced, index.lex)], spaced, index.lex),
                         index.lex)
    # "the sore leg", "my bad side" only name the leg: read as little words, so the pain of a
    # self-test is found in its own words ("can hop 20 times on the sore leg without pain")
    # (no word of its own: the index caches a word's readings by the word). Only in a text of a
    # self-test, after "the"/"my"...: "I have a sore leg", "today tingly leg" are symptoms.
    # (or of lying on it: "I can lie on the sore side all night, no problem", set 31 read the pain)
    if any(t.canon in index.lex.test_kinds or t.canon == "stand" or t.word in index.lex.lying_on_it for t in toks):
        toks = [Token("", "", t.start, t.end, True)
                if names_the_leg(toks, n, index.lex) and toks[n - 1].word in _THE_LEG else t
                for n, t in enumerate(toks)]
    found: dict[str, Statement] = {}
    symptoms = index.lex.symptom_words
    words_said = {c[0] for t in toks for c in index.candidates(t)}
    # (a symptom said only as "pain free" says none: "completely pain free at rest, sofa is my
    # friend" read the sofa as pain at rest, set 63, the wrong way round)
    free_of = {n - 1 for n, t in enumerate(toks) if n and t.word == "free"}
    symptoms_said = not symptoms.isdisjoint(words_said if not free_of else {
        c[0] for n, t in enumerate(toks) if n not in free_of for c in index.candidates(t)})
    bone_spot = _bone_spot(toks, index.lex)
    sites_said = frozenset(words_said & (index.lex.site_words | index.lex.key_sites)) | bone_spot
    cut = [_scored_none(c) for c in clauses(spaced, toks, index)]
    cut, contrasted = _places_contrasted(_dangling_negation(cut, index.lex), index)
    # (or a pain the clauses put in an exception: "knee is fine except when I'm going downstairs")
    # (looked at only when the words say no symptom: most texts do)
    if not (symptoms_said or contrasted):
        written = {(t.start, t.word) for t in toks}
        symptoms_said = any(t.canon in symptoms and not t.implied and (t.start, t.word) not in written
                            for c in cut for t in c)
    symptoms_said = symptoms_said or contrasted
    # which clauses name a symptom, and which have one in them or in a clause next to them
    # (each word's candidates as a set, kept per word: one test of a set against another)
    can_be = index.candidate_words
    has = [any(not symptoms.isdisjoint(can_be(t)) for t in c_) for c_ in cut]
    # (a neighbour's symptom only when it is not denied: "I twisted my knee but it didn't swell up")
    said_so = [named and any(not symptoms.isdisjoint(can_be(t)) for t in c_[:first_negation(c_)])
               for named, c_ in zip(has, cut)]
    near = [has[i] or any(said_so[max(0, i - 1):i + 2]) for i in range(len(cut))]
    # a symptom said in a clause with no negation ("ache in the arch of my foot and my ankle"):
    # a body part alone in another clause may be its place ("the pain never wakes me" affirms none)
    affirmed = any(named and not any(u.canon == NOT for u in c_) for named, c_ in zip(has, cut))
    # the body parts said before any negation of their clause: "No groin pain" names no groin
    # that a red flag elsewhere could be of ("standing on one leg hurts. No groin pain.")
    # (nor one said to be fine: "standing on one leg hurts, groin is fine", test drive 19)
    sites_affirmed = frozenset().union(*(can_be(t) & index.lex.site_words for c_ in cut if not _fine_alone(c_, index.lex)
                                         for t in c_[:_affirmed_until(c_)])) | bone_spot
    previous: list[Token] = []
    complaint: tuple[int, list[Token]] = (-1, [])   # the sentence and site and symptom words of the last complaint affirmed
    covered: list[tuple[int, int]] = []   # where statements were read, for the words not read
    # (a word that leaves an observation unstated: "periods stopped at the menopause")
    canons = {t.canon for t in toks}
    unstated = {o for o, sets in index.unstated_by.items() if any(words <= canons for words in sets)}
    by_situation: set[str] = set()        # read absent only as denied in a situation
    sentence = _sentences(cut, text)
    said_in: dict[str, tuple[int, int, int]] = {}   # each statement's sentence, and where its words are
    found_in: dict[str, list[Token]] = {}           # each statement's clause
    questioned: set[str] = set()                    # read present only from a question asked
    self_named: set[str] = set()                    # read present only from a hedged guess at a name
    long_ago: dict[str, tuple] = {}                 # read present only in a past that is over
    listing: tuple[int, list[Token]] = (-1, [])     # the sentence and words of a list of past injuries
    retracted = _retracted(cut, sentence, index)
    written_for = runner_named(cut, index.lex)   # the runner another person writes for, if any ("my son")
    theirs = others(cut, sentence, index.lex, written_for and written_for[1:])   # someone else's symptoms: "my sister gets numb toes, I don't"
    for at, clause, skip_absent in _readings(cut, index.lex):
        if at in retracted or theirs.get(at) is Others.SKIP:
            continue   # "my knee hurts on the outside - sorry, I mean my shin": not the knee
        if _not_run_alone(clause, index.lex):
            continue   # "..., didnt run", "i havent run since the trip": no pain of a run denied
        clause = _a_listed_part_hurts(clause, cut, at, sentence, index.lex)
        listed, listing = _in_a_history_list(clause, sentence[at], listing, index.lex, _bulleted(text, clause))
        before = previous
        clause, previous = implied(_borrowed_site(_referred_site(_goes_on(listed, previous, index.lex, complaint[1] if complaint[0] == sentence[at] else None, text), previous,
                                                                 index.lex), previous, index.lex), index), clause
        if any(t.canon in index.lex.site_words for t in clause) and any(t.canon in symptoms for t in clause) \
                and not any(t.canon == NOT for t in clause):
            complaint = (sentence[at], [t for t in clause if t.canon in index.lex.site_words or t.canon in symptoms])
        if at and sentence[at - 1] == sentence[at] and _nothing_alone(clause) \
                and any(t.word in index.lex.pressing for t in cut[at - 1]):
            # "pressed the bony bump under my kneecap, nothing": the press found nothing, so what
            # its clause read present is absent (set 78 read the bump's pain present)
            for oid, old in list(found.items()):
                if old.present and said_in[oid][0] == sentence[at] and _within(found_in[oid], cut[at - 1]):
                    found[oid] = replace(old, present=False)
        if _no_more(clause):
            # "..., not anymore", "..., not since": the sentence's past is over; the clause says
            # nothing else (test drive 27: "it woke me at night last week, not since" read the
            # night pain, denied here from the borrowed words and then outweighed as "present")
            # (what "it" is may go on: "..., now it just aches after long runs" is the shin's, so
            # a body part's pain stays when a complaint follows; the rest of that past is over)
            goes_on = any(sentence[k] == sentence[at] and any(c[0] in symptoms for t in cut[k] for c in index.candidates(t))
                          for k in range(at + 1, len(cut)))
            # ("since" says the clause before was a past: "my shins hurt the first two weeks, nothing since")
            # (and "not any more", "no longer": "it did wake me the first week but not any more",
            # set 78, whose "did wake" tells no past by its form)
            said = {t.word for t in clause}
            just_before = cut[at - 1] if at and ("since" in said or "anymore" in said or "longer" in said or {
                "any", "more"} <= said) else None
            _over_now(found, found_in, said_in, long_ago, sentence[at], text, index, covered, keep_sites=goes_on,
                      past=just_before)
            continue
        if at and _now_it_is(clause, index) and any(t.word == "never" for t in cut[at - 1]):
            # "never had knee trouble in 30 years of running, now it's every single run": the
            # denial before was of the past (set 41 read the knee pain denied)
            for oid, old in list(found.items()):
                if old.present is False and said_in[oid][0] == sentence[at] and _within(found_in[oid], cut[at - 1]):
                    found[oid] = replace(old, present=True)
        # (a "yes" that answers a body part's label is its pain said: "Knee? yes", see clauses._form_answers)
        said = symptoms_said or any(t.implied or (t.canon in symptoms and spaced[t.start:t.end].lower() in index.lex.answer_yes)
                                        for t in clause) \
            or _problem_is(clause, index.lex) is not None
        over = index.lex.long_ago(clause)
        # A number read against a measure's bands says more than the measure's words do: "my
        # cadence is 178" is no "low cadence", for any observation that has the words
        numbers = [r for r in read_measures(clause, index.lex) if r.measure.observation in kb.observations]
        # (a number with no verdict leaves the words to say it: "she is 17 and has finished growing")
        measured = {r.measure.observation for r in numbers if r.present is not None}
        about = {p for r in numbers for p in r.positions}
        said_as = [(kb.observations[r.measure.observation], r.present, r.positions[0], r.positions[-1], r.said, 1.0)
                   for r in numbers]
        readings = {r.measure.observation: r.said for r in numbers}
        during = during_a_run(clause, index)
        said_as += [(kb.observations[oid], False, *during, "during a run", 1.0)
                    for oid in index.lex.during_a_run_denies if during and oid in kb.observations]
        # (``chosen`` reads a normal state or a part denied from its own words only, at
        # PARSE_MIN_COVERAGE: the matcher leaves out the rest, most of them)
        # (where a clause that presses says what was looked for: "pressed along the bone looking for")
        searching = next((n for n, t in enumerate(clause) if t.word in index.lex.searched_for), None) \
            if any(t.word in index.lex.pressing for t in clause) else None
        explains = explaining(clause, index)
        # (a clause that goes on the one before's list of what the pain is worse on: "worse when
        # sitting, and on long strides")
        set_off = bool(at) and sentence[at - 1] == sentence[at] and goes_on_setting_off(clause, cut[at - 1])
        stated = [(match, *state(match, clause, index))
                  for match in chosen(index.match(clause, min_apart=PARSE_MIN_COVERAGE, half_kept=explains),
                                      clause, index, said, affirmed, explains, over, sites_said)
                  if not (match.observation.id in measured or set(match.positions) <= about)]
        for match, present, first, last in _one_denial_each(stated, clause, index, spaced):
            if present and searching is not None and searching < last and not any(
                    t.word in _FOUND for t in clause[last:]):
                continue   # pressing, "looking for one really sore point": searched for, not found
            # (a state that began or ended then holds since: "my periods stopped last autumn")
            # (nor one said to go on: "grew loads last year and still growing", test drive 28)
            if present and over and not match.phrase.history and not any(
                    t.word in index.lex.onset_words for t in clause[max(0, first - 1):last + 3]) and not any(
                    t.word in _STILL for t in clause[max(0, first - 1):last + 1]):
                long_ago.setdefault(match.observation.id, (sentence[at], match.observation, clause, match.phrase.written))
                continue   # "my calves used to cramp": not now
            if present is False and ((over and _never_used_to(clause)) or (
                    not match.phrase.history and not match.observation.text.endswith("before")
                    and _never_before(clause, index.lex))):
                # ("never had shin splints before, now every single run": set 59 read nothing; not
                # before a pain of its own, "... but now it aches after every run", which is no
                # groin pain worsening run by run)
                if not (at + 1 < len(cut) and sentence[at + 1] == sentence[at] and _now_it_is(cut[at + 1], index)
                        and ((over and _never_used_to(clause))
                             or not any(t.canon in index.lex.symptom_words for t in cut[at + 1]))):
                    continue   # "never used to swell (but now my ankle balloons)": not then, so nothing of now
                if any(t.word in index.lex.untried_after_negation for t in clause[:match.positions[0]]):
                    continue   # "never done hills before, now every run": a doing that is new, no weakness
                # "Never used to get calf cramps, now they come on every long run": what was not
                # then is now (set 48 read nothing; not after "never had ... before": "never had
                # groin trouble before but now it aches after every run" read the worsening flag)
                present = True
            if unfounded(match, present, clause, index, sites_said, affirmed, near[at], sites_affirmed, set_off=set_off):
                continue
            said_as.append((match.observation, present, first, last, match.phrase.written, round(match.coverage, 3)))
        narrowed = _narrowed(said_as, cut, at, text, sentence, index, said_so)
        situated: set[str] = set()   # read absent in this clause only through a situation
        if narrowed:
            situated = {n[0].id for n in narrowed if n[1] is False} - {s[0].id for s in said_as}
            # (a denial in the situation outweighs the same observation read present from the
            # clause's words before the negation, when nothing it narrows is said there: "single
            # leg squat: knee doesn't fall in" is no knee moving in on the squat)
            present_here = {s[0].id for s in said_as if s[1]}
            denied = {n[0].id for n in narrowed if n[1] is False and present_here.isdisjoint(n[0].narrows)}
            said_as = [s for s in said_as if not (s[1] and s[0].id in denied)] + narrowed
        said_as = _situation_alone(said_as, clause, index.lex,
                                   cut[at + 1] if at + 1 < len(cut) and sentence[at + 1] == sentence[at] else ())
        # a question asked, not answered "yes", gives way to its answer: "Any giving way of the
        # knee? It has always felt stable" (set 21: read the knee giving way). Only to an answer
        # that denies it: "Night pain? Occasionally" keeps the red flag
        asked = _asked(spaced, clause[0].start, clause[-1].end, index.lex)
        if asked is not None and _asks_advice(clause, index.lex) and (asked or clause[1].word in ("i", "we")):
            continue   # "should I rest?", "can I keep running?": a question to us states nothing
        if _hypothetical(clause, index.lex):
            said_as = [s for s in said_as if s[1] is not True]   # "if it swelled I'd stop": not happened
        said_as = _mild_not_sharp(said_as, clause, index.lex)
        for observation, present, first, last, phrase, coverage in sorted(said_as, key=lambda s: s[2]):
            if skip_absent and present is False:
                continue
            if present and theirs.get(at) is Others.DENY:
                present = False   # "my sister gets numb toes, I don't": not the runner's
            # (not a red flag's sign said "more like" after its denial: "not dizzy exactly, more like
            # everything went grey at the finish" is the fainting flag, read denied)
            # (nor a feeling told "like someone ...": "no snap. felt like someone hit me at the back of
            # the ankle" is the torn Achilles' sign, test drive 67 read it denied: self-care)
            guess = bool(present) and any(t.word in index.lex.self_named and not (
                t.word == "like" and n + 1 < len(clause) and clause[n + 1].word in _SOMEONE)
                for n, t in enumerate(clause[:first])) and not (
                observation.category is ObservationCategory.RED_FLAG and any(t.word in _MORE for t in clause[:first]))
            if guess and asked is not None:
                # a guess asked: "Probably just a calf strain?" states nothing (test drive 24), nor
                # is what follows its answer ("... strain? no swelling": fc25 read it denied)
                continue
            if asked is False and present:
                present = False   # answered with a negation: "Any numbness in the groin? Nothing like that"
            corrects = present is not None and any(t.word in index.lex.correcting for t in clause[:first + 1])
            if len(clause) <= SHORT_CLAUSE:
                first, last = 0, len(clause) - 1   # "my IT band is killing me" reads better whole
            # the runner's own words of this clause, not a body part borrowed from the one before
            own = [t for t in clause[first:last + 1] if not t.implied] or clause[first:last + 1]
            span = (min(t.start for t in own), max(t.end for t in own))
            # (the words of an observation the text leaves unstated stay "not read": "I leak a
            # little when I run" is not assessed, and the runner is told so; fc24)
            if observation.id not in unstated:
                covered.append(span)
                # the clause's other words of this observation were read too ("I fainted ... and
                # nearly passed out again": 'fainted' is not "not read")
                covered.extend((clause[p].start, clause[p].end) for p in index.about(observation.id, clause)
                               if not clause[p].implied)
            words = _whole_words(text, *span)   # (a stand-in shorter than its words: "no bother" is "fine")
            statement = Statement(observation, present, words, phrase, coverage, readings.get(observation.id, ""))
            old = found.get(observation.id)
            # a denial outweighs a reading present from a question it answers, or from a past
            # the same sentence says is gone now ("it was swollen last month but the puffiness
            # has gone down")
            # (or from the runner's hedged guess at a name, test drive 22: "pretty sure I have
            # runners knee ... the front of the knee and kneecap are fine")
            if guess and old is not None and old.present is False and observation.id not in situated:
                continue   # the denial said elsewhere stands
            corrected = old is not None and old.present is not None and corrects and old.present != present
            over = corrected or old is not None and old.present and present is False and (
                observation.id in questioned or (observation.id in self_named and observation.id not in situated)
                or (said_in[observation.id][0] == sentence[at] and _in_the_past(
                    found_in[observation.id], index.lex, index.observation_words.get(observation.id, frozenset()))
                    and _gone_now(clause, index.lex)
                    and observation.id not in index.lex.episodes)   # (a red-flag episode that ended still happened)
                # (or denied "since" in the same sentence: "Ankle is sore since I rolled it, ... it
                # hasn't buckled or given way since", set 12 read the giving way)
                or (said_in[observation.id][0] == sentence[at] and clause[-1].word == "since")
                # (or read present from the clause before, a doing said with no symptom, that this
                # bare denial is of: "sitting through a long film, no pain at all", set 22 read the
                # pain there from the doing alone)
                or _denies_the_doing_before(clause, before, said_in[observation.id], index.lex))
            if old is None or over or (present and not old.present) or (old.present is None and present is not None):
                found[observation.id] = statement
                found_in[observation.id] = clause
                if asked and present:   # (True: answered in other words)
                    questioned.add(observation.id)
                else:
                    questioned.discard(observation.id)
                if guess:
                    self_named.add(observation.id)
                else:
                    self_named.discard(observation.id)
                said_in[observation.id] = (sentence[at], *span)
                if observation.id in situated:
                    by_situation.add(observation.id)
                else:
                    by_situation.discard(observation.id)
            elif observation.id not in situated and present == old.present:
                by_situation.discard(observation.id)   # said again in its own words
        if not said_as and _gone_now(clause, index.lex) and not any(t.word in index.lex.gone_partly for t in clause):
            _over_now(found, found_in, said_in, long_ago, sentence[at], text, index, covered)
        elif _back_again(clause, index.lex):
            _no_longer_gone(found, found_in, said_in, sentence[at], index.lex)
    # (a denial in a situation says nothing of it when what it narrows is said to be there:
    # "the top of my foot is fine to press, but my shin hurts" leaves a sore spot on the shin open)
    sides = sides_named(cut, index.lex)
    excepted = _excepted(cut, spaced, index.lex)
    found = _not_sure_unsaid(found, toks, index.lex)
    kept = tuple(s for s in found.values() if s.observation.id not in unstated
        and not (s.present is False and _of_an_exception(s, found_in[s.observation.id], excepted, index))
        and not (s.present is False and of_one_side(found_in[s.observation.id], sides, index.lex, s.phrase))
        and not (s.present is False and of_the_other_one(found_in[s.observation.id], cut, index.lex))
        and not (s.observation.id in by_situation and s.present is False
                 and any(found.get(b) and found[b].present for b in s.observation.narrows))
        and not _yields(s, found, said_in, sentence, cut, index.lex))
    kept = _with_the_pain_placed(kept, kb, said_in)
    kept += _denied_with(kept, kb)
    kept += _other_places(kept, cut, sentence, said_in, text, kb, index.lex, covered)
    # "no complaints" beside a complaint of now is a past said ("never injured before, now pain
    # at night in my shin": test drive 36 read both); the complaint stands
    if any(s.present and s.observation.category in _COMPLAINTS for s in kept):
        kept = tuple(s for s in kept if not (s.present and s.observation.id == NO_COMPLAINTS))
    beyond = outside(cut, index.lex)
    covered.extend(span for _, span, _ in beyond)
    # (the words of a topic are not the observations it names instead: "I leak a bit of wee when
    # I run" is pelvic-floor symptoms, not the cauda-equina red flag, fc27)
    kept = tuple(s for s in kept if not any(
        s.observation.id in instead_of and said_in[s.observation.id][1] <= span[1] and span[0] <= said_in[s.observation.id][2]
        for _, span, instead_of in beyond))
    # (nor, anywhere in the text, the words a topic explains: "hit my head when I fell, dizzy since")
    for instead_of, words in explained(beyond, index.lex):
        kept = tuple(s for s in kept if s.observation.id not in instead_of or not {
            t.canon for t in tokens(s.words, index.lex) if not t.stop and t.canon != NOT} <= words)
    kept += _runners_sex(kept, written_for, covered, text, kb, index.lex)
    kept += _fever_with_swelling(kept, cut, covered, text, kb, index.lex)
    kept += _part_swelling(kept, cut, text, kb, index.lex)
    kept += _unplaced(kept, cut, covered, text, kb, index.lex) or _no_complaint_said(kept, cut, covered, text, kb, index.lex)
    # (the words of what was read, said in its own text, are no words left unread: "eases within
    # minutes", "stop" beside the exertional sign; test drive 36 found them listed)
    described = frozenset().union(*(text_canon(s.observation.text, index.lex) for s in kept))
    return Reading(text, kept, _unread(text, toks, covered, index.lex, described), tuple(topic for topic, _, _ in beyond))


NO_COMPLAINT = "a general denial of any complaint"
"""The phrase of the statement ``_no_complaint_said`` makes (in place of a rule-pack phrase)."""
_GENERAL_COMPLAINTS = frozenset({"injury", "injuries", "injured", "niggle", "niggles", "anywhere", "whatsoever",
                                 "moment", "currently", "right"})
"""Beside a word of pain and ``complaint_words``, the words of a denial of any complaint at all
("no injuries", "no niggles at the moment", "no pain whatsoever")."""


def _no_complaint_said(statements: tuple[Statement, ...], cut: list[list[Token]], covered: list[tuple[int, int]],
                       text: str, kb: KnowledgeBase, lex) -> tuple[Statement, ...]:
    """A clause that denies any complaint at all and names no body part ("no pain at all", "no
    aches or pains", "nothing hurts", "no injuries") is the observation marked
    ``complaint_when_absent`` (no aches or pains) said present, in a text that states nothing else
    but context (set 41 and note 26: it read nothing, and the runner was told to try other words).
    Not a question ("no pain at all?"), nor a clause of the past. Its words are read (``covered``)
    when a phrase said it already ("no aches or pains, just want to stay injury free")."""
    marked = kb.complaints_when_absent()
    # (nor beside a symptom or a self-test: "hop test: 10 hops, no pain" answers the test; a form
    # fault is no complaint: "cadence 150, no aches or pains", test drive 45 read only the cadence
    # and a pain-free runner was told to see a physio if not better)
    if not marked or any(s.observation.category is not ObservationCategory.CONTEXT and not (
            s.observation.category is ObservationCategory.SIGN and lex.symptom_words.isdisjoint(text_canon(s.observation.text, lex)))
            for s in statements):
        return ()
    # (a body part named anywhere: "pressed on the bony point of my hip, nothing, doesn't hurt";
    # unless the clause denies complaints in general, in the plural: "lands with his foot way out
    # in front of his knee ... He has no aches or pains at all", test drive 45)
    part_named = any(t.canon in lex.site_words and t.end > t.start for clause in cut for t in clause)
    pain = lex.canon("pain")
    for clause in cut:
        own = [t for t in clause if t.end > t.start and not t.implied]
        if part_named and _GENERAL_PLURAL.isdisjoint(t.word for t in own):
            continue
        said = [t for t in own if not t.stop]
        # (an age before it is no complaint: "Im 67 and nothing hurts", test drive 31)
        said = said[next((k for k, t in enumerate(said) if not t.word.isdigit()), len(said)):]
        # (one negation: "not that it doesn't hurt" says it does)
        if len(said) < 2 or said[0].canon != NOT or sum(t.canon == NOT for t in said) > 1 \
                or text[own[-1].end:own[-1].end + 2].lstrip().startswith("?") or lex.long_ago(clause):
            continue
        if all(t.canon == pain or t.canon == NOT or t.word in lex.complaint_words or t.word in _GENERAL_COMPLAINTS
               for t in said[1:]):
            covered.append((own[0].start, own[-1].end))
            if any(s.observation in marked for s in statements):
                return ()
            return (Statement(marked[0], True, text[own[0].start:own[-1].end], NO_COMPLAINT, 1.0),)
    return ()


_GENERAL_PLURAL = frozenset({"aches", "pains", "niggles", "injuries", "complaints", "problems", "issues"})
"""Complaints denied in general, in the plural: "no aches or pains", "no injuries"."""


RUNNER_NAMED = "the runner another person writes for"
"""The phrase of the statement ``_runners_sex`` makes (in place of a rule-pack phrase)."""


def _runners_sex(statements: tuple[Statement, ...], named: tuple[bool, int, int] | None,
                 covered: list[tuple[int, int]], text: str, kb: KnowledgeBase, lex) -> tuple[Statement, ...]:
    """The sex of the runner another person writes for ("asking for my wife": ``named``, see
    whose.runner_named), when the text states it no other way."""
    observation = kb.observations.get(lex.runner_sex)
    if observation is None or any(s.observation is observation for s in statements):
        return ()
    if named is None:
        return ()
    female, start, end = named
    covered.append((start, end))
    return (Statement(observation, female, text[start:end], RUNNER_NAMED, 1.0),)


FEVER_WITH_SWELLING = "a fever beside a swollen joint"
"""The phrase of the statement ``_fever_with_swelling`` makes (in place of a rule-pack phrase)."""


def _fever_with_swelling(statements: tuple[Statement, ...], cut: list[list[Token]], covered: list[tuple[int, int]],
                         text: str, kb: KnowledgeBase, lex) -> tuple[Statement, ...]:
    """The hot swollen joint red flag, when the text reads a joint's swelling present and says a
    fever in a clause of its own, not denied (words.yaml ``fever_with_swelling``)."""
    red_flag, swelling, fever, temperature = lex.fever_with_swelling
    stated = {s.observation.id: s for s in statements}
    if red_flag in stated or red_flag not in kb.observations or not (stated.get(swelling) and stated[swelling].present):
        return ()
    for clause in cut:
        if any(t.canon == NOT for t in clause) or _in_the_past(clause, lex) or lex.in_history(clause):
            continue   # (not "no fever", nor "I had a fever last year")
        for n, t in enumerate(clause):
            if t.word in fever or (t.word in temperature and n and clause[n - 1].word in _A_TEMPERATURE
                                   and not (n > 1 and clause[n - 2].word in _THE_WEATHER)):
                start, end = clause[max(0, n - 2)].start, t.end
                covered.append((start, end))
                return (Statement(kb.observations[red_flag], True, text[start:end], FEVER_WITH_SWELLING, 1.0),)
    return ()


def _part_swelling(statements: tuple[Statement, ...], cut: list[list[Token]], text: str, kb: KnowledgeBase,
                   lex) -> tuple[Statement, ...]:
    """A swelling read present in a sentence that names, not denied, a body part of words.yaml
    ``part_swelling`` (and no other part in the swelling's own clause) is that part's red flag."""
    swelling, parts = lex.part_swelling
    stated = {s.observation.id: s for s in statements}
    said = stated.get(swelling)
    if said is None or not said.present:
        return ()
    at = text.find(said.words)
    if at < 0:
        return ()
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    ends = at + len(said.words)
    in_sentence = [c for c in cut if c and begin <= c[0].start < ends]
    own = [t for c in in_sentence if c[0].start <= at < c[-1].end + 1 for t in c if not t.implied]
    if any(t.canon in lex.site_words and t.canon not in parts for t in own):
        return ()   # ("my calf is tight and the ankle is swollen": the ankle's)
    for clause in in_sentence:
        if any(t.canon == NOT for t in clause):
            continue
        flag = next((parts[t.canon] for t in clause if t.canon in parts and not t.implied), None)
        if flag is not None and flag in kb.observations and flag not in stated:
            return (Statement(kb.observations[flag], True, said.words, said.phrase, said.coverage),)
    return ()


_A_TEMPERATURE = frozenset({"a", "high", "running", "with"})
"""Before "temperature", the words that make it a fever ("running a temperature")."""
_THE_WEATHER = frozenset({"the", "in", "hot", "outside", "air"})
"""Before "high temperature", words of the weather ("in the high temperature")."""


UNPLACED = "a pain or complaint not placed"
"""The phrase of the statement ``_unplaced`` makes (in place of a rule-pack phrase)."""


def _unplaced(statements: tuple[Statement, ...], cut: list[list[Token]], covered: list[tuple[int, int]],
              text: str, kb: KnowledgeBase, lex) -> tuple[Statement, ...]:
    """A pain the reader could not place ("foot pain, hurts when I walk to the car") is still a
    complaint: with no complaint read, the observation marked ``complaint_when_absent`` (no aches
    or pains) is stated absent in that clause's words, so the triage is never self-care for a
    runner who said it hurts (test drive 24: "nothing needs a clinician"). Only in a text that
    names a body part a runner's complaint can be of (a sore wrist or throat is not one), and not
    a symptom's word denied or said to be gone ("no pain", "pain free"), asked about ("will it
    hurt?"), not happened ("I half expected my feet to go numb"), of a past that is over ("my
    knee was swollen last year") or searched for ("looking for one sore point")."""
    marked = kb.complaints_when_absent()
    if not marked or any(s.observation in marked for s in statements) or any(
            s.present and s.observation.category is not ObservationCategory.CONTEXT for s in statements) \
            or not any(t.canon in lex.site_words for clause in cut for t in clause):
        return ()
    read_at = _read_at(text, covered)
    for clause in cut:
        own = [t for t in clause if t.end > t.start]
        if not own or text[own[-1].end:own[-1].end + 2].lstrip().startswith("?") or lex.long_ago(clause) \
                or _hypothetical(clause, lex) \
                or any(t.word in lex.searched_for or t.word in lex.gone_after or t.word in lex.gone_now
                       or t.word in lex.gone_right_after for t in clause):
            continue
        negated_from = first_negation(clause)
        if any(t.canon in lex.symptom_words and t.end > t.start and not all(read_at[t.start:t.end])
               for t in clause[:negated_from]):
            return (Statement(marked[0], False, text[own[0].start:own[-1].end], UNPLACED, 0.0),)
    return ()


OTHER_PLACE = "the same pain's other place, denied beside it"
"""The phrase of the statements ``_other_places`` makes (in place of a rule-pack phrase)."""


def _other_places(statements: tuple[Statement, ...], cut: list[list[Token]], sentence: list[int],
                  said_in: dict[str, tuple[int, int, int]], text: str, kb: KnowledgeBase, lex,
                  covered: list[tuple[int, int]]) -> tuple[Statement, ...]:
    """The other place of a pain read at one place, denied beside it (places.py)."""
    present = [s.observation.id for s in statements if s.present]
    out = []
    for other, start, end in other_places_denied(present, {s.observation.id for s in statements}, cut, sentence,
                                                 said_in, lex):
        if other in kb.observations:
            covered.append((start, end))
            out.append(Statement(kb.observations[other], False, text[start:end], OTHER_PLACE, 1.0))
    return tuple(out)


def _read_at(text: str, spans: list[tuple[int, int]]) -> bytearray:
    """1 at each character of ``text`` inside one of ``spans`` (one pass, not tokens x spans)."""
    read_at = bytearray(len(text) + 1)
    for a, b in spans:
        read_at[a:b] = b"\x01" * (b - a)
    return read_at


def _with_the_pain_placed(statements: tuple[Statement, ...], kb: KnowledgeBase,
                          said_in: dict[str, tuple[int, int, int]]) -> tuple[Statement, ...]:
    """A pain said at its place states the pain: a symptom asked only after one other symptom
    (where the Achilles pain is, the ache around the kneecap) read present, with that other not
    stated, states it too, in the same words ("mid-portion AT R" is Achilles pain, test drive 19:
    a physio's note named no condition). That other read absent in the same sentence was a place
    denied against this one, not the pain ("not up in the tendon, it's right at the heel bone",
    "the pain is above the kneecap, not below it"): the place said stands for it."""
    stated = {s.observation.id: s for s in statements}
    placed: dict[str, Statement] = {}
    for s in statements:
        parents = s.observation.ask_only_if
        if s.present and s.observation.category is ObservationCategory.SYMPTOM and len(parents) == 1 \
                and parents[0] not in placed and kb.observations[parents[0]].category is ObservationCategory.SYMPTOM:
            other = stated.get(parents[0])
            if other is None or (other.present is False and said_in[parents[0]][0] == said_in[s.observation.id][0]):
                placed[parents[0]] = replace(s, observation=kb.observations[parents[0]])
    out = [s for s in statements if s.observation.id not in placed]
    for s in statements:
        parents = s.observation.ask_only_if
        if len(parents) == 1 and placed.get(parents[0]) is not None and placed[parents[0]].words == s.words:
            out.insert(out.index(s), placed.pop(parents[0]))
    return tuple(out)


_AWAY = frozenset({"trip", "flight", "holiday", "vacation", "travel", "travelling", "traveling", "then", "yet"})
_LITTLE = frozenset({"i", "we", "she", "he", "they", "did", "do", "does", "have", "has", "had", "been", "since", "the",
                     "my", "a", "any", "at", "all", "for", "this", "last", "that", "it", "its"})


def _not_run_alone(clause: list[Token], lex) -> bool:
    """Whether the clause says only that the runner has not run ("didnt run", "i havent run since
    the trip", with a time): that denies no pain of running (test drive 60: "left calf swollen and
    warm since my flight, didnt run" read the calf's tightness and cramps denied)."""
    said = [t for t in clause if not t.implied]
    return any(t.canon == NOT for t in said) and any(_a_run(t, lex) for t in said) and all(
        t.canon == NOT or _a_run(t, lex) or t.word in _AWAY or t.word in _LITTLE or t.word in lex.recent
        for t in said)


def _not_sure_unsaid(found: dict[str, Statement], toks: list[Token], lex) -> dict[str, Statement]:
    """The statements, with a red flag read present made not sure when the text never says one of
    its words (words.yaml ``said_in_the_text``: "worse when I pull my toes up" of a shoe's tendon
    read acute compartment syndrome, an ambulance, test drive 62), or beside the denial of the
    other it shares words with (``unsure_beside_denial``: "... pressing the bone doesnt hurt"). The
    answer then says what to do if it is there, and the plan waits."""
    written = {t.word for t in toks}
    beside = lex.unsure_beside_denial

    def unsaid(o: str) -> bool:
        return (o in lex.said_in_the_text and lex.said_in_the_text[o].isdisjoint(written)) or (
            o in beside and found.get(beside[o]) is not None and found[beside[o]].present is False)
    return {o: replace(s, present=None) if s.present and unsaid(o) else s for o, s in found.items()}


def _bone_spot(toks: list[Token], lex) -> frozenset[str]:
    """The bone, said by a spot on a shin or a foot's bones (words.yaml ``bone_spot``) that no
    negation just before denies: "one spot about the size of a coin" on the shin (test drive 59)."""
    parts, spots = lex.bone_spot
    if not any(t.canon in parts for t in toks):
        return frozenset()
    spot = any(t.canon in spots and not any(u.canon == NOT for u in toks[max(0, n - 3):n]) for n, t in enumerate(toks))
    return frozenset(lex.key_sites & {"bone"}) if spot else frozenset()


def _denied_with(statements: tuple[Statement, ...], kb: KnowledgeBase) -> tuple[Statement, ...]:
    """An observation the text leaves unstated is denied in the words of a denial that makes its
    own text untrue (``denied_with``): "walking doesn't hurt, only running" denies limping
    because of the pain as well as pain when walking."""
    stated = {s.observation.id for s in statements}
    denied = {s.observation.id: s for s in statements if s.present is False}
    out = []
    for o in kb.observations.values():
        by = next((denied[d] for d in o.denied_with if d in denied), None)
        if by is not None and o.id not in stated:
            out.append(replace(by, observation=o))
    return tuple(out)


_THINKING = frozenset({"hmm", "hmmm", "um", "umm", "erm", "er", "uh", "wait", "let", "me", "think", "ok", "okay",
                       "so", "well", "right"})
"""Words of thinking aloud before an answer."""


def _asked(text: str, start: int, end: int, lex) -> bool | None:
    """For the clause from ``start`` to ``end``: None when it asks nothing or is answered
    "yes" right after it; False when the answer starts with a negation ("Nothing like that",
    "Neither", "A: none") or, short, says it is normal ("A: all normal down there"); True for
    any other answer (it gives way to a denial elsewhere). The question may go on after the
    clause: "Q: numbness in the saddle area, between the legs? A: none"."""
    mark = _SENTENCE_END.search(text, end, end + _QUESTION_REACH)
    if mark is None or mark.group() != "?":
        return None
    if text[end:mark.start()].strip():   # a question mark later in the sentence: an asking sentence?
        begins = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
        opening = tokens(text[begins:end], lex)[:1]
        if not opening or opening[0].word not in lex.question_starts:
            return None
    after = text[mark.end():].lstrip()
    label = _ANSWER_LABEL.match(after)
    answer = _SENTENCE_END.split(after[label.end():] if label else after, maxsplit=1)[0]
    words = tokens(answer, lex)
    # (thinking aloud before the answer: "hmm, wait let me think, no, ...", set 73)
    while words and words[0].word in _THINKING:
        words = words[1:]
    if words and words[0].word in lex.answer_yes:
        return None
    # (a runner's own sentence with a question mark, "my shin hurts at one spot on the bone?",
    # then a sentence of another time or body part, "doesn't hurt at night": no answer to it;
    # test drive 48 read the bone-stress flag denied, self-care. A form's question, "Any
    # swelling? Not in the knee", starts with a question word and keeps its answer)
    asked_words = tokens(text[start:end], lex)
    if not label and asked_words and asked_words[0].word not in lex.question_starts and any(
            t.word in _OWNING for t in asked_words):
        topic = {t.canon for t in asked_words}
        own = [t for t in words if not t.stop and t.canon != NOT and t.canon not in topic]
        if any(t.word in lex.pain_times or t.canon in lex.site_words for t in own[:6]):
            return None
    if " ".join(t.word for t in words) in lex.answer_no_phrases:
        return False   # "Numb? As if." (set 33)
    # ... or ends one, the words of when aside: "Shin splints? That was my first year, ancient
    # history now" (set 33 read the shin pain present)
    ending = [t.word for t in words]
    while ending and ending[-1] in _WHEN_SAID:
        ending.pop()
    if any(len(p.split()) > 1 and p != "as if" and ending[-len(p.split()):] == p.split() for p in lex.answer_no_phrases):
        return False
    # (the words of when count for nothing: "Achilles? Quiet as a mouse this week", set 26)
    # (and only up to a comma: "Hip flexors? Supple as you like, I stand up from the sofa and
    # they're fine", set 33 read them tight)
    comma = answer.find(",")
    counted = [t for t in words if t.word not in lex.recent and t.word not in _WHEN_SAID
               and (comma < 0 or t.start < comma)]
    fine = len(counted) <= _SHORT_ANSWER and any(t.word in lex.tail_fine or t.word in lex.answer_fine for t in words[:3])
    # (or a "no" after what was done to find out: "I prodded all the way down and no, nothing";
    # set 32 read the pinpoint-bone red flag present)
    checked = any(t.canon == NOT and words[n - 1].word in ("and", "so", "but")
                  for n, t in enumerate(words[:12]) if n)
    # (or, asked of a time of pain, "only" another: "Pain at rest? Only aches while running", set
    # 21 read the flag; not "cramps? only ever on long slow runs", which says when they come)
    only = bool(words) and words[0].word in _ONLY and any(
        t.word in lex.pain_times for t in tokens(text[start:end], lex))
    return not (fine or checked or only or any(t.canon == NOT for t in words[:3]))


_ONLY = frozenset({"only", "onlywhen"})
_OWNING = frozenset({"my", "i", "me", "mine", "his", "her", "he", "she"})


def _asks_advice(clause: list[Token], lex) -> bool:
    """A question for advice: "should I rest", "can we still race", "do I need new shoes"."""
    if len(clause) > 1 and clause[0].word in lex.advice_asks and clause[1].word in ("i", "we", "this", "it", "that"):
        return not any(t.canon == NOT for t in clause)
    # (or what to add: "any strength work I should add?", test drive 37 read strength work done)
    if clause and clause[0].word in _WHICH_THINGS and any(
            (a.word, b.word) in _SHOULD_I for a, b in zip(clause, clause[1:])):
        return True
    # the runner wondering: "could this be a stress fracture?", "what if it swells up?" (test drive 13)
    return len(clause) > 1 and (clause[0].word, clause[1].word) in _WONDERING


_WHICH_THINGS = frozenset({"any", "what", "which", "anything"})
_SHOULD_I = frozenset({("i", "should"), ("should", "i"), ("we", "should"), ("should", "we"), ("do", "i"),
                       ("i", "need"), ("he", "should"), ("she", "should")})


_WONDERING = frozenset({("what", "if"), ("could", "this"), ("could", "it"), ("might", "this"), ("might", "it")})
"""A question that starts with these wonders: it states nothing, whatever follows it."""
_SENTENCE_END = re.compile(r"[.!?\n]")
"""Ends a sentence: a stop, a question or exclamation mark, or a new line (a form's next field)."""
_QUESTION_REACH = 120
"""How far past a clause its sentence's question mark may be."""
_ANSWER_LABEL = re.compile(r"(?:a|ans|answer)\s*[:\-]\s*", re.IGNORECASE)
_SHORT_ANSWER = 5
"""An answer of at most this many words that says "normal" or "fine" is a no; a longer one may
be a filler: "okay so it wakes me every night"."""
_WHEN_SAID = frozenset({"this", "last", "past", "so", "far", "now", "today", "lately", "recently"})
"""Words of when, which an answer's length does not count and its ending may follow."""


def _over_now(found: dict, found_in: dict, said_in: dict, long_ago: dict, at: int, text: str,
              index: PhraseIndex, covered: list, keep_sites: bool = False, past: list | None = None) -> None:
    """A past the sentence ``at`` then says is over is absent now: "had numbness in my toes last
    year, gone now", "it woke me the first week, now fine" (set 22). Never a history ("stress
    fracture in 2019, healed now") nor an episode ("chest pain on the hill, gone now"). ``past``:
    a clause known to tell of a past, whatever its tense ("..., nothing since")."""
    keep = index.historic | index.lex.episodes
    if keep_sites:
        keep = keep | {o for o, words in index.observation_words.items() if not words.isdisjoint(index.lex.site_words)}
    for oid, old in list(found.items()):
        if old.present and oid not in keep and said_in[oid][0] == at and (
                _in_the_past(found_in[oid], index.lex) or _within(found_in[oid], past)) \
                and not _just_now(text, said_in[oid][1]):
            found[oid] = replace(old, present=False)
    for oid, (said_at, observation, before, phrase) in long_ago.items():
        if said_at == at and oid not in found and oid not in keep:
            span = (before[0].start, before[-1].end)
            found[oid] = Statement(observation, False, text[span[0]:span[1]], phrase, 1.0, "")
            found_in[oid], said_in[oid] = before, (at, *span)
            covered.append(span)


def _now_it_is(clause: list[Token], index: PhraseIndex) -> bool:
    """A short clause that starts with "now", denies nothing and names no body part or symptom
    of its own: "now it's every single run", "now it's constant" (not "now my knee hurts")."""
    said = [t for t in clause if not t.implied]
    # (a pain of "they" names none: "never had shin trouble before c25k, now every run they ache",
    # set 50 read the shins denied)
    named = index.lex.site_words | (frozenset() if any(t.word in _THEY for t in said) else index.lex.symptom_words)
    # (up to 10 words with "they"/"it": "now they come on every long run", "now every single run
    # it hurts round the joint", set 55; "now I just want to stay injury free" is no complaint)
    # ("my right one" is the body part named before: "never had knee trouble ..., now my right one
    # aches after every single run since the 10k", set 61 read the knee pain denied)
    return bool(said) and said[0].word == "now" and len(said) <= (12 if any(t.word in _THEY for t in said) else 6) \
        and not any(t.canon == NOT for t in said) and not any(c[0] in named for t in said for c in index.candidates(t))


_THEY = frozenset({"they", "it", "theyre", "its", "one", "ones"})


def _within(clause: list[Token], other: list[Token] | None) -> bool:
    """Whether the words said in ``clause`` (not those borrowed) are all in ``other``'s span."""
    said = [t for t in clause if not t.implied]
    return bool(other and said) and other[0].start <= said[0].start and said[-1].end <= other[-1].end


def _mild_not_sharp(said_as: list, clause: list[Token], lex) -> list:
    """A sign of a sharp pain said present with only a mild word of it ("hopping is a bit sore") is
    not sure (words.yaml ``mild_not_sharp``)."""
    signs, mild, sharp = lex.mild_not_sharp
    if not any(s[1] is True and s[0].id in signs for s in said_as) or not any(t.word in mild for t in clause) \
            or any(t.word in sharp for t in clause):
        return said_as
    return [(s[0], None, *s[2:]) if s[1] is True and s[0].id in signs else s for s in said_as]


def _hypothetical(clause: list[Token], lex) -> bool:
    """A clause of what has not happened (words.yaml ``hypothetical_with_if``, ``hypothetical_alone``)."""
    words = {t.word for t in clause}
    # ("if anything" is one word, see words.yaml join: "I'd expect my calf to cramp in a race if anything")
    # (not a comparison with what was expected: "my knee hurts more than I expected" happened)
    alone = [n for n, t in enumerate(clause) if t.word in lex.hypothetical_alone]
    if alone and all(any(u.word in _COMPARED for u in clause[max(0, n - 2):n]) for n in alone):
        words = words - lex.hypothetical_alone
    return not words.isdisjoint(lex.hypothetical_alone) or (
        not words.isdisjoint(_IF) and not words.isdisjoint(lex.hypothetical_with_if))


_IF = frozenset({"if", "ifanything"})
_COMPARED = frozenset({"than", "as"})


NO_COMPLAINTS = "no_complaints"
"""The observation a runner with nothing wrong states (rules/observations_conditions.yaml)."""
_COMPLAINTS = frozenset({ObservationCategory.SYMPTOM, ObservationCategory.RED_FLAG})


def _situation_alone(said_as: list, clause: list[Token], lex, after: Sequence[Token] = ()) -> list:
    """A clause that denies a pain in a situation other than a run, and says no run, denies no
    place's pain with it: "my knee doesn't hurt at rest" (words.yaml ``situations_alone``); and
    when the clause after it says "only" (just, except, but) on runs, the place's pain is said
    there: "my knee doesn't hurt at night, only on runs" (test drive 61 read no knee pain)."""
    situations, places, running = lex.situations_alone
    if not any(s[1] is False and s[0].id in situations for s in said_as) or any(
            t.canon in running and not t.implied for t in clause):
        return said_as
    if after and after[0].word in _ONLY_THEN and any(_a_run(t, lex) for t in after):
        return [(s[0], True, *s[2:]) if s[1] is False and s[0].id in places else s for s in said_as]
    return [s for s in said_as if not (s[1] is False and s[0].id in places)]


def _a_run(tok: Token, lex) -> bool:
    """A word of running among ``situations_alone``'s (not "even", "all", which stand there too)."""
    return tok.canon in lex.situations_alone[2] and tok.word not in ("even", "all")


_ONLY_THEN = frozenset({"only", "onlywhen", "just", "except", "but"})
"""Words that open a clause of the one situation a pain comes in ("..., only on runs")."""


def _one_denial_each(stated: list, clause: list[Token], index: PhraseIndex, text: str) -> list:
    """A "no" denies the phrase it comes before, not a later one told after it without a comma or
    an "or": "no swelling cant put weight on it", "no knee pain limping since monday" (test drive
    36: phone typing read each red flag after the first phrase denied). Such a later phrase is
    read again without that negation, when the first is a pain or a symptom said whole ("no
    swelling", "no knee pain"; not "no morning hobble") and the later one shares none of its
    words, nor leaves its own pain word to it ("no pain on the bone just under the kneecap");
    "no knee pain or swelling", "no swelling, numbness or night pain" keep every one denied; so
    does a "nothing" of a place, whose pain is only implied ("nothing at the heel bone end where
    the tendon attaches", set 71 read the insertion's pain present)."""
    symptoms = index.lex.symptom_words
    out = []
    for match, present, first, last in stated:
        neg = first if present is False and clause[first].canon == NOT else None
        if neg is None:
            out.append((match, present, first, last))
            continue
        own = {clause[p].canon for p in match.positions}
        own_not = NOT in own
        placed = all(clause[p].stop or clause[p].canon in index.lex.site_words or clause[p].word in index.lex.places
                     for p in match.positions)   # ("no pain ... just under the kneecap": where the pain denied is)
        own_at = next((p for p in match.positions if clause[p].canon == NOT), None)
        # (before a phrase's own negation, a "no" of a symptom, or of a word the pack does not
        # know, is that word's: "no swelling no bruising cant walk on it")
        elsewhere = own_at is not None and neg < own_at and any(
            not t.stop and t.canon != NOT and (t.canon in symptoms or t.canon not in index.by_word)
            for t in clause[neg + 1:own_at]) and all(
            t.stop or t.canon == NOT or t.canon in symptoms or t.canon not in index.by_word for t in clause[neg + 1:own_at])
        before = [] if placed or (symptoms.intersection(match.phrase.words) and own.isdisjoint(symptoms)) else [
            other.positions[-1] for other, o_present, o_first, _ in stated
            if other.observation.id != match.observation.id and o_present is False and o_first <= neg
            and neg < other.positions[-1] < match.positions[0] and other.coverage >= PARSE_MIN_COVERAGE
            and any(clause[p].canon in symptoms and not clause[p].implied for p in other.positions)
            # (and none on a body part borrowed from the sentence before: "... where the tendon
            # joins the bone. Its not sore higher up the tendon" is no heel denied, and the place
            # keeps its "not"; test drive 56 read the pain higher up present)
            and not any(clause[p].implied for p in other.positions)
            and own.isdisjoint(other.phrase.words)
            and not any(t.word in _LISTING or (t.canon == NOT and not own_not)
                        for t in clause[other.positions[-1] + 1:match.positions[0]])
            and not _PUNCTUATED.search(text[clause[other.positions[-1]].end:clause[match.positions[0]].start])]
        if elsewhere or before:
            # (every negation of what came before: "no numbness no tingling just tight calves"; of
            # a phrase with its own negation, every one before it: "no swelling no bruising cant
            # walk on it", test drive 36)
            reach = max(before, default=-1)
            freed = [replace(t, word="the", canon="the", stop=True)
                     if (p == neg or (t.canon == NOT and p < reach)
                         or (own_not and t.canon == NOT and (elsewhere or neg < p) and p < match.positions[0])) else t
                     for p, t in enumerate(clause)]
            present, first, last = state(match, freed, index)
        out.append((match, present, first, last))
    return out


_PUNCTUATED = re.compile(r"[,;:()/\[\]&+.!?\-–—]")
_LISTING = frozenset({"and", "or", "nor", "neither", "either", "plus", "n", "&", "with", "without"})


def _back_again(clause: list[Token], lex) -> bool:
    """A clause that says a thing came back: "but it's back", "it's up again" (not "it hasn't
    come back", nor a result: "the x-ray came back clean")."""
    for n, t in enumerate(clause):
        if t.word in lex.came_back and not any(u.canon == NOT for u in clause):
            result = next((u.word for u in clause[n + 1:] if not u.stop), "")
            return result not in lex.came_back_clear and result not in lex.gone_after
    return False


def _never_used_to(clause: list[Token]) -> bool:
    """Whether the clause denies a past ("never used to swell", "didn't use to hurt"; set 45 read
    the swelling denied in "Never used to swell but now my ankle balloons after every mud run")."""
    return any(t.word == "usedto" and n and clause[n - 1].canon == NOT for n, t in enumerate(clause))


def _never_before(clause: list[Token], lex) -> bool:
    """Whether the clause says a thing never happened before, ending on "before": "Never had pain
    on top of my foot before(, but it builds every run)" is new, not denied (set 44 read the
    forefoot bone red flag denied); a phrase of the history ("had a stress fracture before") or an
    observation of one ("Has had a stress fracture ... before") keeps its denial."""
    return len(clause) > 2 and clause[-1].word in lex.history_at_end and any(t.word == "never" for t in clause)


def _no_longer_gone(found: dict, found_in: dict, said_in: dict, at: int, lex) -> None:
    """What the sentence ``at`` said was gone, before a clause that says it came back, is there:
    "thought the tingling was gone but it's back in the toes", "swelling had settled but it's up
    again" (set 33: both read absent)."""
    for oid, old in list(found.items()):
        # (not of what is normal when it comes back: "periods regular, came back at 6 months
        # postpartum" read missed periods, set 49; its normal phrasings say "came back")
        if old.present is False and said_in[oid][0] == at and _gone_now(found_in[oid], lex) \
                and not any("came back" in n for n in old.observation.normal):
            found[oid] = replace(old, present=True)


def _bulleted(text: str, clause: list[Token]) -> bool:
    """Whether a clause starts a line with a bullet ("- calf strain", "* shin splints")."""
    line = text.rfind("\n", 0, clause[0].start) if clause else -1
    return line >= 0 and text[line + 1:clause[0].start].strip() in _BULLETS


_BULLETS = frozenset({"-", "*", "•", "–", "·", "+"})


def _in_a_history_list(clause: list[Token], at: int, listing: tuple[int, list[Token]], lex, bulleted: bool):
    """The clause as read, and the list of past injuries open after it: each item of a list that
    "Previous injuries:" heads, to the end of its sentence, is read with those words in front, as
    said ("Previous injuries: calf strain, Achilles tendinopathy" is two injuries of the past; the
    second was read as now), unless it says it is of now ("..., now knee pain on stairs"). (A
    denial is left as said: "..., but it never swelled up" is of ever.) A list of bulleted lines
    goes on to its last bullet: "Previous injuries:\n- runner's knee\n- hamstring strain" (test
    drive 16: the hamstring strain was read as now, and led the answer)."""
    label = lex.history_label(clause)
    if label:
        return clause, (at, label)
    sentence, words = listing
    if bulleted and words:
        sentence = at
    if sentence != at or not words or any(t.word in lex.history_list_ends or t.canon == NOT for t in clause):
        return clause, (-1, [])
    return words + clause, (sentence, words)


def _in_the_past(clause: list[Token], lex, own: frozenset[str] = frozenset()) -> bool:
    """A clause told in the past: "it was swollen", "two weeks ago", "last month", or in a past
    of a verb of the observation's own (``own``): "it puffed up for a couple of days" (set 28:
    the swelling "all gone now" after it read present)."""
    return any((t.word in lex.told_in_past and not (t.word == "last" and n and clause[n - 1].word in _UP_TO_NOW))
               or (t.word.endswith("ed") and t.canon in own and t.word not in _NOT_A_PAST)
               for n, t in enumerate(clause))


_UP_TO_NOW = frozenset({"the", "these", "past"})
"""Before "last", words of a span that runs to now: "for the last two weeks her knee aches" is
now (test drive 40 read the knee pain over, from "worst going down stairs")."""


_NOT_A_PAST = frozenset({"tired", "inflamed", "swollen", "bruised", "strained", "cramped"})
"""Words in "-ed" that say a state now, not a past: "my heel feels bruised"."""


def _gone_now(clause: list[Token], lex) -> bool:
    """A clause that says a thing is gone or normal now: "has gone down", "settled now"; not
    a way down ("worst going down stairs")."""
    return any(t.word in lex.gone_after or (t.word in lex.gone_now and not _a_way_down(clause, n))
               for n, t in enumerate(clause)) and not any(t.canon == NOT for t in clause)


def _a_way_down(clause: list[Token], n: int) -> bool:
    """Whether "down" at ``n`` goes down something: a word of its own follows ("going down
    stairs", "down the hill"), not a time ("gone down now")."""
    if clause[n].word != "down":
        return False
    after = next((t for t in clause[n + 1:] if not t.stop), None)
    return after is not None and after.word not in _DOWN_SINCE


_DOWN_SINCE = frozenset({"now", "since", "again", "already", "completely", "totally", "overnight", "quickly",
                         "lot", "loads", "massively", "today", "yesterday", "week", "weeks", "days", "day"})
"""After "down", words of when or how much it went down: "the swelling has gone down a lot since"."""


def _no_more(clause: list[Token]) -> bool:
    """A clause of only "not anymore", "no longer", "not since", "not now", "now it doesn't"
    (test drive 27: "my shin hurt at night last month but not anymore" read night pain now; test
    drive 49: "used to hurt at night but now it doesn't" read nothing)."""
    said = [t for t in clause if not t.implied]   # (not a body part borrowed: "shin")
    # ("not for ages now", "not in years": set 77)
    if len(said) <= 5 and any(t.canon == NOT for t in said) and any(t.word in _NO_MORE for t in said) \
            and all(t.canon == NOT or t.word in _NO_MORE or t.word in _FOR_A_WHILE or t.word == "any" or t.stop
                    or t.word in _HAPPENS for t in said):
        return True
    # ... or "not since" and what changed: "but not since pilates", "not since I cut down" (set
    # 63 read "no pilates", a runner who does no strength work); "not anymore since pilates" too
    # (set 76)
    def since_after(n: int) -> bool:
        n += 1
        while n < len(said) and said[n].word in ("anymore", "longer", "any", "more"):
            n += 1
        return n < len(said) and said[n].word == "since"
    return len(said) <= 9 and any(t.canon == NOT and since_after(n) and all(u.stop for u in said[:n])
                                  for n, t in enumerate(said))


_JUST_NOW = re.compile(r"\b(?:yesterday|today|tonight|last night|this morning|this evening)\b", re.IGNORECASE)


def _just_now(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` tells of these days: a pain then that has settled is
    still the complaint (one run's soreness, gone by the morning: "ran 10k last night and my shin
    was sore after, fine now", test drive 54 read the shin pain denied and "nothing needs a
    clinician"); not one of a week or a season ago."""
    return _JUST_NOW.search(text, *sentence_around(text, at)) is not None


def _nothing_alone(clause: list[Token]) -> bool:
    """A clause of only "nothing" ("nothing at all", "nothing there"): an answer of none."""
    said = [t for t in clause if not t.implied]
    return bool(said) and said[0].word in ("nothing", "nada", "zilch") and all(
        t.stop or t.word in ("nothing", "nada", "zilch", "all", "there", "really", "much", "whatsoever") for t in said[1:])


_NO_MORE = frozenset({"anymore", "longer", "more", "since", "now"})
_FOR_A_WHILE = frozenset({"ages", "years", "months", "yonks", "while", "long", "age"})
_HAPPENS = frozenset({"happen", "happens", "occur", "occurs", "come", "comes", "touch", "wood", "thankfully",
                      "luckily"})
"""Verbs of it happening, and words of luck, in a clause of "not anymore": "but it doesn't happen
anymore" (set 84), "but not any more, touch wood" (set 85)."""
_STILL = frozenset({"still", "now", "currently"})
"""Right before (or in) a phrase, these say it goes on now, whatever past the clause tells."""


_I_AM = re.compile(r"\b(?:i'?m|i am|im)\s+$", re.IGNORECASE)
_AGE_FEMALE = re.compile(r"\d{1,2}f")
_AGE_MALE = re.compile(r"\d{2}m")
_FOUND = frozenset({"found", "find", "there"})
"""After what was looked for, these say it was found: "looking for a sore spot and found one"."""
_SEX_LETTER = {"f": "female", "m": "male"}
_SEX_LABEL = re.compile(r"\b(?:sex|gender)\s*[:=|\-]\s*$", re.IGNORECASE)
_AN_AGE_BEFORE = re.compile(r"(?:^|[,:;(.!?-]|\b(?:i'?m|i am|im))\s*\d{1,2}\s+$", re.IGNORECASE)
"""Before a sex's letter, an age that starts the text, a clause or "I'm": "im 34 F" (test drive 61)."""
_AGE_BEFORE_REACH = 12
"""How far before the letter that age is looked for ("i am 34 ": no need to scan the whole text)."""
_AN_AGE_NEXT = re.compile(r"\s*[,/]?\s*\d{1,2}\b(?!\s*(?:k|km|kg|m|mi|miles?|min|mins|minutes?|s|sec|secs|lb|lbs|%)\b)", re.IGNORECASE)


def _age_and_sex(tok: Token, text: str, lex) -> Token:
    """"35F, running 4 years", "Age/sex: 35F": at the start of the text or after a label or a
    comma, "35f" is a 35-year-old woman, read as "female" ("ran in 85F heat" is a temperature)."""
    if not tok.word[:1].isdigit() and tok.word not in _SEX_LETTER:
        return tok   # (most words: not the text before them sliced and stripped, word after word)
    # "im 34 F", "34 F, knee pain": the letter after an age that starts the text, a clause or "I'm"
    # (test drive 61 read neither)
    if tok.word in _SEX_LETTER and text[tok.end:].lstrip()[:1] in ("", ",", ";", ")", ".") \
            and _AN_AGE_BEFORE.search(text, max(0, tok.start - _AGE_BEFORE_REACH), tok.start):
        word = _SEX_LETTER[tok.word]
        return Token(word, lex.canon(word), tok.start, tok.end, False)
    # (or a sentence's start, or "I'm": "Hi all. 29F.", "I'm 29F", test drive 47 read neither)
    if text[:tok.start].rstrip()[-1:] not in ("", ":", ",", "(", ";", "-", ".", "!", "?") \
            and not _I_AM.search(text, 0, tok.start):
        return tok
    if _AGE_FEMALE.fullmatch(tok.word):
        return Token("female", lex.canon("female"), tok.start, tok.end, False)
    # "42M, running about ten years": an adult man, only before a comma or at the end ("10M race"
    # is ten miles)
    if _AGE_MALE.fullmatch(tok.word) and int(tok.word[:-1]) >= 16 and text[tok.end:].lstrip()[:1] in ("", ",", ";", ")", "."):
        return Token("male", lex.canon("male"), tok.start, tok.end, False)
    # "F, 34", "M 55", as intake forms and coaches' notes write sex and age (set 23); "Sex: M",
    # "Gender: F", a form's field (set 31)
    if tok.word in _SEX_LETTER and (_AN_AGE_NEXT.match(text, tok.end) or _SEX_LABEL.search(text, 0, tok.start)):
        word = _SEX_LETTER[tok.word]
        return Token(word, lex.canon(word), tok.start, tok.end, False)
    return tok


def _narrowed(said_as: list, cut: list[list[Token]], at: int, text: str, sentence: list[int],
              index: PhraseIndex, said_so: list[bool]) -> list:
    """What a denial in a situation denies besides: "bombed down the hill and the knees didn't
    mind" denies knee pain, and downhill knee pain with it, since the situation's words are said,
    in order, in its clause or a clause next to it in the same sentence and not set against it
    ("the knee is fine on the flat but the descents wreck it"), and saying no complaint of its
    own ("my knee hurts downhill, no pain on the flat" denies no downhill knee pain)."""
    if not any(s[0].id in index.narrowed_by for s in said_as):
        return []   # (most clauses: nothing read that any observation narrows)
    own = [t.canon for t in cut[at]]
    before = [t.canon for t in cut[at - 1]] + [""] if at and _goes_with(cut, at - 1, sentence, text, index.lex) else []
    after = [""] + [t.canon for t in cut[at + 1]] if at + 1 < len(cut) and _goes_with(
        cut, at, sentence, text, index.lex) else []
    # (a denial after "but" keeps the situation of a clause before that names no complaint:
    # "twisted my knee on the trail but it didn't swell up" denies a knee swollen after a twist)
    if not before and at and not said_so[at - 1] and sentence[at - 1] == sentence[at] and _goes_with(
            cut, at - 1, sentence, text, index.lex, across={"but"}):
        before = [t.canon for t in cut[at - 1]] + [""]
        after_but = True
    else:
        after_but = False
    near = {True: (before if not after_but else []) + own + after,   # ("chest pain on my run, still hurting")
            False: (before if before and not said_so[at - 1] else []) + own
            + (after if after and not said_so[at + 1] else [])}
    # (said to be there in it, it states the narrower one only where the narrower says so: "my
    # chest still hurts" is chest pain now; "pressing along my shin hurts" is no one sore spot)
    return [(narrower, present, first, last, phrase, coverage)
            for observation, present, first, last, phrase, coverage in said_as
            if present is False or (present and observation.id in index.stated_in_situation_of)
            for narrower in _narrowers(observation.id, present, near[bool(present)], index)]


def _narrowers(broader: str, present: bool, near: list[str], index: PhraseIndex) -> list[Observation]:
    return [index.kb.observations[narrower] for narrower, situations in index.narrowed_by.get(broader, ())
            if (present is False or index.kb.observations[narrower].stated_in_situation)
            and any(_in_order(words, near) for words in situations)]


def _goes_with(cut: list[list[Token]], at: int, sentence: list[int], text: str, lex,
               across: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether clause ``at + 1`` goes on from clause ``at``: in the same sentence, and not after
    "but" (a word that breaks clauses, unless ``across`` it, is left out of both: it is in the
    text between them)."""
    first, then = cut[at], cut[at + 1]
    return bool(first and then) and sentence[at] == sentence[at + 1] and not any(
        w in lex.clause_breaks and w not in across
        for w in re.findall(r"[a-z]+", text[first[-1].end:then[0].start].lower()))


def _sentences(cut: list[list[Token]], text: str) -> list[int]:
    """The sentence each clause is in, counted from 0."""
    out, n = [], 0
    for at, clause in enumerate(cut):
        if at and cut[at - 1] and clause and _SENTENCE_END.search(text[cut[at - 1][-1].end:clause[0].start]):
            n += 1
        out.append(n)
    return out


def _yields(s: Statement, found: dict, said_in: dict, sentence: list[int], cut, lex) -> bool:
    """A statement present that yields to another read present from some of the same words of a
    sentence: "my hip hurts when I lie on it at night" is the pain of lying on the sore side, not
    the night-pain red flag; "sore along the inside of the bone" is shin pain along a long stretch, not one sore
    spot. Anywhere in the sentence when the words of either say waking on lying on it ("hip hurts
    at night, wakes me when I roll onto it"; "I can't lie on that side at night, it wakes me if I
    roll onto it", test drive 40; not "... and it hurts lying on my side"). Not when the
    sentence says any position ("it wakes me whatever side I lie on")."""
    if not s.present or not s.observation.yields_to:
        return False
    at, start, end = said_in[s.observation.id]
    said = [t for c, n in zip(cut, sentence) if n == at for t in c]

    def wakes_lying(o: str) -> bool:   # its own words put the waking on lying on it
        own = {t.canon for t in said if said_in[o][1] <= t.start and t.end <= said_in[o][2]}
        return not own.isdisjoint(lex.lying_on_it) and not own.isdisjoint(lex.waking)
    # (some of the same words: of the sentence before too, when this one's clause starts "it" and
    # borrowed them: "... right where the achilles attaches to the bone. It's tender to press
    # there"; not when the other borrowed them: "my hip hurts at night. It also hurts lying on it")
    # (nor to one found in part, when its own words say one spot: "tender spot on the bone about
    # a third of the way up my shin" is no long stretch, test drive 45 read it and dropped the spot)
    def spot(x: Statement) -> bool:
        return not _SPOT_SAID.isdisjoint(re.findall(r"[a-z]+", x.words.lower()))

    # (of two that yield to each other, a symptom found in part yields to a red flag's one spot
    # said; the red flag yields as it would to any)
    def gives_way(o: str) -> bool:
        if s.observation.id in found[o].observation.yields_to and s.observation.category is not ObservationCategory.RED_FLAG:
            return spot(found[o]) and s.coverage < 1
        return not (spot(s) and found[o].coverage < 1)
    # (or the sentence ties the waking to lying on it: "it keeps me awake at night when I roll
    # onto it", test drive 47 read the night pain, and the femoral neck fracture, urgent)
    tied = _waking_when_lying(said, lex)
    if not any(found.get(o) and found[o].present and said_in[o][0] <= at and gives_way(o) and (
            said_in[o][1] < end and start < said_in[o][2]
            or said_in[o][0] == at and (wakes_lying(o) or wakes_lying(s.observation.id) or tied))
            for o in s.observation.yields_to):
        return False
    # (of lying in any position only: "I can't find any single spot that's sharper" is no position)
    return not (any(t.canon in lex.any_position for t in said)
                and any(t.canon in lex.lying_on_it or t.canon in lex.waking for t in said))


_SPOT_SAID = frozenset({"spot", "point", "pinpoint", "finger"})


_EXCEPTING = re.compile(r"\b(?:except|unless|apart from|other than)\b", re.IGNORECASE)
"""The words clauses.py ends a denial's list with (words.yaml joins "apart from" and "other than" to "except")."""


def _excepted(cut: list[list[Token]], spaced: str, lex) -> dict[int, frozenset[str]]:
    """For each clause followed by an exception that took its body parts ("hip doesn't hurt at
    night unless I lie on it": the hip), where the clause ends -> those body parts' words."""
    out: dict[int, frozenset[str]] = {}
    for before, after in zip(cut, cut[1:]):
        if not before or not after:
            continue
        end = before[-1].end
        own = next((t for t in after if t.start > end), None)
        if own is None or not _EXCEPTING.search(spaced, end, own.start):
            continue
        taken = frozenset(t.canon for t in after if t.start <= end and t.canon in lex.site_words)
        if taken:
            out[end] = taken
    return out


def _of_an_exception(s: Statement, clause: list[Token], excepted: dict[int, frozenset[str]], index: PhraseIndex) -> bool:
    """A denial of a body part's pain in a clause an exception follows, which says that pain is
    there after all ("hip doesn't hurt at night unless I lie on it" denies no hip pain; test drive
    47's kin read it denied beside the pain of lying on it). Its other denials stand (night pain)."""
    taken = excepted.get(clause[-1].end) if clause else None
    return bool(taken) and not taken.isdisjoint(index.observation_words.get(s.observation.id, frozenset()))


def _waking_when_lying(said: list[Token], lex) -> bool:
    """A waking said, then "when" or "if" and lying on it, a few words on: "keeps me awake at
    night when I roll onto it", "wakes me if I lie on that side"."""
    for i, t in enumerate(said):
        if (t.canon in lex.waking or t.word in lex.waking) and t.word not in _NIGHT:   # (a waking, not a time)
            after = said[i + 1:i + 9]
            when = next((n for n, u in enumerate(after) if u.word in _WHEN_LYING), None)
            if when is not None and any(u.word in lex.lying_on_it or u.canon in lex.lying_on_it for u in after[when + 1:]):
                return True
    return False


_WHEN_LYING = frozenset({"when", "whenever", "if", "once", "as"})
_NIGHT = frozenset({"night", "nights"})


def _in_order(words: tuple[str, ...], near: list[str]) -> bool:
    n = len(words)
    return any(tuple(near[i:i + n]) == words for i in range(len(near) - n + 1))


def _scored_none(clause: list[Token]) -> list[Token]:
    """"pain at rest 0/10", "night pain 0 out of 10": a score of nought says none, as "no" does."""
    for n, tok in enumerate(clause[:-1]):
        if tok.word != "0":
            continue   # (the words after are looked at only after a nought)
        rest = [t.word for t in clause[n + 1:n + 4]]
        if rest[:1] == ["10"] or rest[:3] == ["out", "of", "10"]:
            return [Token("no", NOT, tok.start, tok.end, False), *clause]
    return clause


def _retracted(cut: list[list[Token]], sentence: list[int], index: PhraseIndex) -> set[int]:
    """Clauses the runner takes back: the one right before a clause that starts "(sorry,) I
    mean" and names another body part, in the same sentence ("my knee hurts on the outside -
    sorry, I mean my shin, the inner edge": fc24 read outer knee pain), or right before an
    "actually no" that another clause of the sentence follows. "I mean it really hurts" names no
    other part and takes nothing back."""
    lex = index.lex

    def sites(clause: list[Token]) -> set[str]:
        return {c[0] for t in clause for c in index.candidates(t) if c[0] in lex.site_words}
    fillers = lex.correcting | {"no"}
    out: set[int] = set()
    for n in range(1, len(cut)):
        words = [t.word for t in cut[n] if t.word not in fillers][:2]
        m = n - 1
        while m > 0 and all(t.word in fillers for t in cut[m]):   # "- sorry, I mean"
            m -= 1
        if words == ["i", "mean"] and sentence[n] == sentence[m] and sites(cut[n]) - sites(cut[m]):
            out.add(m)
        # "it hurts at night - actually no, only when I lie on it": a "no" with a word of
        # correction, alone between two clauses of a sentence, takes back the one before (fc24)
        own = {t.word for t in cut[n]}
        if own <= fillers | {"not"} and "not" in {t.canon for t in cut[n]} and own & lex.correcting \
                and n + 1 < len(cut) and sentence[n - 1] == sentence[n] == sentence[n + 1]:
            out.add(n - 1)
        # ... and so does "no wait, that's wrong", "scratch that" (set 73: "it only hurts after, no
        # wait thats wrong, it actually starts mid-run" read pain only after runs)
        if own <= fillers | _THATS_WRONG and own & _THATS_WRONG and own & lex.correcting \
                and n + 1 < len(cut) and sentence[n - 1] == sentence[n]:
            out.add(n - 1)
    return out


_THATS_WRONG = frozenset({"that", "thats", "is", "was", "wrong", "scratch", "not", "right", "i", "mean"})
"""With a word of correction, what takes back the clause before: "no wait, that's wrong"."""


def _readings(cut: list[list[Token]], lex):
    """Each clause to read, with its place in ``cut``, and whether to skip its absences: a clause
    with a double negation is read twice, as written without its absences and with the two
    cancelled ("can't stand on one leg without pain"; "can't hop ... without sharp pain" is read
    by its "can't hop")."""
    for at, clause in enumerate(cut):
        cancelled = double_negation(clause, lex)
        if cancelled is clause:
            yield at, clause, False
        else:
            yield at, clause, True
            yield at, cancelled, False


def _places_contrasted(cut: list[list[Token]], index: PhraseIndex) -> tuple[list[list[Token]], bool]:
    """The clauses, and whether the text puts one place against another: "it's not the outside
    of the hip, it's deep in the groin", "not down at the heel bone, it's in the cord itself".
    What is not here but there is the complaint, a pain, though no word says so (set 29: read
    nothing): the "it" of the place it is, with no symptom of its own, is read as that pain
    (test drive 21: "its deep in the groin" was unread, and a femoral-neck stress fracture missed)."""
    lex = index.lex
    pain = lex.canon("pain")
    parts = lex.site_words | lex.part_words

    def placed(clause: list[Token]) -> bool:
        return any(t.word in lex.places or c[0] in parts for t in clause for c in index.candidates(t))

    def denied_place(clause: list[Token]) -> bool:
        words = [t for t in clause if not t.stop or t.canon == NOT]
        while words and words[0].word in lex.correcting:   # "actually it's not the calf"
            words = words[1:]
        start = 1 if words and words[0].canon == "it" else 0
        # ("never" says when, not where: "never feel my hamstrings, it's always the quads" denies
        # no pain of the hamstrings; set 42 read the fault denied)
        return len(words) > start and words[start].canon == NOT and words[start].word != "never" and placed(clause)

    def symptom(clause: list[Token]) -> bool:
        return any(c[0] in lex.symptom_words for t in clause for c in index.candidates(t))

    def placed_site(clause: list[Token]) -> bool:
        return any(c[0] in parts for t in clause for c in index.candidates(t))

    def affirmed_place(clause: list[Token]) -> bool:
        return bool(clause) and clause[0].canon == "it" and placed_site(clause) and not any(t.canon == NOT for t in clause)

    cut = [part for clause in cut for part in _split_after_it(clause, lex, index)]
    out, found = list(cut), False
    pairs = [(n, n + 1) for n in range(len(cut) - 1)]
    # ... and the other way round: "it's the ankle, not the shins", "its the arch not the heel"
    # (set 35: read nothing), the place said first
    pairs += [(n + 1, n) for n in range(len(cut) - 1) if affirmed_place(cut[n]) and denied_place(cut[n + 1])]
    for d, f in pairs:
        a, b = cut[d], cut[f]
        if denied_place(a) and not any(t.canon == NOT for t in b) and (
                placed(b) or any(t.word in lex.elsewhere for t in b)):
            found = True
            n = min(d, f)
            # (not when a pain was named before: "my achilles hurts but it's not in the middle of
            # the cord, it's right at the bone" is the Achilles pain, no pain of a bone)
            # (nor of a muscle put against another: "it's not the quads that give out, it's the
            # calves" says no pain; a place is said: "outside", "front", "deep in")
            # (or a body part against another in a text that names no symptom at all: "not my
            # knee at all actually, it's the ankle", set 32, answers where it hurts)
            sites = [k for k, t in enumerate(a) if any(c[0] in parts for c in index.candidates(t))]
            # (a body part said where on it, up or down: "not up in the tendon", set 51 read nothing;
            # not "itself": "not the knee itself, it's the bump under the kneecap" is knee pain)
            bare = all(t.stop or t.canon == NOT or t.canon == "it" or t.word in lex.correcting or k in sites
                       or t.word in _WHERE_ON_IT for k, t in enumerate(a))
            unsaid = not any(symptom(c) for c in cut)
            if b and b[0].canon == "it" and not symptom(b) and not any(symptom(c) for c in cut[:n + 1]) \
                    and (any(t.word in lex.places for t in a) or (unsaid and sites and bare and placed_site(b)
                                                              and not any(t.word in lex.places for t in b))):
                out[f] = [Token(pain, pain, b[0].start, b[0].end, False), *b[1:]]
            # ... and the place denied is no pain there, in a text that has one: "calf pain after
            # my long run, actually it's not the calf, it's lower" (test drive 23), "the ache is
            # not the shin, it's lower, in the ankle joint" (set 32)
            # (only a body part denied whole, with no other word: "not the inside of the knee"
            # is a side of a pain there, "isn't cramp in the calf" another complaint)
            # (not a bone: a red flag's pain is denied by its own words, not by a place; nor a part
            # of a body part: "not up in the cord" is no Achilles pain denied, only its other place)
            if sites and bare and (any(symptom(c) for c in out) or (unsaid and b and b[0].canon == "it")) \
                    and not any(t.canon == "bone" or t.canon in lex.part_words for t in a):
                k = sites[-1]
                out[d] = [*a[:k + 1], Token(pain, pain, a[k].start, a[k].end, False, True), *a[k + 1:]]
    return out, found


_WHERE_ON_IT = frozenset({"up", "down", "exactly", "exact", "just", "actually", "really"})
"""Words that say where on a body part a place denied is, and no more: "not down at the heel bone"."""


def _split_after_it(clause: list[Token], lex, index: PhraseIndex) -> list[list[Token]]:
    """ "its the arch not the heel" as two clauses, "its the arch" and "not the heel": a body part
    said to be it, then one denied, with no word of a symptom (set 35)."""
    if len(clause) < 4 or clause[0].canon != "it":
        return [clause]
    k = next((k for k, t in enumerate(clause) if t.canon == NOT), None)
    if k is None or k < 2 or any(c[0] in lex.symptom_words for t in clause for c in index.candidates(t)):
        return [clause]
    site = [any(c[0] in lex.site_words for c in index.candidates(t)) for t in clause]
    return [clause[:k], clause[k:]] if any(site[:k]) and any(site[k + 1:]) else [clause]


_HAS = frozenset({"there", "theres", "is", "have", "has", "had", "got", "feel", "felt"})
"""Words before a clause-ending "no" that leave it waiting for its object ("there's no, ...")."""


def _dangling_negation(cut: list[list[Token]], lex) -> list[list[Token]]:
    """A clause that ends on a "no" waiting for its object ("there's no", "I have no"), then
    an aside that says only more of the same ("and I mean zero", "absolutely none"): the "no"
    goes to the clause after the aside ("there's no, and I mean zero, pain at rest": set 32
    read the pain at rest present). Never a "no" alone: "No, my knee hurts" answers."""
    out = list(cut)
    for n in range(len(cut) - 2):
        clause = cut[n]
        negation = [t for t in clause if t.canon == NOT]
        rest = [t for t in clause if t.canon != NOT]
        if not (len(negation) == 1 and negation[0].word in ("no", "not") and rest
                and all(t.word in _HAS or t.stop for t in rest) and any(t.word in _HAS for t in rest)):
            continue
        m = n + 1
        while m < len(cut) - 1 and any(t.canon == NOT for t in cut[m]) \
                and sum(not t.stop and t.canon != NOT for t in cut[m]) <= 1:
            m += 1   # the aside: "and I mean zero", "none at all"
        # ... or when: "there isn't, when I press along the shin, any one spot that hurts" (set
        # 32 read the pinpoint red flag present, the wrong way round)
        if m == n + 1 and m < len(cut) - 1 and cut[m] and cut[m][0].word in lex.situation_words \
                and not any(t.canon == NOT for t in cut[m]):
            m += 1
        if m > n + 1 and not any(t.canon == NOT for t in cut[m]):
            out[m] = [*negation, *cut[m]]
    return out


def _unread(text: str, toks: list[Token], spans: list[tuple[int, int]], lex,
            described: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Runs of meaningful words outside the words of every statement made (kept or not), as
    written; not the words of a kept statement's own text (``described``)."""
    runs: list[list[Token]] = []
    read_at = _read_at(text, spans)   # 1 where a statement's words are
    for n, t in enumerate(toks):
        inside = t.end > t.start and all(read_at[t.start:t.end])
        # (whether a word read is meaningful is not asked: either way it is no word unread)
        if inside or (t.stop or t.canon == NOT or t.word.isdigit() or len(t.word) < 3
                      or t.canon in lex.vague_words or t.word in lex.gone_after or t.word in lex.answer_no
                      or t.word in lex.answer_yes or t.word in lex.clause_breaks   # ("but", "although")
                      or t.word in lex.guessed or t.canon in described):   # (not meaningful)
            # (a little word of a rewrite does not cut its run: "TTP" is "tender to press", and
            # "TTP lat fem" was listed as 'TTP' and again as 'TTP lat fem')
            rewritten = not inside and runs and runs[-1] and runs[-1][-1].start == t.start
            if runs and runs[-1] and not rewritten:
                runs.append([])
            continue
        if not runs:
            runs.append([])
        if runs[-1] and text[runs[-1][-1].end:t.start].strip(" '"):
            runs.append([])   # punctuation between: another run
        runs[-1].append(t)
    return tuple(dict.fromkeys(_whole_words(text, r[0].start, r[-1].end) for r in runs if r))


def _whole_words(text: str, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` widened to whole written words, and trimmed: a stand-in
    shorter than what it stands for ("pressing " for "squeezing") quotes it whole (test drive 33
    listed 'squeezin' as not read)."""
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] in "'’"):
        end += 1
    return text[start:end].strip()


def document(reading: Reading) -> dict:
    """The symptom-file form of a reading: what ``check`` reads, plus the matched words."""
    from advisor.inputs.symptoms import case_document
    doc = case_document([(s.observation.id, s.present) for s in reading.statements])
    doc["notes"] = reading.text
    doc["matched"] = [{"id": s.observation.id, "present": s.present, "words": s.words, "phrase": s.phrase}
                      for s in reading.statements]
    doc["unread"] = list(reading.unread)   # not read, so not assessed: an app shows it too
    # named, and not assessed by Stridewise: whom to see
    doc["outside"] = [{"label": label, "see": see} for label, see in reading.outside]
    return doc


MAX_TEXT_CHARS = 20_000
"""A runner's words are a sentence or a few paragraphs; anything longer is refused, not read slowly."""


def words_from(args: tuple[str, ...]) -> str:
    """The text given on the command line: the words themselves, or ``-`` for stdin."""
    import sys
    from advisor.errors import InputError
    if args == ("-",):
        data = sys.stdin.buffer.read(MAX_TEXT_CHARS * 4 + 1)
        if len(data) > MAX_TEXT_CHARS * 4:   # more than any 20,000 characters can take: say so, do not decode
            raise InputError("<stdin>", "", f"text is longer than {MAX_TEXT_CHARS:,} characters; give a sentence or a few paragraphs")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise InputError("<stdin>", "", f"not UTF-8 text (byte {err.start})") from err
        shown = "<stdin>"
    else:
        text, shown = " ".join(args), "TEXT"
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(shown, "", f"text is longer than {MAX_TEXT_CHARS:,} characters; give a sentence or a few paragraphs")
    return text


def lines(reading: Reading, width: int = 80) -> list[str]:
    """Two lines per observation for a person to confirm, wrapped to ``width``:
    ``+ id  ("their words")`` then what the id means, indented; ``+`` present, ``-`` absent,
    ``?`` named but not judged."""
    import json
    import textwrap
    out: list[str] = []
    for s in reading.statements:
        read_as = f": {s.reading}" if s.reading else ""   # the number's verdict: "x2.00 (stated from x1.3 ...)"
        out += textwrap.wrap(f"{_SIGN[s.present]} {s.observation.id}  ({json.dumps(s.words, ensure_ascii=False)}{read_as})",
                             width, subsequent_indent="    ")
        out += textwrap.wrap(s.observation.text, width, initial_indent="    ", subsequent_indent="    ")
    return out
