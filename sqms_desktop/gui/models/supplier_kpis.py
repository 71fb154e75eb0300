"""Table models of a supplier's delivery KPIs: one row per month (queries/kpis.
supplier_kpi_months) and the deliveries behind a month (queries/kpis.delivery_breakdown).

A month without deliveries says so ("no deliveries"), never 0 or 100; a month whose
deliveries brought nothing in has no PPM ("—", with the reason as tooltip). In the breakdown the
deliveries that were not on time and the lots with rejected parts are marked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from sqms_desktop.gui.base.numbers import decimal_text, integer_text
from sqms_desktop.gui.models.tables import RowTableModel
from sqms_desktop.performance.kpi import MonthFigures
from sqms_desktop.queries.kpis import DeliveryLine


def money_text(cents: int) -> str:
    """A cost in the store's currency, e.g. "1,240.50"; "" for none."""
    return decimal_text(cents / 100, 2) if cents else ""


@dataclass(frozen=True)
class KpiMonthRow:
    """One month of the table: its figures, None without deliveries."""

    period: str
    figures: MonthFigures | None

    @property
    def id(self) -> str:
        return self.period


class KpiMonthsModel(RowTableModel):
    COL_MONTH = 0
    COL_DELIVERIES = 1
    COL_ON_TIME = 2
    COL_RECEIVED = 3
    COL_REJECTED = 4
    COL_PPM = 5
    COL_COMPLAINTS = 6
    COL_FREIGHT = 7
    NUMERIC_COLUMNS = frozenset(range(1, 8))

    def titles(self) -> list[str]:
        return [
            QCoreApplication.translate("SupplierKpiModels", "Month"),
            QCoreApplication.translate("SupplierKpiModels", "Deliveries"),
            QCoreApplication.translate("SupplierKpiModels", "On time"),
            QCoreApplication.translate("SupplierKpiModels", "Received"),
            QCoreApplication.translate("SupplierKpiModels", "Rejected"),
            QCoreApplication.translate("SupplierKpiModels", "PPM"),
            QCoreApplication.translate("SupplierKpiModels", "Complaints"),
            QCoreApplication.translate("SupplierKpiModels", "Premium freight"),
        ]

    def display(self, row: KpiMonthRow, column: int) -> str:
        f = row.figures
        if column == self.COL_MONTH:
            return row.period
        if f is None:
            return (
                QCoreApplication.translate("SupplierKpiModels", "no deliveries")
                if column == self.COL_DELIVERIES
                else ""
            )
        if column == self.COL_DELIVERIES:
            return str(f.deliveries)
        if column == self.COL_ON_TIME:
            pct = f.on_time_pct
            return "" if pct is None else f"{pct:.0f} % ({f.on_time}/{f.deliveries})"
        if column == self.COL_RECEIVED:
            return integer_text(f.received_qty)
        if column == self.COL_REJECTED:
            return integer_text(f.rejected_qty)
        if column == self.COL_PPM:
            return "—" if f.ppm is None else decimal_text(f.ppm, 0)
        if column == self.COL_COMPLAINTS:
            return str(f.complaints)
        return money_text(f.premium_freight_cents)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """ "no deliveries" reads from the left, where the figures of other months begin."""
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and index.isValid()
            and self.row_at(index.row()).figures is None
        ):
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return super().data(index, role)

    def sort_value(self, row: KpiMonthRow, column: int) -> Any:
        f = row.figures
        if column == self.COL_MONTH:
            return row.period
        if f is None:
            return None
        values = {
            self.COL_DELIVERIES: f.deliveries,
            self.COL_ON_TIME: f.on_time_pct,
            self.COL_RECEIVED: f.received_qty,
            self.COL_REJECTED: f.rejected_qty,
            self.COL_PPM: f.ppm,
            self.COL_COMPLAINTS: f.complaints,
            self.COL_FREIGHT: f.premium_freight_cents,
        }
        return values.get(column)

    def tooltip(self, row: KpiMonthRow, column: int) -> str | None:
        f = row.figures
        if f is None:
            return QCoreApplication.translate(
                "SupplierKpiModels", "No delivery was received in {month}: no on-time % and no PPM."
            ).format(month=row.period)
        if column == self.COL_PPM and f.ppm is None:
            return QCoreApplication.translate(
                "SupplierKpiModels", "Nothing was received in {month}: no PPM."
            ).format(month=row.period)
        return None

    def marking(self, row: KpiMonthRow, column: int) -> str | None:
        f = row.figures
        if f is None:
            return "muted"
        if column == self.COL_ON_TIME and f.on_time < f.deliveries:
            return "notice"
        if column in (self.COL_REJECTED, self.COL_PPM) and f.rejected_qty:
            return "notice"
        if column == self.COL_COMPLAINTS and f.complaints:
            return "alert"
        return None


