"""Whether a phrase found in a clause is said present, absent, or as a self-test's result, and
which words said so: the negation before it or after it ("no swelling", "hopping doesn't hurt"),
a word for gone or fine ("the swelling went down", "hamstrings feel fine"), a number against a
test's cut-off ("can do 25 calf raises"), a doer the negation belongs to ("nothing I do makes it
worse"). The thresholds the reader uses live here too, with what each means.
"""
from __future__ import annotations

import re
from functools import lru_cache

from advisor.inputs import counts
from advisor.inputs.clauses import forgot_the_event, names_the_leg
from advisor.knowledge.model import Observation, ObservationCategory
from advisor.knowledge.search import NOT, Match, PhraseIndex, Token


PARSE_MIN_COVERAGE = 0.8
"""A clause states an observation when at least this weighted share of one of its phrases is found,"""
PARSE_MIN_EXPLAINED = 0.8
"""... or when the phrase explains this share of the clause's words and covers at least half of
itself ("quads burn out on long runs" is most of "front of the thighs tire, burn ... on long runs")."""

_SENSED = frozenset({"tell", "know"})
"""Before "when", these say a sense is lost, not that the runner is unsure: "can't tell when my
bladder is full", "don't know when I need to wee any more" (test drive 26: read not sure)."""

_ROUGHLY = frozenset({"once", "twice", "thrice", "couple", "few", "several", "half", "every", "most"})
"""After a hedge, these make it a count, not a doubt: "maybe a couple of nights a week it wakes me"."""
_STOP = frozenset({"stop", "stops", "stopping"})
_OPINIONS = frozenset({"think", "reckon", "believe", "suppose", "imagine", "thinking"})
"""After a negation, these make it the runner's opinion of what it is ("I don't think it's a stress
fracture"); "I don't think I've had a fever" is a denial of what the runner would know."""
_WHAT_IT_IS = frozenset({"it", "its", "this", "that", "thats", "theres", "there"})
_HOPED = frozenset({"hope", "hopefully", "hoping", "praying", "pray"})
"""Before a negation, these make it a hope ("hopefully not a stress fracture")."""
_DOUBTED = frozenset({"doubt", "doubtful", "doubts"})
"""Before the words, these make them a doubt ("I doubt it's a stress fracture")."""
_ABLE_AFTER_NOR = frozenset({"can", "could", "will", "would", "wo", "ca", "am", "i"})
"""After a "nor" that opens a clause, these make an inability ("nor can I lie on it"), no denial
("nor does lying on that side", set 82 read the pain lying on it present)."""
_WHY = frozenset({"why", "wat", "what", "how", "where"})
"""After "no idea", "not sure": the runner does not know the cause, not whether it is so."""
_UNSURE_IF = frozenset({"unsure", "dunno", "idk", "uncertain"})
"""Before "if" or "whether", these say the runner does not know: "i dunno if it's numb", "unsure
whether my shin has one sore spot" (test drive 27: read present)."""

PARSE_MIN_HALF = 0.5
"""A red flag's phrase found less than this far is never stated present (see ``read``)."""

PARSE_MAX_WORDS_BETWEEN = 2
"""A phrase's words may have at most this many other meaningful words among them in a clause."""

NEGATION_REACH = 3
"""A runner's negation this many words after a phrase still speaks of it ("my glutes just don't
seem to ..."): the phrase's own negation is then said, not left unsaid."""

SHORT_CLAUSE = 8
"""A clause of at most this many words is shown whole as the words that stated an observation."""


def _a_count_next(clause: list[Token], n: int) -> bool:
    """Whether what follows the hedge at ``n`` is a count ("maybe 3 weeks", "maybe twice a week")."""
    after = next((t for t in clause[n + 1:] if not (t.stop and t.word not in _ROUGHLY) or t.word.isdigit()), None)
    return after is not None and (after.word.isdigit() or after.word in _ROUGHLY)


def negated_complaint(clause: list[Token], n: int, lex) -> bool:
    """Whether the word at ``n`` is a general word right after a negation, only little words or
    the body part between ("no problems", "nothing wrong", "never had any knee trouble", "doesn't
    bother"): "no idea what is wrong with my knee" and "nothing helps my knee problem" deny nothing."""
    if clause[n].word not in lex.complaint_words:
        return False
    before = next((t for t in reversed(clause[:n])
                   if not t.stop and t.canon not in lex.site_words and t.word not in lex.complaint_verbs
                   and t.word not in _HOW_OFTEN), None)   # ("never once given me grief", set 25)
    return before is not None and before.canon == NOT


def _lets_up(clause: list[Token], m: int) -> bool:
    """ "let up", "lets up", "letup" at ``m``: after a negation, it goes on ("no let-up"); not "never
    let my core relax"."""
    return clause[m].word == "letup" or (clause[m].word in ("let", "lets") and m + 1 < len(clause) and clause[m + 1].word == "up")


_USUAL = frozenset({"normal", "usual", "regular"})
_RUNS_OF = frozenset({"run", "runs", "running", "training", "mileage", "distance", "routine", "pace", "route",
                      "loop", "session", "sessions", "week", "weeks", "long"})


def _of_the_runs(clause: list[Token], n: int) -> bool:
    """Whether "normal"/"usual" at ``n`` describes the runs after it: "my normal 8k runs"."""
    nxt = clause[n + 1:n + 3]
    return clause[n].word in _USUAL and bool(nxt) and (nxt[0].word in _RUNS_OF or (
        nxt[0].word[:1].isdigit() and len(nxt) > 1 and nxt[1].word in _RUNS_OF) or (
        nxt[0].word[:1].isdigit() and len(nxt) == 1))


def _a_stop_one_goes_to(clause: list[Token], n: int) -> bool:
    """Whether "stop" at ``n`` is a place, not a stopping: after "bus", "the", "a" ..., or before
    a pain said in the present ("the stop hurts": never "stop hurting")."""
    return clause[n].word == "stop" and ((n > 0 and clause[n - 1].word in _STOP_PLACES) or (
        n + 1 < len(clause) and clause[n + 1].word.endswith("s")))


_STOP_PLACES = frozenset({"bus", "tram", "train", "jeepney", "taxi", "the", "a", "next", "last", "first", "pit"})


def not_ended(clause: list[Token], n: int) -> bool:
    """A negation at ``n`` that ends its clause with a word of ending and little else: "it hasn't
    stopped", "still hasn't gone yet", "it won't stop"."""
    rest = [t for t in clause[n + 1:] if t.word not in _STILL_YET]
    return clause[n].word != "without" and len(rest) == 1 and rest[0].word in _ENDED


_ENDED = frozenset({"stop", "stopped", "stopping", "gone", "settled", "subsided", "faded", "calmed", "passed",
                    "eased", "disappeared", "cleared", "resolved"})
_STILL_YET = frozenset({"still", "yet", "now", "since", "completely", "fully", "properly", "totally", "away",
                        "off", "down", "really", "at", "all"})


