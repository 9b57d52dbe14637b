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
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from advisor.inputs import counts
from advisor.inputs.clauses import clauses, double_negation, names_the_leg
from advisor.knowledge.model import KnowledgeBase, Observation, ObservationCategory
from advisor.knowledge.search import NOT, Match, PhraseIndex, Token, index_for, read_measures, tokens

PARSE_MIN_COVERAGE = 0.8
"""A clause states an observation when at least this weighted share of one of its phrases is found,"""
PARSE_MIN_EXPLAINED = 0.8
"""... or when the phrase explains this share of the clause's words and covers at least half of
itself ("quads burn out on long runs" is most of "front of the thighs tire, burn ... on long runs")."""

PARSE_MIN_HALF = 0.5
"""A red flag's phrase found less than this far is never stated present (see ``read``)."""

PARSE_MAX_WORDS_BETWEEN = 2
"""A phrase's words may have at most this many other meaningful words among them in a clause."""

NEGATION_REACH = 3
"""A runner's negation this many words after a phrase still speaks of it ("my glutes just don't
seem to ..."): the phrase's own negation is then said, not left unsaid."""

SHORT_CLAUSE = 8
"""A clause of at most this many words is shown whole as the words that stated an observation."""



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


def implied(clause: list[Token], index: PhraseIndex) -> list[Token]:
    """The clause with the pain it speaks of without a symptom word: in a clause that names a
    body part, a general word after a negation ("no problems with my knees", "my knees don't
    bother me") is its pain; a clause that names one and no symptom, and says it is fine after
    it ("my shins are fine these days"), gets that pain added after the body part. Both are
    marked ``implied``: a phrase that uses one is only stated absent (``_state``)."""
    lex = index.lex
    # a body part misspelt is one too ("my hamstirngs are fine")
    sites = [n for n, t in enumerate(clause)
             if t.canon in lex.site_words or any(c[0] in lex.site_words for c in index.candidates(t))]
    if not sites:
        return clause
    pain = lex.canon("pain")
    out = list(clause)
    for n, tok in enumerate(clause):
        if _negated_complaint(clause, n, lex):
            out[n] = Token(tok.word, pain, tok.start, tok.end, False, implied=True)
    if out != clause or any(t.canon in lex.symptom_words for t in clause):
        return out
    fine = next((n for n, t in enumerate(clause) if t.word in lex.gone_after and n > sites[0]), None)
    if fine is not None:
        at = max(n for n in sites if n < fine)   # the body part said fine: "hip" in "the hip is calm on my back"
        out.insert(at + 1, Token(pain, pain, clause[at].start, clause[at].end, False, implied=True))
    return out


def _borrowed_site(clause: list[Token], previous: list[Token], lex) -> list[Token]:
    """A clause that only denies a symptom ("no pain", "it doesn't hurt", "never any pain
    there") speaks of the body part of the clause before it: "knees are happy, no pain",
    "I can pinch the tendon at the back of my ankle and it doesn't hurt". The body part is
    put in front, marked ``implied``: a phrase that uses it is only ever stated absent."""
    if any(t.canon in lex.site_words for t in clause):
        return clause
    # a negated symptom, or a short negated fragment: "never buckled once", "nothing"
    negated = any(t.canon in lex.symptom_words and any(u.canon == NOT for u in clause[:n])
                  for n, t in enumerate(clause)) or (
        any(t.canon == NOT for t in clause) and sum(not t.stop and t.canon != NOT for t in clause) <= 2)
    sites = [t for t in previous if t.canon in lex.site_words]
    # ... or, when the clause before names no body part, no symptom and no negation, what it
    # did: "I can lie on that side in bed and it doesn't bother me" (only a pain can be read
    # absent through those words: see ``read``)
    if negated and not sites and previous and not any(
            t.canon in lex.symptom_words or t.canon == NOT for t in previous) and _bare_denial(clause, lex):
        sites = [t for t in previous if not t.stop]
    if not (negated and sites):
        return clause
    return [Token(t.word, t.canon, t.start, t.end, False, implied=True) for t in sites] + clause


def _bare_denial(clause: list[Token], lex) -> bool:
    """A clause of a denial and little else: "it doesn't bother me", "no pain at all"."""
    return sum(not t.stop and t.canon != NOT and t.canon not in lex.symptom_words
               and t.word not in lex.complaint_words for t in clause) == 0


_POINTING = frozenset({"it", "its", "this", "that"})
"""A clause that starts with one of these points back at the clause before."""


def _referred_site(clause: list[Token], previous: list[Token], lex) -> list[Token]:
    """"my groin hurts. it also hurts when I stand on that leg", "my groin hurts and it keeps
    getting worse every run": a clause that starts with "it" and names no body part, after a
    clause of a symptom (or naming one itself), speaks of the body part of the clause before (one that
    states it, not one that denies it or says it is fine; a denial borrows it in
    ``_borrowed_site``). The body part is put in front as said: it can state present."""
    if not clause or clause[0].word not in _POINTING or any(t.canon in lex.site_words for t in clause) \
            or not any(t.canon in lex.symptom_words for t in [*previous, *clause]) \
            or any(t.canon == NOT or t.word in lex.gone_after for t in [*previous, *clause]):
        return clause
    return [t for t in previous if t.canon in lex.site_words] + clause


