"""Hostile input against the real command: nothing lost, nothing silent, no hang, never an
internal error for bad input. Every error is one line on stderr with its documented exit code.

Descriptor-level cases (closed stdin/stdout, /dev/full, pipes, FIFOs, /dev/zero) run the CLI
in a subprocess with a timeout, so a hang fails the test instead of stalling the suite.
"""
from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.frontends.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = str(ROOT / "examples" / "knee_caves_in.json")
ROSTER = str(ROOT / "examples" / "roster.csv")
NIGHT_PAIN = '{"symptoms": ["pain_at_night", "knee_pain"]}'


def cli(*args, stdin=None, preexec=None, pass_fds=(), stdout=subprocess.PIPE, timeout=60):
    """Run ``python cli.py ARGS`` as a user would; a hang fails after ``timeout`` seconds."""
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *map(str, args)], cwd=ROOT,
                          input=stdin, stdout=stdout, stderr=subprocess.PIPE, preexec_fn=preexec,
                          pass_fds=pass_fds, timeout=timeout)


def device(folder: Path, name: str, minor: int) -> Path:
    """A private character device (memory major 1: 3 null, 5 zero, 7 full) in a temporary folder.

    Never point -o or --save at the system's /dev/null or /dev/full in a test: a regression
    would replace the machine's device node with a plain file. Needs root (mknod), as the
    issue's own repro does."""
    path = folder / name
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    return path


def one_error_line(stderr: str | bytes, code_text: str = "stridewise: error: ") -> str:
    text = stderr.decode("utf-8") if isinstance(stderr, bytes) else stderr
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert lines[0].startswith(code_text), text
    assert "internal error" not in text and "Traceback" not in text and "\x1b" not in text
    return lines[0]


def one_json_error(stderr: str, exit_code: int = 3) -> dict:
    """With --format json the error is one JSON object, published as the error schema."""
    line = stderr.strip().splitlines()[-1]
    assert "Traceback" not in stderr and "\x1b" not in stderr
    doc = json.loads(line)
    jsonschema.validate(doc, json.loads((ROOT / "advisor" / "schemas" / "error.schema.json").read_text()))
    assert doc["error"]["exit_code"] == exit_code and doc["error"]["kind"] == "input", line
    return doc["error"]


def bad_input(run_line, args, input=None) -> str:
    result = run_line(args, input=input)
    assert result.exit_code == 3, (result.exit_code, result.stderr)
    assert result.stdout == ""
    return one_error_line(result.stderr)


def screen_json(run_line, args, input=None):
    result = run_line(["screen", *args, "--format", "json"], input=input)
    return result, json.loads(result.stdout) if result.stdout else None


# -- 1. a roster read from a pipe loses nobody --------------------------------------------------
def test_roster_from_a_pipe_loses_no_athlete():
    rows = "athlete,group,observations\n" + "".join(f"A{i:07d},g,knee_pain\n" for i in range(5000))
    read, write = os.pipe()

    def feed():
        with os.fdopen(write, "wb") as fh:
            fh.write(rows.encode())

    threading.Thread(target=feed, daemon=True).start()
    try:
        result = cli("screen", f"/dev/fd/{read}", "--input-format", "csv", "--format", "csv", pass_fds=(read,))
    finally:
        os.close(read)
    assert result.returncode == 0, result.stderr
    # Every athlete once; the CSV's first row is the "not a diagnosis" notice (status notice).
    screened = [r for r in csv.DictReader(io.StringIO(result.stdout.decode())) if r["status"] != "notice"]
    assert len(screened) == 5000 and {r["athlete"] for r in screened} == {f"A{i:07d}" for i in range(5000)}


