"""The OpenAPI 3.1 description of ``/api/v1``, built from the published JSON Schemas.

Request and response bodies point at the same schemas ``stridewise schema input|result|team``
prints (their ``$defs`` moved under ``components/schemas``), so the API cannot drift from
the command line's contract.
"""
from __future__ import annotations

import copy
import json
from functools import lru_cache
from importlib.resources import files

from .seams import MAX_WORDS
from .team import XLSX_MEDIA

PROBLEM = {
    "type": "object", "required": ["type", "title", "status", "detail", "errors"],
    "properties": {
        "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {"type": "array", "items": {"type": "object", "required": ["path", "message"],
                                               "properties": {"path": {"type": "string"}, "message": {"type": "string"}}}},
        "outside": {"type": "array", "description": "With $.text 'outside scope': what the words name that Stridewise "
                    "does not assess, and whom to see (as words.outside in a result)",
                    "items": {"type": "object", "required": ["label", "see"],
                              "properties": {"label": {"type": "string"}, "see": {"type": "string"}}}},
    },
}
OPTION = {"type": "object", "required": ["id", "label"],
          "properties": {"id": {"type": "string"}, "label": {"type": "string"}}}
QUESTION = {"type": "object", "required": ["id", "kind", "text", "help", "options", "number", "cap", "unselected_absent"],
            "properties": {"id": {"type": "string"}, "kind": {"enum": ["screen", "choice", "yesno"]},
                           "text": {"type": "string"}, "help": {"type": "string"},
                           "options": {"type": "array", "items": {"$ref": "#/components/schemas/Option"}},
                           "number": {"type": "integer"}, "cap": {"type": "integer"},
                           "unselected_absent": {"type": "boolean"}}}
INTERVIEW = {
    "type": "object", "required": ["token", "done", "notice", "question", "why", "stop_reason", "answers", "result"],
    "properties": {
        "token": {"type": "string", "description": "Signed interview state: send it back with the next call."},
        "done": {"type": "boolean"}, "notice": {"type": "string"},
        "question": {"oneOf": [{"$ref": "#/components/schemas/Question"}, {"type": "null"}]},
        "why": {"type": "string", "description": "Why this question is asked now."},
        "stop_reason": {"enum": ["red_flag", "settled", "cap", "nothing_reported", None]},
        "answers": {"$ref": "#/components/schemas/Input", "description": "The answers so far, as a symptom file."},
        "result": {"oneOf": [{"$ref": "#/components/schemas/Result"}, {"type": "null"}]},
    },
}
TOKEN_ONLY = {"type": "object", "required": ["token"], "additionalProperties": False,
              "properties": {"token": {"type": "string"}}}
ANSWER = {"type": "object", "required": ["token", "question_id", "answer"], "additionalProperties": False,
          "properties": {"token": {"type": "string"}, "question_id": {"type": "string"},
                         "answer": {"type": "object", "description": "Observation id -> true (yes), false (no) or null (not sure).",
                                    "additionalProperties": {"type": ["boolean", "null"]}}}}
START = {"type": "object", "additionalProperties": False,
         "properties": {"max_questions": {"type": "integer", "minimum": 1, "maximum": 60}}}
OBSERVATIONS = {"type": "object", "required": ["schema_version", "notice", "observations"],
                "properties": {"schema_version": {"type": "string"}, "notice": {"type": "string"},
                               "observations": {"type": "array", "items": {
                                   "type": "object", "required": ["id", "text", "category", "question", "synonyms", "self_test"],
                                   "properties": {"id": {"type": "string"}, "text": {"type": "string"},
                                                  "category": {"type": "string"}, "question": {"type": "string"},
                                                  "synonyms": {"type": "array", "items": {"type": "string"}},
                                                  "self_test": {"type": ["string", "null"]}}}}}}
PARSE = {"type": "object", "required": ["text"], "additionalProperties": False,
         "properties": {"text": {"type": "string", "maxLength": MAX_WORDS,
                                 "description": "The runner's own words: a sentence or a few paragraphs."}}}
PARSED = {"description": "A symptom file (what /api/v1/check reads) with the words that stated each observation.",
          "allOf": [{"$ref": "#/components/schemas/Input"}], "required": ["schema_version", "symptoms", "notes", "matched"]}


def _published(which: str, prefix: str, components: dict) -> dict:
    """A shipped JSON Schema as a component; its ``$defs`` become ``{prefix}_{name}`` components."""
    schema = json.loads(files("advisor.schemas").joinpath(f"{which}.schema.json").read_text(encoding="utf-8"))
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    defs = schema.pop("$defs", {})

    def rewrite(node):
        if isinstance(node, dict):
            return {k: (f"#/components/schemas/{prefix}_{v.rsplit('/', 1)[1]}" if k == "$ref" and isinstance(v, str)
                        and v.startswith("#/$defs/") else rewrite(v)) for k, v in node.items()}
        if isinstance(node, list):
            return [rewrite(v) for v in node]
        return node

    for name, sub in defs.items():
        components[f"{prefix}_{name}"] = rewrite(sub)
    return rewrite(schema)


