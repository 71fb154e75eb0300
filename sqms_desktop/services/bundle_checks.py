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
        raise BundleRefused("not-a-bundle", f"{path} does not exist") from None
    if not path.is_file():
        raise BundleRefused("not-a-bundle", f"{path} is not a file")
    if size > MAX_BUNDLE_BYTES:
        raise BundleRefused("too-large", f"{path} is {size:,} bytes; a bundle may be 2 GB at most")
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
        raise BundleRefused("not-a-bundle", f"{source} has no manifest.json")
    manifest = parse_manifest(files.members["manifest.json"])
    if trusted_comment != manifest.trusted_comment():
        raise BundleRefused(
            "bad-signature",
            f"{source}: the signed comment ({trusted_comment!r}) does not match manifest.json",
        )
    _check_identity(session, manifest, signer, source, now)
    data_member = manifest.data_member
    others = set(files.members) - {"manifest.json", data_member}
    stray = sorted(m for m in others if not m.startswith("attachments/"))
    if data_member not in files.members or stray:
        raise BundleRefused(
            "malformed",
            f"{source}: a {manifest.format} bundle holds manifest.json and {data_member}"
            + (f", not {', '.join(stray)}" if stray else ""),
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
            f"{source}: manifest.json counts {manifest.changes} changes; {data_member} holds "
            f"{len(changes)}",
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
            f"{source} is signed by key {key_hex}, which this store does not trust "
            "(import the central store's newer trust list, or enrol that replica)",
        )
    if signer.revoked:
        raise BundleRefused(
            "revoked-key", f"{source} is signed by {signer.name}'s key {key_hex}, which was revoked"
        )
    return signer


def _check_identity(
    session: Session, manifest: Manifest, signer: Replica, source: str, now: dt.datetime
) -> None:
    if manifest.origin != signer.id or manifest.key_id != signer.key_id:
        raise BundleRefused(
            "not-authorised",
            f"{source} says it comes from replica {manifest.origin} but is signed by "
            f"{signer.name} ({signer.id})",
        )
    local = session.scalars(select(Replica).where(Replica.is_local.is_(True))).first()
    local_id = local.id if local is not None else None
    if manifest.recipient is not None and manifest.recipient != local_id:
        meant = session.get(Replica, manifest.recipient)
        raise BundleRefused(
            "wrong-recipient",
            f"{source} was made for {meant.name if meant else 'replica ' + manifest.recipient}, "
            f"not for this store ({local.name if local else 'not set up for sync'})",
        )
    if now >= manifest.expires_at:
        raise BundleRefused(
            "expired",
            f"{source} expired on {manifest.expires_at:%Y-%m-%d %H:%M} UTC; ask "
            f"{manifest.origin_name} for a new bundle",
        )
    if manifest.schema > HEAD_REVISION:
        raise BundleRefused(
            "malformed",
            f"{source} was written with schema revision {manifest.schema}, newer than this "
            f"SQMS Desktop ({HEAD_REVISION}); install the newer version first",
        )


def _attachments(members: dict[str, bytes], source: str) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for name, data in members.items():
        if not name.startswith("attachments/"):
            continue
        sha256 = name.removeprefix("attachments/")
        if hashlib.sha256(data).hexdigest() != sha256:
            raise BundleRefused("hash-mismatch", f"{source}: {name} does not hash to its name")
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
                f"{source} holds change {forged[0]}, which claims to be made on this store "
                "but never was",
            )
    if signer.role == "central":
        return
    allowed = set(signer.users or []) or set(
        session.scalars(select(User.username).where(User.active.is_(True)))
    )
    for number, change in enumerate(changes, start=1):
        where = f"{source}, change {number} ({change.change_id})"
        if change.replica_id != signer.id:
            raise BundleRefused(
                "not-authorised",
                f"{where} was made on replica {change.replica_id}; {signer.name} may carry "
                "only its own changes",
            )
        if change.author not in allowed:
            raise BundleRefused(
                "not-authorised",
                f"{where} is by {change.author}, whom {signer.name} may not speak for",
            )
        if change.entity in LAPTOP_MAY_NOT_CHANGE:
            raise BundleRefused(
                "not-authorised",
                f"{where} changes a user account; user accounts are kept by the central store",
            )
