"""Symptom files: JSON in, a validated ``Case`` out, or one ``InputError`` listing every problem.

The format is published as ``advisor/schemas/input.schema.json``. Validation is hand-written
(the schema is small) so a cold ``stridewise check`` stays fast; the tests check that the
shipped JSON Schema and this validator agree on the examples.
"""
from __future__ import annotations

import re

from advisor.errors import InputError
from advisor.inputs.reading import decode_text, load_json, read_limited, shown_name
from advisor.knowledge.ids import ID_PATTERN as KNOWLEDGE_ID, suggest
from advisor.knowledge.model import KnowledgeBase
from advisor.reasoning.case import Case

INPUT_SCHEMA_VERSION = "1.2"
"""1.1 added ``unread`` (written by ``parse``: the runner's words not read; ``check`` ignores it).
1.2 added ``outside`` (written by ``parse``: what the words name that Stridewise does not
assess; ``check`` ignores it)."""
ACCEPTED_VERSIONS = {"1", "1.0", "1.1", "1.2"}
MAX_INPUT_BYTES = 1024 * 1024
ID_PATTERN = KNOWLEDGE_ID.pattern
"""What an observation id looks like: the rule pack loader's one definition, used by this
validator and equal to the ``pattern`` of the published input schema (a test checks they
agree). No surrounding whitespace: ``" knee_pain"`` is refused, as the schema refuses it."""
TOP_LEVEL = {"schema_version", "athlete", "group", "symptoms", "notes", "asked", "matched", "unread", "outside"}


def read_text(path: str, limit: int = MAX_INPUT_BYTES,
              empty: str = "is empty; expected a JSON object with a 'symptoms' list") -> str:
    """Read a file or ``-`` (stdin) as UTF-8, refusing anything over ``limit`` bytes, whatever
    kind of file it is (see ``advisor.inputs.reading``)."""
    shown = shown_name(path)
    text = decode_text(read_limited(path, limit), shown)
    if not text.strip():
        raise InputError(shown, "", empty)
    return text


def parse_json(text: str, shown: str):
    """Kept for callers: the one strict decoder is ``advisor.inputs.reading.load_json``."""
    return load_json(text, shown)


def json_type_name(value) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null",
            int: "a number", float: "a number"}.get(type(value), type(value).__name__)


MAX_PROBLEMS = 100
"""Most problems one document reports: past this, validation stops looking (and says so)."""
MAX_SUGGESTIONS = 5
"""Did-you-mean is offered for the first few bad ids only: each costs a difflib pass over every
observation, and a roster checks every row with this validator."""
LIST_IDS_HINT = "; list ids with 'stridewise symptoms'"
"""The hint after an unknown id on the command line; the HTTP API names its own list instead."""


class _Full(Exception):
    """Raised inside validation once ``MAX_PROBLEMS`` are found: stop looking."""


class _Problems:
    """Every problem in one document, in the order found, each with its JSON path."""

    def __init__(self, kb: KnowledgeBase):
        self.found: list[tuple[str, str]] = []
        self.truncated = False
        self.observations = kb.observations
        self._suggested = 0

    def add(self, path: str, message: str) -> None:
        if len(self.found) >= MAX_PROBLEMS:
            self.truncated = True
            raise _Full
        self.found.append((path, message))

    def suggest(self, word: str) -> str:
        if self._suggested >= MAX_SUGGESTIONS:
            return ""
        self._suggested += 1
        return suggest(word, self.observations)


def case_from_data(data, kb: KnowledgeBase, shown: str) -> tuple[Case, list[tuple[str, bool | None]]]:
    """Validate a decoded symptom document. Returns the case and the answers in order
    (id, True/False/None for unsure), which the questionnaire uses to resume.

    Raises one ``InputError`` listing every problem (up to ``MAX_PROBLEMS``) with its JSON path."""
    if not isinstance(data, dict):
        raise InputError(shown, "$", f"expected a JSON object with a 'symptoms' list, got {json_type_name(data)}")
    problems = _Problems(kb)
    answers: dict[str, bool | None] = {}
    try:
        _check_fields(data, problems)
        _check_symptoms(data, problems, answers)
    except _Full:
        pass
    if problems.found:
        raise InputError(shown, problems=problems.found, truncated=problems.truncated)
    present_ids = frozenset(i for i, v in answers.items() if v is True)
    absent_ids = frozenset(i for i, v in answers.items() if v is False)
    unsure_ids = frozenset(i for i, v in answers.items() if v is None)
    case = Case(present_ids, absent_ids, data.get("athlete", ""), data.get("group", ""), unsure_ids)
    return case, list(answers.items())


