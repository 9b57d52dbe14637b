"""The coach's team page (``serve``: /coach upload) opens like ``screen --format html``: who to
act on first, one line per athlete, the most urgent first. In a real browser at phone
(390x844) and desktop (1280x800) size, and over HTTP for the words themselves."""
from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from advisor.render.team_table import COLUMNS, TRIAGE_CELL

ROOT = Path(__file__).resolve().parents[3]
SCREENS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
ACT_TABLE = re.compile(r'<table class="act">.*?</table>', re.S)


def red_flags_last(roster: str) -> str:
    """The example roster with its red-flag rows moved to the end: the page, not the roster's
    order, must put them first."""
    header, *rows = roster.strip().splitlines()
    flagged = [r for r in rows if "pain_at_night" in r or "pinpoint_bone_pain" in r]
    assert flagged and rows[0] not in flagged
    return "\n".join([header, *[r for r in rows if r not in flagged], *flagged]) + "\n"


@pytest.fixture(scope="module")
def roster(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("coach") / "squad.csv"
    path.write_text(red_flags_last((ROOT / "examples/roster.csv").read_text(encoding="utf-8")), encoding="utf-8")
    return path


def upload(browser, server, roster: Path, viewport: dict):
    context = browser.new_context(viewport=viewport)
    p = context.new_page()
    errors: list[str] = []
    p.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    p.goto(server.url + "/coach")
    p.set_input_files("input[type=file]", str(roster))
    p.click("button:has-text('Screen the roster')")
    p.wait_for_selector("h2:has-text('Who to act on')")
    return context, p, errors


BOXES = """() => {
  const box = e => { const r = e.getBoundingClientRect(); return {top: r.top, bottom: r.bottom}; };
  const row = document.querySelector('table.act tbody tr');
  return {
    view: window.innerHeight, scrolled: window.scrollY,
    heading: box(document.getElementById('act-h')),
    name: box(row.querySelector('td[data-label="Athlete"]')),
    triage: box(row.querySelector('td[data-label="Triage"]')),
    problem: box(row.querySelector('td[data-label="Problem"]')),
    first: row.querySelector('td[data-label="Athlete"]').innerText,
    triageText: row.querySelector('td[data-label="Triage"]').innerText,
    sections: [...document.querySelectorAll('main h2')].filter(h => h.id !== 'act-h')
      .map(h => [h.textContent, box(h).top]),
    wide: document.documentElement.scrollWidth,
  };
}"""


@pytest.mark.parametrize("screen", list(SCREENS))
def test_first_screen_shows_who_to_act_on_and_the_most_urgent_athlete(browser, server, http, roster, screen):
    expected = http.post("/api/v1/screen", content=roster.read_bytes(), headers={"content-type": "text/csv"}).json()
    most_urgent = expected["referrals"][0]["athlete"]  # every referral first, the most urgent first of all
    context, p, errors = upload(browser, server, roster, SCREENS[screen])
    try:
        b = p.evaluate(BOXES)
        assert b["scrolled"] == 0
        assert 0 <= b["heading"]["top"] < b["view"]
        for cell in ("name", "triage", "problem"):  # the whole first line, not only its top
            assert b[cell]["bottom"] <= b["view"], (cell, b)
        assert b["first"].startswith(most_urgent), b["first"]
        assert b["triageText"] in (TRIAGE_CELL["emergency"], TRIAGE_CELL["urgent"], TRIAGE_CELL["soon"])
        # before any other section: downloads, team plan, patterns, referrals all come after it
        assert {"Download the report", "Team plan", "Team patterns"} <= {t for t, _ in b["sections"]}
        assert all(top > b["problem"]["bottom"] for _, top in b["sections"]), b["sections"]
        assert b["wide"] <= SCREENS[screen]["width"], "the page scrolls sideways"
        assert not errors, errors  # a Content-Security-Policy violation is a console error
    finally:
        context.close()


# Per athlete line on the page: the screen lines its cells take. The problem is a block of its
# own (its height over its line height); the other cells are inline, one box per screen line.
PHONE_LINES = """() => [...document.querySelectorAll('table.act tbody tr')].map(tr => {
  const tops = new Set();
  let problem = 0;
  for (const td of tr.querySelectorAll('td')) {
    if (td.dataset.label === 'Problem') {
      problem = Math.round(td.getBoundingClientRect().height / parseFloat(getComputedStyle(td).lineHeight));
    } else {
      for (const r of td.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
    }
  }
  return {text: tr.innerText, other: tops.size, problem, right: tr.getBoundingClientRect().right};
})"""


def test_on_a_phone_each_athlete_reads_as_two_or_three_short_lines(browser, server, roster):
    context, p, _ = upload(browser, server, roster, SCREENS["phone"])
    try:
        assert p.is_hidden("table.act thead")  # the column names are words inside each line instead
        lines = p.evaluate(PHONE_LINES)
        assert len(lines) == 30
        for line in lines:
            # who and how urgent (a long name pushes the triage to a line of its own); the problem
            # (wrapping once at most); severity, change and red flags on one line
            assert line["other"] <= 3 and 1 <= line["problem"] <= 2, line
            assert line["right"] <= 390, line
    finally:
        context.close()


def test_the_coach_page_passes_axe_at_both_sizes(browser, server, roster):
    for viewport in SCREENS.values():
        context, p, _ = upload(browser, server, roster, viewport)
        try:
            violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                          for v in Axe().run(p).response["violations"]]
            assert not violations, (viewport, violations)
        finally:
            context.close()


