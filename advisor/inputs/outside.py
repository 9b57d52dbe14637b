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


Topics = tuple[tuple[str, str, tuple[tuple[str, ...], ...], frozenset[str]], ...]
_TOPICS: dict[int, tuple[Lexicon, Topics]] = {}


def _topics(lex: Lexicon) -> Topics:
    """Each topic's runs as the reader's words (its own tokens, little words kept), and its
    injury words as stems; once per lexicon (one per process, or per stemmer compared)."""
    kept = _TOPICS.get(id(lex))
    if kept is not None and kept[0] is lex:
        return kept[1]

    def run(words: str) -> tuple[str, ...]:
        return tuple(t.word for t in tokens(words, lex))
    topics = tuple((label, see, tuple(r for r in map(run, words) if r),
                    frozenset(t.canon for w in injury for t in tokens(w, lex) if not t.stop))
                   for label, see, words, injury in lex.outside_scope)
    _TOPICS[id(lex)] = (lex, topics)
    return topics


def outside(clauses: list[list[Token]], lex: Lexicon) -> tuple[tuple[tuple[str, str], tuple[int, int]], ...]:
    """((label, whom to see), where its words are) of each topic the clauses name, in the order
    first named."""
    found: dict[tuple[str, str], tuple[int, int]] = {}
    for clause in clauses:
        said = [t for t in clause if not t.implied]
        words_said = [t.word for t in said]
        canons = {t.canon for t in said}
        for label, see, runs, injury in _topics(lex):
            if (label, see) in found or (injury and injury.isdisjoint(canons)):
                continue
            for words in runs:
                at = _find(words_said, words)
                # (denied is not named: "no headache", "never been stung")
                if at is not None and not any(t.canon == NOT for t in said[max(0, at - 3):at]):
                    found[label, see] = (said[at].start, said[at + len(words) - 1].end)
                    break
    return tuple(found.items())


def _find(said: list[str], run: tuple[str, ...]) -> int | None:
    for n in range(len(said) - len(run) + 1):
        if tuple(said[n:n + len(run)]) == run:
            return n
    return None
