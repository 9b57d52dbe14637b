"""What a roster reads to: an ``Entry`` per athlete to screen, a ``RowProblem`` per row that
is not screened, and the notes a person should confirm; and the yes/no cell every reader shares."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from advisor.errors import show

if TYPE_CHECKING:
    from advisor.inputs.ostrc import OstrcScore
    from advisor.knowledge.model import KnowledgeBase

TRUE = {"yes", "y", "1", "true", "x"}
FALSE = {"no", "n", "0", "false"}
UNSURE = {"?", "unsure", "not sure", "unknown", "don't know", "dont know", "no idea"}
"""A cell answered "not sure": asked, and not known either way. A blank cell was not asked."""
UNKNOWN = {""} | UNSURE


def _said(cell: str) -> str:
    """A cell's answer as compared: no spaces around, lower case, a typographic apostrophe plain."""
    return cell.strip().lower().replace("\u2019", "'")


def yes_no(cell: str) -> bool | None:
    """A yes/no cell: True, False, or None for blank or unsure (``unsure`` tells them apart);
    ValueError for anything else."""
    value = _said(cell)
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    if value in UNKNOWN:
        return None
    raise ValueError(f"'{cell.strip()}' is not yes, no, not sure or blank")


def unsure(cell: str) -> bool:
    """A cell answered "not sure" ("?", "unsure", "don't know" ...), not left blank: a red flag
    answered so is said with what to do if it is there (test drive 27: a roster's "?" was
    dropped, and the athlete listed as "red flags not asked")."""
    return _said(cell) in UNSURE


EMPTY_ROSTER = "has no athlete rows (the roster is empty)"
Fields = tuple[int, list[str] | None, str]
"""A row of a roster table (CSV or .xlsx) as read, before its cells mean anything: (line,
cells, '') or (line, None, why it cannot be read); the header comes first."""
MAX_NOTES_PER_ROW = 10
"""Unknown ids noted one by one per row; past this many, one more note counts the rest (a cell
of junk next to one real id must not flood the report)."""
LEFT_OUT = ": left out, the row was screened with what it says otherwise (please confirm)"


def read_words(kb: "KnowledgeBase", words: str) -> tuple[set[str], set[str], set[str], str]:
    """Observations an athlete's own words state (present, absent, not sure) and a note saying
    what was read, for a person to confirm: a form's free text, a roster's notes column."""
    from advisor.inputs.text import read
    reading = read(kb, words)
    yes = {s.observation.id for s in reading.statements if s.present}
    no = {s.observation.id for s in reading.statements if s.present is False}
    maybe = {s.observation.id for s in reading.statements if s.present is None}
    said = "; ".join(f"{'+' if s.present else '-' if s.present is False else '?'}{s.observation.id}"
                     for s in reading.statements) or "nothing"
    return yes, no, maybe, f"note: read the words '{short(words, 80)}' as {said} (please confirm)"


def short(text: str, width: int = 50) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 3] + "..."


def unknown_notes(line: int, athlete: str, reasons: list[str], total: int | None = None) -> list["RowNote"]:
    """Notes for the unknown ids of a row that was screened without them: line, athlete, the id
    and the closest known id, capped at ``MAX_NOTES_PER_ROW``; ``total`` counts the unknown ids
    when ``reasons`` holds only the first ones."""
    total = len(reasons) if total is None else total
    notes = [RowNote(line, athlete, reason + LEFT_OUT) for reason in reasons[:MAX_NOTES_PER_ROW]]
    if total > MAX_NOTES_PER_ROW:
        notes.append(RowNote(line, athlete, f"{total - MAX_NOTES_PER_ROW} more unknown observation ids" + LEFT_OUT))
    return notes


def notice(shown: str, line: int, text: str) -> None:
    """Tell the person running the screen how a roster was read (a guessed encoding, columns
    ignored), on stderr: it is about the file, not a row, so no item of the report holds it."""
    print(show(f"stridewise: {shown}: line {line}: {text}"), file=sys.stderr)


@dataclass(frozen=True)
class Entry:
    line: int
    athlete: str
    group: str
    present: frozenset[str]
    absent: frozenset[str]
    ostrc: OstrcScore | None = None
    """The OSTRC-O2 answers and severity, when the roster is a form export that asks them."""
    kept: frozenset[str] = frozenset()
    """Red flags carried from the athlete's earlier response to a form, which this one left
    unticked (in ``present`` too): the coach confirms them."""
    unsure: frozenset[str] = frozenset()
    """Observations answered "not sure" (a "?" cell, ``?:`` in 'observations', ``"present": null``
    in JSON Lines, "not sure" in a form's words): asked, not known either way."""


@dataclass(frozen=True)
class RowProblem:
    line: int
    athlete: str
    reason: str
    info: ClassVar[bool] = False
    """True for information for the coach, no data error: it does not make ``screen`` exit 5."""

    def __str__(self) -> str:
        who = f" ({self.athlete})" if self.athlete else ""
        return show(f"line {self.line}{who}: {self.reason}")


class RowNote(RowProblem):
    """Something a person should confirm about a row that was screened (words read from a
    form's free text, an unknown id left out): reported with the problems, but not a bad row.
    It follows its row's ``Entry``."""


class ReadNote(RowNote):
    """Words read from a form's free text (or an 'Other' answer) on a screened row, for the
    coach to confirm: information, not a data error, so it does not make ``screen`` exit 5
    (an unknown id left out of a row, a plain ``RowNote``, still does)."""

    info = True


class KeptRedFlag(RowNote):
    """A red flag ticked in a replaced form response, kept on the athlete's latest one that
    left it unticked: for the coach to confirm, not a data error."""

    info = True


class IgnoredColumn(RowNote):
    """A column of a coach's roster that is none of the known ones and close to none (their
    "notes"): left out, said on the header's line; information, not a data error (a note to
    confirm, like words read: every row is still screened)."""

    info = True


class TotalRow(RowNote):
    """A spreadsheet's total row ("TOTAL: 25", nothing but counts in it): no athlete, so not
    screened; said as a note to confirm, not a data error (fc25: it alone made exit 5)."""

    info = True


class Replaced(RowProblem):
    """A form response replaced by the same athlete's later one (named with its line): a
    resubmission is normal use, not a data error."""

    info = True
