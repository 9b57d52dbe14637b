"""The answer a runner reads: summary first, in plain words; the reasoning only on request."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = str(ROOT / "examples" / "knee_caves_in.json")
SHIN = '{"symptoms": ["shin_pain"]}'
NIGHT = '{"symptoms": ["pain_at_night", "knee_pain"]}'


def test_text_summary_fits_one_screen_and_leads_with_what_to_do(run_line, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    out = run_line(["check", EXAMPLE]).stdout
    lines = out.splitlines()
    assert len(lines) <= 20, out
    assert max(len(line) for line in lines) <= 80
    assert "physiotherapist" in lines[1], "the triage level comes first"
    assert out.index("Runner's knee (patellofemoral pain), likely from") < out.index("This week (doses: expert opinion):") < out.index("Not a diagnosis")
    assert re.search(r"Glute bridge: 3 x 12, 3 times a week, before runs", out)
    assert not re.search(r"certainty|weight [+-]|\[[a-z_]+, weight", out), "numbers and rule ids are details"


def test_a_less_urgent_red_flag_under_an_emergency_gives_no_slower_instruction(run_line, monkeypatch):
    # test drive 26: under "Emergency ... now", the numbness flag's own "within a few days" read as
    # a second, slower instruction; it is said as something to tell them too
    monkeypatch.setenv("COLUMNS", "200")
    out = run_line(["check", "-"], input='{"symptoms": ["saddle_numbness", "numbness_tingling", "low_back_pain"]}').stdout
    assert out.startswith("Emergency")
    flags = " ".join(out.split("A red flag was found")[0].split())
    assert "Numbness or tingling in the leg or foot: tell them about this too (the more urgent advice above applies)" in flags
    assert "within a few days" not in flags, out


def test_details_add_the_reasoning(run_line):
    out = run_line(["check", EXAMPLE, "--details"]).stdout
    assert "certainty 0." in out and "knee_falling_inward_suggests_weak_glutes" in out
    assert "The exercises" in out and "Sources" in out
    against = run_line(["check", str(ROOT / "tests" / "cases" / "good_squat_argues_against_weak_glutes" / "input.json"),
                        "--details"]).stdout
    assert "Considered and ruled out" in against


def test_text_wraps_to_the_terminal_width(run_line, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    out = run_line(["check", EXAMPLE, "--details"]).stdout
    assert max(len(line) for line in out.splitlines()) <= 60


def test_red_flag_summary_replaces_the_plan(run_line):
    out = run_line(["check", "-"], input=NIGHT).stdout
    assert out.startswith("Soon: see a clinician")
    assert "This week" not in out and "Likely cause" not in out


@pytest.mark.parametrize("text", ["every run, during runs", "before every run, before runs",
                                  "each easy run, every run"])
def test_doses_read_naturally(run_line, text):
    for symptoms in (SHIN, '{"symptoms": ["knee_caves_in", "overstrides", "breathing_restricted", "arms_cross_body"]}'):
        assert text not in run_line(["check", "-", "--details"], input=symptoms).stdout


def test_markdown_summary_first(run_line):
    out = run_line(["check", EXAMPLE, "-f", "markdown"]).stdout
    assert out.index("**This week (doses: expert opinion):**") < out.index("Not a diagnosis")
    assert "## Details" not in out
    assert "## Details" in run_line(["check", EXAMPLE, "-f", "markdown", "--details"]).stdout


class _Outline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_html_has_the_details_folded_and_no_url(run_line):
    out = run_line(["check", EXAMPLE, "-f", "html"]).stdout
    parser = _Outline()
    parser.feed(out)
    details = [attrs for tag, attrs in parser.tags if tag == "details"]
    assert details and "open" not in details[0], "details are folded until opened"
    assert out.index("This week") < out.index("<details>")
    assert not re.search(r"https?:|//[a-z]|src=|<script", out, re.I)
    assert "Not a diagnosis" in out


def test_the_answer_names_the_condition_next_to_its_causes(run_line):
    out = run_line(["check", "--text", "pain around my kneecap, worse on stairs and downhill, my knee caves in"]).stdout
    # (which cause comes first follows the evidence: "worse downhill" also points at the quads)
    sentence = " ".join(out.split()).split("Runner's knee (patellofemoral pain), likely from ", 1)[1].split(".")[0]
    assert "weak glutes" in sentence and "overloaded quads" in sentence


def test_every_dose_says_what_it_rests_on(run_json):
    out = run_json(["check", "-"], input='{"symptoms": ["achilles_pain", "achilles_pain_above_heel"]}')
    labels = {e["id"]: e["dose_detail"]["basis_label"] for e in out["exercises"]}
    assert labels and all(labels.values())
    assert labels.get("heavy_slow_calf_loading") == "Beyer et al. 2015"
    assert "eccentric_heel_drops" not in labels   # the alternative: one Achilles programme, never two


def test_a_dose_basis_must_be_one_of_the_exercise_citations(tmp_path):
    import shutil
    from advisor.errors import KnowledgeBaseError
    from advisor.knowledge.loader import load_knowledge_base
    pack = tmp_path / "pack"
    shutil.copytree(ROOT / "rules", pack, ignore=shutil.ignore_patterns("*.md"))
    training = pack / "training.yaml"
    training.write_text(training.read_text().replace("basis: blagrove_2018", "basis: beyer_2015"))
    with pytest.raises(KnowledgeBaseError) as err:
        load_knowledge_base(pack)
    assert any("the dose's basis 'beyer_2015' must be one of the exercise's citations" in str(p)
               for p in err.value.problems)
