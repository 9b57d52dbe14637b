"""Stand-ins rewrite a runner's shorthand in place: the text keeps its length, so every word
quoted back is at its own offset."""
import pytest
from hypothesis import given, settings, strategies as st

from advisor.inputs.standins import athletes_named, stand_ins

_WORDS = ["can't", "couldn't", "cannot", "press", "touch", "squeeze", "squeezed", "squeezing", "the", "sides", "of",
          "heel", "bone", "on", "it", "there", "asked", "about", "if", "whether", "night", "pain", ",", ":", "-",
          "hold", "heels", "don't", "never", "ground", "lift", "top", "leg", "past", "higher", "beyond", "further", "longer", "do", "side", "plank", "for", "more", "than", "15", "seconds", "reps", "even", "stop", "believe",
          "no", "reason", "100%", "0/10", "3/10", "Year", "8", "girl", "right", "at", "where", "-ve", "&", "e.g.", "?", "A:", "22", ".",
          "sat", "through", "a", "3", "hour", "whole", "film", "with", "my", "knees", "bent", "heal", "friday"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_WORDS), max_size=25), st.sampled_from([" ", "  ", "\n"]))
def test_stand_ins_keep_every_offset(words, gap):
    text = gap.join(words)
    assert len(stand_ins(text)) == len(text)


def test_stand_ins_read_what_was_meant():
    assert "tender" in stand_ins("one spot on the shin bone that I can't press")
    assert stand_ins("I can't touch my toes") == "I can't touch my toes"
    assert "press" in stand_ins("hurts when I squeeze the sides of the heel bone")
    assert "squeezing" in stand_ins("squeezing in my chest on hills")
    assert "?" in stand_ins("111 asked about saddle numbness, I don't have any")
    assert "only" in stand_ins("Can't hold the side plank on my left for more than 15 seconds")
    assert "barely lift the top leg" in stand_ins("lying on my side I can't lift the top leg more than a few inches")
    assert stand_ins("I can't lift heavy, so more than 20 reps") == "I can't lift heavy, so more than 20 reps"
    assert stand_ins("it's not right at the heel bone") == "it's not exact at the heel bone"
    assert stand_ins("pain right where it joins the bone") == "pain exact where it joins the bone"
    assert stand_ins("sat through a 3 hour film with my knees bent") == "sat through a        film         knees     "
    assert stand_ins("in bed it's 0, only on runs") == "in bed none  , only on runs"
    assert stand_ins("pain is 0.5") == "pain is 0.5" and stand_ins("it is 0 km") == "it is 0 km"
    assert stand_ins("pressed it and he didn't flinch") == "pressed it and     felt nothing"
    assert stand_ins("he didn't flinch at the noise") == "he didn't flinch at the noise"
    assert stand_ins("no heal pain") == "no heel pain" and stand_ins("let it heal") == "let it heal"
    for side in ("weaker than my right on every test", "sore on the right at night", "left and right in the mirror",
                 "the right at the moment", "my right on hills"):
        assert stand_ins(side) == side


def _gated():
    from advisor.inputs import standins
    return [(name, g) for name, g in vars(standins).items() if isinstance(g, standins._Gated)]


_TRIGGERS = _WORDS + ["100%", "%", "(-)", "L=R", "know", "pain", "+ve", "N/T", "B&B", "B", "Y9", "grade", "year",
                      "7", "changed", "to", "lost", "feeling", "in", "never", "had", "so", "tight", "haven't",
                      "stopped", "adding", "believe", "keep", "from", "not", "able", "single", "any", "one",
                      "re:", "you", "not gonna lie", "ngl", "half", "as", "many", "long", "1:30", "way",
                      "can", "=", "zero", "right", "after", "&", "RPE", "7/10", "0/10", "e.g.", "Q:", "A:"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_TRIGGERS), max_size=20), st.sampled_from([" ", ", ", ". "]))
def test_a_gate_never_changes_what_a_pattern_does(words, gap):
    # each stand-in's pattern is tried only on a text with one of its needles: the needles must
    # be in every text the pattern matches, or a stand-in is silently lost
    text = gap.join(words)
    for name, gated in _gated():
        assert gated.sub(lambda m: "x" * len(m.group()), text) == gated.pattern.sub(
            lambda m: "x" * len(m.group()), text), name


def test_a_word_a_stand_in_shortened_is_quoted_whole_when_not_read(kb):
    # test drive 33: the API listed 'squeezin' as not read ("pressing " stands for "squeezing")
    from advisor.inputs.text import read
    # (alone: beside the forefoot bone's pain, "press" is a word of that observation's own text,
    # so it is read, not listed: test drive 36)
    unread = read(kb, "I can't press on it").unread
    assert "can't press" in unread and " press" not in unread


@pytest.mark.parametrize("text, names", [
    ("Jess (17): knee. Tom (22): outer knee. Priya (19): shin.", ("Jess", "Tom", "Priya")),
    ("Tom, 22, and Ana, 19, both sore", ("Tom", "Ana")),
    ("Me (38): heel pain under my right heel. Him (44): his achilles is stiff", ("Me", "Him")),
    ("Maya (14, cross country) has heel pain", ("Maya",)),
    ("Week (3) of my plan, Mile (5) hurts", ()),
    ("my knee hurts (since 3 weeks)", ()),
])
def test_the_athletes_a_text_names_with_an_age(text, names):
    assert athletes_named(text) == names
