"""The fold: visible records computed from the change log alone.

A field's heads are its changes no other change names as a parent; with one head that is the
value, with several the deterministic winner (latest HLC, then replica id) is shown. A record is
gone when a delete change has seen every head of every field; an edit the delete did not see
keeps it visible.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from sqms_desktop.store.ledger import Change
from sqms_desktop.store.registry import from_json, record_tables


@dataclass(frozen=True)
class ChangeRow:
    change_id: str
    replica_id: str
    hlc: str
    entity: str
    entity_id: str
    field: str | None
    kind: str
    value: Any
    parents: tuple[str, ...]


Records = dict[str, dict[str, dict[str, Any]]]  # entity -> id -> field -> JSON value


def read_changes(session: Session) -> list[ChangeRow]:
    rows = session.execute(
        select(
            Change.change_id,
            Change.replica_id,
            Change.hlc,
            Change.entity,
            Change.entity_id,
            Change.field,
            Change.kind,
            Change.value,
            Change.parents,
        )
    )
    return [ChangeRow(*row[:8], tuple(row[8])) for row in rows]


def fold(changes: Iterable[ChangeRow]) -> Records:
    """Records as JSON values, by entity and id."""
    changes = list(changes)
    named = {parent for change in changes for parent in change.parents}
    heads: dict[tuple[str, str, str], list[ChangeRow]] = defaultdict(list)
    deletes: dict[tuple[str, str], list[ChangeRow]] = defaultdict(list)
    for change in changes:
        if change.kind == "delete":
            deletes[(change.entity, change.entity_id)].append(change)
        elif change.change_id not in named and change.field is not None:
            heads[(change.entity, change.entity_id, change.field)].append(change)
    records: Records = defaultdict(dict)
    heads_of_record: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (entity, entity_id, field), candidates in heads.items():
        winner = max(candidates, key=lambda c: (c.hlc, c.replica_id))
        records[entity].setdefault(entity_id, {})[field] = winner.value
        heads_of_record[(entity, entity_id)].update(c.change_id for c in candidates)
    for (entity, entity_id), removals in deletes.items():
        record_heads = heads_of_record.get((entity, entity_id), set())
        if any(record_heads <= set(d.parents) for d in removals):
            records[entity].pop(entity_id, None)
    return dict(records)


def rebuild(session: Session, records: Records) -> dict[str, int]:
    """Replace every visible table's rows by `records`; returns rows written per table.

    Runs in the caller's transaction, so a failure leaves the tables as they were.
    """
    tables = record_tables()
    for table in reversed(tables):
        session.execute(delete(table))
    written: dict[str, int] = {}
    for table in tables:
        rows = [
            {
                "id": record_id,
                **{
                    name: from_json(table.columns[name], value)
                    for name, value in fields.items()
                    if name in table.columns
                },
            }
            for record_id, fields in sorted(records.get(table.name, {}).items())
        ]
        if rows:
            session.execute(insert(table), rows)
        written[table.name] = len(rows)
    return written
