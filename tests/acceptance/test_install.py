"""The installed console script finds its rules from any folder (non-editable install)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def installed_stridewise() -> str:
    exe = Path(sys.executable).with_name("stridewise")
    if exe.exists():
        return str(exe)
    found = shutil.which("stridewise")
    assert found, "stridewise is not installed in this environment: run the README's test command"
    return found


def test_installed_script_runs_from_another_folder(tmp_path):
    example = tmp_path / "case.json"
    shutil.copy(ROOT / "examples" / "knee_caves_in.json", example)
    done = subprocess.run([installed_stridewise(), "check", str(example), "--format", "json"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["causes"][0]["id"] == "weak_glutes"


def test_installed_package_ships_its_rules(tmp_path):
    code = "import advisor.knowledge.loader as l; print(l.default_rules_dir())"
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    rules_dir = Path(done.stdout.strip())
    if rules_dir.parent.parent == ROOT:
        pytest.fail(f"the installed package is the source tree ({rules_dir}); install non-editable with the README command")
    assert rules_dir.name == "_rules" and (rules_dir / "observations.yaml").exists()
    check = subprocess.run([installed_stridewise(), "rules", "check"], cwd=tmp_path, capture_output=True, text=True)
    assert check.returncode == 0 and check.stdout.startswith("ok:"), check.stderr


def test_bad_input_from_the_installed_script_is_one_line(tmp_path):
    done = subprocess.run([installed_stridewise(), "check", "missing.json"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert done.returncode == 3
    assert done.stderr.strip() == "stridewise: error: missing.json: no such file"
