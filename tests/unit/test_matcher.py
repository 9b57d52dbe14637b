"""The phrase matcher and the reader of a runner's words: invariants and hand-written cases.

The phrases here are written for the tests; the held-out evaluation set (tests/phrases/) is
measured by tools/phrase_eval.py, not asserted here, so it stays a measurement.
"""
from __future__ import annotations

from importlib.resources import files

import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from advisor.inputs.text import read
from advisor.knowledge.search import NOT, index_for, search, tokens

# Filler a runner might put around a synonym. Negation words are included on purpose: they
# may turn a finding absent, but it must still be found.
FILLER = ["today", "after", "my", "run", "really", "the", "left", "right", "since", "last", "week", "coach",
          "said", "i", "think", "maybe", "a", "bit", "so", "and", "then", "when", "long", "miles", "again",
          "also", "not", "no", "but", "honestly", "lol", "km", "10", "it", "started"]


def stated(kb, text) -> dict[str, bool]:
    return {s.observation.id: s.present for s in read(kb, text).statements}


def all_synonyms(kb):
    return [(obs.id, syn) for obs in kb.observations.values() for syn in obs.synonyms]


def test_words_file_holds_only_words():
    # YAML reads a bare no/on/off as a boolean: every entry must stay a string
    data = yaml.safe_load(files("advisor.knowledge").joinpath("words.yaml").read_text(encoding="utf-8"))
    for key, value in data.items():
        if key == "measures":
            value = [measure["names"] for measure in value]   # the rest are ids and numbers
        if key == "outside_scope":   # each: a label and whom to see (sentences), the words, the injury words
            assert all(set(topic) <= {"label", "see", "words", "injury", "instead_of", "explains"}
                       and isinstance(topic["label"], str) and isinstance(topic.get("see", ""), str)
                       for topic in value), value
            value = [topic["words"] + topic.get("injury", []) + [w for words in topic.get("explains", {}).values()
                                                                  for w in words] for topic in value]
        if key == "other_places":   # each: the other observation's id and the words of that place
            assert all(set(pair) == {"other", "words"} and isinstance(pair["other"], str) for pair in value.values())
            value = [pair["words"] for pair in value.values()]
        groups = value.values() if isinstance(value, dict) else value
        for entry in groups:
            for word in entry if isinstance(entry, list) else [entry]:
                assert isinstance(word, str) and word == word.lower(), (key, word)
    # a join is two words written together: a third would be dropped ("makes me jump" joined
    # "makes me" alone, and "it makes me happy" hurt)
    assert all(len(pair.split()) == 2 for pair in data["join"]), [p for p in data["join"] if len(p.split()) != 2]


def test_every_synonym_finds_its_observation_alone(kb):
    for obs_id, synonym in all_synonyms(kb):
        assert obs_id in [o.id for _, o in search(kb, synonym, limit=len(kb.observations))], synonym
        assert read(kb, synonym).statements, synonym


@settings(max_examples=300)
@given(data=st.data())
def test_a_synonym_among_other_words_is_never_lost(kb, data):
    obs_id, synonym = data.draw(st.sampled_from(all_synonyms(kb)))
    before = data.draw(st.lists(st.sampled_from(FILLER), max_size=6))
    after = data.draw(st.lists(st.sampled_from(FILLER), max_size=6))
    text = " ".join([*before, synonym, *after])
    found = [o.id for _, o in search(kb, text, limit=len(kb.observations))]
    assert obs_id in found, (text, found)
    assert read(kb, text).statements, text


def _plain(kb, synonym) -> set[str] | None:
    """The words of a synonym without negation, or None if it has one ("cant hop")."""
    words = {t.canon for t in tokens(synonym, index_for(kb).lex) if not t.stop}
    return None if NOT in words or not words else words


@settings(max_examples=200)
@given(data=st.data())
def test_negation_stops_at_the_end_of_its_clause(kb, data):
    pairs = all_synonyms(kb)
    a_id, a = data.draw(st.sampled_from(pairs))
    b_id, b = data.draw(st.sampled_from(pairs))
    a_words, b_words = _plain(kb, a), _plain(kb, b)
    assume(a_id != b_id and a_words and b_words and not a_words & b_words)
    assume(a_id not in stated(kb, b))   # "pelvis drops" also says "hip drop": present wins, rightly
    joiner = data.draw(st.sampled_from([" but ", ", ", ". ", "; ", " although "]))
    # (except a list a negation opens, of single words or with "and"/"or": "no chest pain,
    # fainting, palpitations" and "no numbness, tingling or weakness" deny all; see
    # clauses._negated_lists)
    assume(joiner != ", " or (len(b_words) > 1 and not {"and", "or", "nor"} & set(b.lower().split())))
    # (and a's denial alone is read as one: "no push off" is itself a synonym of a weak push-off,
    # so "no push off feels flat" states it)
    assume(stated(kb, f"no {a}").get(a_id) is False)
    got = stated(kb, f"no {a}{joiner}{b}")
    assert got.get(a_id) is False, got
    # b may be read as another observation, or named without a verdict (a self-test's bare
    # name: "single leg bridge test"), never negated
    assert got.get(b_id) is not False, got


@pytest.mark.parametrize("text, expected", [
    ("no swelling but pain at night", {"swelling": False, "pain_at_night": True}),
    ("no swelling and my knee hurts", {"swelling": False, "knee_pain": True}),
    ("pain at night, no swelling", {"swelling": False, "pain_at_night": True}),
    ("doesn't hurt at night", {"pain_at_night": False}),
    ("it does not hurt at night", {"pain_at_night": False}),
    ("no longer any tingling in my feet", {"numbness_tingling": False}),
    ("the swelling has gone", {"swelling": False}),
    # The self-tests compare sides and state no absolute cut-off (none is published): a bare
    # count is no verdict, so it is not read as either; words that judge it are.
    ("can do 25 calf raises", {"calf_raise_low": False}),  # above the published medians (24 men, 21 women)
    ("managed 12 heel raises", {"calf_raise_low": None}),  # below them, but "far fewer" is no number
    ("only managed 12 heel raises", {"calf_raise_low": True}),  # ... the runner's "only" judges it few
    ("only 12 calf raises on my weaker left leg", {"calf_raise_low": True}),
    ("side plank for two minutes", {"side_plank_short": None}),
    ("side plank is fine on both sides", {"side_plank_short": False}),
    ("on one leg i did 24 heel raises", {"calf_raise_low": False}),
    ("thomas test negative", {"thomas_test_positive": False}),
    ("my periods are regular", {"missed_periods": False}),
    ("i can't hop on it", {"pain_on_hopping": True}),
    ("i never do any strength training", {"no_strength_training": True}),
    ("my achilles isn't sore", {"achilles_pain": False}),
    # the "not" of "can't hop" stands before "hop"; one after it negates instead
    ("hopping on that leg does not hurt at all", {"pain_on_hopping": False}),
    ("i can not really hop", {"pain_on_hopping": True}),
])
def test_presence_and_absence(kb, text, expected):
    got = stated(kb, text)
    for obs_id, present in expected.items():
        assert got.get(obs_id) is present, (text, got)


@pytest.mark.parametrize("text, expected", [
    ("kne pian", "knee_pain"),                          # typos
    ("my achilees is sore", "achilles_pain"),
    ("shinz hurt", "shin_pain"),
    ("my calfs cramped up", "calf_cramps"),             # plural, tense
    ("knees caving in", "knee_caves_in"),
    ("my IT band is killing me", "outer_knee_pain"),   # slang
    ("shins r sore", "shin_pain"),
    ("my hammies are tight", "hamstrings_tight_or_sore"),
    ("so after my long run yesterday i noticed pins and needles in my foot", "numbness_tingling"),
    ("my knees ache going down hill", "downhill_knee_pain"),   # two words for one
    ("going up hills is a real struggle", "weak_uphill"),
])
def test_typos_plurals_tenses_slang(kb, text, expected):
    assert expected in [o.id for _, o in search(kb, text)][:3], text
    assert stated(kb, text).get(expected) is True, text


def test_words_shown_are_the_runners_own(kb):
    reading = read(kb, "Knee is fine. My SHINS are killing me after parkrun, but NO swelling.")
    words = {s.observation.id: s.words for s in reading.statements}
    assert words["shin_pain"] == "My SHINS are killing me after parkrun"
    assert words["swelling"] == "NO swelling"


def test_a_more_specific_phrase_hides_the_part_it_contains(kb):
    got = stated(kb, "pain on the outside of my knee")
    assert got == {"outer_knee_pain": True}


def test_a_specific_phrase_keeps_what_the_rule_pack_asks_it_after(kb):
    # pain_around_kneecap is asked only after knee_pain (ask_only_if): saying the first says both
    assert stated(kb, "my knee hurts on stairs") == {"knee_pain": True, "pain_around_kneecap": True}


def test_each_observation_once_and_present_wins(kb):
    reading = read(kb, "no knee pain yesterday. today my knee hurts")
    assert [(s.observation.id, s.present) for s in reading.statements] == [("knee_pain", True)]


def test_nothing_understood(kb):
    assert read(kb, "i ran a marathon last sunday").statements == ()
    assert read(kb, "").statements == ()
    assert search(kb, "zzzzqqq") == []


