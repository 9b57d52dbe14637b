"""A runner's text cut into clauses, the stretches a negation can reach: at punctuation, at
"but", "although" ..., and at "and"/"or" when a new clause starts after it; then joined back
where the parts belong together: a form's label and its answer ("Swelling - none"), a test's
name and its result ("side lying leg raises, 15 each side"), a clause of only a number ("30 on
the left"), a negated list ("no numbness, tingling or weakness"). The words are data in
``advisor/knowledge/words.yaml``.
"""
from __future__ import annotations

import re

from advisor.inputs.counts import is_number
from advisor.knowledge.search import NOT, THEN, PhraseIndex, Token

_BREAK_PUNCTUATION = re.compile(r"[.,;:!?()\[\]\n|]|\s[-–—]\s|[–—]")


_IT_IS = frozenset({"its", "thats"})
_PARTICLES = frozenset({"in", "out", "up", "down", "over", "off", "away"})
"""The end of a negated verb ("dont cave in"), after which "they" starts a clause of its own."""
"""After "not" and a body part, these start what it is instead (see ``clauses``)."""


_ME = frozenset({"i", "we"})


def _FOR_EXAMPLE(toks: list[Token], n: int) -> bool:
    """", e.g. climbing hills", ", for example on hills", ", such as hills": an example of what the
    clause says, no clause of its own ("Q6 chest discomfort on exertion, e.g. climbing hills:
    never experienced" read the discomfort apart from its answer)."""
    word = toks[n].word
    after = toks[n + 1].word if n + 1 < len(toks) else ""
    return word in ("eg", "ie", "including", "incl") or (word, after) in (
        ("for", "example"), ("for", "instance"), ("such", "as"))


def clauses(text: str, toks: list[Token], index: PhraseIndex) -> list[list[Token]]:
    """Split the tokens where negation must stop."""
    lex = index.lex
    out: list[list[Token]] = [[]]
    seps: list[str] = [""]     # what ended the clause before each: punctuation, or a word
    prev_end = 0
    for n, tok in enumerate(toks):
        gap = text[prev_end:tok.start]
        prev_end = tok.end
        # (a decimal point is no break: "ratio 0.65 bilat")
        # (a gap of one space, as most are, breaks nothing: no pattern tried on it)
        if out[-1] and tok.start != toks[n - 1].start and gap != " " and _BREAK_PUNCTUATION.search(gap) \
                and not (gap == "." and toks[n - 1].word.isdigit() and tok.word[:1].isdigit()) \
                and not (gap.strip() == "," and _FOR_EXAMPLE(toks, n)):
            out.append([])
            seps.append(gap.strip())
        if tok.word in lex.clause_breaks or (
                tok.word == "since" and n + 1 < len(toks) and toks[n + 1].word in lex.since_starts
                and any(t.canon == NOT for t in out[-1])
                # (a clause of the negation alone is the "not since" of a past: "used to get calf
                # cramps ... but not since I started taking salt tabs", set 71 read nothing)
                and not all(t.canon == NOT for t in out[-1])) or (
                tok.word in ("and", "or") and n + 1 < len(toks) and toks[n + 1].word in lex.clause_starts
                and not _goes_on(text, toks, n, out[-1], lex) and not _only_a_subject(out[-1], lex)
                and not _a_pain_denied_of_it(toks, n, out[-1], lex)) or (
                tok.word == "and" and _says_fine(toks[n + 1:n + 6], lex) and any(t.canon == NOT for t in out[-1])) or (
                # "no gym and no cross-training": each denial a clause of its own (set 30's kin read
                # the two negations as one cancelling the other)
                tok.word in ("and", "or") and n + 1 < len(toks) and toks[n + 1].word in ("no", "never")
                and bool(out[-1]) and out[-1][0].word in ("no", "never")) or (
                # "pressed all along the shin bone and not one spot is sore": what was done, then
                # what was found (set 31 read nothing, the words strewn over one clause)
                tok.word == "and" and n + 1 < len(toks) and toks[n + 1].word in _FOUND_NONE
                and any(t.word in lex.pressing for t in out[-1]) and not any(t.canon == NOT for t in out[-1])) or (
                # "can't get past 5k before my knee hurts": the negation is of the distance, and
                # what comes before it is there (set 37 and its kin read the pain denied)
                tok.word == "before" and any(t.canon == NOT for t in out[-1])
                and any(t.word in _HOW_FAR for t in out[-1])):
            out.append([])
            seps.append(tok.word)
            continue
        if tok.word in _ME and len(out[-1]) > 2 and out[-1][0].word in lex.pressing \
                and out[-1][0].word.endswith(("ing", "ed")) and out[-1][1].word != "off" \
                and not any(t.word in _ME for t in out[-1]):
            # "Pressing all along the shin bone I can't find any one sore spot": what was pressed,
            # then what was found (set 45 read nothing, the words strewn over one clause)
            out.append([])
            seps.append(",")
        if tok.word in _IT_IS and len(out[-1]) > 1 and out[-1][-1].canon in lex.site_words \
                and any(t.canon == NOT for t in out[-1]):
            # "its not my kneecap its the outer side of the knee", texted without the comma
            # (test drive 28 read the outer knee pain denied)
            out.append([])
            seps.append(",")
        if tok.word == "they" and len(out[-1]) > 3 and out[-1][-1].word in _PARTICLES and n + 1 < len(toks) \
                and not toks[n + 1].stop and any(t.canon == NOT for t in out[-1][-4:-1]):
            # "my knees dont cave in they track straight over my toes", texted without the comma
            # (set 35 read the tracking straight negated: the knee caving in)
            out.append([])
            seps.append(",")
        out[-1].append(tok)
        if text[tok.start:tok.end].lower() in lex.answer_only and n + 1 < len(toks):
            out.append([])
            seps.append(",")
    out, seps = _usual_tails(*_fine_tails(out, seps, lex))
    out, seps = _named_tests(*_form_answers(*_labels_in_brackets(out, seps), lex), lex)
    out = _exceptions(out, seps, lex)
    out, seps = _predicates(out, seps, lex)
    out, seps = _described(out, seps, lex)
    # clauses after a comma may continue a negated list ("no numbness, tingling or weakness")
    listed = {i for i, sep in enumerate(seps) if sep == ","}
    out = _fine_lists([c for c in _negated_lists(out, listed, lex) if c], lex)
    return [_postposed(c) for c in _compared_numbers(out, lex)]


