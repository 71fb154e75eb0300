"""Changing what belongs to a supplier after it was added: its sites, contacts and certificates.

The same roles and field rules as adding them (services/suppliers.py, supplier_rules.py). A
contact or a certificate entered by mistake can be removed, with a reason in the trail; a site
stays, since audits name it (a site no longer used is renamed or left alone).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.services import get
from sqms_desktop.services import supplier_rules as rules
from sqms_desktop.services.certificate_scans import CertificateScan, store_scan
from sqms_desktop.store.attachments import Attachments
from sqms_desktop.store.models import Certificate, Contact, Site, Supplier
from sqms_desktop.store.uow import UnitOfWork


def _given(changes: Any) -> dict[str, Any]:
    return {name: value for name, value in asdict(changes).items() if value is not None}


@dataclass(frozen=True)
class SiteChanges:
    """None leaves a field as it is."""

    name: str | None = None
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country: str | None = None
    processes: list[str] | None = None


def edit_site(uow: UnitOfWork, site_id: str, changes: SiteChanges) -> list[str]:
    """Change the fields given; returns those whose value really changed."""
    rules.require_master_data_role(uow, "editing a site")
    site = get(uow, Site, site_id, "site")
    values = rules.site_fields(_given(changes))
    if "name" in values:
        supplier = get(uow, Supplier, site.supplier_id, "supplier")
        rules.require_unique_site(uow, supplier, values["name"], site.id)
    return uow.update(site, values)


@dataclass(frozen=True)
class ContactChanges:
    """None leaves a field as it is; `role` is what the person does (stored as `function`)."""

    name: str | None = None
    role: str | None = None
    email: str | None = None
    phone: str | None = None


def edit_contact(uow: UnitOfWork, contact_id: str, changes: ContactChanges) -> list[str]:
    rules.require_master_data_role(uow, "editing a contact")
    contact = get(uow, Contact, contact_id, "contact")
    given = _given(changes)
    if "role" in given:
        given["function"] = given.pop("role")
    values = {name: rules.CONTACT_FIELD_RULES[name](value) for name, value in given.items()}
    return uow.update(contact, values)


def remove_contact(uow: UnitOfWork, contact_id: str, *, reason: str) -> None:
    """A person who left the supplier; the trail keeps who they were and why they went."""
    rules.require_master_data_role(uow, "removing a contact")
    contact = get(uow, Contact, contact_id, "contact")
    if not reason.strip():
        raise ValidationError(
            translate("supplier_parts", "removing the contact {name} needs a reason").format(
                name=contact.name
            )
        )
    uow.delete(contact, reason=reason.strip())


@dataclass(frozen=True)
class CertificateChanges:
    """None leaves a field as it is."""

    standard: str | None = None
    number: str | None = None
    issuer: str | None = None
    scope: str | None = None
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None


def edit_certificate(
    uow: UnitOfWork, certificate_id: str, changes: CertificateChanges
) -> list[str]:
    rules.require_master_data_role(uow, "editing a certificate")
    certificate = get(uow, Certificate, certificate_id, "certificate")
    values = rules.certificate_fields(_given(changes))
    rules.require_valid_period(
        values.get("number", certificate.number),
        values.get("valid_from", certificate.valid_from),
        values.get("valid_until", certificate.valid_until),
    )
    return uow.update(certificate, values)


def attach_certificate_scan(
    uow: UnitOfWork,
    certificate_id: str,
    scan: CertificateScan,
    *,
    attachments: Attachments | None = None,
) -> Certificate:
    """Keep a (new) scan of the certificate; a scan it had before stays in the trail and the
    store's attachments, only the certificate points at the new one."""
    rules.require_master_data_role(uow, "attaching a certificate scan")
    certificate = get(uow, Certificate, certificate_id, "certificate")
    supplier = get(uow, Supplier, certificate.supplier_id, "supplier")
    caption = f"Scan of {certificate.standard} certificate {certificate.number} of {supplier.code}"
    attachment = store_scan(uow, scan, attachments, caption)
    uow.update(certificate, {"attachment_id": attachment.id})
    return certificate


def remove_certificate(uow: UnitOfWork, certificate_id: str, *, reason: str) -> None:
    """A certificate entered by mistake; one that ran out stays, as the supplier's history."""
    rules.require_master_data_role(uow, "removing a certificate")
    certificate = get(uow, Certificate, certificate_id, "certificate")
    if not reason.strip():
        raise ValidationError(
            translate("supplier_parts", "removing certificate {number} needs a reason").format(
                number=certificate.number
            )
        )
    uow.delete(certificate, reason=reason.strip())
