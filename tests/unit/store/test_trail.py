"""The trail is append-only in the database and its hash chain exposes any edit."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from sqms_desktop.services import suppliers
from sqms_desktop.services.suppliers import SupplierInput
from sqms_desktop.store.engine import Store
from sqms_desktop.store.trail import verify_chain
from sqms_desktop.store.uow import UnitOfWork

# Entry 1 is the store's administrator, made by the `uow` fixture; each supplier of `_fill`
# then takes two entries, its creation and its approval.
ADMIN_ENTRIES = 1


def _fill(uow: Callable[[], UnitOfWork]) -> None:
    for n in range(3):
        with uow() as u:
            supplier = suppliers.create_supplier(
                u, SupplierInput(code=f"S-{n}", name=f"Supplier {n}")
            )
            suppliers.set_supplier_status(u, supplier.id, "approved", reason="qualified")
            u.commit()


def test_intact_trail_verifies(store: Store, uow: Callable[[], UnitOfWork]) -> None:
    _fill(uow)
    with store.session() as session:
        report = verify_chain(session)
    assert report.ok
    assert report.checked == ADMIN_ENTRIES + 6


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE trail_entry SET new_value = '\"disqualified\"' WHERE seq = 3",
        "DELETE FROM trail_entry WHERE seq = 3",
        "UPDATE change SET value = '\"x\"'",
        "DELETE FROM change",
    ],
)
def test_logs_refuse_update_and_delete(
    store: Store, uow: Callable[[], UnitOfWork], statement: str
) -> None:
    _fill(uow)
    with store.engine.connect() as connection, pytest.raises(IntegrityError, match="append-only"):
        connection.execute(text(statement))


def _tamper(path: Path, statement: str) -> None:
    """What someone with a SQLite tool could do: drop the guard, change history."""
    connection = sqlite3.connect(path)
    connection.execute("DROP TRIGGER trail_entry_no_update")
    connection.execute("DROP TRIGGER trail_entry_no_delete")
    connection.execute(statement)
    connection.commit()
    connection.close()


def test_edited_entry_is_named_by_verify(
    store: Store, store_path: Path, uow: Callable[[], UnitOfWork]
) -> None:
    _fill(uow)
    _tamper(store_path, "UPDATE trail_entry SET new_value = '\"disqualified\"' WHERE seq = 5")
    with store.session() as session:
        report = verify_chain(session)
    assert not report.ok
    assert report.first_break is not None
    assert report.first_break.seq == 5
    assert "content was changed" in report.first_break.describe()
    assert report.checked == 4


def test_removed_entry_is_named_by_verify(
    store: Store, store_path: Path, uow: Callable[[], UnitOfWork]
) -> None:
    _fill(uow)
    _tamper(store_path, "DELETE FROM trail_entry WHERE seq = 6")
    with store.session() as session:
        report = verify_chain(session)
    assert report.first_break is not None
    assert report.first_break.seq == 7
    assert "#6 to #6 are missing" in report.first_break.reason


def test_rehashed_entry_is_named_by_verify(
    store: Store, store_path: Path, uow: Callable[[], UnitOfWork]
) -> None:
    """Recomputing the edited entry's hash with plain SHA-256 is not enough: the chain is keyed
    with a key that is not in the store file."""
    _fill(uow)
    connection = sqlite3.connect(store_path)
    row = connection.execute("SELECT * FROM trail_entry WHERE seq = 3").fetchone()
    names = [d[0] for d in connection.execute("SELECT * FROM trail_entry").description]
    connection.close()
    from sqms_desktop.store.trail import entry_hash

    entry = dict(zip(names, row, strict=True))
    entry["reason"] = "nothing to see"
    forged = entry_hash(entry["prev_hash"], entry)
    _tamper(
        store_path,
        f"UPDATE trail_entry SET reason = 'nothing to see', hash = '{forged}' WHERE seq = 3",
    )
    with store.session() as session:
        report = verify_chain(session)
    assert report.first_break is not None
    assert report.first_break.seq == 3
    assert "keyed hash differs" in report.first_break.reason


def _as_before_keying(path: Path) -> None:
    """Make the store what a store written before schema 0013 is after the upgrade: plain
    SHA-256 links, no key, changes that name no trail entry."""
    import hashlib

    from sqms_desktop.canonical import canonical_json
    from sqms_desktop.store.trail import GENESIS_HASH, HASHED_FIELDS

    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    rows = [dict(r) for r in connection.execute("SELECT * FROM trail_entry ORDER BY seq")]
    for table in ("trail_entry", "change"):
        connection.execute(f"DROP TRIGGER {table}_no_update")
    connection.execute("UPDATE trail_entry SET hash = 'x' || seq")
    prev = GENESIS_HASH
    for row in rows:
        body = canonical_json({name: row[name] for name in HASHED_FIELDS})
        digest = hashlib.sha256((prev + body).encode()).hexdigest()
        connection.execute(
            "UPDATE trail_entry SET key_id = NULL, prev_hash = ?, hash = ? WHERE seq = ?",
            (prev, digest, row["seq"]),
        )
        prev = digest
    connection.execute("UPDATE change SET trail_seq = NULL")
    connection.execute("UPDATE replica SET trail_key_id = NULL")
    connection.commit()
    connection.close()


def test_a_store_from_before_keying_verifies_and_keys_its_new_entries(
    store: Store,
    store_path: Path,
    uow: Callable[[], UnitOfWork],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sqms_desktop.queries.trail_integrity import verify_trail
    from sqms_desktop.store import trail_key

    _fill(uow)
    _as_before_keying(store_path)
    legacy = ADMIN_ENTRIES + 6
    # A new computer: none of this store's keys, nor the head it saw.
    with store.session() as session:
        report = verify_chain(session, keys={})
    assert (report.ok, report.keyed_from) == (True, None)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(trail_key, "_cache", {})
    with uow() as u:
        suppliers.create_supplier(u, SupplierInput(code="NEW", name="After the upgrade"))
        u.commit()
    with store.session() as session:
        full = verify_trail(session, location=store.describe())
        keyed = session.execute(text("SELECT count(*) FROM trail_entry WHERE key_id IS NOT NULL"))
        assert keyed.scalar() == 1
    assert full.ok, full.problems
    assert full.chain.keyed_from == legacy + 1
    (key,) = trail_key.all_keys().values()
    assert key.legacy_changes > 0
