"""Supplier master data: suppliers, sites, contacts, certificates and KPI records."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import select

from sqms_desktop.errors import ValidationError
from sqms_desktop.services import find_by, get, require_choice, require_text
from sqms_desktop.store.models import Certificate, Contact, KpiRecord, Site, Supplier
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import RiskClass, SupplierStatus

SUPPLIER_CODE = re.compile(r"^[A-Z0-9][A-Z0-9._-]{1,31}$")
PERIOD = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
COUNTRY = re.compile(r"^([A-Z]{2})?$")


@dataclass
class SupplierInput:
    code: str
    name: str
    country: str = ""
    risk_class: str = RiskClass.MEDIUM.value
    status: str = SupplierStatus.PROSPECT.value
    approval_scope: str = ""
    commodities: list[str] = field(default_factory=list)


def create_supplier(uow: UnitOfWork, data: SupplierInput) -> Supplier:
    if not SUPPLIER_CODE.match(data.code):
        raise ValidationError(
            f"supplier code {data.code!r} must be 2 to 32 capital letters, digits, '.', '_' or '-'"
        )
    if uow.session.scalars(select(Supplier.id).where(Supplier.code == data.code)).first():
        raise ValidationError(f"supplier code {data.code} is already used")
    if not COUNTRY.match(data.country):
        raise ValidationError(f"country {data.country!r} must be an ISO 3166 two-letter code")
    return uow.add(
        Supplier(
            code=data.code,
            name=require_text(data.name, "supplier name", limit=200),
            country=data.country,
            status=require_choice(data.status, SupplierStatus.values(), "status"),
            risk_class=require_choice(data.risk_class, RiskClass.values(), "risk class"),
            approval_scope=data.approval_scope.strip(),
            new_business_hold=False,
            commodities=[c.strip() for c in data.commodities if c.strip()],
        )
    )


def set_supplier_status(
    uow: UnitOfWork,
    supplier_id: str,
    status: str,
    *,
    reason: str,
    new_business_hold: bool | None = None,
) -> Supplier:
    """Approval decisions change who may deliver, so each needs a reason in the trail."""
    supplier = get(uow, Supplier, supplier_id, "supplier")
    values: dict[str, object] = {
        "status": require_choice(status, SupplierStatus.values(), "status")
    }
    if new_business_hold is not None:
        values["new_business_hold"] = new_business_hold
    uow.update(supplier, values, reason=require_text(reason, "reason"))
    return supplier


def add_site(
    uow: UnitOfWork,
    supplier_id: str,
    name: str,
    *,
    street: str = "",
    postal_code: str = "",
    city: str = "",
    country: str = "",
) -> Site:
    get(uow, Supplier, supplier_id, "supplier")
    if not COUNTRY.match(country):
        raise ValidationError(f"country {country!r} must be an ISO 3166 two-letter code")
    return uow.add(
        Site(
            supplier_id=supplier_id,
            name=require_text(name, "site name", limit=200),
            street=street.strip(),
            postal_code=postal_code.strip(),
            city=city.strip(),
            country=country,
        )
    )


def add_contact(
    uow: UnitOfWork,
    supplier_id: str,
    name: str,
    *,
    function: str = "",
    email: str = "",
    phone: str = "",
) -> Contact:
    get(uow, Supplier, supplier_id, "supplier")
    if email and "@" not in email:
        raise ValidationError(f"e-mail address {email!r} has no '@'")
    return uow.add(
        Contact(
            supplier_id=supplier_id,
            name=require_text(name, "contact name", limit=200),
            function=function.strip(),
            email=email.strip(),
            phone=phone.strip(),
        )
    )


def add_certificate(
    uow: UnitOfWork,
    supplier_id: str,
    standard: str,
    number: str,
    *,
    issuer: str,
    valid_from: dt.date,
    valid_until: dt.date,
) -> Certificate:
    get(uow, Supplier, supplier_id, "supplier")
    if valid_until <= valid_from:
        raise ValidationError(
            f"certificate {number}: valid until ({valid_until}) must be after "
            f"valid from ({valid_from})"
        )
    return uow.add(
        Certificate(
            supplier_id=supplier_id,
            standard=require_text(standard, "standard", limit=64),
            number=require_text(number, "certificate number", limit=100),
            issuer=issuer.strip(),
            valid_from=valid_from,
            valid_until=valid_until,
        )
    )


@dataclass(frozen=True)
class KpiInput:
    period: str
    deliveries_total: int
    deliveries_on_time: int
    quantity_received: int
    quantity_rejected: int
    complaints: int = 0
    premium_freight: int = 0


def record_kpi(uow: UnitOfWork, supplier_id: str, kpi: KpiInput) -> KpiRecord:
    """Record a period's delivery and quality figures; a second call for the period corrects it."""
    get(uow, Supplier, supplier_id, "supplier")
    if not PERIOD.match(kpi.period):
        raise ValidationError(f"period {kpi.period!r} must be written YYYY-MM")
    numbers = {
        "deliveries_total": kpi.deliveries_total,
        "deliveries_on_time": kpi.deliveries_on_time,
        "quantity_received": kpi.quantity_received,
        "quantity_rejected": kpi.quantity_rejected,
        "complaints": kpi.complaints,
        "premium_freight": kpi.premium_freight,
    }
    for name, value in numbers.items():
        if value < 0:
            raise ValidationError(f"{kpi.period}: {name.replace('_', ' ')} must not be negative")
    if kpi.deliveries_on_time > kpi.deliveries_total:
        raise ValidationError(f"{kpi.period}: more on-time deliveries than deliveries")
    if kpi.quantity_rejected > kpi.quantity_received:
        raise ValidationError(f"{kpi.period}: more parts rejected than received")
    existing = uow.session.scalars(
        select(KpiRecord).where(
            KpiRecord.supplier_id == supplier_id, KpiRecord.period == kpi.period
        )
    ).first()
    if existing is not None:
        uow.update(existing, numbers, reason="corrected KPI figures")
        return existing
    return uow.add(KpiRecord(supplier_id=supplier_id, period=kpi.period, **numbers))


def supplier_by_code(uow: UnitOfWork, code: str) -> Supplier:
    return find_by(uow, Supplier, "supplier", code=code)