def is_test(obs: Observation) -> bool:
    """A self-test, or an observation a self-test answers (the hop test's pain)."""
    return obs.category is ObservationCategory.SELF_TEST or bool(obs.self_test)


def state(match: Match, clause: list[Token], index: PhraseIndex) -> tuple[bool | None, int, int]:
    """Present or absent, and the token range of the words that said so. None (not sure) when
    the words name a self-test but give no verdict: a bare count, for a test whose text states
    no cut-off (it compares sides; one number cannot show a side-to-side difference)."""
    lex = index.lex
    used = set(match.positions)
    first, last = match.positions[0], match.positions[-1]
    obs = match.observation
    # "(doesn't bother it,) nor lying on that side": a "nor" that opens the clause denies it too,
    # it is no phrase's own negation said ("can't lie on that side" read present, set 66)
    # (not "nor can I lie on it": an inability too)
    if NOT in match.phrase.words and len(clause) > 1 and sum(t.canon == NOT for t in clause) == 1:
        # (past a body part borrowed from the clause before: "... doesnt hurt, nor lying on that
        # side" reads "knees nor lying on that side", set 86)
        said = [t for t in clause if not t.implied]
        if len(said) > 1 and said[0].word == "nor" and said[1].word not in _ABLE_AFTER_NOR:
            return False, 0, last
        # (nor is a question's answer put before it: "hop on the sore leg? can do it no problem"
        # reads "no hop on the sore leg", whose "no" is no "can't hop", set 83: urgent, the wrong
        # way round)
        if clause[0].canon == NOT and clause[0].start > clause[1].start:
            return False, 0, last
    # "I didn't hop", "not hopping on one leg to test it": the test's own doing negated, not by a
    # "can't", is a test not tried (test drive 53 read pain on hopping, the urgent stress-fracture
    # flag, from the phrase "cant hop")
    if is_test(obs) and _not_tried(clause, match.positions):
        return None, first, last
    normal = _said_normal(obs, clause, used, lex)
    if normal is not None:
        return normal[1], min(first, normal[0]), max(last, normal[0])   # "not strong" is weak
    # a phrasing of the normal state is the test's result itself ("I can balance on one leg for a minute")
    a_test = is_test(obs) and not match.phrase.normal
    cutoff = counts.cutoff(obs) if a_test else None
    # A count the clause gives a test, not in its own name ("15 each side"): read once
    counted = counts.amount(clause, True, frozenset(used)) if a_test else None
    sides = counts.sides(obs, clause, used, lex) if counted is not None else None
    if sides is not None:
        return sides
    if cutoff is not None:
        amount = counts.amount(clause, cutoff[1])
        if amount is not None:
            value, where = amount
            return value < cutoff[0], min(first, where), max(last, where)
    elif counted is not None:
        value, where = counted
        norm = counts.MEDIAN.search(f"{obs.text} {obs.question}".lower())
        median = min(int(n) for n in norm.groups() if n) if norm else None
        # At or above the published median is normal, whatever follows ("30 calf raises, no
        # problem"), unless the clause negates the count ("couldn't do 30") or finds a fault
        if median is not None and value >= median and not any(
                (t.canon == NOT and n < where) or t.word in lex.test_found
                for n, t in enumerate(clause) if n not in used):
            return False, min(first, where), max(last, where)
        # below it, "only" or "barely" right before the count is the runner's verdict of few
        if median is not None and value < median and any(
                t.word in lex.few_before_count for t in clause[max(0, where - 3):where]):
            return True, min(first, where), max(last, where)
        # An inability with a count, of a test that compares sides with no norm: "can't hold a
        # plank for 30 secs" says nothing of one side against the other (test drive 43 read it
        # denied, and the weak core it points to fell to possible)
        # (and of one with a norm, only a count at or under it is fewer than it: "couldn't do 30
        # calf raises" is no normal result, "couldn't manage 15" a low one)
        if (median is not None or "than the other" in obs.text) and any(
                t.canon == NOT and 0 < n < where and clause[n - 1].word in ("can", "could") for n, t in enumerate(clause)):
            return (True if median is not None and value <= median else None), min(first, where), max(last, where)
        # a count is no verdict, but the test's own pain said is ("standing on the sore leg for
        # 30 seconds makes the side of my hip hurt")
        if not _verdict(clause, used, lex) and not (
                symptoms_of(obs, lex) & {clause[p].canon for p in used}):
            return None, first, last
    # (the match is the test's name only, its words all naming a test)
    named_only = a_test and all(clause[p].stop or clause[p].canon in lex.test_naming or clause[p].word.isdigit()
                                for p in used)
    if named_only and counted is None \
            and not _verdict(clause, used, lex) and not _describes(obs, clause, used, lex):
        return None, first, last    # the test named, no result given: "did the thomas test"
    # ... nor with another finding denied after it: "can stand on one leg 30 seconds without
    # wobbling" is the balance, not the hip's pain (read present once "with my arms crossed" was
    # blanked: sets 32 and 47)
    if named_only and symptoms_of(obs, lex) and not any(t.canon in lex.symptom_words for t in clause) \
            and not any(t.canon == NOT for t in clause[:last]) and _denies_another_finding(clause[last + 1:], lex):
        return None, first, last
    # ... and the test named, then its own finding denied: "single leg squat test: knee didn't
    # wobble in" (set 44 read the knee going in present, the wrong way round); the words after the
    # negation are the finding's, none of its normal state's ("didn't stay level" is a fault)
    if named_only and not any(t.canon == NOT for t in clause[:last]) and not any(t.word in lex.test_found for t in clause):
        denial = next((n for n in range(last + 1, len(clause)) if clause[n].canon == NOT), None)
        if denial is not None:
            finding = index.observation_words.get(obs.id, frozenset()) - index.normal_words.get(obs.id, frozenset()) \
                - {clause[p].canon for p in used}
            if any(not t.stop and t.canon in finding for t in clause[denial + 1:denial + 4]):
                return False, first, min(denial + 3, len(clause) - 1)
    negations = [n for n, t in enumerate(clause) if t.canon == NOT and n not in used and n < last
                 and not _negates_a_doer(clause, n, first, lex)
                 # (nor a past compared with now: "hills never used to be this hard", set 41)
                 and not (n + 1 < len(clause) and clause[n + 1].word == "usedto"
                          and any(u.word in lex.now_compared for u in clause[n + 2:]))
                 # (of a normal state, nor a negation of a time: "no pain at night nor when lying
                 # on either side" says nothing of "lie on either side at night", fc25)
                 and not (match.phrase.normal and (_negates_between(clause, n, first, used, lex)
                                                   or lex.negates_a_time(clause, n)))]
    # (nor one before "since the ...", of a phrase all after it: "haven't been able to control my
    # bladder since the back went" says the back went, set 46 read the low back pain denied)
    # (not "not once since the season ended has my hamstring felt loose": not once, so always)
    negations = [n for n in negations if not (n + 1 < len(clause) and clause[n + 1].word not in _HOW_OFTEN and any(
        clause[s].word == "since" and s + 1 < len(clause) and clause[s + 1].word == "the"
        for s in range(n + 1, first)))]
    # (nor one before "and moving my toes ...", a new subject: "the pain didn't settle with rest at
    # all and moving my toes makes it scream", set 44 read the compartment red flag denied)
    negations = [n for n in negations if not any(
        clause[a].word == "and" and clause[a + 1].word in lex.tail_object_of for a in range(n + 1, min(first, len(clause) - 1)))]
    if match.coverage < PARSE_MIN_COVERAGE:
        # half a phrase found, its rest said in other words after a negation: "my heart does
        # nothing weird" is no "heart pounding" (set 30 read it present)
        # (not "without", which says how: "lost weight without meaning to")
        negations += [n for n in range(last + 1, len(clause)) if clause[n].canon == NOT and n not in used
                      and clause[n].word != "without" and any(not t.stop and t.canon != NOT for t in clause[n + 1:])]
    # a negation of its easing is none of it: "no improvement in the swelling" (a word or two between:
    # "not any better", "no relief from"); not of an observation that is itself a change or a
    # difference ("no change with my bladder", "no difference between sides", "doesn't get better
    # once warmed up"), nor of a phrase with a negation of its own ("no change in my training")
    if NOT not in match.phrase.words:
        # (nor a word of the phrase found: "won't ease with rest" negates "eases when I rest")
        own_words = index.observation_words.get(match.observation.id, frozenset()) | set(match.phrase.words)
        # ("no let-up", "never lets up" say it goes on, whatever the observation's own words: set
        # 50's "no let-up even lying perfectly still" read the rest-pain red flag denied)
        negations = [n for n in negations if not any(
            t.word in lex.unchanged_after_negation and (t.canon not in own_words or _lets_up(clause, m))
            for m, t in enumerate(clause[n + 1:n + 5], n + 1))]
    # ... nor "it hasn't stopped", "still hasn't gone", "won't stop" at a clause's end: it goes on
    # ("chest pain on the hills and it hasn't stopped" read the emergency's chest pain denied);
    # not "didn't have to stop or limp", "haven't gone minimal", "hasn't gone over"
    # (a normal state's phrase keeps its negation: "it hasn't settled" is no "settled")
    # (nor of an observation that is itself an ending: "periods haven't stopped" denies missed ones)
    if not match.phrase.normal:
        ends = index.observation_words.get(obs.id, frozenset()) | set(match.phrase.words)
        negations = [n for n in negations if not (not_ended(clause, n) and clause[-1].canon not in ends)]
    # "no idea why my calf is so swollen", "not sure why my knee hurts": the runner does not know
    # the cause, not whether it is so (read not known: a red flag unread)
    # (and "can't tell you how swollen my ankle is": how much, not whether)
    negations = [n for n in negations if not (
        n + 2 < len(clause) and clause[n + 1].word in lex.unsure_after_negation and n + 2 < first and (
            clause[n + 2].word in _WHY or (clause[n + 2].word == "you" and clause[n + 3].word in _WHY)))]
    unsure = lex.unsure_after_negation | (lex.untried_after_negation if is_test(obs) else frozenset())
    if any(n + 1 < len(clause) and (clause[n + 1].word in unsure and not (
            clause[n + 1].word in _SENSED and n + 2 < len(clause) and clause[n + 2].word == "when")
            and not forgot_the_event(clause, n)
            or _a_likeness_denied(clause, n)) for n in negations):
        return None, min(first, negations[0]), last   # "not sure if my knee caves in": not known
    # ... and so is the clause's own negation of it, before the phrase's word ("not hopping on one
    # leg to test it" found as "hop test")
    if is_test(obs) and _not_tried(clause, negations):
        return None, min(first, negations[0]), last
    doubt = next((n for n in range(first) if clause[n].word in _UNSURE_IF
                  and any(t.word in ("if", "whether") for t in clause[n + 1:n + 3])), None)
    if doubt is not None:
        return None, doubt, last   # "i dunno if it's numb": not known
    if obs.category is ObservationCategory.RED_FLAG:
        hedge = next((n for n in (*range(first), last + 1) if n < len(clause) and (
            clause[n].word in lex.hedges or (clause[n].word == "could" and n + 1 < len(clause) and clause[n + 1].word == "be"))
            and not _a_count_next(clause, n)), None)
        if hedge is not None:
            return None, min(first, hedge), max(last, hedge)   # "maybe a bit of night pain": not known
        # a runner's opinion of what a red flag is, no answer: "I don't think it's a stress fracture",
        # "hopefully not a stress fracture", "I doubt it's a clot" leave it not known (note 29: the
        # first read the bone-stress flag denied, the last present)
        opinion = next((n for n in range(first) if clause[n].word in _DOUBTED or (
            clause[n].word in _OPINIONS and any(m == n - 1 or (m == n - 2 and clause[n - 1].stop) for m in negations)
            and any(t.word in _WHAT_IT_IS for t in clause[n + 1:n + 3]))
            or (clause[n].word in _HOPED and any(n < m < first for m in negations))), None)
        if opinion is not None:
            return None, min(first, opinion), last
    # "doesn't just beat fast, it flutters": "and more", unless the observation is "only" or "one"
    # (not "no just ...": "no just under the kneecap in the past" denies, the property test found it)
    # (the phrase's own words, and the id's: "not only in one position" in a text is no "only")
    also = [n for n in range(len(clause) - 1) if clause[n].canon == NOT and clause[n].word != "no"
            and clause[n + 1].word in lex.also_after_negation and _more_than_a_part(clause, n + 2, lex)]
    if also and not lex.exclusive_words.isdisjoint({*match.phrase.words, *map(lex.canon, obs.id.split("_"))}):
        also = []
    negations = [n for n in negations if n not in also]
    guess = next((g for g in range(first) if clause[g].word in lex.guessed), None)
    if guess is not None:
        return None, guess, last    # "I thought it was my shoes": a guess, not a switch of shoes
    # A phrase with its own negation found without it, in a clause whose negation comes before
    # the phrase, has it there, said in other words: "I can't get the legs up" is "legs won't
    # turn over", not its denial
    # (found by more than a generic word: "I can't get the legs up" is no "can't balance on one leg")
    own_said_elsewhere = NOT in match.phrase.words and negations and not any(
        clause[p].canon == NOT for p in used) and not match.phrase.normal and (
        match.coverage >= PARSE_MIN_HALF or any(clause[p].canon in lex.site_words for p in used))
    unable = _unable(match, clause, negations, lex)
    if own_said_elsewhere or unable:
        negations = []
    # (only of a phrase found whole, and without a negation of its own: "not that I can't walk"
    # is no "walking with a limp" nor "can't walk properly")
    if NOT not in match.phrase.words and match.coverage >= PARSE_MIN_COVERAGE:
        negations = _twice_negated(negations, clause, lex)
        # (a first negation left out as a doer's cancels too: "no way I can go down the stairs
        # without that ache" says it always aches; set 27 read the ache denied)
        if negations and clause[negations[0]].word == "without":
            every = [n for n, t in enumerate(clause) if t.canon == NOT and n <= negations[0]]
            if negations[0] not in _twice_negated(every, clause, lex):
                negations = negations[1:]
    # A phrase with its own negation ("no gym", "glutes never feel like they worked") found
    # without one in the runner's words ("I go to the gym", "I feel my glutes working") says
    # the opposite: absent, as "regular" for "irregular" does. Not when the clause has a
    # negation of its own up to just after the phrase ("my glutes just don't seem to do
    # anything"; but "the pain settles quickly with rest and wiggling my toes doesn't make it
    # worse" does settle) or says the fault in another word ("knee lift is weak" against
    # "can't lift knees").
    near = clause[:last + 1 + NEGATION_REACH]
    # (nor when a pain says it right before: "it hurts to rise onto my toes" is no "can rise onto
    # my toes", test drive 37 read the calf raise test passed)
    hurts_to = first >= 2 and clause[first - 1].word == "to" and clause[first - 2].canon in lex.symptom_words
    unsaid = NOT in match.phrase.words and not hurts_to and not any(
        t.canon == NOT or t.word in lex.normal_for or t.word in lex.test_found for t in near)
    # "it hasn't stopped hurting": the negation of its stopping is none of it
    # (or what it does, said right after: "it stopped waking me at night", set 28)
    # (and "won't stop hurting", set 41: a red flag read denied)
    # (or what it was, after "being": "my calf hasn't stopped being hot, swollen and tender", set 43)
    # (not a stop one walks to: "even walking to the jeepney stop hurts now", set 80 read the pain
    # on walking denied)
    stopping = [n for n in range(max(0, first - 1), last) if (clause[n].word in lex.gone_right_after or clause[n].word
                in _STOP) and not _a_stop_one_goes_to(clause, n) and ((n + 1 in used and (clause[n + 1].canon in lex.symptom_words
                                                  or clause[n + 1].word in _WHAT_A_PAIN_DOES))
                               or (clause[n + 1].word == "being" and n + 2 in used))]
    # (not of a phrase that is itself a stopping, said with the run's stopping too: "didn't stop
    # hurting after I stopped" denies the pain that stops when you stop; "shins haven't stopped
    # hurting since the season started" does not, set 42)
    if stopping and any(clause[m].canon == NOT for m in range(max(0, stopping[0] - 2), stopping[0])) \
            and (clause[stopping[0]].canon not in match.phrase.words or sum(t.word in _STOPPING for t in clause) < 2):
        negations = [m for m in negations if m < stopping[0] - 2]
    # A phrasing of the normal state ("I lift weights") is the observation absent, and negated
    # ("I don't lift weights") present
    absent = (bool(negations) != (match.opposite != unsaid)) != match.phrase.normal
    if negations:
        first = min(first, negations[-1])
    # ... but not "gone"/"went" that becomes the phrase's next word, or another word of its
    # observation: "periods have gone really irregular", "my foot went numb", "after the long
    # flight my calf went hot" (with "calf swollen after a long flight")
    own = index.observation_words.get(obs.id, frozenset())
    stated_by = own - index.normal_words.get(obs.id, frozenset())
    gone = [n for n, t in enumerate(clause) if t.word in lex.gone_after and n not in used and n > first
            and not (t.word in _BECOME and (_becomes(clause, n, used, own) or went_somewhere(clause, n, lex)))
            and not _adverb(clause, n, lex) and not _gone_each_time(clause, n, obs.id, lex)
            # (nor gone only partly: "the calf swelling has gone down a bit but it's still warm",
            # "mostly gone", read the clot's red flag denied)
            and not any(u.word in lex.gone_partly for u in clause[max(0, n - 2):n + 4])
            # (nor a word of what is usual before the runs it describes: "went straight to my
            # normal 8k runs in them" read the switch to minimal shoes denied, test drive 51)
            and not _of_the_runs(clause, n)
            # (nor a word of its own stating phrases: "no pain anywhere, just want to stay
            # injury free" says no complaints twice, set 35)
            and t.canon not in stated_by]
    # ... unless that word is negated: "my knee isn't pain free", "the swelling hasn't gone",
    # "never pain free at night" say it is there (set 28: read gone); the negation is the word's
    undone = {n: negating(clause, n, lex) for n in gone}
    undone = {n: m for n, m in undone.items() if m is not None}
    if undone:
        gone = [n for n in gone if n not in undone]
        if not gone:
            negations = [m for m in negations if m not in undone.values()]
            absent = (bool(negations) != (match.opposite != unsaid)) != match.phrase.normal
    # A negated general word after it says it is fine: "my IT band doesn't bother me"
    gone += [n for n, t in enumerate(clause) if n not in used and n > first and negated_complaint(clause, n, lex)]
    denied_after = _denied_after(match, clause, used, lex)
    gone += ([] if denied_after[:1] and denied_after[0] in also else denied_after) \
        + ([] if obs.id in index.says_fine else
           _fine_before(match, clause, used, lex, index.normal_words.get(obs.id, frozenset())))
    # "the night aching stopped a fortnight ago": over, said right after it
    n = last + 1
    while n < len(clause) and clause[n].word in lex.gone_right_after_skip:
        n += 1
    if n < len(clause) and clause[n].word in lex.gone_right_after and n not in used:
        gone.append(n)
    # ... or right before its symptom: "the achilles has stopped hurting" (set 26: read present)
    gone += [n for n in stopping if not any(t.canon == NOT for t in clause[max(0, n - 2):n])]
    # "the achilles pain I had last year hasn't come back": a negation of its return after it
    gone += [n for n in range(last + 1, len(clause) - 1) if clause[n].canon == NOT
             and next((t.word for t in clause[n + 1:] if not t.stop), "") in lex.gone_when_negated]
    # "pressed along the bone and felt nothing": a negation that ends the clause right after
    # "felt", "found", "and" is what was found ("lying on the couch doing nothing" is not)
    end = len(clause) - 1
    if end > last and clause[end].canon == NOT and clause[end - 1].word in lex.found_nothing_after \
            and NOT not in match.phrase.words:
        gone.append(end)
    if a_test:
        fault = _negated_fault(clause, last, used, lex)
        if fault is not None:
            return False, first, fault   # "one side isn't weaker"
        found = [n for n, t in enumerate(clause) if t.word in lex.test_found and n not in used]
        # (not "went in", "went over": a way it went, as for any finding; "single leg squat: knee
        # went in" read the test's fault denied, the wrong way round)
        normal = [n for n, t in enumerate(clause) if t.word in lex.gone_after and n not in used
                  and not (t.word in _BECOME and (_becomes(clause, n, used, own) or went_somewhere(clause, n, lex))
                           and not (n + 1 < len(clause) and clause[n + 1].word in _STRAIGHT))]
        if found:
            return True, min(first, *found), max(last, *found)
        gone = normal or gone
    # An episode that is over still happened: "the chest pain is gone now" is chest pain with
    # exercise, which eases at rest (words.yaml episodes); a negation still denies it
    # (or with a word of it, when what it went away with is the stopping: "heavy squeezing in my
    # chest on the hill reps, went away when I stopped", test drive 19: read no chest pain)
    if gone and obs.id in lex.episodes and not negations and (match.coverage >= 1 or eased_on_stopping(clause, min(gone))):
        gone = []   # (the episode said whole: "my heart is fine" is no racing heart)
    if gone:
        return False, min(first, *gone), max(last, *gone)
    if any(clause[p].implied for p in used) and not unable:
        # implied only where negated or "fine": never present; but the part's inability is its
        # pain ("groin pain for 3 weeks, can't stand on that leg": test drive 25 read the hip red
        # flag denied)
        return False, first, last
    if not absent and any(t.word in lex.complaint_words and n > first and n not in used
                          and any(c.canon == NOT for c in clause[:n]) for n, t in enumerate(clause)):
        return None, first, last    # a general word after a far negation: "has never given me any trouble"
    return not absent, first, last


