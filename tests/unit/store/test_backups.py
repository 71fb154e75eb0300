"""Rolling backups: made with the online backup API, verified (file and attachments), pruned,
restored with the replaced store kept; a damaged store is refused with the newest good backup."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sqms_desktop.errors import StoreDamagedError, StoreError
from sqms_desktop.services import suppliers, users
from sqms_desktop.services.actor import Actor
from sqms_desktop.store import backups
from sqms_desktop.store.attachments import AttachmentFolder
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.integrity import file_problems, integrity_problems
from sqms_desktop.store.models import Attachment, Supplier

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _store(db: Path) -> Store:
    store = open_store(f"sqlite:///{db}")
    Actor(store, "root").run(users.create_user, "root", "Root Admin", "admin")
    return store


def _add_suppliers(store: Store, *codes: str) -> None:
    for code in codes:
        Actor(store, "root").run(
            suppliers.create_supplier, suppliers.SupplierInput(code=code, name=code)
        )


def _attach(store: Store, data: bytes) -> str:
    assert store.attachments_dir is not None
    sha256, _ = AttachmentFolder(store.attachments_dir).put(data, ".jpg")

    def add(uow) -> None:  # type: ignore[no-untyped-def]
        uow.add(Attachment(sha256=sha256, media_type="image/jpeg", original_name="a.jpg",
                           size_bytes=len(data)))  # fmt: skip

    Actor(store, "root").run(add)
    return sha256


def _suppliers(db: Path) -> set[str]:
    store = open_store(f"sqlite:///{db}")
    try:
        with store.session() as session:
            return set(session.scalars(select(Supplier.code)))
    finally:
        store.close()


def test_a_backup_names_its_attachments_and_verifies(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    store = _store(db)
    sha256 = _attach(store, b"\xff\xd8 photo bytes")
    _add_suppliers(store, "S1")
    made = backups.create_backup(db, now=NOW)
    store.close()
    assert made.label == "manual"
    assert made.attachments == (sha256,)
    assert made.trail_seq > 0
    assert made.verified is None
    listed = backups.list_backups(db)
    assert [b.name for b in listed] == [made.name]
    checked = backups.verify_backup(db, listed[0])
    assert checked.verified is True
    assert backups.list_backups(db)[0].verified is True  # kept in the manifest

    photo = next((tmp_path / "attachments").rglob(f"{sha256}*"))
    photo.write_bytes(b"changed")
    altered = backups.verify_backup(db, checked)
    assert altered.verified is False
    assert "was altered on disk" in altered.problems[0]
    photo.unlink()
    assert "is missing from" in backups.verify_backup(db, checked).problems[0]


def test_restore_keeps_the_replaced_store_and_says_what_is_lost(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    store = _store(db)
    _add_suppliers(store, "S1", "S2")
    made = backups.create_backup(db, now=NOW)
    _add_suppliers(store, "S3", "S4")
    store.close()
    lost = backups.what_would_be_lost(db, made)
    assert NOW.astimezone().strftime("%Y-%m-%d %H:%M") in lost  # the backup's time, local
    assert "2 trail entries the backup does not hold" in lost
    kept = backups.restore_backup(db, made, now=NOW + dt.timedelta(hours=1))
    assert _suppliers(db) == {"S1", "S2"}
    assert "before-restore" in kept.name
    assert _suppliers(kept) == {"S1", "S2", "S3", "S4"}
    assert file_problems(db) == []


def _damage(db: Path) -> None:
    """Overwrite a page in the middle of the file, as a failing disk would."""
    size = db.stat().st_size
    with db.open("r+b") as handle:
        handle.seek((size // 4096 // 2) * 4096)
        handle.write(b"\x0d" + b"\xa5" * 4095)


def test_a_damaged_store_is_refused_with_its_newest_good_backup(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    store = _store(db)
    _add_suppliers(store, *(f"S{n:03d}" for n in range(60)))
    good = backups.create_backup(db, now=NOW)
    _add_suppliers(store, "LATE")
    store.close()
    _damage(db)
    before = db.read_bytes()
    with pytest.raises(StoreDamagedError) as refused:
        open_store(f"sqlite:///{db}")
    message = str(refused.value)
    assert str(db) in message
    assert good.name in message
    assert "nothing was changed" in message
    assert refused.value.backup == good.name
    assert db.read_bytes() == before  # never reset, never repaired
    backups.restore_backup(db, backups.find_backup(db, good.name))
    assert len(_suppliers(db)) == 60
    damaged = [b for b in backups.list_backups(db) if "before-restore" in b.name]
    assert damaged  # the damaged file is kept, not thrown away


def test_pruning_keeps_fourteen_days_and_always_the_newest(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    _store(db).close()
    for days in (30, 20, 10, 1):
        backups.create_backup(db, "daily", now=NOW - dt.timedelta(days=days))
    removed = backups.prune_backups(db, now=NOW)
    assert len(removed) == 2
    assert [b.made_at for b in backups.list_backups(db)] == [
        NOW - dt.timedelta(days=1),
        NOW - dt.timedelta(days=10),
    ]
    assert backups.prune_backups(db, now=NOW + dt.timedelta(days=400)) != []
    assert len(backups.list_backups(db)) == 1  # the newest stays, however old


def test_backups_older_than_a_day_are_thinned_to_one_a_day(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    _store(db).close()
    yesterday = NOW - dt.timedelta(days=2)
    for hour in (8, 12, 17):  # the window closed three times that day
        backups.create_backup(db, "exit", now=yesterday.replace(hour=hour))
    backups.create_backup(db, "rev0012", now=yesterday.replace(hour=9))
    for hour in (7, 8):  # today's stay until tomorrow
        backups.create_backup(db, "exit", now=NOW.replace(hour=hour))
    backups.prune_backups(db, now=NOW.replace(hour=9))
    kept = [(b.made_at.hour, b.label) for b in backups.list_backups(db)]
    assert kept == [(8, "exit"), (7, "exit"), (17, "exit"), (9, "rev0012")]


def test_the_daily_backup_is_made_once_a_day(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    _store(db).close()
    assert backups.rolling_backup(db, "daily", only_after=backups.DAILY, now=NOW) is not None
    later = NOW + dt.timedelta(hours=5)
    assert backups.rolling_backup(db, "daily", only_after=backups.DAILY, now=later) is None
    next_day = NOW + dt.timedelta(days=1, minutes=1)
    assert backups.rolling_backup(db, "daily", only_after=backups.DAILY, now=next_day)


def test_a_postgresql_store_is_told_that_backups_are_the_servers_job() -> None:
    with pytest.raises(StoreError, match="pg_dump"):
        backups.sqlite_file("postgresql+psycopg://sqms@central/sqms")


def test_the_full_check_of_a_whole_store_finds_nothing(tmp_path: Path) -> None:
    store = _store(tmp_path / "store.sqlite")
    try:
        assert integrity_problems(store) == []
        with store.session() as session:
            assert session.scalar(select(func.count()).select_from(Supplier)) == 0
    finally:
        store.close()