@pytest.mark.parametrize("text, expected, not_stated", [
    # timing: "during" rules out the phrases that say "after", and says the pain is not only after
    ("my knee aches during every run", {"knee_pain": True, "pain_only_after_runs": False}, []),
    ("my knee aches after every run", {"knee_pain": True, "pain_only_after_runs": True}, []),
    # place: "above" the heel rules out the pain under the heel
    ("tender spot three inches above my heel", {"achilles_pain_above_heel": True}, ["heel_pain"]),
    ("stabbing pain under my heel", {"heel_pain": True}, ["achilles_pain_above_heel"]),
    # ... next to the same landmark only: "below the calf" is where the Achilles is
    ("achilles pain just below the calf", {"achilles_pain": True}, []),
    ("sore achilles and a sore sole", {"achilles_pain": True}, []),
    # "sitting still", "lying still" are rest; "still" elsewhere is "yet"
    ("it doesn't ache when i'm lying still", {"pain_at_rest": False}, ["pain_sitting_or_lying_on_side"]),
    ("after sitting, still sore", {"pain_sitting_or_lying_on_side": True}, ["pain_at_rest"]),
    # a text that names no pain states no pain, whatever else it shares with one
    ("i don't sit much at work", {}, ["pain_sitting_or_lying_on_side"]),
    ("my lower back is fine", {"low_back_pain": False}, []),
    # a symptom and "run" alone name no body part; words strewn across a clause are no phrase
    ("achilles is sore. then it aches after the run", {"achilles_pain": True}, ["knee_pain"]),
    ("sore for 6 weeks since i added hill sprints", {}, ["weak_uphill"]),
    ("i don't get cramps", {"calf_cramps": False}, []),
    # a pack, a backpack and a vest are the same thing on a run
    ("i never run with a backpack", {"wears_hydration_pack": False}, []),
])
def test_timing_place_rest_and_words_that_name_no_pain(kb, text, expected, not_stated):
    got = stated(kb, text)
    for obs_id, present in expected.items():
        assert got.get(obs_id) is present, (text, got)
    for obs_id in not_stated:
        assert obs_id not in got, (text, got)



def test_a_word_said_twice_is_taken_where_the_rest_of_the_phrase_is(kb):
    # found by the property test above: the first "run" made "tight neck running" strewn
    text = "run run run left tight neck running"
    assert [s.observation.id for s in read(kb, text).statements] == ["shoulders_tense"]


# --- issue 11 leftovers: a negation whose object is only a body part and a general word

def _site_words():
    data = yaml.safe_load(files("advisor.knowledge").joinpath("words.yaml").read_text(encoding="utf-8"))
    return data["site_words"], data["complaint_words"]


COMPLAINT_TEMPLATES = ["no {c} with my {s}", "never had any {c} with my {s}", "i have no {c} with my {s} at all",
                       "there is nothing {c} with my {s}", "my {s} does not {c} me", "not a single {c} with the {s}",
                       "my {s} has never given me any {c}"]
FINE_TEMPLATES = ["my {s} is fine", "my {s} feels fine these days", "the {s} is totally ok", "{s} has been fine"]


@pytest.mark.parametrize("site, pain", [
    ("knees", "knee_pain"), ("shins", "shin_pain"), ("calves", "calf_tightness"), ("hips", "hip_or_groin_pain"),
    ("ankle", "ankle_pain"), ("heels", "heel_pain"), ("achilles", "achilles_pain"), ("lower back", "low_back_pain"),
    ("hamstrings", "hamstrings_tight_or_sore"), ("groin", "hip_or_groin_pain"),
])
def test_a_negated_general_word_or_fine_is_the_pain_of_the_body_part(kb, site, pain):
    # "no problems with my knees" is knee pain absent: the general words are data (words.yaml)
    for text in (f"no problems with my {site}", f"there is nothing wrong with my {site}",
                 f"my {site} never bother me", f"my {site} are fine these days", f"no issues with my {site} at all"):
        got = stated(kb, text)
        assert got.get(pain) is False and True not in got.values(), (text, got)


@settings(max_examples=300)
@given(data=st.data())
def test_a_general_word_or_fine_never_states_anything_present(kb, data):
    # whatever the body part, the general word and the frame, a negated complaint or "fine"
    # about a body part is never read as present
    sites, complaints = _site_words()
    site = data.draw(st.sampled_from(sites))
    if data.draw(st.booleans()):
        text = data.draw(st.sampled_from(COMPLAINT_TEMPLATES)).format(c=data.draw(st.sampled_from(complaints)), s=site)
    else:
        text = data.draw(st.sampled_from(FINE_TEMPLATES)).format(s=site)
    got = stated(kb, text)
    assert True not in got.values(), (text, got)


def test_a_negated_general_word_after_any_phrase_says_it_is_fine(kb):
    assert stated(kb, "my IT band doesn't bother me") == {"outer_knee_pain": False}


@pytest.mark.parametrize("text", [
    "bowel problems lately",            # a general word that is a synonym's own word stays itself
    "i've had problems with my knee",   # not negated: the general word says nothing
    "my knee is a problem",
])
def test_a_general_word_without_a_negation_is_not_read_as_pain_absent(kb, text):
    got = stated(kb, text)
    assert False not in got.values(), (text, got)


def test_a_negation_in_a_phrase_needs_the_word_it_negates(kb):
    # "without wobbling" negates "wobbling": it is not the "cant" of "cant balance on one leg"
    assert stated(kb, "stood on one leg for 30 seconds without wobbling") == {"wobbles_on_one_leg": False}
    # ... but one that ends the clause is the phrase's own ("hamstrings never" [sore])
    assert stated(kb, "quads always sore, hamstrings never").get("quads_work_hamstrings_never") is True


def test_a_count_at_the_published_median_is_normal_whatever_follows(kb):
    assert stated(kb, "did 30 single leg calf raises no problem").get("calf_raise_low") is False
    # ... unless the clause finds a fault: the median says nothing of a side-to-side difference
    assert stated(kb, "did 30 calf raises on my weaker left leg").get("calf_raise_low") is True


# --- numbers read against a measure's bands (words.yaml measures)

@pytest.mark.parametrize("text, expected", [
    ("my cadence is only 152", True),
    ("garmin says 148 steps per minute", True),
    ("cadence sits around 155 spm on easy runs", True),
    ("my cadence is about 178", False),
    ("running at 172 steps per minute on easy runs", False),
    ("my step rate is 175", False),
    ("my cadence is 165", None),                    # between the bands: named, no verdict
    ("my cadence isn't 150 any more", False),       # a low value denied
    ("my cadence is not 180", None),                # a normal value denied: what is it then?
])
def test_a_step_rate_is_read_against_its_bands(kb, text, expected):
    got = stated(kb, text)
    assert got.get("low_step_rate", "unstated") is expected, (text, got)
    assert True not in [v for k, v in got.items() if k != "low_step_rate"], (text, got)  # no "low cadence" elsewhere


def test_the_step_rate_bands_agree_with_the_observation_text(kb):
    # the bands are words.yaml's; the example the rule pack gives ("about 150") must read as low
    import re
    lex = index_for(kb).lex
    measure = next(m for m in lex.measures if m.observation == "low_step_rate")
    example = int(re.search(r"about (\d+) steps", kb.observations["low_step_rate"].text).group(1))
    assert example < measure.present <= measure.absent
    assert stated(kb, f"my cadence is {example}") == {"low_step_rate": True}


def test_every_measure_names_an_observation_of_the_pack(kb):
    for measure in index_for(kb).lex.measures:
        assert measure.observation in kb.observations, measure.observation


@pytest.mark.parametrize("text, expected", [
    ("went from 20 to 40 miles a week", True),
    ("jumped from 15k to 35k per week in a month", True),
    ("my weekly miles went up from 10 to 25 this month", True),
    ("i went from running 3 days a week to 6", True),
    ("from 30 to 32 miles a week", False),           # under the x1.1 of the rules' source
    ("cut back from 40 to 25 km a week", False),      # less than before
    ("from 30 to 36 miles a week", None),             # x1.2: between
    ("i did not go from 20 to 40 miles a week", None),
])
def test_a_change_from_a_to_b_is_read_as_its_ratio(kb, text, expected):
    got = stated(kb, text)
    assert got.get("recent_mileage_increase", "unstated") is expected, (text, got)


def test_the_ratio_is_shown_with_the_runners_words(kb):
    reading = read(kb, "went from 20 to 40 miles a week")
    s = next(s for s in reading.statements if s.observation.id == "recent_mileage_increase")
    assert s.words == "went from 20 to 40 miles a week" and "x2.00" in s.phrase


@pytest.mark.parametrize("text", [
    "pain went from 3 to 6 on my runs this week",   # no distance next to the change
    "my watch says 77 steps per minute",            # a per-leg count: not a step rate
    "i ran 160 km last month",
])
def test_numbers_that_are_not_the_measure(kb, text):
    got = stated(kb, text)
    assert "recent_mileage_increase" not in got, (text, got)
    assert got.get("low_step_rate") is None, (text, got)   # unstated, or named without a verdict


def test_a_measure_is_found_by_search_too(kb):
    assert [o.id for _, o in search(kb, "went from 20 to 40 miles a week")][:1] == ["recent_mileage_increase"]


def test_a_huge_number_is_no_measure(kb):
    # found by the web API fuzzer: int() of thousands of digits raises
    assert stated(kb, "0" * 5000 + " steps per minute").get("low_step_rate") is None
    assert stated(kb, "cadence " + "9" * 5000) == {"low_step_rate": None}


# --- history: a synonym of the past needs a clause that speaks of the past

