"""The KPI figures of deliveries (DESIGN §6): on time, PPM, on-time delivery %, per month.

A delivery counts in the month of its received date. It is on time when it was received from
`early` days before to `late` days after its due date (2 and 0 by default, store policies).
A month without deliveries has no PPM and no on-time delivery %: `None`, shown as "no
deliveries", never 0 or 100 (a supplier that delivered nothing was neither perfect nor late).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate

PERIOD = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class OnTimeWindow:
    """How early and how late (in days) a delivery may arrive and still be on time."""

    early: int = 2
    late: int = 0

    def is_on_time(self, due: dt.date, received: dt.date) -> bool:
        return -self.early <= (received - due).days <= self.late

    def describe(self) -> str:
        return translate(
            "kpi", "from {early} days before to {late} days after the due date"
        ).format(early=self.early, late=self.late)


@dataclass(frozen=True)
class DeliveryFacts:
    """What the figures need of one delivery."""

    due_date: dt.date
    received_date: dt.date
    received_qty: int
    rejected_qty: int
    complaint: bool = False
    premium_freight_cents: int = 0


@dataclass(frozen=True)
class MonthFigures:
    """One supplier's deliveries in one month, summed."""

    period: str
    deliveries: int = 0
    on_time: int = 0
    received_qty: int = 0
    rejected_qty: int = 0
    complaints: int = 0
    premium_freight_cents: int = 0

    @property
    def ppm(self) -> float | None:
        return ppm(self.rejected_qty, self.received_qty)

    @property
    def on_time_pct(self) -> float | None:
        return on_time_pct(self.on_time, self.deliveries)

    def __add__(self, other: MonthFigures) -> MonthFigures:
        """The sum over several months (named by the later period)."""
        return MonthFigures(
            period=max(self.period, other.period),
            deliveries=self.deliveries + other.deliveries,
            on_time=self.on_time + other.on_time,
            received_qty=self.received_qty + other.received_qty,
            rejected_qty=self.rejected_qty + other.rejected_qty,
            complaints=self.complaints + other.complaints,
            premium_freight_cents=self.premium_freight_cents + other.premium_freight_cents,
        )


def ppm(rejected: int, received: int) -> float | None:
    """Rejected parts per million received; None when nothing was received."""
    return rejected / received * 1_000_000 if received > 0 else None


def on_time_pct(on_time: int, deliveries: int) -> float | None:
    """The share of deliveries on time, in per cent; None without deliveries."""
    return on_time / deliveries * 100 if deliveries > 0 else None


def period_of(day: dt.date) -> str:
    """The month a date counts in, as YYYY-MM."""
    return f"{day.year:04d}-{day.month:02d}"


def require_period(text: str) -> str:
    """A period as the user wrote it, or a ValidationError saying how to write it."""
    period = text.strip()
    if not PERIOD.match(period):
        raise ValidationError(
            translate("kpi", "period {text!r} must be written YYYY-MM (e.g. 2026-11)").format(
                text=text
            )
        )
    return period


def shift_period(period: str, months: int) -> str:
    """The period `months` after (or, negative, before) `period`."""
    year, month = int(period[:4]), int(period[5:7])
    index = year * 12 + (month - 1) + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def periods_ending(period: str, count: int) -> list[str]:
    """The `count` periods up to and including `period`, oldest first."""
    return [shift_period(period, -back) for back in range(count - 1, -1, -1)]


def month_figures(
    period: str, deliveries: Iterable[DeliveryFacts], window: OnTimeWindow
) -> MonthFigures:
    """The figures of one supplier's deliveries received in `period`."""
    total = MonthFigures(period)
    for d in deliveries:
        total = total + MonthFigures(
            period=period,
            deliveries=1,
            on_time=1 if window.is_on_time(d.due_date, d.received_date) else 0,
            received_qty=d.received_qty,
            rejected_qty=d.rejected_qty,
            complaints=1 if d.complaint else 0,
            premium_freight_cents=d.premium_freight_cents,
        )
    return total
