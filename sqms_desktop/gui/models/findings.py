"""The Findings page's table: the findings register, read a window at a time.

A register may hold hundreds of thousands of findings. The page hands the model the ids of every
finding that matches, in order (`set_ids`); the model reads the rows of the first `BATCH` of them
and the view asks for the next ones (`canFetchMore`/`fetchMore`) as it scrolls. Sorting is done
by the store, not here: a header click records the order and says so (`order_changed`), and the
page reads the ids again in the new order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.models.tables import RowTableModel
from sqms_desktop.queries.finding_register import FindingOrder, FindingRow

AnyIndex = QModelIndex | QPersistentModelIndex
# The rows of these finding ids, in their order (those gone since are left out).
ReadRows = Callable[[Sequence[str]], list[FindingRow]]

# Long statements are cut in the table (the detail pane shows them whole).
MAX_CELL_CHARS = 160


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_CELL_CHARS else flat[: MAX_CELL_CHARS - 1] + "…"


class FindingTableModel(RowTableModel):
    """Findings as `queries.finding_register` reads them; an overdue CAPA due date in the alert
    colour (as on the CAPAs page), closed findings greyed.

    Signals:
        order_changed(): a header asked for another order; the rows must be read again.
    """

    order_changed = Signal()

    COL_REFERENCE, COL_AUDIT, COL_DATE, COL_SUPPLIER, COL_QUESTION = range(5)
    COL_CLASS, COL_TEXT, COL_CAPA, COL_DUE, COL_STATUS = range(5, 10)
    BATCH = 200
    # What each column sorts by, in column order.
    COLUMN_ORDERS = (
        FindingOrder.REFERENCE,
        FindingOrder.AUDIT,
        FindingOrder.DATE,
        FindingOrder.SUPPLIER,
        FindingOrder.QUESTION,
        FindingOrder.CLASS,
        FindingOrder.STATEMENT,
        FindingOrder.CAPA,
        FindingOrder.DUE,
        FindingOrder.STATUS,
    )

    def __init__(self, read_rows: ReadRows | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._read_rows = read_rows
        self._ids: list[str] = []
        self._next = 0  # how many of the ids have been read (rows gone since are skipped)
        self._changing = False

    # -- what the page calls ---------------------------------------------------------------

    def set_ids(self, ids: Sequence[str]) -> None:
        """Every matching finding's id in order; the first window is read now."""
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = []
        self._next = 0
        self._forget_lookups()
        self._read_next()
        self._end_reset()

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Rows read already, all of them (kept in the order given: the store sorted them)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._ids = [row.id for row in self._rows]
        self._next = len(self._ids)
        self._forget_lookups()
        self._end_reset()

    def total(self) -> int:
        """How many findings match, read or not yet."""
        return len(self._ids)

    def order(self) -> tuple[FindingOrder, bool]:
        """What the rows are sorted by, and whether descending (newest audit first at start)."""
        if self._sorted_by is None:
            return FindingOrder.DATE, True
        column, order = self._sorted_by
        return self.COLUMN_ORDERS[column], order == Qt.SortOrder.DescendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMN_ORDERS) or self._sorted_by == (column, order):
            return
        self._sorted_by = (column, order)
        emit(self.order_changed)

    # -- lazy fetching ---------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex) -> bool:
        if self._changing:  # no rows are fetched while a change is being announced
            return False
        return not parent.isValid() and self._next < len(self._ids)

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        rows = self._read(self._ids[self._next : self._next + self.BATCH])
        self._next = min(self._next + self.BATCH, len(self._ids))
        if not rows:
            return
        first = len(self._rows)
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._forget_lookups()
            self.endInsertRows()
        finally:
            self._changing = False

    def _end_reset(self) -> None:
        self._changing = True
        try:
            self.endResetModel()
        finally:
            self._changing = False

    def _read_next(self) -> None:
        self._rows.extend(self._read(self._ids[: self.BATCH]))
        self._next = min(self.BATCH, len(self._ids))

    def _read(self, ids: Sequence[str]) -> list[FindingRow]:
        if not ids or self._read_rows is None:
            return []
        return self._read_rows(ids)

    def _forget_lookups(self) -> None:
        self._row_by_id = None
        self._search = None

    # -- cells -----------------------------------------------------------------------------

    def titles(self) -> list[str]:
        return [
            self.tr("Reference"),
            self.tr("Audit"),
            self.tr("Audit date"),
            self.tr("Supplier"),
            self.tr("Question"),
            self.tr("Class"),
            self.tr("Finding"),
            self.tr("CAPA"),
            self.tr("CAPA due"),
            self.tr("Status"),
        ]

    def display(self, row: FindingRow, column: int) -> str:
        if column == self.COL_REFERENCE:
            return row.reference
        if column == self.COL_AUDIT:
            return row.audit_reference
        if column == self.COL_DATE:
            return date_text(row.audit_date)
        if column == self.COL_SUPPLIER:
            return f"{row.supplier_code} · {row.supplier_name}"
        if column == self.COL_QUESTION:
            return row.qid  # its text in the tooltip and the detail pane
        if column == self.COL_CLASS:
            return label(row.finding_class)
        if column == self.COL_TEXT:
            return _one_line(row.statement)
        if column == self.COL_CAPA:
            return ", ".join(row.capas)
        if column == self.COL_DUE:
            if row.capa_due is None:
                return ""
            due = date_text(row.capa_due)
            return self.tr("{due} · overdue").format(due=due) if row.capa_overdue else due
        if column == self.COL_STATUS:
            return label(row.status)
        return ""

    def marking(self, row: FindingRow, column: int) -> str | None:
        if column == self.COL_DUE and row.capa_overdue:
            return "alert"
        if not row.is_open:
            return "muted"
        return None

    def tooltip(self, row: FindingRow, column: int) -> str | None:
        if column == self.COL_QUESTION and row.question_text:
            return f"{row.qid}: {row.question_text}"
        if column == self.COL_TEXT:
            return row.statement
        if column == self.COL_SUPPLIER:
            return f"{row.supplier_code} — {row.supplier_name}"
        if column == self.COL_CAPA and row.capas:
            return self.tr("Enter or double-click opens {capa} on the CAPAs page").format(
                capa=row.capas[0]
            )
        if column == self.COL_DUE and row.capa_overdue:
            return self.tr("The CAPA's next stage was due on {day}").format(day=row.capa_due)
        return None
