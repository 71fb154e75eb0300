"""The CAPA register's table models: overdue CAPAs in red, a pending rejection in amber,
closed and cancelled ones greyed; stages sort in their order, dates as dates. The CAPAs page reads
its rows a window at a time (`CapaWindowModel`); a supplier's CAPAs are held whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from sqms_desktop.capa.stages import ORDER
from sqms_desktop.capa.views import CapaRow
from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.models.tables import RowTableModel, WindowedTableModel
from sqms_desktop.queries.capas import CapaOrder
from sqms_desktop.vocab import CapaState


class CapaTableModel(RowTableModel):
    """CAPAs as `queries.capas.list_capas` returns them; overdue ones marked red."""

    COL_REFERENCE, COL_SUPPLIER, COL_TITLE, COL_STATE, COL_OWNER, COL_NEXT_DUE = range(6)
    COL_ISSUED = 6

    def titles(self) -> list[str]:
        return [
            self.tr("Reference"),
            self.tr("Supplier"),
            self.tr("Title"),
            self.tr("State"),
            self.tr("Owner"),
            self.tr("Next due"),
            self.tr("Issued"),
        ]

    def display(self, row: CapaRow, column: int) -> str:
        if column == self.COL_REFERENCE:
            return row.reference
        if column == self.COL_SUPPLIER:
            return f"{row.supplier_code} · {row.supplier_name}"
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_STATE:
            text = label(row.state)
            if row.overdue:
                text += " · " + self.tr("overdue")
            if row.rejection:
                text += " · " + self.tr("rejected")
            return text
        if column == self.COL_OWNER:
            return row.owner
        if column == self.COL_NEXT_DUE:
            return date_text(row.next_due)
        if column == self.COL_ISSUED:
            return date_text(row.issued_on)
        return ""

    def sort_value(self, row: CapaRow, column: int) -> Any:
        if column == self.COL_NEXT_DUE:
            return row.next_due
        if column == self.COL_ISSUED:
            return row.issued_on
        if column == self.COL_STATE:
            # the stages in their order, then what the column adds to the word: as the store
            # sorts them (`queries.capas`, the State order)
            state = CapaState(row.state)
            stage = ORDER.index(state) if state in ORDER else len(ORDER)
            return stage * 4 + 2 * row.overdue + bool(row.rejection)
        return super().sort_value(row, column)

    def marking(self, row: CapaRow, column: int) -> str | None:
        if row.overdue:
            return "alert"
        if row.rejection and column == self.COL_STATE:
            return "warning"
        if not row.is_open:
            return "muted"
        return None

    def tooltip(self, row: CapaRow, column: int) -> str | None:
        if row.overdue_stage:
            return self.tr("Overdue: {due} was {day}").format(
                due=row.overdue_stage.replace("_", " "), day=date_text(row.next_due)
            )
        if row.rejection:
            return self.tr("Rejected: {reason}").format(reason=row.rejection)
        return None


class CapaWindowModel(WindowedTableModel, CapaTableModel):
    """The CAPAs page's table: every CAPA that matches, a window at a time, sorted by the
    store (`queries.capas.capa_ids`, `capa_rows`); newest reference first at start."""

    COLUMN_ORDERS = (
        CapaOrder.REFERENCE,
        CapaOrder.SUPPLIER,
        CapaOrder.TITLE,
        CapaOrder.STATE,
        CapaOrder.OWNER,
        CapaOrder.NEXT_DUE,
        CapaOrder.ISSUED,
    )
    DEFAULT_SORT = (CapaTableModel.COL_REFERENCE, Qt.SortOrder.DescendingOrder)
