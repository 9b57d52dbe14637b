"""Rule pack loader: YAML files in a folder -> a validated, frozen ``KnowledgeBase``.

Four steps, each collecting every problem (file:line: path: what is wrong) before anything
is raised, so a physio fixing a pack sees all of it at once:

1. read each ``*.yaml`` / ``*.yml`` file safely and split it into sections (here);
2. parse each section's entries by its declared shape (``schema``, ``sections``);
3. check what refers to what, the rule graph and the engine's limits (``checks``);
4. order the rule graph once (``graph.order``) and freeze the ``KnowledgeBase``.
"""
from __future__ import annotations

import hashlib
import os
from collections import namedtuple
from pathlib import Path

from advisor.errors import KnowledgeBaseError, Problem
from advisor.knowledge import graph, limits
from advisor.knowledge.checks import Checker
from advisor.knowledge.model import KnowledgeBase, QuestionKind
from advisor.knowledge.problems import Collector, Item, suggest
from advisor.knowledge.schema import ALL_SECTIONS, SECTIONS, SETTINGS, Reader, Spot, read_fields
from advisor.knowledge.sections import parse_sections
from advisor.knowledge.yamlsource import LineDict, LineList, describe_os_error, parse_yaml, read_file

__all__ = ["load_knowledge_base", "default_rules_dir", "checkout_rules_dir", "pack_fingerprint", "suggest"]

DEFAULT_UNDER_A_RED_FLAG = "Not for self-care now: a red flag was found, so see a clinician first, as it says."
DEFAULT_NOTICE = ("Not a diagnosis: this is general guidance from a rule base, not a medical "
                  "assessment. If in doubt, see a clinician.")


def default_rules_dir() -> Path:
    """The rules shipped with the package; the source tree's ``rules/`` when run from a checkout."""
    package = Path(__file__).resolve().parents[1]
    installed = package / "_rules"
    if installed.is_dir():
        return installed
    return package.parent / "rules"


def checkout_rules_dir(start: Path | None = None) -> Path | None:
    """The ``rules/`` of the stridewise checkout ``start`` (default: the current folder) is in:
    the nearest folder, going up, with a ``pyproject.toml`` naming stridewise and a ``rules/``."""
    import tomllib  # only 'rules check' looks for a checkout
    here = Path.cwd() if start is None else start
    for folder in (here, *here.parents):
        project = folder / "pyproject.toml"
        try:
            if not ((folder / "rules").is_dir() and project.is_file()):
                continue
            name = tomllib.loads(project.read_text(encoding="utf-8")).get("project", {}).get("name")
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        if name == "stridewise":
            return folder / "rules"
    return None


class PackToCheck(namedtuple("PackToCheck", "rules_dir described stale_builtin", defaults=(None,))):
    """Which rule pack ``rules check`` checks, and what to tell the user about it: ``rules_dir``
    to pass to ``load_knowledge_base`` (None: the built-in rules), ``described``, the folder in
    plain words (``rules/ (this checkout)``), and ``stale_builtin``, the installed package's own
    copy when it differs from the checkout's rules."""

    __slots__ = ()


def pack_to_check(rules_dir: str | None, cwd: Path | None = None) -> PackToCheck:
    """``--rules DIR`` if given; else the checkout's ``rules/`` when run inside a stridewise
    checkout (a physio edits those, not the copy a non-editable install put in site-packages);
    else the built-in rules."""
    if rules_dir is not None:
        return PackToCheck(rules_dir, rules_dir)
    builtin = default_rules_dir()
    checkout = checkout_rules_dir(cwd)
    if checkout is None:
        return PackToCheck(None, f"the built-in rules at {builtin}")
    shown = shown_path(checkout)
    stale = None
    if builtin.resolve() != checkout.resolve() and pack_fingerprint(builtin) != pack_fingerprint(checkout):
        stale = builtin
    return PackToCheck(shown, f"{shown.rstrip('/')}/ (this checkout)", stale)


def _pack_files(folder: Path) -> list[Path]:
    # Every name ending .yaml/.yml is a rule file, whatever it is: a folder, a FIFO or a
    # dangling link named so is reported, never skipped (a pack missing its red flags is unsafe).
    return sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))


def pack_fingerprint(folder: Path) -> str | None:
    """Hash of a pack's file names and bytes, or None when a file cannot be read."""
    digest = hashlib.sha256()
    try:
        for path in _pack_files(folder):
            digest.update(path.name.encode() + b"\0" + read_file(path))
    except OSError:
        return None
    return digest.hexdigest()[:16]


