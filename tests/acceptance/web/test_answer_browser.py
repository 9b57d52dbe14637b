"""A saved answer from a runner's words (``check --text ... --format html > answer.html``) in a
real browser at phone and desktop widths: what was read, and what was not, shown near the top,
the runner's words as text, no sideways scrolling, no axe-core violation."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

WORDS = ("my knee hurts on stairs, no swelling, <img src=x onerror=alert(1)> and my eczema itched yesterday "
         + "z" * 2000)


@pytest.fixture(scope="module")
def answer_html():
    from click.testing import CliRunner

    from advisor.frontends.cli import main
    result = CliRunner().invoke(main, ["check", "--text", WORDS, "--format", "html"])
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("width", [390, 1280])
def test_the_saved_answer_shows_the_words_read_and_not_read(browser, answer_html, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.set_content(answer_html)
        heads = page.evaluate("() => [...document.querySelectorAll('main h2')].map(h => h.textContent)")
        assert heads[0] == "Read from your words", heads   # before the advice
        read = page.evaluate("() => [...document.querySelectorAll('.words li')].map(li => li.textContent)")
        assert 'Visible swelling of a joint or the leg: absent ("no swelling")' in read
        not_read = page.inner_text(".words .unread")
        assert not_read.startswith("Not read, so not assessed: 'img src', 'onerror', 'alert', 'eczema itched yesterday z")
        assert page.evaluate("document.querySelectorAll('img').length") == 0
        assert page.evaluate("document.documentElement.scrollWidth") <= width, "the page scrolls sideways"
        violations = [(v["id"], v["impact"]) for v in Axe().run(page).response["violations"]]
        assert not violations, violations
    finally:
        page.close()