def _negated_complaint(clause: list[Token], n: int, lex) -> bool:
    """Whether the word at ``n`` is a general word right after a negation, only little words or
    the body part between ("no problems", "nothing wrong", "never had any knee trouble", "doesn't
    bother"): "no idea what is wrong with my knee" and "nothing helps my knee problem" deny nothing."""
    if clause[n].word not in lex.complaint_words:
        return False
    before = next((t for t in reversed(clause[:n])
                   if not t.stop and t.canon not in lex.site_words and t.word not in lex.complaint_verbs), None)
    return before is not None and before.canon == NOT


def _is_test(obs: Observation) -> bool:
    """A self-test, or an observation a self-test answers (the hop test's pain)."""
    return obs.category is ObservationCategory.SELF_TEST or bool(obs.self_test)


def _state(match: Match, clause: list[Token], index: PhraseIndex) -> tuple[bool | None, int, int]:
    """Present or absent, and the token range of the words that said so. None (not sure) when
    the words name a self-test but give no verdict: a bare count, for a test whose text states
    no cut-off (it compares sides; one number cannot show a side-to-side difference)."""
    lex = index.lex
    used = set(match.positions)
    first, last = match.positions[0], match.positions[-1]
    obs = match.observation
    normal = _said_normal(obs, clause, used, lex)
    if normal is not None:
        return normal[1], min(first, normal[0]), max(last, normal[0])   # "not strong" is weak
    # a phrasing of the normal state is the test's result itself ("I can balance on one leg for a minute")
    is_test = _is_test(obs) and not match.phrase.normal
    cutoff = counts.cutoff(obs) if is_test else None
    # A count the clause gives a test, not in its own name ("15 each side"): read once
    counted = counts.amount(clause, True, frozenset(used)) if is_test else None
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
        # At or above the published median is normal, whatever follows ("30 calf raises, no
        # problem"), unless the clause negates the count ("couldn't do 30") or finds a fault
        if norm and value >= min(int(n) for n in norm.groups() if n) and not any(
                (t.canon == NOT and n < where) or t.word in lex.test_found
                for n, t in enumerate(clause) if n not in used):
            return False, min(first, where), max(last, where)
        # a count is no verdict, but the test's own pain said is ("standing on the sore leg for
        # 30 seconds makes the side of my hip hurt")
        if not _verdict(clause, used, lex) and not (
                _symptoms_of(obs, lex) & {clause[p].canon for p in used}):
            return None, first, last
    if is_test and counted is None \
            and all(clause[p].stop or clause[p].canon in lex.test_naming or clause[p].word.isdigit() for p in used) \
            and not _verdict(clause, used, lex) and not _describes(obs, clause, used, lex):
        return None, first, last    # the test named, no result given: "did the thomas test"
    negations = [n for n, t in enumerate(clause) if t.canon == NOT and n not in used and n < last
                 and not _negates_a_doer(clause, n, first, lex)
                 and not (match.phrase.normal and _negates_between(clause, n, first, used, lex))]
    if any(n + 1 < len(clause) and clause[n + 1].word in lex.unsure_after_negation for n in negations):
        return None, min(first, negations[0]), last   # "not sure if my knee caves in": not known
    # A phrase with its own negation found without it, in a clause whose negation comes before
    # the phrase, has it there, said in other words: "I can't get the legs up" is "legs won't
    # turn over", not its denial
    # (found by more than a generic word: "I can't get the legs up" is no "can't balance on one leg")
    own_said_elsewhere = NOT in match.phrase.words and negations and not any(
        clause[p].canon == NOT for p in used) and not match.phrase.normal and (
        match.coverage >= PARSE_MIN_HALF or any(clause[p].canon in lex.site_words for p in used))
    if own_said_elsewhere or _unable(match, clause, negations, lex):
        negations = []
    # A phrase with its own negation ("no gym", "glutes never feel like they worked") found
    # without one in the runner's words ("I go to the gym", "I feel my glutes working") says
    # the opposite: absent, as "regular" for "irregular" does. Not when the clause has a
    # negation of its own up to just after the phrase ("my glutes just don't seem to do
    # anything"; but "the pain settles quickly with rest and wiggling my toes doesn't make it
    # worse" does settle) or says the fault in another word ("knee lift is weak" against
    # "can't lift knees").
    near = clause[:last + 1 + NEGATION_REACH]
    unsaid = NOT in match.phrase.words and not any(
        t.canon == NOT or t.word in lex.normal_for or t.word in lex.test_found for t in near)
    # A phrasing of the normal state ("I lift weights") is the observation absent, and negated
    # ("I don't lift weights") present
    absent = (bool(negations) != (match.opposite != unsaid)) != match.phrase.normal
    if negations:
        first = min(first, negations[-1])
    # ... but not "gone"/"went" that becomes the phrase's next word: "periods have gone really
    # irregular", "my foot went numb"
    gone = [n for n, t in enumerate(clause) if t.word in lex.gone_after and n not in used and n > first
            and not (t.word in _BECOME and _becomes(clause, n, used))]
    # A negated general word after it says it is fine: "my IT band doesn't bother me"
    gone += [n for n, t in enumerate(clause) if n not in used and n > first and _negated_complaint(clause, n, lex)]
    gone += _denied_after(match, clause, used, lex) + _fine_before(match, clause, used, lex)
    # "the achilles pain I had last year hasn't come back": a negation of its return after it
    gone += [n for n in range(last + 1, len(clause) - 1) if clause[n].canon == NOT
             and next((t.word for t in clause[n + 1:] if not t.stop), "") in lex.gone_when_negated]
    # "pressed along the bone and felt nothing": a negation that ends the clause right after
    # "felt", "found", "and" is what was found ("lying on the couch doing nothing" is not)
    end = len(clause) - 1
    if end > last and clause[end].canon == NOT and clause[end - 1].word in lex.found_nothing_after \
            and NOT not in match.phrase.words:
        gone.append(end)
    if is_test:
        found = [n for n, t in enumerate(clause) if t.word in lex.test_found and n not in used]
        normal = [n for n, t in enumerate(clause) if t.word in lex.gone_after and n not in used]
        if found:
            return True, min(first, *found), max(last, *found)
        gone = normal or gone
    # An episode that is over still happened: "the chest pain is gone now" is chest pain with
    # exercise, which eases at rest (words.yaml episodes); a negation still denies it
    if gone and obs.id in lex.episodes and not negations and match.coverage >= 1:
        gone = []   # (the episode said whole: "my heart is fine" is no racing heart)
    if gone:
        return False, min(first, *gone), max(last, *gone)
    if any(clause[p].implied for p in used):
        return False, first, last   # implied only where negated or "fine": never present
    if not absent and any(t.word in lex.complaint_words and n > first and n not in used
                          and any(c.canon == NOT for c in clause[:n]) for n, t in enumerate(clause)):
        return None, first, last    # a general word after a far negation: "has never given me any trouble"
    return not absent, first, last


