"""The quick check on open: every time for a laptop-sized store; for a large one, skipped only
when the file is exactly what this computer closed after checking it (store/open_check.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sqms_desktop.errors import StoreDamagedError
from sqms_desktop.services import suppliers, users
from sqms_desktop.services.actor import Actor
from sqms_desktop.store import open_check
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.models import Supplier


def _store(db: Path) -> Store:
    store = open_store(f"sqlite:///{db}")
    actor = Actor(store, "root")
    actor.run(users.create_user, "root", "Root Admin", "admin")
    for n in range(40):
        actor.run(
            suppliers.create_supplier, suppliers.SupplierInput(code=f"S{n:03d}", name=f"S {n}")
        )
    return store


def _damage_keeping_the_time(db: Path) -> None:
    """A page in the middle overwritten, the file's size and modification time put back."""
    state = db.stat()
    with db.open("r+b") as handle:
        handle.seek((state.st_size // 4096 // 2) * 4096)
        handle.write(b"\x0d" + b"\xa5" * 4095)
    os.utime(db, ns=(state.st_atime_ns, state.st_mtime_ns))


def _count(store: Store) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(Supplier)) or 0)


@pytest.fixture
def large_from_one_byte(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every store counts as large, so a small test file takes the large store's path."""
    monkeypatch.setattr(open_check, "LARGE_STORE_BYTES", 1)


def test_a_small_store_is_checked_at_every_open(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    _store(db).close()
    open_store(f"sqlite:///{db}").close()
    _damage_keeping_the_time(db)
    with pytest.raises(StoreDamagedError):
        open_store(f"sqlite:///{db}")


@pytest.mark.usefixtures("large_from_one_byte")
def test_a_large_store_closed_whole_opens_without_reading_every_page(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    _store(db).close()  # checked on open (new: nothing to check), so not remembered
    store = open_store(f"sqlite:///{db}")  # checked here, remembered when closed
    assert store.checked_on_open
    store.close()
    # The quick check would refuse this file; unchanged as far as the record can see, it is
    # not read (the limit the module's docstring names: tampering is the trail's to find).
    _damage_keeping_the_time(db)
    reopened = open_store(f"sqlite:///{db}")
    assert reopened.checked_on_open
    reopened.close()


@pytest.mark.usefixtures("large_from_one_byte")
def test_a_large_store_written_elsewhere_is_checked_again(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    _store(db).close()
    open_store(f"sqlite:///{db}").close()
    size = db.stat().st_size
    with db.open("r+b") as handle:  # a page damaged by another program: a new time
        handle.seek((size // 4096 // 2) * 4096)
        handle.write(b"\x0d" + b"\xa5" * 4095)
    os.utime(db, ns=(db.stat().st_atime_ns, db.stat().st_mtime_ns + 1_000_000_000))
    before = db.read_bytes()
    with pytest.raises(StoreDamagedError):
        open_store(f"sqlite:///{db}")
    assert db.read_bytes() == before
    # Refused once, it is not remembered as whole: refused again.
    with pytest.raises(StoreDamagedError):
        open_store(f"sqlite:///{db}")


@pytest.mark.usefixtures("large_from_one_byte")
def test_a_large_store_copied_over_is_checked_again(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    _store(db).close()
    open_store(f"sqlite:///{db}").close()
    damaged = tmp_path / "copy.sqlite"
    damaged.write_bytes(db.read_bytes())
    _damage_keeping_the_time(damaged)
    state = db.stat()
    os.utime(damaged, ns=(state.st_atime_ns, state.st_mtime_ns))
    os.replace(damaged, db)  # same name, size and time: another file (inode)
    with pytest.raises(StoreDamagedError):
        open_store(f"sqlite:///{db}")


@pytest.mark.usefixtures("large_from_one_byte")
def test_a_store_left_with_a_journal_is_checked_and_not_remembered(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    _store(db).close()
    first = open_store(f"sqlite:///{db}")
    second = open_store(f"sqlite:///{db}")  # another process, as it were, still has it open
    assert _count(second) == 40
    Actor(second, "root").run(
        suppliers.create_supplier, suppliers.SupplierInput(code="S999", name="Late")
    )
    first.close()  # the journal beside the file still holds the second's change
    assert not open_check.unchanged_since_checked(db)
    second.close()
    assert open_check.unchanged_since_checked(db)
    store = open_store(f"sqlite:///{db}")
    assert _count(store) == 41
    store.close()


def test_a_record_that_cannot_be_read_means_checking_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(open_check, "LARGE_STORE_BYTES", 1)
    db = tmp_path / "store.sqlite"
    _store(db).close()
    open_store(f"sqlite:///{db}").close()
    assert open_check.unchanged_since_checked(db)
    record = open_check._record_path(db)
    record.write_text("{not json", encoding="utf-8")
    assert not open_check.unchanged_since_checked(db)
