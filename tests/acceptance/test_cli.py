"""The command line as a user meets it: outputs, exit codes, one-line errors."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import click
import jsonschema
import pytest

from advisor.errors import OutputError
from advisor.frontends.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = str(ROOT / "examples" / "knee_caves_in.json")
SCHEMAS = ROOT / "advisor" / "schemas"


def test_check_text_markdown_json(run_line):
    for fmt in ("text", "markdown", "json"):
        result = run_line(["check", EXAMPLE, "--format", fmt])
        assert result.exit_code == 0
        assert "Not a diagnosis" in result.stdout
        assert "weak" in result.stdout.lower()


def test_check_json_matches_published_schema(run_json):
    out = run_json(["check", EXAMPLE])
    jsonschema.validate(out, json.loads((SCHEMAS / "result.schema.json").read_text()))
    assert out["schema_version"] == "1.4"
    assert out["causes"][0]["id"] == "weak_glutes"
    assert out["triage"] == "physio_if_not_better"
    assert all(step["citations"] for cause in out["causes"] for step in cause["chain"])


def test_examples_match_input_schema():
    schema = json.loads((SCHEMAS / "input.schema.json").read_text())
    for path in sorted((ROOT / "examples").glob("*.json")):
        jsonschema.validate(json.loads(path.read_text()), schema)


def test_stdin_dash(run_json):
    out = run_json(["check", "-"], input='{"symptoms": ["pain_at_night", "knee_pain"]}')
    assert out["red_flags"][0]["id"] == "rest_or_night_pain"
    assert out["exercises"] == [] and out["plan_kind"] == "referral"


@pytest.mark.parametrize("content, message", [
    ("nope", "not valid JSON"),
    ("", "is empty"),
    ("[1]", "$: expected a JSON object"),
    ('{"symptoms": ["knee_pian"]}', "$.symptoms[0]: unknown observation id 'knee_pian' (did you mean 'knee_pain'?)"),
    ('{"symptoms": ["knee_pain", 3]}', "$.symptoms[1]: expected an observation id"),
    ('{"symptoms": "knee_pain"}', "$.symptoms: expected an array, got a string"),
    ('{"symptons": []}', "$.symptons: unknown field (did you mean 'symptoms'?)"),
    ('{"symptoms": [{"id": "knee_pain", "present": "yes"}]}', "$.symptoms[0].present: expected true, false or null"),
    ('{"symptoms": ["knee_pain", {"id": "knee_pain", "present": false}]}', "reported both present and absent"),
    ('{"schema_version": "9", "symptoms": []}', "unsupported version"),
    ('\xff\xfe', "not valid JSON"),
])
def test_bad_input_is_one_line_exit_3(run_line, tmp_path, content, message):
    path = tmp_path / "input.json"
    path.write_text(content, encoding="utf-8")
    result = run_line(["check", str(path)])
    assert result.exit_code == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"stridewise: error: {path}: ")
    assert message in lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_missing_file_folder_and_huge_file(run_line, tmp_path):
    assert run_line(["check", str(tmp_path / "nope.json")]).stderr.strip().endswith("no such file")
    assert "is a folder" in run_line(["check", str(tmp_path)]).stderr
    huge = tmp_path / "huge.json"
    with huge.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    result = run_line(["check", str(huge)])
    assert result.exit_code == 3 and "the limit is 1,048,576 bytes" in result.stderr


def test_huge_stdin_is_refused(run_line):
    result = run_line(["check", "-"], input="[" * (2 * 1024 * 1024))
    assert result.exit_code == 3 and "larger than the limit" in result.stderr


def test_empty_symptom_list_gives_prevention(run_json):
    out = run_json(["check", "-"], input='{"symptoms": []}')
    assert out["causes"] == [] and out["red_flags"] == []
    assert out["plan_kind"] == "prevention" and out["exercises"]


def test_absent_and_unsure_observations(run_json):
    base = run_json(["check", "-"], input='{"symptoms": ["knee_caves_in"]}')
    unsure = run_json(["check", "-"], input='{"symptoms": ["knee_caves_in", {"id": "single_leg_squat_knee_in", "present": null}]}')
    against = run_json(["check", "-"], input='{"symptoms": ["knee_caves_in", {"id": "single_leg_squat_knee_in", "present": false}]}')
    cert = lambda out: {c["id"]: c["certainty"] for c in out["causes"]}.get("weak_glutes", 0)  # noqa: E731
    assert cert(unsure) == cert(base)
    assert cert(against) < cert(base)


def test_symptoms_lists_and_searches(run_line):
    result = run_line(["symptoms", "--json"])
    ids = [o["id"] for o in json.loads(result.stdout)["observations"]]
    assert "knee_pain" in ids and len(ids) == len(set(ids))
    for words, expected in [("runners knee", "pain_around_kneecap"), ("knee caves in", "knee_caves_in"),
                            ("kne pian", "knee_pain"), ("my butt never feels like it worked", "glutes_feel_unused"),
                            ("pins and needles", "numbness_tingling")]:
        found = run_line(["symptoms", "--search", words, "--json"])
        got = [o["id"] for o in json.loads(found.stdout)["observations"]][:3]
        assert expected in got, (words, got)


def test_symptoms_searches_the_words_given_alone(run_line):
    # test drive 60: "stridewise symptoms calf" said only "Got unexpected extra argument (calf)"
    alone = run_line(["symptoms", "knee", "caves", "in", "--json"])
    flagged = run_line(["symptoms", "--search", "knee caves in", "--json"])
    assert alone.stdout == flagged.stdout and "knee_caves_in" in alone.stdout
    both = run_line(["symptoms", "calf", "--search", "knee"], catch=True)
    assert both.exit_code == 2 and "once" in both.stderr


def test_symptoms_search_without_match(run_line):
    result = run_line(["symptoms", "--search", "zzzzqqq"])
    assert result.exit_code == 1 and "No observation matches" in result.stderr


def test_rules_check_ok_and_broken(run_line):
    ok = run_line(["rules", "check"])
    assert ok.exit_code == 0 and ok.stdout.startswith("ok:")
    broken = run_line(["rules", "check", "--rules", str(ROOT / "tests" / "fixtures" / "broken_pack")])
    assert broken.exit_code == 4
    assert "pack.yaml:35: rules[0] (typo_rule).if[0]: unknown id 'knee_pian' (did you mean 'knee_pain'?)" in broken.stderr


def test_check_with_broken_rule_pack_is_one_line(run_line):
    result = run_line(["check", EXAMPLE, "--rules", str(ROOT / "tests" / "fixtures" / "broken_pack")])
    assert result.exit_code == 4
    assert len(result.stderr.strip().splitlines()) == 1 and "more problems" in result.stderr


def test_schema_command(run_line):
    for which in ("input", "result", "team", "history", "error"):
        printed = json.loads(run_line(["schema", which]).stdout)
        assert printed["title"].startswith("Stridewise")
        assert printed == json.loads((SCHEMAS / f"{which}.schema.json").read_text())
        jsonschema.Draft202012Validator.check_schema(printed)


def _commands(group, prefix=()):
    # through list_commands/get_command: the commands are loaded lazily, group.commands is empty
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + (name,))
        else:
            yield prefix + (name,), cmd


COMMAND_PATHS = [("ask",), ("check",), ("form",), ("history",), ("parse",), ("rules", "check"),
                 ("rules", "coverage"), ("schema",), ("screen",), ("serve",), ("symptoms",)]
"""Every command a user can run, in the order --help lists them."""


def test_every_command_is_found_in_help_order():
    assert [path for path, _ in _commands(main)] == COMMAND_PATHS


def _listed(help_text: str) -> list[tuple[str, str]]:
    """(name, short help) of each line under 'Commands:' in a group's --help."""
    section = help_text.split("\nCommands:\n", 1)[1].split("\n\n", 1)[0]
    return [tuple(line.split(None, 1)) for line in section.splitlines()]


