"""Table models over the read-side rows of `sqms_desktop.queries` (plain dataclasses)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.base.labels import grade_text, label, score_text
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.queries.audits import AuditRow

# The record's id, for selection and detail look-ups.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The typed value a column sorts by (numbers as numbers, dates as QDate; None when empty).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
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
        return 0 if parent.isValid() else len(self.titles())

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
