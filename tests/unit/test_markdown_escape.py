"""Athlete-supplied words in Markdown: literal wherever they land, and no escapes where nothing
could be markup (a coach reading a report piped to a terminal saw "\\+shin\\_pain \\(please
confirm\\)", test drive 64)."""
import pytest
from hypothesis import given, strategies as st

from advisor.render.markdown import md_escape


@pytest.mark.parametrize("text, escaped", [
    ("as +morning_stiffness; -sits_all_day (please confirm)", "as +morning_stiffness; -sits_all_day (please confirm)"),
    ("_so_ *x* [a](b) <script> `c` a|b ~d~ &amp;", "\\_so\\_ \\*x\\* \\[a\\]\\(b) \\<script\\> \\`c\\` a\\|b \\~d\\~ \\&amp;"),
    ("# heading", "\\# heading"),
    ("+ item", "\\+ item"),
    ("> quote", "\\> quote"),
    ("knee_pain", "knee_pain"),
    ("trailing_", "trailing\\_"),
])
def test_only_what_could_be_markup_is_escaped(text, escaped):
    assert md_escape(text) == escaped


@given(st.text(alphabet="ab_*`[]()<>|~&#+-! \\", max_size=30))
def test_no_unescaped_markup_character_is_left(text):
    out = md_escape(text)
    unescaped = out.replace("\\\\", "").replace("\\", "\0")
    # every character that is markup wherever it stands comes after a backslash
    for n, ch in enumerate(unescaped):
        if ch in "*`[]<>|~&":
            assert n > 0 and unescaped[n - 1] == "\0", (text, out)
