"""The supplier master's services: who may change it, what each field accepts, status changes
with their reasons, and certificates with their scans."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.queries.supplier_history import status_history
from sqms_desktop.services import supplier_parts, suppliers, users
from sqms_desktop.services.certificate_scans import CertificateScan, read_scan
from sqms_desktop.services.identity import PermissionDenied
from sqms_desktop.store.attachments import AttachmentFolder
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Attachment, Certificate, Contact, Site, Supplier
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.store import acting
from tests.support.supplier_files import jpeg_scan, pdf_scan, png_scan

D = dt.date(2026, 3, 2)


@pytest.fixture
def acme(uow: Callable[[], UnitOfWork]) -> str:
    """Anna (admin) makes the people; Quinn, a quality engineer, adds ACME."""
    with uow() as u:
        users.create_user(u, "omar", "Omar Şen", "auditor")
        users.create_user(u, "quinn", "Quinn Quality", "quality_engineer")
        users.create_user(u, "lena", "Lena Lead", "lead_auditor")
        supplier = suppliers.create_supplier(
            u,
            suppliers.SupplierInput(
                code="ACME",
                name="Acme Gießerei GmbH",
                country="de",
                risk_class="High",
                risk_reason="Safety parts",
                street="Hafenstraße 3",
                postal_code="70173",
                city="Stuttgart",
                duns="15-048-3782",
                vat_id="de 123.456.789",
                commodities=["castings", " castings ", "", "machining"],
            ),
        )
        u.commit()
        return supplier.id


def _as(store: Store, context: WriteContext, user: str) -> UnitOfWork:
    return acting(store, user, context)


def test_a_new_supplier_is_stored_cleaned(store: Store, acme: str) -> None:
    with store.session() as session:
        s = session.get_one(Supplier, acme)
    assert (s.country, s.risk_class, s.duns, s.vat_id) == ("DE", "high", "150483782", "DE123456789")
    assert s.commodities == ["castings", "machining"]
    assert (s.street, s.postal_code, s.city, s.risk_reason) == (
        "Hafenstraße 3",
        "70173",
        "Stuttgart",
        "Safety parts",
    )


@pytest.mark.parametrize(
    ("action", "call"),
    [
        ("creating a supplier", lambda u, s: suppliers.create_supplier(
            u, suppliers.SupplierInput(code="NEW", name="New"))),
        ("editing a supplier", lambda u, s: suppliers.edit_supplier(
            u, s, suppliers.SupplierChanges(name="Other"))),
        ("changing a supplier's status", lambda u, s: suppliers.set_supplier_status(
            u, s, "approved", reason="audit passed")),
        ("adding a site", lambda u, s: suppliers.add_site(u, s, "Plant 2")),
        ("adding a contact", lambda u, s: suppliers.add_contact(u, s, "Jana")),
        ("adding a certificate", lambda u, s: suppliers.add_certificate(
            u, s, "ISO 9001", "C-9", valid_from=D, valid_until=D + dt.timedelta(days=9))),
        ("recording KPI figures", lambda u, s: suppliers.record_kpi(
            u, s, suppliers.KpiInput("2026-02", 1, 1, 10, 0))),
    ],
)  # fmt: skip
def test_an_auditor_is_refused_with_the_role_it_needs(
    store: Store,
    context: WriteContext,
    acme: str,
    action: str,
    call: Callable[[UnitOfWork, str], object],
) -> None:
    with _as(store, context, "omar") as u, pytest.raises(PermissionDenied) as refused:
        call(u, acme)
    assert str(refused.value) == (
        f"Omar Şen is an auditor; {action} needs the quality engineer or lead auditor or "
        "administrator role"
    )


@pytest.mark.parametrize("user", ["quinn", "lena", "anna"])
def test_quality_engineers_lead_auditors_and_admins_keep_the_master(
    store: Store, context: WriteContext, acme: str, user: str
) -> None:
    with _as(store, context, user) as u:
        suppliers.edit_supplier(u, acme, suppliers.SupplierChanges(city="Ulm"))
        suppliers.add_site(u, acme, f"Plant of {user}", processes=["casting"])
        u.commit()
    with store.session() as session:
        assert session.get_one(Supplier, acme).city == "Ulm"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("code", "acme 2", "supplier code 'acme 2' must be 2 to 32 capital letters"),
        ("name", "  ", "supplier name must not be empty"),
        ("country", "Germany", "country 'Germany' must be an ISO 3166 two-letter code"),
        ("risk_class", "extreme", "risk class must be one of high, medium, low; got 'extreme'"),
        ("status", "blocked", "status must be one of prospect, approved"),
        ("duns", "12345", "DUNS number '12345' must be 9 digits (e.g. 150483782); it has 5"),
        ("duns", "12345678X", "DUNS number '12345678X' must be 9 digits"),
        ("vat_id", "DE12345", "VAT id 'DE12345' does not have the form of a DE VAT id: DE "
         "followed by 9 digits"),
        ("vat_id", "NL123456789", "the form of a NL VAT id: NL followed by 9 digits, B and 2"),
        ("vat_id", "123456789", "VAT id '123456789' must start with the two-letter country "
         "prefix"),
        ("postal_code", "1" * 21, "postal code is longer than 20 characters"),
    ],
)  # fmt: skip
def test_a_bad_field_is_refused_with_a_clear_message(
    store: Store, uow: Callable[[], UnitOfWork], field: str, value: str, message: str
) -> None:
    data = suppliers.SupplierInput(code="NEW-1", name="New Supplier")
    setattr(data, field, value)
    with uow() as u, pytest.raises(ValidationError, match=re.escape(message)):
        suppliers.create_supplier(u, data)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Supplier)) == 0


@pytest.mark.parametrize(
    "vat", ["ATU12345678", "FR12345678901", "NL123456789B01", "PL1234567890", "CHE-123.456.789",
            "TR1234567890", "GB123456789", "SE123456789001"],
)  # fmt: skip
def test_vat_ids_of_several_countries_are_accepted(uow: Callable[[], UnitOfWork], vat: str) -> None:
    with uow() as u:
        made = suppliers.create_supplier(u, suppliers.SupplierInput("V1", "V", vat_id=vat))
    assert made.vat_id == vat.replace("-", "").replace(".", "")


def test_edit_changes_only_what_is_given_and_the_code_never(
    store: Store, uow: Callable[[], UnitOfWork], acme: str
) -> None:
    with uow() as u:
        changed = suppliers.edit_supplier(
            u,
            acme,
            suppliers.SupplierChanges(name="Acme Gießerei GmbH", city="Ulm", duns="150483782"),
            reason="moved",
        )
        u.commit()
    assert changed == ["city"]  # the same name and DUNS are no change
    assert "code" not in suppliers.SupplierChanges.__dataclass_fields__
    with uow() as u, pytest.raises(ValidationError, match=r"DUNS number '1' must be 9 digits"):
        suppliers.edit_supplier(u, acme, suppliers.SupplierChanges(duns="1"))
    with store.session() as session:
        assert (session.get_one(Supplier, acme).city, session.get_one(Supplier, acme).duns) == (
            "Ulm",
            "150483782",
        )


def test_status_changes_need_a_reason_refuse_a_no_op_and_make_the_history(
    store: Store, context: WriteContext, acme: str
) -> None:
    with _as(store, context, "quinn") as u:
        with pytest.raises(ValidationError, match="changing the status of ACME needs a reason"):
            suppliers.set_supplier_status(u, acme, "approved", reason=" ")
        with pytest.raises(StateError, match="ACME is already prospect; nothing would change"):
            suppliers.set_supplier_status(u, acme, "prospect", reason="again")
        suppliers.set_supplier_status(u, acme, "approved", reason="qualification audit passed")
        u.commit()
    with _as(store, context, "lena") as u:
        suppliers.set_supplier_status(
            u, acme, "probation", reason="three C periods", new_business_hold=True
        )
        u.commit()
    with store.session() as session:
        history = status_history(session, acme)
        hold = session.get_one(Supplier, acme).new_business_hold
    assert hold is True
    assert [(h.user_name, h.old_status, h.new_status, h.reason) for h in history] == [
        ("Anna Admin", None, "prospect", ""),
        ("Quinn Quality", "prospect", "approved", "qualification audit passed"),
        ("Lena Lead", "approved", "probation", "three C periods"),
    ]
    assert history[0].created
    assert history[1].local_time.endswith("+01:00")
    assert "prospect → approved: qualification audit passed" in history[1].describe()


def test_sites_carry_processes_and_a_unique_name(
    store: Store, uow: Callable[[], UnitOfWork], acme: str
) -> None:
    with uow() as u:
        site = suppliers.add_site(
            u, acme, "Werk Ulm", city="Ulm", country="de", processes=["die casting", "Die Casting"]
        )
        u.commit()
    with (
        uow() as u,
        pytest.raises(ValidationError, match="ACME already has a site called 'werk ulm'"),
    ):
        suppliers.add_site(u, acme, "werk ulm")
    with uow() as u:
        suppliers.add_site(u, acme, "Werk Süd")
        u.commit()
    with uow() as u, pytest.raises(ValidationError, match="already has a site called 'Werk Süd'"):
        supplier_parts.edit_site(u, site.id, supplier_parts.SiteChanges(name="Werk Süd"))
    with uow() as u:
        changed = supplier_parts.edit_site(
            u, site.id, supplier_parts.SiteChanges(processes=["machining"], street="Weg 1")
        )
        u.commit()
    assert changed == ["street", "processes"]
    with store.session() as session:
        stored = session.get_one(Site, site.id)
    assert (stored.country, stored.processes) == ("DE", ["machining"])


def test_contacts_have_a_role_and_a_checked_email_and_phone(
    store: Store, uow: Callable[[], UnitOfWork], acme: str
) -> None:
    with uow() as u:
        with pytest.raises(ValidationError, match=r"e-mail address 'jana\.example\.com' is not of"):
            suppliers.add_contact(u, acme, "Jana", email="jana.example.com")
        with pytest.raises(ValidationError, match="phone number 'call me' may hold digits"):
            suppliers.add_contact(u, acme, "Jana", phone="call me")
        contact = suppliers.add_contact(
            u, acme, "Jana Nováková", role="Quality manager", email="jana@acme.example",
            phone="+49 711 1234-56 ext. 7",
        )  # fmt: skip
        u.commit()
    with uow() as u:
        assert supplier_parts.edit_contact(
            u, contact.id, supplier_parts.ContactChanges(role="Plant manager")
        ) == ["function"]
        u.commit()
    with uow() as u:
        with pytest.raises(ValidationError, match="removing the contact Jana Nováková needs"):
            supplier_parts.remove_contact(u, contact.id, reason="")
        supplier_parts.remove_contact(u, contact.id, reason="left the company")
        u.commit()
    with store.session() as session:
        assert session.get(Contact, contact.id) is None


@pytest.mark.parametrize(
    ("name", "data", "media_type"),
    [("iso.pdf", pdf_scan(), "application/pdf"), ("iso.png", png_scan(), "image/png"),
     ("iso.jpg", jpeg_scan(), "image/jpeg")],
)  # fmt: skip
def test_a_certificates_scan_is_kept_as_an_attachment(
    store: Store,
    uow: Callable[[], UnitOfWork],
    acme: str,
    name: str,
    data: bytes,
    media_type: str,
) -> None:
    with uow() as u:
        certificate = suppliers.add_certificate(
            u,
            acme,
            "ISO 9001",
            "C-1",
            issuer="TÜV",
            scope="Castings",
            valid_from=D,
            valid_until=D + dt.timedelta(days=700),
            scan=CertificateScan(data, name),
        )
        u.commit()
    with store.session() as session:
        stored = session.get_one(Certificate, certificate.id)
        attachment = session.get_one(Attachment, stored.attachment_id)
    assert (stored.scope, attachment.media_type, attachment.original_name) == (
        "Castings",
        media_type,
        name,
    )
    assert attachment.sha256 == hashlib.sha256(data).hexdigest()
    assert attachment.audit_id is None
    assert store.attachments_dir is not None
    assert (
        AttachmentFolder(store.attachments_dir).read(
            attachment.sha256, Path(name).suffix.replace(".jpg", ".jpg")
        )
        == data
    )


def test_a_scan_that_is_not_a_pdf_png_or_jpeg_leaves_nothing(
    store: Store, uow: Callable[[], UnitOfWork], acme: str, tmp_path: Path
) -> None:
    fake = tmp_path / "scan.pdf"
    fake.write_bytes(b"just text")
    with uow() as u, pytest.raises(ValidationError, match=r"scan\.pdf is not a PDF"):
        suppliers.add_certificate(
            u, acme, "ISO 9001", "C-1", valid_from=D, valid_until=D + dt.timedelta(days=1),
            scan=read_scan(fake),
        )  # fmt: skip
    words = tmp_path / "scan.txt"
    words.write_text("certificate", encoding="utf-8")
    with uow() as u, pytest.raises(ValidationError, match="must be a PDF, PNG, JPEG file"):
        suppliers.add_certificate(
            u, acme, "ISO 9001", "C-1", valid_from=D, valid_until=D + dt.timedelta(days=1),
            scan=read_scan(words),
        )  # fmt: skip
    with pytest.raises(ValidationError, match=r"the scan .*missing\.pdf does not exist"):
        read_scan(tmp_path / "missing.pdf")
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Certificate)) == 0
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0


def test_certificate_dates_duplicates_edits_and_a_later_scan(
    store: Store, uow: Callable[[], UnitOfWork], acme: str
) -> None:
    with uow() as u:
        with pytest.raises(ValidationError, match=r"valid until \(2026-03-02\) must be after"):
            suppliers.add_certificate(u, acme, "ISO 9001", "C-1", valid_from=D, valid_until=D)
        made = suppliers.add_certificate(
            u, acme, "ISO 9001", "C-1", valid_from=D, valid_until=D + dt.timedelta(days=30)
        )
        u.commit()
    with uow() as u, pytest.raises(ValidationError, match="ACME already has the ISO 9001 certif"):
        suppliers.add_certificate(
            u, acme, "ISO 9001", "C-1", valid_from=D, valid_until=D + dt.timedelta(days=3)
        )
    with uow() as u:
        with pytest.raises(ValidationError, match="must be after"):
            supplier_parts.edit_certificate(
                u, made.id, supplier_parts.CertificateChanges(valid_until=D - dt.timedelta(1))
            )
        supplier_parts.edit_certificate(
            u, made.id, supplier_parts.CertificateChanges(valid_until=D + dt.timedelta(days=900))
        )
        supplier_parts.attach_certificate_scan(u, made.id, CertificateScan(pdf_scan(), "c.pdf"))
        u.commit()
    with store.session() as session:
        stored = session.get_one(Certificate, made.id)
        assert stored.valid_until == D + dt.timedelta(days=900)
        assert stored.attachment_id is not None
    with uow() as u:
        supplier_parts.remove_certificate(u, made.id, reason="entered for the wrong supplier")
        u.commit()
    with store.session() as session:
        assert session.get(Certificate, made.id) is None