def _json(ref: str) -> dict:
    return {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}}


def _problems(*codes: int) -> dict:
    words = {400: "Malformed request (not JSON, bad token, bad query)", 404: "Not found",
             413: "Body over the size limit", 415: "Wrong Content-Type", 422: "Valid JSON, but not a valid request",
             403: "Cross-site request refused", 409: "The interview is not finished"}
    return {str(c): {"description": words[c],
                     "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
            for c in codes}


def _post(summary: str, body_ref: str | None, ok_ref: str, codes=(400, 403, 413, 415, 422), ok="200",
          description: str = "", required: bool = True) -> dict:
    op = {"summary": summary, "description": description,
          "responses": {ok: {"description": "OK", **_json(ok_ref)}, **_problems(*codes)}}
    if body_ref:
        op["requestBody"] = {"required": required, **_json(body_ref)}
    return {"post": op}


@lru_cache(maxsize=1)
def openapi_document() -> dict:
    components: dict = {"Problem": PROBLEM, "Option": OPTION, "Question": QUESTION, "Interview": INTERVIEW,
                        "TokenOnly": TOKEN_ONLY, "Answer": ANSWER, "Start": START, "Observations": OBSERVATIONS,
                        "ParseRequest": PARSE, "Parsed": PARSED,
                        "CheckRequest": {"oneOf": [{"$ref": "#/components/schemas/Input"},
                                                   {"$ref": "#/components/schemas/ParseRequest"}]}}
    components["Input"] = _published("input", "Input", components)
    components["Result"] = _published("result", "Result", components)
    components["Team"] = _published("team", "Team", components)
    roster_body = {"required": True, "content": {
        "text/csv": {"schema": {"type": "string"}}, "application/x-ndjson": {"schema": {"type": "string"}},
        XLSX_MEDIA: {"schema": {"type": "string", "format": "binary"}}}}
    screen_ok = {"description": "The team report", "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/Team"}},
        "text/html": {"schema": {"type": "string"}}, "text/markdown": {"schema": {"type": "string"}},
        "text/csv": {"schema": {"type": "string"}}}}
    paths = {
        "/api/v1/check": _post("Advise on one symptom file, or on a runner's own words", "CheckRequest", "Result",
                               description="The same result as `stridewise check --format json`; with "
                                           "`{\"text\": ...}`, as `check --text --format json`: the result's "
                                           "`words` lists what was read and what was not."),
        "/api/v1/symptoms": {"get": {
            "summary": "List or search the observation ids a symptom file may use",
            "parameters": [{"name": "q", "in": "query", "required": False, "schema": {"type": "string"},
                            "description": "Your own words, e.g. 'shin splints'."}],
            "responses": {"200": {"description": "OK", **_json("Observations")}}}},
        "/api/v1/parse": _post("Observations from a runner's own words", "ParseRequest", "Parsed",
                               description="The same symptom file as `stridewise parse --format json`: each "
                                           "observation present, absent or not sure (`null`), and in `matched` "
                                           "the words that said so, to confirm before sending it to "
                                           "/api/v1/check. A 422 when nothing was understood, with a hint."),
        "/api/v1/ask": _post("Start an interview: the red-flag screen comes first", "Start", "Interview", ok="201",
                             required=False,
                             description="Every interview response carries a signed `token`; send it with the next call. "
                                         "When `done` is true, `result` holds the answer."),
        "/api/v1/ask/current": _post("The current question of an interview", "TokenOnly", "Interview"),
        "/api/v1/ask/answer": _post("Answer the current question", "Answer", "Interview"),
        "/api/v1/ask/back": _post("Undo the last answer", "TokenOnly", "Interview"),
        "/api/v1/ask/result": _post("The answer of a finished interview (409 while it is not finished)", "TokenOnly",
                                    "Result", codes=(400, 403, 409, 413, 415, 422)),
        "/api/v1/screen": {"post": {
            "summary": "Screen a roster (CSV or JSON Lines) into a team report",
            "parameters": [{"name": "format", "in": "query", "required": False,
                            "schema": {"enum": ["json", "html", "markdown", "csv"], "default": "json"}}],
            "requestBody": roster_body,
            "responses": {"200": screen_ok, **_problems(400, 403, 413, 415, 422)}}},
        "/api/v1/schemas/{which}": {"get": {
            "summary": "A published JSON Schema (the same as `stridewise schema WHICH`)",
            "parameters": [{"name": "which", "in": "path", "required": True, "schema": {"type": "string"},
                            "description": "input, result or team"}],
            "responses": {"200": {"description": "The schema",
                                  "content": {"application/schema+json": {"schema": {"type": "object"}}}},
                          **_problems(404)}}},
    }
    return {"openapi": "3.1.0",
            "info": {"title": "Stridewise API", "version": "1",
                     "description": "A rule-based running-injury advisor. Not a diagnosis: general guidance from a "
                                    "cited rule base, not a medical assessment."},
            "paths": paths, "components": {"schemas": components}}


def openapi_copy() -> dict:
    return copy.deepcopy(openapi_document())
