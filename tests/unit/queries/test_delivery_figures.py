"""The figures the store sums (kpis.delivery_figures) are those of the rule in
performance/kpi.month_figures over the same deliveries, for any on-time window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select

from sqms_desktop.performance.kpi import DeliveryFacts, MonthFigures, OnTimeWindow, month_figures
from sqms_desktop.queries.kpis import delivery_figures
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Delivery, KpiRecord, Supplier
from sqms_desktop.store.uow import UnitOfWork

DUE = dt.date(2026, 11, 10)


def test_summed_in_the_store_as_the_rule_says(store: Store, uow: Callable[[], UnitOfWork]) -> None:
    with uow() as u:
        one = u.add(Supplier(code="ONE", name="One")).id
        two = u.add(Supplier(code="TWO", name="Two")).id
        # received from 4 days early to 3 days late, around one due date
        for n, offset in enumerate(range(-4, 4)):
            u.add(
                Delivery(
                    supplier_id=one if n % 2 else two,
                    delivery_no=f"D{n}",
                    due_date=DUE,
                    received_date=DUE + dt.timedelta(days=offset),
                    period="2026-11",
                    received_qty=100 * n,
                    rejected_qty=n,
                    complaint=n == 3,
                    premium_freight_cents=50 * n,
                )
            )
        u.add(
            KpiRecord(
                supplier_id=one,
                period="2026-10",
                deliveries_total=4,
                deliveries_on_time=3,
                quantity_received=400,
                quantity_rejected=2,
                complaints=1,
                premium_freight=7,
            )
        )
        u.commit()
    periods = ["2026-10", "2026-11"]
    recorded = MonthFigures("2026-10", 4, 3, 400, 2, 1, 700)  # the KPI record, in cents
    with store.session() as session:
        rows = session.scalars(select(Delivery)).all()
        for window in (OnTimeWindow(), OnTimeWindow(early=0, late=2), OnTimeWindow(3, 3)):
            expected = {
                (sid, "2026-11"): month_figures(
                    "2026-11",
                    [
                        DeliveryFacts(
                            d.due_date,
                            d.received_date,
                            d.received_qty,
                            d.rejected_qty,
                            d.complaint,
                            d.premium_freight_cents,
                        )
                        for d in rows
                        if d.supplier_id == sid
                    ],
                    window,
                )
                for sid in (one, two)
            }
            expected[(one, "2026-10")] = recorded
            assert delivery_figures(session, periods, window=window) == expected
            assert delivery_figures(session, periods, supplier_id=one, window=window) == {
                k: v for k, v in expected.items() if k[0] == one
            }
        assert delivery_figures(session, periods)[(two, "2026-11")].on_time == 2  # -2 and 0
