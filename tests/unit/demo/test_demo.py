"""The demo store: realistic, complete, deterministic, and all-or-nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sqms_desktop.demo import DemoOptions, create_demo_store
from sqms_desktop.performance.kpi import periods_ending
from sqms_desktop.progress import Cancelled, Progress
from sqms_desktop.queries.kpis import supplier_kpi_months
from sqms_desktop.services.capas import overdue_stage
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.ledger import TrailEntry
from sqms_desktop.store.models import Audit, Capa, Certificate, Delivery, Finding, Supplier
from sqms_desktop.store.trail import verify_chain
from sqms_desktop.vocab import AuditStatus, CapaState, FindingClass
from tests.support.demo import DEMO_TODAY


@pytest.mark.slow
def test_demo_covers_every_state_class_and_stage(demo_store_file: Path) -> None:
    store = open_store(f"sqlite:///{demo_store_file}")
    with store.session() as session:
        statuses = set(session.scalars(select(Audit.status)))
        classes = set(session.scalars(select(Finding.finding_class)))
        capas = session.scalars(select(Capa)).all()
        names = list(session.scalars(select(Supplier.name)))
        certificates = session.scalars(select(Certificate)).all()
        assert verify_chain(session).ok
    store.close()
    assert statuses == set(AuditStatus.values())
    assert classes == set(FindingClass.values())
    assert {c.state for c in capas} == set(CapaState.values())
    assert any(overdue_stage(c, DEMO_TODAY) for c in capas), "some CAPAs must be overdue"
    text = " ".join(names)
    for letter in ("ü", "ş", "ł", "精"):
        assert any(letter in n.lower() or letter in n for n in names), f"no name with {letter}"
    assert text
    warn = DEMO_TODAY + dt.timedelta(days=90)
    assert any(DEMO_TODAY <= c.valid_until <= warn for c in certificates)
    assert any(c.valid_until < DEMO_TODAY for c in certificates)


@pytest.mark.slow
def test_demo_deliveries_cover_a_year_with_each_kind_of_supplier(demo_store_file: Path) -> None:
    """A year of deliveries up to the reference day, imported by the quality engineer through
    the KPI import: a perfect supplier, one gone bad in its last months, prospects without
    deliveries, late deliveries, rejected lots, complaints and premium freight."""
    periods = periods_ending("2026-11", 12)
    store = open_store(f"sqlite:///{demo_store_file}")
    with store.session() as session:
        suppliers = session.scalars(select(Supplier).order_by(Supplier.code)).all()
        months = {s.code: supplier_kpi_months(session, s.id, periods) for s in suppliers}
        status = {s.code: s.status for s in suppliers}
        received = session.scalars(select(Delivery.received_date)).all()
        importers = set(
            session.execute(
                select(TrailEntry.user, TrailEntry.reason).where(
                    TrailEntry.entity == "delivery", TrailEntry.action == "create"
                )
            ).all()
        )
    store.close()
    assert min(received) >= dt.date(2025, 12, 1)
    assert max(received) < DEMO_TODAY
    delivering = {code for code, m in months.items() if status[code] != "prospect"}
    for code, by_month in months.items():
        full_months = list(by_month.values())[:-1]  # this month: deliveries up to yesterday
        if code in delivering:
            assert all(f is not None and 3 <= f.deliveries <= 5 for f in full_months), code
        else:
            assert set(by_month.values()) == {None}, f"the prospect {code} has deliveries"
    figures = [f for m in months.values() for f in m.values() if f is not None]
    perfect = [
        code
        for code, m in months.items()
        if code in delivering and all(f and f.on_time_pct == 100 and f.ppm == 0 for f in m.values())
    ]
    gone_bad = [
        code
        for code, m in months.items()
        if code in delivering
        and all(f and (f.on_time_pct or 0) <= 50 for f in list(m.values())[-4:-1])
    ]
    assert perfect
    assert gone_bad  # in each of the three months before this one
    assert any(f.on_time_pct is not None and f.on_time_pct < 100 for f in figures)
    assert any(f.rejected_qty for f in figures)
    assert sum(f.complaints for f in figures) > 0
    assert sum(f.premium_freight_cents for f in figures) > 0
    assert {user for user, _ in importers} == {"marta.zielinska"}
    assert all(r.startswith("imported from erp-deliveries.csv, row ") for _, r in importers)


def _dump(path: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    rows = []
    for table in ("supplier", "audit", "answer", "finding", "capa", "delivery", "attachment"):
        rows += [(table, *r) for r in connection.execute(f"SELECT * FROM {table} ORDER BY id")]
    rows += list(connection.execute("SELECT change_id, hlc, value FROM change ORDER BY seq"))
    rows += list(connection.execute("SELECT hash FROM trail_entry ORDER BY seq"))
    connection.close()
    return rows


def _files(folder: Path) -> dict[str, str]:
    return {
        str(f.relative_to(folder)): hashlib.sha256(f.read_bytes()).hexdigest()
        for f in folder.rglob("*")
        if f.is_file()
    }


@pytest.mark.slow
def test_same_seed_gives_the_same_store(tmp_path: Path) -> None:
    """Ids, trail, follow-ups and evidence bytes included; each store in its own folder, so
    the photos of one cannot stand in for the other's."""
    options = DemoOptions(suppliers=3, audits=12, seed=99, today=DEMO_TODAY)
    create_demo_store(tmp_path / "a" / "demo.sqlite", options)
    create_demo_store(tmp_path / "b" / "demo.sqlite", options)
    create_demo_store(
        tmp_path / "c" / "demo.sqlite", DemoOptions(3, 12, seed=100, today=DEMO_TODAY)
    )
    a, b, c = (_dump(tmp_path / name / "demo.sqlite") for name in "abc")
    assert a == b
    assert a != c
    photos = _files(tmp_path / "a" / "attachments")
    assert photos, "the demo attaches evidence"
    assert photos == _files(tmp_path / "b" / "attachments")
    assert photos != _files(tmp_path / "c" / "attachments")
    assert any(row[0] == "audit" and "follow_up" in row for row in a)


