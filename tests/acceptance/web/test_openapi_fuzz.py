"""The API fuzzed from its own OpenAPI description: no server error, every response in its schema.

The description is the one the server publishes at /api/v1/openapi.json (a test below holds
the two equal); the calls go to the real two-worker server.
"""
from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (content_type_conformance, not_a_server_error, response_schema_conformance,
                                 status_code_conformance)

from advisor.frontends.web.openapi import openapi_document

EXAMPLES = 25
"""Per operation: bounded, so the whole fuzz takes well under a minute here."""

@schemathesis.serializer("application/x-ndjson")
def _ndjson(ctx, value) -> bytes:
    """Roster bodies are strings in the description; send them as they are."""
    return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else bytes(str(value), "utf-8")


@schemathesis.serializer("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
def _xlsx(ctx, value) -> bytes:
    """Workbook bodies are binary strings in the description: fuzzed bytes, sent as they are
    (each is a damaged workbook, which must be a 422, never a server error)."""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else bytes(str(value), "utf-8")


schema = schemathesis.openapi.from_dict(openapi_document())


def test_the_fuzzed_description_is_the_published_one(http):
    assert http.get("/api/v1/openapi.json").json() == openapi_document()


@schema.parametrize()
@settings(max_examples=EXAMPLES, suppress_health_check=list(HealthCheck))
def test_api_matches_its_openapi(case, server):
    case.call_and_validate(base_url=server.url, checks=[not_a_server_error, response_schema_conformance,
                                                        status_code_conformance, content_type_conformance])