def _first_negation(clause: list[Token]) -> int:
    return next((n for n, t in enumerate(clause) if t.canon == NOT), len(clause))


_RUN_WORDS = frozenset({"run", "race", "jog"})
_AFTER = frozenset({"after", "afterwards", "before"})


def _during_a_run(clause: list[Token], index: PhraseIndex) -> tuple[int, int] | None:
    """Where the clause says a pain comes during a run ("it hurts while I'm running"), if it
    does: a symptom said with no negation before it, and "during"/"while" before a run word."""
    lex = index.lex
    if not any(t.word in lex.during_words or t.word in lex.while_words for t in clause):
        return None
    pain = next((n for n, t in enumerate(clause[:_first_negation(clause)]) if t.canon in lex.symptom_words), None)
    if pain is None:
        return None
    for n, t in enumerate(clause):
        reach = 3 if t.word in lex.during_words else 4 if t.word in lex.while_words else 0
        if not reach or (n and clause[n - 1].word == "a"):   # "for a while"
            continue
        run = next((m for m in range(n + 1, min(len(clause), n + reach)) if clause[m].canon in _RUN_WORDS), None)
        # only little words between, none of them "after": "a while after runs" is not during
        if run is not None and all(u.stop and u.word not in _AFTER for u in clause[n + 1:run]):
            return min(pain, n), max(pain, run)
    return None


def _unable(match: Match, clause: list[Token], negations: list[int], lex) -> bool:
    """Whether the clause's negation says the runner cannot do the phrase's activity for its pain:
    "can't lie on my left side anymore" against "hurts lying on my side" (a phrase of a symptom
    the clause does not name; "can't sit without pain" has its own)."""
    if NOT in match.phrase.words or lex.symptom_words.isdisjoint(match.phrase.words) or any(
            t.canon in lex.symptom_words for t in clause):
        return False
    for n in negations:
        after = next((m for m in range(n + 1, len(clause)) if not clause[m].stop), None)
        able = clause[n - 1].word == "can" if n else False
        if (able or clause[n].word == "unable") and after in match.positions and clause[after].canon in lex.inability:
            return True
    return False


def _negates_a_doer(clause: list[Token], n: int, first: int, lex) -> bool:
    """Whether the negation at ``n`` is of someone or something that did not act, before the
    phrase: "no physio could find the problem with my achilles", "nothing has helped my shin
    pain" (one or two words, none a symptom or body part, then "could", "has" ...)."""
    ahead = [m for m in range(n + 1, first) if not clause[m].stop or clause[m].word in lex.doer_verbs]
    verb = next((i for i, m in enumerate(ahead) if clause[m].word in lex.doer_verbs), None)
    if clause[n].word in ("nothing", "nobody") and any(
            clause[m].word in lex.helping_verbs for m in range(n + 1, min(first, n + 4))):
        return True   # "nothing (has / seems to) help(ed)": the negation is the doer
    if verb is None or not 1 <= verb <= 2:   # a doer first: "never had a fracture" is no doer
        return False
    return not any(clause[m].canon in lex.symptom_words or clause[m].canon in lex.site_words for m in ahead[:verb])


