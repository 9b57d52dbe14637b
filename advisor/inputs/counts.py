"""A self-test's result given as numbers: a count or a duration against the cut-off or the
published norm the observation's own text states ("fewer than about 20", "medians about 24
for men, 21 for women"), and two numbers, or one "each side", for a test that compares sides.
"""
from __future__ import annotations

import re

from advisor.knowledge.model import Observation
from advisor.knowledge.search import NOT, Token

_CUTOFF = re.compile(r"\b(?:fewer than|under|less than)\s+(?:about\s+)?(\d+)(\s*(?:seconds?|secs?|s)\b)?")
MEDIAN = re.compile(r"\bmedians?\s+(?:of\s+)?about\s+(\d+)(?:[^\d;)]*?(\d+))?")
"""A published norm the observation states ("medians about 24 for men, 21 for women"): a count
at or above the lower one is not "far fewer than healthy adults"."""
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                 "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90, "a": 1, "an": 1}
_SIDE_TEST = re.compile(r"\bone side\b|\bthan the other\b")
"""A self-test whose text compares sides ("clearly fewer ... on one side than the other")."""
SIDES_EVEN = 0.9
"""Two numbers for the sides are even when the smaller is at least this share of the larger
("22 and 21") ..."""
SIDES_CLEAR = 0.75
"""... and "clearly" fewer or shorter when it is at most this share ("9 vs 20", "30 vs 70 s");
between, the reader gives no verdict and the runner confirms. A reading of the word "clearly",
not a clinical cut-off: every such statement is shown for a person to confirm."""
_SECONDS = {"s", "sec", "secs", "second", "seconds"}
_MINUTES = {"min", "mins", "minute", "minutes"}
_WITH_UNIT = re.compile(r"(\d{1,4})(" + "|".join(sorted(_SECONDS | _MINUTES, key=len, reverse=True)) + ")")
"""A number with its unit written on: "60s", "45secs", "2min"."""


def cutoff(obs: Observation) -> tuple[int, bool] | None:
    """The cut-off a self-test's text states: (value, in seconds?)."""
    m = _CUTOFF.search(obs.text.lower())
    return (int(m.group(1)), bool(m.group(2))) if m else None


def is_number(word: str) -> bool:
    """A number as a runner writes it: "30", or with its unit on it ("60s", "2min")."""
    return word.isdigit() or (word[:1].isdigit() and _WITH_UNIT.fullmatch(word) is not None)


def amount(clause: list[Token], in_seconds: bool, skip: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """A count or a duration stated in the clause, and where: "25 calf raises", "over a
    minute". A number word counts only with a unit of time ("one leg" is not a count)."""
    return next(_amounts(clause, in_seconds, skip), None)


def _amounts(clause: list[Token], in_seconds: bool, skip: frozenset[int] = frozenset()):
    """Every count or duration of the clause, in order (see ``_amount``)."""
    for n, tok in enumerate(clause):
        if n in skip:
            continue  # part of the test's own name ("30 second stand test")
        unit = clause[n + 1].word if n + 1 < len(clause) else ""
        if tok.word[:1].isdigit() and (joined := _WITH_UNIT.fullmatch(tok.word)):
            value, unit = int(joined[1]), joined[2]
        elif tok.word.isdigit() and len(tok.word) <= 6:
            if _an_age(clause, n) or unit in _MEASURE_UNITS:
                continue
            value = int(tok.word)
        elif tok.word in _NUMBER_WORDS and (unit in _SECONDS or unit in _MINUTES):
            value = _NUMBER_WORDS[tok.word]
        else:
            continue
        yield (value * 60 if in_seconds and unit in _MINUTES else value), n


_MEASURE_UNITS = frozenset({"cm", "mm", "m", "metre", "metres", "meter", "meters", "inch", "inches", "kg", "kgs",
                            "kilo", "kilos", "lb", "lbs", "pound", "pounds", "k", "km", "mile", "miles"})
"""After a number, a length, a weight or a distance, no count: "single leg bridges with the heel on a
60 cm box, 30 reps each side" (set 34 read 60 against 30, one side weaker, the wrong way round)."""
_AGED = frozenset({"aged", "age"})
_YEARS_OLD = frozenset({"year", "years", "yr", "yrs", "yo"})
"""After a number, an age: "my 60 year old mum did 22 heel raises" (set 13 read 60 against 22)."""
_PERSON = frozenset({"i", "im", "ive", "he", "hes", "she", "shes", "they", "theyre", "we", "my", "mum", "dad"})


def _an_age(clause: list[Token], n: int) -> bool:
    """A bare number that is the runner's age, no count: "aged 66", "at 66 I still manage 25 calf
    raises" (set 27: read as two sides, 66 against 25), "my 60 year old mum"."""
    before = clause[n - 1].word if n else ""
    after = clause[n + 1].word if n + 1 < len(clause) else ""
    return before in _AGED or (before == "at" and after in _PERSON) or after in _YEARS_OLD


def sides(obs: Observation, clause: list[Token], used: set[int], lex) -> tuple[bool | None, int, int] | None:
    """A test that compares sides ("clearly fewer ... on one side than the other") read from
    its numbers: two of them ("22 and 21", "9 on my left vs 20 on the right") are even when the
    smaller is at least SIDES_EVEN of the larger, clearly different at SIDES_CLEAR or less, and
    between get no verdict (the runner says which); one number "each side" is even. None: the
    clause gives no such numbers."""
    if not _SIDE_TEST.search(obs.text.lower()):
        return None
    amounts = list(_amounts(clause, True, frozenset(used)))[:2]
    if len(amounts) == 2:
        (a, at), (b, bt) = amounts
        low, high = sorted((a, b))
        share = low / high if high else 1.0
        present = False if share >= SIDES_EVEN else True if share <= SIDES_CLEAR else None
        return present, min(at, bt, *used), max(at, bt, *used)
    # (a negation of a difference says even: "a minute each side, no difference between them", set 30)
    if len(amounts) == 1 and any(t.word in lex.both_sides for t in clause) and not any(
            (t.canon == NOT and not _of_a_difference(clause, n)) or t.word in lex.test_found
            for n, t in enumerate(clause) if n not in used):
        at = amounts[0][1]
        return False, min(at, *used), max(at, *used)
    return None


_DIFFERENCE = frozenset({"difference", "diff", "gap"})


def _of_a_difference(clause: list[Token], n: int) -> bool:
    """Whether the negation at ``n`` denies a difference ("no difference between them")."""
    return next((t.word for t in clause[n + 1:] if not t.stop), None) in _DIFFERENCE
