"""The JSON API under ``/api/v1``. Every error is problem details with the path of each problem.

Endpoints are ``async`` and call the advisor directly on the event loop: each worker process
has one engine and one thread touching it, so no engine call can run on two threads at once
(durable's C core is not thread-safe), with no lock and no thread pool hop.
"""
from __future__ import annotations

import json
from importlib.resources import files

from starlette.requests import Request
from starlette.responses import Response

from advisor.errors import InputError
from advisor.inputs.from_words import case_from_reading, outside_of
from advisor.inputs.symptoms import INPUT_SCHEMA_VERSION, LIST_IDS_HINT, case_from_data, json_type_name, parse_json
from advisor.knowledge.ids import suggest
from advisor.knowledge.search import search
from advisor.render.common import json_visible, outside_only_line

from .problems import ApiProblem
from .seams import MAX_WORDS, document, read
from .team import REPORT_FORMATS, XLSX_MEDIA, report_dict, screen_upload, write_report
from .token import BadToken

JSON_TYPES = ("application/json",)
ROSTER_TYPES = {"text/csv": "csv", "application/x-ndjson": "jsonl", "application/jsonl": "jsonl",
                "application/x-jsonlines": "jsonl", "application/jsonlines": "jsonl", XLSX_MEDIA: "xlsx"}
SCHEMAS = ("input", "result", "team", "error")

def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _not(media: str) -> str:
    """What was sent instead, for a 415: "not text/plain", or that no type was sent."""
    return f"not {media}" if media else "and this request has no Content-Type header"

async def json_body(request: Request):
    media = _media_type(request)
    if media not in JSON_TYPES and not media.endswith("+json"):
        raise ApiProblem(415, f"send JSON (Content-Type: application/json), {_not(media)}")
    raw = await request.body()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ApiProblem(400, f"the body is not UTF-8 text (byte {err.start})", [{"path": "$", "message": "not UTF-8"}]) from err
    if not text.strip():
        raise ApiProblem(400, "the body is empty; expected a JSON object", [{"path": "$", "message": "empty body"}])
    try:
        return parse_json(text, "<body>")
    except InputError as err:
        raise ApiProblem(400, err.message, [{"path": err.where or "$", "message": err.message}]) from err

def _ok(doc, status: int = 200) -> Response:
    # (bidi and C1 controls escaped, as every JSON output does: a runner's U+202E passed raw in
    # words.read[].words could reorder what an app shows, test drive 29)
    return Response(json_visible(json.dumps(doc, ensure_ascii=False)), status_code=status, media_type="application/json")

async def check(request: Request) -> Response:
    """A symptom file, or ``{"text": ...}`` (the runner's own words, read as ``check --text``
    reads them: the result's ``words`` says what was read and what was not)."""
    web = request.app.state.web
    data = await json_body(request)
    if isinstance(data, dict) and "text" in data and "symptoms" not in data:
        return _ok(web.advisor.advise(case_from_reading(web.advisor.kb, _reading(request, data), "<body>")).to_dict())
    if isinstance(data, dict) and "text" in data:   # (test drive 12: "$.text: unknown field" puzzled)
        both = [{"path": "$.text", "message": "give the runner's words (text) or a symptom file (symptoms), not both"}]
        raise ApiProblem(422, both[0]["path"] + ": " + both[0]["message"], both)
    # ("txt" for "text": test drive 47 was told "unknown field" and no more)
    near = [k for k in data if k not in ("symptoms", "text") and "'text'" in suggest(k, ("text", "symptoms"))] \
        if isinstance(data, dict) and "symptoms" not in data else []
    if near:
        typo = [{"path": f"$.{near[0]}", "message": "unknown field (did you mean 'text'?)"}]
        raise ApiProblem(422, typo[0]["path"] + ": " + typo[0]["message"], typo)
    if not isinstance(data, dict):   # (test drive 22: the message named only the symptom file)
        raise ApiProblem(422, "expected a JSON object: a symptom file {\"symptoms\": [...]} or the runner's words "
                              f"{{\"text\": \"...\"}}, got {json_type_name(data)}",
                         [{"path": "$", "message": f"expected an object, got {json_type_name(data)}"}])
    try:
        case, _ = case_from_data(data, web.advisor.kb, "<body>")
    except InputError as err:
        # Every problem of the document, each with its JSON path; the detail is the first and a
        # count. The hint to list ids names this API's list, not the command line's.
        raise ApiProblem(422, _api_hint(err.detail), [{"path": p.path or "$", "message": _api_hint(p.message)}
                                                      for p in err.problems]) from err
    return _ok(web.advisor.advise(case).to_dict())

