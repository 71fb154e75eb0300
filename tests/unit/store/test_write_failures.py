"""A write the disk or the medium refuses leaves the store as it was and says so in words."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sqms_desktop.errors import StoreError
from sqms_desktop.services import suppliers, users
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.ledger import Change, TrailEntry
from sqms_desktop.store.models import Supplier
from sqms_desktop.store.trail import verify_chain
from tests.support.disk_full import disk_full


def _counts(store: Store) -> tuple[int, int, int]:
    with store.session() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Supplier, Change, TrailEntry)
        )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    Actor(opened, "root").run(users.create_user, "root", "Root Admin", "admin")
    return opened


def _add(actor: Actor, code: str) -> None:
    # A long scope, so the write needs pages the full disk cannot give.
    supplier = suppliers.SupplierInput(code=code, name=code, approval_scope="castings " * 200)
    actor.run(suppliers.create_supplier, supplier)


def test_a_write_on_a_full_disk_is_refused_in_words_and_changes_nothing(store: Store) -> None:
    actor = Actor(store, "root")
    before = _counts(store)
    refused: StoreError | None = None
    with disk_full(store):
        for number in range(50):
            try:
                _add(actor, f"S{number:02d}")
            except StoreError as exc:
                refused = exc
                break
            before = _counts(store)
    assert refused is not None, "the full disk never refused a write"
    message = str(refused)
    assert "is full" in message
    assert "nothing was saved and the store is as it was" in message
    assert _counts(store) == before
    with store.session() as session:
        assert verify_chain(session).ok
    _add(actor, "AFTER")  # space freed: the same action now saves
    assert _counts(store)[0] == before[0] + 1
    store.close()


def test_a_write_on_a_read_only_store_is_refused_in_words(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(Actor(store, "root"), "S1")
    store.close()
    path = tmp_path / "store.sqlite"
    elsewhere = tmp_path / "working-folder"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    # The URI's read-only mode stands for a write-protected stick: chmod does not stop root.
    read_only = open_store(f"sqlite:///file:{path}?mode=ro&uri=true")
    # The URI names the file after `file:`: the store and its attachments are beside it, and
    # nothing appears in the working folder.
    assert read_only.sqlite_path == path
    assert read_only.attachments_dir == tmp_path / "attachments"
    assert list(elsewhere.iterdir()) == []
    try:
        with pytest.raises(StoreError, match="read-only") as refused:
            _add(Actor(read_only, "root"), "S2")
        assert "nothing was saved" in str(refused.value)
        with read_only.session() as session:
            assert session.scalar(select(func.count()).select_from(Supplier)) == 1
    finally:
        read_only.close()


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root ignores chmod"
)
def test_a_write_on_a_write_protected_file_is_refused_in_words(
    tmp_path: Path, store: Store
) -> None:
    store.close()
    folder = tmp_path / "stick"
    folder.mkdir()
    shutil.copy(tmp_path / "store.sqlite", folder / "store.sqlite")
    (folder / "store.sqlite").chmod(0o444)
    folder.chmod(0o555)
    try:
        protected = open_store(f"sqlite:///{folder / 'store.sqlite'}")
        try:
            with pytest.raises(StoreError):
                _add(Actor(protected, "root"), "S2")
        finally:
            protected.close()
    finally:
        folder.chmod(0o755)
