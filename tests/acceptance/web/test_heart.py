"""The heart red flags on the web pages: the screen's items, and a runner's own words."""
from __future__ import annotations

import re

CHECKED = re.compile(r'name="v-([a-z0-9_]+)" value="(yes|no|unsure)" checked')


def test_ticking_chest_pain_now_on_the_screen_is_an_emergency(http):
    question = http.get("/ask", follow_redirects=True)
    assert 'value="acute_chest_pain"' in question.text and 'value="fainting_with_exercise"' in question.text
    done = http.post("/ask", data={"t": question.url.params["t"], "q": "red_flag_screen", "action": "next",
                                   "o": "acute_chest_pain"}, follow_redirects=True)
    assert done.url.path == "/answer"
    assert "Emergency" in done.text and "call an ambulance now" in done.text
    assert "Not a diagnosis" in done.text


def test_chest_pain_said_with_knee_pain_is_read_and_refers_first(http):
    words = http.post("/words", data={"text": "I get chest pain on hills and my knee hurts"})
    choices = dict(CHECKED.findall(words.text))
    assert choices["chest_pain_with_exercise"] == "yes" and choices["knee_pain"] == "yes"
    screen = http.post("/words/confirm", data={f"v-{k}": v for k, v in choices.items()}, follow_redirects=True)
    # urgent, not an emergency: the red-flag screen still comes, the chest pain ticked on it
    assert screen.url.path == "/ask" and 'value="chest_pain_with_exercise" aria-describedby="hint" checked' in screen.text
    done = http.post("/ask", data={"t": screen.url.params["t"], "q": "red_flag_screen",
                                   "o": ["chest_pain_with_exercise"]}, follow_redirects=True)
    assert done.url.path == "/answer"
    assert "Urgent" in done.text and "Chest pain, pressure or tightness with exercise" in done.text
    assert "No exercise plan" in done.text or "no exercise plan" in done.text.lower()
