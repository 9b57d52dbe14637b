"""Find observations in a runner's own words: typos, plurals, tenses, slang, extra words.

The matcher compares *phrases* (an observation's id words, its synonyms and its text) with
the words of a clause. Every word is brought to one form first: texting forms are rewritten
("r" -> "are", "cant" -> "can not"), words a runner uses for the same thing share one form
("sore", "hurts", "killing" -> "pain"; "calves" -> "calf"), the rest is stemmed (Snowball,
so "knees", "hurting", "collapses" meet "knee", "hurt", "collapse"), and a word not found
is looked up by spelling (rapidfuzz) so "shinz" and "achillies" still land. A phrase scores
the share of its words found, each word weighted by how rarely it occurs in the rule pack
("pain" is everywhere and says little; "achilles" says a lot).

Used by ``symptoms --search`` (rank everything, ignore negation) and by
``advisor.inputs.text`` (read a paragraph clause by clause, with negation). The English
around the observations (word groups, negation words, clause breaks) is data:
``advisor/knowledge/words.yaml``; the observations and synonyms stay in the rule pack.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from functools import cached_property, lru_cache
from typing import Callable, Iterable

from advisor.knowledge.model import KnowledgeBase, Observation

NOT = "not"
"""The one form every negation word takes, so "no gym" in a synonym meets "don't go to the gym"."""

MIN_COVERAGE = 0.5
"""A phrase counts as found, for ``symptoms --search`` and for ``parse``, when at least this
weighted share of its words is in the text."""

TEXT_PHRASE_FACTOR = 0.85
"""An observation's display text is a long sentence: a hit on it counts a little less than a synonym."""

COMMON_WORD_PHRASES = 40
"""A word in more phrases than this is common: it alone never brings a phrase up for matching
(an index detail: results are the same, see ``PhraseIndex.match``)."""

NORMAL_PHRASE_FACTOR = 0.9
"""A phrase of the normal state names its observation a little less than one of the fault does:
of equal hits, "heel slam" is overstriding before it is "lands heel first" (not on the toes)."""

FUZZY_FACTOR = 0.85
"""A word found only by its spelling ("shinz") counts a little less than an exact one."""

WEIGHT_SCALE = 94
"""The number of observations a word's rarity is measured against (``log(1 + scale / owners)``).
It is the catalogue's size when the coverage thresholds above were tuned, held fixed: with the
catalogue's own size, one new observation moved every word's weight and so readings that share no
word with it (adding sciatica_both_legs turned "the glutes never feel like they did anything after
a run" from 0.581 to 0.571 of its phrase, below the line, and "my finger hurts" into "five fingers"
shoes). A new observation now changes only the weights of its own words."""

NEGATING_PREFIXES = ("un", "ir", "in", "im", "il", "dis", "non")
""""regular" in the text against "irregular" in a synonym is a match that states the opposite."""

_WORD = re.compile(r"[a-z0-9]+(?:['’‘/][a-z0-9]+)*|->|→|=>|[❌🚫✖👎⛔👍👌💯]", re.IGNORECASE)
"""Words, and the signs words.yaml ``rewrite`` reads as words: arrows, and emoji as a form's
answers ("swelling ❌", "knee 👍")."""
ARROW = "->"
"""An arrow, one little word whatever its glyph: between two numbers of a measure of change it
is a change from one to the other ("Wkly vol 30->55 km", test drive 25: unread)."""


# ----------------------------------------------------------------------------- the English
class MeasureKind(str, Enum):
    VALUE = "value"
    """A number read against two bands: "cadence 152", "172 steps per minute"."""
    RISE = "rise"
    """A change "from A to B", read as the ratio B/A against two bands: "from 20 to 40 miles a week"."""


@dataclass(frozen=True)
class Measure:
    """A number a runner gives for something an observation asks about (``words.yaml`` measures)."""

    observation: str
    kind: MeasureKind
    names: tuple[tuple[str, ...], ...]
    """The canonical words of each name or unit, in order ("steps per minute")."""
    present: float
    """VALUE: the observation is stated below this; RISE: at or above this ratio."""
    absent: float
    """VALUE: stated absent at or above this; RISE: at or below this ratio. Between: no verdict."""
    plausible: tuple[float, float] = (0.0, math.inf)
    """A VALUE outside this range is some other number ("77" is a per-leg count)."""
    said_of: frozenset[str] = frozenset()
    """A bare number right after one of these words is a VALUE too: "my daughter is 12"."""
    said_of_between: frozenset[str] = frozenset()
    """Words that may stand between such a word and its number: "is", "who is", "just turned"."""
    not_before: frozenset[str] = frozenset()
    """Such a number followed by one of these is some other count: "she is 5 weeks postpartum"."""
    not_after_name: frozenset[str] = frozenset()
    """A name followed by one of these is of something else: "my 10 year old shoes"."""
    group_prefix: str = ""
    """A letter before a number names a group under it: "U13" is 12 at most."""
    past_after: frozenset[str] = frozenset()
    """A value said after one of these and then "was" or "were" is of the past, no reading: "I
    broke my ankle when I was 12", "running since I was 14" (test drive 32 read a 34-year-old
    still growing)."""

    @cached_property
    def firsts(self) -> frozenset[str]:
        """The first word of each name: a name is looked for only where one is said."""
        return frozenset(name[0] for name in self.names)


@dataclass(frozen=True)
class MeasureReading:
    """What a measure's number says in a clause."""

    measure: Measure
    present: bool | None
    positions: tuple[int, ...]
    """The clause positions of the name, the numbers and "from"/"to"."""
    said: str
    """The number as read and what it says: "178, at least 170", "150, under 160" (test drive 20:
    "52 (stated below 16, absent from 18)" read as if 52 had been said below 16)."""


SEE_A_DOCTOR = "see a doctor about it, and if it is severe or getting worse, call an emergency number now"
"""Whom to see about what Stridewise does not assess, unless words.yaml says otherwise."""


