"""Merging changes that arrived from another replica into this store's tables.

The change log is the truth and the tables are its fold (sync/fold.py). An import adds changes,
so only the records they touch are folded again: their field heads are recomputed from all of
their changes, and their rows are inserted, updated or removed to match (parents before
children, removals children first). Conflicts are read from the heads: a field with several
heads, or a delete that did not see an edit (DESIGN.md §8 "Merge").
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, UniqueConstraint, and_, delete, func, insert, select, update
from sqlalchemy.orm import Session

from sqms_desktop.errors import BundleRefused
from sqms_desktop.i18n import translate
from sqms_desktop.store.ledger import Change, ChangeHead
from sqms_desktop.store.registry import fields_of, from_json, record_tables, to_json
from sqms_desktop.sync.fold import ChangeRow, RecordState, fold_record, read_changes, winner

RecordKey = tuple[str, str]  # (entity, record id)

# Fields where several heads are not a conflict: the fold's rule decides (a CAPA's furthest stage).
RULED_FIELDS = frozenset({("capa", "state")})
DELETED = "(deleted)"
CHUNK = 400


def conflict_id(entity: str, record_id: str, field: str) -> str:
    """A conflict's id, the same on every replica that holds the same heads' record."""
    return hashlib.sha256(f"{entity}/{record_id}/{field}".encode()).hexdigest()[:12]


def changes_of(session: Session, keys: Iterable[RecordKey]) -> dict[RecordKey, list[ChangeRow]]:
    """Every change of the given records, by record."""
    found: dict[RecordKey, list[ChangeRow]] = defaultdict(list)
    for entity, ids in _ids_by_entity(keys).items():
        for start in range(0, len(ids), CHUNK):
            part = ids[start : start + CHUNK]
            where = and_(Change.entity == entity, Change.entity_id.in_(part))
            for row in read_changes(session, where):
                found[(row.entity, row.entity_id)].append(row)
    return found


def _ids_by_entity(keys: Iterable[RecordKey]) -> dict[str, list[str]]:
    """Record ids by entity, sorted. Queries ask `entity = ? AND entity_id IN (…)`, which
    SQLite answers from the (entity, entity_id) index; a row-value IN over both columns made it
    scan the whole table once per chunk."""
    by_entity: dict[str, list[str]] = defaultdict(list)
    for entity, record_id in sorted(set(keys)):
        by_entity[entity].append(record_id)
    return by_entity


def current_rows(session: Session, keys: Iterable[RecordKey]) -> dict[RecordKey, dict[str, Any]]:
    """The rows of the given records as they are in the tables now, as JSON values."""
    tables = {t.name: t for t in record_tables()}
    rows: dict[RecordKey, dict[str, Any]] = {}
    for entity, ids in _ids_by_entity(keys).items():
        table = tables[entity]
        names = fields_of(table)
        for start in range(0, len(ids), CHUNK):
            query = select(table).where(table.c.id.in_(ids[start : start + CHUNK]))
            for row in session.execute(query).mappings():
                rows[(entity, row["id"])] = {n: to_json(table.columns[n], row[n]) for n in names}
    return rows


def refold(session: Session, keys: Iterable[RecordKey]) -> dict[RecordKey, RecordState]:
    """Fold the given records again: rewrite their heads and make their rows match the log."""
    keys = set(keys)
    history = changes_of(session, keys)
    states = {key: fold_record(history.get(key, [])) for key in keys}
    _rewrite_heads(session, states)
    before = current_rows(session, keys)
    tables = record_tables()
    ordered = sorted(states.items(), key=lambda item: item[0])  # once, not once per table
    for table in reversed(tables):
        gone = [i for (e, i), s in states.items() if e == table.name and not s.visible]
        gone = [i for i in gone if (table.name, i) in before]
        for start in range(0, len(gone), CHUNK):
            session.execute(delete(table).where(table.c.id.in_(gone[start : start + CHUNK])))
    for table in tables:
        names = fields_of(table)
        new_rows, changed_rows = [], []
        for (entity, record_id), state in ordered:
            if entity != table.name or not state.visible:
                continue
            values = {
                name: from_json(table.columns[name], state.fields.get(name))
                for name in names
                if name in state.fields or (entity, record_id) not in before
            }
            if (entity, record_id) in before:
                if any(before[(entity, record_id)].get(n) != state.fields.get(n) for n in values):
                    changed_rows.append((record_id, values))
            else:
                new_rows.append({"id": record_id, **values})
        _refuse_unique_clashes(session, table, new_rows, changed_rows)
        if new_rows:
            session.execute(insert(table), new_rows)
        for record_id, values in changed_rows:
            session.execute(update(table).where(table.c.id == record_id).values(**values))
    return states


def unique_keys(table: Table) -> list[tuple[str, ...]]:
    """The column sets a table keeps unique (one column or several)."""
    keys: list[tuple[str, ...]] = [(c.key,) for c in table.columns if c.unique]
    keys += [
        tuple(c.key for c in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    return keys


def _refuse_unique_clashes(
    session: Session,
    table: Table,
    new_rows: list[dict[str, Any]],
    changed_rows: list[tuple[str, dict[str, Any]]],
) -> None:
    """Two records made apart with the same code (or key) cannot both be kept: say which,
    before the database's index refuses it with a message nobody can act on. One query per
    chunk of rows, on the key's first column."""
    rows = [*new_rows, *({"id": record_id, **values} for record_id, values in changed_rows)]
    for key in unique_keys(table):
        wanted = [r for r in rows if all(r.get(n) is not None for n in key)]
        if not wanted:
            continue
        owner: dict[tuple[Any, ...], str] = {}
        firsts = sorted({r[key[0]] for r in wanted}, key=str)
        columns = [table.c.id, *(table.c[n] for n in key)]
        for start in range(0, len(firsts), CHUNK):
            part = firsts[start : start + CHUNK]
            for found in session.execute(select(*columns).where(table.c[key[0]].in_(part))):
                owner[tuple(found[1:])] = found[0]
        for row in wanted:
            value = tuple(row[n] for n in key)
            other = owner.get(value)
            if other is not None and other != row["id"]:
                shown = ", ".join(f"{name} {row[name]}" for name in key)
                raise BundleRefused(
                    "unique-clash",
                    translate(
                        "merge",
                        "two {entity} records made apart both have {shown} (ids {first} "
                        "and {second}); this version cannot keep both or merge them, so "
                        "the bundle is not imported. Nothing was changed.",
                    ).format(entity=table.name, shown=shown, first=other[:8], second=row["id"][:8]),
                )
            owner[value] = row["id"]