def _api_hint(message: str) -> str:
    return message.replace(LIST_IDS_HINT, "; list ids with GET /api/v1/symptoms (?q= searches)")

async def symptoms(request: Request) -> Response:
    kb = request.app.state.web.advisor.kb
    query = request.query_params.get("q")
    found = [o for _, o in search(kb, query)] if query is not None else list(kb.observations.values())
    return _ok({"schema_version": INPUT_SCHEMA_VERSION, "notice": kb.notice, "observations": [
        {"id": o.id, "text": o.text, "category": o.category.value, "question": o.question,
         "synonyms": list(o.synonyms), "self_test": o.self_test or None} for o in found]})

async def parse(request: Request) -> Response:
    """A runner's own words -> the symptom file ``stridewise parse --format json`` prints,
    with the words that stated each observation (``matched``), for a person to confirm."""
    return _ok(document(_reading(request, await json_body(request))))

def _reading(request: Request, data):
    """What ``{"text": ...}`` states; a 422 for no text, too much, or words that name nothing."""
    data = _fields(data, {"text": str})
    if "text" not in data:
        raise ApiProblem(422, "missing 'text'", [{"path": "$.text", "message": "required"}])
    if not data["text"].strip():   # as the command line: no words at all is not "nothing understood"
        raise ApiProblem(422, "text is empty; expected a runner's words, e.g. \"my knee hurts on stairs\"",
                         [{"path": "$.text", "message": "empty"}])
    if len(data["text"]) > MAX_WORDS:
        raise ApiProblem(422, f"text is longer than {MAX_WORDS:,} characters; give a sentence or a few paragraphs",
                         [{"path": "$.text", "message": "too long"}])
    reading = read(request.app.state.web.advisor.kb, data["text"])
    if not reading.statements and reading.outside:
        # (what Stridewise does not assess, named: not "try other words", test drive 25)
        raise ApiProblem(422, outside_only_line(outside_of(reading)),
                         [{"path": "$.text", "message": "outside scope"}],
                         {"outside": [{"label": o.label, "see": o.see} for o in outside_of(reading)]})
    if not reading.statements:
        raise ApiProblem(422, "no observation found in these words; try other words, search the ids with "
                              "GET /api/v1/symptoms?q=WORDS, or answer the questions of POST /api/v1/ask",
                         [{"path": "$.text", "message": "nothing understood"}])
    return reading

# -- the interview --------------------------------------------------------------------------
def _question_doc(ask) -> dict:
    return {"id": ask.id, "kind": ask.kind, "text": ask.text, "help": ask.help,
            "options": [{"id": o.id, "label": o.label} for o in ask.options],
            "number": ask.number, "cap": ask.cap, "unselected_absent": ask.unselected_absent}

def _interview_doc(web, step) -> dict:
    q = step.questionnaire
    doc = {"token": step.token, "done": step.question is None, "notice": web.advisor.kb.notice,
           "question": _question_doc(step.question) if step.question else None, "why": step.why,
           "stop_reason": q.stop_reason.value if q.stop_reason else None,
           "answers": q.document()}
    doc["result"] = q.result().to_dict() if step.question is None else None
    return doc

_JSON_KIND = {str: "a string", int: "a whole number", bool: "a boolean", list: "an array", dict: "an object"}


def _fields(data, allowed: dict[str, type]) -> dict:
    if not isinstance(data, dict):
        raise ApiProblem(422, "expected a JSON object", [{"path": "$", "message": "expected an object"}])
    errors = [{"path": f"$.{k}", "message": "unknown field" + suggest(k, allowed)} for k in data if k not in allowed]
    for key, kind in allowed.items():
        if key in data and not isinstance(data[key], kind) or kind is int and isinstance(data.get(key), bool):
            # in JSON's words, not Python's ("expected str": test drive 22)
            errors.append({"path": f"$.{key}", "message": f"expected {_JSON_KIND.get(kind, kind.__name__)}, "
                                                           f"got {json_type_name(data[key])}"})
    if errors:
        raise ApiProblem(422, errors[0]["path"] + ": " + errors[0]["message"], errors)
    return data

