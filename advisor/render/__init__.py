"""Renderers: a registry from format name to a function ``Result -> str``."""
from __future__ import annotations

from typing import Callable

from advisor.reasoning.result import Result
from .json_out import render_json
from .markdown import render_markdown
from .text import render_text

RENDERERS: dict[str, Callable[[Result], str]] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
}


def render(result: Result, fmt: str) -> str:
    return RENDERERS[fmt](result)
