"""Settling a conflict: a person chooses one side, or types the value (DESIGN.md §8 "Merge").

A field conflict is settled by a `resolve` change naming every head, so every replica that
receives it shows the same value and lists the conflict no more. A delete concurrent with an
edit is settled by deleting again (now seeing the edit) or by keeping the record.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Table

from sqms_desktop.errors import NotFoundError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.sync import find_conflict
from sqms_desktop.services.identity import require_actor
from sqms_desktop.store.registry import from_json, record_classes, table_of
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.sync.merge import DELETED
from sqms_desktop.vocab import UserRole

RESOLVERS = (UserRole.QUALITY_ENGINEER, UserRole.LEAD_AUDITOR, UserRole.ADMIN)


def resolve_conflict(
    uow: UnitOfWork, conflict_id: str, *, take: str | None = None, value: str | None = None
) -> str:
    """Settle conflict `conflict_id`; returns what was done, in words."""
    require_actor(uow, *RESOLVERS, action=translate("conflicts", "resolving a conflict"))
    if (take is None) == (value is None):
        raise ValidationError(
            translate("conflicts", "resolve a conflict with one of --take CHANGE_ID or --value V")
        )
    conflict = find_conflict(uow.session, conflict_id)
    if conflict is None:
        raise NotFoundError(
            translate(
                "conflicts", "no open conflict {conflict_id} (see `sqms conflict list`)"
            ).format(conflict_id=conflict_id)
        )
    model = record_classes()[conflict.entity]
    record = uow.get(model, conflict.record_id)
    if record is None:
        raise NotFoundError(
            translate("conflicts", "{entity} {record_id} is not in the tables").format(
                entity=conflict.entity, record_id=conflict.record_id
            )
        )
    if conflict.field == DELETED:
        if value is not None:
            raise ValidationError(
                translate("conflicts", "a deleted record is kept or deleted: use --take CHANGE_ID")
            )
        deletes = {d.change_id for d in conflict.deletes}
        edits = {h.change_id for h in conflict.heads}
        if take in deletes:
            uow.delete(record, reason=f"conflict {conflict_id}: the delete {take} was taken")
            return translate("conflicts", "deleted {entity} {record_id}").format(
                entity=conflict.entity, record_id=conflict.record_id
            )
        if take in edits:
            uow.keep(
                conflict.entity,
                conflict.record_id,
                sorted(deletes),
                reason=f"conflict {conflict_id}: the edit {take} was kept",
            )
            return translate("conflicts", "kept {entity} {record_id}").format(
                entity=conflict.entity, record_id=conflict.record_id
            )
        raise ValidationError(
            translate("conflicts", "{take} is not a side of conflict {conflict_id}").format(
                take=take, conflict_id=conflict_id
            )
        )
    table = table_of(record)
    column = table.columns[conflict.field]
    if take is not None:
        chosen = next((h for h in conflict.heads if h.change_id == take), None)
        if chosen is None:
            sides = ", ".join(h.change_id for h in conflict.heads)
            raise ValidationError(
                translate(
                    "conflicts", "{take} is not a side of conflict {conflict_id} ({sides})"
                ).format(take=take, conflict_id=conflict_id, sides=sides)
            )
        new = from_json(column, chosen.value)
        reason = f"conflict {conflict_id}: took {take}"
    else:
        assert value is not None
        new = parse_value(table, conflict.field, value)
        reason = f"conflict {conflict_id}: value entered"
    uow.resolve(record, conflict.field, new, reason=reason)
    return translate("conflicts", "{entity} {record_id} {field} settled").format(
        entity=conflict.entity, record_id=conflict.record_id, field=conflict.field
    )


def parse_value(table: Table, field: str, text: str) -> Any:
    """A typed value for a column from what a person typed."""
    column = table.columns[field]
    kind = column.type
    try:
        if text == "" and column.nullable:
            return None
        if isinstance(kind, Boolean):
            lowered = text.strip().lower()
            if lowered not in {"yes", "no", "true", "false", "1", "0"}:
                raise ValueError(translate("conflicts", "yes or no"))
            return lowered in {"yes", "true", "1"}
        if isinstance(kind, Integer):
            return int(text)
        if isinstance(kind, Float):
            return float(text)
        if isinstance(kind, (Date, DateTime)):
            return from_json(column, text)
        if kind.python_type in (list, dict):
            return json.loads(text)
    except (ValueError, NotImplementedError) as exc:
        raise ValidationError(
            translate(
                "conflicts", "{text!r} is not a value for {entity}.{field}: {problem}"
            ).format(text=text, entity=table.name, field=field, problem=exc)
        ) from None
    length = getattr(kind, "length", None)
    if length is not None and len(text) > length:
        raise ValidationError(
            translate("conflicts", "{entity}.{field} holds at most {length} characters").format(
                entity=table.name, field=field, length=length
            )
        )
    return text
