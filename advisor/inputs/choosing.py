"""Which of the phrases found in a clause state something: a phrase half found only when its
observation's words explain the clause, none strewn across it, none that a better or longer phrase
of the same words hides ("knee pain" inside "pain on the outside of my knee"), and a red flag only
on enough of its own words (``unfounded``).
"""
from __future__ import annotations

from typing import Callable

from advisor.inputs.clauses import names_the_leg
from advisor.inputs.polarity import (_BECOME, PARSE_MAX_WORDS_BETWEEN, PARSE_MIN_COVERAGE, PARSE_MIN_EXPLAINED,
                                     PARSE_MIN_HALF, first_negation, is_test, state, symptoms_of)
from advisor.knowledge.model import ObservationCategory
from advisor.knowledge.search import NOT, Match, PhraseIndex, Token

_COUNTED = frozenset({"times", "reps", "seconds", "secs", "sec", "minute", "minutes", "mins"})
"""What a self-test's count counts: between a test's words with its number ("hop 20 times on
the sore leg without pain") they keep the phrase together, as the number does."""
_RELATIVE = frozenset({"that", "which", "what"})
_A_PAST_TROUBLE = frozenset({"problem", "problems", "injury", "injuries", "issue", "issues", "op", "operation",
                             "surgery", "niggle", "saga", "episode", "rehab"})
_AFTER_IT = frozenset({"after", "since", "post", "from"})
_LEG = "leg"
"""The canonical word of "leg", "legs", "both legs"."""
_WHICH_SIDE = frozenset({"left", "right", "lt", "rt"})
"""Which side, before a body part between a phrase's words, says nothing that splits it: "the
outside of my left knee gets a sharp burning pain" is outer knee pain (test drive 10: read as
knee pain only)."""


_PRESSED_ALONG = frozenset({"along", "allalong", "over", "up", "down"})
"""After a word of pressing, the way the press went ("pressed along the bone")."""
_ABLE = frozenset({"can", "could"})
"""Before a verb, what the runner is able to do."""
_GOING = frozenset({"go", "goes", "going", "went"})
"""Verbs of going, which say no symptom of a body part ("toes go numb" without the numbness)."""
_DOINGS = frozenset({"walk", "run", "jog", "stand", "sit", "hop", "squat", "lie", "climb"})
"""What a runner does: the canonical words of a pain's situations ("walking", "jogging")."""
_WHEN_DONE = frozenset({"after", "during", "before", "afterwards"})
"""Words that make a doing a pain's situation ("after sitting, still sore")."""
_WORSE = frozenset({"worse", "hurts", "hurt", "sore", "painful", "aggravated", "aggravates", "flares", "irritated"})
"""Words of a pain set off: the first half of "worse on", "hurts during"."""
_ON = frozenset({"on", "with", "during", "doing", "when", "in"})
"""The second half of "worse on", "hurts during": what sets the pain off follows."""


def _set_off_by(before: list[Token]) -> bool:
    """Whether the words before a match say a pain is set off by it: "worse on", "hurts during",
    "sore doing" (a word of worse, then one of when or on)."""
    return any(t.word in _WORSE and before[n + 1].word in _ON for n, t in enumerate(before[:-1]))


def goes_on_setting_off(clause: list[Token], before: list[Token]) -> bool:
    """Whether a clause goes on the list of the clause before of what a pain is worse on: "It's
    worse when he's sitting on benches, and on lead-leg drills and long strides"."""
    return len(clause) > 1 and clause[0].word in ("and", "or") and clause[1].word in _ON and _set_off_by(before)


def explaining(clause: list[Token], index: PhraseIndex) -> Callable[[str], bool]:
    """Whether an observation's words explain the clause (``PARSE_MIN_EXPLAINED``), worked out
    once per observation: a phrase half found states nothing without it (``chosen``), so the
    matcher need not place its words (``PhraseIndex.match``'s ``half_kept``)."""
    known: dict[str, bool] = {}
    share = index.explaining(clause)

    def explains(observation: str) -> bool:
        if observation not in known:
            known[observation] = share(observation) >= PARSE_MIN_EXPLAINED
        return known[observation]
    return explains