def _fine_lists(out: list[list[Token]], lex) -> list[list[Token]]:
    """Join a clause of body parts alone to the clause after it, of more body parts said to be
    fine: "my shins, hips and feet are all fine" (test drive 19: read the shins sore)."""
    joined: list[list[Token]] = []
    for clause in out:
        prev = joined[-1] if joined else None
        if prev and all(t.stop or t.canon in lex.site_words for t in prev) and any(
                t.canon in lex.site_words for t in prev) and clause and clause[0].canon in lex.site_words \
                and any(t.word in lex.tail_fine for t in clause) and not any(
                t.canon == NOT or t.canon in lex.symptom_words for t in clause):
            joined[-1] = prev + clause
            continue
        joined.append(clause)
    return joined


def _usual_tails(out: list[list[Token]], seps: list[str]) -> tuple[list[list[Token]], list[str]]:
    """"ran 70 miles last week, usually 40": a number said as the usual one, after a comma, goes
    with the clause before, whose number it is compared with (note 27: the rise was unread)."""
    joined: list[list[Token]] = []
    kept: list[str] = []
    for clause, sep in zip(out, seps):
        said = [t for t in clause if not t.stop or t.word[:1].isdigit()]
        if joined and sep == "," and len(said) <= 3 and said and (
                said[0].word in _USUALLY or clause[0].word in _THEN_AND_NOW) \
                and any(t.word[:1].isdigit() for t in (said if clause[0].word in _THEN_AND_NOW else said[1:])) \
                and any(t.word[:1].isdigit() for t in joined[-1]):
            joined[-1] = joined[-1] + clause
        else:
            joined.append(clause)
            kept.append(sep)
    return joined, kept


_USUALLY = frozenset({"usually", "normally", "typically"})
_THEN_AND_NOW = THEN | {"now"}
"""A short clause of a number then or now goes with the clause before, of the number it is
compared with: "was doing 20k a week, now 40k", "40k a week now, was 20k"."""


def _fine_tails(out: list[list[Token]], seps: list[str], lex) -> tuple[list[list[Token]], list[str]]:
    """Typed without punctuation, a subject said to be fine after a complaint is a clause of its
    own: "chest tight on hills legs fine", "calf swollen and hot since the flight walking ok",
    "heel pain first steps rest of the day fine". Without this the "fine" denied the complaint
    (test drive 10: a possible clot read absent). The subject is a body part or a
    ``tail_subjects`` word right before a ``tail_fine`` word (a copula may sit between), with the
    little words before it ("the rest of the day"); what comes before must say a complaint
    ("knees and hips fine", "the back of the heel bone is fine" stay one clause)."""
    joined: list[list[Token]] = []
    kept: list[str] = []
    for clause, sep in zip(out, seps):
        at = _tail_start(clause, lex)
        if at is None:
            joined.append(clause)
            kept.append(sep)
        else:
            joined += [clause[:at], clause[at:]]
            kept += [sep, "fine"]
    return joined, kept


def _tail_start(clause: list[Token], lex) -> int | None:
    """Where a fine tail starts in the clause (see ``_fine_tails``), or None."""
    subjects = lex.site_words | lex.tail_subjects
    complaints = lex.symptom_words | lex.tail_complaints
    # "it's fine when walking", "fine at rest" after a complaint: "achilles hurts when i run
    # it's fine when walking" (test drive 13: the fine read the achilles pain absent)
    for n in range(1, len(clause) - 1):
        start = n - 1 if clause[n - 1].word in _POINTING_FINE else n
        if clause[n].word in lex.tail_fine and clause[n + 1].word in _FINE_WHEN and start > 0 and any(
                t.canon in complaints for t in clause[:start]):
            return start
    # "... worse every run I can still jog fine", "heel hurts in the morning I can walk on it
    # fine" (test drive 12): what the runner can do, fine, after a complaint
    for n in range(1, len(clause) - 2):
        if clause[n].word == "i" and clause[n + 1].word in _CAN and any(
                t.word in lex.tail_fine for t in clause[n + 2:n + 8]) and any(t.canon in complaints for t in clause[:n]):
            return n
    for f, tok in enumerate(clause):
        if tok.word not in lex.tail_fine:
            continue
        s = f - 1
        while s > 0 and clause[s].word in _COPULA:
            s -= 1
        if s < 1 or clause[s].canon not in subjects:
            continue
        while s > 1 and f - s < 5 and (clause[s - 1].stop or clause[s - 1].word in _WHOLE):
            s -= 1
        before = clause[s - 1].word
        if before in ("and", "or", "with") or before in lex.tail_object_of or before in lex.pressing:
            continue   # the subject is an object: "moving my toes is fine", "pinching it"
        if clause[s - 1].canon in lex.symptom_words and s > 1 and clause[s - 2].word in _WHICH \
                and clause[s].canon in lex.site_words:
            continue   # the subject is which one: "lying on the sore hip is fine" (set 34 read it sore)
        if any(t.canon in complaints for t in clause[:s]):
            return s
    return None


_CAN = frozenset({"can", "could"})
_SPOTS = frozenset({"spot", "spots", "point", "points", "place", "places"})
_FOUND_NONE = frozenset({"no", "not", "none", "nothing", "nowhere", "there", "theres", "it", "its", "i", "one", "only",
                         "just", "a", "every", "each"})
"""After "and", what starts what a press found ("and not one spot is sore", "and one spot is sore")."""
_WHICH = frozenset({"the", "my", "his", "her", "their", "your", "that"})
_POINTING_FINE = frozenset({"its", "it", "thats", "but"})
_FINE_WHEN = frozenset({"when", "while", "at", "walking", "otherwise"})

_WHOLE = frozenset({"everything", "restof", "all", "anything"})
"""Before a tail's subject, words that make it the rest: "everything else ok", "the rest of the day fine"."""


def _postposed(clause: list[Token]) -> list[Token]:
    """A short clause that ends with its only negation says no to all of it, as some write it in a
    second language, and clinicians' notes: "Swelling not.", "Pain in night not.", "night pain
    nil", "Swelling nil" (the negation put first; test drive 25 read the last two present). A
    clinician's "NAD" (no abnormality detected) before what it clears is its negation: "NAD
    effusion", "P+ stairs/squat, NAD effusion" (after it, "effusion NAD", it is read as a normal
    finding). "Hurts nowhere" says it of a clause of any length."""
    # (not "so no", "then no": an answer drawn from what was said, "I work on a building site so
    # no, not sat down much" read a desk job, set 66)
    if len(clause) > 1 and clause[-1].canon == NOT and clause[-1].word in _POSTPOSED \
            and (sum(not t.stop for t in clause) <= 4 or clause[-1].word == "nowhere") \
            and not any(t.canon == NOT for t in clause[:-1]) and clause[-2].word not in ("so", "then", "thus"):
        return [clause[-1], *clause[:-1]]
    if any(t.word == "nad" for t in clause[:-1]):
        return [Token("nad", NOT, t.start, t.end, False) if t.word == "nad" and n < len(clause) - 1 else t
                for n, t in enumerate(clause)]
    return clause


