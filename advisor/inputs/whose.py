"""The runner another person writes for: "asking for my wife, she's just started couch to 5k",
"my daughter (14) says her knees ache after cross-country", "coach here, asking about one of my
lads". A parent, partner or coach names the runner, and the word names the runner's sex, which
no phrase of the pack says (sets 46, 48 and 51 read nothing; a synonym "asking for my daughter"
read "my wife also looked" as a woman runner and was dropped).

The runner is the person named (``female_people`` or ``male_people`` of words.yaml, after "my"
or "our", maybe "one of my"):

- after "for", "about" or "of" in a clause that says the writer is asking or writing
  (``writing_for``: "asking for my wife", "posting on behalf of my son"), or after "is" in a
  clause of "the runner" ("the runner is my son, not my daughter");
- or as the subject that starts a clause, in a text with no first-person word at all ("My
  daughter is 14 and doing cross country"; not "my wife also looked" after "I have no swelling").
"""
from __future__ import annotations

from advisor.knowledge.search import Token

_MY = frozenset({"my", "our"})
_BEFORE_THE_PERSON = frozenset({"for", "about", "of"})
_ONE_OF = ("one", "of")
_THIRD_PERSON = frozenset({"he", "hes", "his", "him", "she", "shes", "her", "hers"})


def _aged(words: list[Token], n: int) -> bool:
    """The person at ``n`` is given an age: "my son is 12", "our daughter (14)"."""
    after = [t.word for t in words[n + 1:n + 3]]
    return bool(after) and (after[0].isdigit() or (after[0] in ("is", "s") and len(after) > 1 and after[1].isdigit()))


def runner_named(cut: list[list[Token]], lex) -> tuple[bool, int, int] | None:
    """Whether the runner another person writes for is female (True) or male (False), and where
    the words that say so are (start, end); None when no such runner is named."""
    people = lex.people
    if not any(t.word in people for clause in cut for t in clause):
        return None   # (most texts: one look first)
    said = [t for clause in cut for t in clause]
    # (a text of the person, with no word of the writer: no "I", no "me", no "my" body part, and
    # he or she said of them, or their age: "my sister runs too", "my mum says running is bad for
    # you" and "Shoulders creep up to my ears, my husband noticed it" are the writer's)
    pairs = list(zip(said, said[1:]))
    mine = not any(t.word in lex.first_person for t in said) and not any(
        t.word in _MY and u.canon in lex.site_words for t, u in pairs) and (
        any(t.word in _THIRD_PERSON for t in said) or any(   # ("my son's shins")
            t.word in people and people[t.word][0] != t.word and u.canon in lex.site_words for t, u in pairs))
    for clause in cut:
        words = [t for t in clause if t.end > t.start]
        for n, tok in enumerate(words):
            # (a possessive too: "my daughter's cycle is normal")
            if tok.word not in people or n == 0 or words[n - 1].word not in _MY:
                continue
            at = n - 1
            if at >= 2 and tuple(t.word for t in words[at - 2:at]) == _ONE_OF:
                at -= 2
            before = words[at - 1].word if at else ""
            asked = before in _BEFORE_THE_PERSON and any(t.word in lex.writing_for for t in words[:at])
            the_runner = before == "is" and any(t.word == "runner" for t in words[:at])
            opens = at == 0 and (mine or _aged(words, n))
            if asked or the_runner or opens:
                return people[tok.word][1], words[at].start, tok.end
    return None