def _negates_between(clause: list[Token], n: int, first: int, used: set[int], lex) -> bool:
    """Whether the negation at ``n`` is of a symptom or body part before the phrase, not of
    the phrase: "no groin pain building up from one run to the next" does not negate "builds"."""
    return any(m not in used and (clause[m].canon in lex.symptom_words or clause[m].canon in lex.site_words)
               for m in range(n + 1, first))


def _symptoms_of(obs: Observation, lex) -> frozenset[str]:
    """The symptoms (canonical: "pain", "swell") an observation's own text names."""
    return _text_canon(obs.text, lex) & lex.symptom_words


def _denied_after(match: Match, clause: list[Token], used: set[int], lex) -> list[int]:
    """A negation right after the phrase, before the observation's own symptom, says it is not
    there: "the tendon cord above the heel doesn't hurt when I pinch it". Only the symptom the
    phrase left out: "knee pain no swelling" keeps the knee pain, "sore knee doesn't hurt at
    night" denies the night, not the knee."""
    if NOT in match.phrase.words or any(clause[p].canon in lex.symptom_words for p in used):
        return []
    own = _symptoms_of(match.observation, lex)
    # ... or a word of the observation's own text the phrase left out: "side leg lifts don't
    # tire me" (the text: "it tires much sooner on one side")
    left_out = _text_canon(match.observation.text, lex) - set(match.phrase.words)
    ahead = [n for n in range(match.positions[-1] + 1, len(clause)) if not clause[n].stop][:NEGATION_REACH]
    for i, n in enumerate(ahead):
        if clause[n].canon != NOT:
            continue
        after = clause[ahead[i + 1]].canon if i + 1 < len(ahead) else None
        # "... doesn't hurt", or a negation of nothing but the activity: "upper back and
        # shoulders never feel it after running"
        if after in own or after in left_out or (
                own and (after is None or after in lex.vague_words)):
            return [n] if after is None else [n, ahead[i + 1]]
    return []


def _fine_before(match: Match, clause: list[Token], used: set[int], lex) -> list[int]:
    """"I'm fine from the first step": a word saying fine before a phrase of a symptom the clause
    does not name is the symptom absent."""
    if NOT in match.phrase.words or any(t.canon in lex.symptom_words for t in clause) or (
            lex.symptom_words.isdisjoint(match.phrase.words) and not _symptoms_of(match.observation, lex)):
        return []
    return [n for n, t in enumerate(clause[:match.positions[0]]) if t.word in lex.fine_before][:1]


_BECOME = frozenset({"gone", "went"})

_THE_LEG = frozenset({"the", "my", "that", "this", "his", "her", "their", "your"})
"""Before "sore leg", the words that make it a name for the leg ("on the sore leg")."""

_COUNTED = frozenset({"times", "reps", "seconds", "secs", "sec", "minute", "minutes", "mins"})
"""What a self-test's count counts: between a test's words with its number ("hop 20 times on
the sore leg without pain") they keep the phrase together, as the number does."""
"""Of the words that say a finding is gone, those that also mean "became"."""


def _becomes(clause: list[Token], n: int, used: set[int]) -> bool:
    """Whether the word at ``n`` is followed, after little words and at most one other, by a
    word of the phrase: "gone (really) irregular" is becoming irregular, not gone."""
    ahead = []
    for m in range(n + 1, len(clause)):
        if clause[m].word in _THEN:
            break   # "went when I stopped" is gone, at a time
        if not clause[m].stop:
            ahead.append(m)
    return any(m in used for m in ahead[:2])


_THEN = frozenset({"when", "once", "after", "as", "while", "if", "since"})
"""After "gone"/"went", a word that starts a time: "the pain went when I stopped" is gone."""


def _describes(obs: Observation, clause: list[Token], used: set[int], lex) -> bool:
    """Whether the clause, beside the words matched, uses a word of the observation's own
    description of the result ("barely" in "I can barely lift the top leg")."""
    own = {lex.canon(w) for w in _text_words(obs.text)} - lex.test_naming
    return any(n not in used and not t.stop and t.canon in own and not names_the_leg(clause, n, lex)
               for n, t in enumerate(clause))


def _said_normal(obs: Observation, clause: list[Token], used: set[int], lex) -> tuple[int, bool] | None:
    """Where the clause says the opposite of a word of the observation's own text ("push off
    feels strong" for "push-off feels weak"), and whether a negation comes before it; None when
    it does not, or also says the observation's word or a fault ("weaker", "fewer")."""
    own = {w for w in _text_words(obs.text) if w in lex.normal_for}
    if not own:
        return None
    opposite = frozenset().union(*(lex.normal_for[w] for w in own))
    said = next((n for n, t in enumerate(clause) if n not in used and t.word in opposite), None)
    if said is None or any(t.word in own or t.word in lex.test_found for t in clause):
        return None
    return said, any(t.canon == NOT for t in clause[:said])


_TEXT_CANON: dict[tuple[int, str], frozenset[str]] = {}


def _text_canon(text: str, lex) -> frozenset[str]:
    """The canonical words of an observation's own text, once per text (and lexicon)."""
    key = (id(lex), text)
    hit = _TEXT_CANON.get(key)
    if hit is None:
        hit = _TEXT_CANON[key] = frozenset(lex.canon(w) for w in _text_words(text))
    return hit