@pytest.mark.parametrize("text, expected, not_stated", [
    ("i haven't pulled a calf before", {"previous_calf_strain": False}, ["calf_sudden_pain"]),
    ("never had a calf strain before", {"previous_calf_strain": False}, ["calf_sudden_pain"]),
    ("i pulled my calf two years ago", {"previous_calf_strain": True}, ["calf_sudden_pain"]),
    ("i pulled my calf", {"calf_sudden_pain": True}, ["previous_calf_strain"]),
    ("pulled my calf just before the race", {"calf_sudden_pain": True}, ["previous_calf_strain"]),
    ("i have never had a stress fracture", {"previous_bone_stress_injury": False}, []),
    # (the property test below found it: a time said after a pain denied is no pain after runs)
    ("i have never had chest pain since i finished my run", {"acute_chest_pain": False}, ["pain_only_after_runs"]),
])
def test_a_history_synonym_needs_a_clause_of_the_past(kb, text, expected, not_stated):
    got = stated(kb, text)
    for obs_id, present in expected.items():
        assert got.get(obs_id) is present, (text, got)
    for obs_id in not_stated:
        assert obs_id not in got, (text, got)


@settings(max_examples=150)
@given(data=st.data())
def test_negated_history_is_never_present(kb, data):
    obs_id, synonym = data.draw(st.sampled_from(all_synonyms(kb)))
    assume(_plain(kb, synonym))   # a synonym with its own negation ("cant hop") is another matter
    frame = data.draw(st.sampled_from(["i have never had {}", "never had {} before", "i haven't had {} before",
                                       "i didn't have {} before", "no {} in the past"]))
    text = frame.format(synonym)
    # an observation that is itself a negative ("hamstrings never sore", "no strength training")
    # is rightly present in "i have never had sore hamstrings"
    negatives = {o for o, s in all_synonyms(kb) if _plain(kb, s) is None}
    assert not [o for o, present in stated(kb, text).items() if present and o not in negatives], text


def test_parse_lines_show_what_a_number_was_read_as(kb):
    from advisor.inputs.text import lines
    shown = " ".join(lines(read(kb, "went from 20 to 40 miles a week"), width=200))
    assert "20 -> 40 is x2.00" in shown and "x1.3" in shown


@pytest.mark.parametrize("text", [
    "no idea what is wrong with my knee",
    "nothing seems to help my knee problem",
])
def test_a_negation_far_from_the_general_word_denies_nothing(kb, text):
    got = stated(kb, text)
    assert False not in got.values(), (text, got)