@pytest.mark.slow
def test_cancelled_demo_leaves_nothing_behind(tmp_path: Path) -> None:
    seen: list[int] = []
    progress = Progress()

    def report(done: int, total: int, message: str) -> None:
        seen.append(done)
        if done == 5:
            progress.cancel()

    progress._callback = report
    target = tmp_path / "demo.sqlite"
    with pytest.raises(Cancelled):
        create_demo_store(target, DemoOptions(suppliers=4, audits=20, today=DEMO_TODAY), progress)
    assert seen[-1] == 5
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_a_demo_cancelled_after_its_photos_leaves_only_what_was_there(tmp_path: Path) -> None:
    """Cancelled while audits (and their evidence) are being written: no store, no side
    folder, and the evidence of another store in the same folder is untouched."""
    theirs = tmp_path / "attachments" / "ab" / ("ab" + "0" * 62 + ".jpg")
    theirs.parent.mkdir(parents=True)
    theirs.write_bytes(b"another store's photo")
    side = tmp_path / ".demo.sqlite.partial-attachments"
    had_photos: list[bool] = []
    progress = Progress()

    def report(done: int, total: int, message: str) -> None:
        if done == 2 + 6:  # two suppliers, then six audits
            had_photos.append(any(p.is_file() for p in side.rglob("*")))
            progress.cancel()

    progress._callback = report
    with pytest.raises(Cancelled):
        create_demo_store(
            tmp_path / "demo.sqlite",
            DemoOptions(suppliers=2, audits=10, today=DEMO_TODAY),
            progress,
        )
    assert had_photos == [True]
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == [
        "attachments",
        "attachments/ab",
        f"attachments/ab/{theirs.name}",
    ]
    assert theirs.read_bytes() == b"another store's photo"


def test_demo_refuses_to_overwrite_a_file(tmp_path: Path) -> None:
    target = tmp_path / "mine.sqlite"
    target.write_bytes(b"precious")
    from sqms_desktop.errors import ValidationError

    with pytest.raises(ValidationError, match="already exists"):
        create_demo_store(target, DemoOptions(suppliers=1, audits=1))
    assert target.read_bytes() == b"precious"


