"""A store whose disk is full: SQLite may not grow the file by a single page.

`PRAGMA max_page_count` set to the pages the file has makes every write that needs a new page
fail with SQLITE_FULL ("database or disk is full"), as a full disk or USB stick does, without
a loop-mounted file system (which would need root).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from sqms_desktop.store.engine import Store


def _no_new_pages(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
    dbapi_connection.execute(f"PRAGMA max_page_count={pages}")


@contextmanager
def disk_full(store: Store) -> Iterator[None]:
    """Every connection opened inside the block finds the disk full."""
    store.engine.dispose()
    event.listen(store.engine, "connect", _no_new_pages)
    try:
        yield
    finally:
        event.remove(store.engine, "connect", _no_new_pages)
        store.engine.dispose()