# -- a normal state said in the runner's words (words.yaml normal_for) -----------------------
@pytest.mark.parametrize("text, oid, expected", [
    ("push off feels strong", "weak_push_off", False),
    ("single-leg bridges are even, 15 each side", "single_leg_bridge_low", False),
    ("side planks are the same both sides, about a minute", "side_plank_short", False),
    ("on the thomas test my thigh lies flat on the bed", "thomas_test_positive", False),
    ("on single leg squats my knee stays in line over my toes", "single_leg_squat_knee_in", False),
    ("walking normally", "limping", False),
    ("push off doesn't feel strong", "weak_push_off", True),  # a normal state negated is the fault
    ("my bridges aren't even", "single_leg_bridge_low", True),
    ("both legs are equally strong", "one_side_weaker", False),   # "strong" against "weaker leg"
    ("my pelvis stays level on landing", "pelvis_drops", False),
    ("my push off feels weak", "weak_push_off", True),  # the observation's own word: as before
    ("my left leg is weak but the right is strong", "one_side_weaker", True),
])
def test_a_normal_state_in_words_reads_absent(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@settings(max_examples=200)
@given(data=st.data())
def test_a_word_for_the_normal_state_never_makes_a_finding_present(kb, data):
    from advisor.knowledge.search import lexicon
    lex = lexicon()
    key = data.draw(st.sampled_from(sorted(lex.normal_for)))
    word = data.draw(st.sampled_from(sorted(lex.normal_for[key])))
    obs = data.draw(st.sampled_from([o for o in kb.observations.values() if key in o.text.lower().split()]
                                    or list(kb.observations.values())))
    synonym = data.draw(st.sampled_from([obs.text, *obs.synonyms]))
    # A synonym that itself says the fault ("bridge weaker on one side") contradicts the word.
    # A synonym with its own negation ("not eating enough") negates the normal word after it:
    # that is the fault said in other words, rightly present.
    assume(not set(synonym.lower().split()) & (set(lex.normal_for) | lex.test_found))
    assume(not any(t.canon == NOT for t in tokens(synonym, lex)))
    # One clause: a comma or a colon ends it, and with it what the normal word can reach.
    frame = data.draw(st.sampled_from(["{s} feels {w}", "{s} is {w} on both sides", "{s} {w}", "{s} stays {w}"]))
    said = stated(kb, frame.format(s=synonym, w=word))
    assert said.get(obs.id) is not True


@pytest.mark.parametrize("text, oid, expected", [
    # a self-test only named, its result not given: no verdict, never present
    ("did the thomas test", "thomas_test_positive", None),
    ("side lying leg raises", "weak_side_lying_leg_lift", None),
    # ... a clause that only names it is a heading: the next clause gives its result
    ("did the thomas test and my thigh lay flat on the bed", "thomas_test_positive", False),
    ("side lying leg raises, 15 each side no problem", "weak_side_lying_leg_lift", False),
    ("thomas test: my thigh stays up off the bed", "thomas_test_positive", True),
    ("thomas test positive", "thomas_test_positive", True),
    ("my knee caves in on single leg squats", "single_leg_squat_knee_in", True),
    # a phrase's own negation negates its own next word, not the runner's "no changes"
    ("no changes with peeing or bowels", "bladder_bowel_change", False),
    ("i cant pee", "bladder_bowel_change", True),
])
def test_named_tests_and_a_phrases_own_negation(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


def test_a_three_letter_word_is_no_longer_word_missing_a_letter(kb):
    assert "is_female" not in stated(kb, "my thigh lay flat on the bed")   # "lay" is not "lady"
    assert stated(kb, "kne pian").get("knee_pain") is True                   # "kne" is still "knee"


@pytest.mark.parametrize("text, expected", [
    # "red" is a colour, RED-S one word: a red, swollen calf after a flight is the clot warning
    ("my knee is red", {}),
    # (the swelling is the clot warning's: a list after "is" is one clause, read as a whole)
    ("flew back from sydney yesterday and now my calf is hot, red and swollen",
     {"calf_swollen_warm_tender": True}),
    ("my doctor said REDs", {"low_energy_intake": True}),
    ("I think I have RED-S", {"low_energy_intake": True}),
    # a list after one negation is negated whole; a clause that goes on otherwise is not
    ("no numbness, tingling or weakness in my legs", {"numbness_tingling": False, "one_side_weaker": False}),
    ("no swelling, it hurts or aches at night", {"swelling": False, "pain_at_night": True}),
    # not knowing is not a no
    ("not sure if my knee caves in", {"knee_caves_in": None}),
    ("I don't know if it's swollen", {"swelling": None}),
    # the low-energy red flags in plain words
    ("lost weight without trying and always tired", {"low_energy_intake": True}),
    ("my periods have stopped since I upped training", {"missed_periods": True}),
])
def test_test_drive_findings(kb, text, expected):
    assert stated(kb, text) == expected


def test_after_is_needed_for_a_phrase_that_rests_on_it(kb):
    # "after" is a little word: "hurts after running" must not be any pain with running
    assert "pain_only_after_runs" not in stated(kb, "ran through a sharp pain in my shin")
    assert stated(kb, "it only hurts after my runs").get("pain_only_after_runs") is True
    assert stated(kb, "sore afterwards").get("pain_only_after_runs") is True


@pytest.mark.parametrize("text, oid, expected", [
    # a phrase with its own negation, found without one: the runner says the opposite
    ("I definitely feel my glutes working after runs", "glutes_feel_unused", False),
    ("my periods are regular", "missed_periods", False),
    ("I can pee fine", "bladder_bowel_change", False),
    # ... unless the runner negates it or says the fault in another word
    ("my glutes never feel like they worked", "glutes_feel_unused", True),
    ("I don't lift weights", "no_strength_training", True),
    ("knee lift is weak on hills", "weak_knee_drive", True),
])
def test_a_phrases_own_negation_left_unsaid(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    # a test that compares sides, read from its two numbers (even, clearly different, between)
    ("single-leg bridges: 18 on the left and 19 on the right", "single_leg_bridge_low", False),
    ("did single leg bridges, 8 on my left, 20 on my right", "single_leg_bridge_low", True),
    ("side plank 45 seconds on the right but only 20 on the left", "side_plank_short", True),
    ("side plank: I held 50 s left, 40 s right", "side_plank_short", None),     # 0.8: the runner says
    ("side plank about a minute on both sides", "side_plank_short", False),    # one number, each side
    ("calf raises: 28 left, 12 right", "calf_raise_low", True),
    ("I can hop 15 times on it without any pain", "pain_on_hopping", False),   # the count keeps the phrase whole
])
def test_numbers_for_each_side(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


def test_a_number_far_inside_a_phrase_still_splits_it_when_no_test_is_meant(kb):
    assert "weak_uphill" not in stated(kb, "sore for 6 weeks since i added hill sprints")


def test_a_clause_of_only_numbers_joins_the_one_before_and_only_adds_numbers(kb):
    from advisor.inputs.clauses import clauses
    index = index_for(kb)
    text = "my knee hurts, 3 weeks now, no swelling"
    got = [[t.word for t in c] for c in clauses(text, tokens(text, index.lex), index)]
    assert got == [["my", "knee", "hurts"], ["3", "weeks", "now"], ["no", "swelling"]]


@pytest.mark.parametrize("text, expected", [
    # a form's answers: a bare no after a label negates it, a bare yes states it
    ("Swelling - none", {"swelling": False}),
    ("Night pain? no", {"pain_at_night": False}),
    ("Numbness/tingling: N", {"numbness_tingling": False}),
    ("Swelling? Not that I've noticed", {"swelling": False}),
    ("Night pain? yes", {"pain_at_night": True}),
    ("Swelling: no, but my knee hurts", {"swelling": False, "knee_pain": True}),
    ("Cadence: 182 spm", {"low_step_rate": False}),     # a short label is read with its answer
    ("my knee hurts - no swelling though", {"knee_pain": True, "swelling": False}),
])
def test_a_forms_answers(kb, text, expected):
    assert stated(kb, text) == expected


@pytest.mark.parametrize("text, oid, expected", [
    ("short quick steps, hardly any bounce", "long_loping_stride", False),   # "hardly any" is "no"
    ("the pain settles with rest", "pain_at_rest", False),   # the normal state over "resting pain"
    ("it hurts even at rest", "pain_at_rest", True),
    # ... but not over a fault phrase with a word of its own ("stopped")
    ("my periods stopped a few months into marathon training", "missed_periods", True),
    ("my period has been missing for months", "missed_periods", True),
])
def test_normal_states_and_near_negations(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


def _red_flag_synonyms(kb):
    return [(o.id, s) for o in kb.observations.values() if o.category.value == "red_flag"
            for s in o.synonyms if _plain(kb, s) is not None]


@settings(max_examples=300)
@given(data=st.data())
def test_a_red_flag_said_plainly_is_never_read_absent(kb, data):
    # Safety: whatever the normal-state phrasings and form answers do, a red flag's own words
    # with plain words around them (no negation, no "fine") are never read as absent
    oid, synonym = data.draw(st.sampled_from(_red_flag_synonyms(kb)))
    plain = [w for w in FILLER if w not in ("not", "no", "but")]
    before = data.draw(st.lists(st.sampled_from(plain), max_size=5))
    after = data.draw(st.lists(st.sampled_from(plain), max_size=5))
    text = " ".join([*before, synonym, *after])
    assert stated(kb, text).get(oid) is not False, text


@pytest.fixture(scope="module")
def full_scan_index(kb):
    """The same index with no word common: every phrase a clause touches is looked at."""
    import advisor.knowledge.search as search_module
    saved = search_module.COMMON_WORD_PHRASES
    search_module.COMMON_WORD_PHRASES = 10 ** 9
    try:
        return search_module.PhraseIndex(kb)
    finally:
        search_module.COMMON_WORD_PHRASES = saved


@settings(max_examples=300)
@given(data=st.data())
def test_looking_up_common_words_only_where_they_can_matter_changes_no_match(kb, full_scan_index, data):
    index = index_for(kb)
    vocabulary = sorted({w for p in index.phrases for w in p.written.lower().split()} | set(FILLER))
    words = data.draw(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=14))
    clause = tokens(" ".join(words), index.lex)

    def shown(ix):
        return [(m.observation.id, m.phrase.written, m.coverage, m.positions, m.opposite, m.exact)
                for m in ix.match(clause)]
    assert shown(index) == shown(full_scan_index)


@pytest.mark.parametrize("text, expected", [
    # a clause that only denies a symptom speaks of the body part just before it
    ("my calves are solid, never any pain there", {"calf_tightness": False}),
    ("knees feel great, no pain", {"knee_pain": False}),
    ("my knee hurts, no swelling", {"knee_pain": True, "swelling": False}),
    ("my knee aches, doesn't hurt at night", {"knee_pain": True, "pain_at_night": False}),
    ("the achilles is painless now", {"achilles_pain": False}),   # "painless" is "no pain"
])
def test_a_denial_borrows_the_body_part_before_it(kb, text, expected):
    got = stated(kb, text)
    assert {k: got.get(k, "not stated") for k in expected} == expected


@settings(max_examples=200)
@given(data=st.data())
def test_a_borrowed_body_part_never_states_anything_present(kb, data):
    from advisor.knowledge.search import lexicon
    site = data.draw(st.sampled_from(sorted(lexicon().site_words)))
    first = data.draw(st.sampled_from(["my {s} is ok", "{s} feels good", "the {s}", "{s} solid"]))
    denial = data.draw(st.sampled_from(["no pain", "it doesn't hurt", "never any pain there", "not sore"]))
    with_denial = stated(kb, f"{first.format(s=site)}, {denial}")
    alone = stated(kb, first.format(s=site))
    assert {k for k, v in with_denial.items() if v} <= {k for k, v in alone.items() if v}


@pytest.mark.parametrize("text, oid, expected", [
    # a phrase's own negation ("not settling") left unsaid when the runner's negation is far
    # after it, about something else; said when it is just after ("don't seem to ...")
    ("the pain settles quickly with rest and wiggling my toes doesn't make it worse",
     "severe_leg_pain_after_exercise", "not True"),
    ("my glutes just don't seem to do anything on runs", "glutes_feel_unused", True),
    # one word the fault shares with its normal state, nothing affirmed: neither
    ("sleeping like a log these days", "pain_at_night", "not True"),
    ("after sitting, still sore", "pain_sitting_or_lying_on_side", True),   # a symptom is affirmed
    # a normal phrasing is a self-test's result, whatever count comes with it
    ("I can balance on one leg for two minutes", "wobbles_on_one_leg", False),
    ("my hamstrnigs are fine", "hamstrings_tight_or_sore", False),           # a misspelt body part
    ("I usually run in the mornings", "recent_mileage_increase", "not stated"),
])
def test_negation_reach_shared_words_and_normal_results(kb, text, oid, expected):
    got = stated(kb, text).get(oid, "not stated")
    assert got is not True if expected == "not True" else got == expected


@pytest.mark.parametrize("text, oid, expected", [
    # "the sore leg" names the leg: it is not the self-test's pain
    # (and the outer hip that did not hurt is the test's result)
    ("stood on the sore leg for 30 seconds and the outer hip didn't hurt at all", "single_leg_stance_hip_pain", False),
    ("standing on my sore leg my outer hip starts aching", "single_leg_stance_hip_pain", True),
    ("did the 30 second stand test", "single_leg_stance_hip_pain", None),     # a number in a test's name
    # a denied pain affirms nothing: "sleeping like a baby" is no night pain
    ("sleeping like a baby, the pain never wakes me", "pain_at_night", False),
])
def test_a_symptom_that_names_the_leg_and_a_denied_pain(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid", [
    ("my knee is fine until mile 5, then it hurts", "knee_pain"),     # "fine until" is not fine
    ("it only hurts when running", "no_strength_training"),           # "only ... running" is no habit
])
def test_words_that_only_look_like_a_denial_or_a_habit(kb, text, oid):
    assert stated(kb, text).get(oid) is not False if oid == "knee_pain" else oid not in stated(kb, text)


@pytest.mark.parametrize("text, oid, expected", [
    ("periods have gone really irregular lately", "missed_periods", True),   # "gone" is "became"
    ("my foot went numb on the long run", "numbness_tingling", True),
    ("the swelling has gone", "swelling", False),
    ("i'm pain free when resting", "pain_at_rest", False),
    ("my achilles feels bulletproof", "achilles_pain", False),              # more words for fine
    ("hips and groin are all good", "hip_or_groin_pain", False),
    ("side-lying leg raises: 15 easy on the left, could barely get 6 on the right", "weak_side_lying_leg_lift", True),
    # (never present; its short "fine" after the test is the test's result)
    ("physio tested hamstrings against quads, ratio was fine", "hamstrings_much_weaker_than_quads", False),
    ("physio tested hamstrings against quads", "hamstrings_much_weaker_than_quads", "not stated"),
    ("can hop 20 times on the sore leg without pain", "pain_on_hopping", "not True"),
    ("I hop on the sore leg and it hurts", "pain_on_hopping", True),          # the test, then its result
    ("I can hop and it does not hurt", "pain_on_hopping", False),
])
def test_became_fine_words_body_parts_alone_and_a_tests_result(kb, text, oid, expected):
    got = stated(kb, text).get(oid, "not stated")
    assert got is not True if expected == "not True" else got == expected


@pytest.mark.parametrize("text, oid, expected", [
    # the test drive's red flags said in passing
    ("my knee hurts on stairs, no swelling apart from a bit around the ankle", "swelling", True),
    ("No numbness except some tingling in my foot at night", "numbness_tingling", True),
    ("shins hurt, nothing at rest other than a dull ache in bed at night", "pain_at_night", True),
    ("my groin hurts when I run and I can't hop without pain", "pain_on_hopping", True),   # double negation
    ("i can't hop on my right foot without sharp pain", "pain_on_hopping", True),
    ("I can hop without pain", "pain_on_hopping", False),
    ("no swelling without pain", "swelling", False),                  # no "can't": no double negation
    ("pulled my calf 2 days ago", "calf_sudden_pain", True),          # "days ago" is now
    ("pulled my calf 2 years ago", "previous_calf_strain", True),
    ("my foot falls asleep on runs", "numbness_tingling", True),
])
def test_red_flags_said_in_passing(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


def test_words_not_read_are_listed_not_assessed(kb):
    reading = read(kb, "eczema itching during my tempo run, knee hurts on stairs. I sneezed at the end")
    assert "eczema itching" in reading.unread and "sneezed" in reading.unread
    assert not any("knee" in w for w in reading.unread)
    assert read(kb, "my knee hurts, no swelling").unread == ()


# Chest pain and fainting were the words listed as not read before rules/red_flags_heart.yaml;
# now they are red flags, read from the runner's words, never listed as unread.
@pytest.mark.parametrize("text, oid, expected", [
    ("chest pain during my tempo run, knee hurts on stairs. I fainted at the end", "chest_pain_with_exercise", True),
    ("chest pain during my tempo run, knee hurts on stairs. I fainted at the end", "fainting_with_exercise", True),
    ("chest pain when running", "chest_pain_with_exercise", True),
    ("I get chest pain on hills and my knee hurts", "chest_pain_with_exercise", True),
    ("my chest gets tight on hills", "chest_pain_with_exercise", True),
    ("tight chest when breathing hard", "chest_pain_with_exercise", True),
    ("the chest pain went away after a minute", "chest_pain_with_exercise", True),   # eased with rest
    ("I have chest pain now and it spreads to my left arm", "acute_chest_pain", True),
    ("chest pain right now", "acute_chest_pain", True),
    ("I have chest pain at the moment", "acute_chest_pain", True),
    # "now" is a stopword: chest pain alone is the exertional flag, not the emergency, and
    # "last week" is no "lasting" (the id this observation first had)
    ("chest pain", "acute_chest_pain", "not stated"),
    ("had some chest pain on a run last week", "acute_chest_pain", "not stated"),
    ("had some chest pain on a run last week", "chest_pain_with_exercise", True),
    ("I fainted after the race", "fainting_with_exercise", True),
    ("nearly passed out", "fainting_with_exercise", True),
    ("blacked out at the finish", "fainting_with_exercise", True),
    ("heart racing", "palpitations_with_exercise", True),
    ("my heart flutters and skips beats on runs", "palpitations_with_exercise", True),
    ("no chest pain, never fainted", "chest_pain_with_exercise", False),
    ("no chest pain, never fainted", "fainting_with_exercise", False),
    # "passed" says a pain has gone and "out" is a stopword: not a faint
    ("the knee pain passed when I stopped", "fainting_with_exercise", "not stated"),
    ("my toenail went black after the marathon", "fainting_with_exercise", "not stated"),
    # "racing" is a form of "race": a heart rate in a race is no racing heart
    ("my heart rate was high during the race", "palpitations_with_exercise", "not stated"),
    # the posture finding stays itself: shallow breath, no chest
    ("my breathing feels shallow when running", "breathing_restricted", True),
    ("my breathing feels shallow when running", "chest_pain_with_exercise", "not stated"),
])
def test_heart_red_flags_read_from_words(kb, text, oid, expected):
    reading = read(kb, text)
    assert not any(w in ("chest", "chest pain", "fainted", "passed out") for w in reading.unread)
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, expected", [
    ("45 miles this week, up from 30 three weeks ago", True),     # "B, up from A"
    ("I run 40 km a week, up from 38", False),
    # then and now, either way round (test drive 48: unread)
    ("was doing 20k a week, now 40k", True),
    ("40k a week now, was 20k", True),
    ("used to run 3 days a week, now 6", True),
    ("up to 40 miles a week from 25", True),
    ("now doing 30 miles, was 28", False),
    ("was 40 miles a week before the injury, now 20", False),
    # an age then is no distance then
    ("I was 12 when I started, now 40 miles a week", "not stated"),
])
def test_a_rise_said_as_up_from(kb, text, expected):
    assert stated(kb, text).get("recent_mileage_increase", "not stated") == expected


