"""Safety of every page: headers, no external URL, CSRF, hostile input, nothing in the log."""
from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[3]
XSS = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
URL = re.compile(r"(?i)(https?:)?//[a-z0-9]")
NOTICE = "Not a diagnosis"


def every_page(http) -> dict[str, httpx.Response]:
    """Every kind of page the site has, reached the way a browser would."""
    pages = {"start": http.get("/"), "coach": http.get("/coach"), "docs": http.get("/api/v1/docs"),
             "not found": http.get("/no-such-page"), "bad link": http.get("/ask", params={"t": "x.y"}),
             "words": http.post("/words", data={"text": "my knee hurts"})}
    question = http.get("/ask", follow_redirects=True)
    pages["question"] = question
    token = question.url.params["t"]
    done = http.post("/ask", data={"t": token, "q": "red_flag_screen", "action": "next", "o": "pinpoint_bone_pain"},
                     follow_redirects=True)
    pages["answer"] = done
    pages["team"] = http.post("/coach", files={"roster": ("roster.csv", (ROOT / "examples/roster.csv").read_bytes(), "text/csv")})
    return pages


def test_every_page_has_the_safety_headers_the_notice_and_no_external_url(http):
    for name, response in every_page(http).items():
        h = response.headers
        assert h["content-security-policy"].startswith("default-src 'none'; style-src 'self'"), name
        assert "frame-ancestors 'none'" in h["content-security-policy"] and "base-uri 'none'" in h["content-security-policy"]
        assert (h["x-content-type-options"], h["referrer-policy"], h["x-frame-options"]) == ("nosniff", "no-referrer", "DENY")
        assert h["cache-control"] == "no-store", name
        assert NOTICE in response.text, name
        assert not URL.search(response.text), (name, URL.search(response.text))
        assert "<script" not in response.text.lower() and " style=" not in response.text, name


def test_the_answer_page_holds_the_red_flag_referral(http):
    answer = every_page(http)["answer"]
    assert answer.url.path == "/answer"
    assert "Urgent" in answer.text or "Emergency" in answer.text or "Soon" in answer.text


@pytest.mark.parametrize("headers", [{"origin": "http://evil.example"}, {"sec-fetch-site": "cross-site"},
                                     {"sec-fetch-site": "same-site"}, {"origin": "null"},
                                     {"origin": "null", "sec-fetch-site": "cross-site"}])
def test_cross_site_posts_are_refused(http, headers):
    for path in ("/ask", "/coach", "/words", "/coach/download", "/api/v1/check"):
        response = http.post(path, data={"t": "x"}, headers=headers)
        assert response.status_code == 403, path


def test_same_origin_posts_are_accepted(http, server):
    response = http.post("/words", data={"text": "knee"}, headers={"origin": server.url, "sec-fetch-site": "same-origin"})
    assert response.status_code == 200
    # what Chromium sends for its own form post under Referrer-Policy: no-referrer
    response = http.post("/words", data={"text": "knee"}, headers={"origin": "null", "sec-fetch-site": "same-origin"})
    assert response.status_code == 200