class DeliveryLinesModel(RowTableModel):
    COL_DELIVERY = 0
    COL_DUE = 1
    COL_RECEIVED_ON = 2
    COL_TIMING = 3
    COL_RECEIVED = 4
    COL_REJECTED = 5
    COL_COMPLAINT = 6
    COL_FREIGHT = 7
    NUMERIC_COLUMNS = frozenset({COL_RECEIVED, COL_REJECTED, COL_FREIGHT})

    def titles(self) -> list[str]:
        return [
            QCoreApplication.translate("SupplierKpiModels", "Delivery"),
            QCoreApplication.translate("SupplierKpiModels", "Due"),
            QCoreApplication.translate("SupplierKpiModels", "Received on"),
            QCoreApplication.translate("SupplierKpiModels", "Timing"),
            QCoreApplication.translate("SupplierKpiModels", "Received"),
            QCoreApplication.translate("SupplierKpiModels", "Rejected"),
            QCoreApplication.translate("SupplierKpiModels", "Complaint"),
            QCoreApplication.translate("SupplierKpiModels", "Premium freight"),
        ]

    def display(self, row: DeliveryLine, column: int) -> str:
        if column == self.COL_DELIVERY:
            return row.delivery_no
        if column == self.COL_DUE:
            return row.due_date.isoformat()
        if column == self.COL_RECEIVED_ON:
            return row.received_date.isoformat()
        if column == self.COL_TIMING:
            timing = _timing(row)
            return (
                timing
                if row.on_time
                else QCoreApplication.translate(
                    "SupplierKpiModels", "{timing}: not on time"
                ).format(timing=timing)
            )
        if column == self.COL_RECEIVED:
            return integer_text(row.received_qty)
        if column == self.COL_REJECTED:
            return integer_text(row.rejected_qty) if row.rejected else ""
        if column == self.COL_COMPLAINT:
            return QCoreApplication.translate("SupplierKpiModels", "yes") if row.complaint else ""
        return money_text(row.premium_freight_cents)

    def sort_value(self, row: DeliveryLine, column: int) -> Any:
        values = {
            self.COL_DUE: row.due_date,
            self.COL_RECEIVED_ON: row.received_date,
            self.COL_TIMING: row.days_late,
            self.COL_RECEIVED: row.received_qty,
            self.COL_REJECTED: row.rejected_qty,
            self.COL_FREIGHT: row.premium_freight_cents,
        }
        if column in values:
            return values[column]
        return super().sort_value(row, column)

    def marking(self, row: DeliveryLine, column: int) -> str | None:
        if column in (self.COL_DELIVERY, self.COL_TIMING) and not row.on_time:
            return "alert"
        if column in (self.COL_DELIVERY, self.COL_REJECTED) and row.rejected:
            return "alert"
        if column == self.COL_COMPLAINT and row.complaint:
            return "alert"
        return None


def _timing(row: DeliveryLine) -> str:
    """ "on the due date", "1 day early", "3 days late"."""
    days = abs(row.days_late)
    if days == 0:
        return QCoreApplication.translate("SupplierKpiModels", "on the due date")
    if row.days_late > 0:
        return (
            QCoreApplication.translate("SupplierKpiModels", "1 day late")
            if days == 1
            else QCoreApplication.translate("SupplierKpiModels", "{n} days late").format(n=days)
        )
    return (
        QCoreApplication.translate("SupplierKpiModels", "1 day early")
        if days == 1
        else QCoreApplication.translate("SupplierKpiModels", "{n} days early").format(n=days)
    )