# -- 2. duplicate keys are bad input, at any depth, everywhere JSON is read -----------------------
@pytest.mark.parametrize("doc, path, key", [
    ('{"symptoms": ["pain_at_night", "knee_pain"], "symptoms": ["knee_pain"]}', "$.symptoms", "symptoms"),
    ('{"symptoms": [{"id": "pain_at_night", "present": true, "present": false}]}', "$.symptoms[0].present", "present"),
    ('{"athlete": "a", "athlete": "b", "symptoms": []}', "$.athlete", "athlete"),
])
def test_duplicate_key_in_check_is_bad_input(run_line, doc, path, key):
    line = bad_input(run_line, ["check", "-"], input=doc)
    assert f"<stdin>: {path}: duplicate key '{key}'" in line


def test_duplicate_key_in_a_jsonl_row_is_one_bad_row(run_line):
    rows = ('{"athlete": "Ana", "symptoms": ["knee_pain"]}\n'
            '{"athlete": "Bo", "symptoms": ["pain_at_night"], "symptoms": ["knee_pain"]}\n'
            '{"athlete": "Cy", "symptoms": ["shin_pain"]}\n')
    result, report = screen_json(run_line, ["-", "--input-format", "jsonl"], input=rows)
    assert result.exit_code == 5
    assert [a["athlete"] for a in report["athletes"]] == ["Ana", "Cy"]
    assert report["problems"][0]["line"] == 2
    assert "$.symptoms: duplicate key 'symptoms'" in report["problems"][0]["reason"]
    assert "line 2" in result.stderr


def test_duplicate_key_in_resume_is_bad_input(run_line, tmp_path):
    saved = tmp_path / "answers.json"
    saved.write_text('{"symptoms": ["knee_pain"], "asked": [], "asked": []}')
    line = bad_input(run_line, ["ask", "--resume", str(saved)], input="none\n")
    assert "$.asked: duplicate key 'asked'" in line


# -- 5. -o writes through devices, links and modes, and never over the roster --------------------
def test_output_to_a_fifo_writes_into_it_and_keeps_it_a_fifo(tmp_path):
    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader, so the writer's open does not block
    try:
        result = cli("screen", ROSTER, "-o", fifo)  # the report (about 33 KB) fits in the pipe's buffer
        got = os.read(reader, 1 << 20)
    finally:
        os.close(reader)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert got.decode().startswith("# Team screening, week ")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".report")]