def negating(clause: list[Token], n: int, lex) -> int | None:
    """Where the negation of the "gone" word at ``n`` is: right before it ("not fine", "hasn't
    gone"), before an adverb ("not totally gone") or before the symptom of "pain free" ("isn't
    pain free", "never pain free")."""
    k = n - 1
    if clause[n].word == "free" and k >= 0 and clause[k].canon in lex.symptom_words:
        k -= 1
        # ... or before "had a", "been" ("never had a pain-free night since the fall": set 33 read the
        # night pain denied)
        while k >= 0 and clause[k].word in _HAD_A:
            k -= 1
    # (and a verb of being or feeling: "my knee hasn't been fine since", "doesn't feel fine" read
    # the knee pain denied)
    while k >= 0 and (clause[k].word in _DEGREE or clause[k].word in _BEEN):
        k -= 1
    return k if k >= 0 and clause[k].canon == NOT else None


_BEEN = frozenset({"been", "felt", "feel", "feels", "feeling", "looked", "look", "looks", "seemed", "seem", "seems"})


_HAD_A = frozenset({"had", "have", "has", "a", "one", "single", "been", "felt", "was"})
"""Between a negation and the pain of "pain free": "never had a pain-free night", "never been"."""


_STOPPING = frozenset({"stopped", "stop", "stopping", "rested", "rest", "resting", "slowed", "slowing", "walked",
                       "eased"})
