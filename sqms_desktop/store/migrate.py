"""Schema migrations at start-up: back up, upgrade to head, refuse a newer database."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from sqms_desktop.errors import StoreDamagedError, StoreError, StoreTooNewError
from sqms_desktop.i18n import translate
from sqms_desktop.resources import shipped
from sqms_desktop.store.integrity import engine_problems

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# The newest revision in migrations/versions (a test keeps the two equal). Knowing it here lets
# start-up skip loading Alembic when the store is already current, the common case.
HEAD_REVISION = "0017"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(shipped("migrations")))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def stored_revision(connection: Connection) -> str | None:
    """The revision a migrated store records, read by plain SQL: what `sqms store info` shows,
    without loading Alembic (about 0.2 s of imports) for a command that only reads."""
    found = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return str(found) if found is not None else None


def _quick_revision(engine: Engine) -> str | None:
    """The store's revision by plain SQL, or None when it has none (or cannot say)."""
    try:
        with engine.connect() as connection:
            found = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except DBAPIError:
        return None
    return str(found) if found is not None else None


def check_on_open(engine: Engine, path: Path | None) -> bool:
    """SQLite's quick check of a store file before anything else reads it: a damaged file is
    refused, naming the newest good backup (store/backups.damaged_store). True when the file
    was found whole, or is a large file this computer closed whole and nothing has touched
    since (store/open_check.py); False for no file to check (a new store, a server). `path` is
    the store's file (store/engine.sqlite_file, which also reads the read-only URI form)."""
    from sqms_desktop.store.open_check import forget_checked, unchanged_since_checked

    if path is None or not path.is_file() or path.stat().st_size == 0:
        return False  # a server's store, an in-memory one, or a new store: nothing to check
    if unchanged_since_checked(path):
        log.info("%s is as this computer last checked and closed it: quick check skipped", path)
        return True
    # store/backups (and the trail key and cryptography it imports) only for a damaged file.
    try:
        problems = engine_problems(engine, full=False)
    except DBAPIError as exc:
        from sqms_desktop.store.backups import list_backups

        # Not even a database header: a file that never was a store is refused as such
        # (engine.describe_db_error); a store that has backups is offered the newest.
        if not list_backups(path):
            raise
        problems = [str(exc.orig)]
    if problems:
        from sqms_desktop.store.backups import damaged_store

        engine.dispose()
        forget_checked(path)
        raise damaged_store(path, problems)
    return True


def upgrade_to_head(engine: Engine, *, target: str = "head") -> Path | None:
    """Bring the store to `target`; returns the backup file made first, if any."""
    if target == "head" and _quick_revision(engine) == HEAD_REVISION:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    from sqms_desktop.store.backups import backup_sqlite

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    known = {rev.revision for rev in script.walk_revisions()}
    backup: Path | None = None
    with engine.connect() as connection:
        current = current_revision(connection)
        tables = set(inspect(connection).get_table_names())
        connection.rollback()
    where = make_url(str(engine.url)).render_as_string(hide_password=True)
    if current is None and tables - {"alembic_version"}:
        raise StoreError(
            translate(
                "migrate", "{where} holds tables but is not an SQMS store; refusing to touch it."
            ).format(where=where)
        )
    if current is not None and current not in known:
        raise StoreTooNewError(
            translate(
                "migrate",
                "{where} was written by a newer SQMS Desktop (schema revision {current}); "
                "this version knows schema revisions up to {head}. Install the newer version "
                "to open it; nothing was changed.",
            ).format(where=where, current=current, head=head)
        )
    if current == head and target == "head":
        return None
    database = engine.url.database
    if engine.url.get_backend_name() == "sqlite" and current is not None and database:
        backup = backup_sqlite(Path(database), f"rev{current}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), target)
    log.info("store %s migrated from %s to %s", where, current, target)
    if engine.url.get_backend_name() == "sqlite" and current is not None:
        problems = engine_problems(engine, full=True)
        if problems:
            engine.dispose()
            raise StoreDamagedError(
                translate(
                    "migrate",
                    "{where} failed SQLite's integrity check after migrating from revision "
                    "{current} to {target}: {problem}. The copy made before the migration is "
                    "{backup}; restore it with `sqms backup restore {name}`.",
                ).format(
                    where=where,
                    current=current,
                    target=target,
                    problem=problems[0],
                    backup=backup,
                    name=backup.name if backup else "",
                ),
                path=str(database),
                backup=backup.name if backup else None,
            )
    return backup