def test_output_to_dev_stdout_writes_to_stdout():
    result = cli("screen", ROSTER, "-o", "/dev/stdout", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert result.stdout == cli("screen", ROSTER, "--format", "json").stdout
    assert len(json.loads(result.stdout)["athletes"]) == 30


def test_output_to_a_device_writes_to_it_and_keeps_the_device(tmp_path):
    null = device(tmp_path, "null", 3)
    result = cli("screen", ROSTER, "-o", null)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.lstat(null).st_mode) and os.lstat(null).st_rdev == os.makedev(1, 3)
    full = device(tmp_path, "full", 7)
    result = cli("screen", ROSTER, "-o", full)
    assert result.returncode == 6
    assert f"could not write the output to {full}: No space left on device" in one_error_line(result.stderr)
    assert stat.S_ISCHR(os.lstat(full).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full", "null"]  # no temporary file left


def test_output_never_overwrites_the_roster(run_line, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text(Path(ROSTER).read_text())
    before = roster.read_bytes()
    link = tmp_path / "link.csv"
    link.symlink_to(roster)
    hard = tmp_path / "hard.csv"
    os.link(roster, hard)
    for target in (roster, link, hard):
        line = bad_input(run_line, ["screen", str(roster), "-o", str(target)])
        assert "is the input being read" in line
    assert roster.read_bytes() == before
    with roster.open("rb") as fh:  # 'screen - -o roster.csv < roster.csv'
        proc = subprocess.run([sys.executable, str(ROOT / "cli.py"), "screen", "-", "--input-format", "csv",
                               "-o", str(roster)], cwd=ROOT, stdin=fh, capture_output=True, timeout=120)
    assert proc.returncode == 3 and "is the input being read (<stdin>)" in one_error_line(proc.stderr)
    assert roster.read_bytes() == before


def test_output_keeps_the_mode_of_an_existing_file(run_line, tmp_path):
    out = tmp_path / "private.md"
    out.write_text("old")
    out.chmod(0o640)  # the owner chose to share it with the group: kept
    assert run_line(["screen", ROSTER, "-o", str(out)]).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640 and out.read_text().startswith("# Team")


def test_a_new_output_file_is_its_owners_only_whatever_the_umask(run_line, tmp_path):
    old = os.umask(0)  # the most permissive umask: the mode must not come from it
    try:
        for fmt in ("markdown", "html", "csv", "json"):
            out = tmp_path / f"team.{fmt}"
            assert run_line(["screen", ROSTER, "--format", fmt, "-o", str(out)]).exit_code == 0
            assert stat.S_IMODE(out.stat().st_mode) == 0o600, fmt
    finally:
        os.umask(old)


def test_output_through_a_symlink_replaces_its_target_and_keeps_the_link(run_line, tmp_path):
    real = tmp_path / "reports" / "team.md"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "latest.md"
    link.symlink_to(real)
    assert run_line(["screen", ROSTER, "-o", str(link)]).exit_code == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text().startswith("# Team")
    dangling = tmp_path / "new.md"
    dangling.symlink_to(tmp_path / "reports" / "new-target.md")
    assert run_line(["screen", ROSTER, "-o", str(dangling)]).exit_code == 0
    assert dangling.is_symlink() and (tmp_path / "reports" / "new-target.md").read_text().startswith("# Team")


def test_ask_save_to_a_device_writes_directly(run_line, tmp_path):
    null = device(tmp_path, "null", 3)
    result = run_line(["ask", "--save", str(null)], input="none\n1\nnone\n1\nnone\n" + "?\n" * 12)
    assert result.exit_code == 0 and stat.S_ISCHR(os.lstat(null).st_mode)


# -- 6. an answer that cannot be written is an error with its own code ---------------------------
def test_closed_stdout_is_exit_6():
    result = cli("check", EXAMPLE, preexec=lambda: os.close(1), stdout=None)
    assert result.returncode == 6
    assert "could not write the output to <stdout>: standard output is closed" in one_error_line(result.stderr)


@pytest.mark.parametrize("args", [["check", EXAMPLE], ["screen", ROSTER], ["symptoms"], ["schema", "team"]])
def test_full_disk_on_stdout_is_exit_6(args, tmp_path):
    with open(device(tmp_path, "full", 7), "wb") as full:
        result = cli(*args, stdout=full)
    assert result.returncode == 6, result.stderr
    assert "No space left on device" in one_error_line(result.stderr)


def test_a_reader_that_stops_early_is_not_an_error():
    proc = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "symptoms"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()  # like '| head -1'
    assert proc.wait(timeout=120) == 0
    assert proc.stderr.read() == b""


# -- 7. bad input, not an internal error ---------------------------------------------------------
@pytest.mark.parametrize("doc, where", [
    ('{"symptoms": [], "notes": ' + "1" * 5000 + "}", "$.notes: a number with 5,000 digits"),
    ('{"symptoms": [{"id": "knee_pain", "present": -' + "9" * 4400 + "}]}", "$.symptoms[0].present: a number"),
    ('{"athlete": "\\ud800", "symptoms": []}', "$.athlete: a lone surrogate"),
    ('{"group": "x\\udfffy", "symptoms": []}', "$.group: a lone surrogate"),
    ('{"symptoms": [], "notes": NaN}', "$.notes: NaN is not valid JSON"),
    ('{"symptoms": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
])
def test_hostile_json_values_are_bad_input(run_line, doc, where):
    assert where in bad_input(run_line, ["check", "-"], input=doc)


def test_one_hostile_jsonl_row_costs_only_that_row(run_line):
    rows = ['{"athlete": "Ana", "symptoms": ["knee_pain"]}',
            "[" * 100_000 + "]" * 100_000,
            '{"athlete": "Bo", "symptoms": [], "notes": ' + "7" * 5000 + "}",
            '{"athlete": "\\ud800", "symptoms": []}',
            '{"athlete": "Cy", "group": "\\udc80", "symptoms": []}',
            '{"athlete": "Dee", "symptoms": ["shin_pain"]}']
    result, report = screen_json(run_line, ["-", "--input-format", "jsonl"], input="\n".join(rows) + "\n")
    assert result.exit_code == 5
    assert [a["athlete"] for a in report["athletes"]] == ["Ana", "Dee"]
    assert [p["line"] for p in report["problems"]] == [2, 3, 4, 5]
    assert "nested too deeply" in report["problems"][0]["reason"]
    assert "digits" in report["problems"][1]["reason"]
    assert "surrogate" in report["problems"][2]["reason"] and "surrogate" in report["problems"][3]["reason"]


@pytest.mark.parametrize("args", [["check", "-"], ["screen", "-", "--input-format", "csv"], ["ask"]])
def test_closed_stdin_is_bad_input(args):
    result = cli(*args, preexec=lambda: os.close(0))
    assert result.returncode == 3, result.stderr
    assert "standard input is closed" in one_error_line(result.stderr)


@pytest.mark.parametrize("reply", ["\u00b2", "\u0663", "1" * 900, "99999999999999999999"])
def test_ask_odd_digits_are_not_answers(run_line, reply):
    result = run_line(["ask"], input=f"none\n{reply}\n")
    assert result.exit_code == 3  # input ends before the questionnaire does: that, not a crash
    assert "is not an answer here" in result.stderr
    assert one_error_line(result.stderr.strip().splitlines()[-1]).startswith("stridewise: error: <stdin>: input ended before the questionnaire finished")


def test_an_endless_answer_line_is_bad_input(run_line):
    result = run_line(["ask"], input="none\n" + "1" * 5000 + "\n")
    assert result.exit_code == 3
    assert one_error_line(result.stderr.strip().splitlines()[-1]).endswith("line 2: answer longer than 1,000 bytes")


# -- 8. every read is bounded, whatever the file is ----------------------------------------------
@pytest.mark.parametrize("args, message", [
    (["check", "ZERO"], "larger than the limit of 1,048,576 bytes"),
    (["ask", "--resume", "ZERO"], "larger than the limit of 1,048,576 bytes"),
    (["rules", "coverage", "--article", "ZERO"], "larger than the limit"),
    (["screen", "ZERO", "--input-format", "csv"], "line 1: line is longer than 1,048,576 bytes"),
    (["screen", "ZERO", "--input-format", "jsonl"], "stream is larger than the limit"),
])
def test_endless_devices_are_refused(args, message, tmp_path):
    zero = device(tmp_path, "zero", 5)  # like /dev/zero, which 'ask --resume' would also save to
    result = cli(*[zero if a == "ZERO" else a for a in args])
    assert stat.S_ISCHR(os.lstat(zero).st_mode)
    assert result.returncode == 3, result.stderr[-500:]
    assert message in result.stderr.decode().strip().splitlines()[-1]


def fed_forever(args, block: bytes, timeout=120) -> tuple[int, str]:
    """Run the CLI with ``block`` written to its stdin until it stops reading (like ``yes |``).
    Returns (exit code, stderr); a process still running after ``timeout`` is killed and fails."""
    proc = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), *args], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = bytearray()

    def pump():
        try:
            while True:
                proc.stdin.write(block * 8192)
        except (BrokenPipeError, ValueError, OSError):
            pass

    def collect():
        for chunk in iter(lambda: proc.stderr.read(65536), b""):
            err.extend(chunk[-100_000:])
            del err[:-100_000]

    threads = [threading.Thread(target=target, daemon=True) for target in (pump, collect)]
    for thread in threads:
        thread.start()
    try:
        code = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        pytest.fail(f"{args} still running after {timeout} s on endless input")
    # the process has exited, but its last stderr line may still be in the pipe: read it all
    # (without this join the test failed on a loaded machine with an empty stderr)
    threads[1].join(timeout=30)
    return code, err.decode("utf-8", "replace")


@pytest.mark.parametrize("args, block", [(["check", "-"], b"y\n"), (["ask"], b"y\n"), (["ask"], b"back\n"),
                                         (["screen", "-", "--input-format", "jsonl"], b"{}\n"),
                                         (["screen", "-", "--input-format", "csv"], b"athlete,observations\n")])
def test_endless_pipes_are_refused(args, block):
    code, err = fed_forever(args, block)
    assert code == 3, err[-500:]
    assert err.strip().splitlines()[-1].startswith("stridewise: error: <stdin>"), err[-500:]


# -- 11. a line break inside a quoted CSV field --------------------------------------------------
def test_a_quoted_line_break_makes_no_phantom_athlete(run_line, tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text('athlete,group,observations\nAna,g,knee_pain\n"Ann\nSmith",g,knee_pain\nBo,g,shin_pain\n')
    result, report = screen_json(run_line, [str(path)])
    assert result.exit_code == 5
    assert [a["athlete"] for a in report["athletes"]] == ["Ana", "Bo"]
    problems = {p["line"]: p["reason"] for p in report["problems"]}
    assert set(problems) == {3, 4}
    assert "not closed on its line" in problems[3]
    assert "outside a quoted field" in problems[4] and "line 3" in problems[4]
    assert "line 3" in result.stderr and "line 4" in result.stderr


def test_a_stray_quote_in_an_unquoted_field_is_a_bad_row(run_line, tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text('athlete,observations\nO"Brien,knee_pain\n"O""Neil",knee_pain\n')
    result, report = screen_json(run_line, [str(path)])
    assert [a["athlete"] for a in report["athletes"]] == ['O"Neil']
    assert report["problems"][0]["line"] == 2


# -- 12. control characters never reach the terminal raw -----------------------------------------
def test_control_characters_in_names_are_escaped_in_text_output(run_line):
    doc = json.dumps({"athlete": "\u001b]0;owned\u0007", "group": "a\nb", "symptoms": ["knee_pain"]})
    result = run_line(["check", "-"], input=doc)
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "Athlete: \\x1b]0;owned\\x07 (a\\nb)" in result.stdout


def test_control_characters_in_errors_are_escaped(run_line, tmp_path):
    doc = json.dumps({"symptoms": ["knee\npain\u001b[2J"]})
    line = bad_input(run_line, ["check", "-"], input=doc)
    assert "knee\\npain\\x1b[2J" in line
    rows = tmp_path / "r.jsonl"
    rows.write_text(json.dumps({"athlete": "Eve\nstridewise: error: forged", "symptoms": ["nope"]}) + "\n")
    result = run_line(["screen", str(rows)])
    assert result.exit_code == 5
    assert "\nstridewise: error: forged" not in result.stderr
    assert all(line.startswith("stridewise: ") for line in result.stderr.strip().splitlines())


def test_control_characters_in_a_file_name_are_escaped(run_line, tmp_path):
    line = bad_input(run_line, ["check", str(tmp_path / "no\nsuch\x1b.json")])
    assert "no\\nsuch\\x1b.json: no such file" in line


# -- 13. empty rosters, pseudonyms, ids --------------------------------------------------------------
@pytest.mark.parametrize("name, content", [("empty.jsonl", ""), ("blank.jsonl", "\n\n  \n"), ("empty.csv", ""),
                                           ("header.csv", "athlete,observations\n\n")])
def test_an_empty_roster_is_bad_input_in_both_formats(run_line, tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content)
    assert "has no athlete rows (the roster is empty)" in bad_input(run_line, ["screen", str(path)])


def test_pseudonyms_have_80_bits(run_line):
    result, report = screen_json(run_line, [ROSTER, "--anonymize"])
    names = [a["athlete"] for a in report["athletes"]]
    assert all(n.startswith("athlete-") and len(n) == len("athlete-") + 20 for n in names)
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("item", ['" knee_pain"', '"knee_pain "', '"knee_pain\\n"', '{"id": "\\tknee_pain"}', '"Knee_pain"'])
def test_ids_follow_the_schema_pattern(run_line, item):
    line = bad_input(run_line, ["check", "-"], input='{"symptoms": [%s]}' % item)
    assert "is not an observation id" in line and "did you mean 'knee_pain'" in line


# -- found while looking further ----------------------------------------------------------------
def test_ask_save_to_a_folder_or_nowhere_fails_before_the_first_question(run_line, tmp_path):
    result = run_line(["ask", "--save", str(tmp_path)], input="none\n")
    assert result.exit_code == 3 and "[question" not in result.stderr
    assert one_error_line(result.stderr).endswith("is a folder; give a file name")
    result = run_line(["ask", "--save", str(tmp_path / "no" / "a.json")], input="none\n")
    assert result.exit_code == 6 and "[question" not in result.stderr
    assert "No such file or directory" in one_error_line(result.stderr)


def test_an_empty_output_name_is_refused_not_taken_as_stdout(run_line):
    assert "empty output file name" in bad_input(run_line, ["screen", ROSTER, "-o", ""])


def test_a_full_stderr_keeps_the_exit_code(tmp_path):
    with open(device(tmp_path, "full", 7), "wb") as full:
        result = subprocess.run([sys.executable, str(ROOT / "cli.py"), "check", str(tmp_path / "nope.json")],
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=full, timeout=60)
    assert result.returncode == 3


def test_a_column_given_twice_is_refused(run_line, tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text("athlete,pain_at_night,knee_pain,pain_at_night\nAna,yes,yes,\n")
    assert "line 1: column 'pain_at_night' appears more than once" in bad_input(run_line, ["screen", str(path)])


def test_crlf_bom_and_lone_cr_rosters_read_the_same(run_line, tmp_path):
    body = ["athlete,observations", "Ana,knee_pain", "Bo,pain_at_night"]
    reports = []
    for name, data in [("lf.csv", "\n".join(body) + "\n"), ("crlf.csv", "\r\n".join(body) + "\r\n"),
                       ("bom.csv", "\ufeff" + "\n".join(body)), ("cr.csv", "\r".join(body) + "\r")]:
        path = tmp_path / name
        path.write_bytes(data.encode("utf-8"))
        result, report = screen_json(run_line, [str(path)])
        assert result.exit_code == 0, name
        reports.append(report["athletes"])
    assert all(r == reports[0] for r in reports) and [a["athlete"] for a in reports[0]] == ["Ana", "Bo"]


def test_a_read_only_output_file_is_not_replaced(run_line, tmp_path, monkeypatch):
    out = tmp_path / "kept.md"
    out.write_text("old")
    out.chmod(0o444)
    if os.geteuid() == 0:  # root may write anything; show the check what anyone else would see
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda path, mode: False if mode == os.W_OK and str(path) == str(out)
                            else real_access(path, mode))
    result = run_line(["screen", ROSTER, "-o", str(out)])
    assert result.exit_code == 6
    assert "Permission denied (the file is read-only)" in one_error_line(result.stderr)
    assert out.read_text() == "old" and stat.S_IMODE(out.stat().st_mode) == 0o444


def test_a_huge_search_is_a_usage_error(run_line):
    result = run_line(["symptoms", "--search", "knee " * 2000])
    assert result.exit_code == 2 and "a search is a few words" in result.stderr
    assert run_line(["symptoms", "--search", "knee " * 100]).exit_code == 0


# -- fuzz: any bytes at all are an answer, bad input or bad rows, never a crash -------------------
_PIECES = st.sampled_from([b"{", b"}", b"[", b"]", b'"', b",", b":", b"\n", b"\r", b"\x00", b"\xff", b"\xef\xbb\xbf",
                           b'"symptoms"', b'"athlete"', b'"knee_pain"', b'"pain_at_night"', b"1e999", b"-0",
                           b"9" * 5000, b'"\\ud800"', b"athlete,observations\n", b"no:", b";", b"true", b"null"])
_HOSTILE = st.lists(_PIECES | st.binary(max_size=8), max_size=40).map(b"".join)


@settings(max_examples=150)
@given(data=_HOSTILE)
def test_any_bytes_into_check_never_crash(data):
    result = CliRunner().invoke(main, ["check", "-", "--format", "json"], input=data, catch_exceptions=False)
    assert result.exit_code in (0, 3), result.stderr
    if result.exit_code == 3:
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert one_json_error(result.stderr)["source"] == "<stdin>"


@settings(max_examples=150)
@given(data=_HOSTILE, fmt=st.sampled_from(["csv", "jsonl"]))
def test_any_bytes_into_screen_never_crash(data, fmt):
    result = CliRunner().invoke(main, ["screen", "-", "--input-format", fmt, "--format", "json"], input=data,
                                catch_exceptions=False)
    assert result.exit_code in (0, 3, 5), result.stderr
    assert "internal error" not in result.stderr and "\x1b" not in result.stderr
    if result.exit_code in (0, 5):
        report = json.loads(result.stdout)
        assert result.exit_code == (5 if report["problems"] else 0)


_REPLIES = st.sampled_from([b"none\n", b"1\n", b"1 2\n", b"yes\n", b"no\n", b"?\n", b"why\n", b"back\n", b"\n",
                            b"\xc2\xb2\n", b"\xff\n", b"\x00\n", b"99999\n", b"1,,3\n", b"\r\n", b"y"])


@settings(max_examples=100)
@given(data=st.lists(_REPLIES, max_size=40).map(b"".join))
def test_any_replies_into_ask_never_crash(data):
    result = CliRunner().invoke(main, ["ask", "--format", "json"], input=data, catch_exceptions=False)
    assert result.exit_code in (0, 3), result.stderr[-300:]
    assert "internal error" not in result.stderr
    if result.exit_code == 0:
        assert json.loads(result.stdout)["schema_version"]
    else:
        assert result.stdout == "" and one_json_error(result.stderr)["source"] == "<stdin>"


def test_a_rules_file_that_never_ends_is_a_rule_pack_problem(tmp_path):
    pack = tmp_path / "rules"
    pack.mkdir()
    for path in (ROOT / "rules").glob("*.yaml"):
        (pack / path.name).write_bytes(path.read_bytes())
    (pack / "zzz.yaml").symlink_to(device(tmp_path, "zero", 5))
    result = cli("check", EXAMPLE, "--rules", pack)
    assert result.returncode == 4, result.stderr[-300:]
    assert "zzz.yaml: is a pipe or a device, not a file" in one_error_line(result.stderr)


@pytest.mark.parametrize("args", [["check", "a", "b\x1b]0;owned\x07"], ["screen", "x", "--format", "nope"],
                                  ["ask", "--max-questions", "0"], ["no-such-command"], ["check"], ["--bogus"]])
def test_usage_errors_are_one_escaped_line_exit_2(run_line, args):
    result = run_line(args)
    assert result.exit_code == 2
    assert one_error_line(result.stderr, "stridewise: usage error: ").endswith("--help')")


def test_a_bare_command_still_shows_the_help(run_line):
    result = run_line([])
    assert "Usage:" in result.output and "Exit codes:" in result.output
    assert "stridewise: usage error" not in result.output


@pytest.mark.parametrize("option", ["--save", "--resume"])
def test_ask_refuses_dash_for_its_answers_file(run_line, tmp_path, monkeypatch, option):
    monkeypatch.chdir(tmp_path)
    result = run_line(["ask", option, "-"], input='{"symptoms": []}\nnone\n')
    assert result.exit_code == 2 and "'-' is not allowed here" in one_error_line(result.stderr, "stridewise: usage error")
    assert result.stdout == "" and not (tmp_path / "-").exists()
