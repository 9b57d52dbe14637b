"""Seams for parts being built elsewhere.

``words_parser``: the words-in parser (runner's own text -> observations) is being written
by another engineer. Until it lands this returns None, ``POST /api/v1/parse`` answers 501
(problem details) and the start page says so and offers the step-by-step questions instead.
When it lands, import it here and return it: ``parse(kb, text)`` is the expected shape,
and the only lines to change are in this function.
"""
from __future__ import annotations


def words_parser():
    """The words-in parser, or None while it is not available."""
    return None
