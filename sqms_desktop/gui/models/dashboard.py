"""The Dashboard page's list: the records behind the chart element chosen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex

from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.models.tables import AnyIndex, RowTableModel
from sqms_desktop.queries.dashboard import DashboardItem


class DashboardItemModel(RowTableModel):
    COL_SUPPLIER, COL_RECORD, COL_DETAIL, COL_DATE = range(4)
    COLUMNS = COL_DATE + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        # Asked for each of thousands of rows as they are sorted: the number, not the titles.
        return 0 if parent.isValid() else self.COLUMNS

    def titles(self) -> list[str]:
        return [self.tr("Supplier"), self.tr("Record"), self.tr("Detail"), self.tr("Date")]

    def display(self, row: DashboardItem, column: int) -> str:
        if column == self.COL_SUPPLIER:
            return row.supplier
        if column == self.COL_RECORD:
            return row.title
        if column == self.COL_DETAIL:
            return row.detail
        if column == self.COL_DATE:
            return date_text(row.day)
        return ""

    def sort_value(self, row: DashboardItem, column: int) -> Any:
        if column == self.COL_DATE:
            return row.day
        return super().sort_value(row, column)
