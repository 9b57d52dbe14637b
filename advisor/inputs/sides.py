"""A denial said of one side of the body, in a text that names the other side's complaint:
"outside of my right knee stings on runs, left knee no problems" denies nothing of the runner's
knee pain (test drive 25: read the knee pain absent beside the right knee's). Not a comparison
of the sides ("26 left, 25 right, no difference"), nor a denial of another part ("left knee is
fine, it's my right ankle").
"""
from __future__ import annotations

from advisor.knowledge.search import NOT, Token

_OTHER_SIDE = {"left": "right", "right": "left"}
_COMPARING = frozenset({"same", "than", "difference", "different", "both", "each", "equal", "even", "other", "vs",
                        "versus", "compared"})
"""Words of a clause that compares the sides: its denial is of both ("looks the same as the right one")."""


def sides_named(cut: list[list[Token]], lex) -> dict[str, set[str]]:
    """Each side named in a clause of its own, with the body parts said with it."""
    out: dict[str, set[str]] = {}
    for clause in cut:
        named = {t.word for t in clause if t.word in _OTHER_SIDE}
        if len(named) == 1:
            out.setdefault(named.pop(), set()).update(t.canon for t in clause if t.canon in lex.site_words)
    return out


def of_one_side(clause: list[Token], sides: dict[str, set[str]], lex, phrase: str = "") -> bool:
    """Whether the denial's clause names one side, and only parts said with the other side
    elsewhere (``sides_named``), and compares nothing (see the module's docstring). Not when the
    rule-pack ``phrase`` it matched is itself of one side: "the sciatica only goes down my left
    leg, right one is fine" is that phrase, the denial of sciatica down both legs."""
    named = {t.word for t in clause if t.word in _OTHER_SIDE}
    if len(named) != 1 or any(t.word in _COMPARING for t in clause) \
            or not _OTHER_SIDE.keys().isdisjoint(phrase.lower().split()):
        return False
    other = sides.get(_OTHER_SIDE[named.pop()])
    return other is not None and {t.canon for t in clause if t.canon in lex.site_words} <= other


_LIKE = frozenset({"like", "as"})
_WHOSE = frozenset({"my", "the", "her", "his", "their", "your"})
"""Before "other", these make it the runner's other side ("my other calf"), not "any other bone"."""


def of_the_other_one(clause: list[Token], cut: list[list[Token]], lex) -> bool:
    """Whether a denial's clause is of "the other" body part ("my other calf is fine") and another
    clause names that part with no "other" and no negation before it ("my right calf is swollen,
    warm and aching"): the denial is of the other side, nothing of the complaint (test drive 58
    read the calf's tightness denied beside a swollen calf)."""
    if any(t.word in _COMPARING and t.word != "other" or t.word in _LIKE for t in clause):
        return False   # "looks the same as the other knee", "like pushing on any other bone"
    parts = {clause[n + 1].canon for n in range(1, len(clause) - 1)
             if clause[n].word == "other" and clause[n - 1].word in _WHOSE and clause[n + 1].canon in lex.site_words}
    return bool(parts) and any(
        c is not clause and any(t.canon in parts and not (k and c[k - 1].word == "other") for k, t in enumerate(c[:_first_not(c)]))
        for c in cut)


def _first_not(clause: list[Token]) -> int:
    return next((n for n, t in enumerate(clause) if t.canon == NOT), len(clause))


_NERVE_WORDS = ("sciatica", "sciatic", "nerve", "tingling", "tingly", "numb", "numbness", "pins", "shooting")
_BOTH = frozenset({"both", "each"})
_A_SIDE = frozenset({"sides", "side", "ways", "legs", "leg"})
_ONE_LEG = frozenset({"right", "left", "other"})
_ALSO = frozenset({"too", "also", "aswell", "as"})
_SENTENCE_END = frozenset(".!?\n")


def both_legs(toks: list[Token], text: str, lex) -> list[Token]:
    """Sciatica said to be in both legs without the words "both legs": "the sciatica goes down
    both", "my sciatica is on both sides now", "going down the right leg as well" (set 39 and test
    drive 26 read one-sided sciatica, or nothing). Only in a sentence with a nerve word: "both
    sides of my hips are tight" stays as it is. Made the joined word of "both legs", which the
    red flag's words need (words.yaml ``needs: bothlegs``)."""
    nerve = {lex.canon(w) for w in _NERVE_WORDS}
    if not any(t.canon in nerve for t in toks):
        return toks
    out = list(toks)
    for n, tok in enumerate(toks):
        after = toks[n + 1] if n + 1 < len(toks) else None
        span = None
        if tok.word in _BOTH and (after is None or after.word in _A_SIDE or after.stop or _ends_sentence(text, tok, after)):
            span = (n, n + 1 if after is not None and after.word in _A_SIDE else n)
        elif tok.word in _ONE_LEG and after is not None and after.word in ("leg", "side") and any(
                t.word in _ALSO for t in toks[n + 2:n + 4]):
            span = (n, n + 1)
        if span is None or not _with_a_nerve_word(toks, span, text, nerve):
            continue
        first, last = span
        out[first] = Token("bothlegs", lex.canon("bothlegs"), toks[first].start, toks[last].end, False)
        for k in range(first + 1, last + 1):
            out[k] = None
    return [t for t in out if t is not None]


def the_other_one(toks: list[Token], lex) -> list[Token]:
    """ "left knee is fine, right one is sore on the outside": the "one" of the other side is the
    body part named with a side just before it (test drive 49 read the complaint as no complaints
    denied, and the knee's pain denied alone). Read as that body part, at the "one"."""
    out = toks
    for n, tok in enumerate(toks):
        if tok.word not in ("one", "ones") or not n or toks[n - 1].word not in _ONE_LEG:
            continue
        site = next((m for m in range(n - 2, max(-1, n - 12), -1) if toks[m].canon in lex.site_words
                     and any(t.word in _ONE_LEG for t in toks[max(0, m - 2):m])), None)
        if site is None:
            continue
        if out is toks:
            out = list(toks)
        out[n] = Token(toks[site].word, toks[site].canon, tok.start, tok.end, False)
    return out


def _ends_sentence(text: str, tok: Token, after: Token) -> bool:
    return any(c in _SENTENCE_END for c in text[tok.end:after.start])


def _with_a_nerve_word(toks: list[Token], span: tuple[int, int], text: str, nerve: set[str]) -> bool:
    """Whether a nerve word is said in the same sentence as the words at ``span``."""
    first, last = span
    for step, start in ((-1, first - 1), (1, last + 1)):
        k, edge = start, toks[first] if step < 0 else toks[last]
        while 0 <= k < len(toks):
            a, b = (toks[k], edge) if step < 0 else (edge, toks[k])
            if any(c in _SENTENCE_END for c in text[a.end:b.start]):
                break
            if toks[k].canon in nerve:
                return True
            edge = toks[k]
            k += step
    return False