@pytest.mark.parametrize("text", [
    "I was 12 when I started, now 40 miles a week",   # a past age, and a distance
    "aged 20, running 30 miles a week",
])
def test_an_age_is_not_read_from_a_distance_or_the_past(kb, text):
    assert stated(kb, text).get("still_growing", "not stated") in ("not stated", False)
    assert "12" not in [w for s in read(kb, text).statements if s.observation.id == "still_growing" for w in [s.words]]


@pytest.mark.parametrize("text, oid, expected", [
    # a symptom "no more than usual" is the usual one, there (read denied, by probing)
    ("no more night pain than usual", "pain_at_night", True),
    ("no more night pain than usual", "recent_mileage_increase", "not stated"),
    ("no worse swelling than before", "swelling", True),
    ("running no more than usual", "recent_mileage_increase", False),
    # lying on one's back is no lying on one's side (test drive 48 read it denied)
    ("no pain just lying on my back", "pain_sitting_or_lying_on_side", "not stated"),
    ("hip hurts lying on my side but fine lying on my back", "pain_sitting_or_lying_on_side", True),
])
def test_a_usual_symptom_and_a_position_on_the_back(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    # a "nothing" of a place reaches the place's description after it (set 71 read it present)
    ("nothing at the heel bone end where the tendon attaches", "achilles_pain_at_heel_bone", False),
    ("no swelling cant put weight on it", "cannot_bear_weight", True),   # a later phrase stays its own
    # a question reported, then answered "and it never has" (set 71 read the numbness present)
    ("the sports doc asked if my foot goes numb or tingly and honestly it never has", "numbness_tingling", False),
    ("physio asked whether my knee swells and it doesnt", "swelling", False),
    ("The GP asked if it hurts when I'm resting and it doesn't", "pain_at_rest", False),
    ("physio asked whether my knee swells and it does after long runs", "swelling", True),
])
def test_denials_that_reach_past_a_place_and_a_reported_question(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    # the other side's "one" is the body part just named with a side (test drive 49 read the
    # complaint denied)
    ("left knee is fine, right one is sore on the outside", "outer_knee_pain", True),
    ("left shin is fine, right one is sore along the inside", "shin_pain", True),
    ("right hip is fine, the left one hurts on the outside when I lie on it", "outer_hip_pain", True),
    ("left knee is fine, right one is sore on the outside", "no_complaints", "not stated"),
    ("left shoe is fine, right one is worn", "no_complaints", "not stated"),
    # a coach's note of a name and an age (test drive 49: read no age)
    ("Coach note re: Maya (14, cross country). heel pain at the back of her heel", "still_growing", True),
    ("Maya, 14, has heel pain", "still_growing", True),
    ("Priya (16) has had no knee complaints this term", "still_growing", None),
    ("Week (12) of the plan, shins sore", "still_growing", "not stated"),
    ("Mile 14, knee went", "still_growing", "not stated"),
])
def test_the_other_sides_one_and_a_name_with_an_age(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, expected", [
    ("no bruise, didnt land on anything", "not stated"),   # test drive 49 read the overstride denied
    ("my foot lands way out in front", True),
    ("no foot slapping, my feet land normally", False),
])
def test_landing_is_the_overstrides_only_with_where_or_how(kb, text, expected):
    assert stated(kb, text).get("overstrides", "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    # "... but not since I ...": a past over (set 71 read nothing; its kin read the warm-up's ease)
    ("used to get calf cramps on every long run but not since i started taking salt tabs", "calf_cramps", False),
    ("used to get tingly toes when my laces were too tight but not since i loosened them", "numbness_tingling", False),
    ("no periods since I doubled my mileage", "missed_periods", True),
    # "... but now it doesn't", "..., not now" (test drive 49 read nothing)
    ("my shin used to hurt at night but now it doesn't, only sore after runs", "pain_at_night", False),
    ("knee used to swell but now it doesn't", "swelling", False),
    ("it hurt at night last week, not now", "pain_at_night", False),
])
def test_not_since_after_a_past(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    ("knees feeling 💯", "knee_pain", False),            # an emoji of "fine", as 👍 is
    ("💯 sure my knee hurts", "knee_pain", True),
    ("Able to weight bear: Y", "cannot_bear_weight", False),   # an intake form's terse answer
    ("Able to weight bear: N", "cannot_bear_weight", True),
])
def test_an_emoji_of_fine_and_a_terse_form_answer(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    # test drive 50: "Posting for my son" read the runner female ("post" of "post partum")
    ("Posting for my son who is 12, knee pain", "is_female", False),
    ("6 months post partum", "is_female", True),
    # where along the shin, between the pain and the shin (test drive 50 read nothing)
    ("a long sore strip down the inside edge of both shins", "shin_pain_long_stretch", True),
    ("The ache isn't spread out down the inner shin, I can cover it with a fingertip.", "shin_pain", "not stated"),
])
def test_posting_for_a_son_and_where_along_the_shin(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    # set 72's two the wrong way round
    ("asked my son if it keeps him up at night and he said no he sleeps right through", "pain_at_night", False),
    ("calves nver cramp even in the heat, lucky I guess", "calf_cramps", False),
    # a "nothing" of a time of pain, little words between (set 72 read nothing)
    ("nothing at all when im resting", "pain_at_rest", False),
    ("WB: full", "cannot_bear_weight", False),
    ("Shins are happy, even on the concrete paths.", "calf_tightness", "not stated"),
    ("calves feel like concrete after every run", "calf_tightness", True),
    # a hop that "didn't bother him" (set 71's kin, by probing: read nothing)
    ("he hopped on it and it didnt bother me", "pain_on_hopping", False),
    ("can't hop on it at all", "pain_on_hopping", True),
])
def test_set_72s_first_run(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    # set 73's three the wrong way round
    ("thomas test on the physio bench, my thigh drops flat to the bench both sides", "thomas_test_positive", False),
    ("thomas test on the bench", "thomas_test_positive", None),     # the bench is the test's, no result
    ("it only hurts after, no wait thats wrong, it actually starts mid-run, not just afterwards",
     "pain_only_after_runs", "not stated"),
    ("ok so does it hurt at rest, hmm, wait let me think, no, sat on the couch all evening and nothing",
     "pain_at_rest", False),
    ("does it hurt at rest, no", "pain_at_rest", False),            # a question without its mark
    ("Did the hop test the physio sent, no sharp pain, felt normal", "pain_on_hopping", False),
    # no-observation chat that read one: a plan, and "static or dynamic" stretching
    ("thinking of doing couch to 5k with my sister in the new year, any tips", "recent_mileage_increase", "not stated"),
    ("I doubled my mileage, thinking of cutting back", "recent_mileage_increase", True),
    ("which stretch is best for the hamstrings before a race, static or dynamic", "knee_caves_in", "not stated"),
    ("knee shows dynamic valgus", "knee_caves_in", True),
    ("read somewhere that runners knee is the most common running injury, is that actually true", "knee_pain",
     "not stated"),
    ("I read online that shin splints come from overstriding, mine hurt along the inside", "shin_pain", True),
    # "giving me gyp/grief" is pain, no giving way (set 74 read the knee giving way)
    ("knee's been giving me gyp after every run for a fortnight", "joint_gives_way", "not stated"),
    ("knee's been giving me gyp after every run for a fortnight", "knee_pain", True),
    ("knees are fine, its my hip thats giving me grief", "hip_or_groin_pain", True),
    ("the hip isnt giving me any grief", "hip_or_groin_pain", False),
    ("knee keeps giving way", "joint_gives_way", True),
])
def test_set_73s_first_run(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


S1_TD51 = ("so basically my right knee has been aching round the kneecap for like 3 weeks its worst going down the "
           "stairs at work and after I sit through a whole film my knee feels stiff and achy i started doing hill "
           "repeats twice a week when i signed up for the half in march no swelling at all and it doesnt wake me at "
           "night my dog pulls on the lead too which doesnt help lol")


@pytest.mark.parametrize("text, oid, expected", [
    # test drive 51
    ("once im 10 mins into a run it warms up", "still_growing", "not stated"),   # minutes, no age
    (S1_TD51, "swelling", False),               # a denied symptom is not borrowed by "doesnt help"
    ("nothing brings the swelling down, ice, elevation, nothing works", "swelling", True),
    ("outer hip aches, stairs set it off", "knee_pain", "not stated"),
    ("outer hip aches, stairs set it off", "pain_around_kneecap", "not stated"),
    ("I switched to barefoot shoes 3 weeks ago and went straight to my normal 8k runs in them",
     "switched_to_minimal_shoes", True),
    ("knee is back to normal", "knee_pain", False),
    ("New spikes this season", "recent_mileage_increase", "not stated"),
    ("had a spike in mileage", "recent_mileage_increase", True),
])
def test_test_drive_51(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


def test_a_denial_read_through_a_borrowed_body_part_is_not_listed_as_unread(kb):
    assert read(kb, "knees are happy, no pain").unread == ()


@pytest.mark.parametrize("text, oid, expected", [
    ("Knee pain (front): nil", "knee_pain", False),          # a bracket inside a form's label
    ("Knee pain (front): yes", "knee_pain", True),
    ("Giving way: denies", "joint_gives_way", False),
    ("the spot a few cm above my heel doesn't hurt", "achilles_pain_above_heel", False),
    ("sore knee doesn't hurt at night", "knee_pain", True),  # the night is denied, not the knee
    ("sore knee doesn't hurt at night", "pain_at_night", False),
    ("knee pain no swelling", "knee_pain", True),
    ("I'm fine from the first step out of bed", "morning_stiffness", False),
    ("it aches lying on the sofa doing nothing", "pain_at_rest", True),   # "doing nothing" is rest
    ("ankles feel solid, never buckled", "joint_gives_way", False),
    ("arms swing forward and back, they don't cross my chest", "arms_cross_body", False),
    ("easy think think relaxed core on easy runs", "braces_abs_every_run", False),
])
def test_denials_after_the_phrase_in_labels_and_fragments(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    ("side lying leg lifts, 12 each side", "weak_side_lying_leg_lift", False),   # "lifts" names the test
    ("one-leg squats in the mirror, my knee stays nicely over my toes", "single_leg_squat_knee_in", False),
    ("quads still fresh at 30k", "quads_tire_long_runs", False),                  # fresh is not tired
    ("feeling great, fully healthy, want to stay that way", "no_complaints", True),
])
def test_test_names_normal_results_and_being_healthy(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


def test_no_aches_is_never_read_as_complaints_denied(kb):
    # a synonym such as "currently healthy" would read this as no_complaints ABSENT
    assert stated(kb, "currently no aches or pains").get("no_complaints") is not False


@pytest.mark.parametrize("text, oid, expected", [
    ("squeezed along my shin bones, nothing tender anywhere", "shin_pain_long_stretch", "not True"),
    ("pressed along my shin and it hurts along a long stretch", "shin_pain_long_stretch", True),
    ("no pain while running, it only starts once I've stopped", "pain_only_after_runs", True),
    ("ran the downhills hard and my knees didn't mind", "knee_pain", False),
    ("where the achilles meets the heel bone doesn't hurt", "achilles_pain_at_heel_bone", False),
])
def test_pressing_names_no_pain_and_a_body_part_that_did_not_mind(kb, text, oid, expected):
    got = stated(kb, text).get(oid, "not stated")
    assert got is not True if expected == "not True" else got == expected


@pytest.mark.parametrize("text, oid, expected", [
    ("no physio could find the problem with my achilles", "achilles_pain", True),
    ("no stretching has helped my achilles pain", "achilles_pain", True),
    ("nothing has helped my shin pain", "shin_pain", True),
    ("nothing can make my knee hurt", "knee_pain", False),
    ("never had a stress fracture", "previous_bone_stress_injury", False),   # "had" right after is no doer
    ("I don't have night pain", "pain_at_night", False),
])
def test_a_negation_of_someone_who_did_not_act_does_not_reach_the_phrase(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    ("my glutes never switch on", "glutes_feel_unused", True),     # "on"/"off" are read with "switch"
    ("my glutes switch on fine", "glutes_feel_unused", False),
    ("a blister on my little toe", "runs_on_toes", "not stated"),   # a toe is no toe-running
    ("I run right up on my toes", "runs_on_toes", True),
    ("I bought new shoes", "switched_to_minimal_shoes", "not stated"),
    ("I switched to minimal shoes last month", "switched_to_minimal_shoes", True),
])
def test_switched_on_or_off_a_toe_and_new_shoes(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    # the femoral-neck red flag said over two clauses: "it" is the groin
    ("my groin hurts. it also hurts when I stand on that leg", "groin_pain_worsening", True),
    ("groin pain, and it hurts to stand on one leg", "groin_pain_worsening", True),
    ("my knee hurts. it is worse going downhill", "downhill_knee_pain", True),
])
def test_it_points_back_at_the_body_part_before(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


def test_it_does_not_point_back_at_a_body_part_said_fine(kb):
    assert stated(kb, "the hip is calm when I lie on my back. it throbs at night").get("hip_or_groin_pain") is not True


@pytest.mark.parametrize("text, oid, expected", [
    ("can hop 20 times on the sore leg without pain", "pain_on_hopping", False),
    ("hopped 20 times on the bad leg, no pain", "pain_on_hopping", False),
    ("tried hopping on the bad leg and got a sharp pain straight away", "pain_on_hopping", True),
    ("standing on the painful leg for half a minute the side of my hip starts aching",
     "single_leg_stance_hip_pain", True),
    # "the sore leg" only names the leg: no femoral-neck red flag from hopping on it
    ("did 20 hops on the sore leg, no problem", "groin_pain_worsening", "not stated"),
])
def test_the_sore_leg_only_names_the_leg_and_a_tests_own_pain_is_its_result(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


def test_a_word_read_as_naming_the_leg_does_not_change_how_the_same_word_reads_elsewhere(kb):
    # the index caches a word's readings by the word: a leg-naming "sore" must not poison "sore"
    index = index_for(kb)
    read(kb, "stood on the sore leg for 30 seconds", index)
    assert {s.observation.id: s.present for s in read(kb, "my shins are sore", index).statements}.get("shin_pain") is True


@pytest.mark.parametrize("text", [
    "I've got a few niggles at the moment",             # no chest: no "chest pain at the moment"
    "lots of pain with sweating in the heat",
    "my posture collapses late in runs",                # a posture that collapses is no faint
    "I collapsed on the sofa after the run",
    "it only hurts when I lie on that side in bed, rolling over gets rid of it",
])
def test_no_red_flag_from_words_that_only_share_a_red_flags_little_words(kb, text):
    flags = {o.id for o in kb.observations.values() if o.category.value == "red_flag"}
    assert not [i for i, p in stated(kb, text).items() if i in flags and p], text


def test_episodes_are_observations_of_the_pack(kb):
    episodes = yaml.safe_load(files("advisor.knowledge").joinpath("words.yaml").read_text(encoding="utf-8"))["episodes"]
    assert episodes and set(episodes) <= set(kb.observations)


@pytest.mark.parametrize("text, oid, expected", [
    ("the chest pain is gone now", "chest_pain_with_exercise", True),   # it eases at rest: still the sign
    ("my chest pain went when I stopped", "chest_pain_with_exercise", True),
    ("the palpitations settled", "palpitations_with_exercise", True),
    ("no chest pain", "chest_pain_with_exercise", False),
    ("my knee pain has gone", "knee_pain", False),                      # not an episode: gone is gone
])
def test_an_episode_that_is_over_still_happened(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    ("chest pain on hills that eased when I stopped", "weak_uphill", "not stated"),   # pain on hills is no weakness
    ("wrist is sore from climbing on saturday", "weak_uphill", "not stated"),
    ("I die on the hills", "weak_uphill", True),
    ("the pain went when I stopped", "pain_at_rest", "not stated"),
])
def test_pain_on_hills_is_not_weakness_uphill_and_went_when_is_gone(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    ("felt a sudden sharp pain in my calf mid run, had to stop", "exertional_leg_pain", "not stated"),
    ("felt a sudden sharp pain in my calf mid run, had to stop", "calf_sudden_pain", True),
    ("my groin hurts and it keeps getting worse every run", "groin_pain_worsening", True),
    ("my knee hurts and it caves in when I land", "knee_caves_in", True),
])
def test_a_red_flag_half_found_is_not_stated_and_it_points_back(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    ("pain at rest 0/10", "pain_at_rest", False),                    # a score of nought is none
    ("night pain 0 out of 10", "pain_at_night", False),
    ("knee pain 6/10", "knee_pain", True),
    ("got a blister on my heel but nothing's swollen", "swelling", False),
    ("my knees have never given me any grief", "knee_pain", False),
    ("side plank 60s left, 58s right", "side_plank_short", False),   # the unit written on the number
    ("side plank 60s left, 20s right", "side_plank_short", True),
])
def test_scores_units_on_numbers_and_more_ways_to_deny(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    ("I wouldn't say the pain has ever actually woken me up", "pain_at_night", False),
    ("I wouldn't say the pain has ever actually woken me up", "is_female", "not stated"),   # woken is no woman
    ("it wakes me at 3am whichever way I lie", "pain_at_night", True),
    ("I wake up at 5 to run", "pain_at_night", "not stated"),   # waking up is no night pain
    ("upper back and shoulders never feel it after running", "shoulders_upper_back_sore", False),
    ("no groin pain building up from one run to the next", "pain_eases_after_warmup", False),
])
def test_waking_up_is_not_being_woken_and_a_negation_of_the_body_part_before_a_normal_phrasing(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    ("pressed along the bone and there's no single spot that hurts", "pinpoint_bone_pain", False),
    ("single leg bridges with my heel on a step: 22 each side", "single_leg_bridge_low", False),
    ("no extra hills or speedwork lately", "recent_mileage_increase", False),
    ("I added extra hills this month", "recent_mileage_increase", True),
])
def test_contractions_counts_each_side_and_extra_training(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    ("35F, been running for 4 years", "is_female", True),
    ("Age/sex: 28F", "is_female", True),
    ("ran in 85F heat and my knee hurt", "is_female", "not stated"),      # a temperature
    ("since last week I can't control my bladder properly", "bladder_bowel_change", True),
    ("about 4 miles in, the outside of my knee lights up every time", "outer_knee_pain", True),
    ("pressing the bony point on the side of my hip makes me wince", "outer_hip_bony_point_tender", True),
])
def test_age_and_sex_as_forms_write_it_and_more_words_for_pain(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    ("I can lie on that side in bed and it doesn't bother me", "pain_sitting_or_lying_on_side", False),
    ("I sit all day at work and it doesn't bother me", "sits_all_day", True),   # sitting is no pain's place
    ("I run hills and it doesn't hurt", "chest_pain_with_exercise", "not stated"),
])
def test_a_bare_denial_borrows_what_the_clause_before_did_for_a_pain_only(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    # chest pain that does not ease when you stop is the emergency, not chest pain denied
    ("chest pain that does not ease when I stop", "acute_chest_pain", True),
    ("squeezing pressure in my chest that doesn't go away when I stop", "acute_chest_pain", True),
    # ... and that does ease is the urgent exertional flag, not the emergency
    ("chest pain when I run up hills and it goes away when I stop", "acute_chest_pain", "not stated"),
    ("chest pain when I run up hills and it goes away when I stop", "chest_pain_with_exercise", True),
    ("my chest pain went when I stopped", "chest_pain_with_exercise", True),
    ("my heart feels fine", "palpitations_with_exercise", False),            # no racing heart
    ("my foot hurts", "forefoot_bone_pain", "not stated"),                     # no bone named
    ("my knee aches after sitting through a movie", "pain_sitting_or_lying_on_side", True),
    ("a bit dizzy at the end of long runs", "fainting_with_exercise", True),
    ("my calves are tight", "exertional_leg_pain", "not stated"),
])
def test_what_a_new_users_test_drive_found_about_the_heart_and_other_red_flags(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    ("numb toes on long runs", "runs_on_toes", "not stated"),      # numb toes are no toe-running
    ("numb toes on long runs", "numbness_tingling", True),
    ("I run on my toes", "runs_on_toes", True),
])
def test_numb_toes_are_not_toe_running(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


def test_the_other_words_of_a_stated_observation_are_not_listed_as_not_read(kb):
    reading = read(kb, "I fainted at the end of my 10k race and nearly passed out again")
    assert "fainting_with_exercise" in [s.observation.id for s in reading.statements]
    assert not any("fainted" in u for u in reading.unread)


@pytest.mark.parametrize("text, oid, expected", [
    # a part of a red flag (its `denied_by`) denies it when denied ...
    ("no fever and the joint isn't hot", "hot_swollen_joint_fever", False),
    ("the joint isn't hot, no temperature", "hot_swollen_joint_fever", False),
    # ... and said alone states nothing: a fever is no hot swollen joint
    ("I had a fever last week", "hot_swollen_joint_fever", "not stated"),
    ("ran a bit of a temperature over the weekend", "hot_swollen_joint_fever", "not stated"),
    ("my knee is hot and swollen and I have a fever", "hot_swollen_joint_fever", True),
    # a calf that is not warm is no swollen, warm, tender calf; a swollen one still is
    ("the calf isn't hot to the touch", "calf_swollen_warm_tender", False),
    ("calf isn't warm", "calf_swollen_warm_tender", False),
    ("my calf is swollen but not hot", "calf_swollen_warm_tender", True),
    ("calf feels warm after the run", "calf_swollen_warm_tender", "not stated"),
    # a part not denied leaves the clause to the fault's own phrases; "went hot" is no "gone"
    ("after the long flight my calf went hot, puffy and tender to touch", "calf_swollen_warm_tender", True),
    # a part denied hides a fault's phrase inside its words: "not warm" is no warm-up
    ("calves are the same size, not warm, haven't been on a flight", "pain_eases_after_warmup", "not stated"),
])
def test_a_part_denied_denies_the_whole_and_said_alone_states_nothing(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    # a negated return after it is gone
    ("The achilles pain I had last year hasn't come back", "achilles_pain", False),
    ("the achilles pain came back last week", "achilles_pain", True),
    # "used to" is a past that is over; "than I used to" compares with it
    ("my calves used to cramp", "calf_cramps", "not stated"),
    ("hills feel so much harder than they used to", "weak_uphill", True),
    ("free of cramp in my calves for months", "calf_cramps", False),
    ("short quick steps and very little bounce", "long_loping_stride", False),
    # counts in words, and a short "it felt fine" after a test is its result
    ("Did twenty hops on the sore leg and it felt fine", "pain_on_hopping", False),
    # "site" is no misspelt "sit", nor glutes and a day "sitting on my backside all day"
    ("I work on a building site so I'm on my feet all day", "sits_all_day", False),
    ("the day after hill reps I can really feel my glutes", "sits_all_day", "not stated"),
])
def test_gone_for_good_past_and_counts_in_words(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    # a red flag's pain needs a symptom in its clause or next to it (the toes moving freely, one of
    # its normal states, denies it: never present)
    ("Calves were sore the day after the race, the usual DOMS, but it eased with rest and I could move "
     "my feet and toes freely", "severe_leg_pain_after_exercise", False),
    ("after intervals my lower leg was excruciating for hours, moving my toes made it worse",
     "severe_leg_pain_after_exercise", True),
    ("my knee is hot, red and swollen and I've got a temperature", "hot_swollen_joint_fever", True),
    ("swolen knee", "swelling", True),                      # misspelt, still the symptom
    # tightness in the chest right now is the emergency, not only the exertional flag
    ("I have chest tightness right now spreading into my left arm", "acute_chest_pain", True),
])
def test_a_red_flags_symptom_must_be_said_near_it(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    # a short clause after a test that says a body part did not hurt is the test's result
    ("stood on the sore leg for 30 s and the hip didn't hurt", "single_leg_stance_hip_pain", False),
    ("stood on the sore leg 30 sec, outer hip didn't hurt", "single_leg_stance_hip_pain", False),
    # ... not across a full stop, nor a clause of its own thing
    ("i can hold a side plank for over a minute. my ankle hasn't been sore", "side_plank_short", "not True"),
    ("side plank held for 60 seconds, the knee never gives way", "side_plank_short", "not True"),
    ("stood on one leg for 30 seconds without wobbling", "single_leg_stance_hip_pain", "not True"),
])
def test_a_body_part_fine_after_a_test_is_its_result(kb, text, oid, expected):
    got = stated(kb, text).get(oid, "not stated")
    assert got is not True if expected == "not True" else got == expected