"""After "went away", "settled": the stopping an episode of effort eases with ("went when I stopped")."""


def eased_on_stopping(clause: list[Token], n: int) -> bool:
    """Whether the word of "gone" at ``n`` went with the stopping ("went away when I stopped";
    not a state at rest: "the hip is calm when I lie still")."""
    return clause[n].word in _WENT and any(t.word in _STOPPING for t in clause[n + 1:n + _STOP_REACH])


def _gone_each_time(clause: list[Token], n: int, obs_id: str, lex) -> bool:
    """Whether the word of "gone" (or "fine") at ``n`` says how each bout ends, with a stopping said
    in the present: "both shins go tight, and it's gone a few minutes after I stop" (set 45 read the
    shin pain and the exertional red flag denied); not "it went away when I stopped running for a
    month", an end. Of pain only after runs it is still a denial: gone once I stop is no pain after."""
    return obs_id not in lex.during_a_run_denies and (clause[n].word in _WENT or clause[n].word in _FINE_AGAIN) \
        and any(t.word in _STOP_NOW for t in clause[n + 1:n + _STOP_REACH])


def _a_likeness_denied(clause: list[Token], n: int) -> bool:
    """"(it's) not like shin splints, more like a bruise on the bone": a likeness denied, which
    says nothing of the pain (test drive 35 read the shin pain denied, and told the runner to keep
    training); not "nothing like that", a denial of the things said."""
    # (not "didn't feel like I'd been kicked", a denial of a symptom felt as a likeness)
    return clause[n].word == "not" and n + 1 < len(clause) and clause[n + 1].word == "like" and not (
        n + 2 < len(clause) and clause[n + 2].word in ("that", "this", "it", "those"))


