"""Hostile rule packs: each is a problem with file:line and exit 4, fast, never a hang or a traceback.

Every case runs the real command in a subprocess with a timeout, so a regression that hangs
(a FIFO, an alias bomb) fails the test instead of hanging the test run.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.errors import KnowledgeBaseError
from advisor.knowledge import loader, yamlsource

ROOT = Path(__file__).resolve().parents[2]
MINIMAL = ROOT / "tests" / "fixtures" / "minimal_pack"


def laughs(levels: int = 9) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "settings:\n" + "".join(f"  {line}\n" for line in lines) + "  notice: *a9\n"


def _write(text: str):
    return lambda path: path.write_text(text, encoding="utf-8")


def _symlink_loop(path: Path) -> None:
    path.symlink_to(path.name)


def _dangling(path: Path) -> None:
    path.symlink_to("no-such-file.yaml")


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _folder(path: Path) -> None:
    path.mkdir()
    (path / "inner.yaml").write_text("sources: []\n")


def _huge(path: Path) -> None:
    with path.open("w") as fh:
        fh.write("settings:\n  notice: |\n")
        line = "    " + "x" * 95 + "\n"
        for _ in range(yamlsource.MAX_FILE_BYTES // len(line) + 2):
            fh.write(line)


# (name, how to make the extra file `hostile.yaml`, expected line, words in the message)
CASES = [
    ("unhashable_key", _write("observations:\n  - id: x\n    ? [a, b]\n    : 1\n"), 3, "a key must be a plain name"),
    ("invalid_date", _write("settings:\n  notice: 2024-02-30\n"), 2, "cannot read"),
    ("bad_int_tag", _write("settings:\n  notice: !!int abc\n"), 2, "cannot read"),
    ("bad_bool_tag", _write("settings:\n\n  notice: !!bool maybe\n"), 3, "cannot read"),
    ("huge_integer", _write("settings:\n  notice: " + "9" * 5000 + "\n"), 2, "cannot read"),
    ("magic_key_name", _write("__duplicate_keys__: [[x, 1]]\n"), 1, "unknown section"),
    ("magic_field_name", _write("findings:\n  - id: f\n    text: F\n    __duplicate_keys__: 1\n"), 4, "unknown field"),
    ("symlink_loop", _symlink_loop, 0, "cannot read"),
    ("dangling_symlink", _dangling, 0, "no such file"),
    ("folder", _folder, 0, "is a folder, not a file"),
    ("fifo", _fifo, 0, "is a pipe or a device, not a file"),
    ("billion_laughs", _write(laughs()), 0, "aliases (*name) repeat more than"),
    ("recursive_alias", _write("settings:\n  notice: &a [*a]\n"), 0, "an alias refers to a list or mapping that contains it"),
    ("deep_nesting", _write("settings:\n  notice: " + "[" * 900 + "]" * 900 + "\n"), 2, "nested too deeply"),
    ("deeper_nesting", _write("settings:\n  notice: " + "[" * 5000 + "]" * 5000 + "\n"), 2, "YAML syntax error"),
    ("too_large", _huge, 0, "larger than 5 MiB"),
    ("not_utf8", lambda p: p.write_bytes(b"settings:\n  notice: caf\xe9\n"), 2, "not UTF-8 text"),
    ("not_a_mapping", _write("- just\n- a list\n"), 1, "a rules file must be a mapping"),
]


def stridewise(*args, cwd=ROOT, timeout=30) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *args], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT)})


def hostile_pack(tmp_path: Path, make) -> Path:
    pack = tmp_path / "pack"
    shutil.copytree(MINIMAL, pack)
    make(pack / "hostile.yaml")
    return pack


@pytest.mark.parametrize("name, make, line, words", CASES, ids=[c[0] for c in CASES])
def test_hostile_file_is_a_problem_with_a_line(tmp_path, name, make, line, words):
    pack = hostile_pack(tmp_path, make)
    done = stridewise("rules", "check", "--rules", str(pack))
    assert done.returncode == 4, done.stdout + done.stderr
    where = f"{pack}/hostile.yaml:{line}:" if line else f"{pack}/hostile.yaml"
    lines = [l for l in done.stderr.splitlines() if l.startswith(where) and words in l]
    assert lines, f"expected '{where} ... {words}' in:\n{done.stderr}"
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("name, make", [(c[0], c[1]) for c in CASES if c[0] in ("fifo", "billion_laughs")])
def test_check_refuses_a_hostile_pack_too(tmp_path, name, make):
    pack = hostile_pack(tmp_path, make)
    done = stridewise("check", str(ROOT / "examples" / "knee_caves_in.json"), "--rules", str(pack))
    assert done.returncode == 4 and "hostile.yaml" in done.stderr, done.stderr


def test_an_unreadable_file_is_never_skipped(tmp_path, monkeypatch):
    # root reads 0000 files, so make the read itself fail: the pack must not load without it.
    pack = hostile_pack(tmp_path, _write("findings: []\n"))
    real = yamlsource.read_file

    def refuse(path):
        if path.name == "hostile.yaml":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(loader, "read_file", refuse)
    with pytest.raises(KnowledgeBaseError) as err:
        loader.load_knowledge_base(pack)
    assert [str(p) for p in err.value.problems] == [f"{pack}/hostile.yaml: cannot read: permission denied"]


def test_the_shipped_pack_uses_aliases_within_the_budget():
    text = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "rules").glob("*.yaml"))
    assert "*" in text and "&" in text  # the budget is exercised, not bypassed
    loader.load_knowledge_base(ROOT / "rules")
