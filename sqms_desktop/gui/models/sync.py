"""Table models of the Sync page: the bundles sent and received, and the open conflicts.

Both list the read-side rows of `queries/sync.py` as they are; the words for directions,
outcomes and record kinds are chosen here so the table and the detail pane say the same.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from sqms_desktop.gui.base.dates import moment_text
from sqms_desktop.gui.base.labels import label, record_kind
from sqms_desktop.gui.models.tables import ID_ROLE, RowTableModel
from sqms_desktop.queries.sync import BundleLogRow, ConflictRow

AnyIndex = QModelIndex | QPersistentModelIndex

SENT = "sent"
RECEIVED = "received"
DELETE_KIND = "delete"


def entity_text(entity: str) -> str:
    """A record kind as people name it (`capa` → "CAPA", `certificate` → "Certificate")."""
    return record_kind(entity)


def bundle_key(row: BundleLogRow) -> str:
    """The row's id in the table: a bundle this store sent and received would share its id."""
    return f"{row.direction}:{row.bundle_id}"


def direction_text(row: BundleLogRow) -> str:
    return (
        QCoreApplication.translate("SyncModels", "Sent")
        if row.direction == SENT
        else QCoreApplication.translate("SyncModels", "Received")
    )


def peer_text(row: BundleLogRow) -> str:
    """Who the bundle went to (sent) or came from (received)."""
    if row.direction == SENT:
        return row.recipient or QCoreApplication.translate("SyncModels", "the central store")
    return row.origin


def receipt_text(row: BundleLogRow) -> str:
    """One line on what became of the bundle: acknowledged or not (sent), or what it changed
    here (received)."""
    if row.direction == SENT:
        if row.acknowledged:
            return QCoreApplication.translate("SyncModels", "Acknowledged")
        return QCoreApplication.translate("SyncModels", "Not acknowledged yet")
    receipt = row.receipt or {}
    parts = [QCoreApplication.translate("SyncModels", "{n} new").format(n=receipt.get("new", 0))]
    if receipt.get("duplicates"):
        parts.append(
            QCoreApplication.translate("SyncModels", "{n} already here").format(
                n=receipt["duplicates"]
            )
        )
    conflicts = receipt.get("conflicts", 0)
    if conflicts:
        parts.append(
            QCoreApplication.translate("SyncModels", "1 conflict")
            if conflicts == 1
            else QCoreApplication.translate("SyncModels", "{n} conflicts").format(n=conflicts)
        )
    if receipt.get("renumbered"):
        parts.append(
            QCoreApplication.translate("SyncModels", "{n} renumbered").format(
                n=len(receipt["renumbered"])
            )
        )
    return ", ".join(parts)


class BundleLogModel(RowTableModel):
    """The bundle log, newest first as `queries/sync.bundle_log` returns it."""

    COL_DIRECTION, COL_PEER, COL_WHEN, COL_SEQ, COL_CHANGES = range(5)
    COL_ATTACHMENTS, COL_FORMAT, COL_OUTCOME, COL_FILE = range(5, 9)
    NUMERIC_COLUMNS = frozenset({COL_SEQ, COL_CHANGES, COL_ATTACHMENTS})
    # The detail pane names them; View ▸ Columns shows them in the table.
    HIDDEN_AT_FIRST = frozenset({COL_ATTACHMENTS, COL_FORMAT, COL_FILE})

    def titles(self) -> list[str]:
        return [
            self.tr("Direction"),
            self.tr("To / from"),
            self.tr("When"),
            self.tr("No."),
            self.tr("Changes"),
            self.tr("Attachments"),
            self.tr("Format"),
            self.tr("Receipt"),
            self.tr("File"),
        ]

    def display(self, row: BundleLogRow, column: int) -> str:
        if column == self.COL_DIRECTION:
            return direction_text(row)
        if column == self.COL_PEER:
            return peer_text(row)
        if column == self.COL_WHEN:
            return moment_text(row.at.astimezone())
        if column == self.COL_SEQ:
            return str(row.seq)
        if column == self.COL_CHANGES:
            return str(row.changes)
        if column == self.COL_ATTACHMENTS:
            return str(row.attachments)
        if column == self.COL_FORMAT:
            return "Excel" if row.format == "xlsx" else "JSON"
        if column == self.COL_OUTCOME:
            return receipt_text(row)
        if column == self.COL_FILE:
            return row.file_name
        return ""

    def sort_value(self, row: BundleLogRow, column: int) -> Any:
        if column == self.COL_WHEN:
            return row.at
        if column == self.COL_SEQ:
            return row.seq
        if column == self.COL_CHANGES:
            return row.changes
        if column == self.COL_ATTACHMENTS:
            return row.attachments
        return super().sort_value(row, column)

    def marking(self, row: BundleLogRow, column: int) -> str | None:
        if column != self.COL_OUTCOME:
            return None
        if row.direction == SENT:
            return None if row.acknowledged else "notice"
        return "warning" if (row.receipt or {}).get("conflicts") else None

    def row_of_id(self, record_id: str) -> int | None:
        for number, row in enumerate(self.rows()):
            if bundle_key(row) == record_id:
                return number
        return None

    def row_by_key(self, record_id: str) -> BundleLogRow | None:
        number = self.row_of_id(record_id)
        return None if number is None else self.row_at(number)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == ID_ROLE and index.isValid() and 0 <= index.row() < self.rowCount():
            return bundle_key(self.row_at(index.row()))
        return super().data(index, role)


class ConflictModel(RowTableModel):
    """The open conflicts, as `queries/sync.list_conflicts` returns them."""

    COL_RECORD, COL_TYPE, COL_KIND, COL_FIELD, COL_SIDES, COL_SHOWN, COL_LATEST = range(7)

    def titles(self) -> list[str]:
        return [
            self.tr("Record"),
            self.tr("Type"),
            self.tr("Conflict"),
            self.tr("Field"),
            self.tr("Changed on"),
            self.tr("Shown now"),
            self.tr("Latest change"),
        ]

    def display(self, row: ConflictRow, column: int) -> str:
        if column == self.COL_RECORD:
            return row.record_label
        if column == self.COL_TYPE:
            return entity_text(row.entity)
        if column == self.COL_KIND:
            return (
                QCoreApplication.translate("SyncModels", "Deleted and edited")
                if row.kind == DELETE_KIND
                else QCoreApplication.translate("SyncModels", "Edited twice")
            )
        if column == self.COL_FIELD:
            return "" if row.kind == DELETE_KIND else label(row.field)
        if column == self.COL_SIDES:
            return ", ".join(f"{side.replica} ({side.author})" for side in row.sides)
        if column == self.COL_SHOWN:
            winner = next((side for side in row.sides if side.winner), None)
            return "" if winner is None else " ".join(winner.value.split())
        if column == self.COL_LATEST:
            latest = _latest(row)
            return "" if latest is None else moment_text(latest.astimezone())
        return ""

    def sort_value(self, row: ConflictRow, column: int) -> Any:
        if column == self.COL_LATEST:
            return _latest(row)
        return super().sort_value(row, column)

    def tooltip(self, row: ConflictRow, column: int) -> str | None:
        if column == self.COL_SHOWN:
            winner = next((side for side in row.sides if side.winner), None)
            return None if winner is None else winner.value
        return None


def _latest(row: ConflictRow) -> dt.datetime | None:
    return max((side.at for side in row.sides), default=None)
