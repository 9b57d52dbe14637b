"""Symptom files: JSON in, a validated ``Case`` out, or one ``InputError`` naming where.

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

INPUT_SCHEMA_VERSION = "1.0"
ACCEPTED_VERSIONS = {"1", "1.0"}
MAX_INPUT_BYTES = 1024 * 1024
ID_PATTERN = KNOWLEDGE_ID.pattern
"""What an observation id looks like: the rule pack loader's one definition, used by this
validator and equal to the ``pattern`` of the published input schema (a test checks they
agree). No surrounding whitespace: ``" knee_pain"`` is refused, as the schema refuses it."""
TOP_LEVEL = {"schema_version", "athlete", "group", "symptoms", "notes", "asked", "matched"}


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


def _type_name(value) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null",
            int: "a number", float: "a number"}.get(type(value), type(value).__name__)


def case_from_data(data, kb: KnowledgeBase, shown: str) -> tuple[Case, list[tuple[str, bool | None]]]:
    """Validate a decoded symptom document. Returns the case and the answers in order
    (id, True/False/None for unsure), which the questionnaire uses to resume."""
    if not isinstance(data, dict):
        raise InputError(shown, "$", f"expected a JSON object with a 'symptoms' list, got {_type_name(data)}")
    for key in data:
        if key not in TOP_LEVEL:
            raise InputError(shown, f"$.{key}", "unknown field" + suggest(key, TOP_LEVEL))
    version = data.get("schema_version", INPUT_SCHEMA_VERSION)
    if str(version) not in ACCEPTED_VERSIONS:
        raise InputError(shown, "$.schema_version", f"unsupported version {version!r}; this program reads {INPUT_SCHEMA_VERSION}")
    asked = data.get("asked", [])
    if not isinstance(asked, list) or not all(isinstance(a, str) for a in asked):
        raise InputError(shown, "$.asked", "expected a list of question ids (written by 'ask --save')")
    matched = data.get("matched", [])
    if not isinstance(matched, list) or not all(isinstance(m, dict) for m in matched):
        raise InputError(shown, "$.matched", "expected a list of objects (written by 'parse'; 'check' ignores it)")
    for key in ("athlete", "group", "notes"):
        if key in data and not isinstance(data[key], str):
            raise InputError(shown, f"$.{key}", f"expected a string, got {_type_name(data[key])}")
    if "symptoms" not in data:
        raise InputError(shown, "$", "missing 'symptoms' (a list of observation ids; see 'stridewise symptoms')")
    items = data["symptoms"]
    if not isinstance(items, list):
        raise InputError(shown, "$.symptoms", f"expected an array, got {_type_name(items)}")
    answers: dict[str, bool | None] = {}
    for n, item in enumerate(items):
        where = f"$.symptoms[{n}]"
        if isinstance(item, str):
            ident, present = item, True
        elif isinstance(item, dict):
            for key in item:
                if key not in ("id", "present"):
                    raise InputError(shown, f"{where}.{key}", "unknown field" + suggest(key, ("id", "present")))
            ident = item.get("id")
            if not isinstance(ident, str):
                raise InputError(shown, f"{where}.id", "expected an observation id (a string)")
            present = item.get("present", True)
            if present is not None and not isinstance(present, bool):
                raise InputError(shown, f"{where}.present", f"expected true, false or null (unsure), got {_type_name(present)}")
        else:
            raise InputError(shown, where, f"expected an observation id or {{\"id\": ..., \"present\": ...}}, got {_type_name(item)}")
        if not re.fullmatch(ID_PATTERN, ident):
            raise InputError(shown, where if isinstance(item, str) else f"{where}.id",
                             f"'{ident}' is not an observation id (lowercase letters, digits and '_', no spaces)"
                             + suggest(ident.strip().lower(), kb.observations))
        if ident not in kb.observations:
            raise InputError(shown, where, f"unknown observation id '{ident}'" + suggest(ident, kb.observations)
                             + "; list ids with 'stridewise symptoms'")
        if ident in answers and answers[ident] is not None and present is not None and answers[ident] != present:
            raise InputError(shown, where, f"'{ident}' is reported both present and absent")
        if present is not None or ident not in answers:
            answers[ident] = present
    present_ids = frozenset(i for i, v in answers.items() if v is True)
    absent_ids = frozenset(i for i, v in answers.items() if v is False)
    unsure_ids = frozenset(i for i, v in answers.items() if v is None)
    case = Case(present_ids, absent_ids, data.get("athlete", ""), data.get("group", ""), unsure_ids)
    return case, list(answers.items())


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
