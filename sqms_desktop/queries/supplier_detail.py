"""One supplier whole, as the supplier view and `sqms supplier show` read it: its master data,
sites with their processes, contacts, certificates with how soon each runs out, its audits,
findings and CAPAs, and its status history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.capa.stages import DUE_FIELD_BY_STATE, OPEN_STATES, overdue_stage
from sqms_desktop.capa.views import CapaRow
from sqms_desktop.errors import NotFoundError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.audits import AuditRow, list_audits
from sqms_desktop.queries.capas import list_capas
from sqms_desktop.queries.common import stored_word
from sqms_desktop.queries.finding_register import FindingFilter, FindingRow, findings_register
from sqms_desktop.queries.supplier_history import StatusChange, status_history
from sqms_desktop.queries.suppliers import (
    CERTIFICATE_WARNING_DAYS,
    SupplierRow,
    latest_kpi_figures,
    list_suppliers,
)
from sqms_desktop.store.models import (
    Attachment,
    Capa,
    Certificate,
    Contact,
    Site,
    Supplier,
)
from sqms_desktop.vocab import CapaState, CertificateWarning

CERTIFICATE_URGENT_DAYS = 30


def certificate_warning(valid_until: dt.date, today: dt.date) -> CertificateWarning:
    """Expired (red), within 30 days, within 90 days (amber), or nothing to flag."""
    days = (valid_until - today).days
    if days < 0:
        return CertificateWarning.EXPIRED
    if days <= CERTIFICATE_URGENT_DAYS:
        return CertificateWarning.WITHIN_30_DAYS
    if days <= CERTIFICATE_WARNING_DAYS:
        return CertificateWarning.WITHIN_90_DAYS
    return CertificateWarning.NONE


@dataclass(frozen=True)
class CertificateRow:
    standard: str
    number: str
    issuer: str
    valid_from: dt.date
    valid_until: dt.date
    expiring: bool  # runs out within CERTIFICATE_WARNING_DAYS (not yet expired)
    expired: bool
    id: str
    scope: str
    warning: CertificateWarning
    attachment_id: str | None  # the scan, kept as evidence
    scan_name: str  # the scan's file name ("" without one)


@dataclass(frozen=True)
class SiteLine:
    id: str
    name: str
    street: str
    postal_code: str
    city: str
    country: str
    processes: list[str]

    def describe(self) -> str:
        place = " ".join(p for p in (self.postal_code, self.city) if p)
        line = ", ".join(p for p in (self.name, self.street, place, self.country) if p)
        return f"{line} ({', '.join(self.processes)})" if self.processes else line


@dataclass(frozen=True)
class ContactLine:
    id: str
    name: str
    role: str  # what the person does at the supplier (the contact's `function`)
    email: str
    phone: str

    def describe(self) -> str:
        return ", ".join(p for p in (self.name, self.role, self.email, self.phone) if p)


@dataclass(frozen=True)
class CapaLine:
    reference: str
    title: str
    state: str
    overdue_stage: str | None  # the missed deadline (`root_cause_due`…), None when on time
    next_due: dt.date | None

    @property
    def overdue(self) -> bool:
        return self.overdue_stage is not None

    def describe(self) -> str:
        late = translate("supplier_detail", ", overdue") if self.overdue else ""
        return f"{self.reference} {self.title} ({stored_word(self.state)}{late})"


@dataclass(frozen=True)
class SupplierDetail:
    supplier: SupplierRow
    approval_scope: str
    commodities: list[str]
    sites: list[SiteLine]
    contacts: list[ContactLine]
    certificates: list[CertificateRow]
    kpi_periods: int  # the months of the last 12 with deliveries
    ppm_last_12: float | None
    on_time_last_12: float | None
    open_capas: list[CapaLine]
    street: str
    postal_code: str
    city: str
    duns: str
    vat_id: str
    risk_reason: str
    audits: list[AuditRow]  # newest first
    findings: list[FindingRow]
    capas: list[CapaRow]  # every CAPA, open or not
    status_history: list[StatusChange]  # oldest first, from its creation

    @property
    def address(self) -> str:
        place = " ".join(p for p in (self.postal_code, self.city) if p)
        return ", ".join(p for p in (self.street, place, self.supplier.country) if p)


def supplier_detail(session: Session, supplier_id: str, today: dt.date) -> SupplierDetail:
    supplier = session.get(Supplier, supplier_id)
    if supplier is None:
        raise NotFoundError(
            translate("supplier_detail", "no supplier with id {supplier_id}").format(
                supplier_id=supplier_id
            )
        )
    (row,) = list_suppliers(session, today=today, supplier_id=supplier_id)
    last12 = latest_kpi_figures(session, supplier_id, 12, today).get(supplier_id)
    return SupplierDetail(
        supplier=row,
        approval_scope=supplier.approval_scope,
        commodities=list(supplier.commodities),
        sites=_sites(session, supplier_id),
        contacts=_contacts(session, supplier_id),
        certificates=_certificates(session, supplier_id, today),
        kpi_periods=last12.periods if last12 else 0,
        ppm_last_12=last12.ppm if last12 else None,
        on_time_last_12=last12.on_time_pct if last12 else None,
        open_capas=_open_capas(session, supplier_id, today),
        street=supplier.street or "",
        postal_code=supplier.postal_code or "",
        city=supplier.city or "",
        duns=supplier.duns or "",
        vat_id=supplier.vat_id or "",
        risk_reason=supplier.risk_reason or "",
        audits=list_audits(session, supplier_code=supplier.code),
        findings=findings_register(session, FindingFilter(supplier_code=supplier.code), today),
        capas=list_capas(session, today, supplier_id=supplier_id),
        status_history=status_history(session, supplier_id),
    )


def _sites(session: Session, supplier_id: str) -> list[SiteLine]:
    sites = session.scalars(
        select(Site).where(Site.supplier_id == supplier_id).order_by(Site.name)
    ).all()
    return [
        SiteLine(s.id, s.name, s.street, s.postal_code, s.city, s.country, list(s.processes or []))
        for s in sites
    ]


def _contacts(session: Session, supplier_id: str) -> list[ContactLine]:
    contacts = session.scalars(
        select(Contact).where(Contact.supplier_id == supplier_id).order_by(Contact.name)
    ).all()
    return [ContactLine(c.id, c.name, c.function, c.email, c.phone) for c in contacts]


def _certificates(session: Session, supplier_id: str, today: dt.date) -> list[CertificateRow]:
    rows = session.execute(
        select(Certificate, Attachment.original_name)
        .outerjoin(Attachment, Attachment.id == Certificate.attachment_id)
        .where(Certificate.supplier_id == supplier_id)
        .order_by(Certificate.valid_until, Certificate.standard)
    ).all()
    certificates = []
    for c, scan_name in rows:
        warning = certificate_warning(c.valid_until, today)
        certificates.append(
            CertificateRow(
                c.standard,
                c.number,
                c.issuer,
                c.valid_from,
                c.valid_until,
                expiring=warning
                in (CertificateWarning.WITHIN_30_DAYS, CertificateWarning.WITHIN_90_DAYS),
                expired=warning == CertificateWarning.EXPIRED,
                id=c.id,
                scope=c.scope or "",
                warning=warning,
                attachment_id=c.attachment_id,
                scan_name=scan_name or "",
            )
        )
    return certificates


def _open_capas(session: Session, supplier_id: str, today: dt.date) -> list[CapaLine]:
    capas = session.scalars(
        select(Capa)
        .where(Capa.supplier_id == supplier_id, Capa.state.in_([s.value for s in OPEN_STATES]))
        .order_by(Capa.reference)
    ).all()
    return [
        CapaLine(
            c.reference,
            c.title,
            c.state,
            overdue_stage(c, today),
            getattr(c, DUE_FIELD_BY_STATE[CapaState(c.state)])
            if c.state in DUE_FIELD_BY_STATE
            else None,
        )
        for c in capas
    ]
