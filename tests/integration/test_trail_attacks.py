"""Someone holds the store file and edits it with a SQLite tool; `sqms trail verify` and
`sqms store check` must name what they did, and exit non-zero (issue 16, "The trail and the
signatures"). Each attack below passed verification before the trail was keyed."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from sqms_desktop.canonical import canonical_json
from sqms_desktop.cli import main
from sqms_desktop.demo.templates import ISO9001_EXTRACT
from sqms_desktop.errors import StoreError
from sqms_desktop.queries.trail_integrity import TrailVerification, verify_trail
from sqms_desktop.services import audits, signatures, suppliers, templates, users
from sqms_desktop.store import trail_key
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Question
from sqms_desktop.store.trail import HASHED_FIELDS
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.store import StepClock

LEAD_PW = "lead-auditor-pw"


@pytest.fixture
def signed(store: Store, uow: Callable[[], UnitOfWork]) -> str:
    """Three suppliers, then an audit signed by its lead auditor (a checkpoint); returns the
    audit's id."""
    import datetime as dt

    with uow() as u:
        lena = users.create_user(u, "lena", "Lena Lead", "lead_auditor", LEAD_PW)
        supplier = suppliers.create_supplier(u, suppliers.SupplierInput(code="S1", name="Acme"))
        template = templates.create_template(u, ISO9001_EXTRACT)
        templates.release_template(u, template.id)
        u.commit()
    with uow() as u:
        audit = audits.plan_audit(
            u,
            audits.AuditPlan(
                supplier_id=supplier.id,
                template_id=template.id,
                lead_auditor_id=lena.id,
                planned_start=dt.date(2026, 3, 2),
            ),
        )
        audits.start_audit(u, audit.id, dt.date(2026, 3, 2))
        for question in u.session.scalars(
            select(Question).where(Question.template_id == template.id)
        ):
            audits.record_answer(u, audit.id, question.id, "3")
        audits.complete_audit(u, audit.id, dt.date(2026, 3, 3), conclusions="Fine.", score=100.0)
        u.commit()
    with UnitOfWork(store, WriteContext(user="lena", clock=StepClock())) as u:
        signatures.sign_audit(u, audit.id, "lena", LEAD_PW, "approved")
        u.commit()
    for n in range(3):
        with uow() as u:
            suppliers.create_supplier(u, suppliers.SupplierInput(code=f"T{n}", name=f"Later {n}"))
            u.commit()
    return audit.id


def _verify(store: Store) -> TrailVerification:
    with store.session() as session:
        return verify_trail(session, location=store.describe())


def _sql(path: Path, *statements: str, params: tuple[object, ...] = ()) -> None:
    """What someone with a SQLite tool does: drop the guards, change history."""
    connection = sqlite3.connect(path)
    for table in ("trail_entry", "change", "trail_checkpoint"):
        for verb in ("update", "delete"):
            connection.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
    for statement in statements:
        connection.execute(statement, params if "?" in statement else ())
    connection.commit()
    connection.close()


def _last_seq(path: Path) -> int:
    connection = sqlite3.connect(path)
    (seq,) = connection.execute("SELECT max(seq) FROM trail_entry").fetchone()
    connection.close()
    return int(seq)


