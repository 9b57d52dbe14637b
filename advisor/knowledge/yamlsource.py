"""Safe YAML reading that remembers line numbers, so every problem can say file:line.

Mappings and sequences come back as ``LineDict`` / ``LineList``: plain dict and list
subclasses that also carry the 1-based line of the node, of each key and of each item.
Only the safe constructors are used: a rule pack can never run code.

A rule pack is input from whoever wrote it, so nothing in a file may hang, exhaust memory or
raise past this module: the file must be a regular file of at most ``MAX_FILE_BYTES`` (a FIFO
or a folder named ``*.yaml`` is refused before it is opened for reading, and it is opened
non-blocking); aliases may repeat at most ``MAX_ALIAS_NODES`` nodes in all (a "billion laughs"
file is refused before it is built); nesting too deep to build is a problem, not a crash; and a
value a tag cannot build (``!!int abc``, 2024-02-30, a 5,000-digit number) is a problem at its line.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from advisor.errors import Problem

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_FILE_BYTES = 5 * 1024 * 1024
"""Largest rule file read. The whole shipped pack is about 150 KB."""
MAX_ALIAS_NODES = 10_000
"""Nodes that aliases (``*name``) may repeat in one file, beyond what is written out. The
shipped pack repeats a few citations (tens of nodes); a billion-laughs file repeats 10^9."""


class LineDict(dict):
    line: int = 0
    key_lines: dict
    duplicates: list
    """(key, line) of every key written twice in this mapping; the first value is kept."""

    def line_of(self, key) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    line: int = 0
    item_lines: list

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


class _LineNumberSafeLoader(_Base):  # type: ignore[misc, valid-type]
    """A subclass, so the shared SafeLoader is never modified."""

    _tags: dict[str, str] = {}

    def resolve(self, kind, value, implicit):
        # A plain scalar's tag depends on its text alone (no path resolvers here), and a pack
        # repeats the same short words thousands of times: remember them, not the regex runs.
        if kind is ScalarNode and implicit[0] and len(value) <= 64:
            tag = self._tags.get(value)
            if tag is None:
                tag = super().resolve(kind, value, implicit)
                if len(self._tags) < 50_000:
                    self._tags[value] = tag
            return tag
        return super().resolve(kind, value, implicit)


def _guarded(construct):
    # The safe constructors of these tags raise ValueError, KeyError or OverflowError on values
    # they cannot build (int('abc'), date(2024, 2, 30), a number past Python's digit limit).
    # Wrapping only them, not every node, keeps loading as fast as before.
    def build(loader, node):
        try:
            return construct(loader, node)
        except (ValueError, KeyError, OverflowError, TypeError) as err:
            raise ConstructorError(None, None, _cannot_build(node, err), node.start_mark) from err
    return build


for _tag in ("bool", "int", "float", "binary", "timestamp"):
    _full = f"tag:yaml.org,2002:{_tag}"
    _LineNumberSafeLoader.add_constructor(_full, _guarded(yaml.constructor.SafeConstructor.yaml_constructors[_full]))


def _cannot_build(node, err: Exception) -> str:
    text = node.value if isinstance(node.value, str) else ""
    shown = repr(text[:40] + ("..." if len(text) > 40 else ""))
    tag = str(node.tag).rsplit(":", 1)[-1]
    reason = "" if isinstance(err, KeyError) else str(err).split(";")[0].split(":")[0]
    return f"cannot read {shown} as {tag}" + (f" ({reason})" if reason else "")


_STR = "tag:yaml.org,2002:str"
_MAP = yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG
_SEQ = yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG
_BUILDING = object()


def _build(loader, node, memo: dict):
    """The value of a composed node: LineDict / LineList / scalars by the safe constructors.

    Our own walk instead of PyYAML's ``construct_document`` (which this replaces for plain
    mappings, lists and strings, half the time of loading a pack); any other tag goes to the
    loader's safe constructors. An alias is the same node met again: it gets the same value.
    """
    cls = node.__class__
    if cls is ScalarNode:
        if node.tag == _STR:
            return node.value
        construct = loader.yaml_constructors.get(node.tag)
        if construct is None:
            raise ConstructorError(None, None, f"could not determine a constructor for the tag {node.tag!r}",
                                   node.start_mark)
        return construct(loader, node)
    key = id(node)
    done = memo.get(key)
    if done is _BUILDING:
        raise ConstructorError(None, None, "an alias refers to a list or mapping that contains it", node.start_mark)
    if done is not None:
        return done
    if node.tag not in (_MAP, _SEQ):  # !!set, !!omap ...: PyYAML's safe constructors
        return loader.construct_object(node, deep=True)
    memo[key] = _BUILDING
    if cls is SequenceNode:
        result = LineList(_build(loader, child, memo) for child in node.value)
        result.line = node.start_mark.line + 1
        result.item_lines = [child.start_mark.line + 1 for child in node.value]
    else:
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = lines = {}
        result.duplicates = []
        loader.flatten_mapping(node)  # merge keys (<<: *base)
        for key_node, value_node in node.value:
            if key_node.__class__ is not ScalarNode:  # a list or mapping as a key: `? [a, b]`
                raise ConstructorError(None, None, "a key must be a plain name, not a list or a mapping",
                                       key_node.start_mark)
            name = _build(loader, key_node, memo)
            line = key_node.start_mark.line + 1
            if name in result:
                result.duplicates.append((name, line))
                continue
            result[name] = _build(loader, value_node, memo)
            lines[name] = line
    memo[key] = result
    return result


def _mapping(loader, node):
    return _build(loader, node, {})


def _sequence(loader, node):
    return _build(loader, node, {})


# Used only when PyYAML builds a node itself (inside a !!set or !!omap).
_LineNumberSafeLoader.add_constructor(_MAP, _mapping)
_LineNumberSafeLoader.add_constructor(_SEQ, _sequence)


def read_file(path: Path) -> bytes:
    """The bytes of one rule file. Raises ``OSError`` (with a plain ``strerror``) when it is not
    a regular file, is too large or cannot be read: never blocks on a FIFO or a device."""
    info = os.stat(path)  # follows symlinks: a loop or a dangling link raises here
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a pipe or a device"
        raise OSError(0, f"is {kind}, not a file")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for something else since the stat
            raise OSError(0, "is not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:
        raise OSError(0, f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB; split the pack into smaller files")
    return data


def describe_os_error(err: OSError) -> str:
    """One plain sentence for a file that cannot be read."""
    if isinstance(err, FileNotFoundError):
        return "cannot read: no such file (a dangling symlink?)"
    if isinstance(err, PermissionError):
        return "cannot read: permission denied"
    if isinstance(err, IsADirectoryError):
        return "cannot read: is a folder, not a file"
    reason = err.strerror or str(err)
    return reason if reason.startswith("is ") else f"cannot read: {reason}"


def _check_aliases(root) -> tuple[int, str] | None:
    """(line, message) when aliases would expand past the budget, or refer to themselves.

    One iterative pass over the composed node graph: an alias is the same node object met
    again, so repeated nodes are counted with their whole expanded size (memoised), without
    building anything. Linear in the nodes written.
    """
    size: dict[int, int] = {}
    open_nodes: set[int] = set()
    repeated = 0
    stack = [(root, None)]
    while stack:
        node, line = stack.pop()
        ident = id(node)
        if line is not None and line < 0:  # post-order: all children are sized
            open_nodes.discard(ident)
            children = _children(node)
            size[ident] = 1 + sum(size.get(id(c), 1) for c, _ in children)
            continue
        if ident in size or ident in open_nodes:
            if ident in open_nodes:
                return node.start_mark.line + 1, "an alias refers to a list or mapping that contains it"
            repeated += size[ident]
            if repeated > MAX_ALIAS_NODES:
                where = line if line else node.start_mark.line + 1
                return where, (f"aliases (*name) repeat more than {MAX_ALIAS_NODES:,} values; "
                               "write the entries out instead")
            continue
        if isinstance(node, (MappingNode, SequenceNode)):
            open_nodes.add(ident)
            stack.append((node, -1))
            for child, child_line in reversed(_children(node)):
                stack.append((child, child_line))
        else:
            size[ident] = 1
    return None


def _children(node) -> list:
    """(child node, line where it is used) for a collection node."""
    if isinstance(node, MappingNode):
        out = []
        for key, value in node.value:
            line = key.start_mark.line + 1
            out.append((key, line))
            out.append((value, line))
        return out
    if isinstance(node, SequenceNode):
        return [(child, 0) for child in node.value]
    return []


def _line_at_depth(root, depth: int) -> int:
    """Line of the first node ``depth`` levels down (iterative: only called when building overflowed)."""
    stack = [(root, 0)]
    while stack:
        node, level = stack.pop()
        if level >= depth:
            return node.start_mark.line + 1
        stack.extend((child, level + 1) for child, _ in _children(node))
    return 0


def parse_yaml(data: bytes, shown_as: str) -> tuple[object, list[Problem]]:
    """Parse one file's bytes. Returns (document, problems); a bad file is a problem, never an exception."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        return None, [Problem(shown_as, line, "", f"not UTF-8 text (byte {err.start + 1}); save the file as UTF-8")]
    loader = _LineNumberSafeLoader(text)
    node = None
    try:
        node = loader.get_single_node()
        if node is None:
            return None, []
        # Only an alias (``*name``) can repeat nodes; deep nesting without one is caught below.
        found = _check_aliases(node) if "*" in text else None
        if found:
            return None, [Problem(shown_as, found[0], "", found[1])]
        return _build(loader, node, {}), []
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else 0
        what = "YAML syntax error" if isinstance(err, (yaml.scanner.ScannerError, yaml.parser.ParserError,
                                                       yaml.composer.ComposerError)) else "YAML error"
        return None, [Problem(shown_as, line, "", f"{what}: {err.problem or err.context}")]
    except yaml.YAMLError as err:
        return None, [Problem(shown_as, 0, "", f"YAML error: {err}")]
    except RecursionError:  # libyaml stops at 1,000 levels; building stops at a few hundred
        return None, [Problem(shown_as, _line_at_depth(node, 100), "",
                              "lists or mappings nested too deeply (hundreds of levels)")]
    finally:
        loader.dispose()
