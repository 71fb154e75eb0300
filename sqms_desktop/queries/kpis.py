"""The monthly KPI figures per supplier, read from the deliveries (DESIGN §6).

A supplier month with no delivery rows but a KPI record (monthly totals recorded by hand, or
from a store older than the delivery import) takes its figures from that record, so no month
that has figures is shown as "no deliveries".
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.performance.kpi import DeliveryFacts, MonthFigures, OnTimeWindow, month_figures
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


def delivery_figures(
    session: Session,
    periods: Sequence[str],
    *,
    supplier_id: str | None = None,
    window: OnTimeWindow | None = None,
) -> dict[SupplierMonth, MonthFigures]:
    """Per (supplier, period) with figures, the month's figures; months without any are absent
    (the caller shows them as "no deliveries")."""
    window = window or on_time_window(session)
    wanted = sorted(set(periods))
    facts: dict[SupplierMonth, list[DeliveryFacts]] = defaultdict(list)
    query = select(
        Delivery.supplier_id,
        Delivery.period,
        Delivery.due_date,
        Delivery.received_date,
        Delivery.received_qty,
        Delivery.rejected_qty,
        Delivery.complaint,
        Delivery.premium_freight_cents,
    ).where(Delivery.period.in_(wanted))
    if supplier_id is not None:
        query = query.where(Delivery.supplier_id == supplier_id)
    for row in session.execute(query):
        facts[(row.supplier_id, row.period)].append(
            DeliveryFacts(
                due_date=row.due_date,
                received_date=row.received_date,
                received_qty=row.received_qty,
                rejected_qty=row.rejected_qty,
                complaint=bool(row.complaint),
                premium_freight_cents=row.premium_freight_cents,
            )
        )
    figures = {key: month_figures(key[1], rows, window) for key, rows in facts.items()}
    recorded = select(KpiRecord).where(KpiRecord.period.in_(wanted))
    if supplier_id is not None:
        recorded = recorded.where(KpiRecord.supplier_id == supplier_id)
    for record in session.scalars(recorded):
        key = (record.supplier_id, record.period)
        if key not in figures:
            figures[key] = MonthFigures(
                period=record.period,
                deliveries=record.deliveries_total,
                on_time=record.deliveries_on_time,
                received_qty=record.quantity_received,
                rejected_qty=record.quantity_rejected,
                complaints=record.complaints,
                premium_freight_cents=record.premium_freight * 100,
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
            return "on the due date"
        days = abs(self.days_late)
        word = "late" if self.days_late > 0 else "early"
        return f"{days} day{'s' if days != 1 else ''} {word}"


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
