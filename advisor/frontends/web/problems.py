"""Errors as RFC 9457 problem details (``application/problem+json``), every problem with its path."""
from __future__ import annotations

import json

from starlette.responses import Response

from advisor.render.common import json_visible

PROBLEM_TYPE = "about:blank"
TITLES = {400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
          409: "Conflict", 413: "Content Too Large", 415: "Unsupported Media Type",
          422: "Unprocessable Content", 500: "Internal Server Error", 501: "Not Implemented"}


class ApiProblem(Exception):
    """Raised by an endpoint; turned into one problem-details response."""

    def __init__(self, status: int, detail: str, errors: list[dict] | None = None, extra: dict | None = None):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.errors = errors or []
        self.extra = extra or {}
        """Extension members of the problem (RFC 9457): ``outside``, what the words name that
        Stridewise does not assess, for an app to show whom to see."""


def problem_response(status: int, detail: str, errors: list[dict] | None = None,
                     headers: dict | None = None, extra: dict | None = None) -> Response:
    body = {"type": PROBLEM_TYPE, "title": TITLES.get(status, "Error"), "status": status, "detail": detail,
            "errors": errors or [], **(extra or {})}
    return Response(json_visible(json.dumps(body, ensure_ascii=False)), status_code=status,
                    media_type="application/problem+json", headers=headers)

