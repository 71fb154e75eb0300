"""The supplier list and one supplier's detail as the Suppliers page and `sqms supplier` read
them: next audit, open findings and CAPAs, certificate warnings and scans, status history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from sqms_desktop.demo.templates import ISO9001_EXTRACT
from sqms_desktop.queries.supplier_detail import certificate_warning, supplier_detail
from sqms_desktop.queries.suppliers import list_suppliers
from sqms_desktop.services import audits, capas, suppliers, templates, users
from sqms_desktop.services.certificate_scans import CertificateScan
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import CertificateWarning as W
from tests.support.store import acting
from tests.support.supplier_files import pdf_scan

TODAY = dt.date(2026, 3, 2)


@dataclass(frozen=True)
class Made:
    acme: str
    other: str
    scan_id: str


@pytest.fixture
def made(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> Made:
    """ACME: a site, two contacts, certificates in every warning state (one with its scan), a
    held audit with findings of several kinds and a CAPA, a cancelled audit with a finding, two
    planned audits and two status changes. OTHER: nothing but itself."""
    with uow() as u:
        lead = users.create_user(u, "lena", "Lena Lead", "lead_auditor")
        acme = suppliers.create_supplier(
            u,
            suppliers.SupplierInput(
                "ACME", "Acme GmbH", country="DE", street="Weg 1", postal_code="89073",
                city="Ulm", duns="150483782", vat_id="DE123456789", risk_reason="safety parts",
            ),
        )  # fmt: skip
        other = suppliers.create_supplier(u, suppliers.SupplierInput("OTHER", "Other Ltd"))
        suppliers.add_site(u, acme.id, "Werk Ulm", city="Ulm", processes=["die casting"])
        suppliers.add_contact(u, acme.id, "Jana", role="Quality manager", email="j@acme.example")
        suppliers.add_contact(u, acme.id, "Bert", role="Key account manager", phone="+49 1")
        certificates = {}
        for number, days in (("C-EXP", -1), ("C-30", 30), ("C-90", 31), ("C-91", 91)):
            certificates[number] = suppliers.add_certificate(
                u,
                acme.id,
                "ISO 9001",
                number,
                valid_from=TODAY - dt.timedelta(days=900),
                valid_until=TODAY + dt.timedelta(days=days),
                scope="Castings",
                scan=CertificateScan(pdf_scan(number), f"{number}.pdf")
                if number == "C-30"
                else None,
            )
        template = templates.create_template(u, ISO9001_EXTRACT)
        templates.release_template(u, template.id)
        u.commit()
    plan = audits.AuditPlan(acme.id, template.id, lead.id, TODAY - dt.timedelta(days=10))
    with uow() as u:
        held = audits.plan_audit(u, plan)
        audits.start_audit(u, held.id, plan.planned_start)
        minor = audits.raise_finding(u, held.id, "minor_nc", "Gauge overdue")
        audits.raise_finding(u, held.id, "observation", "Labels faded")
        audits.raise_finding(u, held.id, "good_practice", "Clean shop floor")
        dropped = audits.plan_audit(u, plan)
        audits.start_audit(u, dropped.id, plan.planned_start)
        audits.raise_finding(u, dropped.id, "major_nc", "Raised, then the audit was dropped")
        audits.change_audit_status(u, dropped.id, "cancelled", reason="wrong supplier")
        for days in (90, 30):
            audits.plan_audit(
                u,
                audits.AuditPlan(acme.id, template.id, lead.id, TODAY + dt.timedelta(days=days)),
            )
        suppliers.set_supplier_status(u, acme.id, "approved", reason="qualified")
        suppliers.set_supplier_status(u, acme.id, "conditional", reason="PPM too high")
        u.commit()
    with acting(store, "lena", context) as u:
        capas.raise_capa(
            u, capas.CapaInput(acme.id, "Gauge control", "Jana", finding_ids=[minor.id])
        )
        u.commit()
    scan = certificates["C-30"].attachment_id
    assert scan is not None
    return Made(acme.id, other.id, scan)


def test_the_list_row_counts_what_needs_attention(store: Store, made: Made) -> None:
    with store.session() as session:
        rows = {r.code: r for r in list_suppliers(session, today=TODAY)}
    acme, other = rows["ACME"], rows["OTHER"]
    assert acme.next_audit == TODAY + dt.timedelta(days=30)
    assert acme.open_findings == 2  # the minor NC (CAPA raised) and the observation
    assert acme.open_capas == 1
    assert (acme.certificates_expired, acme.certificates_expiring) == (1, 2)
    assert (acme.city, acme.status) == ("Ulm", "conditional")
    assert (other.next_audit, other.open_findings, other.open_capas) == (None, 0, 0)
    assert (other.certificates_expired, other.certificates_expiring, other.city) == (0, 0, "")


def test_certificate_warnings_at_30_and_90_days() -> None:
    assert certificate_warning(TODAY - dt.timedelta(days=1), TODAY) == W.EXPIRED
    assert certificate_warning(TODAY, TODAY) == W.WITHIN_30_DAYS
    assert certificate_warning(TODAY + dt.timedelta(days=30), TODAY) == W.WITHIN_30_DAYS
    assert certificate_warning(TODAY + dt.timedelta(days=31), TODAY) == W.WITHIN_90_DAYS
    assert certificate_warning(TODAY + dt.timedelta(days=90), TODAY) == W.WITHIN_90_DAYS
    assert certificate_warning(TODAY + dt.timedelta(days=91), TODAY) == W.NONE


def test_the_detail_holds_the_whole_supplier(store: Store, made: Made) -> None:
    with store.session() as session:
        detail = supplier_detail(session, made.acme, TODAY)
    assert (detail.duns, detail.vat_id, detail.risk_reason) == (
        "150483782",
        "DE123456789",
        "safety parts",
    )
    assert detail.address == "Weg 1, 89073 Ulm, DE"
    (site,) = detail.sites
    assert (site.name, site.processes, site.describe()) == (
        "Werk Ulm",
        ["die casting"],
        "Werk Ulm, Ulm (die casting)",
    )
    assert [(c.name, c.role, c.email, c.phone) for c in detail.contacts] == [
        ("Bert", "Key account manager", "", "+49 1"),
        ("Jana", "Quality manager", "j@acme.example", ""),
    ]
    certificates = [(c.number, c.warning, c.expired, c.expiring) for c in detail.certificates]
    assert certificates == [
        ("C-EXP", W.EXPIRED, True, False),
        ("C-30", W.WITHIN_30_DAYS, False, True),
        ("C-90", W.WITHIN_90_DAYS, False, True),
        ("C-91", W.NONE, False, False),
    ]
    with_scan = detail.certificates[1]
    assert (with_scan.attachment_id, with_scan.scan_name, with_scan.scope) == (
        made.scan_id,
        "C-30.pdf",
        "Castings",
    )
    assert detail.certificates[0].attachment_id is None
    assert [a.status for a in detail.audits] == ["planned", "planned", "cancelled", "in_progress"]
    assert sorted(f.finding_class for f in detail.findings) == [
        "good_practice",
        "major_nc",
        "minor_nc",
        "observation",
    ]
    assert [c.title for c in detail.capas] == ["Gauge control"]
    assert [(h.old_status, h.new_status, h.reason) for h in detail.status_history] == [
        (None, "prospect", ""),
        ("prospect", "approved", "qualified"),
        ("approved", "conditional", "PPM too high"),
    ]
    assert detail.status_history[1].user_name == "Anna Admin"
