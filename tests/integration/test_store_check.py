"""`sqms store check` runs every check of the store: SQLite's own, the fold, the trail; a
restore from a backup is a shorter trail on purpose, not an attack."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from sqms_desktop.cli import main
from sqms_desktop.services import suppliers
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork


def _add(uow: Callable[[], UnitOfWork], code: str) -> None:
    with uow() as u:
        suppliers.create_supplier(u, suppliers.SupplierInput(code=code, name=f"Supplier {code}"))
        u.commit()


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object]:
    code = main([*argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_a_broken_reference_edited_into_the_file_fails_store_check(
    store: Store,
    store_path: Path,
    uow: Callable[[], UnitOfWork],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """SQLite enforces foreign keys on write, so a dangling one means the file was edited."""
    _add(uow, "S1")
    connection = sqlite3.connect(store_path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute(
        "INSERT INTO contact (id, supplier_id, name, function, email, phone) "
        "VALUES ('c1', 'no-such-supplier', 'Ghost', '', '', '')"
    )
    connection.commit()
    connection.close()
    code, shown = _json(capsys, "--db", str(store_path), "store", "check")
    assert code == 1
    assert isinstance(shown, dict)
    assert shown["ok"] is False
    assert any("contact" in line for line in shown["integrity"]), shown["integrity"]


def test_a_restored_backup_verifies(
    store: Store,
    store_path: Path,
    uow: Callable[[], UnitOfWork],
    capsys: pytest.CaptureFixture[str],
) -> None:
    _add(uow, "S1")
    code, made = _json(capsys, "--db", str(store_path), "backup", "create")
    assert code == 0
    assert isinstance(made, dict)
    _add(uow, "S2")
    _add(uow, "S3")
    store.close()  # the restore replaces the file: nothing may hold it open
    assert main(["--db", str(store_path), "backup", "restore", made["name"], "--yes"]) == 0
    capsys.readouterr()
    code, shown = _json(capsys, "--db", str(store_path), "trail", "verify")
    assert isinstance(shown, dict)
    assert (code, shown["ok"]) == (0, True), shown["problems"]
