"""What an id looks like, and "did you mean": shared by the loader and the input readers.

Dependency-free on purpose: a cold ``stridewise check`` that reads the pack from the cache
imports this without PyYAML or the loader.
"""
from __future__ import annotations

import re

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
"""Every id in a rule pack and in a symptom file: lower case, digits, underscores (fullmatch)."""
SUGGEST_OPTIONS = 5000
"""difflib compares a word with every option: past this many options no suggestion is made,
so a pack with thousands of typos stays linear."""


def suggest(word, options) -> str:
    """`` (did you mean 'x'?)`` for the closest option, or nothing."""
    import difflib  # only when something is wrong: a valid input never pays for it
    options = list(options)
    if len(options) > SUGGEST_OPTIONS:
        return ""
    match = difflib.get_close_matches(str(word)[:200], options, n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""
