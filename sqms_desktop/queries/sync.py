"""What the Sync page and `sqms replica|bundle|conflict` show: this store's replica, its
peers, the bundles sent and received, and the conflicts waiting for a person."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sqms_desktop.canonical import canonical_json
from sqms_desktop.i18n import translate
from sqms_desktop.store.clock import Hlc
from sqms_desktop.store.ledger import BundleLog, Change, PeerAck, Replica, TrustListRow
from sqms_desktop.store.registry import record_classes
from sqms_desktop.sync.merge import DELETED, Conflict, open_conflicts


@dataclass(frozen=True)
class ReplicaRow:
    id: str
    name: str
    role: str | None
    key_id: str | None
    is_local: bool
    revoked: bool
    enrolled_at: str | None


@dataclass(frozen=True)
class SyncStatus:
    local: ReplicaRow | None
    peers: list[ReplicaRow]
    trust_version: int | None
    trust_expires: str | None
    open_conflicts: int
    unacknowledged: dict[str, int]


def _row(replica: Replica) -> ReplicaRow:
    return ReplicaRow(
        id=replica.id,
        name=replica.name,
        role=replica.role,
        key_id=replica.key_id,
        is_local=replica.is_local,
        revoked=replica.revoked,
        enrolled_at=replica.enrolled_at,
    )


def sync_status(session: Session) -> SyncStatus:
    replicas = list(session.scalars(select(Replica).order_by(Replica.name)))
    local = next((r for r in replicas if r.is_local and r.public_key is not None), None)
    peers = [r for r in replicas if not r.is_local and r.public_key is not None]
    trust = session.execute(
        select(TrustListRow.version, TrustListRow.expires_at)
        .order_by(TrustListRow.version.desc())
        .limit(1)
    ).first()
    holdings = dict(
        session.execute(
            select(Change.replica_id, func.max(Change.seq)).group_by(Change.replica_id)
        ).all()
    )
    unacknowledged: dict[str, int] = {}
    if local is not None:
        for peer in peers:
            acked = dict(
                session.execute(
                    select(PeerAck.origin_id, PeerAck.seq).where(PeerAck.peer_id == peer.id)
                ).all()
            )
            origins = (
                [local.id] if local.role != "central" else [o for o in holdings if o != peer.id]
            )
            unacknowledged[peer.name] = sum(
                max(0, int(holdings.get(o, 0)) - int(acked.get(o, 0))) for o in origins
            )
    return SyncStatus(
        local=_row(local) if local is not None else None,
        peers=[_row(p) for p in peers],
        trust_version=trust.version if trust else None,
        trust_expires=trust.expires_at if trust else None,
        open_conflicts=len(open_conflicts(session)),
        unacknowledged=unacknowledged,
    )


@dataclass(frozen=True)
class BundleLogRow:
    bundle_id: str
    direction: str
    origin: str
    recipient: str | None
    seq: int
    format: str
    at: dt.datetime
    file_name: str
    changes: int
    attachments: int
    receipt: dict[str, Any] | None
    acknowledged: bool | None


def bundle_log(session: Session) -> list[BundleLogRow]:
    """Bundles sent and received, newest first; a sent one says whether it was acknowledged."""
    names = dict(session.execute(select(Replica.id, Replica.name)).all())
    acks: dict[str, dict[str, int]] = {}
    for peer, origin, seq in session.execute(
        select(PeerAck.peer_id, PeerAck.origin_id, PeerAck.seq)
    ):
        acks.setdefault(peer, {})[origin] = seq
    rows = []
    query = select(BundleLog).order_by(BundleLog.at_utc.desc(), BundleLog.seq.desc())
    for entry in session.scalars(query):
        acknowledged = None
        if entry.direction == "sent":
            upto = dict(entry.summary.get("upto") or {})  # type: ignore[call-overload]
            have = acks.get(entry.recipient_id or "", {})
            acknowledged = all(have.get(o, 0) >= int(s) for o, s in upto.items())
        rows.append(
            BundleLogRow(
                bundle_id=entry.bundle_id,
                direction=entry.direction,
                origin=names.get(entry.origin_id, entry.origin_id),
                recipient=names.get(entry.recipient_id, entry.recipient_id)
                if entry.recipient_id
                else None,
                seq=entry.seq,
                format=entry.format,
                at=dt.datetime.strptime(entry.at_utc, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC),
                file_name=entry.file_name,
                changes=int(entry.summary.get("changes", 0)),  # type: ignore[call-overload]
                attachments=int(entry.summary.get("attachments", 0)),  # type: ignore[call-overload]
                receipt=entry.receipt,
                acknowledged=acknowledged,
            )
        )
    return rows


@dataclass(frozen=True)
class ConflictSide:
    change_id: str
    replica: str
    author: str
    at: dt.datetime
    value: str
    winner: bool


@dataclass(frozen=True)
class ConflictRow:
    id: str
    entity: str
    record_id: str
    record_label: str
    field: str
    kind: str
    base: str | None
    sides: list[ConflictSide]


def display(value: Any) -> str:
    """A field value as a person reads it."""
    if value is None:
        return translate("sync", "(empty)")
    if isinstance(value, bool):
        return translate("sync", "yes") if value else translate("sync", "no")
    if isinstance(value, str):
        return value
    return canonical_json(value)


LABEL_FIELDS = ("reference", "code", "username", "key", "title", "name", "original_name")


def record_label(session: Session, entity: str, record_id: str) -> str:
    """How a person names the record: its reference, code or title, else entity and id."""
    model = record_classes().get(entity)
    if model is not None:
        record = session.get(model, record_id)
        for name in LABEL_FIELDS:
            value = getattr(record, name, None) if record is not None else None
            if value:
                return str(value)
    return f"{entity} {record_id[:8]}"


def list_conflicts(session: Session) -> list[ConflictRow]:
    names = dict(session.execute(select(Replica.id, Replica.name)).all())
    return [_conflict_row(session, c, names) for c in open_conflicts(session)]


def find_conflict(session: Session, conflict_id: str) -> Conflict | None:
    return next((c for c in open_conflicts(session) if c.id == conflict_id), None)


def _conflict_row(session: Session, conflict: Conflict, names: dict[str, str]) -> ConflictRow:
    sides = [
        ConflictSide(
            change_id=head.change_id,
            replica=names.get(head.replica_id, head.replica_id),
            author=_author(session, head.change_id),
            at=Hlc.decode(head.hlc).moment(),
            value=display(head.value)
            if conflict.field != DELETED
            else translate("sync", "edited {field}").format(field=head.field),
            winner=head.change_id == conflict.winner,
        )
        for head in conflict.heads
    ]
    if conflict.field == DELETED:
        sides.extend(
            ConflictSide(
                change_id=d.change_id,
                replica=names.get(d.replica_id, d.replica_id),
                author=_author(session, d.change_id),
                at=Hlc.decode(d.hlc).moment(),
                value=translate("sync", "deleted"),
                winner=False,
            )
            for d in conflict.deletes
        )
    return ConflictRow(
        id=conflict.id,
        entity=conflict.entity,
        record_id=conflict.record_id,
        record_label=record_label(session, conflict.entity, conflict.record_id),
        field=conflict.field,
        kind="delete" if conflict.field == DELETED else "field",
        base=display(conflict.base) if conflict.base is not None else None,
        sides=sides,
    )


def _author(session: Session, change_id: str) -> str:
    return session.scalar(select(Change.author).where(Change.change_id == change_id)) or ""
