"""The Trail page's table: trail entries as `queries.trail.list_trail` returns them."""

from __future__ import annotations

import json
from typing import Any

from sqms_desktop.gui.base.labels import record_kind, trail_action
from sqms_desktop.gui.models.tables import RowTableModel
from sqms_desktop.queries.trail import TrailRow

# Long values are cut in the table (the detail pane shows them whole).
MAX_CELL_CHARS = 120


def cell_value(value: str | None) -> str:
    """A value on one line and of bounded length, for a table cell."""
    if value is None:
        return ""
    flat = " ".join(value.split())
    return flat if len(flat) <= MAX_CELL_CHARS else flat[: MAX_CELL_CHARS - 1] + "…"


def value_text(value: Any) -> str:
    """One field's value in words: yes/no, lists joined, nested records as their fields."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{field_name(k)}: {value_text(v)}" for k, v in value.items())
    return str(value)


def field_name(key: str) -> str:
    """A stored field's name as words: "full_name" → "Full name"."""
    return key.replace("_", " ").capitalize()


def created_fields(value: str | None) -> list[tuple[str, str]] | None:
    """The fields of a whole record (what a creation or deletion records) as (name, value),
    empty ones left out; None when `value` is not a record."""
    if not value or not value.startswith("{"):
        return None
    try:
        fields = json.loads(value)
    except ValueError:
        return None
    if not isinstance(fields, dict):
        return None
    return [
        (field_name(k), value_text(v)) for k, v in fields.items() if v not in ("", None, [], {})
    ]


def readable(value: str | None) -> str:
    """A trail value for a table cell: a record as "Field: value; …", never raw JSON."""
    fields = created_fields(value)
    if fields is None:
        return cell_value(value)
    return cell_value("; ".join(f"{name}: {text}" for name, text in fields))


class TrailTableModel(RowTableModel):
    COL_SEQ, COL_TIME, COL_USER, COL_ENTITY, COL_RECORD, COL_FIELD = range(6)
    COL_ACTION, COL_OLD, COL_NEW, COL_REASON = range(6, 10)
    NUMERIC_COLUMNS = frozenset({COL_SEQ})

    def titles(self) -> list[str]:
        return [
            self.tr("Entry"),
            self.tr("Time"),
            self.tr("User"),
            self.tr("Record type"),
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Action"),
            self.tr("Old value"),
            self.tr("New value"),
            self.tr("Reason"),
        ]

    def display(self, row: TrailRow, column: int) -> str:
        if column == self.COL_SEQ:
            return str(row.seq)
        if column == self.COL_TIME:
            return row.local_time
        if column == self.COL_USER:
            return row.user
        if column == self.COL_ENTITY:
            return record_kind(row.entity)
        if column == self.COL_RECORD:
            return row.record_id
        if column == self.COL_FIELD:
            return row.field or ""
        if column == self.COL_ACTION:
            return trail_action(row.action)
        if column == self.COL_OLD:
            return readable(row.old_value)
        if column == self.COL_NEW:
            return readable(row.new_value)
        if column == self.COL_REASON:
            return cell_value(row.reason)
        return ""

    def sort_value(self, row: TrailRow, column: int) -> Any:
        if column in (self.COL_SEQ, self.COL_TIME):
            return row.seq  # the trail's own order; local times of replicas may interleave
        return super().sort_value(row, column)

    def tooltip(self, row: TrailRow, column: int) -> str | None:
        if column == self.COL_TIME:
            return self.tr("{utc} UTC").format(utc=f"{row.at_utc:%Y-%m-%d %H:%M:%S}")
        if column == self.COL_OLD:
            return row.old_value or None
        if column == self.COL_NEW:
            return row.new_value or None
        if column == self.COL_REASON:
            return row.reason or None
        return None

    def marking(self, row: TrailRow, column: int) -> str | None:
        if column in (self.COL_SEQ, self.COL_RECORD):
            return "muted"
        return None