@dataclass(frozen=True)
class Lexicon:
    """The English around the observations, from ``words.yaml``."""

    rewrite: dict[str, tuple[str, ...]]
    """Texting forms and contractions rewritten first: ``cant`` -> ``can not``."""
    join: dict[tuple[str, str], str]
    """(word, form of the next word) read as one word: ("down", "hill") -> ``downhill``."""
    negation: frozenset[str]
    """Words that negate what follows them in the clause."""
    join_three: dict[tuple[str, str, str], str]
    """Three words read as one: ("not", "going", "away") -> ``persists`` (a symptom goes on: it is
    there, never denied), ("heart", "is", "racing") -> ``palpitations``. The first is matched by
    its form (any negation is "not"), the others as written."""
    none_before_symptom: frozenset[str]
    """Written right before a symptom, these mean none of it: "0 swelling", as notes write it."""
    none_after_symptom: frozenset[str]
    """Written right after a symptom, these mean none of it: "hurts nowhere"."""
    literal_in_phrases: frozenset[str]
    """Negation words that, inside a rule-pack phrase, are only themselves ("zero drop")."""
    gone_after: frozenset[str]
    """Words after an observation that say it is gone or normal."""
    gone_when_negated: frozenset[str]
    """Words after an observation that, negated, say it is gone: "(the pain) hasn't come back"."""
    came_back: frozenset[str]
    """... and not negated, after what the same sentence said was gone, say it is there again:
    "thought the tingling was gone but it's back"."""
    came_back_clear: frozenset[str]
    """... unless one of these (or of ``gone_after``) follows, a test's result: "the x-ray came back clean"."""
    hypothetical_with_if: frozenset[str]
    """With "if" in its clause, these make it a thing that has not happened: "if it swelled I'd stop"."""
    hypothetical_alone: frozenset[str]
    """... and these alone: "in case I get shin splints", "physio warned it might swell"."""
    outside_scope: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], frozenset[str],
                               tuple[tuple[str, tuple[str, ...]], ...]], ...]
    """What Stridewise does not assess: (label, whom to see, the words that name it, the words
    one of which makes a body part's mention an injury, the observations its words are not, the
    words it explains anywhere in the text, by the observation they are not), as written
    (advisor/inputs/outside.py)."""
    other_people: frozenset[str]
    """Canonical words of another person, a clause's subject: "my sister gets numb toes, I don't"."""
    first_person: frozenset[str]
    """The runner's own words after it: "I", "mine"."""
    reporting: frozenset[str]
    """Words of a clause that reports on the runner: "my partner says I overstride"."""
    not_me_fillers: frozenset[str]
    """The words a "not me" may have besides a negation or "fine": "I've never had one"."""
    no_longer: frozenset[str]
    """Words that put a clause in a past that is over: "my calves used to cramp"."""
    as_written: frozenset[str]
    """Real words the spelling matcher must never take for another ("site" is no "sit")."""
    steady: frozenset[str]
    """With one number of a measure of change, words that say it did not change ("held steady at 40 km")."""
    found_nothing_after: frozenset[str]
    """Words before a negation that ends a clause that make it a finding: "(pressed the bone and) felt nothing"."""
    pressing: frozenset[str]
    """Words for pressing a place to test it ("pressed", "squeezed"): no pain by themselves."""
    doer_verbs: frozenset[str]
    """After a negation and a word or two, these make it someone who did not act: "no physio could find ..."."""
    helping_verbs: frozenset[str]
    """After "nothing", these make it the doer: "nothing has helped my shin pain"."""
    episodes: frozenset[str]
    """Observation ids of episodes: "gone", "settled" after them do not deny that they happened."""
    fine_before: frozenset[str]
    """Words before a phrase whose symptom the clause leaves out that say it is fine ("I'm fine from the first step")."""
    aims: frozenset[str]
    """After a phrase and a negation, a goal or a concern denied: "a six pack isn't my goal"."""
    test_found: frozenset[str]
    any_thing: frozenset[str]
    """Words for any thing at all ("anything"): they count for nothing in how much of a clause
    an observation explains."""
    examiners: frozenset[str]
    """Who examined the runner and where ("physio", "clinic"): they count for nothing in how much
    of a clause an observation explains."""
    """Words that say a self-test found something."""
    test_fault_negated: frozenset[str]
    """With ``test_found``, words that negated say a self-test found nothing ("aren't hard")."""
    untried_after_negation: frozenset[str]
    """After a negation, for a self-test: not done, so no result ("haven't done the hop test")."""
    guessed: frozenset[str]
    """A guess before an observation's words leaves it unsure: "I thought it was my shoes"."""
    self_named: frozenset[str]
    correcting: frozenset[str]
    since_starts: frozenset[str]
    """After "since", words that start a clause of its own (a negation before stops there)."""
    elsewhere: frozenset[str]
    """After a place denied, words that put the pain elsewhere by its height ("it's lower")."""
    """Before an observation's words, words that correct what was said of it before: the later reading stands."""
    """A hedged guess at a name ("pretty sure I have runners knee"): what it reads present yields
    to a denial of the same observation elsewhere."""
    few_before_count: frozenset[str]
    """Right before a count below the median, the runner's verdict of few ("only 8")."""
    both_sides: frozenset[str]
    """With one number, words that give it to both sides ("15 each side")."""
    number_clause: frozenset[str]
    """Words a clause of only a number may have and still go on with the number before it
    ("70 seconds on the right but 30 on the left")."""
    unsure_after_negation: frozenset[str]
    hedges: frozenset[str]
    """Words that leave a red flag not known ("maybe a bit of night pain")."""
    now_compared: frozenset[str]
    """After "(never) used to", words that compare with now ("never used to be this hard")."""
    also_after_negation: frozenset[str]
    """Words that, right after a negation, make it "and more" ("doesn't just beat fast")."""
    exclusive_words: frozenset[str]
    """Words of an observation that is itself "only" or "one": those negations still deny it."""
    """After a negation, words that say the runner does not know ("not sure"): no verdict."""
    unchanged_after_negation: frozenset[str]
    """After a negation, words that say it has not eased ("no improvement in the swelling"):
    the negation is none of the observation's."""
    test_naming: frozenset[str]
    """Forms of the words that only name a self-test: matched by these alone, it is not judged."""
    answer_no: frozenset[str]
    answer_no_phrases: frozenset[str]
    """Whole answers of a few words that say no ("as if", "no chance")."""
    """A form's bare answer that says no ("Swelling - none", "Night pain? N")."""
    answer_yes: frozenset[str]
    """A form's bare answer that says yes ("Night pain? Y")."""
    answer_fine: frozenset[str]
    """Beside ``tail_fine``, words of a short answer that say fine ("Achilles? Quiet as a mouse")."""
    question_starts: frozenset[str]
    """First words of a sentence that asks: its question mark reaches every clause of it."""
    advice_asks: frozenset[str]
    """First words of a question asking for advice ("should I rest?"): it states nothing."""
    test_kinds: frozenset[str]
    """Of those, the words that say which test ("bridge", "thomas"): a clause of test-naming
    words with one of these is a heading, and the clause after it gives the result."""
    antonyms: dict[str, tuple[str, ...]]
    """A runner's word -> phrase words it is the opposite of ("strong" -> "weak"): matched, it states absent."""
    adverb_before: dict[str, frozenset[str]]
    """A word of ``normal_for`` before one of these is an adverb ("even in the last 5k")."""
    normal_for: dict[str, frozenset[str]]
    """A word of an observation's text -> words saying its opposite, a normal state ("weak" -> "strong")."""
    clause_breaks: frozenset[str]
    """Words that end a clause."""
    clause_starts: frozenset[str]
    """After "and"/"or", words that start a new clause."""
    or_goes_on: frozenset[str]
    subject_places: frozenset[str]
    """With body parts, the words of a clause that is only a subject ("the outer knee and ...")."""
    """Of those, verbs with no subject of their own: after "or" in a negated clause they go on
    with the negation ("never broken a bone or had a stress reaction")."""
    answer_only: frozenset[str]
    """A "no" that is only an answer ("nope"): it ends its clause."""
    inability: frozenset[str]
    """After "can't", what the pain stops the runner doing ("can't lie on my side"): the complaint."""
    during_a_run_denies: tuple[str, ...]
    """Observation ids a pain said to come during a run denies ("pain only after runs")."""
    pain_situations: dict[str, frozenset[str]]
    """Observations of when a pain comes, and the body parts' pains that stand inside their phrases."""
    situations_alone: tuple[frozenset[str], frozenset[str], frozenset[str]]
    """Situations (observation ids), places' pains, and words of running (or "even", "all"): a
    clause that denies a situation and says none of those denies no place's pain ("my knee
    doesn't hurt at rest")."""
    during_words: frozenset[str]
    """Words that, up to two words before a run word, say during it ("during the run")."""
    runner_sex: str
    """The observation the sex of the runner another person writes for states (whose.py)."""
    fever_with_swelling: tuple[str, str, frozenset[str], frozenset[str]]
    """(the red flag, the swelling, words of a fever, words of a temperature that need "a" or
    "high" before them): a fever said in a text that reads the swelling states the red flag."""
    part_swelling: tuple[str, dict[str, str]]
    mild_not_sharp: tuple[frozenset[str], frozenset[str], frozenset[str]]
    """Observations of a sharp pain, words of a mild one, words of a sharp one: a mild word alone
    leaves such a sign not sure ("hopping is a bit sore")."""
    """The swelling observation, and body parts (canon) whose sentence makes it their red flag."""
    other_places: dict[str, tuple[str, frozenset[str]]]
    """An observation of a pain at one place -> the same pain's other place, and the words that
    name that other place when it is denied beside it (places.py)."""
    people: dict[str, tuple[str, bool]]
    """Words for a person, and their possessive as tokens write it ("daughters" for "daughter's"):
    the person, and whether the word names her a woman or girl ("my daughter", "my wife") or him a
    man or boy ("my son", "one of my lads"); words.yaml ``female_people`` and ``male_people``."""
    writing_for: frozenset[str]
    """Words of a clause that says the writer asks for another: "asking for my wife"."""
    pain_times: frozenset[str]
    """When a pain comes, said alone: a form's label ("At rest? No", "Nights: fine") or what is
    said to be no problem ("nights are no problem") denies that pain."""
    while_words: frozenset[str]
    """The same, up to three words before ("while I'm running")."""
    situation_words: frozenset[str]
    """Words after a negation that make it negate a time, not name an inability ("nor when lying")."""
    situation_skip: frozenset[str]
    """Words that may come between that negation and them ("not even when")."""
    history: frozenset[str]
    """Words that put a finding in the past ("ago", "previously", "had", "never")."""
    last_long_ago: frozenset[str]
    """After "last", words of a past that is over ("last year"; not "last week")."""
    onset_words: frozenset[str]
    """Near an observation, words that make such a past its start or end, a state that holds
    since: "my periods stopped last autumn"."""
    history_labels: frozenset[tuple[str, str]]
    """Two words that head a list of past injuries: "previous injuries:", "injury history:"."""
    places: frozenset[str]
    """Words of a place on the body: "behind", "outside" ("nothing behind the kneecap")."""
    history_headings: frozenset[str]
    """One word that heads a list of past injuries from the start of its clause: "History:"."""
    history_list_ends: frozenset[str]
    """After such a label, a clause with one of these is of now, and ends the list: "Previous
    injuries: calf strain, now knee pain on stairs"."""
    recent: frozenset[str]
    """Before "ago", words that make it now, not history: "pulled my calf 2 days ago"."""
    history_at_end: frozenset[str]
    """The same, only with nothing meaningful after them: "... a calf before" (not "before the race")."""
    complaint_verbs: frozenset[str]
    """Between a negation and a general word, transparent: "never given me any grief"."""
    complaint_words: frozenset[str]
    """General words for what is wrong ("problems", "bother"): after a negation, in a clause that
    names a body part, they stand for its pain ("no problems with my knees")."""
    symptom_words: frozenset[str]
    pain_reactions: frozenset[str]
    """What a pain makes a runner do ("jumping"): after "can't ... without", the pain itself."""
    ruled_out_by_words: dict[str, frozenset[str]]
    """Observation id -> words that, said in a clause and not negated, rule its presence out there."""
    own_findings: frozenset[str]
    """Things seen or felt that are no pain ("bruising"): a clause that denies one borrows no
    body part's pain from the clause before."""
    other_parts: frozenset[str]
    """Body parts that are no site word: a clause naming one borrows no body part."""
    """A phrase with one of these (canonical "pain", "swell") states nothing in a text without one."""
    key_sites: frozenset[str]
    """Of those, the ones a red flag's phrase is never read present without ("bone", "chest")."""
    present_key_sites: frozenset[str]
    """The same, for a red flag's phrase read present only ("knee")."""
    bone_spot: tuple[frozenset[str], frozenset[str]]
    """Body parts of a bone, and words of one spot: said together, the text says the bone."""
    unsure_beside_denial: dict[str, str]
    """A red flag read present beside the denial of the other (the value) is not sure."""
    said_in_the_text: dict[str, frozenset[str]]
    """Red flags read present only when the text has one of these words (as written) somewhere."""
    red_flag_qualifiers: frozenset[str]
    """Words that make a complaint a red flag ("worse", "severe"): never read present without them."""
    fault_words: frozenset[str]
    """Words that say the fault ("lose", "fade"): a phrase with one is never read present without it."""
    pain_qualities: frozenset[str]
    """Words of what a pain is like ("sharp"): alone they name no body part."""
    any_position: frozenset[str]
    lying_on_it: frozenset[str]
    """With ``waking``, words that put the waking on lying on it (the night pain yields to them)."""
    waking: frozenset[str]
    """Words that say a pain is there in any position ("whatever side I lie on"): see ``yields_to``."""
    told_in_past: frozenset[str]
    """Words that tell a clause in the past ("was", "ago"): a later clause of the sentence that
    says it is gone now ("settled now") outweighs it."""
    gone_now: frozenset[str]
    """Beside ``gone_after``, words that say a thing has gone ("settled", "down")."""
    gone_partly: frozenset[str]
    """Words that make a gone-now only partly gone: "it has gone down a bit"."""
    gone_right_after: frozenset[str]
    """Right after an observation's words, these say it is over: "the night aching stopped"."""
    gone_right_after_skip: frozenset[str]
    """Words that may stand between the observation and ``gone_right_after`` ("has", "finally")."""
    searched_for: frozenset[str]
    """After one of these, what a clause names was searched for, not found ("looking for")."""
    tail_fine: frozenset[str]
    """Words that, after a subject of their own at the end of an unpunctuated stretch, say that
    subject is fine: "chest tight on hills legs fine" (see ``tail_subjects``)."""
    tail_subjects: frozenset[str]
    """Words (beside the body parts) that start such a subject: "walking ok", "everything else good"."""
    tail_complaints: frozenset[str]
    """Beside the symptom words, words of a complaint a tail may follow."""
    tail_object_of: frozenset[str]
    """Words that make the subject after them an object, not a tail ("moving my toes is fine")."""
    site_words: frozenset[str]
    """A phrase naming one of these body parts states nothing when all it matched is a symptom or a vague word."""
    part_words: frozenset[str]
    """Parts of a body part, put against another place of it ("not up in the tendon, ... the heel bone")."""
    vague_words: frozenset[str]
    """Words that place nothing ("run"): with a symptom word alone they name no body part."""
    measures: tuple[Measure, ...]
    """Numbers read against an observation's bands (step rate, a rise in mileage)."""
    contrary: dict[str, frozenset[str]]
    """A phrase with the word never matches a clause with one of these ("after" -> "during")."""
    needs: dict[str, frozenset[str]]
    """A phrase with the word matches only a clause with one of these ("after": "after", "afterwards")."""
    contrary_place: dict[str, frozenset[str]]
    """The same for a place the observation's own text names, next to the same landmark: "under
    the heel" is ruled out by "above ... heel", not by "below the calf"."""
    stopwords: frozenset[str]
    """Words that carry no meaning for matching."""
    same: dict[str, str]
    """Word (and its stem) -> the form of its group."""
    join_firsts: frozenset[str]
    """The first words of ``join`` (most words are none: their join is never looked up)."""
    join_three_middles: frozenset[str]
    """The middle words of ``join_three``, likewise."""
    history_label_firsts: frozenset[str]
    """The first words of ``history_labels``, likewise (``history_label``)."""
    stem: Callable[[str], str] = field(compare=False, repr=False)
    """The stemmer."""

    def in_history(self, clause: list["Token"], long_ago: bool | None = None) -> bool:
        """Whether a clause speaks of the past: "i pulled a calf two years ago", "never had a
        calf strain before"; not "I've had a pulled calf since Sunday": since a recent time is now).
        ``long_ago``: the clause's ``long_ago``, when the caller has it already."""
        words = {t.word for t in clause}   # (most clauses have none of the words looked for below)
        if "since" in words and any(t.word == "since" and any(u.word in self.recent for u in clause[n + 1:n + 4])
                                    for n, t in enumerate(clause)):
            return False
        over = self.long_ago(clause) if long_ago is None else long_ago
        if words.isdisjoint(self.history) and words.isdisjoint(self.history_at_end):
            return over
        return over or any((t.word in self.history and not (t.word == "ago" and any(
                        u.word in self.recent for u in clause[max(0, n - 2):n])))
                   or (t.word in self.history_at_end and all(u.stop for u in clause[n + 1:]))
                   for n, t in enumerate(clause))

    def long_ago(self, clause: list["Token"]) -> bool:
        """Whether a clause speaks of a past that is over: "used to", "last year" ("ever since
        last year", "harder than it used to" and "can't hold my wee like I used to" speak of now), or
        heads a list of past injuries."""
        if bool(self.history_label(clause)):
            return True
        # (a past starts only at one of these words: the rest are not looked at, and most
        # clauses have none)
        return any(self._past_starts(clause, n) for n, t in enumerate(clause)
                   if t.word in self.no_longer or t.word in _STARTS_A_PAST or t.word[:1].isdigit())

    def _past_starts(self, clause: list["Token"], n: int) -> bool:
        """Whether a past that is over starts at ``clause[n]`` (``long_ago``)."""
        t = clause[n]
        # (the last test: "hills never used to be this hard" speaks of now, set 41)
        return (t.word in self.no_longer or (t.word == "last" and n + 1 < len(clause)
                                             and clause[n + 1].word in self.last_long_ago) or _a_past_year(t.word)
                or _a_past_age(clause, n) or _years_ago(clause, n) or _when_young(clause, n) or _in_a_past_season(clause, n)
                or (_at_school_then(clause, n) and not any(
                    u.word in self.recent or u.word in ("today", "tonight") for u in clause))) \
            and not any(u.word in ("than", "since", "from", "like", "as") for u in clause[max(0, n - 2):n]) \
            and not (t.word == "usedto" and any(u.word in self.now_compared for u in clause[n + 1:n + 4]))

    def history_label(self, clause: list["Token"]) -> list["Token"]:
        """The two words of a clause that head a list of past injuries ("Previous injuries:"),
        or a heading word that starts the clause ("History:"), or none."""
        if clause and clause[0].word in self.history_headings:
            return clause[:1]
        if not any(t.word in self.history_label_firsts for t in clause):
            return []
        return next((clause[n:n + 2] for n in range(len(clause) - 1)
                     if (clause[n].word, clause[n + 1].word) in self.history_labels), [])

    def negates_a_time(self, clause: list["Token"], n: int, end: int | None = None) -> bool:
        """Whether the negation at ``n`` negates a time, its next word (up to ``end``, past
        "even", "just") saying when: "nor when lying on either side", "not even while running"."""
        after = next((t for t in clause[n + 1:end] if t.word not in self.situation_skip), None)
        return after is not None and after.word in self.situation_words

    def canon(self, word: str) -> str:
        """The form a word is matched on."""
        if word in self.negation:
            return NOT
        if word in self.same:
            return self.same[word]
        stemmed = self.stem(word)
        return self.same.get(stemmed, stemmed)


