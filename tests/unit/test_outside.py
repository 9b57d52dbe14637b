"""What Stridewise does not assess is said first, with whom to see (test drive 25: a head
injury, a dog bite, heat-stroke signs and a bee sting with short breath were answered as running
complaints, or with "try other words")."""
from __future__ import annotations

import json

import jsonschema
import pytest

from advisor.inputs.from_words import case_from_reading
from advisor.inputs.text import read
from advisor.render import render
from tests.unit.test_words_answer import SCHEMA

HEAD = "a head injury or concussion"
BITE = "a sting, a bite or an allergic reaction"


@pytest.mark.parametrize("text, labels", [
    ("fell on a trail run and hit my head on a rock", [HEAD]),
    ("a dog bit me on the calf on my run, calf feels sore", [BITE]),
    ("stung by a bee on my run, my hand is swollen", [BITE]),
    ("felt confused and stopped sweating at mile 10", ["heat illness"]),
    ("landed on my wrist, it's swollen and I can't bend it", ["an injury of the arm, wrist or hand"]),
    ("I'm 34 weeks pregnant and my knees ache on stairs", ["pregnancy"]),
    # fc26's words
    ("whacked me head on a branch", [HEAD]),
    ("took a knock to the head on the trail", [HEAD]),
    ("got bit by a dog on my run", [BITE]),
    # test drive 26's words for a leak
    ("small leak of wee when i run downhill or cough, been like that since my 2nd baby",
     ["pelvic-floor symptoms (a leak when running, a heavy or dragging feeling)"]),
    ("a bit of stress incontinence on long runs", ["pelvic-floor symptoms (a leak when running, a heavy or dragging feeling)"]),
    ("small leak when I run or jump since the baby", ["pelvic-floor symptoms (a leak when running, a heavy or dragging feeling)"]),
    ("tiny leak when i cough", ["pelvic-floor symptoms (a leak when running, a heavy or dragging feeling)"]),
    ("puked at the finish line", ["a headache or being sick"]),
    ("I'm expecting, 20 weeks", ["pregnancy"]),
    ("stung by a wasp, face is swollen", [BITE, "a swollen or tingling face, lips or throat"]),
    # fc27: the most urgent first; a leak on runs is the pelvic floor, not the bladder red flag
    ("stung by a wasp, throat closing up", ["a throat closing or swelling", BITE]),
    ("postpartum, a bit of leaking on runs", ["pelvic-floor symptoms (a leak when running, a heavy or dragging feeling)"]),
    # not named: a body part with no injury, a thing denied, a word in another sense
    ("my watch on my wrist says cadence 165", []),
    ("no headache, knee sore on stairs", []),
    ("a bit sore on the stairs", []),
    ("I've never been stung, my knee aches", []),
    # what it was done with (test drive 39: an emergency number for a shin's sore spot)
    ("one really tender spot on the bone I can point to with one finger", []),
    ("pressed it with my thumb and it hurts", []),
    ("I hurt my finger when I fell", ["an injury of the arm, wrist or hand"]),
    # test drive 49: "cut my hand" read nothing ("try other words")
    ("I cut my hand on a fence while running", ["bleeding or a wound"]),
    ("fell and grazed my knee, knee sore now", ["bleeding or a wound"]),
    # a finger a spot is pointed with, and an injury long over (test drive 50: "call an
    # emergency number now" above a shin-splints answer)
    ("its a long sore strip down the inside edge of both shins, not one spot I can put a finger on", []),
    ("I broke my finger last year, shins sore", []),
])
def test_what_is_not_assessed_is_named(kb, text, labels):
    assert [label for label, _ in read(kb, text).outside] == labels


def test_its_words_are_no_running_complaint_and_no_word_left_unread(kb):
    reading = read(kb, "a dog bit me on the calf on my run")
    assert "bit" not in " ".join(reading.unread)
    # "stung" is no "sore": read as a sting, never as pain
    assert not read(kb, "stung by a wasp").statements


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_answer_says_it_before_the_triage(kb, advisor, fmt):
    out = render(advisor.advise(case_from_reading(kb, read(kb, "hit my head and my knee hurts on stairs"))), fmt)
    assert "Not assessed here" in out and HEAD in out
    assert out.index("Not assessed here") < out.index("see a physiotherapist")


def test_a_leak_when_running_is_no_bladder_red_flag_and_the_triage_says_what_it_is_of(kb, advisor):
    reading = read(kb, "leak a bit of wee when I run, shins sore")
    assert [s.observation.id for s in reading.statements] == ["shin_pain"]
    out = render(advisor.advise(case_from_reading(kb, reading)), "text")
    assert "For the running complaint read: self-care now" in out
    assert "bladder_bowel_change" in {s.observation.id for s in read(
        kb, "low back pain on runs, and since Tuesday I keep leaking urine").statements}


def test_a_head_injury_or_a_swollen_face_says_when_to_go_now(kb):
    # fc27: "if it is severe or getting worse" was too soft for a head injury with vomiting, or a
    # face swelling after a sting
    see = dict(read(kb, "smacked my head, vomited twice since").outside)
    assert "emergency department now if you have been sick" in see[HEAD]
    see = dict(read(kb, "stung by a wasp, my face is all puffy and swollen").outside)
    assert "trouble breathing or swallowing" in see["a swollen or tingling face, lips or throat"]


def test_the_json_answer_lists_it_with_whom_to_see(kb, advisor):
    data = json.loads(render(advisor.advise(case_from_reading(kb, read(kb, "34 weeks pregnant, knees ache on stairs"))),
                             "json"))
    jsonschema.validate(data, SCHEMA)
    assert [o["label"] for o in data["words"]["outside"]] == ["pregnancy"]
    assert "midwife" in data["words"]["outside"][0]["see"]


def test_a_topics_explained_words_name_observations_of_the_pack(kb):
    # a misspelt id in words.yaml's ``explains`` would quietly explain nothing
    from advisor.knowledge.search import index_for
    lex = index_for(kb).lex
    named = [obs for *_, explains in lex.outside_scope for obs, _ in explains]
    assert named and set(named) <= set(kb.observations), set(named) - set(kb.observations)
