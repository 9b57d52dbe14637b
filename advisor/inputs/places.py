"""The other place of a pain read at one of two: "it's not up in the tendon, it's right at the
heel bone" is the Achilles pain at the heel bone, and none in the cord above it (words.yaml
``other_places``). The reader found the place affirmed; the place denied, said in words of where
and not of a pain, is read here."""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from advisor.knowledge.search import NOT, Token


def other_places_denied(present: Sequence[str], stated: set[str], cut: list[list[Token]], sentence: list[int],
                        said_in: dict[str, tuple[int, int, int]], lex) -> Iterator[tuple[str, int, int]]:
    """For each observation in ``present`` (read present) with another place in ``other_places``
    that no statement states (``stated``): that other place, and where the words that deny it
    are, when a clause of the same sentence, apart from the words that stated the first, names
    that other place and denies it (a negation, or a word of fine) with no symptom but a pain
    ("the soreness is higher up in the cord, the attachment at the heel bone itself is
    comfortable", "the sore bit isn't up in the cord"; not "no swelling in the tendon")."""
    pain = lex.canon("pain")
    for oid in present:
        if oid not in lex.other_places or oid not in said_in:
            continue
        other, words = lex.other_places[oid]
        if other in stated:
            continue
        at, start, end = said_in[oid]
        for n, clause in enumerate(cut):
            own = [t for t in clause if t.end > t.start and not t.implied]
            if sentence[n] != at or not own or not (own[-1].end <= start or own[0].start >= end):
                continue
            denied = next((k for k, t in enumerate(own) if t.canon == NOT or t.word in lex.gone_after), None)
            if denied is None or any(t.canon in lex.symptom_words and t.canon != pain for t in own):
                continue
            if any(t.canon in words or t.word in words for t in own):
                yield other, own[0].start, own[-1].end
                break