def chosen(matches: list[Match], clause: list[Token], index: PhraseIndex, symptoms_said: bool = True,
           symptom_affirmed: bool = True, explaining_it: Callable[[str], bool] | None = None,
           long_ago: bool | None = None, sites_said: frozenset[str] | None = None) -> list[Match]:
    """The matches that state something; a match whose words are all part of a better or
    longer one is dropped ("knee pain" inside "pain on the outside of my knee").
    ``explaining_it``: the clause's ``explaining``, when the matcher was given it too;
    ``long_ago``: the clause's ``Lexicon.long_ago``, when the reader has it; ``sites_said``: the
    body parts the text says, when the reader has them (a red flag's phrase of a bone or the chest
    not said gives way to another of its phrases: "pressed along my shin and one spot is really
    sore" is "tender spot on shin", not "tender spot on bone", which ``too_little`` drops)."""
    # A phrase half found states the observation when the words of all its phrases together
    # explain the clause: "quads burn out on long runs" is "quads tire long runs" + "thighs burn"
    symptom_words, sites = index.lex.symptom_words, index.lex.site_words
    vague = symptom_words | index.lex.vague_words
    # (not "went"/"gone" alone: "I went down the stairs" says nothing is fine, nor any pain)
    gone_after = index.lex.gone_after
    said_fine = any(t.word in gone_after and t.word not in _BECOME for t in clause)
    past = index.lex.in_history(clause, long_ago)

    negated = any(t.canon == NOT for t in clause)   # ("my glutes just don't seem to do anything")

    explaining_it = explaining_it or explaining(clause, index)
    naming_no_test = sites | index.lex.test_naming   # (what names body parts alone, but for a test)

    def presses(t: Token) -> bool:
        return t.word in index.lex.pressing and not t.word.startswith("push")   # (not "pushing off")

    def states(m: Match) -> bool:
        if m.coverage < PARSE_MIN_COVERAGE and not (m.exact and not m.phrase.apart and explains(m)):
            return False   # (the last lines' verdict on a phrase half found, first: most end here)
        # a normal state found without its word of "fine" is none: "heavy squeezing in my chest
        # on the hill reps" is no "chest fine on hills" (test drive 19: read the flag denied)
        if m.phrase.normal and m.coverage < 1 and m.phrase.fine and not any(
                clause[p].word in gone_after or clause[p].canon in m.phrase.fine for p in m.positions):
            return False
        # ... nor one with a negation between its word of fine and its last word: "hop test fine, no
        # pain at night" is no "nights are fine" negated (test drive 33 read night pain)
        if m.phrase.normal:
            fine_at = next((p for p in m.positions if clause[p].word in gone_after), None)
            if fine_at is not None and any(clause[q].canon == NOT for q in range(fine_at + 1, m.positions[-1])):
                return False
        # ... nor one of a body part not said, in a clause that names another: "unremarkable exam of
        # the shin" is no "knee exam unremarkable" (read the knee pain denied)
        if m.phrase.normal and m.coverage < 1:
            own_sites = sites.intersection(m.phrase.words)
            found_at = {clause[p].canon for p in m.positions}
            if own_sites and own_sites.isdisjoint(found_at) and any(
                    t.canon in sites and t.canon not in own_sites for t in clause):
                return False
        test = is_test(m.observation)
        red_flag = m.observation.category is ObservationCategory.RED_FLAG
        # "pulled a calf before" is history: "i pulled my calf" is not
        if m.phrase.history and not past:
            return False
        # "I don't sit much, I work on my feet" names no pain: a phrase of a pain ("pain when
        # sitting") states nothing in a text without a word for one, unless the clause says
        # the place is fine ("my lower back is fine")
        if not (said_fine or symptoms_said) and not symptom_words.isdisjoint(m.phrase.words):
            return False
        # What the runner can do is no pain of doing it: "I can walk but it's sore on tiptoe" is no
        # pain on walking (test drive 34 read the limp red flag from "I can walk"); nor is a symptom's
        # phrase of the doing alone: "I can sit through a film with my knees bent, no problem" is no
        # "sitting with knees bent" (the pain when sitting; set 28)
        if not negated and not said_fine and (not symptom_words.isdisjoint(m.phrase.words) or (
                m.observation.category is ObservationCategory.SYMPTOM and not m.phrase.normal)) and not any(
                clause[p].canon in symptom_words for p in m.positions) and any(
                p and clause[p - 1].word in _ABLE for p in m.positions):
            return False
        # ... nor is a test the runner can do, said with no pain and no verdict: "I can hop on it"
        # states nothing of pain on hopping (test drive 56 read it not sure, and the answer
        # carried "if it is there: urgent, see a clinician today")
        # (the clause only that: "can stand on that leg for a minute comfortably" is a result)
        if test and not negated and m.coverage < 1 and any(p and clause[p - 1].word in _ABLE for p in m.positions) \
                and all(t.stop or t.word in _ABLE or t.canon in index.lex.test_naming for t in clause):
            return False
        # What was pressed is not where it hurts: "pressed along my shin and one spot is really
        # sore" is no pain along the shin (the pinpoint red flag yielded to it); not "pushing off"
        if not negated and not said_fine and not symptom_words.isdisjoint(m.phrase.words) and not any(
                clause[p].canon in symptom_words for p in m.positions) and any(
                presses(t) for t in clause) and not any(t.canon in symptom_words for t in clause):
            return False
        # ... nor is the way the press went: "pressing along my shin bone one spot is really sore"
        # is no pain along the shin
        if any(p and clause[p].word in _PRESSED_ALONG and presses(clause[p - 1]) for p in m.positions):
            return False
        # A self-test whose finding is a pain is not found from the test's name alone, without
        # a pain in its clause: "her hip drops on single leg stance" is no hip pain on standing,
        # whatever hurts elsewhere in the text (test drive 19: an IT band athlete read as
        # gluteal tendinopathy first)
        if test and m.coverage < 1 and any(w in symptom_words and not any(
                clause[p].canon == w for p in m.positions) for w in m.phrase.words) and not any(
                t.canon in symptom_words or t.word in index.lex.test_found or t.word in gone_after or t.canon == NOT
                for t in clause):
            return False
        # A symptom that names which leg ("stood on the sore leg for 30 seconds", "can hop 20
        # times on the sore leg without pain") is not the self-test's pain
        # (a word of which leg that is the phrase's own is no pain: "knee dives in toward the other
        # leg", set 56)
        if test and any(clause[p].canon in symptom_words and names_the_leg(clause, p, index.lex)
                        for p in m.positions) and not any(
                t.canon in symptom_words and not names_the_leg(clause, n, index.lex)
                and not any(u.canon == NOT for u in clause[:n]) for n, t in enumerate(clause)):
            return False
        # Body parts alone (with words that name a test, for a sign) say nothing of a fault:
        # "physio tested hamstrings against quads" is no "hamstrings much weaker than quads",
        # "calves are the same size" no cramp
        if m.coverage < 1 and not negated:
            meaningful = [p for p in m.positions if not clause[p].stop]
            naming = sites if test else naming_no_test
            if meaningful and all(clause[p].canon in naming for p in meaningful) and any(
                    w not in sites and w not in vague and w != NOT for w in m.phrase.words):
                return False
        # nor "leg" alone, said or denied: "nothing down the legs", "only down the left leg, not
        # both" deny no wobbling on one leg nor a weak knee drive
        if m.coverage < 1 and all(clause[p].canon in (_LEG, NOT) or clause[p].stop for p in m.positions) and any(
                w not in (_LEG, NOT) for w in m.phrase.words):
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
        # (only a phrase with other words among its own: most are said word after word)
        # (nor a doing that starts the clause and is then said pain free: "walking round the shops
        # and up to the school gates is completely pain free", set 56)
        if m.positions[-1] - m.positions[0] >= len(m.positions) and _strewn(m, clause, test, red_flag, sites) \
                and not _said_pain_free(m, clause, symptom_words, gone_after):
            return False
        # A normal state is read from its own words only, never half of them with the fault's
        # other phrases: "I don't brace my core" is not "relaxed core on easy runs" negated
        if m.phrase.apart:
            # "no chest pain" denies chest pain now; "no chest pain on hills" does not; a part
            # states only when denied ("no fever" denies a hot swollen joint, "I had a fever"
            # says nothing of it), else it leaves the clause to the fault's phrases ("my calf
            # went hot" after a flight is the swollen calf's "calf swollen after a long flight")
            return m.coverage >= PARSE_MIN_COVERAGE and (not m.phrase.shared or _bare(m, clause, index)) and (
                not m.phrase.denial or state(m, clause, index)[0] is False)
        # One word the fault shares with its normal state, in a clause that neither negates nor
        # says fine, in a text that affirms no symptom, says neither: "sleeping like a baby" is
        # no "disturbs my sleep", "eating loads" no "under eating" ("sleep well", "eat well")
        if not symptom_affirmed and m.coverage < PARSE_MIN_COVERAGE:
            said = {clause[p].canon for p in m.positions if not clause[p].stop}
            if len(said) == 1 and said <= index.normal_words.get(m.observation.id, frozenset()) and not any(
                    t.canon == NOT or t.word in index.lex.gone_after for t in clause):
                return False
        # Half a phrase found only by spelling is not enough: "in spring" is not "weak sprint"
        return m.coverage >= PARSE_MIN_COVERAGE or explains(m)

    def explains(m: Match) -> bool:
        return explaining_it(m.observation.id)

    # Per observation, the best stating phrase; of equals, the one using more words ("achilles
    # pain" over "achilles" in "achilles isn't sore": the negation sits between its words), then
    # the tighter ("can't hop" over "hurts to hop" in "can't hop without pain"), then one that
    # leaves a negation to negate ("hop test" over "can't hop" in "no hop test")
    # (and of equals, one with the test's result negated inside it over the test's bare name:
    # "hop test: 20 hops on the sore leg, no pain" is "pain on hopping" denied, not "hop test"
    # with no negation before it)
    def rank(m: Match):
        return (m.score, result_negated(m), len(m.positions), -m.span, NOT not in m.phrase.words)

    def result_negated(m: Match) -> bool:
        return bool(m.observation.self_test) and not names_the_test(m) and NOT not in m.phrase.words and any(
            clause[p].canon == NOT for p in range(m.positions[0], m.positions[-1] + 1))

    # A normal state says more than a phrase of the fault that shares its words and adds only a
    # symptom: "the pain settles with rest" is "settles when resting", not "resting pain"; but
    # "periods stopped a few months" stays "periods stopped" (the fault adds a word of its own)
    def adds_only_a_symptom(fault: Match, normal: Match) -> bool:
        shared = set(fault.positions) & set(normal.positions)
        return bool(shared) and all(clause[p].stop or clause[p].canon in vague
                                    for p in set(fault.positions) - shared)

    # ... and a normal result found whole says more than the test's name: "thomas test: thigh
    # drops to the bed" is the normal result, not the test named
    def names_the_test(m: Match) -> bool:
        return all(clause[p].stop or clause[p].canon in index.lex.test_naming for p in m.positions)

    def normal_over(normal: Match, fault: Match) -> bool:
        return normal.phrase.normal and not fault.phrase.normal and (
            adds_only_a_symptom(fault, normal) or (normal.coverage >= 1 and (
                names_the_test(fault) or borrows_its_pain(fault, normal))))

    # ... and a normal state found whole says more than a phrase of the fault whose only pain is
    # a word of it: "the leg pain settles with rest and moving my toes doesnt make it worse" is
    # no "moving my toes is agony" on the pain of "leg pain settles" (set 58 read the emergency)
    def borrows_its_pain(fault: Match, normal: Match) -> bool:
        shared = set(fault.positions) & set(normal.positions)
        return bool(shared) and all(clause[p].canon in symptom_words for p in shared) and not any(
            clause[p].canon in symptom_words for p in set(fault.positions) - shared)

    # A phrase whose own negation is the clause's, said apart from another (no word shared),
    # says more than the other, which that negation would deny: "nothing sore anywhere, just want
    # to stay injury free" is "no pain anywhere", not "stay injury free" negated (set 35 read no
    # complaints denied, the wrong way round). Sharing a word, the rank's last tie-break leaves the
    # negation to negate: "no hop test" is "hop test" denied
    def owns_negation(m: Match, other: Match) -> bool:
        return NOT in m.phrase.words and not set(m.positions) & set(other.positions) and any(
            clause[p].canon == NOT and p < other.positions[0] for p in m.positions)

    def better(m: Match, old: Match) -> bool:
        if normal_over(m, old):
            return True
        if normal_over(old, m):
            return False
        if owns_negation(m, old) != owns_negation(old, m):
            return owns_negation(m, old)
        if sites_said is not None:
            unsaid, old_unsaid = key_site_unsaid(m, sites_said, index.lex), key_site_unsaid(old, sites_said, index.lex)
            if unsaid != old_unsaid:
                return old_unsaid
        return rank(m) > rank(old)

    best: dict[str, Match] = {}
    stating: list[Match] = []
    for m in matches:
        if states(m):
            stating.append(m)
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
        # A part denied stands beside another observation's phrase around it or of the same words
        # ("no chest pain" denies both; "never any pain or pressure in his chest when he runs"),
        # but hides a fault's phrase inside its words: "(calves are the same size,) not warm" is
        # no warm-up
        if m.observation.id != k.observation.id and (
                m.phrase.shared or k.phrase.shared or (m.phrase.denial and not k.phrase.denial)):
            return False
        # A body part's pain inside a phrase of when a pain comes that names it ("knee hurts when
        # sitting") is said too: words.yaml pain_situations
        if m.observation.id in index.lex.pain_situations.get(k.observation.id, ()):
            return False
        if mine == theirs:
            return m.score < k.score
        # ... unless all it adds is a negation: "no sore hamstrings" is sore hamstrings absent,
        # whatever "hamstrings never sore" says
        return mine < theirs and any(clause[p].canon != NOT for p in theirs - mine)

    kept: list[Match] = []
    for m in good:
        # A red flag's phrase inside any phrase of another observation kept (not only its best)
        # is hidden too: "both shins sore along the inside of the bone" keeps "pain along the
        # shin", and its "sore all along the bone" hides "bone pain" (test drive 27 read the
        # stress-fracture flag, urgent, only when "both" moved the best phrase)
        # (another red flag's phrase hides one only when found whole, and this one only half, on
        # the words of the clause together: "no tingling or numbness down the leg" is "numb leg",
        # not half of "numb between my legs", an emergency denied)
        of_kept = {k.observation.id for k in kept}
        if not any(hides(k, set(m.positions)) for k in kept) and not _strewn_over_a_denial(m, stating, clause, symptom_words) and not (
                m.observation.category is ObservationCategory.RED_FLAG and any(
                    g.observation.id in of_kept and hides(g, set(m.positions)) and (
                        g.observation.category is not ObservationCategory.RED_FLAG or (
                            g.coverage >= 1 and m.coverage < PARSE_MIN_COVERAGE)) for g in stating)):
            kept.append(m)
    return sorted(kept, key=lambda m: m.positions[0])


