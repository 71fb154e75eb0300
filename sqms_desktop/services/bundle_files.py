"""Attachment bytes in and out of bundles.

A bundle carries the bytes of every attachment its changes create (`attachments/<sha256>`);
the store keeps them content-addressed, under the suffix of their media type, as evidence
capture does.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from sqms_desktop.errors import BundleRefused, StoreError
from sqms_desktop.evidence.media import suffix_for
from sqms_desktop.store.attachments import AttachmentFolder
from sqms_desktop.store.ledger import Change
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.sync.wire import WireChange


def _folder(uow: UnitOfWork) -> AttachmentFolder:
    if uow.store.attachments_dir is None:
        raise StoreError(f"{uow.store.describe()} keeps no attachment folder")
    return AttachmentFolder(uow.store.attachments_dir)


def _media_types(uow: UnitOfWork, sha256s: Iterable[str]) -> dict[str, str]:
    """The media type each SHA-256 was recorded with, from the change log."""
    wanted = sorted(set(sha256s))
    if not wanted:
        return {}
    records = dict(
        uow.session.execute(
            select(Change.entity_id, Change.value).where(
                Change.entity == "attachment", Change.field == "sha256"
            )
        ).all()
    )
    by_record = {rid: str(sha) for rid, sha in records.items() if sha in wanted}
    found: dict[str, str] = {}
    for rid, media in uow.session.execute(
        select(Change.entity_id, Change.value).where(
            Change.entity == "attachment",
            Change.field == "media_type",
            Change.entity_id.in_(list(by_record)),
        )
    ):
        found.setdefault(by_record[rid], str(media))
    return found


def attachment_bytes(uow: UnitOfWork, sha256: str) -> bytes:
    """The bytes of an attachment this store holds, checked against their hash."""
    media = _media_types(uow, [sha256]).get(sha256, "")
    return _folder(uow).read(sha256, suffix_for(media) if media else "")


def keep_attachments(uow: UnitOfWork, carried: dict[str, bytes], new: list[WireChange]) -> None:
    """Store the bytes a bundle carried; refuse if a new attachment's bytes are nowhere."""
    named = {
        str(c.value) for c in new if c.entity == "attachment" and c.field == "sha256" and c.value
    }
    media = _media_types(uow, named | set(carried))
    folder = None
    for sha256 in sorted(named - set(carried)):
        folder = folder or _folder(uow)
        suffix = suffix_for(media[sha256]) if sha256 in media else ""
        if not folder.path_for(sha256, suffix).exists():
            raise BundleRefused(
                "malformed",
                f"the bundle names attachment {sha256[:12]}… but carries no bytes for it",
            )
    for sha256, data in sorted(carried.items()):
        folder = folder or _folder(uow)
        suffix = suffix_for(media[sha256]) if sha256 in media else ""
        folder.put(data, suffix)
