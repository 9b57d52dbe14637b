"""The runner's answer page says what the command line's answer says: the doses' basis in the
"This week" heading (test drive 22 found it on the command line and not on the page)."""
from __future__ import annotations

import html
import json
import re

from click.testing import CliRunner

from advisor.frontends.cli import main


def _answered(http) -> str:
    """A questionnaire answered "yes" to every question after an empty red-flag screen, by an
    adult (a yes to "still growing" makes the knee pain a referral): its token."""
    token = http.get("/ask", follow_redirects=True).url.params["t"]
    step = http.post("/api/v1/ask/answer", json={"token": token, "question_id": "red_flag_screen", "answer": {}}).json()
    while not step["done"]:
        q = step["question"]
        answer = {q["options"][0]["id"]: True} if q["kind"] != "yesno" else {q["id"]: q["id"] != "still_growing"}
        step = http.post("/api/v1/ask/answer", json={"token": step["token"], "question_id": q["id"],
                                                     "answer": answer}).json()
    return step["token"]


def test_the_answer_page_names_the_doses_basis_as_the_cli_does(http, tmp_path):
    token = _answered(http)
    page = http.get("/answer", params={"t": token})
    assert page.status_code == 200
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(http.get("/answer/stridewise-answers.json", params={"t": token}).json()))
    text = CliRunner().invoke(main, ["check", str(answers)]).stdout
    heading = re.search(r"^(This week|General prevention, this week)( \(doses: [^)]*\))?:$", text, re.M)
    assert heading and heading.group(2), text   # the CLI names a basis here
    headings = [html.unescape(h) for h in re.findall(r"<h2>([^<]*)</h2>", page.text)]
    assert heading.group(0).rstrip(":") in headings, headings


def test_the_answer_page_says_not_a_diagnosis_once(http):
    # fc24: the notice came twice, after the advice and again in the footer
    page = http.get("/answer", params={"t": _answered(http)})
    assert page.text.count("Not a diagnosis") == 1
    assert http.get("/").text.count("Not a diagnosis") == 1   # other pages keep it in the footer
