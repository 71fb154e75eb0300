"""The Scorecards page's table: one supplier's scorecard per row.

The band is coloured with the marking colours of the scheme in use (A good, B warning, C
alert), so it reads on a light and a dark background; a supplier forecast to leave its band
is marked in the Trend column.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from sqms_desktop.gui.base.colors import Colors, current_colors
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.base.numbers import decimal_text
from sqms_desktop.gui.models.tables import AnyIndex, RowTableModel
from sqms_desktop.queries.scorecards import Scorecard
from sqms_desktop.vocab import Band


def band_color(band: str | None, colors: Colors) -> str | None:
    """The marking colour of a band (None: no band)."""
    if band is None:
        return None
    return {Band.A: colors.good, Band.B: colors.warning, Band.C: colors.alert}.get(Band(band))


def number(value: float | None, digits: int = 1) -> str:
    return "" if value is None else decimal_text(value, digits)


class ScorecardTableModel(RowTableModel):
    """Scorecards as `queries.scorecards.scorecards` returns them."""

    COL_CODE, COL_NAME, COL_SCORE, COL_BAND = range(4)
    COL_QUALITY, COL_DELIVERY, COL_AUDIT, COL_RESPONSIVENESS = range(4, 8)
    COL_TREND, COL_PROPOSALS, COL_DELIVERIES, COL_ON_TIME, COL_PPM = range(8, 13)
    NUMERIC_COLUMNS = frozenset(
        {
            COL_SCORE,
            *range(COL_QUALITY, COL_RESPONSIVENESS + 1),
            COL_DELIVERIES,
            COL_ON_TIME,
            COL_PPM,
        }
    )
    HIDDEN_AT_FIRST = frozenset({COL_DELIVERIES, COL_ON_TIME, COL_PPM})
    COLUMNS = COL_PPM + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        # Asked a thousand times as 2,000 rows are sorted and selected: the number, not the
        # thirteen translated titles counted each time.
        return 0 if parent.isValid() else self.COLUMNS

    def titles(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Score"),
            self.tr("Band"),
            self.tr("Quality"),
            self.tr("Delivery"),
            self.tr("Audit"),
            self.tr("Responsiveness"),
            self.tr("Trend"),
            self.tr("Proposals"),
            self.tr("Deliveries"),
            self.tr("On time %"),
            self.tr("PPM"),
        ]

    def display(self, row: Scorecard, column: int) -> str:
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_SCORE:
            return number(row.score)
        if column == self.COL_BAND:
            return row.band.value if row.band else ""
        if self.COL_QUALITY <= column <= self.COL_RESPONSIVENESS:
            return number(row.parts[column - self.COL_QUALITY].value, 0)
        if column == self.COL_TREND:
            return self.tr("falling below band") if row.forecast_flag else ""
        if column == self.COL_PROPOSALS:
            return ", ".join(label(p.kind) for p in row.proposals)
        if column == self.COL_DELIVERIES:
            return str(row.deliveries)
        if column == self.COL_ON_TIME:
            return number(row.on_time_pct)
        if column == self.COL_PPM:
            return number(row.ppm, 0)
        return ""

    def sort_value(self, row: Scorecard, column: int) -> Any:
        if column == self.COL_SCORE:
            return row.score
        if self.COL_QUALITY <= column <= self.COL_RESPONSIVENESS:
            return row.parts[column - self.COL_QUALITY].value
        if column == self.COL_DELIVERIES:
            return row.deliveries
        if column == self.COL_ON_TIME:
            return row.on_time_pct
        if column == self.COL_PPM:
            return row.ppm
        return super().sort_value(row, column)

    def tooltip(self, row: Scorecard, column: int) -> str | None:
        if self.COL_QUALITY <= column <= self.COL_RESPONSIVENESS:
            return row.parts[column - self.COL_QUALITY].explanation
        if column == self.COL_TREND and row.trend is not None:
            return row.trend.explanation
        if column in (self.COL_SCORE, self.COL_BAND):
            return row.explanation
        return None

    def marking(self, row: Scorecard, column: int) -> str | None:
        if column == self.COL_TREND and row.forecast_flag:
            return "warning"
        if column == self.COL_PROPOSALS and row.proposals:
            return "notice"
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            index.isValid()
            and index.column() == self.COL_BAND
            and 0 <= index.row() < self.rowCount()
        ):
            card: Scorecard = self.row_at(index.row())
            if role == Qt.ItemDataRole.ForegroundRole:
                color = band_color(card.band, current_colors())
                return QBrush(QColor(color)) if color else None
            if role == Qt.ItemDataRole.FontRole and card.band:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)