def _restore_step(web, fn, *args):
    try:
        return fn(*args)
    except BadToken as err:
        raise ApiProblem(400, str(err), [{"path": "$.token", "message": str(err)}]) from err
    except ValueError as err:
        path, _, message = str(err).partition(": ")
        raise ApiProblem(422, str(err), [{"path": "$." + path, "message": message}]) from err

async def ask_start(request: Request) -> Response:
    web = request.app.state.web
    raw = await request.body()
    data = await json_body(request) if raw.strip() else {}
    data = _fields(data, {"max_questions": int})
    cap = data.get("max_questions", 15)
    if not 1 <= cap <= 60:
        raise ApiProblem(422, "max_questions must be 1 to 60", [{"path": "$.max_questions", "message": "must be 1 to 60"}])
    return _ok(_interview_doc(web, web.interviews.new(cap)), 201)

def _token(data) -> str:
    if "token" not in data:
        raise ApiProblem(422, "missing 'token'", [{"path": "$.token", "message": "required"}])
    return data["token"]

async def ask_current(request: Request) -> Response:
    web = request.app.state.web
    data = _fields(await json_body(request), {"token": str})
    return _ok(_interview_doc(web, _restore_step(web, web.interviews.current, _token(data))))

async def ask_answer(request: Request) -> Response:
    web = request.app.state.web
    data = _fields(await json_body(request), {"token": str, "question_id": str, "answer": dict})
    token = _token(data)
    if "question_id" not in data or "answer" not in data:
        missing = [k for k in ("question_id", "answer") if k not in data]
        raise ApiProblem(422, f"missing '{missing[0]}'", [{"path": f"$.{k}", "message": "required"} for k in missing])
    values = data["answer"]
    bad = [{"path": f"$.answer.{k}", "message": "expected true, false or null (not sure)"}
           for k, v in values.items() if v not in (True, False, None) or isinstance(v, (int, float)) and not isinstance(v, bool)]
    if bad:
        raise ApiProblem(422, bad[0]["path"] + ": " + bad[0]["message"], bad)
    return _ok(_interview_doc(web, _restore_step(web, web.interviews.answer, token, data["question_id"], values)))

async def ask_back(request: Request) -> Response:
    web = request.app.state.web
    data = _fields(await json_body(request), {"token": str})
    return _ok(_interview_doc(web, _restore_step(web, web.interviews.back, _token(data))))

async def ask_result(request: Request) -> Response:
    """The answer of a finished interview. An unfinished one is a 409: its red-flag screen
    or its questions are not all answered, so no answer may be given yet."""
    web = request.app.state.web
    data = _fields(await json_body(request), {"token": str})
    step = _restore_step(web, web.interviews.current, _token(data))
    if step.question is not None:
        raise ApiProblem(409, f"the interview is not finished: answer question '{step.question.id}' first",
                         [{"path": "$.token", "message": "unfinished interview"}])
    return _ok(step.questionnaire.result().to_dict())


# -- rosters ----------------------------------------------------------------------------------
async def screen(request: Request) -> Response:
    web = request.app.state.web
    media = _media_type(request)
    if media not in ROSTER_TYPES:
        raise ApiProblem(415, "send a roster as text/csv, application/x-ndjson (JSON Lines) or an .xlsx workbook "
                         f"({XLSX_MEDIA}), {_not(media)}")
    fmt = request.query_params.get("format", "json")
    if fmt not in REPORT_FORMATS:
        raise ApiProblem(400, f"unknown format '{fmt}'; use one of {', '.join(REPORT_FORMATS)}",
                         [{"path": "format", "message": "unknown format"}])
    try:
        screened = screen_upload(web.advisor, await request.body(), "<body>", ROSTER_TYPES[media])
    except InputError as err:
        raise ApiProblem(422, str(err), [{"path": err.where or "$", "message": err.message}]) from err
    if fmt == "json":
        return _ok(report_dict(web.advisor, screened))
    return Response(write_report(web.advisor, screened, fmt), media_type=REPORT_FORMATS[fmt][0])

async def schema(request: Request) -> Response:
    which = request.path_params["which"]
    if which not in SCHEMAS:
        raise ApiProblem(404, f"no schema '{which}'; there are {', '.join(SCHEMAS)}")
    return Response(files("advisor.schemas").joinpath(f"{which}.schema.json").read_text(encoding="utf-8"),
                    media_type="application/schema+json")