def _stemmer(name: str) -> Callable[[str], str]:
    """``pystemmer`` (Snowball in C), ``snowball`` (the same algorithm in pure Python), or
    ``suffix`` (a crude plural/tense stripper, no dependency). tools/phrase_eval compares them."""
    if name == "pystemmer":
        import Stemmer
        return lru_cache(maxsize=None)(Stemmer.Stemmer("english").stemWord)
    if name == "snowball":
        from snowballstemmer.english_stemmer import EnglishStemmer
        return lru_cache(maxsize=None)(EnglishStemmer().stemWord)
    if name == "suffix":
        def strip(word: str) -> str:
            for suffix in ("ing", "ies", "es", "ed", "s"):
                if len(word) > len(suffix) + 2 and word.endswith(suffix):
                    return word[: -len(suffix)]
            return word
        return strip
    raise ValueError(f"unknown stemmer {name!r}")


def _people(female: list, male: list) -> dict[str, tuple[str, bool]]:
    """``Lexicon.people``: each person word, and its possessive with the apostrophe dropped."""
    named = {str(w): (str(w), True) for w in female} | {str(w): (str(w), False) for w in male}
    return {**{word + "s": said for word, said in named.items()}, **named}


@lru_cache(maxsize=4)
def lexicon(stemmer: str = "pystemmer") -> Lexicon:
    """``words.yaml``, read once per process (it ships with the package, like the schemas)."""
    import yaml
    from importlib.resources import files
    data = yaml.load(files("advisor.knowledge").joinpath("words.yaml").read_text(encoding="utf-8"),
                     Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    stem = _stemmer(stemmer)
    same: dict[str, str] = {}
    for group in data["same"]:
        head = str(group[0])
        for word in group:
            same.setdefault(str(word), head)
            same.setdefault(stem(str(word)), head)

    def canon_of(word: str) -> str:
        return same.get(word) or same.get(stem(word), stem(word))

    # keyed by the second word's canonical form, and as written (a negation's canonical
    # form is the negation itself: "not deny")
    join = {**{(str(k).split()[0], str(k).split()[1]): str(v) for k, v in data["join"].items()},
            **{(str(k).split()[0], canon_of(str(k).split()[1])): str(v) for k, v in data["join"].items()}}
    join_three = {(canon_of(str(k).split()[0]), *str(k).split()[1:]): str(v) for k, v in data["join_three"].items()}
    lex = Lexicon(
        rewrite={str(k): tuple(str(v).split()) for k, v in data["rewrite"].items()},
        join=join,
        negation=frozenset(map(str, data["negation"])),
        join_three=join_three,
        none_before_symptom=frozenset(map(str, data["none_before_symptom"])),
        none_after_symptom=frozenset(map(str, data["none_after_symptom"])),
        literal_in_phrases=frozenset(map(str, data["literal_in_phrases"])),
        gone_after=frozenset(map(str, data["gone_after"])),
        gone_when_negated=frozenset(map(str, data["gone_when_negated"])),
        came_back=frozenset(map(str, data["came_back"])),
        came_back_clear=frozenset(map(str, data["came_back_clear"])),
        hypothetical_with_if=frozenset(map(str, data["hypothetical_with_if"])),
        hypothetical_alone=frozenset(map(str, data["hypothetical_alone"])),
        outside_scope=tuple((str(t["label"]), str(t.get("see", SEE_A_DOCTOR)), tuple(map(str, t["words"])),
                             tuple(map(str, t.get("injury", ()))), frozenset(map(str, t.get("instead_of", ()))),
                             tuple((str(k), tuple(map(str, v))) for k, v in (t.get("explains") or {}).items()))
                            for t in data["outside_scope"]),
        other_people=frozenset(canon_of(str(w)) for w in data["other_people"]),
        first_person=frozenset(map(str, data["first_person"])),
        reporting=frozenset(map(str, data["reporting"])),
        not_me_fillers=frozenset(map(str, data["not_me_fillers"])),
        no_longer=frozenset(map(str, data["no_longer"])),
        as_written=frozenset(map(str, data["as_written"])),
        steady=frozenset(map(str, data["steady"])),
        fine_before=frozenset(map(str, data["fine_before"])),
        episodes=frozenset(map(str, data["episodes"])),
        helping_verbs=frozenset(map(str, data["helping_verbs"])),
        doer_verbs=frozenset(map(str, data["doer_verbs"])),
        pressing=frozenset(map(str, data["pressing"])),
        found_nothing_after=frozenset(map(str, data["found_nothing_after"])),
        aims=frozenset(map(str, data["aims"])),
        test_found=frozenset(map(str, data["test_found"])),
        examiners=frozenset(map(str, data["examiners"])),
        any_thing=frozenset(map(str, data["any_thing"])),
        few_before_count=frozenset(map(str, data["few_before_count"])),
        untried_after_negation=frozenset(map(str, data["untried_after_negation"])),
        guessed=frozenset(map(str, data["guessed"])),
        self_named=frozenset(map(str, data["self_named"])),
        correcting=frozenset(map(str, data["correcting"])),
        since_starts=frozenset(map(str, data["since_starts"])),
        elsewhere=frozenset(map(str, data["elsewhere"])),
        test_fault_negated=frozenset(map(str, data["test_fault_negated"])) | frozenset(map(str, data["test_found"])),
        both_sides=frozenset(map(str, data["both_sides"])),
        number_clause=frozenset(map(str, data["number_clause"])),
        adverb_before={str(k): frozenset(map(str, v)) for k, v in data["adverb_before"].items()},
        normal_for={str(k): frozenset(map(str, v)) for k, v in data["normal_for"].items()},
        antonyms={str(k): tuple(map(str, v)) for k, v in data["antonyms"].items()},
        test_naming=frozenset(canon_of(str(w)) for w in data["test_naming"]),
        test_kinds=frozenset(canon_of(str(w)) for w in data["test_kinds"]),
        answer_no=frozenset(map(str, data["answer_no"])),
        answer_no_phrases=frozenset(map(str, data["answer_no_phrases"])),
        answer_yes=frozenset(map(str, data["answer_yes"])),
        answer_fine=frozenset(map(str, data["answer_fine"])),
        question_starts=frozenset(map(str, data["question_starts"])),
        advice_asks=frozenset(map(str, data["advice_asks"])),
        unsure_after_negation=frozenset(map(str, data["unsure_after_negation"])),
        hedges=frozenset(map(str, data["hedges"])),
        now_compared=frozenset(map(str, data["now_compared"])),
        also_after_negation=frozenset(map(str, data["also_after_negation"])),
        exclusive_words=frozenset(canon_of(str(w)) for w in data["exclusive_words"]),
        unchanged_after_negation=frozenset(map(str, data["unchanged_after_negation"])),
        clause_breaks=frozenset(map(str, data["clause_breaks"])),
        clause_starts=frozenset(map(str, data["clause_starts"])),
        or_goes_on=frozenset(map(str, data["or_goes_on"])),
        subject_places=frozenset(map(str, data["subject_places"])),
        answer_only=frozenset(map(str, data["answer_only"])),
        inability=frozenset(canon_of(str(w)) for w in data["inability"]),
        during_a_run_denies=tuple(map(str, data["during_a_run_denies"])),
        pain_situations={str(k): frozenset(map(str, v)) for k, v in data["pain_situations"].items()},
        situations_alone=(frozenset(map(str, data["situations_alone"]["situations"])),
                          frozenset(map(str, data["situations_alone"]["places"])),
                          frozenset(canon_of(str(w)) for w in data["situations_alone"]["running"])),
        during_words=frozenset(map(str, data["during_words"])),
        runner_sex=str(data["runner_sex"]),
        fever_with_swelling=(str(data["fever_with_swelling"]["red_flag"]), str(data["fever_with_swelling"]["swelling"]),
                             frozenset(map(str, data["fever_with_swelling"]["fever"])),
                             frozenset(map(str, data["fever_with_swelling"]["temperature"]))),
        mild_not_sharp=(frozenset(map(str, data["mild_not_sharp"]["observations"])),
                        frozenset(map(str, data["mild_not_sharp"]["mild"])),
                        frozenset(map(str, data["mild_not_sharp"]["sharp"]))),
        part_swelling=(str(data["part_swelling"]["swelling"]),
                       {canon_of(str(k)): str(v) for k, v in data["part_swelling"].items() if k != "swelling"}),
        other_places={str(k): (str(v["other"]), frozenset(canon_of(str(w)) for w in v["words"]))
                      for k, v in data["other_places"].items()},
        people=_people(data["female_people"], data["male_people"]),
        writing_for=frozenset(map(str, data["writing_for"])),
        pain_times=frozenset(map(str, data["pain_times"])),
        while_words=frozenset(map(str, data["while_words"])),
        situation_words=frozenset(map(str, data["situation_words"])),
        situation_skip=frozenset(map(str, data["situation_skip"])),
        history=frozenset(map(str, data["history"])),
        last_long_ago=frozenset(map(str, data["last_long_ago"])),
        onset_words=frozenset(map(str, data["onset_words"])),
        history_labels=frozenset(tuple(str(label).split()) for label in data["history_labels"]),
        history_list_ends=frozenset(map(str, data["history_list_ends"])),
        history_headings=frozenset(map(str, data["history_headings"])),
        places=frozenset(map(str, data["places"])),
        history_at_end=frozenset(map(str, data["history_at_end"])),
        recent=frozenset(map(str, data["recent"])),
        complaint_words=frozenset(map(str, data["complaint_words"])),
        complaint_verbs=frozenset(map(str, data["complaint_verbs"])),
        symptom_words=frozenset(canon_of(str(w)) for w in data["symptom_words"]),
        pain_reactions=frozenset(map(str, data["pain_reactions"])),
        own_findings=frozenset(map(str, data["own_findings"])),
        ruled_out_by_words={str(k): frozenset(map(str, v)) for k, v in data["ruled_out_by_words"].items()},
        other_parts=frozenset(map(str, data["other_parts"])),
        site_words=frozenset(canon_of(str(w)) for w in data["site_words"]),
        part_words=frozenset(canon_of(str(w)) for w in data["part_words"]),
        key_sites=frozenset(canon_of(str(w)) for w in data["key_sites"]),
        present_key_sites=frozenset(canon_of(str(w)) for w in data["present_key_sites"]),
        bone_spot=(frozenset(canon_of(str(w)) for w in data["bone_spot"]["parts"]),
                   frozenset(canon_of(str(w)) for w in data["bone_spot"]["spots"])),
        said_in_the_text={str(k): frozenset(map(str, v)) for k, v in data["said_in_the_text"].items()},
        unsure_beside_denial={str(k): str(v) for k, v in data["unsure_beside_denial"].items()},
        red_flag_qualifiers=frozenset(canon_of(str(w)) for w in data["red_flag_qualifiers"]),
        fault_words=frozenset(canon_of(str(w)) for w in data["fault_words"]),
        pain_qualities=frozenset(canon_of(str(w)) for w in data["pain_qualities"]),
        any_position=frozenset(canon_of(str(w)) for w in data["any_position"]),
        lying_on_it=frozenset(canon_of(str(w)) for w in data["lying_on_it"]),
        waking=frozenset(canon_of(str(w)) for w in data["waking"]),
        told_in_past=frozenset(map(str, data["told_in_past"])),
        gone_now=frozenset(map(str, data["gone_now"])),
        gone_partly=frozenset(map(str, data["gone_partly"])),
        gone_right_after=frozenset(map(str, data["gone_right_after"])),
        searched_for=frozenset(map(str, data["searched_for"])),
        gone_right_after_skip=frozenset(map(str, data["gone_right_after_skip"])),
        tail_fine=frozenset(map(str, data["tail_fine"])),
        tail_subjects=frozenset(canon_of(str(w)) for w in data["tail_subjects"]),
        tail_complaints=frozenset(canon_of(str(w)) for w in data["tail_complaints"]),
        tail_object_of=frozenset(map(str, data["tail_object_of"])),
        vague_words=frozenset(canon_of(str(w)) for w in data["vague_words"]),
        measures=(),
        contrary={str(k): frozenset(map(str, v)) for k, v in data["contrary"].items()},
        contrary_place={str(k): frozenset(map(str, v)) for k, v in data["contrary_place"].items()},
        needs={str(k): frozenset(map(str, v)) for k, v in data["needs"].items()},
        stopwords=frozenset(map(str, data["stopwords"])),
        same=same,
        join_firsts=frozenset(first for first, _ in join),
        join_three_middles=frozenset(middle for _, middle, _ in join_three),
        history_label_firsts=frozenset(str(label).split()[0] for label in data["history_labels"]),
        stem=stem,
    )
    # A measure's names are matched as the clause's words are: read them with the lexicon
    return replace(lex, measures=tuple(_measure(m, lex) for m in data["measures"]))


def _measure(data: dict, lex: Lexicon) -> Measure:
    kind = MeasureKind(data["kind"])
    names = []
    for name in data["names"]:
        toks = tokens(str(name), lex)
        names.append(tuple(t.canon for t in toks if not t.stop) or tuple(t.canon for t in toks))
    if kind is MeasureKind.VALUE:
        present, absent = float(data["present_below"]), float(data["absent_from"])
    else:
        present, absent = float(data["present_from"]), float(data["absent_upto"])
    plausible = tuple(float(v) for v in data.get("plausible", (0, math.inf)))

    def canons(key: str) -> frozenset[str]:
        return frozenset(lex.canon(str(w)) for w in data.get(key, ()))
    return Measure(str(data["observation"]), kind, tuple(names), present, absent, plausible,
                   canons("said_of"), canons("said_of_between"), canons("not_before"), canons("not_after_name"),
                   str(data.get("group_prefix", "")), frozenset(map(str, data.get("past_after", ()))))


_NUMBER = re.compile(r"(\d+)([a-z]*)")
_TOO_LONG = 10 ** 6
"""Any longer run of digits is read as this (int() refuses thousands of digits): out of every range."""


def _number(token: Token) -> tuple[int, str] | None:
    """The number a word gives and what is written right after it: "35k" is (35, "k")."""
    m = _NUMBER.fullmatch(token.word) if token.word[:1].isdigit() else None   # (most words are none: no pattern tried)
    if not m:
        return None
    digits = m.group(1)
    return (int(digits) if len(digits) <= 6 else _TOO_LONG), m.group(2)


def _name_at(clause: list[Token], start: int, name: tuple[str, ...]) -> tuple[int, ...] | None:
    """Positions of ``name`` starting at ``start``, its words in order with only stopwords between."""
    if clause[start].canon != name[0]:
        return None
    at = [start]
    for word in name[1:]:
        q = at[-1] + 1
        while q < len(clause) and clause[q].stop and clause[q].canon != word:
            q += 1
        if q >= len(clause) or clause[q].canon != word:
            return None
        at.append(q)
    return tuple(at)


def _read_as(word: str, lex: Lexicon) -> str:
    """The form of a word as a name of a measure is read ("yr" is "year")."""
    return next((t.canon for t in tokens(word, lex)), "")


def _of_persons(word: Token) -> bool:
    """A name's last word with an "s" its form lacks, a possessive or a plural: "my
    13-year-old's knee" is a child's ("my 10 year old knee injury" is an old injury's)."""
    return word.word.endswith("s") and not word.canon.endswith("s")


def _said_of(clause: list[Token], measure: Measure, numbers: list[tuple[int, int, str]]) -> list[tuple[int, ...]]:
    """Where a bare number is said of one of ``measure.said_of``: "my daughter is 12", "teenage
    son, 14", "my kid (11)", "I'm 15"; never "she is 5 weeks postpartum" or "I'm 10k in"."""
    found = []
    for p, _, unit in numbers:
        if unit or (p + 1 < len(clause) and clause[p + 1].canon in measure.not_before):
            continue
        q = p - 1
        while q >= 0 and p - q <= 3 and clause[q].canon in measure.said_of_between:
            q -= 1
        if q >= 0 and clause[q].canon in measure.said_of:
            found.append((p,))   # the number alone: "female, 28" still says female
    return found


def _of_the_past(clause: list[Token], p: int, measure: Measure) -> bool:
    """Whether the number at ``p`` comes after "when"/"since" ... "was": "when I was 12"; or
    "was" before it, "when" after: "I was 12 when I started"."""
    before = [t.word for t in clause[max(0, p - 5):p]]
    if before and before[-1] in _WAS and p + 1 < len(clause) and clause[p + 1].word in measure.past_after:
        return True
    return any(w in measure.past_after and any(v in _WAS for v in before[n + 1:]) for n, w in enumerate(before))


_WAS = frozenset({"was", "were"})


def _groups(clause: list[Token], measure: Measure) -> list[tuple[int, int, str]]:
    """The age groups of a clause as the oldest age in them: "U13" is (p, 12, "")."""
    prefix = measure.group_prefix
    if not prefix:
        return []
    return [(p, int(t.word[len(prefix):]) - 1, "") for p, t in enumerate(clause)
            if t.word.startswith(prefix) and t.word[len(prefix):].isdigit() and len(t.word) <= len(prefix) + 3]


def _fault_denied(clause: list[Token], lex: Lexicon) -> bool:
    """Whether a negation of the clause denies a fault by name, little words between: "180, so
    def not low" agrees with a normal value (set 32), where "my cadence isn't 180" does not."""
    return any(t.canon == NOT and (after := next((u for u in clause[n + 1:] if not u.stop), None)) is not None
               and after.word in lex.test_fault_negated for n, t in enumerate(clause))


_A_CEILING = frozenset({"above", "over", "past", "beyond", "higher", "faster"})
"""Right before a number under a negation, these make it a most: "can't get it above 150"."""


def read_measures(clause: list[Token], lex: Lexicon) -> list[MeasureReading]:
    """What the numbers of a clause say about the measures of ``words.yaml``. A negation denies
    a value that states the observation ("my cadence isn't 150 any more") and leaves any other
    without a verdict ("my cadence isn't 180": what is it?); a negated change says nothing sure."""
    numbers = [(p, *n) for p, t in enumerate(clause) if (n := _number(t))]
    # (a rise may be said in words: "from running twice a week on her own to 5 sessions", test
    # drive 39; only a rise: "one spot", "she is one of the fastest" are no value)
    counted = sorted(numbers + [(p, _COUNT_WORDS[t.word], "") for p, t in enumerate(clause) if t.word in _COUNT_WORDS])
    grouped = {m.observation: _groups(clause, m) for m in lex.measures if m.group_prefix}
    if not counted and not any(grouped.values()):
        return []
    out: list[MeasureReading] = []
    for measure in lex.measures:
        groups = grouped.get(measure.observation, [])
        if not (counted if measure.kind is MeasureKind.RISE else numbers) and not groups:
            continue
        named = [at for p in range(len(clause)) if clause[p].canon in measure.firsts
                 for name in measure.names if (at := _name_at(clause, p, name))
                 and not (at[-1] + 1 < len(clause) and clause[at[-1] + 1].canon in measure.not_after_name
                          and not _of_persons(clause[at[-1]]))]
        units = {name[0] for name in measure.names if len(name) == 1}
        named += [(p,) for p, _, unit in numbers if unit and lex.canon(unit) in units]
        # a name whose first word is glued to the number: "my 12yr old", "a 14yrs old"
        # (the unit read once, not once per name)
        named += [(p, *at) for p, _, unit in numbers if unit and p + 1 < len(clause) for unit_as in (_read_as(unit, lex),)
                  for name in measure.names if len(name) > 1 and name[0] == unit_as and (at := _name_at(clause, p + 1, name[1:]))]
        named += _said_of(clause, measure, numbers) + [(p,) for p, _, _ in groups]
        if not named:
            continue
        where = {p for at in named for p in at}
        if measure.kind is MeasureKind.VALUE:
            low, high = measure.plausible
            # (not a number of something else: "I was 12 when I started, now 40 miles a week")
            fits = [(p, v) for p, v, unit in numbers + groups if low <= v <= high and not (
                not unit and p + 1 < len(clause) and clause[p + 1].canon in measure.not_before)]
            past = [f for f in fits if _of_the_past(clause, f[0], measure)]
            if past and len(past) == len(fits):
                continue   # "when I was 12": no reading of now
            fits = [f for f in fits if f not in past]
            if not fits:
                # named with a number that is not one ("77 steps per minute" counts one leg): no verdict
                out.append(MeasureReading(measure, None, tuple(sorted(where)), "no plausible value"))
                continue
            # the number nearest a name: "on my 10k run my cadence was 168"
            p, value = min(fits, key=lambda f: min(abs(f[0] - q) for q in where))
            # negated, a low value is denied ("no longer 150 steps a minute"); a normal one says nothing sure
            # (a negation of the value's own words, from just before its name to its number: "my son
            # is 12 and never complains" denies no age, test drive 31 read a 12-year-old grown)
            around = sorted(where | {p})
            negated = any(t.canon == NOT for t in clause[max(0, around[0] - 3):around[-1] + 1])
            low, normal = value < measure.present, value >= measure.absent
            if negated and low and any(t.word in _A_CEILING for t in clause[max(0, p - 2):p]):
                # "can't get my cadence above 150": at most 150, low (set 39 read it denied)
                out.append(MeasureReading(measure, True, tuple(sorted(where | {p})), f"{value:g} at most, under {measure.present:g}"))
                continue
            verdict = (False if low or (normal and _fault_denied(clause, lex)) else None) if negated \
                else True if low else False if normal else None
            said = (f"{value:g}, said with a negation" if negated and (verdict is not False or low) else f"{value:g}, under {measure.present:g}" if low
                    else f"{value:g}, at least {measure.absent:g}" if normal
                    else f"{value:g}, between {measure.present:g} and {measure.absent:g}: no verdict")
            if verdict and any(t.word in lex.gone_after for t in clause):
                verdict = None   # "my cadence of 150 is fine": the number says low, the runner says fine
                said = f"{value:g}, said to be fine"
            out.append(MeasureReading(measure, verdict, tuple(sorted(where | {p})), said))
        else:
            negated = any(t.canon == NOT for t in clause)
            rise = _from_to(clause, counted)
            # one number of it, said to be steady: "mileage has sat at 40k a week all year",
            # "I've held steady at 40 km a week" (not negated: "not the same as last month")
            # (not "flat" of the ground: "hills twice a week now where I used to do flat road only")
            # (nor "a steady 8k", "steady runs", "steady pace": a run's effort, test drive 53)
            # (nor "in the same month", "at the same time": all at once, test drive 58 read "added two
            # speed sessions a week and hill repeats in the same month" as no rise)
            steady = [p for p, t in enumerate(clause) if t.word in lex.steady and not (
                p + 1 < len(clause) and ((t.word == "flat" and clause[p + 1].word in _FLAT_GROUND) or (
                    t.word == "steady" and ((p and clause[p - 1].word in ("a", "an")) or clause[p + 1].word in _A_STEADY_RUN))
                    or _at_once(clause, p)))]
            if rise is None and steady and not negated:
                def gap(p: int) -> int:
                    return min(abs(p - q) for q in where)
                p = min((p for p, _, _ in counted), key=gap)
                if gap(p) <= 2:
                    out.append(MeasureReading(measure, False, tuple(sorted(where | {p, steady[0]})),
                                              f"{clause[p].word}, said to be steady"))
                continue
            # the name next to the change: "from 20 to 40 miles", "weekly miles went up from 10
            # to 25"; "pain went from 3 to 6 on my runs this week" names no distance near it
            if rise is None or not any(rise[1][0] - 4 <= q <= rise[1][-1] + 3 for q in where):
                continue
            (a, b), at = rise
            ratio = b / a
            verdict = None if negated else True if ratio >= measure.present else False if ratio <= measure.absent else None
            said = f"{a} -> {b} is x{ratio:.2f} (stated from x{measure.present:g}, absent up to x{measure.absent:g})"
            out.append(MeasureReading(measure, verdict, tuple(sorted(where | set(at))), said))
    return out


def _last_against_before(weeks: list[int]) -> tuple[int, int]:
    """(the mean of the weeks before the last, the last): the change a list of weeks says."""
    before = weeks[:-1]
    return round(sum(before) / len(before)), weeks[-1]


_COMPARED_WITH = frozenset({"vs", "versus", "averaged", "average", "avg", "usually", "normally", "typically"})
"""Between a week's number and the one it is compared with: "52km this week vs 31km", "ran 70
miles last week, usually 40" (note 27)."""
_UNIT_WORDS = frozenset({"km", "kms", "k", "mi", "miles", "mile", "kilometres", "kilometers"})
"""Between the numbers of a list of weekly distances: "22 km, 24 km, 38 km"."""
_COUNT_WORDS = {"once": 1, "twice": 2, "thrice": 3, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10}
"""How often or how many, in words, for a rise said "from A to B"."""
_RISE_WORDS = frozenset({"up", "upped", "increased", "increase", "raised", "jumped", "bumped", "went", "gone", "doubled"})
"""Words before "A to B" that say it was a rise (or a change) of A to B."""
THEN = frozenset({"was", "were", "used", "usedto", "previously", "before"})
"""Before the number a runner did then, to be compared with the one said "now"."""
_PER_WEEK_NEXT = frozenset({"miles", "mile", "mi", "km", "kms", "k", "kilometres", "kilometers", "days", "times",
                            "sessions", "runs", "mpw", "hours", "hrs"})
"""After a bare number, the words that make it a distance or a count of runs."""


_AT_ONCE = (frozenset({"in", "at", "within", "during", "over"}), frozenset({"month", "week", "time", "fortnight", "block"}))
"""Before and after "the same", words of one span of time: "in the same month" is all at once."""


def _at_once(clause: list[Token], p: int) -> bool:
    """Whether "same" at ``p`` is said of one span of time ("in the same month", "at the same time")."""
    before, spans = _AT_ONCE
    return (clause[p].word == "same" and p >= 2 and clause[p - 1].word == "the" and clause[p - 2].word in before
            and p + 1 < len(clause) and clause[p + 1].word in spans)


_A_STEADY_RUN = frozenset({"run", "runs", "running", "pace", "paced", "state", "effort", "miles", "mile", "km", "k", "jog",
                           "jogs", "long", "tempo", "one", "ones", "session", "sessions"})
"""After "steady", a run's effort: no mileage "steady"."""
_FLAT_GROUND = frozenset({"road", "roads", "route", "routes", "course", "courses", "ground", "terrain", "trail",
                          "trails", "path", "paths", "runs", "run", "loop", "loops", "track", "surface", "surfaces",
                          "stuff", "land", "bits", "sections", "towpath", "canal", "tarmac", "pavement"})
"""After "flat", the ground: no mileage "flat" (steady)."""


def _from_to(clause: list[Token], numbers: list[tuple[int, int, str]]) -> tuple[tuple[int, int], tuple[int, ...]] | None:
    """ "from A (...) to B": "from 20 to 40 miles", "from running 3 days a week to 6"; or "B
    (...) up from A": "45 miles this week, up from 30"; or "up A to B"; or "B (...) instead of A"."""
    at = {p: v for p, v, _ in numbers}
    for f, tok in enumerate(clause):
        if tok.word != "from":
            continue
        a = next((p for p in range(f + 1, min(f + 4, len(clause))) if p in at), None)
        if a is None or not at[a]:
            continue
        # (up to 7 words between: "from running twice a week on her own to 5 sessions")
        to = next((p for p in range(a + 1, min(a + 8, len(clause))) if clause[p].word == "to"), None)
        if to is not None and to + 1 in at:
            return (at[a], at[to + 1]), (f, a, to, to + 1)
        # "B ..., up from A": "45 miles this week, up from 30"
        if f > 0 and clause[f - 1].word in ("up", "down"):
            b = next((p for p in range(f - 2, max(-1, f - 9), -1) if p in at), None)
            if b is not None:
                return (at[a], at[b]), (b, f - 1, f, a)
    # "up A to B": "mileage up 40 to 65 km/wk" (test drive 22: unread without its "from")
    for p, tok in enumerate(clause):
        if p in at and at[p] and p + 2 < len(clause) and clause[p + 1].word == "to" and p + 2 in at and any(
                t.word in _RISE_WORDS for t in clause[max(0, p - 3):p]):
            return (at[p], at[p + 2]), (p, p + 1, p + 2)
    # "A -> B", "A km -> B km": an arrow is a change, no word of rising needed (a "to" may be a
    # range: "5 to 10 km on easy days")
    # (a chain of weeks, "20 -> 25 -> 32 -> 45 km": the last against the mean of those before, fc26)
    for p, tok in enumerate(clause):
        if tok.word == ARROW:
            a = next((q for q in (p - 1, p - 2) if q in at and at[q]), None)
            chain = [a] if a is not None else []
            q = p
            while chain and q < len(clause) and clause[q].word == ARROW:
                b = next((r for r in (q + 1, q + 2) if r in at), None)
                if b is None:
                    break
                chain.append(b)
                q = next((r for r in (b + 1, b + 2) if r < len(clause) and clause[r].word == ARROW), len(clause))
            if len(chain) >= 2 and all(at[c] for c in chain[:-1]):
                return _last_against_before([at[c] for c in chain]), tuple(range(chain[0], chain[-1] + 1))
    # "B this week vs A last week", "B this week, last 4 weeks averaged A" (test drive 25)
    for p, tok in enumerate(clause):
        if tok.word in _COMPARED_WITH:
            b = next((q for q in range(p - 1, max(-1, p - 5), -1) if q in at), None)
            a = next((q for q in range(p + 1, min(len(clause), p + 6)) if q in at and at[q]), None)
            if a is not None and b is not None:
                return (at[a], at[b]), (b, p, a)
    # a list of weeks, the last one against the weeks before it: "22km, 24km, 38km, 45km"
    # (three numbers or more, nothing but their units between)
    runs: list[list[int]] = []
    units = {p: unit for p, _, unit in numbers}
    for p, _, unit in numbers:   # (one unit all along: "14/11 | 10k | 58:20" is a date, a race and a time)
        if runs and unit == units[runs[-1][-1]] and all(clause[q].word in _UNIT_WORDS for q in range(runs[-1][-1] + 1, p)):
            runs[-1].append(p)
        else:
            runs.append([p])
    listed = max(runs, key=len, default=[])
    if len(listed) >= 3 and all(at[p] for p in listed[:-1]):
        return _last_against_before([at[p] for p in listed]), tuple(listed)
    # "was A ..., now B", "B now, was A", "used to do A, now B" (test drive 48: unread)
    then = next((p for p, t in enumerate(clause) if t.word in THEN), None)
    units = {p: unit for p, _, unit in numbers}
    now = next((p for p, t in enumerate(clause) if t.word == "now"), None)
    if then is not None and now is not None:
        a = next((p for p in range(then + 1, min(then + 5, len(clause))) if p in at and p != now), None)
        b = next((p for p in (*range(now + 1, min(now + 4, len(clause))), *range(now - 1, max(-1, now - 5), -1))
                  if p in at and p != a), None)
        # (A a distance or a count, or a tail's bare number: "I was 12 when I started, now 40
        # miles a week" is no rise, "now doing 30 miles, was 28" is one)
        if a is not None and b is not None and at[a] and (a < now) == (then < now) and (
                units.get(a) or a + 1 == len(clause) or clause[a + 1].word in _PER_WEEK_NEXT):
            return (at[a], at[b]), tuple(sorted((then, a, now, b)))
    # "up to B ... from A": "up to 40 miles a week from 25"
    for f, tok in enumerate(clause):
        if tok.word == "from" and f + 1 in at and at[f + 1]:
            to = next((p for p in range(f - 1, max(-1, f - 8), -1) if clause[p].word == "to" and p + 1 in at), None)
            if to is not None and to > 0 and clause[to - 1].word in _RISE_WORDS:
                return (at[f + 1], at[to + 1]), (to - 1, to, to + 1, f, f + 1)
    # "B ... instead of A": "I run 4 days a week instead of 2"
    for f, tok in enumerate(clause[:-2]):
        if tok.word == "instead" and clause[f + 1].word == "of" and f + 2 in at:
            b = next((p for p in range(f - 1, max(-1, f - 9), -1) if p in at), None)
            if b is not None and at[f + 2]:
                return (at[f + 2], at[b]), (b, f, f + 1, f + 2)
    return None


# ----------------------------------------------------------------------------- words
@dataclass(frozen=True)
class Token:
    """One word of the runner's text."""

    word: str
    """Lower case, apostrophes removed, after rewriting ("cant" gives "can" and "not")."""
    canon: str
    """The form it is matched on."""
    start: int
    """Offset of the written word in the text (a rewritten word keeps the span of its source)."""
    end: int
    """Offset just past it."""
    stop: bool
    """A stopword: it counts only toward phrases made of little else ("on my toes")."""
    implied: bool = False
    """Not written as such: a general word read as a pain in a negated clause ("no problems
    with my knees"), or a pain the clause implies by saying a body part is fine ("my shins are
    fine"). A phrase that uses one is only ever stated absent."""


_APOSTROPHES = frozenset("'’‘")
_NO_APOSTROPHES = str.maketrans("", "", "'’‘")
_HEIGHT = re.compile(r"(?<=\d)['’‘](?=\d)")
"""An apostrophe between digits is feet: "5'4" is no 54 (an age), it reads "5ft4"."""
_PAST_IN_AN_ID = frozenset({"previous", "past", "history"})
"""Words that make an observation's id a phrase of the past ("never" in an id is not one)."""


def _a_past_age(clause: list["Token"], n: int) -> bool:
    """"at 14" after "had" or "was": "he had a growth spurt at 14" is long ago for a son who
    is 22 (test drive 32 read him still growing); not "at 14 km", "at 5 minutes"."""
    return clause[n].word == "at" and n + 1 < len(clause) and clause[n + 1].word.isdigit() \
        and 4 <= int(clause[n + 1].word[:3]) <= 25 and (n + 2 == len(clause) or (
            clause[n + 2].stop and clause[n + 2].word not in _NOT_AN_AGE)) \
        and any(t.word in ("had", "was", "were") for t in clause[:n])


_NOT_AN_AGE = frozenset({"km", "k", "kms", "mile", "miles", "mi", "minutes", "minute", "mins", "min", "m", "seconds",
                         "secs", "s", "weeks", "week", "days", "day", "hours", "hour", "percent", "metres", "meters"})


def _at_school_then(clause: list["Token"], n: int) -> bool:
    """"rolled her ankle in high school", "a stress fracture at uni": a school or college said as
    a time, of the past (test drive 32 read a 19-year-old's giving way now); not "she is in
    high school", "I'm at uni"."""
    return clause[n].word in _SCHOOLS and n >= 1 and clause[n - 1].word in ("in", "at", "during") \
        and not (n >= 2 and clause[n - 2].word in _STILL_THERE) \
        and not (clause[n].word == "school" and any(t.word in _A_CHILD_NOW for t in clause)) \
        and any(t.word.endswith("ed") or t.word in _PAST_VERBS for t in clause[:n - 1])


_SCHOOLS = frozenset({"highschool", "college", "uni", "university", "school"})
_A_CHILD_NOW = frozenset({"she", "he", "her", "his", "him", "son", "daughter", "kid", "child", "boy", "girl", "lad"})
"""A child spoken of: "school" is then where the child is now ("her knee buckled on the step at
school", set 62 read nothing), not an adult's past ("I sprained an ankle at school")."""
_SEASONS_AND_MONTHS = frozenset({"summer", "winter", "spring", "autumn", "fall", "january", "february", "march", "april",
                                 "may", "june", "july", "august", "september", "october", "november", "december", "jan",
                                 "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "xmas",
                                 "christmas", "easter"})


def _in_a_past_season(clause: list["Token"], n: int) -> bool:
    """"In the summer I strained my calf", "I pulled it in July": a season or month of a past told
    in the past tense (test drive 53: a calf strain healed since August read a calf pull now, with
    Achilles pain the urgent torn-Achilles flag); not "since July", nor "in the summer it hurts"."""
    if clause[n].word not in _SEASONS_AND_MONTHS or n < 1:
        return False
    at = n - 1 if clause[n - 1].word != "the" else n - 2
    return at >= 0 and clause[at].word in ("in", "during", "over") and any(
        t.word in _AN_INJURY_THEN for t in clause) and not any(t.word == "since" for t in clause[:n])


_AN_INJURY_THEN = frozenset({"strained", "pulled", "tore", "torn", "sprained", "broke", "broken", "fractured", "injured",
                             "tweaked", "twisted", "snapped", "ruptured", "hurt", "had"})
"""Past verbs of an injury had then ("I strained my calf in July"), not of training ("upped my miles in March")."""


_STARTS_A_PAST = frozenset({"last", "at", "ago", "when"}) | _SCHOOLS | _SEASONS_AND_MONTHS
"""Besides ``no_longer`` and a year or an age, the words a past that is over starts at (``long_ago``)."""
_STILL_THERE = frozenset({"is", "am", "are", "s", "still", "currently", "now", "be", "been"})
_PAST_VERBS = frozenset({"had", "broke", "tore", "did", "got", "was", "were", "hurt", "sprained", "fractured", "went",
                         "torn", "ran", "pulled", "strained"})


def _years_ago(clause: list["Token"], n: int) -> bool:
    """"5 years ago", "years ago": long past (test drive 33: "my achilles snapped 5 years ago, had
    surgery, now it's just stiff" read a torn Achilles now, urgent); not "2 weeks ago"."""
    return clause[n].word == "ago" and n > 0 and clause[n - 1].word in _YEARS


_YEARS = frozenset({"years", "year", "yrs", "yr", "decade", "decades"})


def _when_young(clause: list["Token"], n: int) -> bool:
    """"when I was 13 my heels hurt", "when she was a kid": a childhood, long past (test drive 33
    named plantar heel pain for a 35-year-old's Sever's at 13)."""
    return clause[n].word == "when" and n + 3 < len(clause) and clause[n + 1].word in ("i", "he", "she", "we", "they") \
        and clause[n + 2].word in ("was", "were") and (clause[n + 3].word.isdigit() or clause[n + 3].word in _YOUNG)


_YOUNG = frozenset({"a", "young", "younger", "little", "small", "kid", "child", "teen", "teenager", "boy", "girl"})


def _a_past_year(word: str) -> bool:
    """A year before this one, as a form lists past injuries: "calf strain 2019" (test drive 14)."""
    return len(word) == 4 and word.isdigit() and 1950 <= int(word) < _THIS_YEAR


_THIS_YEAR = date.today().year
_GLUED_WEIGHT = re.compile(r"(\d+)(kg|kgs|kilos|lb|lbs)")
_BETWEEN_WORDS = re.compile(r"\s+[a-z0-9]", re.IGNORECASE)
"""After a texted "n": another word follows, so it is "and" between two (not a bare "n" answer)."""
_QUESTION_NUMBER = re.compile(r"q\d{1,2}")
"""A form's question number ("Q4 have you ever passed out ...? No"): a little word."""


def _spaced(text: str, first: Token, then: Token) -> bool:
    """Two words written one after the other with spaces between, or two parts of one word
    rewritten ("can't" is "can", "not"): "can't feel" joins as "can not feel" does."""
    return first.start == then.start or text[first.end:then.start].isspace()


def _together(gap: str) -> bool:
    """Whether two words are written together: a space, or a hyphen ("zero-drop")."""
    return gap.isspace() or gap == "-"


def tokens(text: str, lex: Lexicon) -> list[Token]:
    """The words of ``text`` with their offsets. Apostrophes vanish ("doesn't" -> "doesnt")
    before rewriting, so "doesn't", "doesnt" and "does not" all give "does", "not"."""
    out: list[Token] = []
    for m in _WORD.finditer(text):
        start, end = m.span()
        raw = m.group().lower()
        if not _APOSTROPHES.isdisjoint(raw):   # (most words have none: no pattern tried on them)
            raw = _HEIGHT.sub("ft", raw).translate(_NO_APOSTROPHES)
        parts = lex.rewrite.get(raw)
        if raw == "n" and _BETWEEN_WORDS.match(text, end) and text[max(0, start - 8):start].rstrip()[-1:].isalnum():
            parts = ("and",)   # "no swelling n my knee aches at night" (fc25); "Any swelling? n" is no
        if parts is None and raw[:1].isdigit() and (glued := _GLUED_WEIGHT.fullmatch(raw)):
            parts = glued.groups()   # "lost 6kg without trying" is "lost 6 kg ..." (set 23)
        if parts is None:
            parts = (raw,) if "/" not in raw else tuple(p for p in raw.split("/") if p)
        for word in parts:
            token = Token(word, lex.canon(word), start, end,
                          word in lex.stopwords or (word[:1] == "q" and _QUESTION_NUMBER.fullmatch(word) is not None))
            # Only words written together (a space or a hyphen) join: "after sitting, still sore"
            # is not "sitting still"
            joined = lex.join.get((out[-1].word, token.canon)) or lex.join.get((out[-1].word, token.word)) \
                if out and out[-1].word in lex.join_firsts and _together(text[out[-1].end:start]) else None
            # (three words that join win over their last two: "eating very little" is under-fuelling,
            # not "eating" and the "no" of "very little", test drive 53)
            if joined and len(out) > 1 and (out[-2].canon, out[-1].word, token.word) in lex.join_three:
                joined = None
            if joined:
                token = Token(joined, lex.canon(joined), out.pop().start, end, False)
            if out and out[-1].word in lex.none_before_symptom and token.canon in lex.symptom_words \
                    and text[out[-1].end:token.start].isspace():
                out[-1] = replace(out[-1], canon=NOT)   # "0 swelling": none
            if out and token.word in lex.none_after_symptom and out[-1].canon in lex.symptom_words \
                    and text[out[-1].end:token.start].isspace():
                token = replace(token, canon=NOT)   # "hurts nowhere": none
            if out and text[start:end] == "N" and (end == len(text) or text[end] in ".,;!?\n") \
                    and text[out[-1].end:start].isspace():
                token = replace(token, canon=NOT)   # a note's "Numbness N.": no (fc28: read present)
            out.append(token)
            # (a negation in any form, but "without" says which: "no morning without the first
            # steps being stiff" is no "not the first", set 37 read the stiffness denied)
            if len(out) > 2 and out[-2].word in lex.join_three_middles and out[-3].word != "without" \
                    and (three := lex.join_three.get((out[-3].canon, out[-2].word, out[-1].word))) \
                    and _spaced(text, out[-3], out[-2]) and _spaced(text, out[-2], out[-1]):
                first = out[-3].start   # (not ``start``: the next part of a rewrite keeps its own)
                del out[-3:]
                # (and joins the word before as two would: "exhausted" + "all the time")
                if out and (two := lex.join.get((out[-1].word, three))) and _together(text[out[-1].end:first]):
                    three, first = two, out.pop().start
                out.append(Token(three, lex.canon(three), first, end, three in lex.stopwords))
    return out


# ----------------------------------------------------------------------------- phrases
@dataclass(frozen=True)
class Phrase:
    """A phrase of the rule pack that names one observation."""

    observation: str
    """The observation id."""
    written: str
    """As written in the rule pack."""
    words: tuple[str, ...]
    """Canonical words matched on (stopwords dropped unless little else is left)."""
    factor: float
    """1 for id words and synonyms, less for the display text."""
    contrary: frozenset[str] = frozenset()
    """Words that, in a clause, mean it is not this phrase ("during" for "pain after runs")."""
    contrary_place: frozenset[tuple[str, str]] = frozenset()
    """(place word, landmark) pairs that mean it is not this phrase (("above", "heel") for the sole)."""
    needs: frozenset[str] = frozenset()
    """The clause must have one of these words (a timing word the phrase rests on: "after")."""
    history: bool = False
    """A synonym of the past ("calf strain before"): only a clause that speaks of the past states it."""
    normal: bool = False
    """A phrasing of the normal state ("I lift weights"): found, it states the observation absent."""
    denial: bool = False
    """A part of the observation ("fever"): found, it states the observation only when denied."""
    shared: bool = False
    """A part denied that is also another observation's phrase ("chest pain"): it denies only
    when the clause says nothing else ("no chest pain", not "no chest pain on hills")."""
    fine: frozenset[str] = frozenset()
    """Its canonical words of "fine" ("chest fine on hills"): a normal state found without one
    of them states nothing."""

    @property
    def apart(self) -> bool:
        """Not the fault's own words (a normal state, or a part that only denies it)."""
        return self.normal or self.denial


@dataclass(frozen=True)
class Match:
    """One phrase found in a clause."""

    observation: Observation
    phrase: Phrase
    coverage: float
    """Weighted share of the phrase's words found (fuzzy hits count a little less), 0..1."""
    positions: tuple[int, ...]
    """Indexes of the clause tokens used, in order."""
    opposite: bool
    """Matched through an opposite ("regular" for "irregular"): the text states it absent."""
    exact: int = 0
    """How many meaningful words were found as written (not by spelling alone)."""

    @property
    def score(self) -> float:
        return self.coverage * self.phrase.factor

    @property
    def span(self) -> int:
        return self.positions[-1] - self.positions[0] + 1 if self.positions else 0


class Fuzzy:
    """Close spellings of a word among the rule pack's words."""

    def __init__(self, backend: str, vocabulary: Iterable[str]):
        self.backend = backend
        self.vocabulary = sorted(set(vocabulary))
        # A typo keeps its first letter: each word is compared with the words of its letter only
        # (a tenth of the vocabulary), and the three closest are of that letter
        by_first: dict[str, list[str]] = {}
        for w in self.vocabulary:
            by_first.setdefault(w[0], []).append(w)
        self._by_first = by_first
        if backend == "rapidfuzz":
            from rapidfuzz import fuzz, process
            self._extract = lambda word, cutoff: [m[0] for m in process.extract(
                word, by_first.get(word[0], ()), scorer=fuzz.ratio, score_cutoff=cutoff * 100, limit=3)]
        elif backend == "difflib":
            import difflib
            self._extract = lambda word, cutoff: difflib.get_close_matches(
                word, by_first.get(word[0], ()), n=3, cutoff=cutoff)
        elif backend == "none":
            self._extract = lambda word, cutoff: []
        else:
            raise ValueError(f"unknown fuzzy backend {backend!r}")

    def close(self, word: str) -> list[str]:
        """Close spellings; a typo keeps the first letter ("night" is never "right")."""
        if len(word) < 3 or word.isdigit():
            return []
        return self._close(word)

    def _close(self, word: str) -> list[str]:
        if len(word) <= 4:
            # Short words: a swapped or a missing letter ("pian", "kne") or a cut ending ("deep"
            # for "deepli"), never another letter ("worn" is not "wors", "shoe" is not "sore");
            # a three-letter word only by its ending ("kne"): "lay" is not "lady"
            return [w for w in self._extract(word, 0.75)
                    if sorted(w) == sorted(word) or (w.startswith(word) and len(w) - len(word) <= 2)
                    or (len(word) == 4 and abs(len(w) - len(word)) == 1 and _ratio(w, word) >= 0.85)]
        return self._extract(word, 0.8)


def _ratio(a: str, b: str) -> float:
    import difflib
    return difflib.SequenceMatcher(None, a, b).ratio()


class PhraseIndex:
    """Every phrase of a rule pack, ready to match clauses against."""

    def __init__(self, kb: KnowledgeBase, stemmer: str = "pystemmer", fuzzy: str = "rapidfuzz"):
        self.kb = kb
        self.lex = lexicon(stemmer)
        # Which observations each word names, to tell a telling word from a common one
        owners: dict[str, set[str]] = {}
        for obs in kb.observations.values():
            for written in (obs.id.replace("_", " "), obs.text, *obs.synonyms):
                for tok in tokens(written, self.lex):
                    owners.setdefault(tok.canon, set()).add(obs.id)
        self._owners = owners
        self.phrases: list[Phrase] = []
        for obs in kb.observations.values():
            text_toks = tokens(obs.text, self.lex)
            defined = {t.word for t in text_toks}
            place = frozenset((other, landmark) for word, landmark in _places(text_toks)
                              for other in self.lex.contrary_place.get(word, ()))
            # (an id of the past is a phrase of the past: "previous calf strain")
            # (not an id whose last word, the little word "in", is what it says: "single leg squat
            # knee in" without its "in" is any squat with the knee named, "knee stays over my toes
            # on the single leg squat" read the fault; its synonyms say it in words that count)
            if not obs.id.endswith("_in"):
                self.phrases.append(replace(self._phrase(obs.id, obs.id.replace("_", " "), 1.0, False, defined, place),
                                            history=not _PAST_IN_AN_ID.isdisjoint(obs.id.split("_"))))
            for synonym in obs.synonyms:
                self.phrases.append(self._phrase(obs.id, synonym, 1.0, True, defined, place))
            for normal in obs.normal:
                self.phrases.append(replace(self._phrase(obs.id, normal, NORMAL_PHRASE_FACTOR, True, defined, place),
                                            normal=True))
            for part in obs.denied_by:
                self.phrases.append(replace(self._phrase(obs.id, part, NORMAL_PHRASE_FACTOR, True, defined, place),
                                            denial=True))
            self.phrases.append(self._phrase(obs.id, obs.text, TEXT_PHRASE_FACTOR, False, defined, place))
        self.phrases = [p for p in self.phrases if p.words]
        self.historic = frozenset(p.observation for p in self.phrases if p.history)
        """Observations with a synonym of the past: said in the past, they stay said."""
        stating: dict[frozenset[str], set[str]] = {}
        for p in self.phrases:
            if not p.apart:
                stating.setdefault(frozenset(p.words), set()).add(p.observation)
        self.phrases = [replace(p, shared=True) if p.denial and stating.get(frozenset(p.words), set()) - {p.observation}
                        else p for p in self.phrases]
        by_word: dict[str, list[tuple[int, int]]] = {}
        seen_in: dict[str, set[str]] = {}
        for n, phrase in enumerate(self.phrases):
            for i, word in enumerate(phrase.words):
                by_word.setdefault(word, []).append((n, i))
                if not phrase.apart:
                    seen_in.setdefault(word, set()).add(phrase.observation)
        self.by_word = by_word
        total = WEIGHT_SCALE
        # Rare words say more: "achilles" names one observation, "pain" two dozen
        self.weight = {w: math.log(1 + total / len(obs)) for w, obs in seen_in.items()}
        self.weight[NOT] = max(self.weight.values(), default=1.0)
        # How telling a word is comes from the phrases that name an observation: the words of its
        # normal state ("strong", "bed") neither make the fault's words count less nor count in
        # how much of a clause a phrase explains; within a normal phrase, one is as rare as can be
        rare = math.log(1 + total)
        self.phrase_weights = [[self.weight.get(w, rare) for w in p.words] for p in self.phrases]
        self.phrase_total = [sum(ws) for ws in self.phrase_weights]
        # A word in many phrases ("pain", "run") touches them all in every clause that says it.
        # A phrase reaches MIN_COVERAGE without a rarer word only if its common words weigh
        # enough: only those are looked up by a common word, the rest by their rarer words
        # (``_carries`` below, which lists every phrase a rare word is in).
        common = {w for w, at in by_word.items() if len(at) > COMMON_WORD_PHRASES}
        self._by_common_word: dict[str, list[int]] = {}
        for n, phrase in enumerate(self.phrases):
            carried = sum(wt for w, wt in zip(phrase.words, self.phrase_weights[n]) if w in common)
            if carried >= MIN_COVERAGE * self.phrase_total[n]:
                for w in dict.fromkeys(w for w in phrase.words if w in common):
                    self._by_common_word.setdefault(w, []).append(n)
        # What a clause's words weigh in each phrase touched, summed in one pass: a rare word ->
        # (phrase, the weight it carries there); a phrase's common words (a few of about 20) by
        # one look-up: a bit per common word, the weight of each subset of them summed here
        self._least = [MIN_COVERAGE * total for total in self.phrase_total]
        self._common_bit = {w: 1 << k for k, w in enumerate(sorted(common))}
        carries: dict[str, dict[int, float]] = {}
        self._common_mask: list[int] = []
        self._common_weigh: list[dict[int, float]] = []
        for n, (phrase, ws) in enumerate(zip(self.phrases, self.phrase_weights)):
            mine: dict[str, float] = {}
            for w, wt in zip(phrase.words, ws):
                into, key = (mine, w) if w in common else (carries.setdefault(w, {}), n)
                into[key] = into.get(key, 0.0) + wt
            self._common_mask.append(sum(self._common_bit[w] for w in mine))
            self._common_weigh.append(_subset_sums(mine, self._common_bit))
        self._carries = {w: tuple(by_n.items()) for w, by_n in carries.items()}
        # (by a set of common words, the phrases those alone bring to MIN_COVERAGE: a clause
        # looks up the few sets of its common words, not every phrase a common word is in)
        self._reached_by_common: dict[int, list[int]] = {}
        for n in sorted({n for at in self._by_common_word.values() for n in at}):
            for mask, got in self._common_weigh[n].items():
                if mask and got >= self._least[n]:
                    self._reached_by_common.setdefault(mask, []).append(n)
        # (a word said once: its words placed heaviest first, by a key looked up, not computed)
        self._by_weight = [[-wt for wt in ws] for ws in self.phrase_weights]
        self.observation_words: dict[str, frozenset[str]] = {}
        # (per observation, the words of each phrase that leaves it unstated)
        self.unstated_by: dict[str, tuple[frozenset[str], ...]] = {
            obs.id: tuple(frozenset(t.canon for t in tokens(w, self.lex) if not t.stop) for w in obs.unstated_by)
            for obs in kb.observations.values() if obs.unstated_by}
        # (per observation, the words of its synonyms, not of its text: what a red flag's phrase of
        # the leg may be said with, choosing.unfounded)
        self.synonym_words: dict[str, frozenset[str]] = {
            obs.id: frozenset(t.canon for w in obs.synonyms for t in tokens(w, self.lex) if not t.stop)
            for obs in kb.observations.values()}
        # (per observation, those that narrow it to a situation, with the words of each situation, in order)
        self.narrowed_by: dict[str, list[tuple[str, tuple[tuple[str, ...], ...]]]] = {}
        for obs in kb.observations.values():
            situations = tuple(tuple(t.canon for t in tokens(w, self.lex)) for w in obs.situation)
            for broader in obs.narrows:
                self.narrowed_by.setdefault(broader, []).append((obs.id, situations))
        # (the observations that, said to be there in a situation, state a narrower one too)
        self.stated_in_situation_of = frozenset(b for obs in kb.observations.values() if obs.stated_in_situation
                                                for b in obs.narrows)
        self.normal_words: dict[str, frozenset[str]] = {}
        self.denial_words: dict[str, frozenset[str]] = {}
        """The words of an observation's ``denied_by`` phrases ("chest", "pain", "tightness")."""
        for p in self.phrases:
            if p.normal:
                self.normal_words[p.observation] = self.normal_words.get(p.observation, frozenset()) | set(p.words)
            if p.denial:
                self.denial_words[p.observation] = self.denial_words.get(p.observation, frozenset()) | set(p.words)
        for p in self.phrases:
            if not p.apart:   # the fault's words: a clause explained by them says the fault
                self.observation_words[p.observation] = self.observation_words.get(p.observation, frozenset()) | set(p.words)
        fine = frozenset(self.lex.canon(w) for w in self.lex.fine_before)
        self.says_fine = frozenset(obs for obs, words in self.observation_words.items() if not fine.isdisjoint(words))
        """Observations whose own phrases say "fine" ("fine once warmed up"): no word of fine denies them."""
        surface: dict[str, str] = {}
        for obs in kb.observations.values():
            for written in (obs.id.replace("_", " "), obs.text, *obs.synonyms, *obs.normal, *obs.denied_by):
                for tok in tokens(written, self.lex):
                    if not tok.stop and tok.canon in by_word:
                        surface.setdefault(tok.word, tok.canon)
        for word, head in self.lex.same.items():
            if head in by_word and word.isalpha():
                surface.setdefault(word, head)
        for word in by_word:
            if word.isalpha() and word != NOT:
                surface.setdefault(word, word)   # stems too: "ankels" -> "ankel" is close to "ankl"
        self.surface = surface
        self.fuzzy = Fuzzy(fuzzy, surface)
        self._cache: dict[str, tuple[tuple[str, float, bool], ...]] = {}
        self._words_cache: dict[str, frozenset[str]] = {}
        self._below_for: tuple[float | None, list[float]] = (None, [])

    def _phrase(self, obs_id: str, written: str, factor: float, keep_small: bool,
                defined: set[str] = frozenset(), place: frozenset[tuple[str, str]] = frozenset()) -> Phrase:
        toks = [replace(t, canon=t.word) if t.word in self.lex.literal_in_phrases else t
                for t in tokens(written, self.lex)]
        content = tuple(t.canon for t in toks if not t.stop)
        if keep_small and len(content) == 1 and len(toks) > 1 and len(self._owners.get(content[0], ())) > 1:
            # "on my toes": "toes" alone is said of several observations, the little words decide
            content = tuple(t.canon for t in toks)
        # A word the phrase or the observation's own text uses is never contrary to it: the
        # shin text says "during or after runs", so "during" does not rule out its "after"
        own = {t.word for t in toks} | defined
        # (nor is a word's contrary list at all when the phrase says one of its words: "knee
        # collapsed under me" is the knee's, so "left knee collapsed under me" is too, though
        # "left" is contrary to the fainting's "collapsed")
        contrary = frozenset().union(*(words for t in toks if (words := self.lex.contrary.get(t.word, frozenset()))
                                       and words.isdisjoint(own))) - own
        # (an "after" of an observation whose text says "during" too needs no word of after: only
        # that need is dropped, the others of the phrase stay)
        after_free = bool(self.lex.contrary.get("after", frozenset()) & own)
        needs = frozenset().union(*(self.lex.needs.get(t.word, ()) for t in toks
                                    if not (after_free and t.word == "after")))
        history = keep_small and (any(t.word in self.lex.history or t.word in self.lex.history_at_end for t in toks)
                                  or self.lex.long_ago(toks))
        fine = frozenset(t.canon for t in toks if t.word in self.lex.gone_after)
        return Phrase(obs_id, written, content, factor, contrary, place, needs=needs, history=history, fine=fine)

    def forget_words(self) -> None:
        """Empty the per-word cache (for measuring)."""
        self._cache.clear()
        self._words_cache.clear()

    def candidates(self, token: Token) -> tuple[tuple[str, float, bool], ...]:
        """Phrase words this token can stand for: (word, score, opposite)."""
        if token.implied:
            return ((token.canon, 1.0, False),)   # the reading put it there: no spelling, no cache
        key = token.word
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        out: list[tuple[str, float, bool]] = []
        if token.canon in self.by_word:
            out.append((token.canon, 1.0, False))
        if token.word in self.lex.literal_in_phrases and token.word in self.by_word:
            out.append((token.word, 1.0, False))   # "zero drop shoes": the phrase's own word
        elif not token.stop and token.word.isalpha():
            for opposite in self.lex.antonyms.get(token.word, ()):
                if (canon := self.lex.canon(opposite)) in self.by_word:
                    out.append((canon, 1.0, True))
            canon_of, by_word, word = self.lex.canon, self.by_word, token.word
            prefixed = word.startswith(NEGATING_PREFIXES)   # (most words are not: one test, not seven)
            # (a word read as written is no opposite either: "crease" is no "not increase", set 46)
            for prefix in NEGATING_PREFIXES if word not in self.lex.as_written else ():
                if (canon := canon_of(prefix + word)) in by_word:
                    out.append((canon, 1.0, True))
                if prefixed and word.startswith(prefix) and (canon := canon_of(word[len(prefix):])) in by_word \
                        and len(word) - len(prefix) >= 4:
                    out.append((canon, 1.0, True))
            if not out and token.word not in self.lex.as_written:
                # (a word that is its own form is looked up once)
                close = self.fuzzy.close
                near = {self.surface[w] for w in (*close(token.word),
                                                  *(close(token.canon) if token.canon != token.word else ()))}
                out.extend((word, FUZZY_FACTOR, False) for word in sorted(near))
        result = tuple(out)
        self._cache[key] = result
        return result

    def match(self, clause: list[Token], min_coverage: float = MIN_COVERAGE,
              min_apart: float | None = None, half_kept: Callable[[str], bool] | None = None) -> list[Match]:
        """Every phrase of which at least ``min_coverage`` is found in a clause; of a phrase of
        the normal state or of a part denied (``Phrase.apart``), at least ``min_apart`` when given
        (the reader reads those from their own words only: the others are never built); of any
        other phrase that cannot reach ``min_apart``, only when ``half_kept(its observation)``
        (the reader keeps a phrase half found only when its observation explains the clause)."""
        said = {t.word for t in clause}
        places: set[tuple[str, str]] | None = None   # found when a phrase with a contrary place is reached
        little_at = [t.stop or t.canon == NOT for t in clause]
        seen: dict[str, list[tuple[float, int, bool]]] = {}   # phrase word -> (score, position, opposite)
        cache = self._cache   # (a word's candidates looked up here; ``candidates`` only for the rest)
        for pos, token in enumerate(clause):
            known = None if token.implied else cache.get(token.word)
            for word, score, opposite in known if known is not None else self.candidates(token):
                seen.setdefault(word, []).append((score, pos, opposite))
        best = {word: max(o[0] for o in options) for word, options in seen.items()}
        # words found only at little words or negations never name an observation (below)
        meaningful = {word for word, options in seen.items() if not all(little_at[o[1]] for o in options)}
        order = {w: k for k, w in enumerate(seen)}
        said_twice = {word for word, options in seen.items() if len(options) > 1}
        # Every test that needs no placing of words first (most phrases touched end there);
        # then, in the order the clause first touches each phrase, its words placed
        kept: list[tuple[int, int, list[tuple[int, int]]]] = []
        # (the cut below that a phrase apart, or one not half kept, must reach at full score:
        # worked out once per value of min_apart, not per phrase and clause)
        below = self._below(min_apart) if min_apart is not None else None
        for n, whole in (self._reaching(seen, meaningful) if min_coverage >= MIN_COVERAGE
                         else {(n, math.inf) for word in seen for n, _ in self.by_word.get(word, ())}):
            phrase = self.phrases[n]
            words = phrase.words
            if meaningful.isdisjoint(words):
                continue
            if phrase.contrary and not phrase.contrary.isdisjoint(said):
                continue   # "shins hurt during runs" is not "pain only after runs"
            if phrase.contrary_place:
                if places is None:
                    places = set(_places(clause))
                if not phrase.contrary_place.isdisjoint(places):
                    continue   # "4 cm above the heel" is not "pain under the heel"
            if phrase.needs and phrase.needs.isdisjoint(said):
                continue   # "ran through a sharp pain" is not "hurts after running"
            # (the test below on its words found at full score, before they are sorted: most end
            # here; a hair lower, as that weight is summed in another order)
            if below is not None and whole < below[n] and (
                    phrase.apart or (half_kept is not None and not half_kept(phrase.observation))):
                continue
            at = sorted([(order[w], i) for i, w in enumerate(words) if w in order])
            weights = self.phrase_weights[n]
            # Most phrases touched share one common word ("pain", "run"): drop them cheaply
            reach = sum(weights[i] * best[words[i]] for _, i in at)
            if reach < min_coverage * self.phrase_total[n]:
                continue
            # (a hair below the cut, in case the sum's rounding differs from the coverage's)
            if min_apart is not None and reach < (min_apart - 1e-6) * self.phrase_total[n] and (
                    phrase.apart or (half_kept is not None and not half_kept(phrase.observation))):
                continue
            kept.append((at[0][0], n, at))
        kept.sort(key=_first_touched)
        out: list[Match] = []
        for _, n, at in kept:
            phrase = self.phrases[n]
            weights = self.phrase_weights[n]
            found = {i: seen[phrase.words[i]] for _, i in at}
            used = _placed(found, weights) if not said_twice.isdisjoint(phrase.words) \
                else _placed_once(found, self._by_weight[n])
            if NOT in phrase.words:
                _place_negations(phrase.words, found, used, clause, self.lex)
            got = 0.0
            opposite = False
            exact = 0
            names = False   # a meaningful word used: "is", "my" or "no" alone never names an observation
            for i, pos in used.items():
                score, _, opp = found[i][0] if len(found[i]) == 1 else next(o for o in found[i] if o[1] == pos)
                got += weights[i] * score
                opposite |= opp
                if not little_at[pos]:
                    names = True
                    exact += score == 1.0
            coverage = round(got / self.phrase_total[n], 6)
            if names and not (min_apart is not None and phrase.apart and coverage < min_apart):
                out.append(Match(self.kb.observations[phrase.observation], phrase, coverage,
                                 tuple(sorted(used.values())), opposite, exact))
        return out

    def _reaching(self, seen: dict, meaningful: set[str]) -> list[tuple[int, float]]:
        """The phrases the words found touch whose words found weigh enough, at full score, to
        reach MIN_COVERAGE, each with that weight (a rare word's weight in each phrase summed in
        one pass; a phrase's common words by one look-up of its bit mask). Of the phrases only
        common words touch, those touched only at little words (``meaningful`` none of them)
        are left out: ``match`` would drop them (a negation or "my" alone names nothing)."""
        weighs: dict[int, float] = {}   # every phrase a rare word found touches: what they carry there
        for word in seen:
            for n, wt in self._carries.get(word, ()):
                weighs[n] = weighs.get(n, 0.0) + wt
        least, masks, weigh, bit = self._least, self._common_mask, self._common_weigh, self._common_bit
        said_mask = sum(bit.get(w, 0) for w in seen)
        named_mask = sum(bit.get(w, 0) for w in meaningful)
        by_common = self._by_common(said_mask, seen) - weighs.keys()
        return [*((n, whole) for n, got in weighs.items() if (whole := got + weigh[n][masks[n] & said_mask]) >= least[n]),
                *((n, whole) for n in by_common
                  if masks[n] & named_mask and (whole := weigh[n][masks[n] & said_mask]) >= least[n])]

    def _below(self, min_apart: float) -> list[float]:
        """Per phrase, the weight at full score below which ``match`` drops it for ``min_apart``
        (the same product as it was worked out per phrase; one value of min_apart kept)."""
        if self._below_for[0] != min_apart:
            self._below_for = (min_apart, [(min_apart - 2e-6) * total for total in self.phrase_total])
        return self._below_for[1]

    def _by_common(self, said_mask: int, seen: dict) -> set[int]:
        """The phrases a clause's common words (``said_mask``) may reach without a rarer word:
        those some subset of them reaches (each subset of a few words looked up), or, with many
        common words, every phrase they are in; ``_reaching`` weighs each either way."""
        if said_mask.bit_count() > _MOST_COMMON_SUBSETS:
            return {n for word in seen for n in self._by_common_word.get(word, ())}
        out: set[int] = set()
        part = said_mask
        while part:   # every non-empty subset of the words said
            out.update(self._reached_by_common.get(part, ()))
            part = (part - 1) & said_mask
        return out

    def about(self, observation: str, clause: list[Token]) -> set[int]:
        """Positions of the clause whose words occur in any phrase of an observation."""
        words = self.observation_words.get(observation, frozenset())
        known = self._words_cache   # (asked per observation of each clause: a word's look-up inline)
        return {p for p, t in enumerate(clause)
                if not words.isdisjoint(known.get(t.word) or self.candidate_words(t) if not t.implied
                                        else (t.canon,))}

    def candidate_words(self, token: Token) -> frozenset[str]:
        """The phrase words of ``candidates``, as a set kept per word (emptied by ``forget_words``)."""
        if token.implied:
            return frozenset({token.canon})
        hit = self._words_cache.get(token.word)
        if hit is None:
            hit = self._words_cache[token.word] = frozenset(c[0] for c in self.candidates(token))
        return hit

    def explained(self, positions: Iterable[int], clause: list[Token]) -> float:
        """Share of the clause's meaningful words found at ``positions`` (negations and
        numbers are read apart, so they do not count, nor a body part borrowed from the clause
        before, which the runner did not say here)."""
        counted = self._counted(clause)
        total = sum(counted)   # (every weight is above nought: none counted is a total of nought)
        return sum(counted[p] for p in set(positions)) / total if total else 0.0

    def _counted(self, clause: list[Token]) -> list[float]:
        """Each word's weight where it counts in ``explained``, nought where it does not."""
        lex = self.lex
        return [0.0 if (t.stop or t.canon == NOT or t.word.isdigit() or t.word in lex.gone_after
                        or t.word in lex.test_found or t.word in lex.examiners or t.word in lex.any_thing or (t.implied and t.canon in lex.site_words)
                        # ("nothing helps the heel in the morning": the help is the doer's,
                        # ``helping_verbs``; "warming up helps" is a phrase's own word)
                        or (t.word in lex.helping_verbs and n and clause[n - 1].word == "nothing"))
                else self.weight.get(t.canon, 1.0) for n, t in enumerate(clause)]

    def explaining(self, clause: list[Token]) -> Callable[[str], float]:
        """``explained(about(observation, clause), clause)`` of any observation: the clause's
        weights and where each word it can stand for is said, worked out once (the reader asks
        it of a score of observations per clause)."""
        counted = self._counted(clause)
        total = sum(counted)
        said_at: dict[str, list[int]] = {}   # phrase word -> the positions that can say it
        for p, t in enumerate(clause):
            for word in (self.candidate_words(t) if not t.implied else (t.canon,)):
                said_at.setdefault(word, []).append(p)

        def share(observation: str) -> float:
            words = self.observation_words.get(observation, frozenset())
            # (the set ``about`` makes, in ascending, summed over a copy as ``explained`` sums:
            # the same order of adding, so the same share to the last bit)
            at = set(sorted(p for w in words.intersection(said_at) for p in said_at[w]))
            return sum(counted[p] for p in set(at)) / total if total else 0.0
        return share


_MOST_COMMON_SUBSETS = 6
"""Up to this many common words in a clause, ``_by_common`` looks up each subset of them (64)."""


def _places(toks: list[Token]) -> Iterable[tuple[str, str]]:
    """(place word, landmark) pairs: "above" and the next meaningful word ("above my heel")."""
    for n, tok in enumerate(toks):
        landmark = next((t.canon for t in toks[n + 1:n + 4] if not t.stop), None)
        if landmark is not None:
            yield tok.word, landmark


def _subset_sums(weights: dict[str, float], bit: dict[str, int]) -> dict[int, float]:
    """The summed weight of every subset of ``weights``' words, keyed by the subset's bit mask."""
    sums = {0: 0.0}
    for w, wt in weights.items():
        sums.update({mask | bit[w]: got + wt for mask, got in sums.items()})
    return sums


def _first_touched(kept: tuple[int, int, list]) -> tuple[int, int]:
    """Phrases in the order the clause first touches them; ties in the phrases' order."""
    return kept[0], kept[1]


def _placed(found: dict[int, list[tuple[float, int, bool]]], weights: list[float]) -> dict[int, int]:
    """Phrase word -> clause position: words said once first, then of a word said twice the
    occurrence nearest them: "run run run left tight neck running" is "tight neck running",
    not "run ... tight neck"; "easy ... relaxed core on easy runs" takes the second "easy"."""
    used: dict[int, int] = {}
    taken: set[int] = set()
    for i in sorted(found, key=lambda i: (len(found[i]) > 1, -weights[i])):
        if len(found[i]) == 1:   # said once: nothing to choose
            pos = found[i][0][1]
            if pos not in taken:
                used[i] = pos
                taken.add(pos)
            continue
        options = sorted((o for o in found[i] if o[1] not in taken),
                         key=lambda o: (-o[0], min((abs(o[1] - p) for p in taken), default=0), o[1]))
        if options:
            used[i] = options[0][1]
            taken.add(options[0][1])
    return used


def _placed_once(found: dict[int, list[tuple[float, int, bool]]], by_weight: list[float]) -> dict[int, int]:
    """``_placed`` when each word found was said once: heaviest first, a position taken once."""
    used: dict[int, int] = {}
    for i in sorted(found, key=by_weight.__getitem__):
        pos = found[i][0][1]
        if pos not in used.values():
            used[i] = pos
    return used


def _place_negations(words: tuple[str, ...], found: dict[int, list[tuple[float, int, bool]]],
                     used: dict[int, int], clause: list[Token], lex: Lexicon) -> None:
    """A negation inside a phrase ("can't hop") must come just before the word it negates;
    "hopping doesn't hurt" has its "not" after "hop", and negates instead; without that word, a
    negation before another word negates that word ("without wobbling" is no "can't balance"),
    one that ends the clause is the phrase's ("hamstrings never" is "hamstrings never sore"); one
    whose next word says when ("nor when lying") negates the time, and is no word of the phrase."""
    for i, word in enumerate(words):
        if word == NOT and i in used and (
                not _just_before(clause, used[i], used[i + 1]) if i + 1 in used
                else any(not t.stop for t in clause[used[i] + 1:])):
            taken = set(used.values())
            fits = [o[1] for o in found[i] if o[1] not in taken and i + 1 in used
                    and _just_before(clause, o[1], used[i + 1])]
            if fits:
                used[i] = fits[-1]
            else:
                del used[i]
        if word == NOT and i in used and i + 1 in used and lex.negates_a_time(clause, used[i], used[i + 1]):
            # "nor when lying on either side" is no "can't lie on that side" ("can't get started
            # when I pee" still is "can't start peeing")
            del used[i]


def _just_before(clause: list[Token], first: int, second: int) -> bool:
    """``first`` comes before ``second`` with at most one meaningful word between them."""
    return first < second and sum(not t.stop for t in clause[first + 1:second]) <= 1


_INDEXES: dict[tuple[int, str, str], tuple[KnowledgeBase, PhraseIndex]] = {}


def index_for(kb: KnowledgeBase, stemmer: str = "pystemmer", fuzzy: str = "rapidfuzz") -> PhraseIndex:
    """The phrase index of a rule pack, built once per process."""
    key = (id(kb), stemmer, fuzzy)
    entry = _INDEXES.get(key)
    if entry is None or entry[0] is not kb:
        entry = (kb, PhraseIndex(kb, stemmer, fuzzy))
        _INDEXES[key] = entry
    return entry[1]


def search(kb: KnowledgeBase, query: str, limit: int = 10, index: PhraseIndex | None = None
           ) -> list[tuple[float, Observation]]:
    """Observations ranked by how well ``query`` states them; best first. Negation is not
    read here: searching "no swelling" should still find ``swelling``."""
    index = index or index_for(kb)
    clause = tokens(query, index.lex)
    best: dict[str, tuple[float, Observation]] = {}
    for m in index.match(clause):
        # Of two full matches, the one that explains more of the query is the more specific
        score = round(m.score * (0.6 + 0.4 * index.explained(m.positions, clause)), 4)
        if score > best.get(m.observation.id, (0.0,))[0]:
            best[m.observation.id] = (score, m.observation)
    for r in read_measures(clause, index.lex):
        if r.measure.observation in kb.observations:   # a number for it names it, whatever it says
            best[r.measure.observation] = (1.0, kb.observations[r.measure.observation])
    ranked = sorted(best.values(), key=lambda t: (-t[0], t[1].id))
    return ranked[:limit]