def test_help_lists_every_command_with_its_short_help(run_line):
    top = _listed(run_line(["--help"]).stdout)
    assert [name for name, _ in top] == sorted({path[0] for path in COMMAND_PATHS})
    rules = _listed(run_line(["rules", "--help"]).stdout)
    assert [("rules", name) for name, _ in rules] == [p for p in COMMAND_PATHS if p[0] == "rules"]
    commands = dict(_commands(main))
    shown = [((name,), short) for name, short in top if name != "rules"] + [(("rules", n), s) for n, s in rules]
    for path, short in shown:  # the start of the command's own help, cut at the terminal width
        assert " ".join(commands[path].help.split()).startswith(short.removesuffix("...")), path


def test_a_mistyped_command_is_one_line_naming_it(run_line):
    result = run_line(["chek"])
    assert result.exit_code == 2 and result.stderr.startswith("stridewise: usage error: No such command 'chek'.")
    assert len(result.stderr.splitlines()) == 1
    if hasattr(click.exceptions, "NoSuchCommand"):  # click >= 8.4 suggests close names
        assert "Did you mean one of: 'check', 'schema'?" in result.stderr


@pytest.mark.parametrize("args, command", [(["check", "--text"], "check"), (["screen", "--format"], "screen"),
                                           (["check", "--bogus"], "check")])
