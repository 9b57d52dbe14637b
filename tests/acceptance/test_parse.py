"""`stridewise parse`, `check --text` and `symptoms --search` as a user meets them."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "advisor" / "schemas" / "input.schema.json").read_text(encoding="utf-8"))
STORY = ("Started running in spring. My knees ache after long runs and the outside of my right knee "
         "hurts at about mile 4. No swelling, doesn't hurt at night, but my hip flexors are tight "
         "from sitting at a desk all day. I can do 25 calf raises. Shins r sore too.")


def test_parse_text_lines_and_hint(run_line):
    result = run_line(["parse", "my IT band is killing me, no swelling"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    # each observation: its sign, id and the runner's words, then what it means, indented
    heads = [l for l in lines if not l.startswith("    ")]
    assert heads == ['+ outer_knee_pain  ("my IT band is killing me")', '- swelling  ("no swelling")']
    assert lines[1].startswith("    Pain on the outside of the knee") and max(map(len, lines)) <= 80
    assert 'stridewise check --text "my IT band is killing me, no swelling"' in result.stderr


def test_parse_words_need_no_quotes(run_line):
    assert run_line(["parse", "shins", "r", "sore"]).stdout.startswith("+ shin_pain ")


def test_parse_json_is_a_symptom_file_check_reads(run_line):
    result = run_line(["parse", STORY, "--format", "json"])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, SCHEMA)
    assert doc["schema_version"] == "1.2" and doc["notes"] == STORY and isinstance(doc["unread"], list)
    present = [s for s in doc["symptoms"] if isinstance(s, str)]
    absent = [s["id"] for s in doc["symptoms"] if isinstance(s, dict) and s["present"] is False]
    assert {"knee_pain", "outer_knee_pain", "front_of_hip_tight", "sits_all_day", "shin_pain"} <= set(present)
    unsure = [s["id"] for s in doc["symptoms"] if isinstance(s, dict) and s["present"] is None]
    assert {"swelling", "pain_at_night", "calf_raise_low"} <= set(absent), "25 raises: above the published medians"
    assert unsure == []
    assert {m["id"] for m in doc["matched"]} == set(present + absent + unsure)
    assert {m["id"]: m["words"] for m in doc["matched"]}["pain_at_night"] == "doesn't hurt at night"
    from_file = run_line(["check", "-", "--format", "json"], input=result.stdout)
    from_text = run_line(["check", "--text", STORY, "--format", "json"])
    assert from_file.exit_code == 0 and from_text.exit_code == 0
    advised_from_file, advised_from_text = json.loads(from_file.stdout), json.loads(from_text.stdout)
    # the same advice; only the answer from words says what it read from them
    assert advised_from_file.pop("words") is None
    assert [(w["id"], w["present"], w["words"]) for w in advised_from_text.pop("words")["read"]] == \
        [(m["id"], m["present"], m["words"]) for m in doc["matched"]]
    assert advised_from_file == advised_from_text
    assert "read from your words: +knee_pain" in from_text.stderr


def test_parse_reads_stdin(run_line):
    result = run_line(["parse", "-", "--format", "json"], input="no swelling but pain at night\n")
    assert json.loads(result.stdout)["symptoms"] == [{"id": "swelling", "present": False}, "pain_at_night"]


def test_nothing_understood_is_exit_1_with_a_hint(run_line):
    for args in (["parse", "I ran a marathon last Sunday"], ["parse", "x", "--format", "json"],
                 ["check", "--text", "what time does the race start"]):
        result = run_line(args)
        assert result.exit_code == 1, args
        assert result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "no observation found" in lines[0] and "stridewise symptoms" in lines[0] and "stridewise ask" in lines[0]


@pytest.mark.parametrize("command", ["parse", "check --text"])
def test_words_naming_only_what_is_not_assessed_carry_the_topics_in_the_json_error(run_line, command):
    # test drive 26: an app had to parse the topics out of the message (the API's 422 has them)
    result = run_line([*command.split(), "I leak a little wee when I run", "--format", "json"])
    assert result.exit_code == 1
    doc = json.loads(result.stderr)
    jsonschema.validate(doc, json.loads((ROOT / "advisor" / "schemas" / "error.schema.json").read_text()))
    assert doc["error"]["kind"] == "nothing_found"
    assert [o["label"] for o in doc["error"]["outside"]] == [
        "pelvic-floor symptoms (a leak when running, a heavy or dragging feeling)"]
    plain = json.loads(run_line([*command.split(), "what time does the race start", "--format", "json"]).stderr)
    assert "outside" not in plain["error"]


def test_check_needs_a_file_or_text_not_both(run_line):
    assert run_line(["check"]).exit_code == 2
    both = run_line(["check", str(ROOT / "examples" / "healthy.json"), "--text", "sore knee"])
    assert both.exit_code == 2 and "one of the two" in both.stderr


def test_too_long_text_is_one_line_exit_3(run_line):
    result = run_line(["parse", "-"], input="my knee hurts " * 3000)
    assert result.exit_code == 3
    assert result.stderr.strip().startswith("stridewise: error: <stdin>: text is longer than 20,000 characters")


def test_too_long_text_of_wide_characters_says_too_long_not_bad_utf8(run_line):
    # 25,000 emoji are 100,000 bytes: more than the reader takes, cut mid-character
    result = run_line(["parse", "-"], input="\U0001F600" * 25_000)
    assert result.exit_code == 3 and "text is longer than 20,000 characters" in result.stderr


def test_matched_must_be_a_list_of_objects(run_line):
    result = run_line(["check", "-"], input='{"symptoms": ["knee_pain"], "matched": "knee"}')
    assert result.exit_code == 3 and "$.matched: expected a list of objects" in result.stderr


def test_symptoms_search_uses_the_same_matcher(run_line):
    for words, expected in [("my IT band is killing me", "outer_knee_pain"), ("shins r sore", "shin_pain"),
                            ("no swelling", "swelling"), ("pain on the outside of my knee", "outer_knee_pain")]:
        found = json.loads(run_line(["symptoms", "--search", words, "--json"]).stdout)["observations"]
        assert found[0]["id"] == expected, (words, [o["id"] for o in found])


def test_help_shows_an_example_for_parse_and_check_text(run_line):
    assert 'stridewise parse "' in run_line(["parse", "--help"]).stdout
    assert "stridewise check --text" in run_line(["check", "--help"]).stdout
    assert '--search "my IT band is killing me"' in run_line(["symptoms", "--help"]).stdout


def test_check_on_a_file_never_imports_the_matcher():
    """A cold `stridewise check FILE` stays fast: the matcher and its libraries load only for words.
    (Of a pack already in the per-user cache: validating a changed pack checks its phrases with
    the matcher's lexicon, once; the first run below makes sure the cache holds this pack.)"""
    subprocess.run([sys.executable, "-m", "advisor.frontends.cli", "check", "examples/knee_caves_in.json"],
                   cwd=ROOT, capture_output=True, timeout=120)
    code = ("import sys; sys.path.insert(0, '.'); from advisor.frontends.cli import main\n"
            "try:\n    main(['check', 'examples/knee_caves_in.json'], standalone_mode=False)\n"
            "finally:\n    print([m for m in ('rapidfuzz', 'Stemmer', 'advisor.knowledge.search') if m in sys.modules],"
            " file=sys.stderr)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "[]"


UNREAD_STORY = "my knee hurts on stairs, no swelling, and my eczema itched yesterday"


def test_the_saved_answer_says_what_was_read_from_the_words(run_line, tmp_path):
    """A runner who saves the answer (or a coach who pastes it) sees what it rests on, not only stderr."""
    shown = {"text": ('"', "'"), "markdown": ('"', "'"), "html": ("&#34;", "&#39;")}
    for fmt, (quote, apostrophe) in shown.items():
        result = run_line(["check", "--text", UNREAD_STORY, "--format", fmt])
        assert result.exit_code == 0
        answer = result.stdout
        assert "Read from your words" in answer
        swelling = f"Visible swelling of a joint or the leg: absent ({quote}no swelling{quote})"
        assert swelling in " ".join(answer.split()), fmt   # text wraps
        not_read = f"Not read, so not assessed:{'**' if fmt == 'markdown' else ''} {apostrophe}eczema itched yesterday{apostrophe}"
        assert not_read in answer, fmt
        # near the top: after the triage, before the advice
        assert answer.index("Self-care now") < answer.index("Read from your words") < answer.index("This week")
    data = json.loads(run_line(["check", "--text", UNREAD_STORY, "--format", "json"]).stdout)
    jsonschema.validate(data, json.loads((ROOT / "advisor" / "schemas" / "result.schema.json").read_text()))
    assert data["words"]["unread"] == ["eczema itched yesterday"]
    assert {w["id"]: w["present"] for w in data["words"]["read"]} == {
        "pain_around_kneecap": True, "knee_pain": True, "swelling": False}


def test_the_not_read_sentence_is_the_same_on_stderr_and_in_the_answer(run_line):
    result = run_line(["check", "--text", UNREAD_STORY])
    assert "stridewise: not read, so not assessed: 'eczema itched yesterday'\n" in result.stderr
    assert "\nNot read, so not assessed: 'eczema itched yesterday'\n" in result.stdout
    parsed = run_line(["parse", UNREAD_STORY])
    assert "\nNot read, so not assessed: 'eczema itched yesterday'\n" in "\n" + parsed.stderr


def test_an_answer_from_a_file_says_nothing_of_words(run_line):
    answer = run_line(["check", str(ROOT / "examples" / "knee_caves_in.json")]).stdout
    assert "Read from your words" not in answer and "Not read" not in answer


@pytest.mark.parametrize("args, stdin, source", [
    (["parse", "-"], "", "<stdin>"), (["parse", "-"], " \n\t\n", "<stdin>"), (["parse", ""], None, "TEXT"),
    (["check", "--text", "-"], "", "<stdin>"), (["check", "--text", "-"], "\n", "<stdin>"),
    (["check", "--text", "  "], None, "TEXT"),
])
def test_no_words_at_all_is_bad_input_exit_3(run_line, args, stdin, source):
    """Empty words are an empty input (exit 3, as an empty file is for 'check -'), not words that
    state nothing (exit 1): there was nothing to read."""
    result = run_line(args, input=stdin)
    assert result.exit_code == 3, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"stridewise: error: {source}: is empty; expected a runner's words, e.g. \"my knee hurts on stairs\"\n"
    as_json = run_line(args + ["--format", "json"], input=stdin)
    error = json.loads(as_json.stderr)["error"]
    assert as_json.exit_code == 3 and (error["kind"], error["exit_code"], error["source"]) == ("input", 3, source)


def test_words_that_state_nothing_stay_exit_1_on_stdin_too(run_line):
    for args in (["parse", "-"], ["check", "--text", "-"]):
        result = run_line(args, input="what time does the race start\n")
        assert result.exit_code == 1 and "no observation found" in result.stderr


def test_parse_json_lists_the_words_not_read_and_check_still_reads_a_1_0_file(run_line):
    doc = json.loads(run_line(["parse", "my knee hurts and I fell off my bike", "--format", "json"]).stdout)
    jsonschema.validate(doc, SCHEMA)
    assert doc["unread"] == ["fell", "bike"]
    old = {"schema_version": "1.0", "symptoms": ["knee_pain"]}   # files written before 1.1 still read
    assert run_line(["check", "-"], input=json.dumps(old)).exit_code == 0
    bad = dict(doc, unread="fell")
    result = run_line(["check", "-"], input=json.dumps(bad))
    assert result.exit_code == 3 and "$.unread" in result.stderr


def test_a_pain_the_reader_cannot_place_is_never_self_care(run_line):
    # test drive 24: "foot pain, hurts when I walk to the car" read nothing of the pain, and the
    # answer said "nothing read from what you reported needs a clinician"
    out = json.loads(run_line(["check", "--text", "foot pain, hurts when I drive, 60 year old",
                               "--format", "json"]).stdout)
    assert out["triage"] == "physio_if_not_better"
    assert "no_complaints" in [p["id"] for p in out["absent"]]
    # (pain on walking is said, test drive 30; since test drive 37 no limp, and of the foot no red
    # flag: the first steps of plantar heel pain are walking pain; of the shin it is, see
    # tests/cases/story_shin_pain_now_hurts_walking)
    walk = json.loads(run_line(["check", "--text", "foot pain, hurts when I walk to the car, 60 year old",
                                "--format", "json"]).stdout)
    assert "pain_when_walking" in [p["id"] for p in walk["present"]]
    assert walk["triage"] == "physio_if_not_better"


@pytest.mark.parametrize("fmt, shown", [("text", False), ("json", True)])
def test_on_a_terminal_a_human_answer_does_not_repeat_the_reading_on_stderr(run_line, monkeypatch, fmt, shown):
    """Test drive 39: on a terminal the stderr lines repeated the answer's own "Read from your
    words", pushing the triage off a 30-row screen; a script's JSON still gets them."""
    from advisor.frontends.commands import check
    monkeypatch.setattr(check, "_a_terminal", lambda: True)
    result = run_line(["check", "--text", "my knee hurts on stairs, no swelling", "--format", fmt])
    assert result.exit_code == 0
    assert ("read from your words" in result.stderr) is shown