def _check_fields(data: dict, problems: _Problems) -> None:
    """Everything but the symptoms: unknown keys, the version, the kept-for-resume lists, strings."""
    for key in data:
        if key not in TOP_LEVEL:
            problems.add(f"$.{key}", "unknown field" + suggest(key, TOP_LEVEL))
    version = data.get("schema_version", INPUT_SCHEMA_VERSION)
    if str(version) not in ACCEPTED_VERSIONS:
        problems.add("$.schema_version", f"unsupported version {version!r}; this program reads {INPUT_SCHEMA_VERSION}")
    for key, kind, listed, each in (
            ("asked", str, "a list of question ids (written by 'ask --save')", "a question id (a string)"),
            ("matched", dict, "a list of objects (written by 'parse'; 'check' ignores it)", "an object"),
            ("unread", str, "a list of the words not read (written by 'parse'; 'check' ignores it)", "a string"),
            ("outside", dict, "a list of what Stridewise does not assess (written by 'parse'; 'check' ignores it)",
             "an object")):
        value = data.get(key, [])
        if not isinstance(value, list):
            problems.add(f"$.{key}", f"expected {listed}, got {json_type_name(value)}")
            continue
        for n, item in enumerate(value):
            if not isinstance(item, kind):
                problems.add(f"$.{key}[{n}]", f"expected {each}, got {json_type_name(item)}")
    for key in ("athlete", "group", "notes"):
        if key in data and not isinstance(data[key], str):
            problems.add(f"$.{key}", f"expected a string, got {json_type_name(data[key])}")


def _check_symptoms(data: dict, problems: _Problems, answers: dict[str, bool | None]) -> None:
    """Each symptom item checked on its own, so one bad item never hides the next."""
    if "symptoms" not in data:
        problems.add("$", "missing 'symptoms' (a list of observation ids; see 'stridewise symptoms')")
        return
    items = data["symptoms"]
    if not isinstance(items, list):
        problems.add("$.symptoms", f"expected an array, got {json_type_name(items)}")
        return
    for n, item in enumerate(items):
        where = f"$.symptoms[{n}]"
        answer = _symptom(item, where, problems)
        if answer is None:
            continue
        ident, present, id_where = answer
        if not re.fullmatch(ID_PATTERN, ident):
            problems.add(id_where, f"'{ident}' is not an observation id (lowercase letters, digits and '_', no spaces)"
                         + problems.suggest(ident.strip().lower()))
            continue
        if ident not in problems.observations:
            problems.add(where, f"unknown observation id '{ident}'" + problems.suggest(ident) + LIST_IDS_HINT)
            continue
        if present is _BAD:
            continue
        if ident in answers and answers[ident] is not None and present is not None and answers[ident] != present:
            problems.add(where, f"'{ident}' is reported both present and absent")
            continue
        if present is not None or ident not in answers:
            answers[ident] = present


_BAD = object()
"""A ``present`` value already reported as a problem: the id is still checked, not recorded."""


def _symptom(item, where: str, problems: _Problems):
    """(id, present, path of the id) of one symptom item, or None when it has no usable id."""
    if isinstance(item, str):
        return item, True, where
    if not isinstance(item, dict):
        problems.add(where, f"expected an observation id or {{\"id\": ..., \"present\": ...}}, got {json_type_name(item)}")
        return None
    for key in item:
        if key not in ("id", "present"):
            problems.add(f"{where}.{key}", "unknown field" + suggest(key, ("id", "present")))
    ident = item.get("id")
    if not isinstance(ident, str):
        problems.add(f"{where}.id", "expected an observation id (a string)")
    present = item.get("present", True)
    if present is not None and not isinstance(present, bool):
        problems.add(f"{where}.present", f"expected true, false or null (unsure), got {json_type_name(present)}")
        present = _BAD
    return (ident, present, f"{where}.id") if isinstance(ident, str) else None


def load_case(path: str, kb: KnowledgeBase) -> tuple[Case, list[tuple[str, bool | None]]]:
    shown = shown_name(path)
    return case_from_data(load_json(read_text(path), shown), kb, shown)


def case_document(answers: list[tuple[str, bool | None]], athlete: str = "", group: str = "") -> dict:
    """The symptom-file form of a list of answers (what ``ask --save`` writes)."""
    doc: dict = {"schema_version": INPUT_SCHEMA_VERSION}
    if athlete:
        doc["athlete"] = athlete
    if group:
        doc["group"] = group
    doc["symptoms"] = [ident if value is True else {"id": ident, "present": value} for ident, value in answers]
    return doc
