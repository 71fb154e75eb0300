"""A supplier's delivery KPIs over the last twelve months, and the deliveries behind a month.

The upper table has one row per month, newest first: deliveries, on-time %, received and
rejected quantity, PPM, complaints and premium freight, or "no deliveries" for a month without
any (never 0 or 100). Selecting a month lists its deliveries below, those not on time and the
lots with rejected parts marked, so the reader sees which deliveries made the figures. Reads go
through the actor (queries/kpis.py); nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.gui.base.colors import color_style
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.models.supplier_kpis import (
    DeliveryLinesModel,
    KpiMonthRow,
    KpiMonthsModel,
)
from sqms_desktop.performance.kpi import period_of, periods_ending
from sqms_desktop.queries.kpis import delivery_breakdown, supplier_kpi_months
from sqms_desktop.services.actor import Actor

MONTHS = 12


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(False)  # figures stay beside their titles
    view.setWordWrap(False)
    return view


class SupplierKpis(QWidget):
    """Signals:
    month_shown(period): the deliveries of `period` are listed ("" for none).
    """

    month_shown = Signal(str)

    def __init__(
        self,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._actor = actor
        self._today = today
        self._supplier_id: str | None = None
        self.months = KpiMonthsModel(self)
        self.deliveries = DeliveryLinesModel(self)

        self.title = QLabel(self.tr("Deliveries per month, last 12 months"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.months_view = _table("kpi_months")
        self.months_view.setModel(self.months)
        self.months_view.selectionModel().selectionChanged.connect(
            self._on_months_view_selection_changed
        )
        self.month_label = QLabel()
        self.month_label.setObjectName("kpi_month_label")
        self.month_label.setWordWrap(True)
        self.deliveries_view = _table("kpi_deliveries")
        self.deliveries_view.setModel(self.deliveries)
        self.deliveries_view.setSortingEnabled(True)
        self.deliveries_view.sortByColumn(
            DeliveryLinesModel.COL_RECEIVED_ON, Qt.SortOrder.AscendingOrder
        )

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.month_label)
        lower_layout.addWidget(self.deliveries_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.months_view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(splitter)

    def show_supplier(self, supplier_id: str) -> None:
        """The supplier's last twelve months, newest first; its newest month with deliveries
        selected."""
        self._supplier_id = supplier_id
        periods = periods_ending(period_of(self._today()), MONTHS)
        months = self._actor.read(supplier_kpi_months, supplier_id, periods)
        rows = [KpiMonthRow(p, months[p]) for p in reversed(periods)]
        self.months.set_rows(rows)
        self._span_empty_months(rows)
        self.months_view.resizeColumnsToContents()
        newest = next((n for n, row in enumerate(rows) if row.figures is not None), None)
        if newest is None:
            self.months_view.clearSelection()
            self._show_month(None)
        else:
            self.months_view.selectRow(newest)

    def select_month(self, period: str) -> None:
        row = self.months.row_of_id(period)
        if row is not None:
            self.months_view.selectRow(row)

    def _span_empty_months(self, rows: list[KpiMonthRow]) -> None:
        """ "no deliveries" across a month's figures, not a 0 in one column."""
        self.months_view.clearSpans()
        columns = self.months.columnCount() - KpiMonthsModel.COL_DELIVERIES
        for number, row in enumerate(rows):
            if row.figures is None:
                self.months_view.setSpan(number, KpiMonthsModel.COL_DELIVERIES, 1, columns)

    def _show_month(self, row: KpiMonthRow | None) -> None:
        if row is None or row.figures is None or self._supplier_id is None:
            self.deliveries.set_rows([])
            text = (
                self.tr("No deliveries in {month}.").format(month=row.period)
                if row is not None
                else self.tr("No deliveries in the last 12 months.")
            )
            self.month_label.setText(text)
            self.month_label.setStyleSheet(color_style("muted"))
            emit(self.month_shown, row.period if row is not None else "")
            return
        lines = self._actor.read(delivery_breakdown, self._supplier_id, row.period)
        self.deliveries.set_rows(lines)
        late = sum(not line.on_time for line in lines)
        rejected = sum(line.rejected for line in lines)
        self.month_label.setText(
            self.tr(
                "Deliveries received in {month}: {n}; {late} not on time, %n lot(s) "
                "with rejected parts (marked).",
                "",
                rejected,
            ).format(month=row.period, n=len(lines), late=late)
        )
        self.month_label.setStyleSheet("")
        self.deliveries_view.resizeColumnsToContents()
        emit(self.month_shown, row.period)

    @Slot(QItemSelection, QItemSelection)
    def _on_months_view_selection_changed(
        self, selected: QItemSelection, deselected: QItemSelection
    ) -> None:
        indexes = self.months_view.selectionModel().selectedRows()
        self._show_month(self.months.row_at(indexes[0].row()) if indexes else None)
