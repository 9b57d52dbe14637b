"""The HTML history report in a real browser (headless Chromium): every chart and sparkline label
at least 11 px on a 390 px phone and on a desktop, nothing wider than the phone, no request made."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from advisor.reasoning.history import WeekRow
from advisor.reasoning.team import Label
from advisor.reasoning.trends import HistoryHead
from advisor.render import render_history
from advisor.screening.trends import SHOWN_IN_FULL, build_history

WIDTHS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
MIN_LABEL_PX = 11
ATHLETES = 80
WEEKS = [dt.date(2025, 12, 1) + dt.timedelta(weeks=n) for n in range(52)]


def _season() -> list[WeekRow]:
    """A year of 80 athletes, most with some problem: more than the page shows in full."""
    rng = random.Random(48)
    cause = Label("weak_glutes", "Weak glutes (hip stabilisers)")
    rows = []
    for n in range(ATHLETES):
        name = f"Athlete {n:03d} <b>&amp;"
        for week in WEEKS:
            if rng.random() < 0.1:
                continue
            severity = rng.choice([0, 0, 0, 8, 25, 50, 75])
            flag = severity == 75 and rng.random() < 0.2
            rows.append(WeekRow(week, name, rng.choice(["5k", "10k"]), True, "urgent" if flag else "",
                                ("suspected_bone_stress",) if flag else (), cause if severity else None,
                                0.7 if severity else 0.0, None, severity, severity >= 50, True))
    return rows


@pytest.fixture(scope="module")
def page_file(tmp_path_factory):
    report = build_history(HistoryHead("Not a diagnosis: test.", tuple(WEEKS)), _season())
    assert report.summary.with_problem > SHOWN_IN_FULL  # the limit is exercised
    path = tmp_path_factory.mktemp("history") / "history.html"
    path.write_text(render_history(report, "html"), encoding="utf-8")
    return path



LABELS = """() => [...document.querySelectorAll('svg text')].map(t => {
    const m = t.getScreenCTM();
    return {text: t.textContent, cls: t.closest('svg').getAttribute('class'),
            px: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b)};
})"""


@pytest.mark.parametrize("width", list(WIDTHS))
def test_chart_and_sparkline_labels_are_readable(browser, page_file, width):
    page = browser.new_page(viewport=WIDTHS[width])
    requests = []
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith("file:") else None)
    page.goto(page_file.as_uri())
    labels = page.evaluate(LABELS)
    kinds = {label["cls"] for label in labels}
    assert kinds == {"chart", "spark"}, kinds
    small = [label for label in labels if label["px"] < MIN_LABEL_PX]
    assert not small, small[:5]
    sparklines = page.locator("svg.spark").count()
    assert sparklines == SHOWN_IN_FULL
    widest = page.evaluate("() => Math.max(...[...document.querySelectorAll('svg')].map("
                           "s => s.getBoundingClientRect().right))")
    assert widest <= WIDTHS[width]["width"]
    assert "counted, not listed" in page.inner_text("body")
    assert requests == []
    page.close()


def test_a_table_that_scrolls_sideways_on_a_phone_takes_the_keyboard(browser, page_file):
    """axe's scrollable-region-focusable: on a 390 px phone the team table scrolls sideways, and
    a keyboard user must be able to reach it to scroll it (found in the twentieth session's review)."""
    page = browser.new_page(viewport=WIDTHS["phone"])
    page.goto(page_file.as_uri())
    page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
    scrolling = page.evaluate("""() => [...document.querySelectorAll('*')].filter(e =>
        getComputedStyle(e).overflowX === 'auto' && e.scrollWidth > e.clientWidth)
        .map(e => ({tab: e.getAttribute('tabindex'), label: e.getAttribute('aria-label')}))""")
    assert scrolling, "nothing scrolls sideways on the phone: the test checks nothing"
    assert all(s["tab"] == "0" and s["label"] for s in scrolling), scrolling
    page.close()
