"""The words-in reader the web uses, named in one place.

It was a seam while the reader was being written; it is now ``advisor.inputs.text``, the same
reader as ``stridewise parse``, so the API, the pages and the command line read the same
words the same way. ``MAX_WORDS`` bounds what the web reads (the text box's ``maxlength``
and the API's ``maxLength``): a runner's description is a few sentences.
"""
from __future__ import annotations

from advisor.inputs.text import MAX_TEXT_CHARS, Reading, document, read

MAX_WORDS = MAX_TEXT_CHARS
"""Longest text the web reads, in characters: the command line's limit (it was 10,000 here and
20,000 there, so a check-in the command line read was refused by the API: test drive 26)."""

__all__ = ["MAX_WORDS", "Reading", "document", "read"]
