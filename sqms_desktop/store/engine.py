"""Opening a store: engine with the right SQLite pragmas, migration to head, session factory."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from sqms_desktop.errors import StoreError
from sqms_desktop.i18n import translate
from sqms_desktop.store.write_lock import (
    BUSY_TIMEOUT_MS,
    WRITE_OPTION,
    on_sqlite_begin,
    on_sqlite_commit_or_rollback,
)

log = logging.getLogger(__name__)


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # The driver's own transaction handling is off; SQLAlchemy's "begin" event issues BEGIN,
    # so DDL is transactional too (needed by Alembic on SQLite).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    if mode and mode[0].lower() not in {"wal", "memory"}:
        log.warning("SQLite refused WAL mode (got %s)", mode[0])


# What the environment does to a write (sqlite3's words): each becomes a StoreError with a
# sentence from describe_db_error, and the transaction is rolled back, so the store is as it was.
_ENVIRONMENT_ERRORS = (
    "database or disk is full",
    "disk is full",
    "readonly database",
    "read-only",
    "disk i/o error",
    "database is locked",
    "file is not a database",
    "malformed",
)


def _on_sqlite_error(context: Any) -> None:
    """A write that failed because of the disk, the medium or another program: a StoreError
    saying so instead of a database error (the unit of work then rolls back)."""
    connection = context.connection
    if connection is None or not connection.get_execution_options().get(WRITE_OPTION):
        return
    original = context.original_exception
    if not isinstance(original, sqlite3.DatabaseError):
        return
    lowered = str(original).lower()
    if any(words in lowered for words in _ENVIRONMENT_ERRORS):
        raise StoreError(describe_db_error(str(context.engine.url), context.sqlalchemy_exception))


def sqlite_file(url: str | URL) -> Path | None:
    """The file of an SQLite store, None for any other store or an in-memory one.

    The URI form (`sqlite:///file:/media/stick/store.sqlite?mode=ro&uri=true`, a store opened
    read-only) names the file after `file:`; read as a path, it would put the attachments (and
    a new folder) under a folder called `file:` in the working directory."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or database in (None, "", ":memory:"):
        return None
    if str(parsed.query.get("uri", "")).lower() == "true" and database.startswith("file:"):
        database = database.removeprefix("file:")
        if database in ("", ":memory:") or parsed.query.get("mode") == "memory":
            return None
    return Path(database)


def make_engine(url: str) -> Engine:
    """An engine for `url`; for SQLite the folder is created and WAL and foreign keys are on."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_file(parsed)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        if parsed.database in (None, "", ":memory:"):
            # One connection shared by every thread, or each worker would see its own empty
            # in-memory database.
            engine = create_engine(
                url, poolclass=StaticPool, connect_args={"check_same_thread": False}
            )
        else:
            engine = create_engine(url)
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", on_sqlite_begin)
        event.listen(engine, "commit", on_sqlite_commit_or_rollback)
        event.listen(engine, "rollback", on_sqlite_commit_or_rollback)
        event.listen(engine, "handle_error", _on_sqlite_error)
        return engine
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        # A server that does not answer is reported after 10 s instead of hanging the window.
        return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    return create_engine(url, pool_pre_ping=True)


@dataclass
class Store:
    """An open, migrated store: where its data and attachments live and how to get a session."""

    url: str
    engine: Engine
    attachments_dir: Path | None
    session_factory: sessionmaker[Session] = field(repr=False)
    # Whether commits note the trail's head on this computer (trail_key.note_head), so a
    # store put back to an older copy is noticed. Off for a file that is renamed once built
    # (the demo's side file): a head noted under its passing name would never be read.
    note_heads: bool = True
    # Whether the file was found whole when opened (store/migrate.check_on_open); a large one
    # is then remembered as checked when it is closed (store/open_check.py).
    checked_on_open: bool = False

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_file(self.url)

    def describe(self) -> str:
        """The store as a person names it: the file path, or the URL without its password."""
        path = self.sqlite_path
        if path is not None:
            return str(path)
        return make_url(self.url).render_as_string(hide_password=True)

    def session(self) -> Session:
        """A session for reading (and for writes outside a unit of work, such as migrations)."""
        return self.session_factory()

    def write_session(self) -> Session:
        """A unit of work's session: on SQLite its transaction begins with the write lock."""
        return Session(self._write_engine, expire_on_commit=False)

    @cached_property
    def _write_engine(self) -> Engine:
        # The same engine and pool, with the option the "begin" listener reads.
        return self.engine.execution_options(**{WRITE_OPTION: True})

    def close(self) -> None:
        self.engine.dispose()
        path = self.sqlite_path
        if self.checked_on_open and path is not None and path.is_file():
            from sqms_desktop.store.open_check import remember_checked

            remember_checked(path)


