"""The audit trail's chain: how entries are hashed and how the chain is checked.

Each entry's hash is HMAC-SHA-256 over the previous hash and the entry's canonical JSON, under
the store's trail key (store/trail_key.py), which is not in the store file: whoever holds only
the file cannot delete, insert or rewrite entries and recompute the chain. Entries written before
keying (revision 0013) keep their plain SHA-256 chain and are accepted only before the first
keyed entry. docs/design.md, "The trail chain", says what each check protects against.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.canonical import canonical_json
from sqms_desktop.i18n import translate
from sqms_desktop.store import trail_key
from sqms_desktop.store.ledger import Replica, TrailEntry
from sqms_desktop.store.trail_key import TrailKey

GENESIS_HASH = "0" * 64
HASHED_FIELDS = (
    "seq",
    "at_utc",
    "utc_offset_minutes",
    "user",
    "replica_id",
    "entity",
    "record_id",
    "field",
    "action",
    "old_value",
    "new_value",
    "reason",
)
CHECKPOINT_FIELDS = (
    "seq",
    "hash",
    "signer_kind",
    "signer_id",
    "public_key",
    "signed_at",
    "occasion",
    "ref",
)


def entry_hash(prev_hash: str, entry: Mapping[str, Any], key: TrailKey | None = None) -> str:
    """The entry's link in the chain: keyed (the key's id is part of what is hashed, so an
    entry cannot be moved under another key) or, for entries from before keying, plain SHA-256."""
    body = {name: entry[name] for name in HASHED_FIELDS}
    if key is None:
        text = prev_hash + canonical_json(body)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()
    body["key_id"] = key.key_id
    return key.mac((prev_hash + canonical_json(body)).encode("utf-8"))


def checkpoint_payload(row: Mapping[str, Any]) -> bytes:
    """What a checkpoint's Ed25519 signature covers."""
    body = {name: row[name] for name in CHECKPOINT_FIELDS}
    return canonical_json({"purpose": "sqms-trail-checkpoint", **body}).encode("utf-8")


def signed_checkpoint(private_key: Ed25519PrivateKey, **fields: Any) -> dict[str, Any]:
    """A `trail_checkpoint` row: `fields` (id and CHECKPOINT_FIELDS but the public key) with
    the signer's public key and the signature over them."""
    public = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    row = {**fields, "public_key": public}
    row["signature"] = private_key.sign(checkpoint_payload(row)).hex()
    return row


@dataclass(frozen=True)
class TrailBreak:
    seq: int
    reason: str
    at_utc: str
    entity: str
    record_id: str

    def describe(self) -> str:
        if not self.at_utc:  # an entry that is not there (the trail was cut short)
            return translate("trail", "trail entry #{seq}: {reason}").format(
                seq=self.seq, reason=self.reason
            )
        return translate(
            "trail", "trail entry #{seq} ({at_utc}, {entity} {record_id}): {reason}"
        ).format(
            seq=self.seq,
            at_utc=self.at_utc,
            entity=self.entity,
            record_id=self.record_id,
            reason=self.reason,
        )


@dataclass(frozen=True)
class TrailReport:
    """What a walk of the chain found. `unverifiable` counts entries keyed by another store's
    key that is not on this computer (a laptop made from a copy of the central store inherits
    them): their links are checked, their content only where that key is."""

    checked: int
    first_break: TrailBreak | None
    unverifiable: int = 0
    keyed_from: int | None = None
    head: tuple[int, str] | None = field(default=None)

    @property
    def ok(self) -> bool:
        return self.first_break is None


@dataclass(frozen=True)
class _Keys:
    by_id: Mapping[str, TrailKey]
    floor: int | None  # the first entry that must be keyed (this store's first keyed write)
    missing: str | None  # this store's own key, when it is not on this computer


def _keys_for(session: Session, keys: Mapping[str, TrailKey] | None) -> _Keys:
    by_id = trail_key.all_keys() if keys is None else keys
    local = session.execute(
        select(Replica.id, Replica.trail_key_id).where(Replica.is_local.is_(True))
    ).first()
    floors = [k.keyed_from for k in by_id.values() if local and k.replica_id == local.id]
    missing = local.trail_key_id if local and local.trail_key_id not in by_id else None
    return _Keys(by_id, min(floors) if floors else None, missing)


