"""A denial said of one side of the body, in a text that names the other side's complaint:
"outside of my right knee stings on runs, left knee no problems" denies nothing of the runner's
knee pain (test drive 25: read the knee pain absent beside the right knee's). Not a comparison
of the sides ("26 left, 25 right, no difference"), nor a denial of another part ("left knee is
fine, it's my right ankle").
"""
from __future__ import annotations

from advisor.knowledge.search import Token

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


def of_one_side(clause: list[Token], sides: dict[str, set[str]], lex) -> bool:
    """Whether the denial's clause names one side, and only parts said with the other side
    elsewhere (``sides_named``), and compares nothing (see the module's docstring)."""
    named = {t.word for t in clause if t.word in _OTHER_SIDE}
    if len(named) != 1 or any(t.word in _COMPARING for t in clause):
        return False
    other = sides.get(_OTHER_SIDE[named.pop()])
    return other is not None and {t.canon for t in clause if t.canon in lex.site_words} <= other