_STOP_REACH = 8
"""How far after a word of "gone" its stopping may be: "gone a few minutes after I stop"."""
_FINE_AGAIN = frozenset({"fine", "ok", "okay", "normal"})
_STOP_NOW = frozenset({"stop", "stops", "rest", "rests"})


_WENT = frozenset({"went", "gone", "disappeared", "passed", "cleared", "settled", "resolved"})
"""The words of "gone" that an episode of effort does when the runner stops (not "fine", "calm")."""


_DEGREE = frozenset({"completely", "totally", "fully", "all", "quite", "entirely", "really", "100", "yet"})
"""Between a negation and a word of "gone": "not completely gone", "not quite right"."""


_OCCASIONS = frozenset({"run", "runs", "day", "days", "night", "nights", "session", "sessions", "week", "weeks",
                        "time", "times", "morning", "mornings", "race", "races", "workout", "outing"})
"""Right after a negation, an occasion that another negation says never passes without it."""
_LINKS = frozenset({"and", "but", "or", "so", "because", "cause", "since", "as", "then", "when", "if", "though", "although"})


_PLAIN_NOTS = frozenset({"without", "not", "no", "never"})


def _denies_another_finding(words: list[Token], lex) -> bool:
    """Whether ``words`` negate something, each negation of a word that is no symptom nor
    complaint ("without wobbling", "and not put the other foot down"; not "no bother", "no pain")."""
    negated = [n for n, t in enumerate(words) if t.canon == NOT]
    if any(words[n].word not in _PLAIN_NOTS or (n and words[n - 1].word in _AUXILIARIES) for n in negated):
        return False   # ("hop test negative", "thomas test neg": the test's verdict; "couldn't do more than two")
    for n in negated:
        after = next((t for t in words[n + 1:] if not t.stop and t.canon != NOT), None)
        if after is None or after.canon in lex.symptom_words or after.word in lex.complaint_words:
            return False
    return bool(negated)


def _twice_negated(negations: list[int], clause: list[Token], lex) -> list[int]:
    """The negations left when two of them cancel: "not a run goes by without my toes going
    numb", "I can't walk without a limp", "there isn't a night it doesn't wake me" say it always
    happens (set 26: all four read the wrong way round). The second is "without" or a verb's
    "not", and nothing between them is a symptom, a body part or a word that joins two
    statements ("no swelling and I can run without pain", "I don't run so it doesn't hurt")."""
    for i in range(len(negations) - 1):
        a, b = negations[i], negations[i + 1]
        second = clause[b].word == "without" or (clause[b].word == "not" and b and clause[b - 1].word in _AUXILIARIES)
        # ("not a single run where my knee didn't ache", "no run after which my calves aren't
        # tight": a negated occasion, then the body part, set 28)
        occasion = any(t.word in _OCCASIONS for t in clause[a + 1:min(a + 4, b)])
        if second and b - a > 1 and not any(
                t.canon in lex.symptom_words or (t.canon in lex.site_words and not occasion) or t.word in _LINKS
                for t in clause[a + 1:b]):
            return negations[:i] + negations[i + 2:]
    return negations