@lru_cache(maxsize=512)
def _text_words(text: str) -> frozenset[str]:
    """The words of an observation's own text, once per text (not once per match)."""
    return frozenset(re.findall(r"[a-z]+", text.lower()))


_SIGN = {True: "+", False: "-", None: "?"}


def _verdict(clause: list[Token], used: set[int], lex) -> bool:
    """Whether the clause gives a self-test a verdict in words ("weaker", "fine", "not")."""
    return any(n not in used and (t.canon == NOT or t.word in lex.test_found or t.word in lex.gone_after)
               for n, t in enumerate(clause))


def _chosen(matches: list[Match], clause: list[Token], index: PhraseIndex, symptoms_said: bool = True,
            symptom_affirmed: bool = True) -> list[Match]:
    """The matches that state something; a match whose words are all part of a better or
    longer one is dropped ("knee pain" inside "pain on the outside of my knee")."""
    # A phrase half found states the observation when the words of all its phrases together
    # explain the clause: "quads burn out on long runs" is "quads tire long runs" + "thighs burn"
    symptom_words, sites = index.lex.symptom_words, index.lex.site_words
    vague = symptom_words | index.lex.vague_words
    said_fine = any(t.word in index.lex.gone_after for t in clause)
    past = index.lex.in_history(clause)

    negated = any(t.canon == NOT for t in clause)   # ("my glutes just don't seem to do anything")

    explained: dict[str, float] = {}   # per observation: the clause's share its words explain

    def states(m: Match) -> bool:
        if m.coverage < PARSE_MIN_COVERAGE and not (m.exact and not m.phrase.apart and explains(m)):
            return False   # (the last lines' verdict on a phrase half found, first: most end here)
        test = _is_test(m.observation)
        # "pulled a calf before" is history: "i pulled my calf" is not
        if m.phrase.history and not past:
            return False
        # "I don't sit much, I work on my feet" names no pain: a phrase of a pain ("pain when
        # sitting") states nothing in a text without a word for one, unless the clause says
        # the place is fine ("my lower back is fine")
        if not (said_fine or symptoms_said) and not symptom_words.isdisjoint(m.phrase.words):
            return False
        # A symptom that names which leg ("stood on the sore leg for 30 seconds", "can hop 20
        # times on the sore leg without pain") is not the self-test's pain
        if test and any(names_the_leg(clause, p, index.lex) for p in m.positions) and not any(
                t.canon in symptom_words and not names_the_leg(clause, n, index.lex)
                and not any(u.canon == NOT for u in clause[:n]) for n, t in enumerate(clause)):
            return False
        # Body parts alone (with words that name a test, for a sign) say nothing of a fault:
        # "physio tested hamstrings against quads" is no "hamstrings much weaker than quads",
        # "calves are the same size" no cramp
        meaningful = [p for p in m.positions if not clause[p].stop]
        naming = sites | (index.lex.test_naming if not test else frozenset())
        if m.coverage < 1 and meaningful and not negated and all(clause[p].canon in naming for p in meaningful) and any(
                w not in sites and w not in vague and w != NOT for w in m.phrase.words):
            return False
        # A body part alone names no pain when the text denies every symptom it says: "the
        # ankle, no pain" is no "ankle pain" present
        if not symptom_affirmed and not symptom_words.isdisjoint(m.phrase.words) and all(
                clause[p].stop or (clause[p].canon in sites and not clause[p].implied) for p in m.positions):
            return False
        # "then aches after the run" says where nothing is: a phrase of the knee is not stated
        # by a symptom and "run" alone
        if not sites.isdisjoint(m.phrase.words) and all(
                clause[p].stop or clause[p].canon in vague for p in m.positions):
            return False
        # A phrase's own negation and a symptom are not the phrase when it has a word that says
        # more: "never had hurts after running" is no "butt never sore"
        if any(clause[p].canon == NOT for p in m.positions) and all(
                clause[p].stop or clause[p].canon == NOT or clause[p].canon in vague for p in m.positions) \
                and any(w != NOT and w not in vague for w in m.phrase.words):
            return False
        # A phrase's own negation negates its own next word: "no changes with peeing" is not
        # "can't pee" (the "no" is the runner's, about changes)
        for i, p in enumerate(m.positions[:-1]):
            if clause[p].canon == NOT and any(not clause[q].stop and clause[q].canon != NOT
                                              for q in range(p + 1, m.positions[i + 1])):
                return False
        # A phrase's words strewn across a long clause are not that phrase: "sore for 6 weeks
        # since I added hill sprints" is no "hills hurt"
        # (in a self-test's phrase a count or a negation between them keeps them together: "hop
        # 10 times without pain"; "sore for 6 weeks since I added hill sprints" stays apart)
        inside = set(range(m.positions[0], m.positions[-1] + 1)) - set(m.positions)
        if sum(not (clause[p].stop or (test and (clause[p].canon == NOT or clause[p].word.isdigit()
                                                 or clause[p].word in _COUNTED)))
               for p in inside) > PARSE_MAX_WORDS_BETWEEN:
            return False
        # A normal state is read from its own words only, never half of them with the fault's
        # other phrases: "I don't brace my core" is not "relaxed core on easy runs" negated
        if m.phrase.apart:
            # "no chest pain" denies chest pain now; "no chest pain on hills" does not
            return m.coverage >= PARSE_MIN_COVERAGE and (not m.phrase.shared or _bare(m, clause, index))
        # One word the fault shares with its normal state, in a clause that neither negates nor
        # says fine, in a text that affirms no symptom, says neither: "sleeping like a baby" is
        # no "disturbs my sleep", "eating loads" no "under eating" ("sleep well", "eat well")
        said = {clause[p].canon for p in m.positions if not clause[p].stop}
        if not symptom_affirmed and m.coverage < PARSE_MIN_COVERAGE and len(said) == 1 and said <= \
                index.normal_words.get(m.observation.id, frozenset()) and not any(
                    t.canon == NOT or t.word in index.lex.gone_after for t in clause):
            return False
        # Half a phrase found only by spelling is not enough: "in spring" is not "weak sprint"
        return m.coverage >= PARSE_MIN_COVERAGE or explains(m)

    def explains(m: Match) -> bool:
        if m.observation.id not in explained:
            explained[m.observation.id] = index.explained(index.about(m.observation.id, clause), clause)
        return explained[m.observation.id] >= PARSE_MIN_EXPLAINED

    # Per observation, the best stating phrase; of equals, the one using more words ("achilles
    # pain" over "achilles" in "achilles isn't sore": the negation sits between its words), then
    # the tighter ("can't hop" over "hurts to hop" in "can't hop without pain"), then one that
    # leaves a negation to negate ("hop test" over "can't hop" in "no hop test")
    def rank(m: Match):
        return m.score, len(m.positions), -m.span, NOT not in m.phrase.words

    # A normal state says more than a phrase of the fault that shares its words and adds only a
    # symptom: "the pain settles with rest" is "settles when resting", not "resting pain"; but
    # "periods stopped a few months" stays "periods stopped" (the fault adds a word of its own)
    def adds_only_a_symptom(fault: Match, normal: Match) -> bool:
        shared = set(fault.positions) & set(normal.positions)
        return bool(shared) and all(clause[p].stop or clause[p].canon in vague
                                    for p in set(fault.positions) - shared)

    def better(m: Match, old: Match) -> bool:
        if m.phrase.normal and not old.phrase.normal and adds_only_a_symptom(old, m):
            return True
        if old.phrase.normal and not m.phrase.normal and adds_only_a_symptom(m, old):
            return False
        return rank(m) > rank(old)

    best: dict[str, Match] = {}
    for m in matches:
        if states(m):
            old = best.get(m.observation.id)
            if old is None or better(m, old):
                best[m.observation.id] = m
    # in a clause of the past, a history synonym goes first, to hide the same words said of now
    good = sorted(best.values(), key=lambda m: (-m.score, not (past and m.phrase.history), -len(m.positions),
                                                m.span, m.observation.id))
    def hides(k: Match, mine: set[int]) -> bool:
        theirs = set(k.positions)
        if mine == theirs and past and k.phrase.history != m.phrase.history:
            return k.phrase.history   # "never had a calf strain before" is the history, not a strain now
        if m.observation.id in k.observation.ask_only_if:
            return False   # the rule pack asks k only after m: saying k says m too
        if m.phrase.denial != k.phrase.denial and m.observation.id != k.observation.id:
            return False   # a part denied stands beside the phrase it shares: "no chest pain" denies both
        if mine == theirs:
            return m.score < k.score
        # ... unless all it adds is a negation: "no sore hamstrings" is sore hamstrings absent,
        # whatever "hamstrings never sore" says
        return mine < theirs and any(clause[p].canon != NOT for p in theirs - mine)

    kept: list[Match] = []
    for m in good:
        if not any(hides(k, set(m.positions)) for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.positions[0])


