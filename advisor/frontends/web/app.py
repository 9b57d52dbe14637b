"""The ASGI application: routes, error handling, the safety layer. ``create_app`` is the
factory uvicorn calls in every worker process (one advisor, one engine per process).

Starlette on uvicorn, not FastAPI: the API's request and response bodies are the JSON Schemas
the command line already publishes, so the OpenAPI document is assembled from them
(openapi.py) instead of being generated from a second set of models; and Starlette alone
imports in about half the time (145 ms against 274 ms here) with no docs pages that load
scripts from a CDN to switch off.
"""
from __future__ import annotations

import json
import logging
import os
import secrets
from dataclasses import dataclass
from importlib.resources import files

from jinja2 import ChoiceLoader, Environment, FunctionLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from advisor.inputs.symptoms import MAX_INPUT_BYTES
from advisor.reasoning.advisor import Advisor, get_advisor
from advisor.render.common import visible
from advisor.render.html import template_source as report_template_source

from . import api, pages
from .interview import Interviews
from .openapi import openapi_document
from .problems import ApiProblem, problem_response
from .security import SafetyMiddleware
from .token import Signer

SECRET_ENV = "STRIDEWISE_SECRET"
RULES_ENV = "STRIDEWISE_SERVE_RULES"
"""Set by ``serve`` for its workers: the --rules folder."""
ROSTER_LIMIT = 8 * 1024 * 1024
"""Largest roster upload (a 1,000-athlete roster is about 100 KB)."""
BODY_LIMIT = MAX_INPUT_BYTES
"""Largest body anywhere else: the symptom-file limit of ``stridewise check``."""
ROSTER_PATHS = ("/coach", "/api/v1/screen")
DOWNLOAD_LIMIT = ROSTER_LIMIT * 4 // 3 + 64 * 1024
"""The report page posts the roster back base64-encoded (4/3 of its size) to download a format."""
STATIC = {"app.css": "text/css; charset=utf-8"}

log = logging.getLogger("stridewise.web")


@dataclass
class Web:
    """What the handlers share in one worker process."""

    advisor: Advisor
    interviews: Interviews
    templates: Environment


def limit_for(path: str) -> int:
    if path == "/coach/download":
        return DOWNLOAD_LIMIT
    return ROSTER_LIMIT if path in ROSTER_PATHS else BODY_LIMIT


def _template_source(name: str):
    path = files("advisor.frontends.web").joinpath("templates", name)
    if not path.is_file():
        return None  # the next loader's: the report templates' shared blocks
    return path.read_text(encoding="utf-8"), name, lambda: True


def secret_key() -> bytes:
    """STRIDEWISE_SECRET, or a fresh random key (a lone process; ``serve`` shares one with its workers)."""
    value = os.environ.get(SECRET_ENV)
    return value.encode("utf-8") if value else secrets.token_bytes(32)


MIN_SECRET = 16
"""Shortest STRIDEWISE_SECRET accepted (characters); ``openssl rand -hex 32`` gives 64."""


def create_app(advisor: Advisor | None = None, secret: bytes | None = None) -> Starlette:
    advisor = advisor or get_advisor(os.environ.get(RULES_ENV) or None)
    key = secret if secret is not None else secret_key()
    # The site's own templates first, then the report's (advisor/templates): the coach page
    # includes the report's "Who to act on" block rather than a copy of it.
    loader = ChoiceLoader([FunctionLoader(_template_source), FunctionLoader(report_template_source)])
    env = Environment(loader=loader, autoescape=select_autoescape(
        enabled_extensions=("html", "j2"), default_for_string=True, default=True),
        trim_blocks=True, lstrip_blocks=True)
    env.filters["visible"] = visible
    web = Web(advisor, Interviews(advisor, Signer(key)), env)
    routes = [
        Route("/", pages.start),
        Route("/words", pages.words, methods=["POST"]),
        Route("/words/confirm", pages.words_confirm, methods=["POST"]),
        Route("/ask", pages.ask_page, methods=["GET"]),
        Route("/ask", pages.ask_post, methods=["POST"]),
        Route("/answer", pages.answer_page),
        Route("/answer/stridewise-answers.json", pages.answer_download),
        Route("/coach", pages.coach, methods=["GET"]),
        Route("/coach", pages.coach_post, methods=["POST"]),
        Route("/coach/download", pages.coach_download, methods=["POST"]),
        Route("/static/{name}", static),
        Route("/favicon.ico", no_icon),
        Route("/api/v1/openapi.json", openapi_json),
        Route("/api/v1/docs", docs_page),
        Route("/api/v1/check", api.check, methods=["POST"]),
        Route("/api/v1/symptoms", api.symptoms),
        Route("/api/v1/parse", api.parse, methods=["POST"]),
        Route("/api/v1/ask", api.ask_start, methods=["POST"]),
        Route("/api/v1/ask/current", api.ask_current, methods=["POST"]),
        Route("/api/v1/ask/answer", api.ask_answer, methods=["POST"]),
        Route("/api/v1/ask/back", api.ask_back, methods=["POST"]),
        Route("/api/v1/ask/result", api.ask_result, methods=["POST"]),
        Route("/api/v1/screen", api.screen, methods=["POST"]),
        Route("/api/v1/schemas/{which}", api.schema),
    ]
    app = Starlette(routes=routes, exception_handlers={ApiProblem: on_problem, HTTPException: on_http})
    app.state.web = web
    app.add_middleware(SafetyMiddleware, limit_for=limit_for, on_crash=on_crash)
    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


async def on_problem(request: Request, exc: ApiProblem) -> Response:
    return problem_response(exc.status, exc.detail, exc.errors, extra=exc.extra)


async def on_http(request: Request, exc: HTTPException) -> Response:
    if _is_api(request):
        return problem_response(exc.status_code, exc.detail or "error", headers=exc.headers)
    words = {404: ("Page not found", "There is no page at this address."),
             405: ("Not allowed", "This page does not take that kind of request.")}
    title, message = words.get(exc.status_code, ("Something went wrong", str(exc.detail)))
    return pages.error_page(request, exc.status_code, title, message)


def on_crash(scope, exc: Exception) -> Response:
    """A bug: a plain 500, logged by exception type and path only (an exception's message
    or the query string may hold athlete data, so neither is logged)."""
    log.error("internal error %s on %s %s", type(exc).__name__, scope["method"], scope["path"])
    if scope["path"].startswith("/api/"):
        return problem_response(500, "internal error; please report it")
    return Response("<!DOCTYPE html><html lang=en><title>Error</title><p>Internal error; please report it.</p>",
                    status_code=500, media_type="text/html")


async def static(request: Request) -> Response:
    name = request.path_params["name"]
    if name not in STATIC:
        raise HTTPException(404)
    body = files("advisor.frontends.web").joinpath("static", name).read_bytes()
    return Response(body, media_type=STATIC[name], headers={"cache-control": "public, max-age=3600"})


async def no_icon(request: Request) -> Response:
    """Browsers ask for it on every site; there is none (and a 404 would be noise)."""
    return Response(status_code=204, headers={"cache-control": "public, max-age=86400"})


async def openapi_json(request: Request) -> Response:
    return JSONResponse(openapi_document())


async def docs_page(request: Request) -> Response:
    doc = openapi_document()
    schemas = {name: json.dumps(s, indent=2, ensure_ascii=False) for name, s in doc["components"]["schemas"].items()}
    return pages.page(request, "docs.html.j2", title="Stridewise API", doc=doc, schemas=schemas)