@pytest.mark.parametrize("text, oid, expected", [
    # one number of a change, said to be steady, is no rise
    ("I've held steady at 40 km a week for the last six months", "recent_mileage_increase", False),
    ("mileage has sat at 40k a week all year", "recent_mileage_increase", False),
    ("sat down after 10 km and my knee ached", "recent_mileage_increase", "not stated"),
    ("my mileage is not the same as last month, 40 km a week now", "recent_mileage_increase", "not False"),
    ("nights are peaceful", "pain_at_night", False),
])
def test_a_steady_number_and_more_words_for_fine(kb, text, oid, expected):
    got = stated(kb, text).get(oid, "not stated")
    assert got is not False if expected == "not False" else got == expected


def test_cant_say_ive_had_is_none(kb):
    assert stated(kb, "Can't say I've had any Achilles trouble in 15 years of running") == {"achilles_pain": False}


@pytest.mark.parametrize("text, oid, expected", [
    # a phrase's own negation said elsewhere in the clause is not its denial
    ("never feel my glutes after a run, it's all quads and calves", "glutes_feel_unused", True),
    ("I can't get the legs up", "wobbles_on_one_leg", "not True"),     # a generic word is not enough
    ("Any tips on what to eat before a long run?", "runs_on_toes", "not stated"),   # "tips" is no tiptoe
])
def test_a_phrases_own_negation_said_elsewhere(kb, text, oid, expected):
    got = stated(kb, text).get(oid, "not stated")
    assert got is not True if expected == "not True" else got == expected


