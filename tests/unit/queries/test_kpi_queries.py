"""The KPI reads against figures worked out by hand: a month's figures and the deliveries
behind them, months without deliveries, and the twelve-month sums the register shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from sqms_desktop.performance.kpi import MonthFigures
from sqms_desktop.queries.kpis import delivery_breakdown, supplier_kpi_months
from sqms_desktop.queries.supplier_detail import supplier_detail
from sqms_desktop.queries.suppliers import latest_kpi_figures
from sqms_desktop.reports.registers import suppliers_register
from sqms_desktop.services.policy import set_policy
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import PolicyKey
from tests.support.delivery_files import add_suppliers, import_deliveries

# S1's deliveries. The on-time window is 2 days early to 0 days late.
ROWS = [
    # March: 1 day early (on time); 3 days late; 3 days early (beyond the window); on the day
    ["S1", "D1", "2026-03-10", "2026-03-09", "1000", "0", "0", ""],
    ["S1", "D2", "2026-03-10", "2026-03-13", "500", "5", "1", ""],
    ["S1", "D3", "2026-03-20", "2026-03-17", "500", "0", "0", "80.00"],
    ["S1", "D4", "2026-03-25", "2026-03-25", "0", "0", "0", ""],
    # Due in March, received in April: counts in April. Nothing received: no PPM.
    ["S1", "D5", "2026-03-31", "2026-04-01", "0", "0", "0", ""],
]
MARCH = MonthFigures(
    period="2026-03",
    deliveries=4,
    on_time=2,
    received_qty=2000,
    rejected_qty=5,
    complaints=1,
    premium_freight_cents=8000,
)


@pytest.fixture
def ids(uow: Callable[[], UnitOfWork], tmp_path: Path) -> dict[str, str]:
    made = add_suppliers(uow)
    import_deliveries(uow, tmp_path / "erp.csv", ROWS)
    return made


def test_a_supplier_month_by_month_with_none_for_a_month_without_deliveries(
    store: Store, ids: dict[str, str]
) -> None:
    with store.session() as session:
        months = supplier_kpi_months(session, ids["S1"], ["2026-02", "2026-03", "2026-04"])
        other = supplier_kpi_months(session, ids["S2"], ["2026-03"])
    assert list(months) == ["2026-02", "2026-03", "2026-04"]
    assert months["2026-02"] is None
    march = months["2026-03"]
    assert march == MARCH
    assert (march.ppm, march.on_time_pct) == (2500.0, 50.0)
    april = months["2026-04"]
    assert april is not None
    assert (april.deliveries, april.ppm, april.on_time_pct) == (1, None, 0.0)
    assert other == {"2026-03": None}


def test_the_deliveries_behind_a_month_say_which_were_late_and_which_lots_rejected(
    store: Store, uow: Callable[[], UnitOfWork], ids: dict[str, str]
) -> None:
    with store.session() as session:
        lines = delivery_breakdown(session, ids["S1"], "2026-03")
    assert [
        (d.delivery_no, d.days_late, d.on_time, d.timing(), d.rejected, d.complaint) for d in lines
    ] == [
        ("D1", -1, True, "1 day early", False, False),
        ("D2", 3, False, "3 days late", True, True),
        ("D3", -3, False, "3 days early", False, False),
        ("D4", 0, True, "on the due date", False, False),
    ]
    assert (lines[1].received_qty, lines[1].rejected_qty) == (500, 5)
    assert lines[2].premium_freight_cents == 8000
    with uow() as u:
        set_policy(u, PolicyKey.ON_TIME_DAYS_EARLY, 3, reason="agreed with purchasing")
        u.commit()
    with store.session() as session:
        widened = delivery_breakdown(session, ids["S1"], "2026-03")
        march = supplier_kpi_months(session, ids["S1"], ["2026-03"])["2026-03"]
    assert [d.on_time for d in widened] == [True, False, True, True]
    assert march is not None
    assert march.on_time_pct == 75.0


def test_the_last_twelve_months_up_to_today_feed_the_detail_and_the_register(
    store: Store, ids: dict[str, str]
) -> None:
    today = dt.date(2026, 4, 15)
    with store.session() as session:
        sums = latest_kpi_figures(session, None, 12, today)
        only_april = latest_kpi_figures(session, ids["S1"], 1, today)
        detail = supplier_detail(session, ids["S1"], today)
        _, rows = suppliers_register(session, None, today)
        long_after = latest_kpi_figures(session, None, 12, dt.date(2027, 4, 1))
    s1 = sums[ids["S1"]]
    assert (s1.periods, s1.deliveries, s1.on_time, s1.received, s1.rejected) == (
        2,
        5,
        2,
        2000,
        5,
    )
    assert (s1.ppm, s1.on_time_pct) == (2500.0, 40.0)
    assert ids["S2"] not in sums  # no deliveries: no figures, never 0
    assert only_april[ids["S1"]].ppm is None
    assert (detail.kpi_periods, detail.ppm_last_12, detail.on_time_last_12) == (2, 2500.0, 40.0)
    by_code = {row[0]: row for row in rows}
    assert by_code["S1"][-2:] == [2500.0, 40.0]
    assert by_code["S2"][-2:] == [None, None]
    assert long_after == {}  # the months have passed out of the window