def verify_chain(
    session: Session,
    *,
    keys: Mapping[str, TrailKey] | None = None,
    location: str | None = None,
    batch: int = 5000,
    progress: Callable[[int], None] | None = None,
) -> TrailReport:
    """Walk the whole trail in order and stop at the first entry that does not chain.

    `keys`: the trail keys to check with (default: every key on this computer). `location`: the
    store as `Store.describe()` names it, to compare the trail's end with the newest head this
    computer wrote there (store/trail_key.py).
    """
    known = _keys_for(session, keys)
    prev_hash = GENESIS_HASH
    expected_seq = 1
    checked = unverifiable = 0
    columns = [
        getattr(TrailEntry, name) for name in (*HASHED_FIELDS, "prev_hash", "hash", "key_id")
    ]
    last_seq = 0
    seen = None
    if location is not None:
        local = session.scalar(select(Replica.id).where(Replica.is_local.is_(True)))
        seen = trail_key.seen_head(location, local) if local else None
    while True:
        rows = session.execute(
            select(*columns).where(TrailEntry.seq > last_seq).order_by(TrailEntry.seq).limit(batch)
        ).all()
        if not rows:
            break
        for row in rows:
            entry = row._asdict()
            found, foreign = _check(entry, prev_hash, expected_seq, known)
            rewritten = seen is not None and entry["seq"] == seen[0] and entry["hash"] != seen[1]
            if found is None and rewritten:
                found = _broken(
                    entry,
                    translate(
                        "trail",
                        "it is not the entry this computer wrote as #{seq} "
                        "(the trail was rewritten from here on)",
                    ).format(seq=entry["seq"]),
                )
            if found is not None:
                return TrailReport(checked, found, unverifiable, known.floor)
            unverifiable += foreign
            prev_hash = entry["hash"]
            expected_seq += 1
            checked += 1
            last_seq = entry["seq"]
        if progress is not None:
            progress(checked)
    if seen is not None and seen[0] > last_seq:
        cut = TrailBreak(
            last_seq + 1,
            translate(
                "trail",
                "the trail ends at #{last}, but this computer wrote entries up to #{seen}: "
                "the newest entries were removed (or the store was put back from an older copy "
                "without `sqms backup restore`)",
            ).format(last=last_seq, seen=seen[0]),
            "",
            "trail",
            "",
        )
        return TrailReport(checked, cut, unverifiable, known.floor)
    return TrailReport(checked, None, unverifiable, known.floor, (last_seq, prev_hash))


def _broken(entry: Mapping[str, Any], reason: str) -> TrailBreak:
    return TrailBreak(entry["seq"], reason, entry["at_utc"], entry["entity"], entry["record_id"])


def _check(
    entry: dict[str, Any], prev_hash: str, expected_seq: int, known: _Keys
) -> tuple[TrailBreak | None, int]:
    """The entry's problem, if any, and 1 where its content cannot be checked here."""
    if entry["seq"] != expected_seq:
        missing = translate("trail", "entries #{first} to #{last} are missing").format(
            first=expected_seq, last=entry["seq"] - 1
        )
        return _broken(entry, missing), 0
    if entry["prev_hash"] != prev_hash:
        return _broken(
            entry,
            translate("trail", "it does not point at the entry before it (previous hash differs)"),
        ), 0
    key_id = entry["key_id"]
    keyed_only = known.floor is not None and entry["seq"] >= known.floor
    if key_id is None:
        if keyed_only:
            return _broken(
                entry,
                translate(
                    "trail",
                    "it has no keyed hash, but every entry from #{floor} on must have one "
                    "(it was written or rewritten without the store's trail key)",
                ).format(floor=known.floor),
            ), 0
        expected = entry_hash(prev_hash, entry)
    else:
        key = known.by_id.get(key_id)
        if key is None and key_id == known.missing:
            return _broken(
                entry,
                translate(
                    "trail",
                    "it is keyed with this store's trail key {key_id}, which is not on this "
                    "computer: bring it back with `sqms store key import FILE` to check the trail",
                ).format(key_id=key_id),
            ), 0
        if key is None:
            if keyed_only:
                return _broken(
                    entry,
                    translate(
                        "trail",
                        "it is keyed with {key_id}, which is not this store's trail key "
                        "(import the key with `sqms store key import` if it is a genuine one)",
                    ).format(key_id=key_id),
                ), 0
            return None, 1
        expected = entry_hash(prev_hash, entry, key)
    if expected != entry["hash"]:
        return _broken(
            entry,
            translate(
                "trail",
                "its content was changed after it was written, or it was written without the "
                "store's trail key (keyed hash differs)",
            ),
        ), 0
    return None, 0


def iter_entries(session: Session, **filters: str) -> Iterable[TrailEntry]:
    query = select(TrailEntry).order_by(TrailEntry.seq)
    for name, value in filters.items():
        query = query.where(getattr(TrailEntry, name) == value)
    return session.scalars(query)
