"""The one exception family. The CLI turns each into one line and an exit code."""
from __future__ import annotations

from dataclasses import dataclass


class AdvisorError(Exception):
    """Base of every error a user can cause. ``exit_code`` is what the CLI returns."""

    exit_code = 1


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a rule pack, located to a file and line."""

    file: str
    """Path of the YAML file, as the user would type it."""
    line: int
    """1-based line number (0 when the problem has no single place)."""
    path: str
    """Where in the document, e.g. ``rules[3].if.all[0]``."""
    message: str
    """What is wrong, with a did-you-mean suggestion when there is one."""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class KnowledgeBaseError(AdvisorError):
    """The rule pack is invalid. Carries every problem found, not just the first."""

    exit_code = 4

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        first = str(self.problems[0]) if self.problems else "invalid rule pack"
        more = f" (and {len(self.problems) - 1} more problems; run 'stridewise rules check')" if len(self.problems) > 1 else ""
        super().__init__(first + more)


class InputError(AdvisorError):
    """A symptom file, roster or answer file is unusable."""

    exit_code = 3

    def __init__(self, source: str, where: str, message: str):
        self.source = source
        self.where = where
        self.message = message
        super().__init__(f"{source}: {where}: {message}" if where else f"{source}: {message}")

    @classmethod
    def from_os_error(cls, source: str, err: OSError) -> "InputError":
        """One wording for a file that cannot be opened, wherever it is opened."""
        if isinstance(err, FileNotFoundError):
            return cls(source, "", "no such file")
        if isinstance(err, IsADirectoryError):
            return cls(source, "", "is a folder, not a file")
        if isinstance(err, PermissionError):
            return cls(source, "", "permission denied")
        return cls(source, "", f"cannot read: {err.strerror or err}")


class EngineError(AdvisorError):
    """The inference engine failed on a case. Should not happen; reported, never a traceback."""

    exit_code = 1