_ALONG_A_SIDE = frozenset({"inside", "outside", "inner", "outer", "edge", "along", "middle", "strip"})
"""Where along a body part ("the inside edge of"): no words of another place (above, under)."""


def _strewn(m: Match, clause: list[Token], test: bool, red_flag: bool, sites: frozenset[str]) -> bool:
    """Whether more than PARSE_MAX_WORDS_BETWEEN meaningful words lie among a phrase's words
    (``chosen``: "sore for 6 weeks since I added hill sprints" is no "hills hurt"). Words of
    where on a body part, before it, keep its pain with it: "sore strip down the inside edge of
    both shins" (test drive 50 read nothing)."""
    inside = set(range(m.positions[0], m.positions[-1] + 1)) - set(m.positions)
    # (not over a negation: "the ache isn't spread out down the inner shin" denies no ache)
    placed = clause[m.positions[-1]].canon in sites and not any(clause[q].canon == NOT for q in inside)
    def apart(p: int) -> bool:
        return not (clause[p].stop or (not red_flag and _names_a_side(clause, p, sites)) or (
            placed and clause[p].word in _ALONG_A_SIDE) or (
            test and (clause[p].canon == NOT or clause[p].word.isdigit() or clause[p].word in _COUNTED
                      # (nor the leg a test is done on: "tried a few hops on the left leg in the
                      # kitchen and it stabbed like a knife", set 89 read no hop pain, urgent)
                      or clause[p].canon == _LEG or (clause[p].word in _WHICH_SIDE and p + 1 < len(clause)
                                                     and clause[p + 1].canon == _LEG))))
    # (from a negation to the pain it implies, the words go with the denial: "my knees have
    # never once given me grief", set 25)
    denial = next((p for p in sorted(inside) if clause[p].canon == NOT), len(clause)) \
        if clause[m.positions[-1]].implied else len(clause)
    # (counted only until one too many: a phrase strewn over a long clause need not count them all)
    many = 0
    for p in inside:
        if p < denial and apart(p):
            many += 1
            if many > PARSE_MAX_WORDS_BETWEEN:
                return True
    return False