def read(kb: KnowledgeBase, text: str, index: PhraseIndex | None = None) -> Reading:
    """The observations ``text`` states, in order; each observation once (present wins over
    absent when the text says both, so nothing stated is lost before a person confirms)."""
    index = index or index_for(kb)
    # "35F" as runners and forms write age and sex: the F is "female" (a red-flag context:
    # RED-S); "35M" is left alone
    toks = [_age_and_sex(t, text, index.lex) for t in tokens(text, index.lex)]
    # "the sore leg", "my bad side" only name the leg: read as little words, so the pain of a
    # self-test is found in its own words ("can hop 20 times on the sore leg without pain")
    # (no word of its own: the index caches a word's readings by the word). Only in a text of a
    # self-test, after "the"/"my"...: "I have a sore leg", "today tingly leg" are symptoms.
    if any(t.canon in index.lex.test_kinds or t.canon == "stand" for t in toks):
        toks = [Token("", "", t.start, t.end, True)
                if names_the_leg(toks, n, index.lex) and toks[n - 1].word in _THE_LEG else t
                for n, t in enumerate(toks)]
    found: dict[str, Statement] = {}
    symptoms = index.lex.symptom_words
    words_said = {c[0] for t in toks for c in index.candidates(t)}
    symptoms_said = not symptoms.isdisjoint(words_said)
    sites_said = frozenset(words_said & (index.lex.site_words | index.lex.key_sites))
    cut = [_scored_none(c) for c in clauses(text, toks, index)]
    # which clauses name a symptom, and which have one in them or in a clause next to them
    has = [any(c[0] in symptoms for t in c_ for c in index.candidates(t)) for c_ in cut]
    # (a neighbour's symptom only when it is not denied: "I twisted my knee but it didn't swell up")
    said_so = [named and any(c[0] in symptoms for t in c_[:_first_negation(c_)] for c in index.candidates(t))
               for named, c_ in zip(has, cut)]
    near = [has[i] or any(said_so[max(0, i - 1):i + 2]) for i in range(len(cut))]
    # a symptom said in a clause with no negation ("ache in the arch of my foot and my ankle"):
    # a body part alone in another clause may be its place ("the pain never wakes me" affirms none)
    affirmed = any(named and not any(u.canon == NOT for u in c_) for named, c_ in zip(has, cut))
    previous: list[Token] = []
    covered: list[tuple[int, int]] = []   # where statements were read, for the words not read
    for at, clause, skip_absent in _readings(cut, index.lex):
        clause, previous = implied(_borrowed_site(_referred_site(clause, previous, index.lex), previous, index.lex),
                                   index), clause
        said = symptoms_said or any(t.implied for t in clause)
        # ("harder than they used to" compares with that past: now is what it says)
        over = any(t.word in index.lex.no_longer and not any(u.word == "than" for u in clause[max(0, n - 2):n])
                   for n, t in enumerate(clause))
        # A number read against a measure's bands says more than the measure's words do: "my
        # cadence is 178" is no "low cadence", for any observation that has the words
        numbers = [r for r in read_measures(clause, index.lex) if r.measure.observation in kb.observations]
        measured = {r.measure.observation for r in numbers}
        about = {p for r in numbers for p in r.positions}
        said_as = [(kb.observations[r.measure.observation], r.present, r.positions[0], r.positions[-1], r.said, 1.0)
                   for r in numbers]
        readings = {r.measure.observation: r.said for r in numbers}
        during = _during_a_run(clause, index)
        said_as += [(kb.observations[oid], False, *during, "during a run", 1.0)
                    for oid in index.lex.during_a_run_denies if during and oid in kb.observations]
        for match in _chosen(index.match(clause), clause, index, said, affirmed):
            if match.observation.id in measured or set(match.positions) <= about:
                continue
            present, first, last = _state(match, clause, index)
            if match.phrase.denial and present is not False:
                continue   # "I had a fever" says nothing of a hot swollen joint; "no fever" denies it
            if present and over and not match.phrase.history:
                continue   # "my calves used to cramp": not now
            if _unfounded(match, present, clause, index, sites_said, affirmed, near[at]):
                continue
            said_as.append((match.observation, present, first, last, match.phrase.written, round(match.coverage, 3)))
        for observation, present, first, last, phrase, coverage in sorted(said_as, key=lambda s: s[2]):
            if skip_absent and present is False:
                continue
            if len(clause) <= SHORT_CLAUSE:
                first, last = 0, len(clause) - 1   # "my IT band is killing me" reads better whole
            # the runner's own words of this clause, not a body part borrowed from the one before
            own = [t for t in clause[first:last + 1] if not t.implied] or clause[first:last + 1]
            covered.append((min(t.start for t in own), max(t.end for t in own)))
            words = text[covered[-1][0]:covered[-1][1]]
            # the clause's other words of this observation were read too ("I fainted ... and
            # nearly passed out again": 'fainted' is not "not read")
            covered.extend((clause[p].start, clause[p].end) for p in index.about(observation.id, clause)
                           if not clause[p].implied)
            statement = Statement(observation, present, words, phrase, coverage, readings.get(observation.id, ""))
            old = found.get(observation.id)
            if old is None or (present and not old.present) or (old.present is None and present is not None):
                found[observation.id] = statement
    return Reading(text, tuple(found.values()), _unread(text, toks, covered, index.lex))


