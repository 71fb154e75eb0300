"""What a store holds, as `sqms store info` reports it: its schema revision, its replica and
how many records, changes and trail entries it keeps (the first thing to ask about a store)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.store import trail_key
from sqms_desktop.store.ledger import Change, Replica, TrailEntry
from sqms_desktop.store.migrate import stored_revision
from sqms_desktop.store.registry import record_tables


@dataclass(frozen=True)
class StoreContents:
    backend: str  # the database kind: "sqlite", "postgresql" …
    schema_revision: str | None  # the Alembic revision the store is migrated to
    replica_id: str | None  # this store's own replica, once it has written a change
    changes: int  # entries in the change log
    trail_entries: int
    records: dict[str, int]  # records per table, in the schema's table order


def store_contents(session: Session) -> StoreContents:
    def count(table: Any) -> int:
        return session.scalar(select(func.count()).select_from(table)) or 0

    replica = session.scalars(select(Replica).where(Replica.is_local.is_(True))).first()
    return StoreContents(
        backend=session.get_bind().engine.url.get_backend_name(),
        schema_revision=stored_revision(session.connection()),
        replica_id=replica.id if replica else None,
        changes=count(Change),
        trail_entries=count(TrailEntry),
        records={t.name: count(t) for t in record_tables()},
    )


def trail_key_ids(session: Session) -> list[str]:
    """The ids of the keys this store's trail is chained with: the local replica's own first."""
    own = session.scalar(select(Replica.trail_key_id).where(Replica.is_local.is_(True)))
    used = session.scalars(
        select(TrailEntry.key_id).where(TrailEntry.key_id.is_not(None)).distinct()
    ).all()
    return [k for k in dict.fromkeys([own, *used]) if k]


def trail_key_backup(session: Session, location: str) -> tuple[str, list[str]]:
    """The backup text of the trail keys this store's entries are chained with, as far as this
    computer has them, and their ids (`sqms store key export`, File ▸ Back up trail key)."""
    keys = [key for key_id in trail_key_ids(session) if (key := trail_key.load(key_id))]
    if not keys:
        raise ValidationError(
            translate(
                "store",
                "no trail key of {location} is on this computer (looked in "
                "{key_folder}); it is made with the store's first change",
            ).format(location=location, key_folder=trail_key.key_folder())
        )
    return trail_key.backup_text(keys, store=location), [key.key_id for key in keys]
