"""HTML for one case: a self-contained page (inline CSS, no script, no URL of any kind).

The summary comes first; the details sit in a ``<details>`` element, folded until opened
(and printed open). jinja2's autoescape escapes every string, athlete-supplied or not.
"""
from __future__ import annotations

from functools import lru_cache

from advisor.reasoning.result import Result
from .common import (
    REFERRAL_LINE, WORDS_HEADING, all_sources, citation_text, not_read_line, outside_line, step_text, visible, word_line,
)
from .summary import CAUSES_UNDER_A_FLAG, summarise


@lru_cache(maxsize=1)
def _template():
    # jinja2 and importlib.resources load only when a page is drawn: check and ask start faster.
    from importlib.resources import files

    from jinja2 import Environment, FunctionLoader

    from .html import template_source
    env = Environment(loader=FunctionLoader(template_source), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    # word_line and not_read_line spell out control characters in the runner's words (visible);
    # autoescape then escapes the markup
    env.globals.update(step_text=step_text, citation_text=citation_text, word_line=word_line,
                       not_read_line=not_read_line, outside_line=outside_line, words_heading=WORDS_HEADING,
                       causes_under_a_flag=CAUSES_UNDER_A_FLAG)
    return env.from_string(files("advisor.templates").joinpath("case.html.j2").read_text(encoding="utf-8"))


def render_case_html(result: Result, details: bool = False) -> str:
    """``details`` has no effect: the details are always there, folded."""
    # Athlete-supplied: control characters shown, never raw; jinja2 escapes the markup.
    title = "Stridewise advice" + (f": {visible(result.athlete)}" if result.athlete else "")
    return _template().render(title=title, result=result, s=summarise(result), referral_line=REFERRAL_LINE,
                              sources=all_sources(result)) + "\n"
