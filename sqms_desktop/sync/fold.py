"""The fold: visible records computed from the change log alone.

A field's heads are its changes no other change names as a parent; with one head that is the
value, with several the deterministic winner (`winner`: latest HLC, then replica id; a CAPA's
stage takes the furthest stage, so it never goes back) is shown. A record is gone when a delete
change has seen every head of every field; an edit the delete did not see keeps it visible (a
conflict), and a delete that a later change names as a parent was settled by a person ("keep the
record") and removes nothing.
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
from sqms_desktop.vocab import CapaState

# The 8D stages in the order a CAPA moves through them; a cancelled CAPA has gone furthest (it
# is reopened only by an explicit new change that names both heads).
STAGE_RANK = {state.value: rank for rank, state in enumerate(CapaState)}


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


def winner(entity: str, field: str, heads: Iterable[ChangeRow]) -> ChangeRow:
    """The head whose value is shown when a field has several (DESIGN.md §8 "Merge")."""
    if entity == "capa" and field == "state":
        return max(heads, key=lambda c: (STAGE_RANK.get(c.value, -1), c.hlc, c.replica_id))
    return max(heads, key=lambda c: (c.hlc, c.replica_id))


def read_changes(session: Session, where: Any = None) -> list[ChangeRow]:
    """The change log (or the part `where` selects), as plain rows."""
    query = select(
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
    if where is not None:
        query = query.where(where)
    rows = session.execute(query)
    return [ChangeRow(*row[:8], tuple(row[8])) for row in rows]


def fold(changes: Iterable[ChangeRow]) -> Records:
    """Records as JSON values, by entity and id."""
    by_record: dict[tuple[str, str], list[ChangeRow]] = defaultdict(list)
    for change in changes:
        by_record[(change.entity, change.entity_id)].append(change)
    records: Records = defaultdict(dict)
    for (entity, entity_id), record_changes in by_record.items():
        state = fold_record(record_changes)
        if state.visible:
            records[entity][entity_id] = state.fields
    return dict(records)


@dataclass
class RecordState:
    """One record after the fold: its fields, each field's heads, and whether it is shown."""

    fields: dict[str, Any]
    heads: dict[str, list[ChangeRow]]
    visible: bool
    # Deletes no later change settled and that did not see every head: a delete concurrent
    # with an edit, which keeps the record visible and is listed as a conflict.
    open_deletes: list[ChangeRow]


def fold_record(changes: Iterable[ChangeRow]) -> RecordState:
    """The fold of one record's changes (DESIGN.md §8 "Merge").

    A delete names the heads it saw but does not end them: a concurrent edit keeps the record
    whole and visible. A change that names a delete as a parent (re-creating the record, or a
    person keeping it) settles that delete.
    """
    changes = list(changes)
    edits_named = {p for c in changes if c.kind != "delete" for p in c.parents}
    all_named = edits_named | {p for c in changes if c.kind == "delete" for p in c.parents}
    heads: dict[str, list[ChangeRow]] = defaultdict(list)
    deletes: list[ChangeRow] = []
    for change in changes:
        if change.kind == "delete":
            if change.change_id not in all_named:
                deletes.append(change)
        elif change.field is not None and change.change_id not in edits_named:
            heads[change.field].append(change)
    entity = changes[0].entity if changes else ""
    fields = {name: winner(entity, name, found).value for name, found in heads.items()}
    record_heads = {c.change_id for found in heads.values() for c in found}
    gone = bool(heads) and any(record_heads <= set(d.parents) for d in deletes)
    if not heads and deletes:
        gone = True
    open_deletes = [] if gone else [d for d in deletes if not record_heads <= set(d.parents)]
    return RecordState(
        fields=fields,
        heads=dict(heads),
        visible=bool(heads) and not gone,
        open_deletes=open_deletes,
    )


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