_POSTPOSED = frozenset({"not", "no", "none", "nil", "nada", "zilch", "nope", "nowhere", "n"})
"""("nowhere" only right after a symptom, where the tokens make it a negation: "pressing along the
long foot bones hurts nowhere", set 37 read the bone pain present)"""


def _says_fine(after: list[Token], lex) -> bool:
    """Whether the words after an "and" say a thing of their own is fine: "(it doesn't wake me at
    night) and hopping on it is fine" (a negation before never reaches it)."""
    return any(t.word in _COPULA and n + 1 < len(after) and after[n + 1].word in lex.gone_after and n > 0
               and not any(u.canon == NOT for u in after[:n]) for n, t in enumerate(after))



def _only_a_subject(current: list[Token], lex) -> bool:
    """A clause of body parts and where they are, nothing said of them yet: "the outer knee" in
    "the outer knee and the side of the thigh feel fine" is the subject of what follows."""
    return any(t.canon in lex.site_words for t in current) and all(
        t.stop or t.canon in lex.site_words or t.word in lex.subject_places for t in current)


_NOUN_STARTS = frozenset({"the", "my", "his", "her", "their", "your"})


def _a_pain_denied_of_it(toks: list[Token], n: int, current: list[Token], lex) -> bool:
    """Whether "and it doesn't hurt" (to the clause's end) denies the pain of what the clause
    before it did, which names no symptom and no negation: "I can sit through a whole film with
    my knees bent and it doesn't hurt" is one clause, no pain sitting (set 46 read the sitting
    pain present from the words before "and")."""
    if toks[n].word != "and" or any(t.canon == NOT or t.canon in lex.symptom_words for t in current):
        return False
    tail = []
    for t in toks[n + 1:n + 8]:
        if t.word in lex.clause_breaks or t.word in ("and", "but", "or"):
            break
        tail.append(t)
    said = [t for t in tail if not t.stop]
    return bool(tail) and tail[0].word in ("it", "that", "there") and len(said) <= 3 and any(
        t.canon == NOT for t in tail) and any(t.canon in lex.symptom_words for t in tail)


_SADDLE = frozenset({"saddle", "perineum", "perineal", "crotch", "genitals", "privates"})
"""Places of the saddle area a list after "no" goes on to (not body parts of the reader's own)."""


def _goes_on(text: str, toks: list[Token], n: int, current: list[Token], lex) -> bool:
    """Whether the clause goes on past "and"/"or" at ``n``, before a verb with no subject of its
    own: after "or", in a negated clause ("never broken a bone or had a stress reaction"); after
    "and", when the clause names a body part, with no negation or symptom to keep apart, and the
    verb is followed at once by a word for fine ("my calf looks and feels normal")."""
    negated = any(t.canon == NOT for t in current)
    # (a list after "no" goes on past "or the <body part>": "No pain on the outer thigh or the
    # outside of the knee", set 46 read the outer knee pain present)
    # (and "or the saddle area": "no numbness around the groin or the saddle area", set 64 read
    # the emergency present)
    if toks[n].word == "or" and any(t.word == "no" for t in current) and toks[n + 1].word in _NOUN_STARTS and any(
            t.canon in lex.site_words or t.word in _SADDLE for t in toks[n + 2:n + 6]) and not any(
            t.canon == NOT or t.word in lex.or_goes_on for t in toks[n + 2:n + 6]):
        return True
    if toks[n + 1].word not in lex.or_goes_on:
        return False
    if toks[n].word == "or":
        return negated
    fine = n + 2 < len(toks) and toks[n + 2].word in lex.gone_after \
        and _BREAK_PUNCTUATION.search(text[toks[n + 1].end:toks[n + 2].start]) is None
    return fine and not negated and any(t.canon in lex.site_words for t in current) \
        and not any(t.canon in lex.symptom_words for t in current)


def _labels_in_brackets(out: list[list[Token]], seps: list[str]) -> tuple[list[list[Token]], list[str]]:
    """A bracket inside a form's label is part of the label: "Heel pain (sole): nil" answers
    "heel pain", not "sole"; so is a short list in it ("(stress reactions, stress fractures): 0").
    Only a bracket that closes right before the label's end."""
    joined: list[list[Token]] = []
    kept: list[str] = []
    inside = False   # in a bracket of the label, its items cut by commas: "(stress reactions, stress fractures): 0"
    for i, (clause, sep) in enumerate(zip(out, seps)):
        if joined and (sep == "(" or (inside and sep == ",")):
            close = next((j for j in range(i + 1, min(len(seps), i + 4)) if seps[j] != ","), len(seps))
            after = seps[close] if close < len(seps) else ""
            inside = after.startswith(")") and bool(_LABEL_END.search(after[1:]))
            if inside:
                joined[-1] = joined[-1] + clause
                continue
        inside = False
        joined.append(clause)
        kept.append(sep)
    return joined, kept


def _exceptions(out: list[list[Token]], seps: list[str], lex) -> list[list[Token]]:
    """"no swelling except a bit around the ankle" says swelling, at the ankle: a clause after
    "except" that follows a negated one, and names no symptom of its own, takes the negated
    clause's symptom words (as said, not implied); "no stress fractures apart from the one in my
    foot in 2022" has had one: after "the one", all the negated clause's words after its
    negation (set 37 read a stress fracture denied)."""
    for i in range(1, len(out)):
        if seps[i] not in _EXCEPT or not out[i]:
            continue
        before = out[i - 1]
        fine = any(t.word in lex.gone_after for t in before)
        if not (any(t.canon == NOT for t in before) or fine):
            continue
        if [t.word for t in out[i][:2]] in (["the", "one"], ["that", "one"], ["one"]) and any(t.canon == NOT for t in before):
            last = max(n for n, t in enumerate(before) if t.canon == NOT)
            out[i] = before[last + 1:] + out[i]
            continue
        # (a situation excepted is of the body part denied, or said fine, before: "no chest pain
        # except on hills", "nothing wrong with my chest apart from it going tight on hills", "knee
        # is fine except when I'm going downstairs"; test drive 47 read each denied, self-care)
        # (and of the time denied: "doesn't hurt at night unless I've done a long run that day")
        symptom = any(t.canon in lex.symptom_words for t in out[i])
        site = any(t.canon in lex.site_words for t in out[i])
        when = any(t.word in lex.pain_times for t in out[i])
        taken = [t for t in before if (not symptom and t.canon in lex.symptom_words)
                 or (not site and t.canon in lex.site_words) or (not when and t.word in lex.pain_times)]
        if not symptom and taken and not any(t.canon in lex.symptom_words for t in taken):
            taken.append(Token("pain", lex.canon("pain"), taken[-1].start, taken[-1].end, False))
        # (of a denial that names neither, what it denied: "I don't get dizzy except after hard
        # intervals", "no palpitations unless I drink coffee")
        if not taken and not symptom and not site and any(t.canon == NOT for t in before):
            last = max(n for n, t in enumerate(before) if t.canon == NOT)
            taken = [t for t in before[last + 1:] if not t.stop]
        out[i] = taken + out[i]
    return out


