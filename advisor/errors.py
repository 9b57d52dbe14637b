"""The one exception family. The CLI turns each into one line and an exit code."""
from __future__ import annotations

import re
from advisor.records import record

# C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidi
# embedding/override/isolate marks: anything that can move the cursor, retitle a
# terminal, forge a second line or reorder what a reader sees.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")
MAX_SHOWN = 1000
"""Longest message shown: a 1 MiB id in a roster must not become a 1 MiB error line."""


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def show(text: str, limit: int = MAX_SHOWN) -> str:
    """User text made safe for one terminal line: control characters escaped (``\\x1b``,
    ``\\n``, ``\\u2028``), lone surrogates escaped, and the middle of anything
    longer than ``limit`` characters replaced by an ellipsis. Every error message and every
    terminal line that quotes user input goes through here. Idempotent: text shown once (an
    error's line) and again (in a JSON error) is not cut twice."""
    text = _UNSAFE.sub(_escape, str(text))
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    if len(text) > limit:
        half = (limit - 3) // 2
        text = f"{text[:half]}...{text[-half:]}"
    return text


class AdvisorError(Exception):
    """Base of every error a user can cause. ``exit_code`` is what the CLI returns."""

    exit_code = 1

    def __str__(self) -> str:
        return show(super().__str__())


@record
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


@record
class InputProblem:
    """One thing wrong in a symptom file, roster or answer file."""

    path: str
    """Where: a JSON path (``$.symptoms[2]``), ``line N`` or ``line N column M`` in a text
    file or stream, or ``""`` when the problem is the file as a whole (missing, empty, too large)."""
    message: str
    """What is wrong, with a did-you-mean suggestion when there is one."""


class InputError(AdvisorError):
    """A symptom file, roster or answer file is unusable.

    Carries every problem found (``problems``), not just the first; ``where`` and ``message``
    are the first. Its one line is the first problem and how many more there are."""

    exit_code = 3

    def __init__(self, source: str, where: str = "", message: str = "", *,
                 problems: "list[tuple[str, str]] | None" = None, truncated: bool = False):
        listed = [InputProblem(*p) if not isinstance(p, InputProblem) else p for p in problems or ()]
        self.problems: tuple[InputProblem, ...] = tuple(listed) or (InputProblem(where, message),)
        self.truncated = truncated  # validation stopped looking: there are more than listed
        self.source = source
        self.where = self.problems[0].path
        self.message = self.problems[0].message
        first = f"{source}: {self.where}: {self.message}" if self.where else f"{source}: {self.message}"
        super().__init__(first + self._more())

    def _more(self) -> str:
        more = len(self.problems) - 1
        if not more and not self.truncated:
            return ""
        noun = "problem" if more == 1 else "problems"
        stopped = f"; stopped looking after {len(self.problems)}" if self.truncated else ""
        return f" (and {more} more {noun}{stopped})"

    @property
    def detail(self) -> str:
        """``where: message`` without the source, escaped: what a roster's bad row reports."""
        first = f"{self.where}: {self.message}" if self.where else self.message
        return show(first + self._more())

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


class OutputError(AdvisorError):
    """The answer could not be written (stdout closed, disk full, I/O error, unwritable -o).

    Its own exit code, so a script never mistakes a lost answer for bad input or success."""

    exit_code = 6

    def __init__(self, target: str, err: OSError | str):
        self.target = target
        reason = err if isinstance(err, str) else (err.strerror or str(err))
        super().__init__(f"could not write the output to {target}: {reason}")


class EngineError(AdvisorError):
    """The inference engine failed on a case. Should not happen; reported, never a traceback."""

    exit_code = 1
