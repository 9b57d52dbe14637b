"""Where a rule-pack problem is, and the list every check adds to (reported all at once)."""
from __future__ import annotations

from advisor.errors import Problem
from advisor.knowledge.ids import SUGGEST_OPTIONS, suggest  # noqa: F401 - re-exported for the loader's modules
from advisor.knowledge.yamlsource import LineDict, LineList


class Item:
    """One YAML entry of a section (``section[index]``), with the file it came from."""

    __slots__ = ("section", "index", "data", "file")

    def __init__(self, section: str, index: int, data: LineDict, file: str):
        self.section, self.index, self.data, self.file = section, index, data, file

    @property
    def id(self) -> str:
        ident = self.data.get("id")
        return ident if isinstance(ident, str) else ""

    @property
    def path(self) -> str:
        base = f"{self.section}[{self.index}]"
        return f"{base} ({self.id})" if self.id else base

    @property
    def line(self) -> int:
        return self.data.line

    def where(self, key: str | None = None) -> tuple[int, str]:
        if key is None:
            return self.data.line, self.path
        return self.data.line_of(key), f"{self.path}.{key}"


class Collector:
    """Every problem found, in the order found."""

    def __init__(self):
        self.problems: list[Problem] = []

    def add(self, file: str, line: int, path: str, message: str) -> None:
        self.problems.append(Problem(file, line, path, message))

    def at(self, item: Item, key: str | None, message: str) -> None:
        line, path = item.where(key)
        self.add(item.file, line, path, message)

    def inside(self, item: Item, container, index, path: str, message: str) -> None:
        """A problem at ``container[index]`` (a LineDict key or a LineList position) of ``item``."""
        if isinstance(container, (LineDict, LineList)):
            line = container.line_of(index)
        else:
            line = item.line
        self.add(item.file, line, path, message)
