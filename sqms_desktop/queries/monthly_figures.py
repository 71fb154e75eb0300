"""The monthly delivery figures of many suppliers, summed in the store.

The same figures as `queries/kpis.delivery_figures` (a test holds them equal), but the sums and
the on-time count are worked out by the database (GROUP BY supplier and month), so the
scorecards of 2,000 suppliers fetch 12,000 rows of sums instead of 50,000 deliveries
(docs/design.md "Scorecards"). The on-time test is the window's, in days between the received
and the due date.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from sqms_desktop.performance.kpi import MonthFigures, OnTimeWindow
from sqms_desktop.queries.kpis import SupplierMonth, on_time_window
from sqms_desktop.store.models import Delivery, KpiRecord


def _days_after_due(session: Session) -> Any:
    """received − due in days: SQLite keeps dates as ISO text, PostgreSQL subtracts dates."""
    if session.get_bind().dialect.name == "sqlite":
        return func.julianday(Delivery.received_date) - func.julianday(Delivery.due_date)
    return Delivery.received_date - Delivery.due_date


def summed_figures(
    session: Session,
    periods: Sequence[str],
    *,
    supplier_id: str | None = None,
    window: OnTimeWindow | None = None,
) -> dict[SupplierMonth, MonthFigures]:
    """Per (supplier, period) with figures, the month's figures; months without any are
    absent. A month with no deliveries but a KPI record takes the record's figures."""
    window = window or on_time_window(session)
    wanted = sorted(set(periods))
    only = [] if supplier_id is None else [Delivery.supplier_id == supplier_id]
    days = _days_after_due(session)
    query = (
        select(
            Delivery.supplier_id,
            Delivery.period,
            func.count(Delivery.id),
            func.sum(case((days.between(-window.early, window.late), 1), else_=0)),
            func.sum(Delivery.received_qty),
            func.sum(Delivery.rejected_qty),
            func.sum(case((Delivery.complaint.is_(True), 1), else_=0)),
            func.sum(Delivery.premium_freight_cents),
        )
        .where(Delivery.period.in_(wanted), *only)
        .group_by(Delivery.supplier_id, Delivery.period)
    )
    figures = {
        (sid, period): MonthFigures(
            period, int(n), int(on_time), int(received), int(rejected), int(complaints), int(pf)
        )
        for sid, period, n, on_time, received, rejected, complaints, pf in session.execute(query)
    }
    recorded = select(
        KpiRecord.supplier_id,
        KpiRecord.period,
        KpiRecord.deliveries_total,
        KpiRecord.deliveries_on_time,
        KpiRecord.quantity_received,
        KpiRecord.quantity_rejected,
        KpiRecord.complaints,
        KpiRecord.premium_freight,
    ).where(KpiRecord.period.in_(wanted))
    if supplier_id is not None:
        recorded = recorded.where(KpiRecord.supplier_id == supplier_id)
    for r in session.execute(recorded):
        figures.setdefault(
            (r.supplier_id, r.period),
            MonthFigures(
                r.period,
                r.deliveries_total,
                r.deliveries_on_time,
                r.quantity_received,
                r.quantity_rejected,
                r.complaints,
                r.premium_freight * 100,
            ),
        )
    return figures