_AUXILIARIES = frozenset({"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "can", "could",
                          "will", "would", "wo", "ca", "should"})


def first_negation(clause: list[Token]) -> int:
    return next((n for n, t in enumerate(clause) if t.canon == NOT), len(clause))


_RUN_WORDS = frozenset({"run", "race", "jog"})
_AFTER = frozenset({"after", "afterwards", "before"})


def _not_tried(clause: list[Token], at: list[int] | tuple[int, ...]) -> bool:
    """Whether one of the positions ``at`` is a "not" or "never" before a self-test's own doing
    ("I didn't hop"), not after can, could, will or would ("can not hop" is an inability)."""
    def doing(p: int) -> bool:   # "hop", or "do the hop test" ("didn't do the hop test", test drive 54)
        if clause[p + 1].canon in _A_TESTS_DOING:
            return True
        return clause[p + 1].word == "do" and any(t.canon in _A_TESTS_DOING for t in clause[p + 2:p + 5])
    return any(clause[p].word in ("not", "never") and p + 1 < len(clause) and doing(p)
               and not (p and clause[p - 1].word in _CAN_BEFORE) for p in at)


_A_TESTS_DOING = frozenset({"hop"})
"""The doing of a self-test whose result is a pain (hopping): "didn't hop" did not try it."""
_CAN_BEFORE = frozenset({"can", "could", "will", "would"})
"""Before "not", these make an inability ("can not hop"), no untried test."""
_WHILE_STILL = frozenset({"still", "actually", "out", "properly", "really"})
"""Between "while I'm" and the run, words that keep it during the run ("while I'm actually running")."""


def during_a_run(clause: list[Token], index: PhraseIndex) -> tuple[int, int] | None:
    """Where the clause says a pain comes during a run ("it hurts while I'm running"), if it
    does: a symptom said with no negation before it, and "during"/"while" before a run word; or a
    pain said to start some way into the run ("the pain starts a mile in", "it starts halfway
    round", "only while I'm running": sets 41-45 and 49 read nothing)."""
    lex = index.lex
    into = _into_a_run(clause)
    if into is None and not any(t.word in lex.during_words or t.word in lex.while_words or t.word == _ONLY_WHILE
                                for t in clause):
        return None
    pain = next((n for n, t in enumerate(clause[:first_negation(clause)]) if t.canon in lex.symptom_words), None)
    if pain is None:
        # ("it starts ...", "only while ...": the pain of the clause before)
        # (or a clause that starts with it: "starts about 2 miles in, so its during the run", set 69)
        pain = next((n for n, t in enumerate(clause[:3]) if t.word in _IT_STARTS and (
            n == 0 or clause[n - 1].word in ("it", "its", "pain"))), 0 if clause and clause[0].word == _ONLY_WHILE else None)
        # ("he feels it during the race itself, not just after": the pain felt, set 62 read nothing)
        if pain is None:
            pain = next((n for n, t in enumerate(clause[:-1]) if t.word in _FEEL and clause[n + 1].word == "it"), None)
        if pain is None or any(t.canon == NOT for t in clause):
            return None
    if into is not None:
        return min(pain, into), max(pain, into)
    for n, t in enumerate(clause):
        reach = 3 if t.word in lex.during_words else 5 if t.word in lex.while_words or t.word == _ONLY_WHILE else 0
        if not reach or (n and clause[n - 1].word == "a"):   # "for a while"
            continue
        run = next((m for m in range(n + 1, min(len(clause), n + reach)) if clause[m].canon in _RUN_WORDS), None)
        # only little words between, none of them "after": "a while after runs" is not during
        # ("still": "it starts while im still running", set 67)
        # ("actually", "out": "its sore while Im actually running as well", set 75)
        if run is not None and all((u.stop or u.word in _WHILE_STILL) and u.word not in _AFTER for u in clause[n + 1:run]):
            return min(pain, n), max(pain, run)
    return None


_FEEL = frozenset({"feel", "feels", "felt", "notice", "notices", "noticed"})
_ONLY_WHILE = "onlywhen"
"""How words.yaml joins "only while" and "only when": "only while I'm running" alone is the pain of
the clause before, during a run."""
_IT_STARTS = frozenset({"starts", "start", "started", "begins", "begin", "began", "kicks", "comes", "there"})
"""After "it" or "pain", a pain's start (or its being there): "it starts halfway round", "the pain
kicks in 2 miles in", "its there while im running as well" (set 68)."""
_DISTANCE_IN = frozenset({"mile", "miles", "k", "km", "kms", "minutes", "mins", "min"})
"""A distance or a time into a run, before "in": "a mile in", "2 miles in", "10 minutes in"."""
_A_DISTANCE = re.compile(r"\d+(?:\.\d+)?(?:k|km|kms|mi|miles?|mins?)")
"""... or said as one word: "it starts hurting 2k in" (set 62 read nothing)."""


def _into_a_run(clause: list[Token]) -> int | None:
    """Where the clause says some way into a run ("a mile in", "halfway round"), if it does; not
    after a word of after ("10 minutes in after I stop")."""
    for n, t in enumerate(clause):
        if t.word == "halfway" and n + 1 < len(clause) and clause[n + 1].word in ("round", "around", "through"):
            at = n
        elif t.word == "in" and n and (clause[n - 1].word in _DISTANCE_IN or _A_DISTANCE.fullmatch(clause[n - 1].word)) and (
                n + 1 == len(clause) or clause[n + 1].word not in ("the", "a", "my", "an")):
            at = n   # (not "10 minutes in the bath")
        else:
            continue
        if not any(u.word in _AFTER or u.word in ("stop", "stopped", "finish", "finished") for u in clause[:at]):
            return at
    return None


def _more_than_a_part(clause: list[Token], start: int, lex) -> bool:
    """Whether the words from ``start`` say more than a body part: "doesn't just beat fast", "not
    just the hip aching", "not just at night" (fc25 read the night pain denied); not "not just
    the quads", "not just the arms"."""
    return not all(t.canon in lex.site_words or t.word in lex.other_parts
                   for t in clause[start:] if not t.stop and t.canon != NOT)


