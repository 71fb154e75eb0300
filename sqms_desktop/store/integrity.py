"""Is the SQLite file whole? SQLite's own checks, run on open, after a migration and on demand.

`PRAGMA quick_check` on every open (it reads every page but skips the index-to-table
cross-checks: 0.1 s on the demo store); the full `PRAGMA integrity_check` plus the foreign-key
check after a migration, in `sqms store check` and when a backup is verified. A damaged store
is refused with the file named and the newest good backup offered (store/backups.py), never
reset or repaired silently (docs/design.md, "Backups and damaged stores").
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine

from sqms_desktop.i18n import translate

# integrity_check stops after this many problems; a person needs the first few, not all.
MAX_PROBLEMS = 20


class _OpenStore(Protocol):
    """An open store (store/engine.Store, which imports the migration that imports this)."""

    @property
    def sqlite_path(self) -> Path | None: ...

    @property
    def engine(self) -> Engine: ...


def file_problems(path: Path, *, full: bool = True) -> list[str]:
    """What SQLite finds wrong with the file at `path` ([] when it is whole).

    The file is opened read-only (and never created): checking must not change it. Its words
    stay English: a backup's manifest keeps them (store/backups.py), as SQLite's own are."""
    if not path.is_file():
        return [f"{path} does not exist"]
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
            return _problems(connection, full=full)
    except sqlite3.DatabaseError as exc:
        return [f"SQLite cannot read it: {exc}"]


def engine_problems(engine: Engine, *, full: bool, foreign_keys: bool = False) -> list[str]:
    """The same checks through an open SQLite engine (on open, after a migration, in
    `sqms store check`); `foreign_keys` adds SQLite's foreign-key check."""
    with engine.connect() as connection:  # a file that is no database fails here (DBAPIError)
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        try:
            return _problems(driver, full=full, foreign_keys=foreign_keys)
        except sqlite3.DatabaseError as exc:
            return [translate("integrity", "SQLite cannot read it: {reason}").format(reason=exc)]


def integrity_problems(store: _OpenStore) -> list[str]:
    """The full check of an open store, for `sqms store check`: every page, every index, every
    foreign key (SQLite enforces them on write, so a broken one means the file was edited).
    A PostgreSQL store answers [] (the server keeps its own pages whole)."""
    if store.sqlite_path is None:
        return []
    return engine_problems(store.engine, full=True, foreign_keys=True)


def _problems(
    connection: sqlite3.Connection, *, full: bool, foreign_keys: bool = False
) -> list[str]:
    pragma = "integrity_check" if full else "quick_check"
    rows = connection.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
    found = [str(row[0]) for row in rows if str(row[0]).lower() != "ok"]
    if foreign_keys:
        for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
            found.append(
                translate(
                    "integrity", "row {rowid} of {table} names a missing {parent} row"
                ).format(rowid=rowid, table=table, parent=parent)
            )
            if len(found) >= MAX_PROBLEMS:
                break
    return found
