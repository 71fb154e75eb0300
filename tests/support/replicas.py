"""Several replicas of one store on one machine, without bundles: a copy of a store file as
another laptop, a role for the local replica, and changes carried across as a bundle would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import insert, select, update

from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.ledger import Change, Replica
from sqms_desktop.store.uow import ensure_local_replica
from sqms_desktop.sync.merge import refold


def set_role(store: Store, role: str | None, *, replica_id: str | None = None) -> str:
    """Give the store's local replica a role (what `sqms replica init` records), and the id
    `replica_id` if given (changes it wrote keep their origin); returns its id."""
    with store.session() as session:
        local = ensure_local_replica(session, replica_id=replica_id)
        values = {"role": role} if replica_id is None else {"role": role, "id": replica_id}
        session.execute(update(Replica).where(Replica.id == local.id).values(**values))
        session.commit()
        return replica_id or local.id


def copy_as_replica(source: Path, target: Path, replica_id: str, role: str | None) -> Store:
    """Another replica that starts from a copy of `source`: same records and change log, its
    own replica id (the copied changes keep their origin)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()
    copy = open_store(f"sqlite:///{target}")
    with copy.session() as session:
        session.execute(
            update(Replica).where(Replica.is_local.is_(True)).values(id=replica_id, role=role)
        )
        session.commit()
    return copy


def deliver(origin: Store, recipient: Store) -> int:
    """Carry every change `recipient` lacks from `origin` and fold the records they touch, as
    a bundle import does (sync/merge.refold); returns how many changes were new."""
    with origin.session() as session:
        rows = [
            {c.key: getattr(change, c.key) for c in Change.__table__.columns}
            for change in session.scalars(select(Change))
        ]
    with recipient.session() as session:
        known = set(session.scalars(select(Change.change_id)))
        new = [row for row in rows if row["change_id"] not in known]
        if new:
            session.execute(insert(Change), new)
            refold(session, {(row["entity"], row["entity_id"]) for row in new})
        session.commit()
    return len(new)