_EXCEPT = frozenset({"except", "unless"})
"""What ends a denial's list with what is there after all ("apart from", "other than" are joined to "except")."""


def _predicates(out: list[list[Token]], seps: list[str], lex) -> tuple[list[list[Token]], list[str]]:
    """A comma's clause that only says fine ("is fine", "feels ok now", "physio said that's
    normal") is said of the body part before it: "the Achilles cord itself, higher up, is fine"
    (one clause between at most, one that names no symptom)."""
    i = len(out) - 1
    while i > 0:
        # (who said it is no word of its own: "hip drop 2 degrees each side, physio said that's
        # normal", set 34 read the drop)
        said = [t for t in out[i] if not t.stop and t.word not in lex.examiners and t.word not in lex.reporting]
        part = next((j for j in (i - 1, i - 2) if j >= 0 and any(t.canon in lex.site_words for t in out[j])), None)
        # ("..., right is fine" is the other side: "barely lift the top leg on my left side")
        # (or a bare denial of pain that starts with its verb: "squeezing the middle of my achilles,
        # well above the heel, is painless", set 7 read the pain above the heel present)
        # (of the body part before the place between: the clause two before, when it names one)
        denied = bool(out[i]) and out[i][0].word in _AUXILIARY and any(
            t.canon == NOT for t in said) and all(t.canon == NOT or t.canon in lex.symptom_words for t in said)
        if denied and i >= 2 and any(t.canon in lex.site_words for t in out[i - 2]):
            part = i - 2
        if seps[i] == "," and said and (denied or all(t.word in lex.gone_after for t in said)) and part is not None \
                and not any(t.word in _SIDES for t in out[i]) \
                and all(seps[j] == "," for j in range(part + 1, i + 1)) and not any(
                    t.canon in lex.symptom_words or t.canon == NOT for c in out[part:i] for t in c):
            out[part:i + 1] = [[t for c in out[part:i + 1] for t in c]]
            seps[part + 1:i + 1] = []
            i = part
        i -= 1
    return out, seps


def _described(out: list[list[Token]], seps: list[str], lex) -> tuple[list[list[Token]], list[str]]:
    """A list of what a body part is, after a comma, is said of it: "my right calf is hot,
    swollen and tender" (the clause before ends "is" and one word; the list's items are single
    words, the last two joined by "and"/"or", with no body part and no negation)."""
    i = 1
    while i < len(out):
        prev, said = out[i - 1], [t for t in out[i] if not t.stop]
        end = [t for t in prev if t.word not in ("very", "really", "quite", "so", "all")]
        if seps[i] == "," and len(end) >= 3 and end[-2].word in _COPULA and not end[-1].stop \
                and any(t.canon in lex.site_words for t in prev) and 1 <= len(said) <= 3 \
                and any(t.word in ("and", "or") for t in out[i]) and len(out[i]) <= 5 \
                and not any(t.canon in lex.site_words or t.canon == NOT for t in out[i]):
            out[i - 1:i + 1] = [prev + out[i]]
            seps[i:i + 1] = []
        else:
            i += 1
    return out, seps


_COPULA = frozenset({"is", "are", "was", "were", "feels", "felt", "looks", "looked", "went", "got",
                     "gets", "became", "seems", "seemed", "stays"})
"""Before one word, these say what a thing is: "my calf is hot" (a clause's end), "hopping on it
is fine" (after an "and")."""


_SIDES = frozenset({"left", "right", "other"})
_AUXILIARY = frozenset({"is", "are", "was", "were", "does", "did", "do", "has", "have", "had"})
"""A verb a predicate that has no subject of its own starts with: "..., is painless", "..., doesn't hurt"."""

_HOW_FAR = frozenset({"past", "beyond", "further", "farther", "than", "longer", "over", "seconds", "secs", "sec",
                      "minutes", "mins", "min", "minute"})
"""Words of a distance or a time a negation can be of ("never make it past 6k before ...",
"couldn't stand on the right leg for 30 seconds before the outer hip started hurting", set 39)."""


def _a_symptom_next(clause: list[Token], n: int, lex) -> bool:
    """Whether a symptom (or what a pain makes a runner do) comes at ``n``, past little words, a
    body part and "really": "without pain", "without it really hurting", "without the leg pain
    getting way worse" (set 46 read the pinpoint-bone and compartment red flags denied)."""
    for t in clause[n:n + 5]:
        if t.canon in lex.symptom_words or t.word in lex.pain_reactions:
            return True
        if not (t.stop or t.canon in lex.site_words or t.canon == "leg" or t.word in _LITTLE_BEFORE_A_SYMPTOM
                or t.word in lex.pain_qualities):
            return False
    return False


_LITTLE_BEFORE_A_SYMPTOM = frozenset({"really", "much", "too", "badly", "any", "some", "bad"})


def double_negation(clause: list[Token], lex) -> list[Token]:
    """"can't stand on one leg without pain" is that it hurts: a negation and a later
    "without" right before a symptom cancel out, both dropped (the clause itself if none)."""
    for j, tok in enumerate(clause):
        if tok.word == "without" and _a_symptom_next(clause, j + 1, lex):
            i = next((i for i in range(j - 1, -1, -1) if clause[i].canon == NOT), None)
            # only "can't"/"couldn't" ... "without": "no swelling without pain" is no double negation;
            # "no way I can press that one spot ... without wincing" is one too (set 35 read the
            # pinpoint bone pain denied)
            if i is not None and (i > 0 and clause[i - 1].word in ("can", "could") or (
                    i + 1 < len(clause) and clause[i + 1].word == "way" and any(t.word in ("can", "could")
                                                                               for t in clause[i + 2:i + 5]))):
                return [t for n, t in enumerate(clause) if n not in (i, j)]
    # "not a single run where the knee doesn't flare up", "not a day goes by where I'm not
    # shattered": every one of them does (set 33 read the knee pain denied)
    for i, tok in enumerate(clause):
        if tok.canon == NOT and _every_one(clause[i + 1:i + 3]):
            # ("not once have my shoulders not been sore" needs no "where": set 37)
            k = i + 1 if clause[i + 1].word == "once" else \
                next((k for k in range(i + 2, len(clause)) if clause[k].word in _WHERE), None)
            j = next((j for j in range(k + 1, len(clause)) if clause[j].canon == NOT), None) if k else None
            if j is not None:
                return [t for n, t in enumerate(clause) if n not in (i, j)]
            # ... "not one run this month has been knee pain-free": none free, so every one hurt
            # (set 37 read the knee pain denied)
            j = next((j for j in range(i + 3, len(clause)) if clause[j].word == "free"
                      and clause[j - 1].canon in lex.symptom_words), None)
            if j is not None:
                return [t for n, t in enumerate(clause) if n not in (i, j)]
    # "never had a stress fracture until last year", "no pain until mile 5", "never ran in barefoot
    # shoes before this summer": the negation ends at a time, and after it the thing is there
    # (set 39 read them denied). Not "never had one before" (no time named: a denial).
    for j, tok in enumerate(clause):
        if tok.word in _UNTIL or tok.word == "before" and j + 1 < len(clause) and (
                clause[j + 1].word in _A_TIME or clause[j + 1].word in _THIS and j + 2 < len(clause)):
            dropped = {i for i in range(j) if clause[i].canon == NOT}
            if dropped and not any(t.canon == NOT for t in clause[j + 1:]):
                return [t for n, t in enumerate(clause) if n not in dropped]
            break
    return clause


