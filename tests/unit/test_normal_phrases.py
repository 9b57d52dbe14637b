"""Phrasings of the normal state (an observation's ``normal`` in the rule pack): found in a
runner's words they read the observation absent, negated present; `rules check` holds them to
plain, unambiguous words; and they never change how the fault's own phrases are matched.

The phrases here are written for the tests, not taken from the held-out sets (tests/phrases/).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.errors import KnowledgeBaseError
from advisor.inputs.text import read
from advisor.knowledge.loader import load_knowledge_base
from advisor.knowledge.search import PhraseIndex, index_for, search
from advisor.records import replace

MINIMAL = Path(__file__).parent.parent / "fixtures" / "minimal_pack"

# Words a runner might put around a phrase; no negation, no clause break
FILLER = ["i", "think", "my", "coach", "says", "most", "days", "these", "usually", "really", "so", "yeah",
          "honestly", "on", "easy", "runs", "now"]


def stated(kb, text) -> dict[str, bool | None]:
    return {s.observation.id: s.present for s in read(kb, text).statements}


def normal_phrases(kb) -> list[tuple[str, str]]:
    return [(obs.id, phrase) for obs in kb.observations.values() for phrase in obs.normal]


def test_the_shipped_pack_has_normal_phrasings(kb):
    assert len(normal_phrases(kb)) >= 60


@pytest.mark.parametrize("text, oid, expected", [
    ("I do strength training twice a week as well as running", "no_strength_training", False),
    ("I don't lift weights at all", "no_strength_training", True),       # the normal state negated
    ("she's a heel striker like most of us", "runs_on_toes", False),
    ("as a postman I'm on my feet all day", "sits_all_day", False),
    ("my shoulders stay relaxed on long runs", "shoulders_tense", False),
    ("my mileage has been steady since spring", "recent_mileage_increase", False),
    ("I sleep through the night no problem", "pain_at_night", False),
    ("I can't sleep through the night because of it", "pain_at_night", True),
    ("I eat well and my weight is stable", "low_energy_intake", False),
])
def test_a_normal_phrasing_reads_the_observation_absent_and_negated_present(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


def test_half_a_normal_phrasing_negated_is_not_the_fault(kb):
    # "relaxed core on easy runs" half found with a negation is not "braces the abs" present
    assert stated(kb, "I never brace my core when jogging").get("braces_abs_every_run") is not True


@settings(max_examples=300)
@given(data=st.data())
def test_a_normal_phrasing_among_other_words_reads_absent_and_is_found(kb, data):
    oid, phrase = data.draw(st.sampled_from(normal_phrases(kb)))
    before = data.draw(st.lists(st.sampled_from(FILLER), max_size=4))
    after = data.draw(st.lists(st.sampled_from(FILLER), max_size=4))
    text = " ".join([*before, phrase, *after])
    assert stated(kb, text).get(oid) is False, text
    assert oid in [o.id for _, o in search(kb, text, limit=len(kb.observations))], text


def test_a_synonym_ranks_above_a_normal_phrasing_of_the_same_words(kb):
    # "heel striking far in front" (overstrides) against "land heel first" (not on the toes)
    scores = {o.id: score for score, o in search(kb, "heel striking far in front", limit=len(kb.observations))}
    assert scores["overstrides"] > scores.get("runs_on_toes", 0.0)


def test_normal_phrasings_leave_the_weights_of_the_faults_words_alone(kb):
    without = replace(kb, observations={k: replace(o, normal=()) for k, o in kb.observations.items()})
    plain, full = PhraseIndex(without), index_for(kb)
    assert full.weight == plain.weight
    assert full.observation_words == plain.observation_words


NORMAL_PACK = """\
observations:
  - id: only_runs
    text: Does nothing but run
    category: context
    question: Do you only run?
    synonyms: [no gym, only running]
    normal: {normal}
