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

from sqms_desktop.gui.models.tables import RowTableModel
from sqms_desktop.performance.kpi import MonthFigures
from sqms_desktop.queries.kpis import DeliveryLine


def _tr(text: str) -> str:
    return QCoreApplication.translate("supplier_kpis", text)


def money_text(cents: int) -> str:
    """A cost in the store's currency, e.g. "1,240.50"; "" for none."""
    return f"{cents / 100:,.2f}" if cents else ""


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
            _tr("Month"),
            _tr("Deliveries"),
            _tr("On time"),
            _tr("Received"),
            _tr("Rejected"),
            _tr("PPM"),
            _tr("Complaints"),
            _tr("Premium freight"),
        ]

    def display(self, row: KpiMonthRow, column: int) -> str:
        f = row.figures
        if column == self.COL_MONTH:
            return row.period
        if f is None:
            return _tr("no deliveries") if column == self.COL_DELIVERIES else ""
        if column == self.COL_DELIVERIES:
            return str(f.deliveries)
        if column == self.COL_ON_TIME:
            pct = f.on_time_pct
            return "" if pct is None else f"{pct:.0f} % ({f.on_time}/{f.deliveries})"
        if column == self.COL_RECEIVED:
            return f"{f.received_qty:,}"
        if column == self.COL_REJECTED:
            return f"{f.rejected_qty:,}"
        if column == self.COL_PPM:
            return "—" if f.ppm is None else f"{f.ppm:,.0f}"
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
            return _tr("No delivery was received in {month}: no on-time % and no PPM.").format(
                month=row.period
            )
        if column == self.COL_PPM and f.ppm is None:
            return _tr("Nothing was received in {month}: no PPM.").format(month=row.period)
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
            _tr("Delivery"),
            _tr("Due"),
            _tr("Received on"),
            _tr("Timing"),
            _tr("Received"),
            _tr("Rejected"),
            _tr("Complaint"),
            _tr("Premium freight"),
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
            return timing if row.on_time else _tr("{timing}: not on time").format(timing=timing)
        if column == self.COL_RECEIVED:
            return f"{row.received_qty:,}"
        if column == self.COL_REJECTED:
            return f"{row.rejected_qty:,}" if row.rejected else ""
        if column == self.COL_COMPLAINT:
            return _tr("yes") if row.complaint else ""
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
        return _tr("on the due date")
    if row.days_late > 0:
        return _tr("1 day late") if days == 1 else _tr("{n} days late").format(n=days)
    return _tr("1 day early") if days == 1 else _tr("{n} days early").format(n=days)