@pytest.mark.slow
def test_demo_never_mixes_into_a_store_with_suppliers(demo_copy: Path) -> None:
    from sqms_desktop.demo import generate_demo
    from sqms_desktop.errors import ValidationError

    store = open_store(f"sqlite:///{demo_copy}")
    try:
        with pytest.raises(ValidationError, match="already holds suppliers"):
            generate_demo(store, DemoOptions(suppliers=1, audits=1))
        with store.session() as session:
            assert session.scalar(select(func.count()).select_from(Supplier)) == 8
    finally:
        store.close()


@pytest.mark.slow
def test_nothing_in_the_demo_trail_happens_after_its_reference_day(demo_store_file: Path) -> None:
    connection = sqlite3.connect(demo_store_file)
    latest = connection.execute("SELECT max(at_utc) FROM trail_entry").fetchone()[0]
    connection.close()
    assert latest < (DEMO_TODAY + dt.timedelta(days=1)).isoformat()


@pytest.mark.slow
def test_demo_audits_use_the_library_and_vda_audits_score_by_element(
    demo_store_file: Path,
) -> None:
    from sqms_desktop.queries.scores import score_audit
    from sqms_desktop.store.models import ChecklistTemplate

    store = open_store(f"sqlite:///{demo_store_file}")
    with store.session() as session:
        keys = set(session.scalars(select(ChecklistTemplate.key)))
        vda = session.scalars(
            select(Audit)
            .join(ChecklistTemplate, ChecklistTemplate.id == Audit.template_id)
            .where(ChecklistTemplate.scheme == "vda63", Audit.status == "closed")
        ).first()
        assert vda is not None
        result = score_audit(session, vda.id)
        stored = (vda.score, vda.grade, vda.rule_edition)
    store.close()
    assert keys == {"iso9001-supplier", "vda63-process", "gmp-api-supplier", "as9100-supplement"}
    assert stored == (result.total, result.grade, 2023)
    assert [f.code for f in result.elements] == ["P2", "P3", "P4", "P5", "P6", "P7"]
    assert [f.code for f in result.sub_elements] == ["U1", "U2", "U3", "U4", "U5", "U6"]


@pytest.mark.slow
def test_every_signed_demo_audit_carries_a_valid_signature(demo_store_file: Path) -> None:
    from sqms_desktop.demo.words import DEMO_PASSWORDS
    from sqms_desktop.queries.signatures import verify_signatures
    from sqms_desktop.services.identity import password_matches
    from sqms_desktop.store.ledger import Credential
    from sqms_desktop.store.models import User

    store = open_store(f"sqlite:///{demo_store_file}")
    with store.session() as session:
        signed = session.scalars(
            select(Audit).where(Audit.status.in_(["signed", "report_issued", "closed"]))
        ).all()
        assert signed
        for audit in signed:
            checks = verify_signatures(session, "audit", audit.id)
            assert [c.valid for c in checks] == [True], (audit.reference, checks)
        hashes = dict(
            session.execute(
                select(User.username, Credential.password_hash).join(
                    Credential, Credential.user_id == User.id
                )
            ).all()
        )
    store.close()
    assert password_matches(DEMO_PASSWORDS["admin"], hashes["admin"])


@pytest.mark.slow
def test_demo_capas_come_from_findings_and_signed_majors_have_a_capa_or_a_reason(
    demo_store_file: Path,
) -> None:
    """Every demo CAPA answers findings; no signed demo audit holds a major finding with
    neither a CAPA nor a reason; and some majors carry a reason instead of a CAPA."""
    from sqms_desktop.queries.capa_links import undecided_findings
    from sqms_desktop.store.models import CapaFinding

    store = open_store(f"sqlite:///{demo_store_file}")
    with store.session() as session:
        signed = session.scalars(
            select(Audit.id).where(Audit.status.in_(["signed", "report_issued", "closed"]))
        ).all()
        undecided = [f.reference for a in signed for f in undecided_findings(session, a)]
        linked = set(session.scalars(select(CapaFinding.capa_id)))
        capas = session.scalars(select(Capa)).all()
        reasons = session.scalars(
            select(Finding.no_capa_reason).where(Finding.no_capa_reason.is_not(None))
        ).all()
    store.close()
    assert undecided == []
    assert {c.id for c in capas} == linked
    assert {c.source for c in capas} == {"audit"}
    assert all(c.d2 and c.d2["what"] for c in capas)
    assert reasons


