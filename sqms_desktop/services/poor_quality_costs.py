"""Costs of poor quality: sorting, rework, scrap, premium freight and line stoppages, each
recorded against a CAPA or a delivery of the same supplier (or neither), counted in the month
it was incurred (`performance.kpi.period_of`).

The amount is typed as a decimal ("1234.50", "1 234,50" is refused: one form, no guessing)
and stored as whole hundredths (cents), so sums are exact; the currency is an ISO 4217 code.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.performance.kpi import period_of
from sqms_desktop.services import get, require_choice
from sqms_desktop.services import partnership_rules as rules
from sqms_desktop.store.models import PoorQualityCost
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import CostCategory

CURRENCY = re.compile(r"^[A-Z]{3}$")
MAX_CENTS = 10**12  # ten billion in any currency: beyond that a typing error


def cents_of(amount: str | Decimal) -> int:
    """ "1234.5" → 123450; refuses more than two decimals, signs and anything not a number."""
    text = str(amount).strip()
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValidationError(
            translate(
                "poor_quality_costs", "amount {text!r} must be a number such as 1250.00"
            ).format(text=text)
        ) from None
    if not value.is_finite() or value <= 0:
        raise ValidationError(
            translate("poor_quality_costs", "amount {text!r} must be more than zero").format(
                text=text
            )
        )
    cents = value * 100
    if cents != cents.to_integral_value():
        raise ValidationError(
            translate("poor_quality_costs", "amount {text!r} has more than two decimals").format(
                text=text
            )
        )
    if cents > MAX_CENTS:
        raise ValidationError(
            translate("poor_quality_costs", "amount {text!r} is too large").format(text=text)
        )
    return int(cents)


def require_currency(text: str) -> str:
    code = text.strip().upper()
    if not CURRENCY.match(code):
        raise ValidationError(
            translate(
                "poor_quality_costs",
                "currency {text!r} must be an ISO 4217 code such as EUR or USD",
            ).format(text=text)
        )
    return code


@dataclass(frozen=True)
class CostInput:
    category: str
    incurred_on: dt.date
    amount: str | Decimal
    currency: str
    capa_id: str | None = None
    delivery_id: str | None = None
    note: str = ""


def record_cost(uow: UnitOfWork, supplier_id: str, cost: CostInput) -> PoorQualityCost:
    rules.require_partnership_role(uow, "recording a cost of poor quality")
    owner = rules.supplier(uow, supplier_id)
    category = require_choice(cost.category, CostCategory.values(), "cost category")
    day = rules.require_date(cost.incurred_on, "incurred on")
    cents = cents_of(cost.amount)
    currency = require_currency(cost.currency)
    rules.same_supplier_capa(uow, owner, cost.capa_id)
    rules.same_supplier_delivery(uow, owner, cost.delivery_id)
    return uow.add(
        PoorQualityCost(
            supplier_id=owner.id,
            category=category,
            incurred_on=day,
            period=period_of(day),
            amount_cents=cents,
            currency=currency,
            capa_id=cost.capa_id,
            delivery_id=cost.delivery_id,
            note=rules.optional_text(cost.note, "note"),
        )
    )


def edit_cost(uow: UnitOfWork, cost_id: str, cost: CostInput, *, reason: str = "") -> list[str]:
    """Correct a cost (all its fields, checked as when recorded); the trail keeps the old."""
    rules.require_partnership_role(uow, "correcting a cost of poor quality")
    record = get(uow, PoorQualityCost, cost_id, "cost of poor quality")
    owner = rules.supplier(uow, record.supplier_id)
    day = rules.require_date(cost.incurred_on, "incurred on")
    rules.same_supplier_capa(uow, owner, cost.capa_id)
    rules.same_supplier_delivery(uow, owner, cost.delivery_id)
    values = {
        "category": require_choice(cost.category, CostCategory.values(), "cost category"),
        "incurred_on": day,
        "period": period_of(day),
        "amount_cents": cents_of(cost.amount),
        "currency": require_currency(cost.currency),
        "capa_id": cost.capa_id,
        "delivery_id": cost.delivery_id,
        "note": rules.optional_text(cost.note, "note"),
    }
    return uow.update(record, values, reason=reason.strip())