def _cli(path: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    code = main(["--db", str(path), *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_an_untouched_store_verifies(
    store: Store, store_path: Path, signed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    report = _verify(store)
    assert report.ok, report.problems
    assert report.checkpoints == 1
    assert report.signatures == 1
    code, shown = _cli(store_path, "trail", "verify", capsys=capsys)
    assert code == 0
    assert (shown["ok"], shown["checkpoints"], shown["keyed_from"]) == (True, 1, 1)
    code, shown = _cli(store_path, "store", "check", capsys=capsys)
    assert (code, shown["ok"], shown["trail"]["ok"]) == (0, True, True)


def test_deleting_the_newest_entries_is_named(
    store: Store, store_path: Path, signed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    last = _last_seq(store_path)
    _sql(store_path, f"DELETE FROM trail_entry WHERE seq > {last - 2}")
    report = _verify(store)
    assert not report.ok
    assert report.first is not None
    assert report.first.seq == last - 1
    assert f"this computer wrote entries up to #{last}" in report.first.message
    code, shown = _cli(store_path, "trail", "verify", capsys=capsys)
    assert code == 1
    assert shown["first_broken"]["seq"] == last - 1
    code, shown = _cli(store_path, "store", "check", capsys=capsys)
    assert (code, shown["ok"]) == (1, False)


def test_deleting_the_newest_entries_with_their_changes_is_named(
    store: Store, store_path: Path, signed: str
) -> None:
    """The change log agrees with the shortened trail; what this computer saw does not."""
    last = _last_seq(store_path)
    _sql(
        store_path,
        f"DELETE FROM change WHERE trail_seq = {last}",
        f"DELETE FROM trail_entry WHERE seq = {last}",
    )
    report = _verify(store)
    assert report.first is not None
    assert report.first.check == "chain"
    assert "the newest entries were removed" in report.first.message


def test_deleting_the_whole_trail_is_named(store: Store, store_path: Path, signed: str) -> None:
    _sql(store_path, "DELETE FROM trail_entry")
    report = _verify(store)
    assert not report.ok
    assert {p.check for p in report.problems} >= {"chain", "links", "checkpoint"}


def test_the_trail_of_a_copy_elsewhere_is_still_checked_against_its_change_log(
    store: Store, store_path: Path, signed: str, tmp_path: Path
) -> None:
    """On another path this computer has no head to compare with: the change log still
    names the entries that are gone."""
    copy = tmp_path / "elsewhere" / "copy.sqlite"
    copy.parent.mkdir()
    source, target = sqlite3.connect(store_path), sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()
    last = _last_seq(copy)
    _sql(copy, f"DELETE FROM trail_entry WHERE seq = {last}")
    from sqms_desktop.store.engine import open_store

    other = open_store(f"sqlite:///{copy}")
    try:
        report = _verify(other)
    finally:
        other.close()
    assert report.first is not None
    assert report.first.check == "links"
    assert f"#{last}" in report.first.message
    assert "not in the trail" in report.first.message


def _forged_row(path: Path, seq: int, *, key_id: str | None) -> dict[str, object]:
    """An entry like the last one, rehashed with plain SHA-256: what the unkeyed chain let
    anyone do."""
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    last = dict(connection.execute("SELECT * FROM trail_entry WHERE seq = ?", (seq,)).fetchone())
    connection.close()
    entry = {**last, "seq": seq + 1, "prev_hash": last["hash"], "action": "sign-in"}
    entry["reason"] = "nothing happened"
    entry["key_id"] = key_id
    body = canonical_json({name: entry[name] for name in HASHED_FIELDS})
    entry["hash"] = hashlib.sha256((entry["prev_hash"] + body).encode()).hexdigest()
    return entry


@pytest.mark.parametrize("claims_key", [False, True])
def test_an_appended_forged_entry_is_named(
    store: Store, store_path: Path, signed: str, claims_key: bool
) -> None:
    last = _last_seq(store_path)
    with store.session() as session:
        key_id = session.scalar(select(trail_key_id_column()))
    entry = _forged_row(store_path, last, key_id=key_id if claims_key else None)
    names = ", ".join(entry)
    marks = ", ".join("?" for _ in entry)
    _sql(
        store_path,
        f"INSERT INTO trail_entry ({names}) VALUES ({marks})",
        params=tuple(entry.values()),
    )
    report = _verify(store)
    assert report.first is not None
    assert report.first.seq == last + 1
    expected = "keyed hash differs" if claims_key else "has no keyed hash"
    assert expected in report.first.message


def trail_key_id_column():  # type: ignore[no-untyped-def]
    from sqms_desktop.store.ledger import Replica

    return Replica.trail_key_id


def test_history_rewritten_from_some_point_on_is_named(
    store: Store, store_path: Path, signed: str
) -> None:
    """Change one entry's reason and recompute every hash after it with plain SHA-256."""
    connection = sqlite3.connect(store_path)
    connection.row_factory = sqlite3.Row
    rows = [dict(r) for r in connection.execute("SELECT * FROM trail_entry ORDER BY seq")]
    connection.close()
    start = 5
    statements = []
    prev = rows[start - 2]["hash"]
    for row in rows[start - 1 :]:
        if row["seq"] == start:
            row["reason"] = "rewritten"
        row["prev_hash"] = prev
        body = canonical_json({name: row[name] for name in HASHED_FIELDS})
        row["hash"] = hashlib.sha256((prev + body).encode()).hexdigest()
        prev = row["hash"]
        statements.append(
            f"UPDATE trail_entry SET reason = '{row['reason']}', prev_hash = '{row['prev_hash']}', "
            f"hash = '{row['hash']}' WHERE seq = {row['seq']}"
        )
    # Hashes are unique: park them first so the rewrite does not collide with itself.
    _sql(store_path, f"UPDATE trail_entry SET hash = 'x' || seq WHERE seq >= {start}", *statements)
    report = _verify(store)
    assert report.first is not None
    assert report.first.seq == start
    assert "keyed hash differs" in report.first.message


def test_rewriting_with_the_trail_key_still_breaks_the_signed_checkpoint(
    store: Store, store_path: Path, signed: str
) -> None:
    """Even someone who also has the trail key cannot rewrite what a signature vouched for:
    the checkpoint signed with the lead auditor's key names the head it saw."""
    with store.session() as session:
        key = trail_key.load(session.scalar(select(trail_key_id_column())))
    assert key is not None
    from sqms_desktop.store.trail import entry_hash

    connection = sqlite3.connect(store_path)
    connection.row_factory = sqlite3.Row
    rows = [dict(r) for r in connection.execute("SELECT * FROM trail_entry ORDER BY seq")]
    connection.close()
    statements = []
    prev = rows[1]["hash"]
    for row in rows[2:]:
        if row["seq"] == 3:
            row["reason"] = "rewritten with the key"
        row["prev_hash"] = prev
        row["hash"] = entry_hash(prev, row, key)
        prev = row["hash"]
        statements.append(
            f"UPDATE trail_entry SET reason = '{row['reason']}', prev_hash = '{row['prev_hash']}', "
            f"hash = '{row['hash']}' WHERE seq = {row['seq']}"
        )
    _sql(store_path, "UPDATE trail_entry SET hash = 'x' || seq WHERE seq >= 3", *statements)
    # The head this computer remembers would give it away too; a thief's computer has none.
    trail_key.forget_head(store.describe(), _local_replica(store_path))
    report = _verify(store)
    assert [p.check for p in report.problems] == ["checkpoint"]
    assert "rewritten after it was signed" in report.problems[0].message


def _local_replica(path: Path) -> str:
    connection = sqlite3.connect(path)
    (replica,) = connection.execute("SELECT id FROM replica WHERE is_local").fetchone()
    connection.close()
    return str(replica)


def test_a_removed_checkpoint_is_named(store: Store, store_path: Path, signed: str) -> None:
    _sql(store_path, "DELETE FROM trail_checkpoint")
    report = _verify(store)
    assert [p.check for p in report.problems] == ["checkpoint"]
    assert "has no checkpoint" in report.problems[0].message


def test_a_change_edited_with_its_record_is_named(
    store: Store, store_path: Path, signed: str
) -> None:
    """Records and change log agree (the fold matches), the trail says otherwise."""
    connection = sqlite3.connect(store_path)
    (change_id, entity_id) = connection.execute(
        "SELECT change_id, entity_id FROM change WHERE entity = 'supplier' AND field = 'name' "
        "AND value = '\"Later 1\"'"
    ).fetchone()
    connection.close()
    _sql(
        store_path,
        f"UPDATE change SET value = '\"Forged Ltd\"' WHERE change_id = '{change_id}'",
        f"UPDATE supplier SET name = 'Forged Ltd' WHERE id = '{entity_id}'",
    )
    report = _verify(store)
    assert report.first is not None
    assert report.first.check == "links"
    assert 'sets name to "Forged Ltd", but the trail records "Later 1"' in report.first.message


def test_a_change_slipped_in_without_an_entry_is_named(
    store: Store, store_path: Path, signed: str
) -> None:
    connection = sqlite3.connect(store_path)
    connection.row_factory = sqlite3.Row
    row = dict(connection.execute("SELECT * FROM change ORDER BY seq DESC LIMIT 1").fetchone())
    connection.close()
    row.update(change_id=row["change_id"] + "x", seq=row["seq"] + 1, trail_seq=None)
    names, marks = ", ".join(row), ", ".join("?" for _ in row)
    _sql(store_path, f"INSERT INTO change ({names}) VALUES ({marks})", params=tuple(row.values()))
    report = _verify(store)
    assert report.first is not None
    assert report.first.check == "links"
    assert "1 changes name no trail entry, but 0 did" in report.first.message


def test_a_signed_status_without_a_signature_is_named(
    store: Store, store_path: Path, signed: str
) -> None:
    _sql(store_path, "DELETE FROM signature")
    report = _verify(store)
    messages = [p.message for p in report.problems if p.check == "signature"]
    assert any(
        "is signed without a valid signature (there is no signature at all)" in m for m in messages
    )


def test_without_the_trail_key_nothing_is_written_and_verify_says_why(
    store: Store, store_path: Path, signed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = trail_key.key_folder()
    with store.session() as session:
        key_id = session.scalar(select(trail_key_id_column()))
    key_file = folder / f"key-{key_id}.json"
    backup = tmp_path / "trail-key.json"
    assert main(["--db", str(store_path), "store", "key", "export", "-o", str(backup)]) == 0
    capsys.readouterr()
    key_file.unlink()
    trail_key._cache.clear()
    try:
        report = _verify(store)
        assert report.first is not None
        assert (
            f"this store's trail key {key_id}, which is not on this computer"
            in report.first.message
        )
        with UnitOfWork(store, WriteContext(user="anna")) as u:
            refused = suppliers.SupplierInput(code="Z1", name="Never")
            with pytest.raises(StoreError, match="sqms store key import"):
                suppliers.create_supplier(u, refused)
        assert main(["--db", str(store_path), "store", "key", "import", str(backup)]) == 0
        assert _verify(store).ok
    finally:
        if not key_file.exists():
            trail_key.save(trail_key.parse_key(backup.read_text(), source=str(backup)))