_Files = namedtuple("_Files", "items settings fingerprint")
"""Entries of every section over all files, with the settings and the pack's hash."""


def _read_files(folder: Path, shown_dir: str | None, col: Collector) -> _Files:
    files = _pack_files(folder)
    if not files:
        raise KnowledgeBaseError([Problem(shown_dir or str(folder), 0, "", "no .yaml files in the rules folder")])
    digest = hashlib.sha256()
    items: dict[str, list[Item]] = {name: [] for name in SECTIONS}
    settings: dict = {}
    reader = Reader(col)
    for path in files:
        shown = f"rules/{path.name}" if shown_dir is None else str(Path(shown_dir) / path.name)
        try:
            data = read_file(path)
        except OSError as err:
            col.add(shown, 0, "", describe_os_error(err))
            continue
        digest.update(path.name.encode() + b"\0" + data)
        doc, problems = parse_yaml(data, shown)
        col.problems.extend(problems)
        if doc is None:
            continue
        if not isinstance(doc, LineDict):
            col.add(shown, getattr(doc, "line", 1), "",
                    f"a rules file must be a mapping of sections ({', '.join(ALL_SECTIONS)})")
            continue
        for key, line in doc.duplicates:
            col.add(shown, line, str(key), "section appears twice in this file")
        for section, value in doc.items():
            line = doc.line_of(section)
            if section == "settings":
                if isinstance(value, dict):
                    values = read_fields(reader, value, Spot(shown, line, "settings"), SETTINGS)
                    settings.update({k: v for k, v in values.items() if k in value})
                else:
                    col.add(shown, line, "settings", "must be a mapping")
            elif section not in SECTIONS:
                col.add(shown, line, str(section), "unknown section" + suggest(section, ALL_SECTIONS))
            elif not isinstance(value, list):
                col.add(shown, line, section, "must be a list of entries")
            else:
                for index, entry in enumerate(value):
                    if isinstance(entry, LineDict):
                        items[section].append(Item(section, index, entry, shown))
                    else:
                        where = value.line_of(index) if isinstance(value, LineList) else line
                        col.add(shown, where, f"{section}[{index}]", "each entry must be a mapping with an 'id'")
    return _Files(items, settings, digest.hexdigest()[:16])


def load_knowledge_base(rules_dir: str | Path | None = None) -> KnowledgeBase:
    """Load and validate a rule pack. Raises ``KnowledgeBaseError`` with every problem."""
    given = None if rules_dir is None else str(rules_dir)
    folder = default_rules_dir() if rules_dir is None else Path(rules_dir)
    try:
        is_dir = folder.is_dir()
    except OSError:
        is_dir = False
    if not is_dir:
        raise KnowledgeBaseError([Problem(str(given or folder), 0, "", "no such rules folder")])
    col = Collector()
    files = _read_files(folder, given, col)
    parsed = parse_sections(files.items, col)
    Checker(parsed, col).run()
    if col.problems:
        raise KnowledgeBaseError(col.problems)
    observations = parsed.objects("observations")
    questions = sorted(parsed.objects("questions").values(), key=lambda q: q.kind is not QuestionKind.SCREEN)
    return KnowledgeBase(
        sources=parsed.objects("sources"), observations=observations, findings=parsed.objects("findings"),
        causes=parsed.objects("causes"), rules=tuple(parsed.rules), red_flags=parsed.objects("red_flags"),
        exercises=parsed.objects("exercises"), self_tests=parsed.objects("self_tests"),
        muscles=parsed.objects("muscles"), corrections=tuple(parsed.objects("corrections").values()),
        notice=files.settings.get("notice") or DEFAULT_NOTICE, fingerprint=files.fingerprint,
        rules_by_id={r.id: r for r in parsed.rules}, questions=tuple(questions),
        order=graph.order(parsed.rules, observations), fact_keys=limits.measure(parsed.rules).fact_keys,
        under_a_red_flag=files.settings.get("under_a_red_flag") or DEFAULT_UNDER_A_RED_FLAG)


def shown_path(folder: Path) -> str:
    """``folder`` as the user would type it: relative to the current folder when inside it."""
    try:
        rel = os.path.relpath(folder)
    except ValueError:
        return str(folder)
    return rel if not rel.startswith("..") else str(folder)