"""


def _problems(tmp_path, extra: str) -> list[str]:
    """The problems loading the minimal pack plus ``extra.yaml`` reports, paths made relative."""
    shutil.copytree(MINIMAL, tmp_path / "pack")
    (tmp_path / "pack" / "extra.yaml").write_text(extra, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_knowledge_base(tmp_path / "pack")
    return [str(p).replace(str(tmp_path / "pack") + "/", "") for p in err.value.problems]


@pytest.mark.parametrize("normal, expected", [
    ("[dont go to the gym]", "extra.yaml:7: observations[0] (only_runs).normal[0]: normal phrasing "
                             "'dont go to the gym' has a negation"),
    ("[go to the gym, never cross train]", "extra.yaml:7: observations[0] (only_runs).normal[1]: normal "
                                           "phrasing 'never cross train' has a negation"),
    ("[running only]", "extra.yaml:7: observations[0] (only_runs).normal[0]: normal phrasing 'running only' "
                       "has the words of a phrase of 'only_runs'"),
    ("[pain in the knee]", "extra.yaml:7: observations[0] (only_runs).normal[0]: normal phrasing 'pain in the knee' has the "
                    "words of a phrase of 'knee_pain'"),
    ("[the]", "extra.yaml:7: observations[0] (only_runs).normal[0]: normal phrasing 'the' has no word to match on"),
])
def test_rules_check_holds_normal_phrasings_to_plain_unambiguous_words(tmp_path, normal, expected):
    got = _problems(tmp_path, NORMAL_PACK.format(normal=normal))
    assert any(g.startswith(expected) for g in got), "\n".join(got)


def test_a_pack_with_good_normal_phrasings_loads(tmp_path):
    shutil.copytree(MINIMAL, tmp_path / "pack")
    (tmp_path / "pack" / "extra.yaml").write_text(NORMAL_PACK.format(normal="[go to the gym, lift weights]"),
                                                  encoding="utf-8")
    kb = load_knowledge_base(tmp_path / "pack")
    assert kb.observations["only_runs"].normal == ("go to the gym", "lift weights")


@pytest.mark.parametrize("key, phrases, expected", [
    ("denied_by", "[no fever]", "denied_by[0]: denied-by phrase 'no fever' has a negation"),
    ("denied_by", "[only running]", "denied_by[0]: denied-by phrase 'only running' has the words of a phrase of 'only_runs'"),
    # (a word of little words only would leave the observation unstated in every text)
    ("unstated_by", "[the]", "unstated_by[0]: unstated-by word 'the' has no word to match on"),
    ("unstated_by", "[not running]", "unstated_by[0]: unstated-by word 'not running' has a negation"),
])
def test_rules_check_holds_denied_by_and_unstated_by_to_the_same_rules(tmp_path, key, phrases, expected):
    got = _problems(tmp_path, NORMAL_PACK.format(normal="[lift weights]") + f"    {key}: {phrases}\n")
    expected = "extra.yaml:8: observations[0] (only_runs)." + expected
    assert any(g.startswith(expected) for g in got), "\n".join(got)


def test_a_part_denied_may_be_another_observations_phrase(tmp_path):
    # "no chest pain" denies chest pain now and chest pain on runs; said, it states only the one
    shutil.copytree(MINIMAL, tmp_path / "pack")
    pack = NORMAL_PACK.format(normal="[lift weights]") + "    denied_by: [pain in the knee]\n"
    (tmp_path / "pack" / "extra.yaml").write_text(pack, encoding="utf-8")
    assert load_knowledge_base(tmp_path / "pack").observations["only_runs"].denied_by == ("pain in the knee",)


@pytest.mark.parametrize("keys, expected", [
    ("    narrows: [knee_pain]\n", "extra.yaml:8: observations[0] (only_runs).narrows: 'narrows' and 'situation' go together"),
    ("    situation: [downhill]\n", "extra.yaml:8: observations[0] (only_runs).situation: 'narrows' and 'situation' go together"),
    ("    narrows: [only_runs]\n    situation: [downhill]\n", "extra.yaml:8: observations[0] (only_runs).narrows[0]: "
                                                             "'only_runs' cannot narrow itself"),
    ("    narrows: [knee_pian]\n    situation: [downhill]\n", "extra.yaml:8: observations[0] (only_runs).narrows[0]: "
                                                             "unknown observation 'knee_pian'"),
    ("    narrows: [knee_pain]\n    situation: [the, not downhill]\n", "extra.yaml:9: observations[0] (only_runs)."
                                                                      "situation[0]: situation 'the' needs words"),
    ("    narrows: [knee_pain]\n    situation: [the, not downhill]\n", "extra.yaml:9: observations[0] (only_runs)."
                                                                      "situation[1]: situation 'not downhill' needs words"),
    ("    yields_to: [only_runs]\n", "extra.yaml:8: observations[0] (only_runs).yields_to[0]: "
                                   "'only_runs' cannot yield to itself"),
    ("    yields_to: [knee_pian]\n", "extra.yaml:8: observations[0] (only_runs).yields_to[0]: "
                                   "unknown observation 'knee_pian'"),
    ("    denied_with: [only_runs]\n", "extra.yaml:8: observations[0] (only_runs).denied_with[0]: "
                                     "'only_runs' cannot be denied with itself"),
    ("    denied_with: [knee_pian]\n", "extra.yaml:8: observations[0] (only_runs).denied_with[0]: "
                                     "unknown observation 'knee_pian'"),
])
def test_rules_check_holds_a_narrowing_to_a_known_observation_and_plain_words(tmp_path, keys, expected):
    got = _problems(tmp_path, NORMAL_PACK.format(normal="[lift weights]") + keys)
    assert any(g.startswith(expected) for g in got), "\n".join(got)


def test_a_narrowing_loads(tmp_path):
    shutil.copytree(MINIMAL, tmp_path / "pack")
    pack = NORMAL_PACK.format(normal="[lift weights]") + "    narrows: [knee_pain]\n    situation: [downhill]\n"
    (tmp_path / "pack" / "extra.yaml").write_text(pack, encoding="utf-8")
    obs = load_knowledge_base(tmp_path / "pack").observations["only_runs"]
    assert (obs.narrows, obs.situation) == (("knee_pain",), ("downhill",))


def test_rules_check_refuses_a_synonym_of_only_a_negation_and_a_body_part(tmp_path):
    # "can't get my knee up" is "not" and "knee": every "no knee pain" read a weak knee drive
    pack = NORMAL_PACK.format(normal="[lift weights]").replace(
        "synonyms: [no gym, only running]", "synonyms: [no gym, cant get my knee up, knees wont come up high]")
    got = _problems(tmp_path, pack)
    assert any(g.startswith("extra.yaml:6: observations[0] (only_runs).synonyms[1]: synonym 'cant get my knee up' "
                            "is only a negation and a body part") for g in got), "\n".join(got)
    assert not any("knees wont come up high" in g for g in got), "\n".join(got)
