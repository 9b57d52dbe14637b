"""A case from a runner's own words, carrying what was read from them into the answer.

``check --text`` advises on what ``advisor.inputs.text`` reads. The reading itself stays in
this layer (renderers never see a reader's objects); what the answer must show back, each
observation read with the runner's words and the words not read, goes into the case as a
``WordsRead`` result record, which the explainer copies into the ``Result``. So a saved
answer (``--format html > answer.html``, pasted Markdown, JSON) says what it rests on.
"""
from __future__ import annotations

from advisor.inputs.text import Reading, document
from advisor.knowledge.model import KnowledgeBase
from advisor.knowledge.search import lexicon
from advisor.reasoning.case import Case
from advisor.reasoning.result import Outside, WordRead, WordsRead
from advisor.records import replace


def words_read(reading: Reading) -> WordsRead:
    """What the answer shows of a reading: each observation in plain words, present, absent or
    not sure, with the words that stated it; then the words not read."""
    return WordsRead(tuple(WordRead(s.observation.id, s.observation.text, s.present, s.words)
                           for s in reading.statements), tuple(reading.unread),
                     outside_of(reading))


def outside_of(reading: Reading) -> tuple[Outside, ...]:
    """What the words name that Stridewise does not assess, as the answer and the front ends say it."""
    return tuple(Outside(label, see) for label, see in reading.outside)


def outside_positions(reading: Reading) -> tuple[int, ...]:
    """The same, as positions in the lexicon's ``outside_scope``: what a web form or a token
    carries (the lexicon's words, never the runner's)."""
    named = set(reading.outside)
    return tuple(i for i, (label, see, *_) in enumerate(lexicon().outside_scope) if (label, see) in named)


def outside_at(positions: tuple[int, ...]) -> tuple[Outside, ...]:
    """``outside_positions`` back to what the answer says (positions checked by the caller)."""
    topics = lexicon().outside_scope
    return tuple(Outside(topics[i][0], topics[i][1]) for i in positions)


def case_from_reading(kb: KnowledgeBase, reading: Reading, shown: str = "--text") -> Case:
    """The case a reading states, validated as the symptom file ``parse --format json`` writes
    (so ``check --text`` and ``check`` on that file advise alike), with the reading attached."""
    from advisor.inputs.symptoms import case_from_data
    case, _ = case_from_data(document(reading), kb, shown)
    return replace(case, words=words_read(reading))
