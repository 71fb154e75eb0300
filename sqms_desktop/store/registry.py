"""Which tables are records (folded from changes) and how their values travel as JSON."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import Boolean, Column, Date, DateTime, Float, Integer, Table

from sqms_desktop.store import attachments, ledger, models  # noqa: F401  (registers the tables)
from sqms_desktop.store.base import Base, Record

STATUS_FIELDS = frozenset({"status", "state"})


def record_classes() -> dict[str, type[Record]]:
    """Record tables by entity name (the table name), in dependency order."""
    by_table = {
        mapper.class_.__tablename__: mapper.class_
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Record)
    }
    return {t.name: by_table[t.name] for t in Base.metadata.sorted_tables if t.name in by_table}


def record_tables() -> list[Table]:
    names = set(record_classes())
    return [t for t in Base.metadata.sorted_tables if t.name in names]


def fields_of(table: Table) -> list[str]:
    """The fields that changes carry: every column but the id."""
    return [c.key for c in table.columns if c.key != "id"]


def to_json(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, DateTime) and isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(column.type, Date) and isinstance(value, dt.date):
        return value.isoformat()
    return value


def from_json(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return dt.date.fromisoformat(value)
    if isinstance(column.type, Boolean):
        return bool(value)
    if isinstance(column.type, Integer):
        return int(value)
    if isinstance(column.type, Float):
        return float(value)
    return value


def table_of(record: Record) -> Table:
    return cast(Table, record.__table__)
