"""The pages in a real browser (Debian's Chromium through Playwright): a whole runner journey
by keyboard only, the coach upload, phone (390 px) and desktop widths, printing, and an
axe-core accessibility check of every page (0 serious or critical violations)."""
from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from axe_playwright_python.sync_playwright import Axe


ROOT = Path(__file__).resolve().parents[3]
WIDTHS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
EXPECTED = re.compile(r"the server responded with a status of 4\d\d")
"""The error pages the axe test visits on purpose (404, 400, 422): every other console error,
a Content-Security-Policy violation above all, fails the test."""
XSS_NAME = '<img src=x onerror="alert(1)">'



class Watched:
    """A page that records script dialogs and console errors (a CSP violation is one)."""

    def __init__(self, page):
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" and not EXPECTED.search(m.text) else None)


@pytest.fixture(params=list(WIDTHS))
def page(request, browser):
    context = browser.new_context(viewport=WIDTHS[request.param], accept_downloads=True)
    watched = Watched(context.new_page())
    watched.width = WIDTHS[request.param]["width"]
    yield watched
    context.close()
    assert not watched.dialogs, watched.dialogs
    assert not watched.errors, watched.errors


def focused_text(page) -> str:
    return page.evaluate("""() => { const e = document.activeElement; if (!e) return '';
        if (e.labels && e.labels.length) return e.labels[0].innerText;
        return (e.innerText || e.value || e.getAttribute('aria-label') || '').trim(); }""")