@pytest.mark.parametrize("text, oid, expected", [
    # "denies" as clinicians and coaches write it
    ("she denies saddle numbness", "saddle_numbness", False),
    ("he denies any chest pain", "chest_pain_with_exercise", False),
    # "no chest pain" denies chest pain now too; chest pain on hills denied is not chest pain now
    ("no chest pain", "acute_chest_pain", False),
    ("he denies any chest pain", "acute_chest_pain", False),
    ("my chest never hurts on hills", "acute_chest_pain", "not stated"),
    ("I get chest pain on hills", "acute_chest_pain", "not stated"),
    ("chest pain right now", "acute_chest_pain", True),
    ("heartbeat is steady, no skipped beats", "palpitations_with_exercise", False),
    # a negation goes on after "or" with a verb that has no subject of its own
    ("never broken a bone or had a stress reaction", "previous_bone_stress_injury", False),
    ("no swelling or it hurts at night", "pain_at_night", True),
    # a negation after the phrase, of a word of the observation's own text
    ("side leg lifts don't tire me", "weak_side_lying_leg_lift", False),
    # a red flag's swelling said only in a denial next to it is not there
    ("i twisted my knee but it didn't swell up", "knee_swelled_after_twist", "not True"),
    ("twisted my knee, it swelled up within the hour", "knee_swelled_after_twist", True),
    ("terrible leg pain since the run that won't ease with rest, worse when i move my toes",
     "severe_leg_pain_after_exercise", True),
    # "nope" is an answer, not "no <what follows>"
    ("nope sleeps fine", "pain_at_night", "not True"),
    ("night pain: nope", "pain_at_night", False),
    ("my knee is alright", "knee_pain", False),
    ("it wakes him up at night", "pain_at_night", True),
    ("my knee makes me happy", "knee_pain", "not True"),
    ("pressing the bone makes me jump", "pinpoint_bone_pain", True),
    # "the longer" says when: "worse running down hills" is not "worse the longer I run"
    ("knee pain gets worse running down hills", "pain_eases_after_warmup", "not stated"),
    ("my knee gets worse the longer i run", "pain_eases_after_warmup", False),
    ("groin pain that gets worse every run", "pain_eases_after_warmup", "not stated"),
    # a red flag's fever must be said: a hot knee alone is not a septic joint
    ("my knee feels hot after the run", "hot_swollen_joint_fever", "not stated"),
    ("hot knee and a fever", "hot_swollen_joint_fever", True),
    ("not feverish", "hot_swollen_joint_fever", False),
    # real words are not corrected into the pack's ("ago" is no ache, "sync" no syncope)
    ("I pulled my calf two years ago", "calf_tightness", "not stated"),
    ("my heart flutters, out of sync with how hard I'm going", "fainting_with_exercise", "not stated"),
    # pressing a place is a test: a short clause after it is its result
    ("I can press firmly on the bony bit at the side of my hip and it's completely comfortable",
     "outer_hip_bony_point_tender", False),
    # a red flag of the chest or a bone, without it, is not stated either way
    ("I can squeeze both achilles tendons and they feel comfortable", "chest_pain_with_exercise", "not stated"),
    ("nothing hurts at the moment", "acute_chest_pain", "not stated"),
    ("Chest feels completely normal today, breathing easy", "acute_chest_pain", False),
    ("my chest feels fine on hills", "acute_chest_pain", "not stated"),
    ("She denies saddle numbness and any chest pain", "acute_chest_pain", False),
    ("never had palpitations or chest pain when running", "acute_chest_pain", "not stated"),
    # a twist, a pop, then swelling within hours, in two clauses
    ("Twisted my knee at five-a-side, felt a pop and within a couple of hours it had swelled right up",
     "knee_swelled_after_twist", True),
    ("felt a pop in my calf", "knee_swelled_after_twist", "not stated"),
    # "tennis leg" is a calf tear, tennis is not
    ("Elbow aches from tennis.", "calf_sudden_pain", "not stated"),
    ("I think I have tennis leg", "calf_sudden_pain", True),
    ("Shoulders and upper back feel fresh after runs.", "shoulders_upper_back_sore", False),
    ("the knee only grumbles on the flat", "knee_pain", True),
    # a body part that started hurting right after a test is its result
    ("I stood on one leg for 30 seconds and the hip started hurting", "single_leg_stance_hip_pain", True),
    ("stood on one leg for 30 seconds without wobbling", "single_leg_stance_hip_pain", "not True"),
    # "can't lie on my side" is the complaint; "anymore" alone says nothing is gone
    ("Can't lie on my left side in bed anymore, the hip aches", "pain_sitting_or_lying_on_side", True),
    ("I can't lie on my side without pain", "pain_sitting_or_lying_on_side", True),
    ("lying on my side doesn't hurt anymore", "pain_sitting_or_lying_on_side", False),
    ("knee dosnt hurt at all anymore", "knee_pain", False),
    # a pain during a run is no pain only after runs
    ("It hurts while I'm running, not just afterwards.", "pain_only_after_runs", False),
    ("it's sore during runs as well", "pain_only_after_runs", False),
    ("my knee has hurt for a while after runs", "pain_only_after_runs", "not False"),
    ("it doesn't hurt during runs, only after", "pain_only_after_runs", True),
    # "looks and feels normal" is one thing said of the body part; "waterworks" is the bladder
    ("My calf looks and feels normal, same size as the other", "calf_swollen_warm_tender", False),
    ("hurts most of the first mile then warms up and feels ok, but it's back the next morning",
     "pain_eases_after_warmup", True),
    ("Waterworks and bowels are working as normal.", "bladder_bowel_change", False),
    # "can't deny" affirms; "at first" is no first thing in the morning
    ("I can't deny my knee hurts", "knee_pain", True),
    ("he denied it at first", "morning_stiffness", "not stated"),
    ("my heel hurts at first then eases", "morning_stiffness", "not stated"),
])
def test_denies_or_nope_and_what_a_denial_reaches(kb, text, oid, expected):
    got = stated(kb, text).get(oid, "not stated")
    if expected in ("not True", "not False"):
        assert got is not (expected == "not True")
    else:
        assert got == expected


