"""Opening a bundle: every check of DESIGN.md §8 "Import" before anything is written.

ZIP checks → signature against the replicas this store trusts → every member's hash → strict
parse of the manifest and the changes → the signer may speak for the bundle's origin and
authors. The result is plain data; `services/bundles.py` applies it in one transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.errors import BundleRefused
from sqms_desktop.i18n import translate
from sqms_desktop.services.replicas import public_key_of
from sqms_desktop.store.ledger import Change, Replica
from sqms_desktop.store.migrate import HEAD_REVISION
from sqms_desktop.store.models import User
from sqms_desktop.sync import container, minisign, wire
from sqms_desktop.sync.manifest import Manifest, parse_manifest

MAX_BUNDLE_BYTES = 2 * 1024**3
LAPTOP_MAY_NOT_CHANGE = frozenset({"user_account"})


@dataclass(frozen=True)
class OpenedBundle:
    manifest: Manifest
    signer: Replica
    changes: list[wire.WireChange]
    attachments: dict[str, bytes]  # sha256 -> bytes
    file_sha256: str


def read_file(path: Path) -> bytes:
    """The bundle's bytes, refusing what is not a readable file of a sane size."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise BundleRefused(
            "not-a-bundle", translate("bundle_checks", "{path} does not exist").format(path=path)
        ) from None
    if not path.is_file():
        raise BundleRefused(
            "not-a-bundle", translate("bundle_checks", "{path} is not a file").format(path=path)
        )
    if size > MAX_BUNDLE_BYTES:
        raise BundleRefused(
            "too-large",
            translate(
                "bundle_checks", "{path} is {size:,} bytes; a bundle may be 2 GB at most"
            ).format(path=path, size=size),
        )
    return path.read_bytes()


def open_bundle(session: Session, data: bytes, *, source: str, now: dt.datetime) -> OpenedBundle:
    """Every check, in order; the first that fails refuses the whole bundle."""
    files = container.read_bundle(data, source=source)
    signer = _signer(session, files.signature, source)
    trusted_comment = minisign.verify(
        public_key_of(signer), files.sums, files.signature, what=f"{source} (SHA256SUMS)"
    )
    container.check_sums(files, source=source)
    if "manifest.json" not in files.members:
        raise BundleRefused(
            "not-a-bundle",
            translate("bundle_checks", "{source} has no manifest.json").format(source=source),
        )
    manifest = parse_manifest(files.members["manifest.json"])
    if trusted_comment != manifest.trusted_comment():
        raise BundleRefused(
            "bad-signature",
            translate(
                "bundle_checks",
                "{source}: the signed comment ({comment!r}) does not match manifest.json",
            ).format(source=source, comment=trusted_comment),
        )
    _check_identity(session, manifest, signer, source, now)
    data_member = manifest.data_member
    others = set(files.members) - {"manifest.json", data_member}
    stray = sorted(m for m in others if not m.startswith("attachments/"))
    if data_member not in files.members or stray:
        text = (
            translate(
                "bundle_checks",
                "{source}: a {format} bundle holds manifest.json and {data_member}, not {stray}",
            )
            if stray
            else translate(
                "bundle_checks", "{source}: a {format} bundle holds manifest.json and {data_member}"
            )
        )
        raise BundleRefused(
            "malformed",
            text.format(
                source=source,
                format=manifest.format,
                data_member=data_member,
                stray=", ".join(stray),
            ),
        )
    now_ms = int(now.timestamp() * 1000)
    raw = files.members[data_member]
    if manifest.format == "json":
        changes = wire.parse_jsonl(raw, now_ms=now_ms)
    else:
        from sqms_desktop.sync import workbook  # openpyxl only for an Excel bundle

        changes = workbook.read_changes_xlsx(raw, now_ms=now_ms)
    if len(changes) != manifest.changes:
        raise BundleRefused(
            "malformed",
            translate(
                "bundle_checks",
                "{source}: manifest.json counts {counted} changes; {data_member} holds {held}",
            ).format(
                source=source, counted=manifest.changes, data_member=data_member, held=len(changes)
            ),
        )
    attachments = _attachments(files.members, source)
    _check_authority(session, manifest, signer, changes, source)
    return OpenedBundle(
        manifest=manifest,
        signer=signer,
        changes=changes,
        attachments=attachments,
        file_sha256=hashlib.sha256(data).hexdigest(),
    )