def _rewrite_heads(session: Session, states: dict[RecordKey, RecordState]) -> None:
    for entity, ids in _ids_by_entity(states).items():
        for start in range(0, len(ids), CHUNK):
            part = ids[start : start + CHUNK]
            session.execute(
                delete(ChangeHead).where(
                    ChangeHead.entity == entity, ChangeHead.entity_id.in_(part)
                )
            )
    rows = [
        {"entity": e, "entity_id": i, "field": name, "change_id": head.change_id}
        for (e, i), state in states.items()
        for name, heads in state.heads.items()
        for head in heads
    ]
    if rows:  # Core executemany, as the unit of work writes heads: no ORM bulk bookkeeping
        session.connection().execute(insert(ChangeHead), rows)


def is_conflict_field(entity: str, field: str, heads: list[ChangeRow]) -> bool:
    """Several heads on a field the fold's rules do not settle on their own."""
    return len(heads) > 1 and (entity, field) not in RULED_FIELDS


def conflicts_in(states: dict[RecordKey, RecordState]) -> int:
    """How many conflicts the folded records hold: fields in conflict and open deletes."""
    fields = sum(
        1
        for (entity, _), state in states.items()
        for name, heads in state.heads.items()
        if is_conflict_field(entity, name, heads)
    )
    return fields + sum(1 for state in states.values() if state.visible and state.open_deletes)


@dataclass(frozen=True)
class Conflict:
    """A field with several heads, or a delete concurrent with an edit, waiting for a person."""

    id: str
    entity: str
    record_id: str
    field: str  # the field, or DELETED
    heads: tuple[ChangeRow, ...]  # the edits (for a delete conflict: the edits it did not see)
    deletes: tuple[ChangeRow, ...]  # the open deletes (delete conflicts only)
    base: Any  # the value the heads started from, when one common parent holds it
    winner: str  # the change id of the head shown now


def open_conflicts(session: Session) -> list[Conflict]:
    """Every conflict in the store, in a stable order (entity, record, field)."""
    several = (
        select(ChangeHead.entity, ChangeHead.entity_id, ChangeHead.field)
        .group_by(ChangeHead.entity, ChangeHead.entity_id, ChangeHead.field)
        .having(func.count() > 1)
    )
    field_keys = [(e, i, f) for e, i, f in session.execute(several) if (e, f) not in RULED_FIELDS]
    deleted = select(Change.entity, Change.entity_id).where(Change.kind == "delete").distinct()
    record_keys = {(e, i) for e, i, _ in field_keys} | {(e, i) for e, i in session.execute(deleted)}
    history = changes_of(session, record_keys)
    found: list[Conflict] = []
    for entity, record_id, field in field_keys:
        changes = history.get((entity, record_id), [])
        state = fold_record(changes)
        heads = tuple(sorted(state.heads.get(field, []), key=lambda c: (c.hlc, c.replica_id)))
        if len(heads) < 2:
            continue
        found.append(
            Conflict(
                id=conflict_id(entity, record_id, field),
                entity=entity,
                record_id=record_id,
                field=field,
                heads=heads,
                deletes=(),
                base=_common_base(changes, heads),
                winner=winner(entity, field, heads).change_id,
            )
        )
    for entity, record_id in sorted(record_keys):
        state = fold_record(history.get((entity, record_id), []))
        if not state.visible or not state.open_deletes:
            continue
        seen = {p for d in state.open_deletes for p in d.parents}
        edits = tuple(
            sorted(
                (h for hs in state.heads.values() for h in hs if h.change_id not in seen),
                key=lambda c: (c.hlc, c.replica_id),
            )
        )
        found.append(
            Conflict(
                id=conflict_id(entity, record_id, DELETED),
                entity=entity,
                record_id=record_id,
                field=DELETED,
                heads=edits,
                deletes=tuple(state.open_deletes),
                base=None,
                winner=edits[-1].change_id if edits else "",
            )
        )
    found.sort(key=lambda c: (c.entity, c.record_id, c.field))
    return found


def _common_base(changes: list[ChangeRow], heads: tuple[ChangeRow, ...]) -> Any:
    """The value every head started from: the one parent they all name, if there is one."""
    parent_sets = [set(h.parents) for h in heads]
    shared = set.intersection(*parent_sets) if parent_sets else set()
    by_id = {c.change_id: c for c in changes}
    bases = [by_id[p] for p in shared if p in by_id and by_id[p].kind != "delete"]
    if len(bases) == 1:
        return bases[0].value
    return None
