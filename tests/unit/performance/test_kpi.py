"""The KPI formulas of DESIGN §6 against figures worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from sqms_desktop.errors import ValidationError
from sqms_desktop.performance.kpi import (
    DeliveryFacts,
    OnTimeWindow,
    month_figures,
    period_of,
    periods_ending,
    require_period,
    shift_period,
)

DUE = dt.date(2026, 3, 10)


def _delivery(received: dt.date, qty: int = 1000, rejected: int = 0) -> DeliveryFacts:
    return DeliveryFacts(
        due_date=DUE, received_date=received, received_qty=qty, rejected_qty=rejected
    )


def test_a_month_without_deliveries_has_no_ppm_and_no_on_time_share() -> None:
    empty = month_figures("2026-03", [], OnTimeWindow())
    assert empty.deliveries == 0
    assert empty.ppm is None
    assert empty.on_time_pct is None


def test_deliveries_of_nothing_received_have_an_on_time_share_but_no_ppm() -> None:
    figures = month_figures("2026-03", [_delivery(DUE, qty=0)], OnTimeWindow())
    assert figures.on_time_pct == 100.0
    assert figures.ppm is None


def test_ppm_is_rejected_over_received_times_a_million() -> None:
    # 3 rejected of 1000 + 1500 received: 3 / 2500 * 1e6 = 1200 PPM
    rows = [_delivery(DUE, 1000, 3), _delivery(DUE, 1500, 0)]
    assert month_figures("2026-03", rows, OnTimeWindow()).ppm == pytest.approx(1200.0)


def test_all_late_deliveries_give_zero_per_cent_on_time() -> None:
    rows = [_delivery(DUE + dt.timedelta(days=d)) for d in (1, 5, 30)]
    figures = month_figures("2026-03", rows, OnTimeWindow())
    assert (figures.deliveries, figures.on_time, figures.on_time_pct) == (3, 0, 0.0)


def test_the_default_window_is_two_days_early_to_the_due_date() -> None:
    window = OnTimeWindow()
    assert window.is_on_time(DUE, DUE - dt.timedelta(days=2))
    assert window.is_on_time(DUE, DUE)
    assert not window.is_on_time(DUE, DUE - dt.timedelta(days=3))  # early beyond the window
    assert not window.is_on_time(DUE, DUE + dt.timedelta(days=1))


def test_early_beyond_the_window_counts_against_on_time_delivery() -> None:
    # two in the window, one three days early, one a day late: 2 of 4 = 50 %
    rows = [_delivery(DUE + dt.timedelta(days=d)) for d in (-2, 0, -3, 1)]
    assert month_figures("2026-03", rows, OnTimeWindow()).on_time_pct == 50.0


def test_a_wider_window_is_configurable() -> None:
    window = OnTimeWindow(early=5, late=3)
    assert window.is_on_time(DUE, DUE - dt.timedelta(days=5))
    assert window.is_on_time(DUE, DUE + dt.timedelta(days=3))
    assert not window.is_on_time(DUE, DUE + dt.timedelta(days=4))


def test_complaints_and_premium_freight_are_summed() -> None:
    rows = [
        DeliveryFacts(DUE, DUE, 10, 1, complaint=True, premium_freight_cents=12_050),
        DeliveryFacts(DUE, DUE, 10, 0, complaint=False, premium_freight_cents=0),
        DeliveryFacts(DUE, DUE, 10, 0, complaint=True, premium_freight_cents=950),
    ]
    figures = month_figures("2026-03", rows, OnTimeWindow())
    assert (figures.complaints, figures.premium_freight_cents) == (2, 13_000)


def test_periods_are_months_of_the_received_date_and_count_across_years() -> None:
    assert period_of(dt.date(2026, 1, 31)) == "2026-01"
    assert shift_period("2026-01", -1) == "2025-12"
    assert shift_period("2025-11", 14) == "2027-01"
    assert periods_ending("2026-02", 3) == ["2025-12", "2026-01", "2026-02"]


@pytest.mark.parametrize("text", ["2026-13", "2026-1", "26-01", "2026/01", ""])
def test_a_badly_written_period_is_refused_with_the_form_to_use(text: str) -> None:
    with pytest.raises(ValidationError, match="YYYY-MM"):
        require_period(text)
