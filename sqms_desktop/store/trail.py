"""The audit trail's hash chain: how entries are hashed and how the chain is checked.

What the unkeyed chain does not yet protect against: docs/design.md, "The trail chain".
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.canonical import canonical_json
from sqms_desktop.store.ledger import TrailEntry

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


def entry_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    """SHA-256 of the previous hash followed by the entry's canonical JSON."""
    body = canonical_json({name: entry[name] for name in HASHED_FIELDS})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class TrailBreak:
    seq: int
    reason: str
    at_utc: str
    entity: str
    record_id: str

    def describe(self) -> str:
        return (
            f"trail entry #{self.seq} ({self.at_utc}, {self.entity} {self.record_id}): "
            f"{self.reason}"
        )


@dataclass(frozen=True)
class TrailReport:
    checked: int
    first_break: TrailBreak | None

    @property
    def ok(self) -> bool:
        return self.first_break is None


def verify_chain(
    session: Session,
    *,
    batch: int = 5000,
    progress: Callable[[int], None] | None = None,
) -> TrailReport:
    """Walk the whole trail in order and stop at the first entry that does not chain."""
    prev_hash = GENESIS_HASH
    expected_seq = 1
    checked = 0
    columns = [getattr(TrailEntry, name) for name in (*HASHED_FIELDS, "prev_hash", "hash")]
    last_seq = 0
    while True:
        rows = session.execute(
            select(*columns).where(TrailEntry.seq > last_seq).order_by(TrailEntry.seq).limit(batch)
        ).all()
        if not rows:
            return TrailReport(checked, None)
        for row in rows:
            entry = row._asdict()
            found = _check(entry, prev_hash, expected_seq)
            if found is not None:
                return TrailReport(checked, found)
            prev_hash = entry["hash"]
            expected_seq += 1
            checked += 1
            last_seq = entry["seq"]
        if progress is not None:
            progress(checked)


def _check(entry: dict[str, Any], prev_hash: str, expected_seq: int) -> TrailBreak | None:
    def broken(reason: str) -> TrailBreak:
        return TrailBreak(
            entry["seq"], reason, entry["at_utc"], entry["entity"], entry["record_id"]
        )

    if entry["seq"] != expected_seq:
        return broken(f"entries #{expected_seq} to #{entry['seq'] - 1} are missing")
    if entry["prev_hash"] != prev_hash:
        return broken("it does not point at the entry before it (previous hash differs)")
    if entry_hash(prev_hash, entry) != entry["hash"]:
        return broken("its content was changed after it was written (hash differs)")
    return None


def iter_entries(session: Session, **filters: str) -> Iterable[TrailEntry]:
    query = select(TrailEntry).order_by(TrailEntry.seq)
    for name, value in filters.items():
        query = query.where(getattr(TrailEntry, name) == value)
    return session.scalars(query)
