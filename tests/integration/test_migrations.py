"""Schema migrations: head equals the models, old stores upgrade without losing rows."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from sqms_desktop.errors import StoreError, StoreTooNewError
from sqms_desktop.store.base import Base
from sqms_desktop.store.engine import make_engine, open_store
from sqms_desktop.store.migrate import head_revision, upgrade_to_head
from sqms_desktop.store.models import alembic_compares


def test_fresh_upgrade_matches_models_exactly(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": alembic_compares}
        )
        assert compare_metadata(context, Base.metadata) == []
        assert context.get_current_revision() == head_revision()
    store.close()


def test_store_is_sqlite_wal_with_foreign_keys(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'wal.sqlite'}")
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    assert store.attachments_dir == tmp_path / "attachments"
    store.close()


def _fill_first_revision(path: Path) -> dict[str, int]:
    """Rows written the way a version-0001 program would have written them."""
    connection = sqlite3.connect(path)
    supplier_ids = [str(uuid.uuid4()) for _ in range(5)]
    for n, sid in enumerate(supplier_ids):
        connection.execute(
            "INSERT INTO supplier (id, code, name, country, status, approval_scope, "
            "new_business_hold, risk_class, commodities) VALUES (?,?,?,?,?,?,?,?,?)",
            (sid, f"OLD-{n}", f"Größe & Söhne {n}", "DE", "approved", "", 0, "low", "[]"),
        )
        connection.execute(
            "INSERT INTO site (id, supplier_id, name, street, postal_code, city, country) "
            "VALUES (?,?,?,?,?,?,?)",
            (str(uuid.uuid4()), sid, "Werk 1", "Hauptstraße 1", "70173", "Stuttgart", "DE"),
        )
    connection.execute(
        "INSERT INTO user_account (id, username, full_name, role, active) VALUES (?,?,?,?,?)",
        (str(uuid.uuid4()), "old.user", "Old User", "auditor", 1),
    )
    connection.commit()
    connection.close()
    return {"supplier": 5, "site": 5, "user_account": 1}


def test_store_at_first_revision_upgrades_with_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine, target="0001")
    engine.dispose()
    expected = _fill_first_revision(path)

    store = open_store(f"sqlite:///{path}")
    with store.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        assert {"change", "trail_entry", "replica"} <= tables
        for table, count in expected.items():
            assert connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == count
        names = [r[0] for r in connection.exec_driver_sql("SELECT name FROM supplier")]
        assert "Größe & Söhne 0" in names
    store.close()

    backups = list((tmp_path / "backups").glob("old-*-rev0001.sqlite"))
    assert len(backups) == 1, "the upgrade must back the old file up first"
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT count(*) FROM supplier").fetchone() == (5,)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    copy.close()


def _insert_row(connection: sqlite3.Connection, table: str, **given: object) -> None:
    """A row with every NOT NULL column filled by its type (foreign keys are off here)."""
    values = dict(given)
    for _, name, type_, notnull, default, _pk in connection.execute(f"PRAGMA table_info({table})"):
        if name in values or not notnull or default is not None:
            continue
        kind = type_.upper()
        values[name] = (
            0
            if kind in ("INTEGER", "BOOLEAN", "FLOAT")
            else "2026-01-01"
            if kind == "DATE"
            else "[]"
            if kind == "JSON"
            else f"{name}-1"
        )
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    connection.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values.values()))


def test_audits_of_revision_0009_upgrade_without_an_incomplete_reason(tmp_path: Path) -> None:
    path = tmp_path / "0009.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine, target="0009")
    engine.dispose()
    connection = sqlite3.connect(path)
    _insert_row(connection, "audit", id=str(uuid.uuid4()), reference="AUD-2025-0001")
    connection.commit()
    connection.close()

    store = open_store(f"sqlite:///{path}")
    with store.engine.connect() as connection_:
        rows = connection_.exec_driver_sql("SELECT reference, incomplete_reason FROM audit").all()
    store.close()
    assert [tuple(r) for r in rows] == [("AUD-2025-0001", None)]


def test_store_at_head_is_not_backed_up_again(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    open_store(f"sqlite:///{path}").close()
    open_store(f"sqlite:///{path}").close()
    assert not (tmp_path / "backups").exists()


def test_newer_store_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    open_store(f"sqlite:///{path}").close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    before = path.read_bytes()

    with pytest.raises(StoreTooNewError, match=r"newer SQMS Desktop.*9999_future"):
        open_store(f"sqlite:///{path}")
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER)")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match="not an SQMS store"):
        open_store(f"sqlite:///{path}")


def test_damaged_file_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"this is not a database at all, just text" * 100)
    with pytest.raises(StoreError, match="not a readable SQMS store"):
        open_store(f"sqlite:///{path}")


def test_the_known_head_is_the_newest_migration() -> None:
    from sqms_desktop.store.migrate import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


def test_an_in_memory_store_is_shared_between_threads() -> None:
    import threading

    from sqlalchemy import text

    store = open_store("sqlite://")
    seen: list[int] = []

    def count() -> None:
        with store.engine.connect() as connection:
            seen.append(connection.execute(text("SELECT count(*) FROM replica")).scalar_one())

    worker = threading.Thread(target=count)
    worker.start()
    worker.join()
    assert seen == [0], "the worker must see the migrated in-memory database"
    store.close()
