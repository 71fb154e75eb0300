"""Where attachment bytes live: content-addressed by their SHA-256, never altered.

A store in an SQLite file keeps them in `attachments/ab/abcdef….jpg` beside the file (writing is
atomic: temporary file, then rename; the same bytes twice are stored once). A store on a database
server (PostgreSQL) has no folder beside it, so it keeps them in its `attachment_blob` table,
written in the unit of work's transaction: they roll back with it. `attachment_store()` is the one
way in; services, reports, the GUI and bundles never choose between the two themselves.

Files written for a unit of work that then rolls back (a refused photo after two good ones, a
failed bundle import) are removed again, unless a committed row refers to the same bytes:
nothing of a refused action stays on disk (`_remember`).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Protocol

from sqlalchemy import LargeBinary, String, event, insert, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Mapped, Session, SessionTransaction, mapped_column

from sqms_desktop.errors import StoreError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.paths import write_atomically
from sqms_desktop.store.base import Base
from sqms_desktop.store.engine import Store, attachments_dir_for
from sqms_desktop.store.models import Attachment

SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
SAFE_SUFFIX = re.compile(r"^\.[a-z0-9]{1,8}$")


class AttachmentBlob(Base):
    """Attachment bytes in the database itself (stores without a folder beside them)."""

    __tablename__ = "attachment_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Attachments(Protocol):
    """Put, read and check attachment bytes by their SHA-256 (the suffix only names a file)."""

    def put(self, data: bytes, suffix: str = "") -> tuple[str, Path | str]:
        """Keep the bytes; returns their SHA-256 and where they live."""
        ...

    def read(self, sha256: str, suffix: str = "") -> bytes:
        """The bytes, checked against their SHA-256 (StoreError if missing or altered)."""
        ...

    def has(self, sha256: str, suffix: str = "") -> bool: ...


def _check_name(sha256: str) -> None:
    if not SHA256_HEX.match(sha256):
        raise ValidationError(
            translate("attachments", "{sha256!r} is not a SHA-256 in hex").format(sha256=sha256)
        )


def _checked(data: bytes, sha256: str, where: Path | None) -> bytes:
    """The bytes, refused when they are not those their SHA-256 names (`where`: the file they
    were read from; None: the store's attachment table)."""
    if hashlib.sha256(data).hexdigest() == sha256:
        return data
    if where is None:
        text = translate(
            "attachments", "attachment {short}… was altered in the store's attachment table"
        )
    else:
        text = translate("attachments", "attachment {short}… in {path} was altered on disk")
    raise StoreError(text.format(short=sha256[:12], path=where))


class AttachmentFolder:
    """The folder beside an SQLite store. Given the unit of work's session, the files it
    writes are removed again if that session rolls back (see `_remember`)."""

    def __init__(self, root: Path, session: Session | None = None) -> None:
        self.root = root
        self.session = session

    def path_for(self, sha256: str, suffix: str = "") -> Path:
        _check_name(sha256)
        suffix = suffix.lower()
        if suffix and not SAFE_SUFFIX.match(suffix):
            suffix = ""
        return self.root / sha256[:2] / f"{sha256}{suffix}"

    def put(self, data: bytes, suffix: str = "") -> tuple[str, Path]:
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.path_for(sha256, suffix)
        if target.exists() and self._digest(target) == sha256:
            return sha256, target
        write_atomically(target, data)
        if self.session is not None:
            _remember(self.session, sha256, target)
        return sha256, target

    def read(self, sha256: str, suffix: str = "") -> bytes:
        path = self.path_for(sha256, suffix)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise StoreError(
                translate("attachments", "attachment {short}… is missing from {folder}").format(
                    short=sha256[:12], folder=self.root
                )
            ) from None
        return _checked(data, sha256, path)

    def has(self, sha256: str, suffix: str = "") -> bool:
        return self.path_for(sha256, suffix).is_file()

    @staticmethod
    def _digest(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()


class AttachmentTable:
    """The `attachment_blob` table, through one session: what `put` writes is part of that
    session's transaction, committed or rolled back with it."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def put(self, data: bytes, suffix: str = "") -> tuple[str, str]:
        sha256 = hashlib.sha256(data).hexdigest()
        where = f"the store's attachment table ({sha256[:12]}…)"
        session = self.session
        if session.get_bind().dialect.name == "postgresql":
            # Two transactions keeping the same bytes at once: the second waits, then skips.
            statement = postgresql.insert(AttachmentBlob).values(sha256=sha256, data=data)
            session.execute(statement.on_conflict_do_nothing(index_elements=["sha256"]))
        elif not self.has(sha256):
            session.execute(insert(AttachmentBlob).values(sha256=sha256, data=data))
        return sha256, where

    def read(self, sha256: str, suffix: str = "") -> bytes:
        _check_name(sha256)
        data = self.session.scalar(
            select(AttachmentBlob.data).where(AttachmentBlob.sha256 == sha256)
        )
        if data is None:
            raise StoreError(
                translate("attachments", "attachment {short}… is missing from the store").format(
                    short=sha256[:12]
                )
            )
        return _checked(bytes(data), sha256, None)

    def has(self, sha256: str, suffix: str = "") -> bool:
        _check_name(sha256)
        found = self.session.scalar(
            select(AttachmentBlob.sha256).where(AttachmentBlob.sha256 == sha256)
        )
        return found is not None


class StoreAttachments:
    """The attachment table of a store, each call in a short session of its own (readers outside
    a unit of work: the GUI's thumbnails, reports). `put` commits at once."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def put(self, data: bytes, suffix: str = "") -> tuple[str, str]:
        with self.store.session() as session, session.begin():
            return AttachmentTable(session).put(data, suffix)

    def read(self, sha256: str, suffix: str = "") -> bytes:
        with self.store.session() as session:
            return AttachmentTable(session).read(sha256, suffix)

    def has(self, sha256: str, suffix: str = "") -> bool:
        with self.store.session() as session:
            return AttachmentTable(session).has(sha256, suffix)


_WRITTEN = "sqms_attachments_written"
_LISTENING = "sqms_attachments_listening"


def _remember(session: Session, sha256: str, path: Path) -> None:
    """Note a file this session's transaction wrote: the folder is outside the database, so
    the file would outlive a rollback. A commit forgets the notes; a rollback of the whole
    transaction removes the files (`_remove_unreferenced`)."""
    session.info.setdefault(_WRITTEN, []).append((sha256, path))
    if not session.info.get(_LISTENING):
        session.info[_LISTENING] = True
        event.listen(session, "after_commit", _forget)
        event.listen(session, "after_soft_rollback", _remove_unreferenced)


def _forget(session: Session) -> None:
    session.info.pop(_WRITTEN, None)


def _remove_unreferenced(session: Session, previous: SessionTransaction) -> None:
    """After a rollback, remove the files this transaction wrote that no committed row refers
    to (another action may have committed the same bytes meanwhile: its file stays)."""
    if session.in_transaction():
        return  # a savepoint ended; the action goes on
    written: list[tuple[str, Path]] = session.info.pop(_WRITTEN, [])
    if not written:
        return
    with Session(session.get_bind()) as check:
        for sha256, path in written:
            used = check.scalar(select(Attachment.id).where(Attachment.sha256 == sha256).limit(1))
            if used is None:
                path.unlink(missing_ok=True)


def attachment_store(source: Session | Store) -> Attachments:
    """Where this store keeps attachment bytes: its folder when it is an SQLite file, else its
    attachment table. Given the unit of work's session, table writes join that transaction."""
    if isinstance(source, Store):
        if source.attachments_dir is not None:
            return AttachmentFolder(source.attachments_dir)
        return StoreAttachments(source)
    folder = attachments_dir_for(source.get_bind().engine.url)
    if folder is not None:
        return AttachmentFolder(folder, source)
    return AttachmentTable(source)
