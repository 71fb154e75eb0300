"""Supplier master data: suppliers, their status, sites, contacts, certificates and KPI records.

Only a quality engineer, a lead auditor or an administrator changes the supplier master
(`supplier_rules.MASTER_DATA_ROLES`); auditors read it. Every field is checked by the rules of
supplier_rules.py, the same the supplier list import applies row by row. The code is a
supplier's name in every other record, file and bundle, so it never changes after creation.
Edits of sites, contacts and certificates are in supplier_parts.py.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.services import find_by, get, in_words
from sqms_desktop.services import supplier_rules as rules
from sqms_desktop.services.certificate_scans import CertificateScan, store_scan
from sqms_desktop.store.attachments import Attachments
from sqms_desktop.store.models import Certificate, Contact, KpiRecord, Site, Supplier
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import RiskClass, SupplierStatus

PERIOD = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


@dataclass
class SupplierInput:
    """A new supplier as typed; `create_supplier` checks and cleans every field."""

    code: str
    name: str
    country: str = ""
    risk_class: str = RiskClass.MEDIUM.value
    status: str = SupplierStatus.PROSPECT.value
    approval_scope: str = ""
    commodities: list[str] = field(default_factory=list)
    street: str = ""
    postal_code: str = ""
    city: str = ""
    duns: str = ""
    vat_id: str = ""
    risk_reason: str = ""


@dataclass(frozen=True)
class SupplierChanges:
    """What an edit changes; None leaves a field as it is. The code cannot change, and the
    status changes only with a reason (`set_supplier_status`)."""

    name: str | None = None
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country: str | None = None
    risk_class: str | None = None
    risk_reason: str | None = None
    approval_scope: str | None = None
    commodities: list[str] | None = None
    duns: str | None = None
    vat_id: str | None = None
    new_business_hold: bool | None = None

    def given(self) -> dict[str, Any]:
        return {name: value for name, value in asdict(self).items() if value is not None}


def check_supplier_fields(values: dict[str, Any]) -> dict[str, Any]:
    """The values checked and cleaned by SUPPLIER_FIELD_RULES (other fields pass unchanged)."""
    return {
        name: rules.SUPPLIER_FIELD_RULES[name](value)
        if name in rules.SUPPLIER_FIELD_RULES
        else value
        for name, value in values.items()
    }


def create_supplier(uow: UnitOfWork, data: SupplierInput, *, reason: str = "") -> Supplier:
    """A new supplier; `reason` is trailed with its creation (an import names its file)."""
    rules.require_master_data_role(uow, "creating a supplier")
    values = check_supplier_fields(asdict(data))
    if uow.session.scalars(select(Supplier.id).where(Supplier.code == values["code"])).first():
        raise ValidationError(
            translate("suppliers", "supplier code {code} is already used").format(
                code=values["code"]
            )
        )
    return uow.add(Supplier(**values, new_business_hold=False), reason=reason)


def edit_supplier(
    uow: UnitOfWork, supplier_id: str, changes: SupplierChanges, *, reason: str = ""
) -> list[str]:
    """Change the fields given; returns the names of those whose value really changed."""
    rules.require_master_data_role(uow, "editing a supplier")
    supplier = get(uow, Supplier, supplier_id, "supplier")
    return uow.update(supplier, check_supplier_fields(changes.given()), reason=reason.strip())


def set_supplier_status(
    uow: UnitOfWork,
    supplier_id: str,
    status: str,
    *,
    reason: str,
    new_business_hold: bool | None = None,
    approval_scope: str | None = None,
) -> Supplier:
    """Approval decisions change who may deliver, so each needs a reason in the trail (and shows
    in the supplier's status history); a decision that changes nothing is refused."""
    rules.require_master_data_role(uow, "changing a supplier's status")
    supplier = get(uow, Supplier, supplier_id, "supplier")
    if not reason.strip():
        raise ValidationError(
            translate("suppliers", "changing the status of {code} needs a reason").format(
                code=supplier.code
            )
        )
    values: dict[str, Any] = {"status": rules.SUPPLIER_FIELD_RULES["status"](status)}
    if new_business_hold is not None:
        values["new_business_hold"] = new_business_hold
    if approval_scope is not None:
        values["approval_scope"] = rules.SUPPLIER_FIELD_RULES["approval_scope"](approval_scope)
    if all(getattr(supplier, name) == value for name, value in values.items()):
        raise StateError(
            translate("suppliers", "{code} is already {status}; nothing would change").format(
                code=supplier.code, status=in_words(values["status"])
            )
        )
    uow.update(supplier, values, reason=reason.strip())
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
    processes: list[str] | tuple[str, ...] = (),
) -> Site:
    """A site of the supplier, with the processes made there; a site's name is unique per
    supplier, since audits and commands name the site by it."""
    rules.require_master_data_role(uow, "adding a site")
    supplier = get(uow, Supplier, supplier_id, "supplier")
    values = rules.site_fields(
        {
            "name": name,
            "street": street,
            "postal_code": postal_code,
            "city": city,
            "country": country,
            "processes": list(processes),
        }
    )
    rules.require_unique_site(uow, supplier, values["name"])
    return uow.add(Site(supplier_id=supplier_id, **values))