def _unable(match: Match, clause: list[Token], negations: list[int], lex) -> bool:
    """Whether the clause's negation says the runner cannot do the phrase's activity for its pain
    or weakness: "can't lie on my left side anymore" against "hurts lying on my side", "can't do
    hills" against "weak going uphill" (a clause that names no symptom: "can't sit without pain"
    has its own; a phrase without a symptom's word of an observation of a pain says no pain:
    "can't stand on one leg for 30 seconds" is no pain doing so, "can't sit all day at work" is
    no desk job)."""
    # (a symptom of its own: one borrowed from the clause before is no "without pain", nor one
    # after "since": "can't put any weight on my leg since the groin pain started", fc26)
    since = next((n for n, t in enumerate(clause) if t.word == "since"), len(clause))
    if NOT in match.phrase.words or any(t.canon in lex.symptom_words and not t.implied for t in clause[:since]) or (
            lex.symptom_words.isdisjoint(match.phrase.words) and not _worse_unsaid(match, clause)
            and (match.observation.category is ObservationCategory.CONTEXT
                 or not lex.symptom_words.isdisjoint(text_canon(match.observation.text, lex)))):
        return False
    for n in negations:
        after = next((m for m in range(n + 1, len(clause)) if not clause[m].stop), None)
        if after is not None and clause[after].canon in _MOVING:   # "can't run downhill at all" (test drive 40)
            after = next((m for m in range(after + 1, len(clause)) if not clause[m].stop), None)
        able = clause[n - 1].word == "can" if n else False
        if (able or clause[n].word == "unable") and after in match.positions and clause[after].canon in lex.inability:
            return True
    return False


_WORSE = frozenset({"wors", "worst"})
"""Stems of a phrase that says a pain grows where it is ("worse on downhills"): a pain's phrase,
that "can't" says the runner cannot do for it."""


def _worse_unsaid(match: Match, clause: list[Token]) -> bool:
    """Whether the phrase says a pain grows ("worse on downhills") and the clause leaves that word
    to a "can't": "can't run downhill" says it, "can't say downhills are worse" does not."""
    return not _WORSE.isdisjoint(match.phrase.words) and not any(clause[p].canon in _WORSE for p in match.positions)


_MOVING = frozenset({"run", "go", "get"})
"""Between "can't" and what the pain stops ("can't run downhill", "can't go down stairs"),
stems of moving that say nothing of their own ("jog" stems to "run")."""


def _negates_a_doer(clause: list[Token], n: int, first: int, lex) -> bool:
    """Whether the negation at ``n`` is of someone or something that did not act, before the
    phrase: "no physio could find the problem with my achilles", "nothing has helped my shin
    pain" (one or two words, none a symptom or body part, then "could", "has" ...)."""
    if n + 1 < len(clause) and clause[n + 1].word in lex.self_named:
        return False   # "don't think I've ever had pins and needles": a hedged denial (set 33)
    ahead = [m for m in range(n + 1, first) if not clause[m].stop or clause[m].word in lex.doer_verbs]
    verb = next((i for i, m in enumerate(ahead) if clause[m].word in lex.doer_verbs), None)
    if clause[n].word in ("nothing", "nobody", "no") and any(
            clause[m].word in lex.helping_verbs for m in range(n + 1, min(first, n + 5))):
        # "nothing (has / seems to) help(ed)": the negation is the doer; "no amount of rolling
        # gets the tightness out", "no stretch gets the knots out", "there's no stopping the pins
        # and needles" (set 35: read the tightness, the knots and the tingling denied)
        return True
    if verb is None or not 1 <= verb <= 2:   # a doer first: "never had a fracture" is no doer
        return False
    if clause[n + 1].word in _HOW_OFTEN:
        return False   # "not once has it given way" (set 25: read as giving way)
    if any(clause[m].word in ("or", "nor") for m in range(n + 1, ahead[verb])):
        return False   # a list of what never happened: "never broken anything or had a stress fracture"
    if clause[n].word == "none" and n + 1 < len(clause) and clause[n + 1].word == "of":
        return False   # "none of the kids has had a stress fracture": nobody has
    return not any(clause[m].canon in lex.symptom_words or clause[m].canon in lex.site_words for m in ahead[:verb])


_WHAT_A_PAIN_DOES = frozenset({"wakesme", "bothering", "bugging", "troubling", "niggling", "throbbing", "aching",
                                "hurting", "swelling", "locking", "clicking", "buckling", "cramping", "tingling"})
"""Right after "stopped", what a complaint did: "it stopped waking me at night" is over."""


_HOW_OFTEN = frozenset({"once", "ever", "yet"})
"""After a negation, words of how often, not a doer: "not once has it given way"."""


def _negates_between(clause: list[Token], n: int, first: int, used: set[int], lex) -> bool:
    """Whether the negation at ``n`` is of a symptom or body part before the phrase, not of
    the phrase: "no groin pain building up from one run to the next" does not negate "builds"."""
    return any(m not in used and (clause[m].canon in lex.symptom_words or clause[m].canon in lex.site_words)
               for m in range(n + 1, first))


def symptoms_of(obs: Observation, lex) -> frozenset[str]:
    """The symptoms (canonical: "pain", "swell") an observation's own text names."""
    return text_canon(obs.text, lex) & lex.symptom_words


_HOW_TRUE = frozenset({"actually", "really", "truly", "honestly"})
"""Words that say how true a negation is, skipped after it ("doesn't actually hurt")."""


def _denied_after(match: Match, clause: list[Token], used: set[int], lex) -> list[int]:
    """A negation right after the phrase, before the observation's own symptom, says it is not
    there: "the tendon cord above the heel doesn't hurt when I pinch it". Only the symptom the
    phrase left out: "knee pain no swelling" keeps the knee pain, "sore knee doesn't hurt at
    night" denies the night, not the knee."""
    if NOT in match.phrase.words or any(clause[p].canon in lex.symptom_words for p in used):
        return []
    own = symptoms_of(match.observation, lex)
    # ... or a word of the observation's own text the phrase left out: "side leg lifts don't
    # tire me" (the text: "it tires much sooner on one side")
    left_out = text_canon(match.observation.text, lex) - set(match.phrase.words)
    # (past a word of how true: "the achilles tendon doesn't actually hurt", set 84 read it present)
    every = [n for n in range(match.positions[-1] + 1, len(clause)) if not clause[n].stop
             and clause[n].word not in _HOW_TRUE]
    ahead = every[:NEGATION_REACH]
    for i, n in enumerate(ahead):
        if clause[n].canon != NOT:
            continue
        # ("moving my toes doesn't make it any worse": what it does not make, set 25)
        j = i + 2 if i + 2 < len(ahead) and clause[ahead[i + 1]].word in _MAKES else i + 1
        after = clause[ahead[j]].canon if j < len(ahead) else None
        # (past the reach, a symptom of another kind is what it denies: "my back went lifting
        # the bins, no numbness" denies the numbness, not the back, fc25)
        if after is None and j < len(every) and clause[every[j]].canon in lex.symptom_words - own:
            continue
        # "... doesn't hurt", or a negation of nothing but the activity: "upper back and
        # shoulders never feel it after running"
        # (or a goal or a concern: "a six pack isn't my goal", sets 37 and dev2 read the wish)
        # (the word as written: "priority" is stemmed)
        aim = j < len(ahead) and clause[ahead[j]].word in lex.aims
        if after in own or after in left_out or after in lex.aims or aim or (
                own and (after is None or after in lex.vague_words)):
            return [n] if after is None else [n, ahead[j]]
    return []


