"""The store's PostgreSQL fixtures: a real server started and stopped by the test session
(``tools/pg_server.py``). Missing binaries FAIL the tests that need it: the PostgreSQL path is
part of the product, never skipped.
"""
from __future__ import annotations

import itertools
import os

import pytest

from tools.pg_server import temporary_server


@pytest.fixture(scope="session")
def postgresql_server():
    try:
        with temporary_server() as server:
            yield server
    except RuntimeError as err:
        pytest.fail(str(err))


_numbers = itertools.count(1)


@pytest.fixture
def postgres_url(postgresql_server):
    """A new, empty database on the session's server, dropped after the test."""
    name = f"stridewise_test_{os.getpid()}_{next(_numbers)}"
    postgresql_server.sql(f"CREATE DATABASE {name}")
    yield postgresql_server.url(name)
    postgresql_server.sql(f"DROP DATABASE {name} WITH (FORCE)")