def _bare(match: Match, clause: list[Token], index: PhraseIndex) -> bool:
    """A clause that says nothing but the match and a negation or "fine" (and words no phrase
    uses, or other things the same negation denies before it): "no chest pain", "chest feels
    completely normal today", "she denies saddle numbness and any chest pain"."""
    negated = _first_negation(clause)
    return all(t.stop or t.canon == NOT or p in match.positions or t.canon not in index.by_word
               or t.word in index.lex.gone_after or negated < p < match.positions[0]
               for p, t in enumerate(clause))


def _unfounded(match: Match, present: bool | None, clause: list[Token], index: PhraseIndex,
               sites_said: frozenset[str], affirmed: bool, symptom_near: bool) -> bool:
    """Whether a statement the clause's words would make rests on too little to keep."""
    lex, symptoms, red_flag = index.lex, index.lex.symptom_words, match.observation.category is ObservationCategory.RED_FLAG
    phrase = set(match.phrase.words)
    # What a clause before did, borrowed by a bare denial, is only a pain's place: "I sit all
    # day and it doesn't bother me" is no "sits all day" denied, nor a pain of a body part never
    # named ("I run hills and it doesn't hurt" denies no chest pain)
    if any(clause[p].implied and clause[p].canon not in lex.site_words and clause[p].canon not in symptoms
           for p in match.positions) and (not _symptoms_of(match.observation, lex)
                                          or not lex.site_words.isdisjoint(phrase - sites_said)):
        return True
    # A red flag's phrase of the bone, chest or fever, found without it, is not stated either
    # way: "I squeeze my achilles and they feel comfortable" denies no chest pain
    if red_flag and match.coverage < 1 and not (lex.key_sites & phrase) <= sites_said:
        return True
    if present and red_flag:
        # A red flag's phrase of a body part the text never names ("I've got a few niggles at the
        # moment" is no "chest pain at the moment", an emergency; the part may be in another
        # clause: "twisted my knee, ... it had blown up like a balloon"), or without its bone or
        # chest ("my foot hurts" is no "foot bone pain"), or found less than half ("had to stop"
        # is a third of "leg pain that stops when I stop") is not stated present. Only red flags,
        # only present: "I don't get cramps" is still the calf cramps, "ankles solid, never
        # buckled" denies a knee that buckles.
        if match.coverage < 1 and ((sites_said.isdisjoint(phrase) and not lex.site_words.isdisjoint(phrase))
                                   or not (lex.key_sites & phrase) <= sites_said):
            return True
        if match.coverage < PARSE_MIN_HALF:
            return True
        # ... nor a red flag's pain or swelling where neither this clause nor the ones next to it
        # name a symptom: "(it eased with rest and) I could move my feet and toes freely" is no
        # "moving my toes is agony"; "my knee is hot, red and swollen" keeps its swelling
        if not symptoms.isdisjoint(phrase) and not symptom_near:
            return True
    # Pressing a place says no pain there by itself: a pain phrase found without its pain in a
    # clause that presses, in a text that affirms no symptom ("pressed all along both shin bones,
    # no tender spot anywhere")
    return bool(present and not affirmed and any(t.word in lex.pressing for t in clause)
                and not symptoms.isdisjoint(phrase) and not any(clause[p].canon in symptoms for p in match.positions))


