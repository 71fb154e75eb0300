"""A fresh PostgreSQL database per test, on the server named by SQMS_TEST_POSTGRES_URL.

Locally the PostgreSQL tests are skipped when the variable is unset (or the server cannot be
reached); CI sets SQMS_REQUIRE_POSTGRES=1 (`.ci/run` starts a throw-away cluster), and then an
unset variable or an unreachable server fails every such test instead of hiding them.
The role in the URL needs CREATEDB.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy.engine import URL, make_url

if TYPE_CHECKING:
    import psycopg

URL_VARIABLE = "SQMS_TEST_POSTGRES_URL"
REQUIRE_VARIABLE = "SQMS_REQUIRE_POSTGRES"
DROP_PATIENCE_SECONDS = 30.0


def _unavailable(reason: str) -> None:
    if os.environ.get(REQUIRE_VARIABLE) == "1":
        pytest.fail(f"{REQUIRE_VARIABLE}=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def _admin(server: URL) -> psycopg.Connection[Any]:
    """An autocommit psycopg connection to the server's own database (CREATE DATABASE cannot run
    inside a transaction)."""
    import psycopg

    return psycopg.connect(
        host=server.host,
        port=server.port,
        user=server.username,
        password=server.password,
        dbname=server.database or "postgres",
        autocommit=True,
        connect_timeout=5,
    )


@pytest.fixture(scope="session")
def postgres_server() -> URL:
    """The server of SQMS_TEST_POSTGRES_URL, checked once per session (per xdist worker)."""
    raw = os.environ.get(URL_VARIABLE, "").strip()
    if not raw:
        _unavailable(f"{URL_VARIABLE} is not set (a PostgreSQL server for the central-store tests)")
    server = make_url(raw)
    if server.get_backend_name() != "postgresql":
        _unavailable(f"{URL_VARIABLE} is not a postgresql URL: {raw}")
    try:
        import psycopg
    except ImportError:
        _unavailable("psycopg is not installed (pip install -e '.[postgres]')")
    try:
        _admin(server).close()
    except psycopg.Error as exc:
        _unavailable(
            f"the PostgreSQL server of {URL_VARIABLE} "
            f"({server.render_as_string(hide_password=True)}) cannot be reached: {exc}"
        )
    return server


@pytest.fixture
def postgres_url(postgres_server: URL) -> Iterator[str]:
    """The URL of a new, empty database, dropped after the test (with whatever still uses it)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"sqms_test_{worker}_{secrets.token_hex(4)}"
    with _admin(postgres_server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield postgres_server.set(database=name).render_as_string(hide_password=False)
        finally:
            _drop(admin, name)


def _drop(admin: psycopg.Connection[Any], name: str) -> None:
    """Drop the test's database, ending the test's own leftover connections.

    FORCE may only end backends of roles the test role may signal: an autovacuum worker busy on
    the database just written (the demo writes thousands of rows) is refused with
    InsufficientPrivilege. The worker finishes within seconds, so the drop is tried again until
    it has; a database still in use after that fails the test's teardown by name."""
    import psycopg

    deadline = time.monotonic() + DROP_PATIENCE_SECONDS
    while True:
        try:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
