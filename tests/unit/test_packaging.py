"""The wheel ships every package of the source tree: pyproject lists packages by hand."""
from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_advisor_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    on_disk = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "advisor").rglob("__init__.py")}
    missing = sorted(on_disk - listed)
    assert not missing, f"packages not in pyproject.toml's [tool.setuptools] packages (an install would lack them): {missing}"