def test_a_usage_error_points_to_its_commands_help(run_line, args, command):
    # an option given no value had no pointer at all (test drive 12)
    result = run_line(args)
    assert result.exit_code == 2 and result.stderr.strip().endswith(f" {command} --help')")   # (CliRunner's name: 'main')


def test_a_cold_check_loads_only_its_own_command_module(tmp_path):
    code = ("import json, sys\n"
            "from advisor.frontends.cli import main\n"
            "try:\n"
            f"    main(['check', {EXAMPLE!r}, '--format', 'json'])\n"
            "except SystemExit as stop:\n"
            "    assert stop.code == 0, stop.code\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith('advisor.frontends'))), file=sys.stderr)\n")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    loaded = json.loads(run.stderr.splitlines()[-1])
    assert [m for m in loaded if m.startswith("advisor.frontends.commands.")] == ["advisor.frontends.commands.check"]
    assert "advisor.frontends.web" not in loaded


@pytest.mark.parametrize("path", [p for p, _ in _commands(main)], ids=lambda p: " ".join(p))
def test_every_command_has_help_with_an_example(run_line, path):
    result = run_line(list(path) + ["--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path, _ in _commands(main):
        assert f"stridewise {' '.join(path)}" in readme, path


@pytest.mark.parametrize("symptoms, triage", [
    (["pain_at_night", "knee_pain"], "soon"),
    (["saddle_numbness"], "emergency"),
    (["knee_pain"], "physio_if_not_better"),
    ([{"id": "no_complaints", "present": False}], "physio_if_not_better"),   # a complaint, not placed
    ([], "self_care"),
])
def test_every_answer_carries_a_triage_level(run_json, symptoms, triage):
    out = run_json(["check", "-"], input=json.dumps({"symptoms": symptoms}))
    assert out["triage"] == triage
    assert out["triage_text"]


def test_not_sure_answers_are_kept_in_the_output(run_json):
    out = run_json(["check", "-"], input=json.dumps(
        {"symptoms": ["knee_pain", {"id": "knee_caves_in", "present": None}]}))
    assert [p["id"] for p in out["unsure"]] == ["knee_caves_in"]
    assert "knee_caves_in" not in [p["id"] for p in out["present"] + out["absent"]]


def test_exit_code_table_lists_every_error_code():
    from advisor.errors import AdvisorError, EngineError, InputError, KnowledgeBaseError, OutputError
    from advisor.frontends.cli import EXIT_CODES
    codes = {int(m) for m in re.findall(r"^\s+(\d+)\s", EXIT_CODES, flags=re.M)}
    for cls in (AdvisorError, EngineError, InputError, KnowledgeBaseError, OutputError):
        assert cls.exit_code in codes, cls
    assert OutputError.exit_code == 6 and "6  could not write the output" in EXIT_CODES
    assert len({InputError.exit_code, KnowledgeBaseError.exit_code, OutputError.exit_code}) == 3


def test_every_error_message_is_one_escaped_line(run_line, tmp_path):
    bad = tmp_path / "bad\x1b[31m.json"
    bad.write_text('{"symptoms": ["x\\u001b]0;owned\\u0007\\nstridewise: forged"]}')
    result = run_line(["check", str(bad)])
    assert result.exit_code == 3
    assert len(result.stderr.splitlines()) == 1 and "\x1b" not in result.stderr and "\x07" not in result.stderr


# -- errors as JSON with --format json ---------------------------------------------------------
ERROR_SCHEMA = json.loads((SCHEMAS / "error.schema.json").read_text())
THREE_MISTAKES = ('{"athelete": "Sam", "symptoms": ["knee_pain", "knee_pian", '
                  '{"id": "knee_caves_in", "present": "yes"}]}')


def json_error(result, exit_code: int, lead: str = "") -> dict:
    """The one JSON object a failed --format json run prints on stderr, checked against the schema."""
    assert result.exit_code == exit_code and result.stdout == ""
    assert result.stderr.startswith(lead)
    lines = result.stderr[len(lead):].splitlines()
    assert len(lines) == 1, lines
    doc = json.loads(lines[0])
    jsonschema.validate(doc, ERROR_SCHEMA)
    assert doc["error"]["exit_code"] == exit_code
    return doc["error"]


def test_json_error_lists_every_problem_with_its_path(run_line, tmp_path):
    bad = tmp_path / "three.json"
    bad.write_text(THREE_MISTAKES)
    error = json_error(run_line(["check", str(bad), "--format", "json"]), 3)
    assert error["kind"] == "input" and error["source"] == str(bad) and not error["truncated"]
    assert [p["path"] for p in error["problems"]] == ["$.athelete", "$.symptoms[1]", "$.symptoms[2].present"]
    assert error["problems"][0]["message"] == "unknown field (did you mean 'athlete'?)"
    assert error["problems"][1]["message"].startswith("unknown observation id 'knee_pian' (did you mean 'knee_pain'?)")
    assert "expected true, false or null" in error["problems"][2]["message"]
    assert error["message"] == f"{bad}: $.athelete: unknown field (did you mean 'athlete'?) (and 2 more problems)"


def test_text_error_stays_one_line_counting_the_rest(run_line):
    for args in (["check", "-"], ["check", "-", "--format", "text"], ["check", "-", "--format", "markdown"]):
        result = run_line(args, input=THREE_MISTAKES)
        assert result.exit_code == 3
        assert result.stderr.splitlines() == [
            "stridewise: error: <stdin>: $.athelete: unknown field (did you mean 'athlete'?) (and 2 more problems)"]


@pytest.mark.parametrize("args, exit_code, kind", [
    (["check", "-", "--format", "json", "--bogus"], 2, "usage"),
    (["check", "--bogus", "-", "--format", "json"], 2, "usage"),  # the parser stops before --format
    (["check", "-", "-fjson", "--details=yes"], 2, "usage"),
    (["check", "-", "--format=json", "--rules", str(ROOT / "tests" / "fixtures" / "broken_pack")], 4, "rule_pack"),
    (["check", "no-such-file.json", "--format", "json"], 3, "input"),
    (["check", "--format", "json"], 2, "usage"),
    (["check", "--text", "zzz qqq", "--format", "json"], 1, "nothing_found"),
    (["parse", "zzz qqq", "--format", "json"], 1, "nothing_found"),
    (["parse", "my knee hurts", "-f", "json", "--rules", str(ROOT / "tests" / "fixtures" / "broken_pack")], 4, "rule_pack"),
    (["ask", "--format", "json", "--resume", "no-such-file.json"], 3, "input"),
    (["ask", "--format", "json", "--max-questions", "99"], 2, "usage"),
])
def test_every_failure_of_a_json_command_is_one_json_object(run_line, args, exit_code, kind):
    error = json_error(run_line(args, input="{}"), exit_code)
    assert error["kind"] == kind and error["message"]
    if kind == "rule_pack":  # every problem 'rules check' finds, each with file, line and path
        checked = run_line(["rules", "check", "--rules", str(ROOT / "tests" / "fixtures" / "broken_pack")])
        assert f"stridewise: {len(error['problems'])} problem(s)" in checked.stderr
        assert all(p["file"].endswith("pack.yaml") for p in error["problems"])
        assert {"file": str(ROOT / "tests" / "fixtures" / "broken_pack" / "pack.yaml"), "line": 35,
                "path": "rules[0] (typo_rule).if[0]",
                "message": "unknown id 'knee_pian' (did you mean 'knee_pain'?)"} in error["problems"]


def test_the_same_failures_in_text_mode_are_one_line(run_line):
    for args in (["check", "-", "--bogus"], ["check", "no-such-file.json"], ["parse", "zzz qqq"]):
        result = run_line(args, input="{}")
        assert result.exit_code in (1, 2, 3) and len(result.stderr.splitlines()) == 1
        assert result.stderr.startswith("stridewise: ") and not result.stderr.startswith("{")


@pytest.mark.parametrize("raised, exit_code, kind, source", [
    (OutputError("<stdout>", "No space left on device"), 6, "output", "<stdout>"),
    (KeyboardInterrupt(), 130, "interrupted", None),
    (RuntimeError("a bug"), 1, "internal", None),
])
def test_every_other_failure_is_a_json_error_too(run_line, monkeypatch, raised, exit_code, kind, source):
    import advisor.render

    def failing(*args, **kwargs):
        raise raised
    monkeypatch.setattr(advisor.render, "render", failing)
    # after an interrupt, a newline first: the object starts its own line, even mid-prompt
    error = json_error(run_line(["check", EXAMPLE, "--format", "json"]), exit_code,
                       lead="\n" if kind == "interrupted" else "")
    assert error["kind"] == kind and error["source"] == source and error["problems"] == []
    text = run_line(["check", EXAMPLE])
    assert text.exit_code == exit_code and len(text.stderr.strip().splitlines()) == 1
    assert text.stderr.strip().startswith("stridewise: ")


def test_json_errors_are_escaped_like_the_text_line(run_line, tmp_path):
    bad = tmp_path / "bad\x1b[31m.json"
    bad.write_text('{"symptoms": ["x\\u001b]0;owned\\u0007\\nstridewise: forged"], "k\\u2028": 1}')
    result = run_line(["check", str(bad), "--format", "json"])
    error = json_error(result, 3)
    assert len(error["problems"]) == 2
    assert not any(ch in result.stderr for ch in "\x1b\x07\u2028")


def _every_advisor_error():
    from advisor.errors import AdvisorError, EngineError, InputError, KnowledgeBaseError, Problem
    from advisor.store.errors import StoreError   # (imported here: whether an earlier test did changes nothing)
    made = {AdvisorError: AdvisorError("odd"), EngineError: EngineError("engine failed"),
            InputError: InputError("f.json", problems=[("$.a", "one"), ("$.b", "two")]),
            KnowledgeBaseError: KnowledgeBaseError([Problem("p.yaml", 3, "rules[0]", "bad")]),
            OutputError: OutputError("out.md", "disk full"), StoreError: StoreError("not a stridewise database")}
    assert set(made) == {AdvisorError, *AdvisorError.__subclasses__()}  # a new error class needs a case here
    return list(made.values())


@pytest.mark.parametrize("err", _every_advisor_error(), ids=lambda e: type(e).__name__)
def test_every_advisor_error_has_a_published_json_form(run_line, monkeypatch, err):
    import advisor.render

    def failing(*args, **kwargs):
        raise err
    monkeypatch.setattr(advisor.render, "render", failing)
    error = json_error(run_line(["check", EXAMPLE, "--format", "json"]), err.exit_code)
    assert error["message"] == str(err)
    assert len(error["problems"]) == len(getattr(err, "problems", ()))


def test_a_story_given_as_a_symptom_file_points_to_text(run_line, tmp_path):
    # (test drive 45: "not valid JSON: Expecting value" and nothing else for a story in a file)
    story = tmp_path / "my story.txt"
    story.write_text("my knee hurts on the stairs\n", encoding="utf-8")
    result = run_line(["check", str(story)])
    assert result.exit_code == 3
    assert "not valid JSON" in result.stderr and "use --text: stridewise check --text - < " in result.stderr
    assert result.stderr.count("\n") == 1   # one line


@pytest.mark.parametrize("command", [["check", "--text"], ["parse"]])
def test_words_about_several_athletes_say_they_are_read_as_one(run_line, command):
    # (test drive 63: a coach's note about three athletes got one answer, with no word of it)
    note = ("Coach here, notes on three of my runners. Jess (17): pain around the kneecap going downstairs. "
            "Tom (22): outside of his right knee hurts from mile 4. Priya (19): shin sore.")
    result = run_line([*command, note])
    assert result.exit_code == 0
    assert "these words name 3 athletes (Jess, Tom, Priya) and are read as ONE runner" in result.stderr
    assert "stridewise screen ROSTER" in result.stderr
    one = run_line([*command, "Maya (14, cross country) has heel pain"])
    assert "athletes" not in one.stderr


def test_a_roster_given_to_check_points_to_screen(run_line, tmp_path):
    # (test drive 50: a roster given to check was told to use --text)
    roster = tmp_path / "team.txt"
    roster.write_text("athlete,group,notes\nAna,U15,knee sore\n", encoding="utf-8")
    result = run_line(["check", str(roster)])
    assert result.exit_code == 3 and f"this looks like a team roster: use stridewise screen {roster}" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_words_body_given_as_a_symptom_file_points_to_text(run_line, tmp_path):
    # (test drive 51: '{"text": ...}', as the HTTP API takes it, read "$.text: unknown field")
    body = tmp_path / "b.json"
    body.write_text('{"text": "my knee hurts on the stairs"}\n', encoding="utf-8")
    result = run_line(["check", str(body)])
    assert result.exit_code == 3 and "use stridewise check --text" in result.stderr
    assert result.stderr.count("\n") == 1


def test_parse_takes_the_words_as_check_does_too(run_line):
    # (test drive 51 typed 'parse --text ...', as check takes them: "No such option")
    result = run_line(["parse", "--text", "my knee hurts"])
    assert result.exit_code == 0 and "+ knee_pain" in result.stdout
    assert run_line(["parse"]).exit_code == 2


def test_words_given_to_check_as_a_file_point_to_text(run_line):
    # (test drive 54: check "my knee hurts on stairs" said only "no such file")
    result = run_line(["check", "my knee hurts on stairs"])
    assert result.exit_code == 3 and "use --text: stridewise check --text 'my knee hurts on stairs'" in result.stderr
    assert result.stderr.count("\n") == 1
    missing = run_line(["check", "nosuchfile.json"])
    assert missing.exit_code == 3 and "--text" not in missing.stderr
