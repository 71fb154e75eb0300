"""The monthly KPI figures per supplier, read from the deliveries (DESIGN §6).

A supplier month with no delivery rows but a KPI record (monthly totals recorded by hand, or
from a store older than the delivery import) takes its figures from that record, so no month
that has figures is shown as "no deliveries".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

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
