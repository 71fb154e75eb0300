"""Reading the costs of poor quality: the records, and their sums per supplier and period and
per category (the scorecard shows the sum of its period). Sums are per currency: amounts in
different currencies are never added together."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sqms_desktop.errors import NotFoundError
from sqms_desktop.i18n import translate
from sqms_desktop.store.models import Capa, Delivery, PoorQualityCost, Supplier


@dataclass(frozen=True)
class CostRow:
    id: str
    supplier_id: str
    supplier_code: str
    category: str
    incurred_on: dt.date
    period: str
    amount_cents: int
    currency: str
    capa_reference: str
    delivery_no: str
    note: str
    capa_id: str | None
    delivery_id: str | None


@dataclass(frozen=True)
class CostSum:
    """The costs of one supplier in one period (and one category, or all: "")."""

    supplier_id: str
    supplier_code: str
    period: str
    category: str
    currency: str
    amount_cents: int
    count: int


def list_costs(
    session: Session, supplier_id: str | None = None, *, periods: Sequence[str] | None = None
) -> list[CostRow]:
    """Newest first."""
    query = (
        select(PoorQualityCost, Supplier.code, Capa.reference, Delivery.delivery_no)
        .join(Supplier, Supplier.id == PoorQualityCost.supplier_id)
        .outerjoin(Capa, Capa.id == PoorQualityCost.capa_id)
        .outerjoin(Delivery, Delivery.id == PoorQualityCost.delivery_id)
        .order_by(PoorQualityCost.incurred_on.desc(), Supplier.code, PoorQualityCost.id)
    )
    if supplier_id is not None:
        query = query.where(PoorQualityCost.supplier_id == supplier_id)
    if periods is not None:
        query = query.where(PoorQualityCost.period.in_(sorted(set(periods))))
    return [
        CostRow(
            id=c.id,
            supplier_id=c.supplier_id,
            supplier_code=code,
            category=c.category,
            incurred_on=c.incurred_on,
            period=c.period,
            amount_cents=c.amount_cents,
            currency=c.currency,
            capa_reference=capa or "",
            delivery_no=delivery or "",
            note=c.note,
            capa_id=c.capa_id,
            delivery_id=c.delivery_id,
        )
        for c, code, capa, delivery in session.execute(query)
    ]


def cost_sums(
    session: Session,
    periods: Sequence[str] | None = None,
    *,
    supplier_id: str | None = None,
    by_category: bool = False,
) -> list[CostSum]:
    """Sums per supplier, period and currency (and category with `by_category`), in one query;
    ordered by supplier code, period, category and currency."""
    group = [PoorQualityCost.supplier_id, Supplier.code, PoorQualityCost.period]
    if by_category:
        group.append(PoorQualityCost.category)
    group.append(PoorQualityCost.currency)
    query = (
        select(*group, func.sum(PoorQualityCost.amount_cents), func.count())
        .join(Supplier, Supplier.id == PoorQualityCost.supplier_id)
        .group_by(*group)
        .order_by(*group[1:])
    )
    if supplier_id is not None:
        query = query.where(PoorQualityCost.supplier_id == supplier_id)
    if periods is not None:
        query = query.where(PoorQualityCost.period.in_(sorted(set(periods))))
    sums = []
    for row in session.execute(query):
        values = list(row)
        category = str(values.pop(3)) if by_category else ""
        sid, code, period, currency, total, count = values
        sums.append(CostSum(sid, code, period, category, currency, int(total), int(count)))
    return sums


def period_totals(
    session: Session, periods: Sequence[str], *, supplier_id: str | None = None
) -> dict[tuple[str, str], dict[str, int]]:
    """Per (supplier id, period), cents per currency: what a scorecard period shows."""
    totals: dict[tuple[str, str], dict[str, int]] = {}
    for s in cost_sums(session, periods, supplier_id=supplier_id):
        totals.setdefault((s.supplier_id, s.period), {})[s.currency] = s.amount_cents
    return totals


def delivery_id_by_number(session: Session, supplier_id: str, number: str) -> str:
    """A supplier's delivery by its delivery (or PO line) number."""
    found = session.scalar(
        select(Delivery.id).where(
            Delivery.supplier_id == supplier_id, Delivery.delivery_no == number.strip()
        )
    )
    if found is None:
        raise NotFoundError(
            translate("poor_quality_costs", "no delivery {number!r} of this supplier").format(
                number=number.strip()
            )
        )
    return found
