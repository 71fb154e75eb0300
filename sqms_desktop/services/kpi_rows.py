"""What one row of a delivery export means: its cells checked field by field.

Each rule takes the cell as text and returns the value, or raises a `ValidationError` whose
sentence says what is wrong and how to write it; the KPI import (kpi_import.py) places the
sentence at the row and column. ERP exports differ in small ways that mean nothing (a date with
a time, a cost with a decimal comma, a yes/no cell for a complaint); these are read, anything
that could be read two ways is refused.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.performance.kpi import period_of
from sqms_desktop.store.models import Delivery

# Our fields in the order a preview shows them; the first six every file must have.
KPI_FIELDS = (
    "supplier",
    "delivery",
    "due_date",
    "received_date",
    "received_qty",
    "rejected_qty",
    "complaint",
    "premium_freight",
)
REQUIRED_FIELDS = KPI_FIELDS[:6]
MAX_QUANTITY = 10**12  # far above any delivery, far below what a column holds
MAX_CENTS = 10**12
DELIVERY_NO_LIMIT = 64
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$")
WHOLE = re.compile(r"^[+-]?\d+$")
COST = re.compile(r"^\d+([.,]\d{1,2})?$")
TRUE_WORDS = ("1", "yes", "true")
FALSE_WORDS = ("", "0", "no", "false")


@dataclass(frozen=True)
class DeliveryValues:
    """A delivery as a row gives it; `complaint` and `premium_freight_cents` are None where
    the file has no such column (an existing delivery then keeps its own)."""

    supplier: str  # the supplier's code
    delivery_no: str
    due_date: dt.date
    received_date: dt.date
    received_qty: int
    rejected_qty: int
    complaint: bool | None = None
    premium_freight_cents: int | None = None

    @property
    def period(self) -> str:
        return period_of(self.received_date)

    def record_values(self, current: Delivery | None = None) -> dict[str, Any]:
        """The delivery's fields as stored; a field the file lacks keeps `current`'s value
        (a new delivery: none, no premium freight)."""
        complaint = self.complaint
        if complaint is None:
            complaint = bool(current.complaint) if current is not None else False
        cents = self.premium_freight_cents
        if cents is None:
            cents = current.premium_freight_cents if current is not None else 0
        return {
            "due_date": self.due_date,
            "received_date": self.received_date,
            "period": self.period,
            "received_qty": self.received_qty,
            "rejected_qty": self.rejected_qty,
            "complaint": complaint,
            "premium_freight_cents": cents,
        }


def delivery_no(text: str) -> str:
    if not text:
        raise ValidationError(translate("kpi_rows", "the delivery number is empty"))
    if len(text) > DELIVERY_NO_LIMIT:
        raise ValidationError(
            translate("kpi_rows", "the delivery number is longer than {limit} characters").format(
                limit=DELIVERY_NO_LIMIT
            )
        )
    return text


def iso_date(text: str) -> dt.date:
    """A date written YYYY-MM-DD (a time after it, as a workbook's date cell may carry, is
    left out: a delivery counts by its day)."""
    if not text:
        raise ValidationError(translate("kpi_rows", "the date is empty; write it YYYY-MM-DD"))
    if not ISO_DATE.match(text):
        raise ValidationError(
            translate(
                "kpi_rows", "{text!r} is not a date written YYYY-MM-DD (e.g. 2026-03-02)"
            ).format(text=text)
        )
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ValidationError(
            translate("kpi_rows", "{text!r} is not a date of the calendar").format(text=text)
        ) from None


def quantity(text: str) -> int:
    """A count of parts: a whole number, not negative."""
    if not text:
        raise ValidationError(translate("kpi_rows", "the quantity is empty; write 0 for none"))
    if not WHOLE.match(text):
        raise ValidationError(
            translate("kpi_rows", "{text!r} is not a whole number of parts (e.g. 1200)").format(
                text=text
            )
        )
    value = int(text)
    if value < 0:
        raise ValidationError(
            translate("kpi_rows", "the quantity {value} is negative").format(value=value)
        )
    if value > MAX_QUANTITY:
        raise ValidationError(
            translate("kpi_rows", "the quantity {value} is too large for a delivery").format(
                value=value
            )
        )
    return value


def rejected_quantity(text: str) -> int:
    """As `quantity`, except that an empty cell is no rejected part (exports leave it blank)."""
    return quantity(text) if text else 0


def complaint(text: str) -> bool:
    word = text.casefold()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValidationError(
        translate("kpi_rows", "{text!r} is not 0 or 1 (1: the delivery led to a complaint)").format(
            text=text
        )
    )


def premium_freight_cents(text: str) -> int:
    """A cost in the store's currency with at most two decimals ("120.50", "120,50", "120");
    empty is none. Thousands separators are refused: "1,200" could be either."""
    if not text:
        return 0
    if text.startswith("-"):
        raise ValidationError(
            translate("kpi_rows", "the premium freight {text} is negative").format(text=text)
        )
    if not COST.match(text):
        raise ValidationError(
            translate(
                "kpi_rows",
                "{text!r} is not a cost with at most two decimals and no thousands separator "
                "(e.g. 120.50)",
            ).format(text=text)
        )
    try:
        cents = int(Decimal(text.replace(",", ".")) * 100)
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        raise ValidationError(
            translate("kpi_rows", "{text!r} is not a cost").format(text=text)
        ) from None
    if cents > MAX_CENTS:
        raise ValidationError(
            translate("kpi_rows", "the premium freight {text} is too large").format(text=text)
        )
    return cents


# Per field, the rule that reads its cell (the supplier code is looked up by the import).
FIELD_RULES: dict[str, Callable[[str], Any]] = {
    "delivery": delivery_no,
    "due_date": iso_date,
    "received_date": iso_date,
    "received_qty": quantity,
    "rejected_qty": rejected_quantity,
    "complaint": complaint,
    "premium_freight": premium_freight_cents,
}


def shown(field: str, value: Any) -> str:
    """A stored value as a preview shows it (cents as a cost, a complaint as 0/1)."""
    if field == "premium_freight_cents":
        return f"{value // 100}.{value % 100:02d}"
    if field == "complaint":
        return "1" if value else "0"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
