"""Table models over the read-side rows of `sqms_desktop.queries` (plain dataclasses): all rows
held and sorted here (`RowTableModel`), or a window of a long list read at a time and sorted by
the store (`WindowedTableModel`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.base.labels import grade_text, label, score_text
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.queries.audits import AuditOrder, AuditRow

# The record's id, for selection and detail look-ups.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The typed value a column sorts by (numbers as numbers, dates as QDate; None when empty).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
# The rows of these ids, in their order (those gone since are left out).
ReadRows = Callable[[Sequence[str]], Sequence[Any]]
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _iso(value: dt.date | None) -> str:
    return date_text(value)


def _to_qt(value: Any) -> Any:
    if isinstance(value, dt.date):
        return QDate(value.year, value.month, value.day)
    return value


class RowTableModel(QAbstractTableModel):
    """Rows of one dataclass type; subclasses say how each column shows and sorts.

    Sorting and the filter's search text are plain Python over the rows (a key per row, not
    a Qt call per comparison), so tens of thousands of audits sort in milliseconds.
    """

    NUMERIC_COLUMNS: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._row_by_id: dict[str, int] | None = None
        self._search: list[str] | None = None
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._columns: int | None = None  # counted once: Qt asks for it thousands of times

    # -- what subclasses provide -----------------------------------------------------------

    def titles(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Any, column: int) -> Any:
        """What the column sorts by: a number, date or text; None sorts last."""
        return self.display(row, column).casefold() or None

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def marking(self, row: Any, column: int) -> str | None:
        """`"alert"` or `"warning"` where a cell needs the reader's attention (coloured, bold);
        `"notice"` for one to keep an eye on (the warning colour, not bold); `"muted"` for a
        cell that matters less than its neighbours (greyed, not bold)."""
        return None

    # -- rows ------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace all rows (kept in the order of the last `sort`, if any)."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sorted_by is not None:
            self._rows = [self._rows[old] for old in self._sorted_order(*self._sorted_by)]
        self._row_by_id = None
        self._search = None
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of_id(self, record_id: str) -> int | None:
        if self._row_by_id is None:
            self._row_by_id = {row.id: number for number, row in enumerate(self._rows)}
        return self._row_by_id.get(record_id)

    def search_text(self, row: int) -> str:
        """Every column's text of a row, case-folded, for the filter."""
        if self._search is None:
            columns = range(len(self.titles()))
            self._search = [
                "\x1f".join(self.display(r, c) for c in columns).casefold() for r in self._rows
            ]
        return self._search[row]

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        if self._columns is None:
            self._columns = len(self.titles())  # translated titles, the same number in any language
        return self._columns

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        titles = self.titles()
        if not 0 <= section < len(titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return titles[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in self.NUMERIC_COLUMNS else _LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == ID_ROLE:
            return getattr(row, "id", None)  # lines of a detail (a history step) may have none
        if role == SORT_ROLE:
            return _to_qt(self.sort_value(row, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in self.NUMERIC_COLUMNS else _LEFT
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            marking = self.marking(row, column)
            if marking is None:
                return None
            if role == Qt.ItemDataRole.FontRole:
                if marking in ("muted", "notice"):
                    return None
                font = QFont()
                font.setBold(True)
                return font
            colors = current_colors()
            color = {"alert": colors.alert, "muted": colors.muted}.get(marking, colors.warning)
            # "warning" and "notice" share the warning colour; only the weight differs
            return QBrush(QColor(color))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by `column`; empty values go last in either direction."""
        if not 0 <= column < self.columnCount():
            return
        self._sorted_by = (column, order)
        emit(self.layoutAboutToBeChanged)
        new_order = self._sorted_order(column, order)
        new_row_of = {old: new for new, old in enumerate(new_order)}
        self._rows = [self._rows[old] for old in new_order]
        if self._search is not None:
            self._search = [self._search[old] for old in new_order]
        self._row_by_id = None
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(
            old_indexes,
            [self.index(new_row_of[i.row()], i.column()) for i in old_indexes],
        )
        emit(self.layoutChanged)

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Old row numbers in their new order (a stable sort)."""
        filled: list[tuple[Any, int]] = []
        empty: list[int] = []
        for number, row in enumerate(self._rows):
            value = self.sort_value(row, column)
            if value is None:
                empty.append(number)
            else:
                filled.append((value, number))
        descending = order == Qt.SortOrder.DescendingOrder
        filled.sort(key=lambda pair: pair[0], reverse=descending)
        return [number for _, number in filled] + empty


class WindowedTableModel(RowTableModel):
    """A long list read a window at a time, sorted by the store.

    A list may hold tens of thousands of records. The page hands the model the ids of every
    record that matches, in order (`set_ids`); the model reads the rows of the first `BATCH` of
    them with `read_rows` and the view asks for the next ones (`canFetchMore`/`fetchMore`) as
    it scrolls. Sorting is done by the store, not here: a header click records the order and
    says so (`order_changed`), and the page reads the ids again in the new order
    (`COLUMN_ORDERS` says what each column sorts by, `order()` the one asked for).

    Signals:
        order_changed(): a header asked for another order; the ids must be read again.
    """

    order_changed = Signal()

    BATCH = 200
    # What each column sorts by in the store (an order of `queries/`), in column order.
    COLUMN_ORDERS: tuple[Any, ...] = ()
    # The order before any header asked for one.
    DEFAULT_SORT: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def __init__(self, read_rows: ReadRows | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._read_rows = read_rows
        self._ids: list[str] = []
        self._next = 0  # how many of the ids have been read (rows gone since are skipped)
        self._changing = False

    # -- what the page calls ---------------------------------------------------------------

    def set_ids(self, ids: Sequence[str]) -> None:
        """Every matching record's id in order; the first window is read now."""
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = []
        self._next = 0
        self._forget_lookups()
        self._rows.extend(self._read(self._ids[: self.BATCH]))
        self._next = min(self.BATCH, len(self._ids))
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
        """How many records match, read or not yet."""
        return len(self._ids)

    def order(self) -> tuple[Any, bool]:
        """What the rows are sorted by (one of `COLUMN_ORDERS`), and whether descending."""
        column, order = self._sorted_by or self.DEFAULT_SORT
        return self.COLUMN_ORDERS[column], order == Qt.SortOrder.DescendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMN_ORDERS) or self._sorted_by == (column, order):
            return
        self._sorted_by = (column, order)
        emit(self.order_changed)

    def fetch_through(self, record_id: str) -> bool:
        """Read the rows up to the window that holds `record_id`, if it matches and is not read
        yet (a record to select further down than the view has scrolled); False when it does
        not match at all."""
        if self.row_of_id(record_id) is not None:
            return True
        try:
            position = self._ids.index(record_id, self._next)
        except ValueError:
            return False
        windows = (position - self._next) // self.BATCH + 1
        self._fetch(min(self._next + windows * self.BATCH, len(self._ids)))
        return self.row_of_id(record_id) is not None

    # -- lazy fetching ---------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex) -> bool:
        if self._changing:  # no rows are fetched while a change is being announced
            return False
        return not parent.isValid() and self._next < len(self._ids)

    def fetchMore(self, parent: AnyIndex) -> None:
        if self.canFetchMore(parent):
            self._fetch(min(self._next + self.BATCH, len(self._ids)))

    def _fetch(self, end: int) -> None:
        """Read the rows of the ids up to `end` and add them below those read."""
        rows = self._read(self._ids[self._next : end])
        self._next = end
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

    def _read(self, ids: Sequence[str]) -> list[Any]:
        if not ids or self._read_rows is None:
            return []
        return list(self._read_rows(ids))

    def _forget_lookups(self) -> None:
        self._row_by_id = None
        self._search = None


class RowFilterProxy(QSortFilterProxyModel):
    """Filters a `RowTableModel` by text in any column, case-insensitively; sorting is left to
    the model itself (see `RowTableModel.sort`), so the proxy keeps the model's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filter_text(self) -> str:
        return self._needle

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return self._needle in model.search_text(source_row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, RowTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)


class AuditTableModel(RowTableModel):
    """Audits as `queries.audits.list_audits` returns them."""

    COL_REFERENCE, COL_SUPPLIER, COL_TYPE, COL_STATUS, COL_PLANNED = range(5)
    COL_LEAD, COL_SCORE, COL_GRADE, COL_FINDINGS, COL_TEMPLATE = range(5, 10)
    NUMERIC_COLUMNS = frozenset({COL_SCORE, COL_FINDINGS})

    def titles(self) -> list[str]:
        return [
            self.tr("Reference"),
            self.tr("Supplier"),
            self.tr("Type"),
            self.tr("Status"),
            self.tr("Planned"),
            self.tr("Lead auditor"),
            self.tr("Score"),
            self.tr("Grade"),
            self.tr("Findings"),
            self.tr("Checklist"),
        ]

    def display(self, row: AuditRow, column: int) -> str:
        if column == self.COL_REFERENCE:
            return row.reference
        if column == self.COL_SUPPLIER:
            return f"{row.supplier_code} · {row.supplier_name}"
        if column == self.COL_TYPE:
            return label(row.type)
        if column == self.COL_STATUS:
            return label(row.status)
        if column == self.COL_PLANNED:
            return _iso(row.planned_start)
        if column == self.COL_LEAD:
            return row.lead_auditor
        if column == self.COL_TEMPLATE:
            return row.template
        if column == self.COL_SCORE:
            return score_text(row.score)
        if column == self.COL_GRADE:
            return grade_text(row.grade)
        if column == self.COL_FINDINGS:
            return str(row.findings)
        return ""

    def sort_value(self, row: AuditRow, column: int) -> Any:
        if column == self.COL_PLANNED:
            return row.planned_start
        if column == self.COL_SCORE:
            return row.score
        if column == self.COL_FINDINGS:
            return row.findings
        return super().sort_value(row, column)

    def tooltip(self, row: AuditRow, column: int) -> str | None:
        if column == self.COL_SUPPLIER:
            return f"{row.supplier_code} — {row.supplier_name}"
        if column == self.COL_TEMPLATE:
            return row.template
        return None


class AuditWindowModel(WindowedTableModel, AuditTableModel):
    """The Audits page's table: every audit that matches, a window at a time, sorted by the
    store (`queries.audits.audit_ids`, `audit_rows`); newest planned first at start."""

    COLUMN_ORDERS = (
        AuditOrder.REFERENCE,
        AuditOrder.SUPPLIER,
        AuditOrder.TYPE,
        AuditOrder.STATUS,
        AuditOrder.PLANNED,
        AuditOrder.LEAD,
        AuditOrder.SCORE,
        AuditOrder.GRADE,
        AuditOrder.FINDINGS,
        AuditOrder.TEMPLATE,
    )
    DEFAULT_SORT = (AuditTableModel.COL_PLANNED, Qt.SortOrder.DescendingOrder)
