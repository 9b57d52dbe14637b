"""Safe YAML loading that remembers line numbers, so every problem can say file:line.

Mappings and sequences come back as ``LineDict`` / ``LineList``: plain dict and list
subclasses that also carry the 1-based line of the node, of each key and of each item.
Only the safe constructors are used: a rule pack can never run code.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from advisor.errors import Problem

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineDict(dict):
    line: int = 0
    key_lines: dict

    def line_of(self, key) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    line: int = 0
    item_lines: list

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


class _LineNumberSafeLoader(_Base):  # type: ignore[misc, valid-type]
    """A subclass, so the shared SafeLoader is never modified."""


def _mapping(loader, node):
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            result.setdefault("__duplicate_keys__", []).append((key, key_node.start_mark.line + 1))
            continue
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _sequence(loader, node):
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_LineNumberSafeLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_LineNumberSafeLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)


MAX_YAML_BYTES = 16 * 1024 * 1024
"""Largest rules file read (the whole built-in pack is well under 1 MB)."""


def read_yaml_bytes(path: Path) -> bytes | str:
    """The file's bytes, read once and bounded (a rules file linked to /dev/zero or a FIFO must
    neither fill memory nor be read twice), or why it cannot be read."""
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_YAML_BYTES + 1)
    except OSError as err:
        return f"cannot read: {err}"
    if len(data) > MAX_YAML_BYTES:
        return f"larger than the limit of {MAX_YAML_BYTES:,} bytes"
    return data


def load_yaml(path: Path, shown_as: str, data: bytes | str | None = None) -> tuple[object, list[Problem]]:
    """Parse one file (``data``: what ``read_yaml_bytes`` gave, if already read).
    Returns (document, problems); a syntax error is a problem, not an exception."""
    if data is None:
        data = read_yaml_bytes(path)
    if isinstance(data, str):
        return None, [Problem(shown_as, 0, "", data)]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return None, [Problem(shown_as, 0, "", f"cannot read: {err}")]
    try:
        return yaml.load(text, Loader=_LineNumberSafeLoader), []
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else 0
        return None, [Problem(shown_as, line, "", f"YAML syntax error: {err.problem or err.context}")]
    except yaml.YAMLError as err:
        return None, [Problem(shown_as, 0, "", f"YAML error: {err}")]