def test_a_word_that_only_ends_a_clause_is_not_listed_as_not_read(kb):
    # "but" joined nothing the runner meant: listing it as "not read" is noise
    assert "but" not in read(kb, "Knee sore on stairs but it didn't swell up").unread


@pytest.mark.parametrize("text, oid, expected", [
    # a chest pain that goes on after the run is the emergency: "not going away" says it is there
    ("My chest has been hurting since I stopped running 20 min ago and it's not going away", "acute_chest_pain", True),
    ("I got chest pain on my run and it still hasn't gone away an hour later", "acute_chest_pain", True),
    ("chest pain on the run, it won't go away even sitting down", "acute_chest_pain", True),
    ("tightness in my chest since the run that is not easing", "acute_chest_pain", True),
    ("my knee pain isn't going away", "knee_pain", True),
    ("the swelling has gone away", "swelling", False),
    ("the chest tightness went away as soon as I stopped", "acute_chest_pain", "not stated"),
    # a racing heart said with a word between, or as a heartbeat, or fluttery
    ("my heart is racing on runs", "palpitations_with_exercise", True),
    ("During tempo runs my heart suddenly races way faster than it should", "palpitations_with_exercise", True),
    ("heart goes crazy fast on easy runs, like 200 bpm", "palpitations_with_exercise", True),
    ("I get a racing heartbeat on runs", "palpitations_with_exercise", True),
    ("my heart was jumping to 210 on an easy jog, felt fluttery", "palpitations_with_exercise", True),
    ("no racing heartbeat", "palpitations_with_exercise", False),
    ("my heart rate in the race was 180", "palpitations_with_exercise", "not stated"),
])
def test_a_pain_that_goes_on_and_a_racing_heart_in_runners_words(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


@pytest.mark.parametrize("text, oid, expected", [
    # "zero drop" is a shoe, never a negation of the complaint after it; "0 swelling" is none
    ("Since moving to zero drop minimalist shoes my achilles aches above the heel", "achilles_pain", True),
    ("swapped to zero-drop minimalist shoes", "switched_to_minimal_shoes", True),
    ("0 swelling, knee hurts", "swelling", False),
    ("zero swelling", "swelling", False),
    # cross country is a race, not arms crossing the body
    ("My daughter is 15, runs cross country", "arms_cross_body", "not stated"),
    # low energy availability and a worsening groin said plainly (test drive)
    ("my periods have been erratic since marathon training", "missed_periods", True),
    ("no erratic periods", "missed_periods", False),
    ("I've lost weight this year", "low_energy_intake", True),
    ("Pt reports L groin pain x3/52, progressively worsening, pain on weight bearing", "groin_pain_worsening", True),
    ("groin has been sore for two weeks", "groin_pain_worsening", "not stated"),
    # a runner's "never" between a normal phrasing's words belongs to the symptom after it
    ("Calves are loose and never sore after my runs.", "calf_tightness", False),
])
def test_shoes_races_and_red_flags_said_plainly(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


def test_the_words_of_an_observation_left_unstated_are_listed_as_not_read(kb):
    # fc24: "small urine leak when I run since childbirth" was dropped silently (no statement, no
    # "not read"), so the runner thought it had been assessed
    reading = read(kb, "small urine leak when I run since childbirth, no back pain")
    assert "bladder_bowel_change" not in {s.observation.id for s in reading.statements}
    assert any("childbirth" in w for w in reading.unread)
    # (the leak is said as what Stridewise does not assess, and whom to see: test drive 25)
    assert [label for label, _ in reading.outside] == ["pelvic-floor symptoms (a leak when running, a heavy or dragging feeling)"]