def _signer(session: Session, signature: str, source: str) -> Replica:
    key_hex = minisign.key_id_hex(minisign.signature_key_id(signature))
    signer = session.scalars(select(Replica).where(Replica.key_id == key_hex)).first()
    if signer is None or signer.public_key is None:
        raise BundleRefused(
            "unknown-key",
            translate(
                "bundle_checks",
                "{source} is signed by key {key_id}, which this store does not trust "
                "(import the central store's newer trust list, or enrol that replica)",
            ).format(source=source, key_id=key_hex),
        )
    if signer.revoked:
        raise BundleRefused(
            "revoked-key",
            translate(
                "bundle_checks", "{source} is signed by {name}'s key {key_id}, which was revoked"
            ).format(source=source, name=signer.name, key_id=key_hex),
        )
    return signer


def _check_identity(
    session: Session, manifest: Manifest, signer: Replica, source: str, now: dt.datetime
) -> None:
    if manifest.origin != signer.id or manifest.key_id != signer.key_id:
        raise BundleRefused(
            "not-authorised",
            translate(
                "bundle_checks",
                "{source} says it comes from replica {origin} but is signed by "
                "{name} ({replica_id})",
            ).format(source=source, origin=manifest.origin, name=signer.name, replica_id=signer.id),
        )
    local = session.scalars(select(Replica).where(Replica.is_local.is_(True))).first()
    local_id = local.id if local is not None else None
    if manifest.recipient is not None and manifest.recipient != local_id:
        meant = session.get(Replica, manifest.recipient)
        recipient = (
            meant.name
            if meant
            else translate("bundle_checks", "replica {replica_id}").format(
                replica_id=manifest.recipient
            )
        )
        here = local.name if local else translate("bundle_checks", "not set up for sync")
        raise BundleRefused(
            "wrong-recipient",
            translate(
                "bundle_checks", "{source} was made for {recipient}, not for this store ({here})"
            ).format(source=source, recipient=recipient, here=here),
        )
    if now >= manifest.expires_at:
        raise BundleRefused(
            "expired",
            translate(
                "bundle_checks", "{source} expired on {time} UTC; ask {origin} for a new bundle"
            ).format(
                source=source,
                time=f"{manifest.expires_at:%Y-%m-%d %H:%M}",
                origin=manifest.origin_name,
            ),
        )
    if manifest.schema > HEAD_REVISION:
        raise BundleRefused(
            "malformed",
            translate(
                "bundle_checks",
                "{source} was written with schema revision {schema}, newer than this "
                "SQMS Desktop ({head}); install the newer version first",
            ).format(source=source, schema=manifest.schema, head=HEAD_REVISION),
        )


def _attachments(members: dict[str, bytes], source: str) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for name, data in members.items():
        if not name.startswith("attachments/"):
            continue
        sha256 = name.removeprefix("attachments/")
        if hashlib.sha256(data).hexdigest() != sha256:
            raise BundleRefused(
                "hash-mismatch",
                translate("bundle_checks", "{source}: {name} does not hash to its name").format(
                    source=source, name=name
                ),
            )
        found[sha256] = data
    return found


def _check_authority(
    session: Session,
    manifest: Manifest,
    signer: Replica,
    changes: list[wire.WireChange],
    source: str,
) -> None:
    """A laptop speaks for its own changes, by the users it may speak for; the central store
    relays everyone's. Nobody may bring a change that claims to be made here."""
    local = session.scalars(select(Replica).where(Replica.is_local.is_(True))).first()
    own = {c.change_id for c in changes if local is not None and c.replica_id == local.id}
    if own:
        held = set(session.scalars(select(Change.change_id).where(Change.change_id.in_(own))))
        forged = sorted(own - held)
        if forged:
            raise BundleRefused(
                "not-authorised",
                translate(
                    "bundle_checks",
                    "{source} holds change {change_id}, which claims to be made on this store "
                    "but never was",
                ).format(source=source, change_id=forged[0]),
            )
    if signer.role == "central":
        return
    allowed = set(signer.users or []) or set(
        session.scalars(select(User.username).where(User.active.is_(True)))
    )
    for number, change in enumerate(changes, start=1):
        where = translate("bundle_checks", "{source}, change {number} ({change_id})").format(
            source=source, number=number, change_id=change.change_id
        )
        if change.replica_id != signer.id:
            raise BundleRefused(
                "not-authorised",
                translate(
                    "bundle_checks",
                    "{where} was made on replica {replica_id}; {name} may carry "
                    "only its own changes",
                ).format(where=where, replica_id=change.replica_id, name=signer.name),
            )
        if change.author not in allowed:
            raise BundleRefused(
                "not-authorised",
                translate(
                    "bundle_checks", "{where} is by {author}, whom {name} may not speak for"
                ).format(where=where, author=change.author, name=signer.name),
            )
        if change.entity in LAPTOP_MAY_NOT_CHANGE:
            raise BundleRefused(
                "not-authorised",
                translate(
                    "bundle_checks",
                    "{where} changes a user account; user accounts are kept by the central store",
                ).format(where=where),
            )