@pytest.mark.slow
def test_demo_evidence_is_real_photos_annotated_and_linked(demo_store_file: Path) -> None:
    """Photos a person can open: JPEGs kept under their SHA-256 beside the store, taken on the
    audit's first day, some stored sideways with an EXIF orientation, most annotated, many
    proving a finding of the same audit; plus one calibration certificate as a PDF."""
    from PIL import Image
    from pypdf import PdfReader

    from sqms_desktop.evidence import open_image, validate_annotations
    from sqms_desktop.services.evidence import evidence_bytes
    from sqms_desktop.store.attachments import AttachmentFolder
    from sqms_desktop.store.models import Attachment

    folder = AttachmentFolder(demo_store_file.parent / "attachments")
    store = open_store(f"sqlite:///{demo_store_file}")
    with store.session() as session:
        rows = session.execute(
            select(Attachment, Audit).join(Audit, Audit.id == Attachment.audit_id)
        ).all()
        finding_audit = dict(session.execute(select(Finding.id, Finding.audit_id)).all())
    store.close()
    photos = [(a, audit) for a, audit in rows if a.media_type == "image/jpeg"]
    documents = [a for a, _ in rows if a.media_type == "application/pdf"]
    assert len(photos) >= 8
    assert len(documents) == 1
    orientations = set()
    for attachment, audit in photos:
        data = evidence_bytes(folder, attachment)  # raises unless the bytes hash to their name
        assert hashlib.sha256(data).hexdigest() == attachment.sha256
        with Image.open(io.BytesIO(data)) as raw:
            orientations.add(raw.getexif().get(0x0112))
            assert raw.size == (1600, 1200)
        upright = open_image(data, max_px=1600)
        assert upright.size in ((1600, 1200), (1200, 1600))
        assert attachment.caption
        assert attachment.taken_at is not None
        assert attachment.taken_at.date() == audit.actual_start
        if attachment.finding_id is not None:
            assert finding_audit[attachment.finding_id] == audit.id
        if attachment.annotations:
            assert validate_annotations(attachment.annotations) == attachment.annotations
    assert {1, 6} <= orientations, "some photos are stored sideways, as phones write them"
    annotated = [a for a, _ in photos if a.annotations]
    assert len(annotated) >= len(photos) // 2
    assert {n["kind"] for a in annotated for n in a.annotations or []} >= {"arrow", "text"}
    assert sum(a.finding_id is not None for a, _ in photos) >= len(photos) // 2
    assert any(a.question_id is not None for a, _ in photos)
    pdf = PdfReader(io.BytesIO(evidence_bytes(folder, documents[0])))
    assert "Calibration certificate" in pdf.pages[0].extract_text()


@pytest.mark.slow
def test_demo_audits_that_took_place_record_their_closing_meeting(demo_store_file: Path) -> None:
    store = open_store(f"sqlite:///{demo_store_file}")
    with store.session() as session:
        held = session.scalars(
            select(Audit).where(
                Audit.status.in_(["completed", "signed", "report_issued", "closed"])
            )
        ).all()
        not_held = session.scalars(
            select(Audit).where(Audit.status.in_(["planned", "in_progress", "cancelled"]))
        ).all()
    store.close()
    assert held
    for audit in held:
        assert "closing meeting" in audit.conclusions, audit.reference
        participants = audit.closing_participants or ""
        assert "(lead auditor)" in participants, audit.reference
        assert "(quality manager)" in participants, audit.reference
    diverging = [a for a in held if a.diverging_opinions]
    assert diverging
    assert len(diverging) < len(held)
    assert all(f"{a.reference}-F" in (a.diverging_opinions or "") for a in diverging)
    assert all(not a.closing_participants for a in not_held)


