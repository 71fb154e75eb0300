"""Attachment bytes in and out of bundles.

A bundle carries the bytes of every attachment its changes create (`attachments/<sha256>`);
the store keeps them content-addressed, under the suffix of their media type, as evidence
capture does.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from sqms_desktop.errors import BundleRefused
from sqms_desktop.evidence.media import suffix_for
from sqms_desktop.i18n import translate
from sqms_desktop.store.attachments import Attachments, attachment_store
from sqms_desktop.store.ledger import Change
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.sync.wire import WireChange


def _folder(uow: UnitOfWork) -> Attachments:
    """The store's attachments in this unit of work (on PostgreSQL, rows that roll back)."""
    return attachment_store(uow.session)


def _media_types(uow: UnitOfWork, sha256s: Iterable[str]) -> dict[str, str]:
    """The media type each SHA-256 was recorded with, from the change log (an attachment
    removed since still has its bytes, and a bundle may still carry them)."""
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


def attachments_bytes(uow: UnitOfWork, sha256s: list[str]) -> dict[str, bytes]:
    """The bytes of several attachments, in the order given; their media types are read from
    the change log once for all of them, not once each."""
    if not sha256s:
        return {}
    media = _media_types(uow, sha256s)
    folder = _folder(uow)
    found = {}
    for sha256 in sha256s:
        kind = media.get(sha256, "")
        found[sha256] = folder.read(sha256, suffix_for(kind) if kind else "")
    return found


def keep_attachments(uow: UnitOfWork, carried: dict[str, bytes], new: list[WireChange]) -> None:
    """Store the bytes a bundle carried; refuse if a new attachment's bytes are nowhere."""
    named = {
        str(c.value) for c in new if c.entity == "attachment" and c.field == "sha256" and c.value
    }
    media = _media_types(uow, named | set(carried))
    folder = _folder(uow)
    for sha256 in sorted(named - set(carried)):
        suffix = suffix_for(media[sha256]) if sha256 in media else ""
        if not folder.has(sha256, suffix):
            raise BundleRefused(
                "malformed",
                translate(
                    "bundle_files",
                    "the bundle names attachment {sha256}… but carries no bytes for it",
                ).format(sha256=sha256[:12]),
            )
    for sha256, data in sorted(carried.items()):
        suffix = suffix_for(media[sha256]) if sha256 in media else ""
        folder.put(data, suffix)
