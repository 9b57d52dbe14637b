"""What Stridewise does not assess, found in a runner's words so the answer says so first: a
head injury, heat illness, a sting or a bite, bleeding, a headache or being sick, pregnancy,
pelvic-floor symptoms, an injury of the arm or hand (test drive 25: "hit my head", "a dog bit
me", "stopped sweating", "stung by a bee ... short of breath" were answered as running
complaints, or with "try other words").

The topics are data (``outside_scope`` in advisor/knowledge/words.yaml). A topic is found when
one of its runs of words is said as written (the reader's words, not their stems: "stung" is
no "sore"); a body part's topic only in a clause that also says an injury, by stem ("my wrist
is swollen", not "the watch on my wrist"). Not when denied just before: "no headache".
"""
from __future__ import annotations

from advisor.knowledge.search import NOT, Lexicon, Token, tokens


Topic = tuple[str, str, frozenset[str], frozenset[str]]
"""(label, whom to see, its injury words as stems: empty when any mention counts, the
observations its words are not)."""
Index = dict[str, tuple[tuple[tuple[str, ...], Topic], ...]]
"""A run's first word -> (the run, its topic): one look-up per word said."""
Explains = dict[tuple[str, str], tuple[tuple[frozenset[str], frozenset[str]], ...]]
"""(label, whom to see) -> (an observation, the words it explains as stems) for each in ``explains``."""
_INDEX: dict[int, tuple[Lexicon, Index, Explains]] = {}


def _index(lex: Lexicon) -> tuple[Index, Explains]:
    """Each topic's runs as the reader's words (its own tokens, little words kept), by their
    first word, and the words it explains as stems; once per lexicon (one per process, or per
    stemmer compared)."""
    kept = _INDEX.get(id(lex))
    if kept is not None and kept[0] is lex:
        return kept[1], kept[2]
    by_first: dict[str, list[tuple[tuple[str, ...], Topic]]] = {}
    explains_of: Explains = {}
    for label, see, words, injury, instead_of, explains in lex.outside_scope:
        topic = (label, see, _stems(injury, lex), instead_of)
        for written in words:
            run = tuple(t.word for t in tokens(written, lex))
            if run:
                by_first.setdefault(run[0], []).append((run, topic))
        explains_of[label, see] = tuple((frozenset({obs}), _stems(said, lex)) for obs, said in explains)
    index = {first: tuple(runs) for first, runs in by_first.items()}
    _INDEX[id(lex)] = (lex, index, explains_of)
    return index, explains_of


def _stems(words, lex: Lexicon) -> frozenset[str]:
    return frozenset(t.canon for w in words for t in tokens(w, lex) if not t.stop)


def outside(clauses: list[list[Token]], lex: Lexicon) -> tuple[tuple[tuple[str, str], tuple[int, int], frozenset[str]], ...]:
    """((label, whom to see), where its words are, the observations its words are not) of each
    topic the clauses name, in the lexicon's order (its most urgent first)."""
    index, _ = _index(lex)
    found: dict[tuple[str, str], tuple[tuple[int, int], frozenset[str]]] = {}
    for clause in clauses:
        said = [t for t in clause if not t.implied]
        words_said = [t.word for t in said]
        canons: set[str] | None = None
        for at, word in enumerate(words_said):
            for run, (label, see, injury, instead_of) in index.get(word, ()):
                if (label, see) in found or tuple(words_said[at:at + len(run)]) != run:
                    continue
                if injury and "with" in words_said[max(0, at - 2):at]:
                    continue   # what it was done with: "a spot I can point to with one finger" (test drive 39)
                if injury:
                    canons = canons if canons is not None else {t.canon for t in said}
                    if injury.isdisjoint(canons) or lex.long_ago(said):
                        continue   # (nor one over: "I broke my finger last year", test drive 50)
                # (denied is not named: "no headache", "never been stung")
                if not any(t.canon == NOT for t in said[max(0, at - 3):at]):
                    found[label, see] = ((said[at].start, said[at + len(run) - 1].end), instead_of)
    order = {(label, see): n for n, (label, see, *_) in enumerate(lex.outside_scope)}   # (the most urgent first)
    return tuple((topic, span, instead_of) for topic, (span, instead_of) in sorted(found.items(), key=lambda f: order[f[0]]))


def explained(found: tuple[tuple[tuple[str, str], tuple[int, int], frozenset[str]], ...],
              lex: Lexicon) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """(observations, the words as stems) of each topic found that explains those words anywhere
    in the text: after "hit my head when I fell", "dizzy since" is the head injury's, not the
    exercise-fainting red flag (note 23; words.yaml ``explains``)."""
    _, explains_of = _index(lex)
    return tuple(pair for topic, _, _ in found for pair in explains_of[topic])
