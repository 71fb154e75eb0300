"""The cells of a delivery export: what is read, and what is refused because it could be read
two ways."""

from __future__ import annotations

import datetime as dt

import pytest

from sqms_desktop.errors import ValidationError
from sqms_desktop.services import kpi_rows


@pytest.mark.parametrize(
    ("text", "cents"),
    [("", 0), ("0", 0), ("120", 12000), ("120.5", 12050), ("120.50", 12050), ("120,05", 12005)],
)
def test_premium_freight_is_read_as_cents(text: str, cents: int) -> None:
    assert kpi_rows.premium_freight_cents(text) == cents


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("1,200", "no thousands separator"),
        ("1.200,50", "no thousands separator"),
        ("12.505", "at most two decimals"),
        ("-3", "negative"),
        ("EUR 40", "not a cost"),
    ],
)
def test_a_premium_freight_that_reads_two_ways_is_refused(text: str, why: str) -> None:
    with pytest.raises(ValidationError, match=why):
        kpi_rows.premium_freight_cents(text)


def test_dates_are_iso_and_a_time_after_them_is_left_out() -> None:
    assert kpi_rows.iso_date("2026-03-02") == dt.date(2026, 3, 2)
    assert kpi_rows.iso_date("2026-03-02 14:30:00") == dt.date(2026, 3, 2)
    for text in ("2026-3-2", "02.03.2026", "20260302"):
        with pytest.raises(ValidationError, match="YYYY-MM-DD"):
            kpi_rows.iso_date(text)


def test_quantities_are_whole_and_not_negative_and_an_empty_rejected_cell_is_none() -> None:
    assert kpi_rows.quantity("1200") == 1200
    assert kpi_rows.rejected_quantity("") == 0
    with pytest.raises(ValidationError, match="empty; write 0 for none"):
        kpi_rows.quantity("")
    with pytest.raises(ValidationError, match="too large"):
        kpi_rows.quantity(str(10**13))


@pytest.mark.parametrize(("text", "value"), [("1", True), ("0", False), ("", False), ("yes", True)])
def test_a_complaint_is_0_or_1_or_a_workbook_yes_no(text: str, value: bool) -> None:
    assert kpi_rows.complaint(text) is value
