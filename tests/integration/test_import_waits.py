"""A bundle import queued behind another writer waits for the store's write lock instead of
being refused after the 20 s a person's action waits (issue 19: four laptops' bundles of 50,000
changes at once into an SQLite central store, three were refused); a cancel stops the waiting
and nothing is imported.

The other writer is a plain sqlite3 connection holding BEGIN IMMEDIATE, as another process's
import would; the usual wait is shortened to one attempt of a quarter second so the test is
quick (the waiting logic is the same at 20 s)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sqms_desktop.errors import StoreBusyError
from sqms_desktop.progress import Cancelled, Progress
from sqms_desktop.services import suppliers
from sqms_desktop.services.bundles import import_bundle
from sqms_desktop.store import engine, write_lock
from sqms_desktop.store.models import Supplier
from tests.support.sync_stores import SyncWorld

pytestmark = pytest.mark.slow


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SyncWorld]:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 250)
    monkeypatch.setattr(write_lock, "LOCK_ATTEMPTS", 1)
    built = SyncWorld(tmp_path / "team", ("laptop-a",))
    yield built
    built.close()


def _laptop_bundle(world: SyncWorld) -> Path:
    laptop = world.replica("laptop-a")
    laptop.actor().run(
        suppliers.create_supplier, suppliers.SupplierInput(code="WAIT", name="Wait & Sons")
    )
    return world.send(laptop)


def _central_file(world: SyncWorld) -> Path:
    path = world.central.store.sqlite_path
    assert path is not None
    return path


def _holding_the_lock(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    return other


def _suppliers_named_wait(world: SyncWorld) -> int:
    with world.central.store.session() as session:
        query = select(func.count()).select_from(Supplier).where(Supplier.code == "WAIT")
        return int(session.scalar(query) or 0)


def test_a_persons_action_is_refused_while_another_writer_holds_the_lock(
    world: SyncWorld,
) -> None:
    other = _holding_the_lock(_central_file(world))
    try:
        with pytest.raises(StoreBusyError):
            world.central.actor().run(
                suppliers.create_supplier, suppliers.SupplierInput(code="NOW", name="Now Ltd")
            )
    finally:
        other.rollback()
        other.close()


def test_an_import_waits_for_the_other_writer_and_then_imports(world: SyncWorld) -> None:
    bundle = _laptop_bundle(world)
    other = _holding_the_lock(_central_file(world))
    said: list[str] = []
    progress = Progress(lambda done, total, message: said.append(message))
    releaser = threading.Timer(2.0, other.rollback)  # the other import ends after 2 s
    releaser.start()
    try:
        world.central.actor().run(import_bundle, bundle, progress=progress)
    finally:
        releaser.join()
        other.close()
    assert "waiting for another change to the store to finish" in said
    assert _suppliers_named_wait(world) == 1


def test_a_cancel_while_waiting_imports_nothing(world: SyncWorld) -> None:
    bundle = _laptop_bundle(world)
    other = _holding_the_lock(_central_file(world))
    waits: list[str] = []

    def report(done: int, total: int, message: str) -> None:
        waits.append(message)
        if len(waits) == 2:  # the person presses Cancel while the import waits
            progress.cancel()

    progress = Progress(report)
    try:
        with pytest.raises(Cancelled):
            world.central.actor().run(import_bundle, bundle, progress=progress)
    finally:
        other.rollback()
        other.close()
    assert _suppliers_named_wait(world) == 0
    # The store is not left locked: the import goes through once asked again.
    world.central.actor().run(import_bundle, bundle)
    assert _suppliers_named_wait(world) == 1