def _said_pain_free(m: Match, clause: list[Token], symptom_words: frozenset[str], gone_after) -> bool:
    """Whether the match begins the clause and ends on its pain said free or fine, the clause's
    last words: "walking round the shops ... is completely pain free"."""
    first = next((p for p, t in enumerate(clause) if not t.stop), None)
    last = m.positions[-1]
    return m.positions[0] == first and clause[last].canon in symptom_words and last + 2 == len(clause) \
        and clause[last + 1].word in gone_after


def _strewn_over_a_denial(match: Match, stating: list[Match], clause: list[Token],
                          symptom_words: frozenset[str]) -> bool:
    """Whether a red flag's words lie around another observation's phrase and the negation that
    phrase begins with: "the shin pain isn't spread out down the bone" denies a long stretch of
    shin pain, not "bone pain" (set 44 read the pinpoint-bone red flag denied). Not another red
    flag's phrase ("no spot where she winced" denies each bone flag), nor with the red flag's
    symptom after the negation: "hop on that leg with no groin pain" denies pain on hopping.
    Nor a pain's words around a red flag's denied: "pushing off hurts no pop at the back of the
    ankle" denies the snap, not the Achilles pain (test drive 56, beside a calf pull: the torn
    Achilles' urgent flag needs that pain)."""
    red_flag = match.observation.category is ObservationCategory.RED_FLAG
    if not red_flag and match.observation.category is not ObservationCategory.SYMPTOM:
        return False
    first, last = match.positions[0], match.positions[-1]
    for other in stating:
        if (other.observation.category is ObservationCategory.RED_FLAG) == red_flag:
            continue   # (one red flag's denial beside another's: "no point tenderness" in the foot bones)
        own = [p for p in other.positions if p not in match.positions and not clause[p].stop]
        if other.coverage < 1 or not own or not all(first < p < last for p in own):
            continue
        before = next((p for p in range(own[0] - 1, first, -1) if not clause[p].stop), None)
        if before is not None and clause[before].canon == NOT and all(
                p < before for p in match.positions if clause[p].canon in symptom_words):
            return True
    return False