def tab_to(page, text: str, limit: int = 80) -> None:
    """Press Tab until the focused control's text or label starts with ``text``."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused_text(page).startswith(text):
            return
    raise AssertionError(f"Tab never reached {text!r}")


def enter_to_next_page(page) -> None:
    """Press Enter on the focused control and wait for the next page."""
    before = page.url
    page.keyboard.press("Enter")
    page.wait_for_function("u => location.href !== u", arg=before)


def no_sideways_scroll(page, width: int) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "the page scrolls sideways"


def test_runner_journey_by_keyboard_only(page, server):
    p = page.page
    p.goto(server.url + "/")
    no_sideways_scroll(p, page.width)
    tab_to(p, "Start the questions")
    p.keyboard.press("Enter")
    p.wait_for_url("**/ask?t=*")
    assert "Question 1" in p.inner_text("main")
    tab_to(p, "Continue")  # nothing ticked on the red-flag screen
    p.keyboard.press("Enter")
    p.wait_for_selector("text=Question 2")
    # "why am I asked this" opens from the keyboard
    tab_to(p, "Why am I asked this?")
    p.keyboard.press("Enter")
    assert p.is_visible("details.why p")
    # back, then forward again
    tab_to(p, "Back to the previous question")
    p.keyboard.press("Enter")
    p.wait_for_selector("text=Question 1 of")
    tab_to(p, "Continue")
    p.keyboard.press("Enter")
    p.wait_for_selector("text=Question 2 of")
    answered_yes = False
    for _ in range(40):
        if "/answer" in p.url:
            break
        no_sideways_scroll(p, page.width)
        if p.query_selector("input[type=checkbox]"):
            if not answered_yes:  # tick the first option with Space
                p.keyboard.press("Tab")
                tab_to(p, p.inner_text("ul.options li label >> nth=0")[:20])
                p.keyboard.press("Space")
                assert p.is_checked("ul.options li input >> nth=0")
                answered_yes = True
            tab_to(p, "Continue")
        else:
            tab_to(p, "Not sure" if answered_yes else "Yes")
        enter_to_next_page(p)
    assert "/answer" in p.url, "the questionnaire never ended"
    main = p.inner_text("main")
    assert main.startswith("Your answer")
    assert "Not a diagnosis" in p.inner_text("body")
    assert not p.is_visible("details.details h2"), "the details are folded"
    no_sideways_scroll(p, page.width)
    # the page says what the API and the command line say for the same answers
    token = p.url.split("t=", 1)[1]
    answers = httpx.get(f"{server.url}/answer/stridewise-answers.json", params={"t": token}).json()
    result = httpx.post(server.url + "/api/v1/check", json=answers).json()
    assert result["triage_text"] in main
    # the answer's address is a link to it: loading it again gives the same page
    p.goto(p.url)
    assert p.inner_text("main") == main
    # and the last answer can still be changed
    tab_to(p, "Back to the last question")
    p.keyboard.press("Enter")
    p.wait_for_url("**/ask?t=*")
    assert "of at most" in p.inner_text("main")


def test_the_answer_prints_on_one_or_two_pages(browser, server):
    context = browser.new_context()
    p = context.new_page()
    token = httpx.post(server.url + "/api/v1/ask", json={}).json()["token"]
    step = httpx.post(server.url + "/api/v1/ask/answer",
                      json={"token": token, "question_id": "red_flag_screen", "answer": {}}).json()
    while not step["done"]:
        q = step["question"]
        answer = {q["options"][0]["id"]: True} if q["options"] else {q["id"]: True}
        step = httpx.post(server.url + "/api/v1/ask/answer",
                          json={"token": step["token"], "question_id": q["id"], "answer": answer}).json()
    p.goto(f"{server.url}/answer?t={step['token']}")
    p.emulate_media(media="print")
    assert not p.is_visible("header.site")
    pdf = p.pdf(format="A4")
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    assert 1 <= pages <= 2, pages
    context.close()


def test_pages_work_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False, viewport=WIDTHS["phone"])
    p = context.new_page()
    p.goto(server.url + "/")
    p.click("text=Start the questions")
    p.click("button:has-text('Continue')")
    p.wait_for_selector("text=Question 2 of")
    p.click("button:has-text('Not sure')")
    p.wait_for_selector("text=Question 3 of")
    context.close()


def test_coach_uploads_a_roster_and_downloads_every_format(page, server, tmp_path):
    p = page.page
    roster = tmp_path / "team.csv"
    roster.write_text((ROOT / "tests/fixtures/messy_roster.csv").read_text()
                      + f'"{XSS_NAME.replace(chr(34), chr(34) * 2)}",x,knee_pain\n', encoding="utf-8")
    p.goto(server.url + "/coach")
    p.set_input_files("input[type=file]", str(roster))
    tab_to(p, "Screen the roster")
    p.keyboard.press("Enter")
    p.wait_for_selector("h1:has-text('Team screening, week')")
    text = p.inner_text("main")
    assert XSS_NAME in text  # shown as text, never run (the page fixture fails on any dialog)
    assert XSS_NAME in p.inner_text("table.act")  # in the who-to-act-on table too
    rows = [line for line in roster.read_text().splitlines()[1:] if line.strip()]
    problems = p.locator("#problems-h + .scroll tbody tr").count()
    athletes = p.locator("table.act tbody tr").count()  # a small squad: every athlete is listed
    assert problems and athletes + problems == len(rows), "a row was lost"
    no_sideways_scroll(p, page.width)
    for label, marker in (("HTML", b"<html"), ("Markdown", b"#"), ("JSON", b'"team_report"'), ("CSV", b"athlete")):
        with p.expect_download() as info:
            p.click(f"button:text-is('{label}')")
        data = Path(info.value.path()).read_bytes()
        assert marker in data, label
        assert b"<img src=x" not in data or label in ("JSON", "CSV", "Markdown"), label


def _axe_pages(server) -> dict[str, str]:
    """Every page: by address, or (for POST results) the HTML to load."""
    with httpx.Client(base_url=server.url, timeout=30) as http:
        start = http.get("/ask", follow_redirects=True)
        token = start.url.params["t"]
        step = http.post("/api/v1/ask/answer", json={"token": token, "question_id": "red_flag_screen", "answer": {}}).json()
        choice = step["token"]
        yesno = step
        while yesno["question"]["kind"] != "yesno":
            q = yesno["question"]
            yesno = http.post("/api/v1/ask/answer", json={"token": yesno["token"], "question_id": q["id"],
                                                          "answer": {q["options"][0]["id"]: True}}).json()
        done = yesno
        while not done["done"]:
            done = http.post("/api/v1/ask/answer", json={"token": done["token"], "question_id": done["question"]["id"],
                                                         "answer": {done["question"]["id"]: True}}).json()
        flagged = http.post("/api/v1/ask/answer", json={"token": token, "question_id": "red_flag_screen",
                                                        "answer": {"pinpoint_bone_pain": True}}).json()
    return {"start": "/", "coach": "/coach", "docs": "/api/v1/docs", "not found": "/nope", "bad link": "/ask?t=bad.x",
            "screen": f"/ask?t={token}", "choice": f"/ask?t={choice}", "yesno": f"/ask?t={yesno['token']}",
            "answer": f"/answer?t={done['token']}", "referral": f"/answer?t={flagged['token']}"}


def test_every_page_passes_axe(page, server):
    p = page.page
    axe = Axe()
    checked = []
    for name, path in _axe_pages(server).items():
        p.goto(server.url + path)
        for details in p.query_selector_all("details"):  # check the folded parts too
            details.evaluate("d => d.open = true")
        checked.append((name, p))
        _assert_axe(axe, p, name)
    # pages reached by posting a form
    p.goto(server.url + "/")
    p.fill("textarea", "my knee hurts")
    p.click("form[action='/words'] button")
    _assert_axe(axe, p, "words")
    p.goto(server.url + "/coach")
    p.set_input_files("input[type=file]", str(ROOT / "tests/fixtures/messy_roster.csv"))
    p.click("button:has-text('Screen the roster')")
    p.wait_for_selector("h1:has-text('Team screening, week')")
    _assert_axe(axe, p, "team report")
    p.goto(server.url + "/coach")
    p.set_input_files("input[type=file]", {"name": "bad.csv", "mimeType": "text/csv", "buffer": b"bogus\nx\n"})
    p.click("button:has-text('Screen the roster')")
    p.wait_for_selector(".error")
    _assert_axe(axe, p, "coach with an error")
    assert len(checked) == 10


def _assert_axe(axe, p, name: str) -> None:
    violations = axe.run(p).response["violations"]
    bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in violations
           if v["impact"] in ("serious", "critical")]
    assert not bad, (name, bad)


def test_a_referred_athletes_red_flags_on_the_team_page(page, server, tmp_path):
    # test drives 59 and 60: the red-flag column was blank beside "URGENT today"; a less urgent
    # flag read as a referral of its own beside the clot's. At 390 and 1280 px, by keyboard, with
    # a hostile name: the table, the referral cards, no sideways scroll, axe
    p = page.page
    roster = tmp_path / "team.csv"
    name = XSS_NAME.replace('"', '""')
    roster.write_text("athlete,group,observations\n"
                      f'"{name}",U13,heel_pain;still_growing\n'
                      "Mo,masters,calf_swollen_warm_tender;swelling;no:pain_at_night\n", encoding="utf-8")
    p.goto(server.url + "/coach")
    p.set_input_files("input[type=file]", str(roster))
    tab_to(p, "Screen the roster")
    p.keyboard.press("Enter")
    p.wait_for_selector("h1:has-text('Team screening, week')")
    no_sideways_scroll(p, page.width)
    table = p.inner_text("table.act")
    assert XSS_NAME in table and "1 found; the others not asked" in table and "2 found" in table
    cards = " ".join(p.inner_text("section[aria-labelledby=ref-h]").split())
    assert "Urgent: see a clinician today. Possible blood clot" in cards
    assert "Tell them about this too: Swelling of a joint or the leg." in cards
    assert "within a few days. Swelling" not in cards
    _assert_axe(Axe(), p, "team report with referred athletes")