_MAKES = frozenset({"make", "makes", "made", "making"})


def _fine_before(match: Match, clause: list[Token], used: set[int], lex, normal_words: frozenset[str]) -> list[int]:
    """"I'm fine from the first step": a word saying fine before a phrase of a symptom the clause
    does not name is the symptom absent; so is one before a fault found only by the words its
    normal state shares ("I'm fine on the climbs": the hills, not the weakness; set 44 read the
    weak climbing)."""
    plain = all(clause[p].stop or clause[p].canon in normal_words for p in match.positions)
    if NOT in match.phrase.words or any(t.canon in lex.symptom_words for t in clause) or (
            lex.symptom_words.isdisjoint(match.phrase.words) and not symptoms_of(match.observation, lex)
            and not plain):
        return []
    # (a filler before "so" says nothing: "Okay so it wakes me up every night", spoken)
    # (nor one that says how each bout ends: "then they're fine a few minutes after I stop", set 43)
    return [n for n, t in enumerate(clause[:match.positions[0]]) if t.word in lex.fine_before
            and not (n + 1 < len(clause) and clause[n + 1].word == "so")
            and not _gone_each_time(clause, n, match.observation.id, lex)][:1]


_BECOME = frozenset({"gone", "went"})
_STRAIGHT = frozenset({"straight", "stright", "strait", "straigt"})
"""In a self-test, a body part that "went straight" did well."""


"""Of the words that say a finding is gone, those that also mean "became"."""


def _becomes(clause: list[Token], n: int, used: set[int], own: frozenset[str]) -> bool:
    """Whether the word at ``n`` is followed, after little words and at most one other, by a
    word of the phrase or of its observation (``own``): "gone (really) irregular" is becoming
    irregular, not gone."""
    ahead = []
    for m in range(n + 1, len(clause)):
        if clause[m].word in _THEN:
            break   # "went when I stopped" is gone, at a time
        if not clause[m].stop:
            ahead.append(m)
    return any(m in used or clause[m].canon in own for m in ahead[:2])


def went_somewhere(clause: list[Token], n: int, lex) -> bool:
    """"Knee went sideways on a kerb", "my ankle went over": a way it went, not gone (test
    drive 16: read no knee pain); "the swelling went down" is gone. A body part that went, no
    symptom said before it, gave out: "my back went on a run" (test drive 24: read no back pain;
    "the ache in my knee went" is gone)."""
    return clause[n].word in _BECOME and (
        (n + 1 < len(clause) and clause[n + 1].word in _WAYS)
        or (clause[n].word == "went" and any(t.canon in lex.site_words for t in clause[:n])
            and not any(t.canon in lex.symptom_words for t in clause[:n])))


_WAYS = frozenset({"sideways", "over", "out", "backwards", "forwards", "from", "to", "into", "in", "under",
                   "funny", "weird", "wobbly", "numb", "dead", "inwards", "outwards", "pop", "snap", "crunch",
                   "near", "anywhere", "nowhere", "straight", "stright", "strait", "straigt", "back", "on"})


_THEN = frozenset({"when", "once", "after", "as", "while", "if", "since"})
"""After "gone"/"went", a word that starts a time: "the pain went when I stopped" is gone."""


def _describes(obs: Observation, clause: list[Token], used: set[int], lex) -> bool:
    """Whether the clause, beside the words matched, uses a word of the observation's own
    description of the result ("barely" in "I can barely lift the top leg")."""
    own = text_canon(obs.text, lex) - lex.test_naming
    return any(n not in used and not t.stop and t.canon in own and not names_the_leg(clause, n, lex)
               for n, t in enumerate(clause))


def _said_normal(obs: Observation, clause: list[Token], used: set[int], lex) -> tuple[int, bool] | None:
    """Where the clause says the opposite of a word of the observation's own text ("push off
    feels strong" for "push-off feels weak"), and whether a negation comes before it; None when
    it does not, or also says the observation's word or a fault ("weaker", "fewer")."""
    own, opposite = _normal_opposites(obs.text, lex)
    if not own:
        return None
    said = next((n for n, t in enumerate(clause) if n not in used and t.word in opposite
                 and not _adverb(clause, n, lex)), None)
    if said is None or any(t.word in own or t.word in lex.test_found for t in clause):
        return None
    return said, any(t.canon == NOT for t in clause[:said])


_TEXT_CANON: dict[tuple[int, str], frozenset[str]] = {}


def text_canon(text: str, lex) -> frozenset[str]:
    """The canonical words of an observation's own text, once per text (and lexicon)."""
    key = (id(lex), text)
    hit = _TEXT_CANON.get(key)
    if hit is None:
        hit = _TEXT_CANON[key] = frozenset(lex.canon(w) for w in _text_words(text))
    return hit


_NORMAL_OPPOSITES: dict[tuple[int, str], tuple[frozenset[str], frozenset[str]]] = {}


def _normal_opposites(text: str, lex) -> tuple[frozenset[str], frozenset[str]]:
    """The words of an observation's own text that have a normal opposite (``normal_for``), and
    those opposites, once per text (and lexicon): ``_said_normal`` asks it of every match."""
    key = (id(lex), text)
    hit = _NORMAL_OPPOSITES.get(key)
    if hit is None:
        own = frozenset(w for w in _text_words(text) if w in lex.normal_for)
        hit = _NORMAL_OPPOSITES[key] = (own, frozenset().union(*(lex.normal_for[w] for w in own)))
    return hit


@lru_cache(maxsize=512)
def _text_words(text: str) -> frozenset[str]:
    """The words of an observation's own text, once per text (not once per match)."""
    return frozenset(re.findall(r"[a-z]+", text.lower()))


def _negated_fault(clause: list[Token], last: int, used: set[int], lex) -> int | None:
    """Where, after a self-test's phrase, a negation says it found no fault ("on calf raises one
    side isn't weaker", "side lying leg lifts aren't hard"): the fault word right after the
    negation, little words between."""
    for n in range(last + 1, len(clause) - 1):
        if clause[n].canon != NOT or n in used:
            continue
        after = next((m for m in range(n + 1, len(clause)) if not clause[m].stop), None)
        if after is not None and after not in used and clause[after].word in lex.test_fault_negated:
            return after
    return None


def _adverb(clause: list[Token], n: int, lex) -> bool:
    """Whether the word at ``n`` is an adverb, not the normal state or fine: "for a good 10cm",
    "a good few weeks", "even in the last 5k" (before a number, or a word words.yaml lists)."""
    after = clause[n + 1].word if n + 1 < len(clause) else ""
    return clause[n].word in lex.adverb_before and (after in lex.adverb_before[clause[n].word] or after[:1].isdigit())


def _verdict(clause: list[Token], used: set[int], lex) -> bool:
    """Whether the clause gives a self-test a verdict in words ("weaker", "fine", "not")."""
    return any(n not in used and (t.canon == NOT or t.word in lex.test_found or t.word in lex.gone_after)
               for n, t in enumerate(clause))
