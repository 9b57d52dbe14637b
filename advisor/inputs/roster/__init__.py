"""Roster input for ``stridewise screen``: CSV, .xlsx or JSON Lines, row by row, losing nothing.

Each row becomes either an ``Entry`` (an athlete to screen) or a ``RowProblem`` (line number,
athlete if known, reason). Rows are read lazily, so a 100,000-row roster is never held in
memory.

CSV (``utf-8-sig``, so Excel's BOM is fine; a CSV that is not UTF-8, as Excel saves "CSV
(comma/semicolon delimited)" in Europe, is read as Windows-1252 and said once on stderr),
one row per athlete:
* ``athlete`` (or ``name`` / ``id``): required, unique in the roster;
* ``group`` (or ``event``): optional;
* either ``observations``: observation ids separated by ``;`` (prefix one with ``no:`` to
  report it absent, with ``?:`` to report it answered not sure), optionally with an ``absent``
  column of ``;``-separated ids;
* or one column per observation id, each cell ``yes``/``no`` (also y/n, 1/0, true/false,
  x for yes), ``?`` (also unsure, not sure, don't know) for answered not sure, blank for not
  asked;
* optionally a ``notes`` column (or ``note``, ``comments``, ``words``): the athlete's own
  words, read as ``parse`` reads them, each row's reading a ``ReadNote`` to confirm (the ids
  given outweigh the words).
A column close to a known one is an error; any other is left out with a note.

A red flag answered not sure is carried to the athlete's answer: the report says what to do if
it is there, and the athlete counts as asked (blank is "not asked").

An unknown id in ``observations`` or ``absent`` (a typo: ``knee_pian``) next to known ones is
left out and the row screened with the rest, so a red flag on that row still makes a referral;
each unknown id comes back as a ``RowNote`` after the row's ``Entry`` (line, athlete, the id
and the closest known id), reported with the problems for a person to confirm, and ``--strict``
stops on it. A row with no known id at all is a bad row, as before. The same holds for a
JSON Lines row whose only problems are unknown ids in its ``symptoms``.

The CSV delimiter is sniffed from the first lines (``,``, ``;`` as a European Excel writes, or
tab); ids in ``observations`` / ``absent`` may also be separated by ``,`` and written in any case.

A Google or Microsoft Forms export of ``stridewise form`` (CSV, or .xlsx read with openpyxl):
a header holding the form's question texts is read by ``advisor.inputs.forms``; other columns
(timestamp, e-mail ...) are ignored and named once on stderr; words read from free text come
back as ``RowNote`` items (reported with the problems, the row still screened). With a
timestamp column (Google 'Timestamp', Microsoft 'Completion time') an athlete's latest response
is screened and the earlier ones are named as replaced; a coach's own roster keeps the first row.

JSON Lines: one ``check`` input object per line, with a required ``athlete`` field.

Lines and bounds (both formats): one roster row per physical line, each read with a bound
(``lines``); a roster whose bad rows pass ``MAX_BAD_ROWS`` and outnumber its good ones is
refused as "not a roster" (``yes | stridewise screen -`` ends, with exit 3). How a broken CSV
quote costs only its own line, and how a form export's quoted answer may span lines, is in
``csvfields``.

The parts, each read in one sitting: ``rows`` (what a roster reads to: ``Entry``,
``RowProblem`` and notes), ``lines`` (bounded physical lines, UTF-8 or Windows-1252),
``csvfields`` (delimiter, CSV fields, quoted spans), ``xlsx`` (a workbook's first sheet),
``table`` (a coach's columns, or else a form export's), ``form_export`` (the forms plan, the
latest response wins), ``jsonl``, ``reader`` (``RosterReader``: the format, duplicates, the
bad-row bound) and ``pseudonym``. Importers use ``advisor.inputs.roster``, which exports what
they need.
"""
from __future__ import annotations

from advisor.inputs.roster.csvfields import MAX_FIELD, MAX_SPAN_LINES
from advisor.inputs.roster.form_export import MAX_FORM_RESPONSES
from advisor.inputs.roster.lines import MAX_LINE_BYTES, MAX_STREAM_BYTES, open_text
from advisor.inputs.roster.pseudonym import PSEUDONYM_HEX, pseudonym
from advisor.inputs.roster.reader import MAX_BAD_ROWS, RosterReader, detect_format
from advisor.inputs.roster.rows import (
    EMPTY_ROSTER, FALSE, LEFT_OUT, MAX_NOTES_PER_ROW, TRUE, UNKNOWN, Entry, KeptRedFlag, ReadNote, Replaced, RowNote, RowProblem,
    UNSURE, unknown_notes, unsure, yes_no)
from advisor.inputs.roster.table import GROUP_COLUMNS, NAME_COLUMNS
from advisor.inputs.roster.xlsx import MAX_XLSX_BYTES, MAX_XLSX_UNZIPPED

__all__ = ["EMPTY_ROSTER", "FALSE", "GROUP_COLUMNS", "LEFT_OUT", "MAX_BAD_ROWS", "MAX_FIELD", "MAX_FORM_RESPONSES",
           "MAX_LINE_BYTES", "MAX_NOTES_PER_ROW", "MAX_SPAN_LINES", "MAX_STREAM_BYTES", "MAX_XLSX_BYTES",
           "MAX_XLSX_UNZIPPED", "NAME_COLUMNS", "PSEUDONYM_HEX", "TRUE", "UNKNOWN", "UNSURE", "Entry", "KeptRedFlag", "ReadNote", "Replaced",
           "RosterReader", "RowNote", "RowProblem", "detect_format", "open_text", "pseudonym", "unknown_notes",
           "unsure", "yes_no"]
