"""A store the GUI benchmarks read without ever writing to it (pages.py, memory.py)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def schema_problem(db: Path) -> str | None:
    """Why the store cannot be measured read-only by this code: another schema revision (an
    older store lacks the indexes this code reads with; opening it read-only migrates nothing)."""
    from sqms_desktop.store.migrate import HEAD_REVISION

    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    found = str(row[0]) if row else "none"
    if found == HEAD_REVISION:
        return None
    return (
        f"{db} is at schema revision {found}, this code at {HEAD_REVISION}: make it with "
        "scale_rows.py (which brings it to this code's schema) or open a copy once with this "
        "code's window"
    )


def read_only(db: Path) -> str:
    """The store's URL opened read-only (as for a store on a read-only stick): the benchmark
    never writes to it, not even a migration (give it a store made by this code)."""
    return f"sqlite:///file:{db.resolve()}?mode=ro&uri=true"