_UNTIL = frozenset({"until", "till", "til", "untill"})
_THIS = frozenset({"this", "last", "that"})
"""... and these with a word after them ("before this block"; "before this" is before what now hurts)."""
_A_TIME = frozenset({"recently", "lockdown", "covid", "january", "february",
                     "march", "april", "may", "june", "july", "august", "september", "october", "november",
                     "december", "summer", "winter", "spring", "autumn"})
"""After "before", words of a time a denial can end at ("before this summer", "before June")."""


def _every_one(after: list[Token]) -> bool:
    """Whether the words after a negation make it "not one ...": "not a single", "not one",
    "not a day" (not "not building run by run")."""
    words = [t.word for t in after]
    return bool(words) and (words[0] in ("one", "single", "once") or words[:2] in (["a", "single"], ["a", "day"], ["a", "week"])
                            or words[:2] in _A_TIME_EACH)


_A_TIME_EACH = [["a", w] for w in ("hill", "run", "night", "session", "race", "mile", "workout", "morning")]
"""Also "not a hill where my chest doesn't get tight" (set 35: read the chest pain denied)."""
_WHERE = frozenset({"where", "when", "that", "without"})


_LABEL_END = re.compile(r"[:?=|]|(?:^|\s)[-–—]+(?:\s|$)|^[-–—]+$")
"""What ends a form's label: "Swelling: no", "Night pain? no", "Swelling - none", "Cadence = 182"."""


def _a_time(label: list[Token], lex) -> bool:
    """A label that is a time, not a question: "week 3: no more stiffness in the morning" (set 31:
    read as a "no" to "week 3"), "day 5 - swelling gone"."""
    said = [t for t in label if not t.stop]
    return bool(said) and all(t.word.isdigit() or t.word in lex.recent for t in said) and any(
        t.word in lex.recent for t in said)


_UNSURE_WORDS = frozenset({"unsure", "dunno", "idk", "unknown", "uncertain", "maybe", "possibly", "perhaps",
                           "unclear", "dk", "ns"})
"""A form's answer of these alone is "not sure" ("Swelling: unsure", "Numbness? dunno")."""
_FILLERS = frozenset({"tbh", "honestly", "really", "yet", "atm", "100", "totally", "entirely", "exactly"})


_NO_CHANGE = frozenset({"change", "changes", "difference", "different", "differences"})
"""After "no", these say a thing stayed the same: no answer of no to a label."""
_HARD = frozenset({"hard", "difficult", "tough", "impossible"})
"""... and these before "say" or "tell": "hard to say", "difficult to tell"."""
_ASKS = frozenset({"why", "what", "how", "where", "which", "who", "when", "whats", "wat"})
"""Not sure of these is no doubt about what came before: "knee pain, not sure why"."""


def _unsure_answer(clause: list[Token], lex) -> bool:
    """Whether an answer says only that it is not known: "not sure", "no idea", "don't know",
    "can't say", "can't tell", "unsure", "dunno", "hard to say" (with little words: "not sure tbh")."""
    said = [t for t in clause if not t.stop or t.canon == NOT]
    hard = said and said[0].word in _HARD and any(t.word in ("say", "tell") for t in said)
    if not said or any(t.canon != NOT and t.word not in lex.unsure_after_negation and t.word not in _UNSURE_WORDS
                       and t.word not in _FILLERS and not (hard and t.word in _HARD) for t in said):
        return False   # (nothing else: "don't know the model" answers of the shoes)
    if said[0].word in _UNSURE_WORDS or hard:
        return True
    negation = next((n for n, t in enumerate(clause) if t.canon == NOT), None)
    return negation is not None and negation + 1 < len(clause) and clause[negation + 1].word in lex.unsure_after_negation \
        and not forgot_the_event(clause, negation)


def forgot_the_event(clause: list[Token], n: int) -> bool:
    """ "collapsed at the finish and don't remember it": no memory of what happened, so it did (set
    49 read the fainting flag not known); "don't remember if it swelled", "swelling? don't
    remember" stay unsure."""
    return clause[n + 1].word in ("remember", "recall") and n + 2 < len(clause) and clause[n + 2].word in _THE_EVENT


_THE_EVENT = frozenset({"it", "anything", "much", "falling", "hitting", "going", "collapsing"})