_AGE_FEMALE = re.compile(r"\d{1,2}f")


def _age_and_sex(tok: Token, text: str, lex) -> Token:
    """"35F, running 4 years", "Age/sex: 35F": at the start of the text or after a label or a
    comma, "35f" is a 35-year-old woman, read as "female" ("ran in 85F heat" is a temperature)."""
    if _AGE_FEMALE.fullmatch(tok.word) and text[:tok.start].rstrip()[-1:] in ("", ":", ",", "(", ";", "-"):
        return Token("female", lex.canon("female"), tok.start, tok.end, False)
    return tok


def _scored_none(clause: list[Token]) -> list[Token]:
    """"pain at rest 0/10", "night pain 0 out of 10": a score of nought says none, as "no" does."""
    for n, tok in enumerate(clause[:-1]):
        rest = [t.word for t in clause[n + 1:n + 4]]
        if tok.word == "0" and (rest[:1] == ["10"] or rest[:3] == ["out", "of", "10"]):
            return [Token("no", NOT, tok.start, tok.end, False), *clause]
    return clause


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


def _unread(text: str, toks: list[Token], spans: list[tuple[int, int]], lex) -> tuple[str, ...]:
    """Runs of meaningful words outside the words of every statement made (kept or not), as written."""
    runs: list[list[Token]] = []
    read_at = bytearray(len(text) + 1)   # 1 where a statement's words are (one pass, not tokens x spans)
    for a, b in spans:
        read_at[a:b] = b"\x01" * (b - a)
    for n, t in enumerate(toks):
        inside = t.end > t.start and all(read_at[t.start:t.end])
        meaningful = not (t.stop or t.canon == NOT or t.word.isdigit() or len(t.word) < 3
                          or t.canon in lex.vague_words or t.word in lex.gone_after or t.word in lex.answer_no
                          or t.word in lex.answer_yes or t.word in lex.clause_breaks)   # ("but", "although")
        if inside or not meaningful:
            if runs and runs[-1]:
                runs.append([])
            continue
        if not runs:
            runs.append([])
        if runs[-1] and text[runs[-1][-1].end:t.start].strip(" '"):
            runs.append([])   # punctuation between: another run
        runs[-1].append(t)
    return tuple(dict.fromkeys(text[r[0].start:r[-1].end] for r in runs if r))


def document(reading: Reading) -> dict:
    """The symptom-file form of a reading: what ``check`` reads, plus the matched words."""
    from advisor.inputs.symptoms import case_document
    doc = case_document([(s.observation.id, s.present) for s in reading.statements])
    doc["notes"] = reading.text
    doc["matched"] = [{"id": s.observation.id, "present": s.present, "words": s.words, "phrase": s.phrase}
                      for s in reading.statements]
    doc["unread"] = list(reading.unread)   # not read, so not assessed: an app shows it too
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