def open_store(url: str, *, migrate: bool = True) -> Store:
    """Open the store at `url`, backing up and migrating it to head first."""
    from sqms_desktop.store.migrate import check_on_open, upgrade_to_head

    engine = make_engine(url)
    try:
        checked = check_on_open(engine, sqlite_file(url))
        if migrate:
            upgrade_to_head(engine)
    except DBAPIError as exc:
        engine.dispose()
        raise StoreError(describe_db_error(url, exc)) from exc
    except BaseException:
        engine.dispose()
        raise
    return Store(
        url=url,
        engine=engine,
        attachments_dir=attachments_dir_for(url),
        session_factory=sessionmaker(engine, expire_on_commit=False),
        checked_on_open=checked,
    )


def attachments_dir_for(url: str | URL) -> Path | None:
    """The attachment folder beside an SQLite file; None for any other store, which keeps its
    attachments in its own table (store/attachments.py)."""
    path = sqlite_file(url)
    return None if path is None else path.parent / "attachments"


def describe_db_error(url: str, exc: DBAPIError) -> str:
    """Turn the known environment errors into a sentence a person can act on."""
    where = make_url(url).render_as_string(hide_password=True)
    text = str(exc.orig) if exc.orig is not None else str(exc)
    lowered = text.lower()
    if "database is locked" in lowered:
        return translate(
            "engine", "The store {where} is locked by another program; close it and try again."
        ).format(where=where)
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return translate(
            "engine",
            "The disk holding {where} is full; nothing was saved and the store is as it was. "
            "Free some space and save again.",
        ).format(where=where)
    if "readonly database" in lowered or "read-only" in lowered:
        return translate(
            "engine",
            "{where} is on a read-only disk or folder (or the file is read-only); nothing was "
            "saved and the store is as it was. Copy it somewhere writable, or make it writable.",
        ).format(where=where)
    if "disk i/o error" in lowered:
        return translate(
            "engine",
            "The disk holding {where} failed to read or write (I/O error); nothing was saved. "
            "Check the disk or the USB stick, then try again.",
        ).format(where=where)
    if "file is not a database" in lowered or "malformed" in lowered:
        return translate(
            "engine",
            "{where} is not a readable SQMS store (the file is damaged or not a database).",
        ).format(where=where)
    if "unable to open database file" in lowered:
        return translate(
            "engine", "Cannot open {where}: the folder does not exist or is not writable."
        ).format(where=where)
    server = _describe_server_error(make_url(url), lowered)
    if server is not None:
        return server
    return translate("engine", "The store {where} could not be used: {text}").format(
        where=where, text=text
    )


def _describe_server_error(url: URL, lowered: str) -> str | None:
    """The common PostgreSQL connection failures, in the words of someone setting up a store."""
    at = f"{url.host or 'localhost'}:{url.port or 5432}"
    if "does not exist" in lowered and "database" in lowered:
        return translate(
            "engine",
            "The PostgreSQL server at {at} has no database called {database!r}; "
            "create it (createdb {name}) or check the name in the URL.",
        ).format(at=at, database=url.database, name=url.database)
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return translate(
            "engine",
            "The PostgreSQL server at {at} refused the user name or password for "
            "{user!r}; check them in the URL.",
        ).format(at=at, user=url.username)
    if "role" in lowered and "does not exist" in lowered:
        return translate(
            "engine", "The PostgreSQL server at {at} has no user {user!r}; check the URL."
        ).format(at=at, user=url.username)
    if "connection refused" in lowered or "no such file or directory" in lowered:
        return translate(
            "engine",
            "No PostgreSQL server answers at {at}: is it running, and on that port? "
            "Start it or correct the host and port in the URL.",
        ).format(at=at)
    if "could not translate host name" in lowered or "name or service not known" in lowered:
        return translate(
            "engine", "The host {host!r} of the store's URL is not known; check its spelling."
        ).format(host=url.host)
    if "timeout expired" in lowered or "timed out" in lowered:
        return translate(
            "engine", "The PostgreSQL server at {at} did not answer in time; check the network."
        ).format(at=at)
    return None
