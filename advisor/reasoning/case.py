"""The case the reasoning layer advises on."""
from __future__ import annotations

from advisor.reasoning.result import WordsRead
from advisor.records import record


@record
class Case:
    """One runner's report: observation ids present and absent (unknown ids already rejected)."""

    present: frozenset[str]
    absent: frozenset[str] = frozenset()
    athlete: str = ""
    group: str = ""
    unsure: frozenset[str] = frozenset()
    """Asked, and answered "not sure": no evidence either way, kept so the answer can say so."""
    words: WordsRead | None = None
    """When the report was read from the runner's own words: what was read and what was not.
    Evidence never comes from here (the ids above are the evidence); the answer shows it back."""