def _names_a_side(clause: list[Token], p: int, sites: frozenset[str]) -> bool:
    """"left" or "right" right before a body part ("my left knee"), not "right where it joins".
    Not for a red flag's phrase, which must stand on tighter words ("my left hip drops every time I
    land on the right foot" is no foot drop)."""
    return clause[p].word in _WHICH_SIDE and p + 1 < len(clause) and clause[p + 1].canon in sites


def _bare(match: Match, clause: list[Token], index: PhraseIndex) -> bool:
    """A clause that says nothing but the match and a negation or "fine" (and words no phrase
    uses, or other things the same negation denies before it): "no chest pain", "chest feels
    completely normal today", "she denies saddle numbness and any chest pain"), or after it, joined
    by "or", more words of the same denial: "no chest pain or tightness at all" (set 67 denied only
    the chest pain on runs)."""
    negated = first_negation(clause)
    end = match.positions[-1]
    joined = next((p for p in range(end + 1, len(clause)) if clause[p].word in _OR), len(clause))
    own = index.denial_words.get(match.observation.id, frozenset())
    return all(t.stop or t.canon == NOT or p in match.positions or t.canon not in index.by_word
               or t.word in index.lex.gone_after or negated < p < match.positions[0]
               or p > joined and t.canon in own
               for p, t in enumerate(clause))