def _form_answers(out: list[list[Token]], seps: list[str], lex) -> tuple[list[list[Token]], list[str]]:
    """A form's answers ("Swelling - none", "Night pain? no", "Numbness/tingling: N", "Cadence:
    182 spm"): a bare no after a label negates the label, a bare yes leaves it stated, and any
    other answer after a short label with a colon is read with it, as one clause."""
    joined: list[list[Token]] = []
    kept: list[str] = []
    for clause, sep in zip(out, seps):
        label = joined[-1] if joined and joined[-1] and _LABEL_END.search(sep) and not _a_time(joined[-1], lex) else None
        words = {t.word for t in clause}
        # "maybe a bit of night pain, not sure", "might be a bit swollen, hard to say": a hedged
        # statement the runner then says they do not know is not known (test drive 27)
        if label is None and joined and joined[-1] and not words & _ASKS and not lex.hedges.isdisjoint(
                t.word for t in joined[-1]) and _unsure_answer(clause, lex):
            joined[-1] = [Token("not", NOT, clause[0].start, clause[0].end, False),
                          Token("sure", lex.canon("sure"), clause[0].start, clause[-1].end, False), *joined[-1]]
            continue
        # ... and with no hedge in it, the statement is hedged: a red flag in it is not known,
        # another observation stays ("one spot on my shin hurts when i press it, maybe? hard to
        # tell" read the urgent flag, test drive 29; "knee hurts on runs, not sure" keeps the knee)
        if label is None and joined and joined[-1] and not words & _ASKS and _unsure_answer(clause, lex):
            joined[-1] = [Token("maybe", lex.canon("maybe"), clause[0].start, clause[-1].end, False), *joined[-1]]
            continue
        # "Saddle numbness? not sure", "Swelling: unsure", "Chest pain? no idea": the label is
        # not known, said as "not sure" before it (test drive 27: read it denied, or present)
        if label is not None and _unsure_answer(clause, lex):
            label = _whole_label(joined, kept, sep, lex)
            joined[-1] = [Token("not", NOT, clause[0].start, clause[0].end, False),
                          Token("sure", lex.canon("sure"), clause[0].start, clause[-1].end, False), *label]
            continue
        # "no", or a short no that names nothing itself: "Not that I've noticed", "none at all"
        said_no = clause and (words <= lex.answer_no or (
            clause[0].word in lex.answer_no and sum(not t.stop for t in clause[1:]) <= 3
            and not any(t.canon in lex.site_words or t.canon in lex.symptom_words for t in clause)
            # (not "no change": "Training's been steady: no change in volume" says the same, set 49
            # read the label denied, a rise in load)
            and not (len(clause) > 1 and clause[1].word in _NO_CHANGE)) or (
            # ... where it was looked for: "none found along shin or foot" (set 34: read present)
            clause[0].word in lex.answer_no and len(clause) > 1 and all(
                t.stop or t.canon in lex.site_words or t.word in lex.places or t.word in _LOOKED_WHERE for t in clause[1:])
            and any(t.word in _LOOKED_WHERE for t in clause[1:3])) or (
            # ... or a negated verb: "don't own one", "never have" (set 34: "Hydration pack: don't
            # own one" read present)
            len(clause) > 1 and clause[1].canon == NOT and clause[0].word in _BEFORE_A_NEGATED_ANSWER
            and sum(not t.stop for t in clause[2:]) <= 2 and not any(t.word in lex.unsure_after_negation for t in clause)
            and not any(t.canon in lex.site_words or t.canon in lex.symptom_words for t in clause)
            # (nor of a time of pain: "my achilles is stiff every morning? doesn't wake me at
            # night" is no answer, test drive 48 read the Achilles pain denied)
            and not any(t.word in lex.pain_times for t in clause)))
        # a label of a body part alone ("Groin: clear", "Lateral hip: fine") asks of its pain
        # (and a label of a time of pain alone: "At rest? No, none.", "Nights: fine", set 49 read nothing)
        part = label is not None and (any(t.canon in lex.site_words for t in label) or (all(
            t.stop or t.word in lex.pain_times for t in label) and any(t.word in lex.pain_times for t in label))) and sum(
            not t.stop for t in label) <= 2 and not any(t.canon in lex.symptom_words or t.canon == NOT for t in label) \
            and not any(t.word in _WHICH_WAY for t in label)   # ("knee in: no" is no knee pain, set 34)
        # (any label, answered fine in little words: "night pain? that's all fine", "asked about
        # the IT band and that's all fine", set 50 read both present)
        # (after a question mark only: "Menstrual cycle: normal" is read whole, a normal cycle)
        said_fine = "?" in sep and bool(clause) and all(t.stop or t.word in lex.gone_after or t.word in lex.answer_no for t in clause) \
            and any(t.word in lex.gone_after for t in clause)
        # (a fine or a no said: "Knee? a bit", "At rest? some" are no denial, only little words)
        if label is not None and (said_no or said_fine or (part and clause and all(
                t.stop or t.word in lex.gone_after or t.word in lex.answer_no for t in clause) and any(
                t.word in lex.gone_after or t.word in lex.answer_no for t in clause))):
            label = _whole_label(joined, kept, sep, lex)
            pain = [Token("pain", lex.canon("pain"), label[-1].start, label[-1].end, False, implied=True)] if part else []
            # (a short no's own words stay after a one-word label: "Footwear: no recent change"
            # denies a footwear change)
            # (or a change denied, after any label: "Bladder/bowel: no change" read the change, set 31)
            # (and a "no" before two words of its own: "watched the track video twice: no torso
            # rotation at all" denies the rotation, set 37 read nothing)
            rest = [t for t in clause[1:] if not t.stop] if said_no and clause[0].word in lex.answer_no and (sum(
                not t.stop for t in label) == 1 or all(t.stop or t.canon == lex.canon("change") for t in clause[1:])
                or (clause[0].word == "no" and sum(not t.stop for t in clause[1:]) >= 2
                    and not any(t.word in _LOOKED_WHERE for t in clause[1:]))) else []
            joined[-1] = [Token("no", NOT, clause[0].start, clause[0].end, False), *label, *pain, *rest]
            continue
        if label is not None and clause and words <= lex.answer_yes:
            # (a body part's label answered yes is its pain said: "Knee? yes", "Groin: Y", which
            # read nothing, as the part alone says no complaint)
            if part:
                joined[-1] = [*label, Token("pain", lex.canon("pain"), clause[0].start, clause[0].end, False)]
            continue
        # (a label has no negation of its own: "no, it wasn't a stone: felt like someone kicked the
        # back of my ankle" is two statements, set 34 read the snap denied)
        if label is not None and ":" in sep and sum(not t.stop for t in label) <= 3 and clause \
                and not any(t.canon == NOT for t in label):
            joined[-1] = [*label, *clause]
            continue
        joined.append(clause)
        kept.append(sep)
    return joined, kept


_WHICH_WAY = frozenset({"in", "inward", "inwards", "out", "outward", "outwards"})
"""In a form's label, a way a body part moves ("knee in", "foot out"): the label is no body part alone."""
_LOOKED_WHERE = frozenset({"found", "anywhere", "detected", "seen", "felt", "along", "over", "either", "or", "nor"})
"""After a form's "none", where it was looked for: "none found along shin or foot"."""
_BEFORE_A_NEGATED_ANSWER = frozenset({"do", "does", "did", "have", "has", "had", "am", "is", "are", "i", "never"})
"""Before a negation that answers a form's label: "don't own one", "doesn't apply"."""


def _whole_label(joined: list[list[Token]], kept: list[str], sep: str, lex) -> list[Token]:
    """The label a form's bare no answers, with the list its commas cut off: "Numbness around
    groin, buttocks or inner thighs: none" (a label that ends a list with "or"/"and": short
    items before it), "Q11 warm, puffy, sore calf since your flight? none" (a question: items of
    one word). Joined in place in ``joined``/``kept``; "knee hurts, swelling: none" stays apart."""
    label = joined[-1]
    limit = 3 if any(t.word in _LIST_END for t in label) else 1 if "?" in sep else 0
    k = len(joined) - 1
    while limit and k > 0 and kept[k] == "," and not any(t.canon == NOT for t in joined[k - 1]) \
            and sum(not t.stop for t in joined[k - 1]) <= limit:
        k -= 1
    if k < len(joined) - 1:
        joined[k:] = [[t for c in joined[k:] for t in c]]
        kept[k + 1:] = []
    return joined[-1]