@pytest.mark.slow
def test_demo_follow_ups_check_earlier_audits_with_major_findings(demo_store_file: Path) -> None:
    store = open_store(f"sqlite:///{demo_store_file}")
    with store.session() as session:
        follow_ups = session.scalars(select(Audit).where(Audit.type == "follow_up")).all()
        pairs = [(f, session.get_one(Audit, f.follow_up_of or "")) for f in follow_ups]
        classes = {
            audit.id: set(
                session.scalars(select(Finding.finding_class).where(Finding.audit_id == audit.id))
            )
            for _, audit in pairs
        }
    store.close()
    assert len(follow_ups) == 2  # 40 audits: 2 of them follow-ups
    assert len({f.supplier_id for f in follow_ups}) == 2
    for follow_up, earlier in pairs:
        assert follow_up.supplier_id == earlier.supplier_id
        assert earlier.actual_end is not None
        assert earlier.actual_end < follow_up.planned_start
        assert classes[earlier.id] & {"major_nc", "critical"}
        assert f"Follow-up of {earlier.reference}" in follow_up.objectives
        assert follow_up.reference.startswith(f"AUD-{follow_up.planned_start.year}-")


@pytest.mark.slow
def test_demo_answers_carry_notes_and_justified_not_applicable(demo_store_file: Path) -> None:
    connection = sqlite3.connect(demo_store_file)
    notes = connection.execute("SELECT count(*) FROM answer WHERE note != ''").fetchone()[0]
    na = connection.execute(
        "SELECT value, na_justification FROM answer WHERE not_applicable"
    ).fetchall()
    connection.close()
    assert notes >= 20
    assert na
    assert all(value is None and justification.strip() for value, justification in na)


@pytest.mark.slow
def test_demo_suppliers_are_complete_master_data(demo_store_file: Path) -> None:
    """Written through the supplier services: addresses, sites with processes, contacts with
    roles, certificates in every warning state with real scans, and status histories."""
    from sqms_desktop.queries.supplier_detail import supplier_detail
    from sqms_desktop.queries.suppliers import list_suppliers
    from sqms_desktop.store.attachments import AttachmentFolder
    from sqms_desktop.store.models import Attachment
    from sqms_desktop.vocab import CertificateWarning, SupplierStatus

    store = open_store(f"sqlite:///{demo_store_file}")
    with store.session() as session:
        details = [
            supplier_detail(session, row.id, DEMO_TODAY)
            for row in list_suppliers(session, today=DEMO_TODAY)
        ]
        scans = {a.id: a for a in session.scalars(select(Attachment))}
    store.close()
    for detail in details:
        assert detail.address, detail.supplier.code
        assert detail.duns, detail.supplier.code
        assert detail.risk_reason, detail.supplier.code
        assert detail.sites
        assert all(site.processes for site in detail.sites)
        assert len(detail.contacts) >= 2
        assert "Quality manager" in {c.role for c in detail.contacts}
        assert all(c.attachment_id for c in detail.certificates)
        history = detail.status_history
        assert history[0].created
        assert history[-1].new_status == detail.supplier.status
        assert all(step.reason for step in history[1:])
    warnings = {c.warning for d in details for c in d.certificates}
    assert {
        CertificateWarning.EXPIRED,
        CertificateWarning.WITHIN_30_DAYS,
        CertificateWarning.WITHIN_90_DAYS,
    } <= warnings
    assert any(len(d.status_history) == 3 for d in details), "a status changed after approval"
    assert {d.supplier.status for d in details} >= set(SupplierStatus.values())
    folder = AttachmentFolder(demo_store_file.parent / "attachments")
    scan = scans[details[0].certificates[0].attachment_id or ""]
    data = folder.read(scan.sha256, ".png")  # checks the bytes against their SHA-256
    assert data.startswith(b"\x89PNG")
    assert scan.media_type == "image/png"


@pytest.mark.slow
def test_a_demo_made_today_records_nothing_later_than_now(tmp_path: Path) -> None:
    """Its trail ran to 17:00 of the reference day: a demo made in the morning opened with
    "this computer's clock is eight hours behind the store"."""
    from sqms_desktop.store.clock import clock_warning, newest_entry_time

    target = tmp_path / "today.sqlite"
    create_demo_store(target, DemoOptions(suppliers=1, audits=2, seed=5))  # today by default
    store = open_store(f"sqlite:///{target}")
    try:
        with store.session() as session:
            newest = newest_entry_time(session)
    finally:
        store.close()
    now = dt.datetime.now(dt.UTC)
    assert newest is not None
    assert newest <= now
    assert clock_warning(newest, now) is None
