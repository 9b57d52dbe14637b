from __future__ import annotations

import json

from advisor.reasoning.result import Result


def render_json(result: Result, details: bool = False) -> str:
    """Always everything: ``details`` only matters to the human formats."""
    return json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n"