_LIST_END = frozenset({"or", "and", "nor"})


def _named_tests(out: list[list[Token]], seps: list[str], lex) -> tuple[list[list[Token]], list[str]]:
    """Join a clause that only names a self-test to the clause after it, which gives its
    result: "side lying leg raises, 15 each side", "thomas test: my thigh drops flat"; and a
    test done without a symptom to a short symptom clause after it ("I hop on it and it hurts")."""
    joined: list[list[Token]] = []
    kept: list[str] = []
    heading = tried = pressed = False
    for clause, sep in zip(out, seps):
        # "I hop on the sore leg and it hurts": the test done, then a short clause of a symptom
        # with no body part of its own is its result
        # ("... and it felt fine": a short clause saying fine is its result too; so is a short
        # one that denies a body part's pain: "stood on the sore leg for 30 s and the hip didn't hurt")
        result = tried and (sum(not t.stop for t in clause) <= 3 and any(t.canon in lex.symptom_words or t.word in lex.gone_after
                                                     for t in clause)
                            and not any(t.canon in lex.site_words or t.word in _SIDES or t.canon in lex.test_kinds
                                        for t in clause)   # (nor a test of its own: "Hop test neg")
                            or (sep in ("and", ",") and _denies_a_part(clause, lex)))
        # never across "but", "although" ...: "no side plank test but it hurts at rest" is two things;
        # nor, across a full stop, to a sentence of its own: "Hop test fine. Night pain yes." and
        # "SL squat: dynamic valgus R. Night pain nil." (test drive 26: the night pain read the wrong
        # way round both times; "I hopped on it. It hurt." is still the test's, and a test only
        # named takes the sentence after it: "Thomas test. Thigh drops flat.")
        own = any(c in sep for c in ".!?\n") and any(
            t.canon == NOT or t.word in lex.answer_yes or not (t.stop or t.canon in lex.symptom_words or t.word in lex.gone_after)
            for t in clause)
        # (a test described at any length, then its numbers after a colon: "side lying leg lifts,
        # top leg straight and a bit behind: 15 each side easy", set 52 read the weak lift)
        numbers = ":" in sep and tried and bool(clause) and is_number(clause[0].word)
        # (a press's result that says where, a spot, stays a clause: "pressed all along the shin
        # bone with my thumb and not one spot is sore", set 31 read nothing from the words strewn)
        spot = pressed and any(t.word in _SPOTS for t in clause)
        # (a sentence of another symptom is no result of a test named: "did the hop test. No
        # swelling" read pain on hopping, urgent: test drive 54)
        of_another = any(t.canon in lex.symptom_words and t.canon != "pain" for t in clause)
        if ((heading and not of_another) or numbers or (result and not own and not spot)) \
                and sep not in lex.clause_breaks and clause:
            joined[-1] = joined[-1] + clause
        else:
            joined.append(clause)
            kept.append(sep)
        # (a negated test is no test done: "no side plank test, it hurts at rest" stays apart)
        done = bool(joined[-1]) and not any(t.canon == NOT for t in joined[-1])
        # (not a test named after "or" in a list a negation opened: "I haven't done the single leg
        # squat test or the hop test. No swelling" read the hop test's result as pain, urgent: test
        # drive 54)
        heading = done and all(t.stop or t.canon in lex.test_naming for t in joined[-1]) and any(
            t.canon in lex.test_kinds for t in joined[-1]) and not (
            sep in ("or", "nor") and len(joined) > 1 and any(t.canon == NOT for t in joined[-2]))
        # (pressing a place is a test too: "I can press on the bony bit of my hip and it's
        # completely comfortable")
        # (nor is a clause that says how a pain goes: "worse stairs/squat. (-) swelling" is no
        # squat done whose result is "no swelling", test drive 21)
        pressed = done and any(t.word in lex.pressing for t in joined[-1])
        tried = done and any(t.canon in lex.test_kinds or t.word in lex.pressing for t in joined[-1]) and not any(
            t.canon in lex.tail_complaints for t in joined[-1]) and not any(
            t.canon in lex.symptom_words and not names_the_leg(joined[-1], n, lex) for n, t in enumerate(joined[-1]))
    return joined, kept


def _denies_a_part(clause: list[Token], lex) -> bool:
    """A short clause that says a body part did not hurt, was fine or started hurting, and names
    no test of its own: "the hip didn't hurt", "the outside of the hip was comfortable the whole
    time", "the hip started hurting", "the knee didn't go in" (not "the knee never gives way": a thing
    of its own)."""
    said = [t for t in clause if not t.stop]
    return (any(t.canon in lex.site_words for t in said) and not any(t.canon in lex.test_kinds for t in said)
            and len(said) <= 5 and (any(t.word in lex.gone_after for t in said) or any(
                t.canon == NOT and (u.canon in lex.symptom_words or (u.word in _FAULT_MOVES and said[0].canon in lex.site_words))
                for t, u in zip(said, said[1:]))
                or said[-1].canon in lex.symptom_words))


_FAULT_MOVES = frozenset({"go", "went", "wobble", "wobbled", "cave", "caved", "drop", "dropped", "dip", "dipped",
                          "collapse", "collapsed", "buckle", "buckled", "drift", "drifted", "roll", "rolled", "fall"})
"""After a negation, how a body part failed a test: "did 5 single leg squats and the knee didn't go in"."""


_DISTANCE = re.compile(r"\d{1,4}(?:km|kms|k|mi)")


def _a_number(word: str) -> bool:
    """A number, or a distance with its unit on it: a watch's list of weeks, "22km, 24km, 38km"
    (test drive 25: each was a clause of its own, unread)."""
    return word[:1].isdigit() and (is_number(word) or _DISTANCE.fullmatch(word) is not None)


def _compared_numbers(out: list[list[Token]], lex) -> list[list[Token]]:
    """Join a clause of only a number ("30 on the left") to the clause before it: "side plank
    70 seconds on the right but 30 on the left" compares the sides, "single-leg bridges: 8 on
    my left, 20 on my right" gives the test its numbers. Such a clause has no word but the
    number's (no negation, no symptom), so joining it can only add numbers; nor has one whose
    number's words go on without a negation, a symptom, a body part, a word of fine or a test of
    their own ("only 11 on the left before it gave out"), after a test's number with no negation."""
    joined: list[list[Token]] = []
    for clause in out:
        lead = next((n for n, t in enumerate(clause) if t.word not in lex.number_clause), len(clause))
        if joined and ((any(_a_number(t.word) for t in clause)
                        and all(_a_number(t.word) or t.word in lex.number_clause for t in clause))
                       or (lead < len(clause) and is_number(clause[lead].word) and not any(
                           t.canon == NOT or t.canon in lex.symptom_words or t.canon in lex.site_words
                           or t.word in lex.gone_after or t.canon in lex.test_kinds for t in clause)
                           and not any(t.canon == NOT for t in joined[-1])
                           # (or two numbers of its own: "heel raises till I couldnt, 28 left 30 right", set 30)
                           and (any(is_number(t.word) for t in joined[-1]) or sum(is_number(t.word) for t in clause) >= 2)
                           and any(t.canon in lex.test_kinds for t in joined[-1]))
                       or (len(clause) > 2 and clause[0].word in ("up", "down") and clause[1].word == "from"
                           and clause[2].word.isdigit())):   # "45 miles this week, up from 30"
            joined[-1] = joined[-1] + clause
        else:
            joined.append(clause)
    return joined