def test_the_coach_page_with_unread_rows_passes_axe(browser, server, roster, tmp_path):
    # The rows-with-problems section and its scrolling table were two landmarks with one name.
    messy = tmp_path / "messy.csv"
    messy.write_bytes(roster.read_bytes() + b"Bob,x,knee_pian\n")
    context, p, _ = upload(browser, server, messy, SCREENS["phone"])
    try:
        assert p.locator("#problems-h").count() == 1
        violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                      for v in Axe().run(p).response["violations"]]
        assert not violations, violations
    finally:
        context.close()


def test_the_page_order_is_act_downloads_plan_patterns_referrals_problems(http, roster):
    page = http.post("/coach", files={"roster": ("squad.csv", roster.read_bytes() + b"Bob,x,knee_pian\n", "text/csv")})
    heads = [unescape(h) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", page.text)]
    assert [h.split(" (")[0] for h in heads] == ["Who to act on", "Download the report", "Team plan", "Team patterns",
                                                 "Referrals", "Roster rows with problems"]
    assert page.text.index('href="/coach">Screen another roster') > page.text.index('id="problems-h"')
    # the unread row (the 31st athlete, line 32), with its line and reason
    assert re.search(r'<td data-label="Line">32</td><td data-label="Athlete">Bob</td><td data-label="Problem">[^<]*knee_pian', page.text)


def test_the_lines_are_the_command_line_reports_lines(http, roster):
    """Same columns, same words, same order: the page includes the report's block, not a copy."""
    body = roster.read_bytes()
    page = http.post("/coach", files={"roster": ("squad.csv", body, "text/csv")}).text
    report = http.post("/api/v1/screen", params={"format": "html"}, content=body,
                       headers={"content-type": "text/csv"}).text
    web, cli = ACT_TABLE.findall(page), ACT_TABLE.findall(report)
    assert len(web) == len(cli) == 1
    assert web == cli
    assert [unescape(c) for c in re.findall(r'<th scope="col">(.*?)</th>', web[0])] == ["#", *COLUMNS]


def test_the_page_is_drawn_without_the_knowledge_base():
    """A template must not reach into the rule pack: the report it is given holds every label."""
    text = (ROOT / "advisor/frontends/web/templates/team.html.j2").read_text(encoding="utf-8")
    assert "kb." not in text and "kb[" not in text
    for name in ("team_act", "team_plan", "team_groups"):
        assert "kb" not in (ROOT / f"advisor/templates/{name}.html.j2").read_text(encoding="utf-8")
