"""The write lock of an SQLite store: a unit of work takes it at BEGIN, waits, asks again.

Readers never wait under WAL, but two writers do, and a writer that read before it wrote held
a snapshot that another process's commit makes stale: its first write then failed at once as
"busy", whatever the busy timeout (38–58 % of writes with two processes). So a unit of work's
transaction begins with BEGIN IMMEDIATE: the lock comes before the first read, the busy
timeout waits for the other writer, and the lock is asked for again a few times with a pause
before the action is refused (docs/design.md, "The write lock").
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from dataclasses import dataclass
from typing import Any

from sqms_desktop.errors import StoreBusyError, StoreError
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

# A unit of work's connection carries this execution option (Store.write_session); plain read
# sessions keep a deferred BEGIN.
WRITE_OPTION = "sqms_write"
BUSY_TIMEOUT_MS = 5000
# Attempts in all, each waiting up to the busy timeout, with these pauses between them: about
# 20 s of another writer's work before an action is refused.
LOCK_ATTEMPTS = 4
LOCK_BACKOFF_S = (0.05, 0.2, 0.5)
# Raised here and by the unit of work (PostgreSQL's lock wait); translated where raised.
BUSY_MESSAGE = QT_TRANSLATE_NOOP(
    "write_lock", "The store is busy with another program's change; try again in a moment."
)


def busy_message() -> str:
    """BUSY_MESSAGE in the language now in use."""
    return translate("write_lock", BUSY_MESSAGE)


@dataclass
class _Held:
    raw: sqlite3.Connection
    database: str
    changes_at_begin: int


# The write transactions each thread holds open, so a nested transaction of the same thread
# (a failed sign-in counts the failure in a transaction of its own) does not wait for itself.
_held = threading.local()


def _holdings() -> list[_Held]:
    found: list[_Held] | None = getattr(_held, "items", None)
    if found is None:
        found = _held.items = []
    return found


def on_sqlite_begin(connection: Any) -> None:
    raw: sqlite3.Connection = connection.connection.driver_connection
    database = str(connection.engine.url.database)
    # A pooled connection begins afresh: whatever this thread noted about it is over.
    _holdings()[:] = [held for held in _holdings() if held.raw is not raw]
    _yield_unwritten_locks(raw, database)
    if not connection.get_execution_options().get(WRITE_OPTION):
        raw.execute("BEGIN")
        return
    for attempt in range(LOCK_ATTEMPTS):
        try:
            raw.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if not is_busy(str(exc)):
                raise
            if attempt + 1 == LOCK_ATTEMPTS:
                raise StoreBusyError(busy_message()) from exc
            log.info("store busy, asking for the write lock again (attempt %d)", attempt + 2)
            time.sleep(LOCK_BACKOFF_S[min(attempt, len(LOCK_BACKOFF_S) - 1)])
        else:
            _holdings().append(_Held(raw, database, raw.total_changes))
            return


def on_sqlite_commit_or_rollback(connection: Any) -> None:
    raw = connection.connection.driver_connection
    _holdings()[:] = [held for held in _holdings() if held.raw is not raw]


def _yield_unwritten_locks(raw: sqlite3.Connection, database: str) -> None:
    """A transaction this thread opens while it holds the write lock on another connection
    would wait for itself until refused as busy. If the holder has written nothing yet, it
    gives the lock up (its transaction goes on, deferred, like a plain read); if it has
    written, the nested one is refused at once, since waiting could not help."""
    items = _holdings()
    for held in list(items):
        if held.raw is raw or held.database != database or not held.raw.in_transaction:
            continue
        if held.raw.total_changes != held.changes_at_begin:
            raise StoreError(
                translate(
                    "write_lock",
                    "This action opened a second write on the store while its first was unsaved; "
                    "nothing was saved. Please report this as a bug.",
                )
            )
        held.raw.execute("ROLLBACK")
        held.raw.execute("BEGIN")
        items.remove(held)


def is_busy(text: str) -> bool:
    lowered = text.lower()
    return "database is locked" in lowered or "database is busy" in lowered