_OR = frozenset({"or", "nor"})


_WORSE_ON = frozenset({"stair", "stairs", "step", "steps", "hill", "hills", "downhill", "uphill", "squat", "squats",
                       "squatting", "kneel", "kneeling", "wors", "worse"})
"""What makes a pain worse, said of no place of its own: "worse on stairs"."""


def _pressed_found_nothing(clause: list[Token], lex) -> bool:
    """A clause that presses and ends "felt nothing", "found nothing"."""
    return len(clause) > 2 and clause[-1].canon == NOT and clause[-2].word in lex.found_nothing_after \
        and any(t.word in lex.pressing for t in clause)


def key_site_unsaid(match: Match, sites_said: frozenset[str], lex) -> bool:
    """Whether a red flag's phrase, found in part, names a bone, the chest or a fever
    (``key_sites``) that the text does not say."""
    return match.observation.category is ObservationCategory.RED_FLAG and match.coverage < 1 \
        and not (lex.key_sites & set(match.phrase.words)) <= sites_said


_JOINS = frozenset({"joins", "join", "joined", "meets", "meet", "attaches", "attach", "attached", "inserts", "insert"})


def unfounded(match: Match, present: bool | None, clause: list[Token], index: PhraseIndex,
              sites_said: frozenset[str], affirmed: bool, symptom_near: bool,
              sites_affirmed: frozenset[str], set_off: bool = False) -> bool:
    """Whether a statement the clause's words would make rests on too little to keep
    (``set_off``: the clause goes on a list of what a pain is worse on, ``goes_on_setting_off``)."""
    lex, symptoms, red_flag = index.lex, index.lex.symptom_words, match.observation.category is ObservationCategory.RED_FLAG
    phrase = set(match.phrase.words)
    # A place's phrase found in part without its place, in a text that names only other places,
    # is not that place's: "outer hip pain, worse on stairs" is no "knee hurts on stairs" (test
    # drive 45 read runner's knee first for an outer-hip story)
    # (found only by what makes a pain worse: the stairs, hills, squatting)
    # (and a word of pain with it: "outer hip aches, stairs set it off", test drive 51)
    if present and match.coverage < 1 and sites_said and all(
            clause[p].stop or clause[p].canon in _WORSE_ON or clause[p].canon in symptoms for p in match.positions) \
            and any(clause[p].canon in _WORSE_ON for p in match.positions) \
            and (own_sites := lex.site_words & phrase) and own_sites.isdisjoint(sites_said):
        return True
    # A normal state, half found and negated, is no fault said: "the same every run rather than
    # building" is no "builds during the run" denied (pain that eases after warming up)
    if present and match.phrase.normal and match.coverage < 1:
        return True
    # ... nor one after a negation of a thing it describes: "no tightness that builds up during the
    # run" is no "builds as the run goes on" negated (set 45 read pain that eases after warming up)
    if present and match.phrase.normal and any(t.word in _RELATIVE for t in clause[first_negation(clause):match.positions[0]]):
        return True
    # A presence the clause's own words rule out: "pain at one spot of the inner shin" is no long
    # stretch of it (words.yaml ruled_out_by_words)
    if present and (ruling := lex.ruled_out_by_words.get(match.observation.id)) and any(
            t.word in ruling for t in clause) and not any(t.canon == NOT for t in clause):
        return True
    # Found only in words borrowed from the clause before, beside a thing of the clause's own
    # that is no pain: "no pop at the achilles, no bruising" denies no Achilles pain (test drive
    # 64); a bare "nothing" or "no pain" still speaks of the part before
    if all(clause[p].implied for p in match.positions) and any(
            t.word in lex.own_findings and not t.implied for t in clause):
        return True
    # What a clause before did, borrowed by a bare denial, is only a pain's place: "I sit all
    # day and it doesn't bother me" is no "sits all day" denied, nor a pain of a body part never
    # named ("I run hills and it doesn't hurt" denies no chest pain)
    # (a complaint borrowed with its place is a pain's word: "calf cramps on long runs, never in races")
    if any(clause[p].implied and clause[p].canon not in lex.site_words and clause[p].canon not in symptoms
           and not (clause[p].canon in lex.tail_complaints and any(clause[q].implied and clause[q].canon in lex.site_words
                                                                   for q in range(len(clause))))
           for p in match.positions) and (not symptoms_of(match.observation, lex)
                                          or not lex.site_words.isdisjoint(phrase - sites_said)):
        return True
    # A red flag's phrase of the bone, chest or fever, found without it, is not stated either
    # way: "I squeeze my achilles and they feel comfortable" denies no chest pain
    if key_site_unsaid(match, sites_said, lex):
        return True
    # ... nor one found without its place: "my foot hurts" is no "top of foot pain" (a metatarsal
    # stress fracture), "feeling in my feet is normal" denies none
    if red_flag and match.coverage < 1 and any(
            w in lex.places and w not in {clause[p].word for p in match.positions} for w in match.phrase.words):
        return True
    # A pain's situation alone, with no pain in the clause, is what the runner does: "mostly
    # walking with some jogging" is no pain on walking (test drive 43, beside a heel's pain);
    # an inability is a pain's ("no chance I can hop on that leg, sharp pain the second I land"),
    # a situation named too ("after sitting, still sore")
    if present and match.coverage < 1 and symptoms_of(match.observation, lex) and all(
            clause[p].stop or clause[p].canon in _DOINGS for p in match.positions) and not any(
            t.canon in symptoms or t.word in lex.complaint_words or t.word in lex.pain_reactions or t.implied
            or t.canon in lex.pain_qualities or t.canon == NOT or t.word in lex.situation_words
            or t.word in _WHEN_DONE for t in clause):
        return True
    # A form fault the pain is worse on is what sets it off, not how the runner runs: "worse on
    # lead-leg drills and long strides" is no overstriding (test drive 42 made it the cause of a
    # sprinter's hamstring pain); with a body part it still is ("sore when my knee caves in")
    # (so is a symptom of no pain found in part: "pain where the achilles meets the heel bone, worse
    # on hills" is no weak climbing, test drive 61)
    # (or found whole but strewn: "worse in my tight shoes with a hard heel counter and on hills" is
    # no "hills feel hard", test drive 66: weak glutes and a glute bridge for an Achilles)
    if present and (match.observation.category is ObservationCategory.SIGN
                    or ((match.coverage < 1 or match.positions[-1] - match.positions[0] >= len(match.positions) + 2)
                        and not symptoms_of(match.observation, lex))) \
            and lex.site_words.isdisjoint(clause[p].canon for p in match.positions) \
            and (set_off or _set_off_by(clause[:match.positions[0]])):
        return True
    # ... and read present, of the knee, not without a knee said: "kicked in the back of the
    # ankle, heard a pop" is no knee that swelled after a pop (a knee "looks the same" still
    # denies swelling)
    if red_flag and present and match.coverage < 1 and not (lex.present_key_sites & phrase) <= sites_said:
        return True
    # The word that says the fault, left out, leaves no fault: "he powers up climbs" is no "lose
    # power on climbs"; and for a red flag the word that makes it one: "groin pain after
    # running" is no "groin worse every run"
    telling = phrase & (lex.fault_words | lex.red_flag_qualifiers if red_flag else lex.fault_words)
    if present and telling and telling.isdisjoint(clause[p].canon for p in match.positions):
        return True
    # A phrase of a body part found only by what a pain is like is not stated present: "pain
    # under my heel, sharp" is no "sharp twinge in the calf"
    if present and match.coverage < 1 and not lex.site_words.isdisjoint(phrase) and all(
            clause[p].stop or clause[p].canon in lex.pain_qualities for p in match.positions):
        return True
    # A red flag's denial rests on at least half its phrase, as its presence does: "doesn't hurt
    # after I stop, only while I'm running" is not "leg pain that stops when I stop" denied (note
    # 26), nor "I didn't have to stop" (sets 31, 42, 43, 45)
    if present is False and red_flag and match.coverage < PARSE_MIN_HALF:
        return True
    # ... nor on a body part alone: "cant go up on my toes" is no numbness of the toes denied (test
    # drive 35 quoted it back to the runner as their denial)
    # (nor with a verb of going: "I can still go up on my toes fine" is no "toes go numb" denied,
    # test drive 42)
    # (but a body part pressed that "felt nothing" is its tenderness denied: "pressed the shin
    # bone and felt nothing", "... and didn't flinch", read nothing)
    if present is False and red_flag and all(clause[p].stop or clause[p].canon == NOT or clause[p].canon in lex.site_words
                                             or clause[p].word in _GOING for p in match.positions) \
            and not _pressed_found_nothing(clause, lex):
        return True
    # ... nor, half found, on what it is like alone: "shin pain on every run, no swelling" denies the
    # swelling, not the emergency of severe leg pain that does not settle (note 29)
    # ("wiggling my toes is fine", its "no pain" read from "fine", still denies pain moving the toes)
    if present is False and red_flag and match.coverage < 1 and not match.phrase.normal and all(
            clause[p].stop or clause[p].canon == NOT or clause[p].canon in lex.site_words
            or (clause[p].canon in symptoms and not clause[p].implied) for p in match.positions) \
            and not _pressed_found_nothing(clause, lex):
        return True
    # A body part alone, half a phrase, names no fault that is not a pain: "fine with my toe", "my
    # toes" are no running on the toes (the property test found "no bother with my toe" read it)
    if present and match.coverage < 1 and NOT not in match.phrase.words and not symptoms_of(match.observation, lex) and all(
            clause[p].stop or clause[p].canon in lex.site_words for p in match.positions):
        return True
    # A body part alone, named as a past trouble ("injury free for 2 years now after my achilles
    # problem", "pain free since my knee op"), is no pain there now (test drive 31 read Achilles pain)
    if present and all(clause[p].stop or clause[p].canon in lex.site_words for p in match.positions) \
            and match.positions[-1] + 1 < len(clause) and clause[match.positions[-1] + 1].word in _A_PAST_TROUBLE \
            and any(t.word in _AFTER_IT for t in clause[max(0, match.positions[0] - 3):match.positions[0]]):
        return True
    # A self-test's pain at a body part the text never names, found without it, is not that test:
    # "deep groin pain ..., now it hurts to stand on that leg" is no outer hip pain on standing
    # (test drive 32 named gluteal tendinopathy beside a femoral-neck red flag)
    named = (phrase & lex.site_words) - {_LEG}
    if present and match.coverage < 1 and is_test(match.observation) and named and not symptoms.isdisjoint(phrase) \
            and named.isdisjoint(sites_affirmed) and named.isdisjoint(clause[p].canon for p in match.positions):
        return True
    # A red flag's phrase of the leg, found without "leg", in a clause that names another body
    # part none of its synonyms names, is not of the leg: "a sore foot that won't settle" is no
    # "leg pain not settling", the emergency of an acute compartment syndrome (test drive 38);
    # "... and moving my toes makes it scream" is ("agony moving toes")
    if present and red_flag and match.coverage < 1 and _LEG in phrase \
            and all(clause[p].canon != _LEG for p in match.positions) \
            and any(t.canon in lex.site_words and t.canon not in index.synonym_words[match.observation.id] for t in clause):
        return True
    if present and red_flag:
        # A red flag's phrase of a body part the text never names ("I've got a few niggles at the
        # moment" is no "chest pain at the moment", an emergency; the part may be in another
        # clause: "twisted my knee, ... it had blown up like a balloon"), or without its bone or
        # chest ("my foot hurts" is no "foot bone pain"), or found less than half ("had to stop"
        # is a third of "leg pain that stops when I stop") is not stated present. Only red flags,
        # only present: "I don't get cramps" is still the calf cramps, "ankles solid, never
        # buckled" denies a knee that buckles.
        if match.coverage < 1 and ((sites_affirmed.isdisjoint(phrase) and not lex.site_words.isdisjoint(phrase))
                                   or key_site_unsaid(match, sites_said, lex)):
            return True
        if match.coverage < PARSE_MIN_HALF:
            return True
        # ... nor a red flag's pain or swelling where neither this clause nor the ones next to it
        # name a symptom: "(it eased with rest and) I could move my feet and toes freely" is no
        # "moving my toes is agony"; "my knee is hot, red and swollen" keeps its swelling
        if not symptoms.isdisjoint(phrase) and not symptom_near \
                and not any(clause[p].canon in symptoms for p in match.positions):
            return True
    # Pressing a place says no pain there by itself: a pain phrase found without its pain in a
    # clause that presses, in a text that affirms no symptom ("pressed all along both shin bones,
    # no tender spot anywhere"); nor does a time said after a pain denied ("i have never had chest
    # pain since i finished my run" is no pain after runs: the property test found it; "doesn't
    # hurt during the run, only once I'm done" says its pain by "only", and "..., it's deeper in the
    # buttock" by pointing to it)
    # (a body part alone, pressed, names no pain either: "squeezed both achilles, no soreness
    # either side", set 49 read Achilles pain)
    # (with where on it: "squeezed the tendon a few cm above the heel, nothing", set 64 read
    # the pain above the heel)
    # (or where two parts join: "pressed right where the achilles joins the back of the heel bone,
    # nothing sore at that spot", set 89 read the insertional Achilles pain)
    if present and not affirmed and any(t.word in lex.pressing for t in clause) and all(
            clause[p].stop or clause[p].canon in lex.site_words or clause[p].word in lex.places
            or clause[p].word in _JOINS for p in match.positions):
        return True
    return bool(present and not affirmed and not symptoms.isdisjoint(phrase)
                and not any(clause[p].canon in symptoms for p in match.positions)
                and (any(t.word in lex.pressing for t in clause) or (
                    match.coverage < PARSE_MIN_COVERAGE and not any(t.word == "only" for t in clause)
                    and not (clause and clause[0].word in ("it", "its")))))
