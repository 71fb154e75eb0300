"""The clock policy: a clock behind the store's newest entry, or years ahead of it, is named."""

from __future__ import annotations

import datetime as dt

from sqms_desktop.store.clock import clock_warning

NEWEST = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def test_a_clock_behind_the_newest_entry_is_warned_about() -> None:
    warning = clock_warning(NEWEST, NEWEST - dt.timedelta(days=3))
    assert warning is not None
    assert "3 days behind the newest entry in the store (2026-03-02 09:00)" in warning


def test_a_clock_a_few_minutes_off_or_later_is_fine() -> None:
    assert clock_warning(NEWEST, NEWEST - dt.timedelta(minutes=2)) is None
    assert clock_warning(NEWEST, NEWEST + dt.timedelta(days=200)) is None
    assert clock_warning(None, NEWEST) is None


def test_a_clock_years_ahead_of_the_newest_entry_is_warned_about() -> None:
    warning = clock_warning(NEWEST, NEWEST + dt.timedelta(days=3 * 365))
    assert warning is not None
    assert "1095 days ahead" in warning
