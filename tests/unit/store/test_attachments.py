"""Attachments are stored by content, once, and any alteration is detected: in the folder beside
an SQLite store, or in the table of a store without one (PostgreSQL)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from sqms_desktop.errors import StoreError, ValidationError
from sqms_desktop.store.attachments import AttachmentBlob, AttachmentFolder, attachment_store
from sqms_desktop.store.engine import Store, open_store


def test_bytes_are_stored_under_their_hash(tmp_path: Path) -> None:
    folder = AttachmentFolder(tmp_path / "attachments")
    data = b"\x89PNG fake photo bytes"
    sha, path = folder.put(data, ".PNG")
    assert sha == hashlib.sha256(data).hexdigest()
    assert path == tmp_path / "attachments" / sha[:2] / f"{sha}.png"
    assert folder.read(sha, ".png") == data
    again, same_path = folder.put(data, ".png")
    assert (again, same_path) == (sha, path)
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_altered_file_is_refused(tmp_path: Path) -> None:
    folder = AttachmentFolder(tmp_path)
    sha, path = folder.put(b"original evidence")
    path.write_bytes(b"doctored evidence")
    with pytest.raises(StoreError, match="was altered on disk"):
        folder.read(sha)
    folder.put(b"original evidence")
    assert folder.read(sha) == b"original evidence"


def test_bad_names_are_refused(tmp_path: Path) -> None:
    folder = AttachmentFolder(tmp_path)
    with pytest.raises(ValidationError, match="not a SHA-256"):
        folder.path_for("../../etc/passwd")
    assert folder.path_for("a" * 64, "/../x").name == "a" * 64
    with pytest.raises(StoreError, match="missing"):
        folder.read("b" * 64)


def test_a_store_in_a_file_keeps_its_attachments_in_the_folder_beside_it(store: Store) -> None:
    assert store.attachments_dir is not None
    kept = attachment_store(store)
    sha, where = kept.put(b"scan of a certificate", ".pdf")
    assert where == store.attachments_dir / sha[:2] / f"{sha}.pdf"
    with store.session() as session:
        through_session = attachment_store(session)
        assert isinstance(through_session, AttachmentFolder)
        assert through_session.has(sha, ".pdf")
        assert through_session.read(sha, ".pdf") == b"scan of a certificate"
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentBlob)) == 0


@pytest.fixture(params=["sqlite-in-memory", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server_store(request: pytest.FixtureRequest) -> Iterator[Store]:
    """A store with no folder beside it: in memory, or on the PostgreSQL test server."""
    url = (
        "sqlite://"
        if request.param == "sqlite-in-memory"
        else request.getfixturevalue("postgres_url")
    )
    opened = open_store(url)
    yield opened
    opened.close()


def test_a_store_without_a_folder_keeps_attachments_in_its_table(server_store: Store) -> None:
    assert server_store.attachments_dir is None
    data = b"\xff\xd8 photo of a burr"
    sha = hashlib.sha256(data).hexdigest()
    with server_store.session() as session:
        table = attachment_store(session)
        assert not table.has(sha, ".jpg")
        assert table.put(data, ".jpg")[0] == sha
        assert table.put(data, ".jpg")[0] == sha  # the same bytes twice: kept once
        session.commit()
    outside = attachment_store(server_store)  # each call in a session of its own
    assert outside.has(sha)
    assert outside.read(sha, ".jpg") == data
    with server_store.session() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentBlob)) == 1
    with pytest.raises(StoreError, match="missing from the store"):
        outside.read("c" * 64)
    with pytest.raises(ValidationError, match="not a SHA-256"):
        outside.read("../etc/passwd")


def test_table_writes_roll_back_with_the_action(server_store: Store) -> None:
    with server_store.session() as session:
        sha, _ = attachment_store(session).put(b"evidence of an action that failed")
        assert attachment_store(session).has(sha)
        session.rollback()
    assert not attachment_store(server_store).has(sha)


def test_bytes_altered_in_the_table_are_refused(server_store: Store) -> None:
    sha, _ = attachment_store(server_store).put(b"original evidence")
    with server_store.session() as session, session.begin():
        session.execute(
            update(AttachmentBlob).where(AttachmentBlob.sha256 == sha).values(data=b"doctored")
        )
    with pytest.raises(StoreError, match="was altered in the store's attachment table"):
        attachment_store(server_store).read(sha)