def _negated_lists(out: list[list[Token]], listed: set[int], lex) -> list[list[Token]]:
    """Join a comma's clause to a short negated one before it when it only goes on with the
    list: "no numbness, tingling or weakness" negates all three (an item, "or"/"nor", an item),
    while "no swelling, it hurts or aches at night" stays two clauses (it starts with "it")."""
    joined: list[list[Token]] = []
    in_list = False   # the clause before is a negated list already: "pt denies CP, SOB, syncope"
    for i, clause in enumerate(out):
        prev = joined[-1] if joined else None
        said = [t for t in clause if not t.stop]
        # (opened: a negation among the list's first two words, "no ...", "pt denies ...")
        opened = bool(prev) and any(t.canon == NOT for t in [t for t in prev if not t.stop][:2])
        item = bool(said) and (any(t.word in ("or", "nor") for t in clause) or (
            # one word that is neither a body part nor a bare symptom, in a list a negation opens
            # ("no swelling, hurts" is two things; so is "it doesn't hurt during runs, only after")
            # (nor who the runner is: "I'm not a man lol, 34F", set 30 read the woman denied)
            opened and len(said) == 1 and said[0].canon not in lex.site_words
            and said[0].canon not in lex.symptom_words and said[0].canon not in (lex.canon("female"), lex.canon("male"))
            and not any(t.word in _CONTRAST for t in clause)) or (
            # a list ended with "and", of things, not a body part: "numbness, night pain and swelling"
            any(t.word == "and" for t in clause) and len(said) <= 3
            and not any(t.canon in lex.site_words for t in said)) or (
            # a middle item of a list the next clause ends with "or": "never had any fluttering,
            # racing out of nowhere, or skipped beats" (set 24: read skipped beats present)
            opened and i + 1 < len(out) and out[i + 1][:1] and out[i + 1][0].word in ("or", "nor")
            and len(said) <= 3 and not any(t.canon in lex.site_words or t.canon in lex.symptom_words for t in said)
            and not any(t.word in _CONTRAST for t in clause)) or (
            # ... and one or two words, a symptom or a body part too, before an item with "or" in
            # its first words: "no throbbing, aching, burning or pain at rest", "no neck, shoulder,
            # hip or low back pain" (set 34: read the rest pain and three pains present)
            opened and i + 1 < len(out) and len(said) <= 2 and i + 1 in listed
            and any(t.word in ("or", "nor") for t in out[i + 1][1:3])
            and not any(t.word in _CONTRAST or t.canon == NOT for t in clause)) or (
            # ... and the thing two words describe, after a "no" and one of them: "No wobbly,
            # about-to-fold feeling in the knee", "no sharp, stabbing pain" (set 51 read the
            # giving way present); "no swelling, stabbing pain" is two things
            bool(prev) and _describes(prev, lex) and not any(t.word in _CONTRAST for t in clause)
            and any(t.word in _WHAT_IS_FELT or t.canon in lex.symptom_words for t in clause)))
        # (an item said to be normal is a statement of its own: "denies saddle anaesthesia,
        # bladder and bowel normal" read the bladder red flag present, through two negations)
        if (i in listed and prev and clause and (not clause[0].stop or clause[0].word in ("or", "nor") or _describes(prev, lex))
                and clause[0].canon != NOT and item
                and not any(t.canon == NOT or t.word in lex.tail_fine for t in clause)
                and any(t.canon == NOT for t in prev) and (in_list or _negated_words(prev) <= 3)
                and not _negates_fine(prev, lex)):
            prev.extend(clause)
            in_list = True
        else:
            joined.append(clause)
            in_list = False
    return joined


def _describes(clause: list[Token], lex) -> bool:
    """A negation and one word that describes, nothing else: "No wobbly", "no sharp"."""
    said = [t for t in clause if not t.stop]
    return len(said) == 2 and said[0].canon == NOT and (
        said[1].canon in lex.pain_qualities or (said[1].word.endswith(("y", "ish", "ful"))
                                                 and not said[1].word.endswith(_ADVERB_ENDS))) \
        and said[1].canon not in lex.site_words and said[1].canon not in lex.symptom_words


_ADVERB_ENDS = ("ally", "ely", "tly", "dly", "rly", "nly", "ily")
"""Not a word that describes a thing: "not really, my knee hurts", "not only after, ..."."""
_WHAT_IS_FELT = frozenset({"feeling", "feelings", "sensation", "sensations", "feel", "ache", "aches"})


def _negated_words(clause: list[Token]) -> int:
    """The meaningful words from a clause's last negation on: "a month now without any shin pain"
    negates two, as "no shin pain" does (set 37: ", front or inner edge" after it read the shin
    pain present)."""
    last = max(n for n, t in enumerate(clause) if t.canon == NOT)
    return sum(not t.stop for t in clause[last:])


def _negates_fine(clause: list[Token], lex) -> bool:
    """A negation of "normal", "fine", "ok" says something is wrong, and opens no list of things
    denied: "not normal feeling in my foot, pins and needles on the outside" (set 30: read the
    pins and needles denied)."""
    said = [t for t in clause if not t.stop or t.canon == NOT]
    return any(t.canon == NOT and n + 1 < len(said) and said[n + 1].word in lex.gone_after
               for n, t in enumerate(said))


_CONTRAST = frozenset({"only", "just", "except", "apart"})
"""In a comma's clause after a negated one, these start a contrast, not the list's next item."""


def names_the_leg(clause: list[Token], p: int, lex) -> bool:
    """Whether the word at ``p`` only names a limb: "the sore leg", "my bad side"."""
    return ((clause[p].canon in lex.symptom_words or clause[p].word in _WHICH_LEG) and 0 < p < len(clause) - 1
            and clause[p - 1].stop and clause[p + 1].word in _LIMB_WORDS)


_LIMB_WORDS = frozenset({"leg", "legs", "side", "foot"})
_WHICH_LEG = frozenset({"bad", "injured", "affected", "good", "other", "problem"})
