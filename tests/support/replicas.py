"""Several replicas of one store on one machine, without bundles: a copy of a store file as
another laptop, a role for the local replica, and changes carried across as a bundle would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import insert, select, update

from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.ledger import Change, Replica
from sqms_desktop.store.uow import UnitOfWork, WriteContext, ensure_local_replica
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
            # Its own id and, like `sqms replica init --copy`, a trail key of its own.
            update(Replica)
            .where(Replica.is_local.is_(True))
            .values(id=replica_id, role=role, trail_key_id=None)
        )
        session.commit()
    return copy


def deliver(origin: Store, recipient: Store) -> int:
    """Carry every change `recipient` lacks from `origin` and fold the records they touch, as
    a bundle import does (each change trailed, then sync/merge.refold); returns how many
    changes were new."""
    with origin.session() as session:
        rows = [
            {c.key: getattr(change, c.key) for c in Change.__table__.columns}
            for change in session.scalars(select(Change).order_by(Change.replica_id, Change.seq))
        ]
    with UnitOfWork(recipient, WriteContext(user="delivery")) as uow:
        known = set(uow.session.scalars(select(Change.change_id)))
        new = [row for row in rows if row["change_id"] not in known]
        for row in new:
            action = "delete" if row["kind"] == "delete" else "change"
            row["trail_seq"] = uow.record_imported(row, None, action=action, reason="delivered")
        if new:
            uow.session.execute(insert(Change), new)
            refold(uow.session, {(row["entity"], row["entity_id"]) for row in new})
        uow.commit()
    return len(new)