def add_contact(
    uow: UnitOfWork,
    supplier_id: str,
    name: str,
    *,
    role: str = "",
    email: str = "",
    phone: str = "",
) -> Contact:
    """A person at the supplier; `role` is what they do there (quality manager, key account)."""
    rules.require_master_data_role(uow, "adding a contact")
    get(uow, Supplier, supplier_id, "supplier")
    values = {"name": name, "function": role, "email": email, "phone": phone}
    checked = {key: rules.CONTACT_FIELD_RULES[key](value) for key, value in values.items()}
    return uow.add(Contact(supplier_id=supplier_id, **checked))


def add_certificate(
    uow: UnitOfWork,
    supplier_id: str,
    standard: str,
    number: str,
    *,
    valid_from: dt.date,
    valid_until: dt.date,
    issuer: str = "",
    scope: str = "",
    scan: CertificateScan | None = None,
    attachments: Attachments | None = None,
) -> Certificate:
    """A certificate the supplier holds, with its scan kept as evidence (`attachments`: where the
    bytes go; by default the store's own)."""
    rules.require_master_data_role(uow, "adding a certificate")
    supplier = get(uow, Supplier, supplier_id, "supplier")
    values = rules.certificate_fields(
        {
            "standard": standard,
            "number": number,
            "issuer": issuer,
            "scope": scope,
            "valid_from": valid_from,
            "valid_until": valid_until,
        }
    )
    rules.require_valid_period(values["number"], values["valid_from"], values["valid_until"])
    twin = uow.session.scalars(
        select(Certificate.id).where(
            Certificate.supplier_id == supplier_id,
            Certificate.standard == values["standard"],
            Certificate.number == values["number"],
        )
    ).first()
    if twin is not None:
        raise ValidationError(
            translate("suppliers", "{code} already has the {standard} certificate {number}").format(
                code=supplier.code, standard=values["standard"], number=values["number"]
            )
        )
    attachment_id = None
    if scan is not None:
        caption = f"Scan of {values['standard']} certificate {values['number']} of {supplier.code}"
        attachment_id = store_scan(uow, scan, attachments, caption).id
    return uow.add(Certificate(supplier_id=supplier_id, attachment_id=attachment_id, **values))


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
    rules.require_master_data_role(uow, "recording KPI figures")
    get(uow, Supplier, supplier_id, "supplier")
    if not PERIOD.match(kpi.period):
        raise ValidationError(
            translate("suppliers", "period {period!r} must be written YYYY-MM").format(
                period=kpi.period
            )
        )
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
            raise ValidationError(
                translate("suppliers", "{period}: {name} must not be negative").format(
                    period=kpi.period, name=name.replace("_", " ")
                )
            )
    if kpi.deliveries_on_time > kpi.deliveries_total:
        raise ValidationError(
            translate("suppliers", "{period}: more on-time deliveries than deliveries").format(
                period=kpi.period
            )
        )
    if kpi.quantity_rejected > kpi.quantity_received:
        raise ValidationError(
            translate("suppliers", "{period}: more parts rejected than received").format(
                period=kpi.period
            )
        )
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