def test_hostile_text_is_escaped_everywhere(http):
    words = http.post("/words", data={"text": XSS})
    assert XSS not in words.text and "&lt;script&gt;" in words.text
    roster = f'athlete,group,observations\n"{XSS.replace(chr(34), chr(34) * 2)}",{"<b>g</b>"},knee_pain\nBo,x,{XSS}\n'
    team = http.post("/coach", files={"roster": (XSS + ".csv", roster.encode(), "text/csv")})
    assert team.status_code == 200
    assert "<script>" not in team.text and "<img" not in team.text and "<b>g</b>" not in team.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in team.text
    act = re.search(r'<table class="act">.*?</table>', team.text, re.S).group(0)  # the who-to-act-on table
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in act and "&lt;b&gt;g&lt;/b&gt;" in act and "<script" not in act
    # an unread row quoting athlete text, in the rows with problems
    quoted = http.post("/coach", files={"roster": ("r.csv", b"athlete,observations\nCy,<i>knee_pian</i>\n", "text/csv")})
    problems = quoted.text[quoted.text.index('id="problems-h"'):]
    assert "&lt;i&gt;knee_pian&lt;/i&gt;" in problems and "<i>" not in problems
    for fmt in ("html", "markdown", "csv", "json"):
        download = http.post("/coach/download", data={"roster": __import__("base64").b64encode(roster.encode()).decode(),
                                                     "name": XSS, "format": fmt})
        assert download.status_code == 200 and "attachment" in download.headers["content-disposition"]
        if fmt == "html":
            assert "<script>alert" not in download.text
    api = http.post("/api/v1/screen", params={"format": "html"}, content=roster, headers={"content-type": "text/csv"})
    assert "<script>alert" not in api.text


def test_terminal_and_bidi_controls_in_names_are_spelled_out_on_the_team_page(http):
    """A name cannot recolour or reorder the coach's page: ESC and RLO show as escapes."""
    roster = 'athlete,group,observations\n"Eve\x1b[31m\u202eevil",g\u202e,pain_at_night\n'
    team = http.post("/coach", files={"roster": ("r.csv", roster.encode(), "text/csv")})
    assert team.status_code == 200
    assert "\x1b" not in team.text and "\u202e" not in team.text
    act = re.search(r'<table class="act">.*?</table>', team.text, re.S).group(0)
    assert "Eve\\x1b[31m\\u202eevil" in act and "(g\\u202e)" in act
    referral = team.text[team.text.index('id="ref-h"'):]
    assert "Eve\\x1b[31m\\u202eevil" in referral


def test_hostile_tokens_and_answers_on_the_pages(http):
    assert http.get("/ask", params={"t": XSS}).status_code == 400
    assert http.get("/answer", params={"t": XSS}).status_code == 400
    question = http.get("/ask", follow_redirects=True)
    token = question.url.params["t"]
    response = http.post("/ask", data={"t": token, "q": XSS, "action": "next", "o": XSS})
    assert response.status_code == 400 and "<script>" not in response.text


@pytest.mark.parametrize("content_type, body", [("text/plain", b"text=x"), ("application/json", b'{"t": "x"}')])
def test_pages_refuse_other_content_types(http, content_type, body):
    for path in ("/ask", "/words", "/coach", "/coach/download"):
        assert http.post(path, content=body, headers={"content-type": content_type}).status_code == 415, path


def test_oversized_upload_is_413(http):
    big = b"athlete,observations\n" + b"Ana,knee_pain\n" * 700_000  # about 9.8 MB
    response = http.post("/coach", files={"roster": ("big.csv", big, "text/csv")})
    assert response.status_code == 413
    response = http.post("/words", data={"text": "x" * (1024 * 1024 + 1)})
    assert response.status_code == 413


def test_an_empty_upload_says_what_to_do(http):
    response = http.post("/coach", files={"roster": ("empty.csv", b"", "text/csv")})
    assert response.status_code == 422 and "Choose a roster file" in response.text


def test_serve_announces_localhost_and_logs_no_athlete_data(http, server):
    marker = "Zoe-Secret-Athlete"
    http.get("/ask", params={"athlete": marker})
    http.get("/answer", params={"t": marker})
    http.post("/api/v1/check", json={"athlete": marker, "symptoms": ["knee_pain", marker]})
    http.post("/coach", files={"roster": ("r.csv", f"athlete,observations\n{marker},knee_pain\n".encode(), "text/csv")})
    question = http.get("/ask", follow_redirects=True)
    log = server.log_text()
    assert "serving on http://127.0.0.1:" in log and "this computer only" in log
    assert marker not in log and question.url.params["t"] not in log
    assert "GET /" not in log and "POST /" not in log  # no access log lines at all
