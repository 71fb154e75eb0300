"""The monthly KPI figures per supplier, read from the deliveries (DESIGN §6).

A supplier month with no delivery rows but a KPI record (monthly totals recorded by hand, or
from a store older than the delivery import) takes its figures from that record, so no month
that has figures is shown as "no deliveries".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from sqms_desktop.i18n import plural, translate
from sqms_desktop.performance.kpi import MonthFigures, OnTimeWindow
from sqms_desktop.queries.policy import policy_value
from sqms_desktop.store.models import Delivery, KpiRecord
from sqms_desktop.vocab import PolicyKey

SupplierMonth = tuple[str, str]  # (supplier id, period)


def on_time_window(session: Session) -> OnTimeWindow:
    """The store's on-time window (policies `on_time_days_early` and `on_time_days_late`)."""
    return OnTimeWindow(
        early=policy_value(session, PolicyKey.ON_TIME_DAYS_EARLY),
        late=policy_value(session, PolicyKey.ON_TIME_DAYS_LATE),
    )


def _days_after_due(session: Session) -> Any:
    """received − due in days: SQLite keeps dates as ISO text, PostgreSQL subtracts dates."""
    if session.get_bind().dialect.name == "sqlite":
        return func.julianday(Delivery.received_date) - func.julianday(Delivery.due_date)
    return Delivery.received_date - Delivery.due_date


def delivery_figures(
    session: Session,
    periods: Sequence[str],
    *,
    supplier_id: str | None = None,
    window: OnTimeWindow | None = None,
) -> dict[SupplierMonth, MonthFigures]:
    """Per (supplier, period) with figures, the month's figures; months without any are
    absent (the caller shows them as "no deliveries"). A month with no deliveries but a KPI
    record takes the record's figures.

    The sums and the on-time count are worked out by the database (GROUP BY supplier and
    month), so the scorecards of 2,000 suppliers fetch 12,000 rows of sums, not 50,000
    deliveries; a test holds them equal to `performance/kpi.month_figures` over the rows."""
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


def supplier_kpi_months(
    session: Session, supplier_id: str, periods: Sequence[str]
) -> dict[str, MonthFigures | None]:
    """Per period, in the order given, the supplier's figures; None for a month without
    deliveries (shown as "no deliveries", never as 0 or 100)."""
    figures = delivery_figures(session, periods, supplier_id=supplier_id)
    return {period: figures.get((supplier_id, period)) for period in periods}


@dataclass(frozen=True)
class DeliveryLine:
    """One delivery behind a month's figures: when it came against when it was due, and
    what was rejected, so a person sees which deliveries made the on-time % and the PPM."""

    delivery_no: str
    due_date: dt.date
    received_date: dt.date
    days_late: int  # received minus due; negative: early
    on_time: bool  # within the store's on-time window
    received_qty: int
    rejected_qty: int
    complaint: bool
    premium_freight_cents: int

    @property
    def rejected(self) -> bool:
        return self.rejected_qty > 0

    def timing(self) -> str:
        """ "on the due date", "3 days late", "4 days early" (`on_time` says whether the
        window admits it)."""
        if self.days_late == 0:
            return translate("kpis", "on the due date")
        days = abs(self.days_late)
        if self.days_late > 0:
            said = plural(
                days, translate("kpis", "{n} day late"), translate("kpis", "{n} days late")
            )
        else:
            said = plural(
                days, translate("kpis", "{n} day early"), translate("kpis", "{n} days early")
            )
        return said.format(n=days)


def delivery_breakdown(
    session: Session, supplier_id: str, period: str, *, window: OnTimeWindow | None = None
) -> list[DeliveryLine]:
    """The supplier's deliveries received in `period`, by received date."""
    window = window or on_time_window(session)
    rows = session.scalars(
        select(Delivery)
        .where(Delivery.supplier_id == supplier_id, Delivery.period == period)
        .order_by(Delivery.received_date, Delivery.delivery_no)
    )
    return [
        DeliveryLine(
            delivery_no=d.delivery_no,
            due_date=d.due_date,
            received_date=d.received_date,
            days_late=(d.received_date - d.due_date).days,
            on_time=window.is_on_time(d.due_date, d.received_date),
            received_qty=d.received_qty,
            rejected_qty=d.rejected_qty,
            complaint=bool(d.complaint),
            premium_freight_cents=d.premium_freight_cents,
        )
        for d in rows
    ]
