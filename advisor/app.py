"""Process-wide wiring: load a rule pack once and build its advisor."""
from __future__ import annotations

from functools import lru_cache

from .loader import load_knowledge_base
from .scoring import Advisor


@lru_cache(maxsize=4)
def get_advisor(rules_dir: str | None = None) -> Advisor:
    return Advisor(load_knowledge_base(rules_dir))
