"""Renderers: a registry from format name to a function ``(Result, details=False) -> str``."""
from __future__ import annotations

from typing import Callable

from advisor.reasoning.result import Result
from .html_case import render_case_html
from .json_out import render_json
from .markdown import render_markdown
from .text import render_text

RENDERERS: dict[str, Callable[..., str]] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
    "html": render_case_html,
}


def render(result: Result, fmt: str, details: bool = False) -> str:
    """Draw ``result`` in ``fmt``; ``details`` adds the reasoning to the human formats."""
    return RENDERERS[fmt](result, details=details)
