"""The printed audit report, read back as a person (and a PDF reader) would see it."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader
from sqlalchemy import select

from sqms_desktop.progress import Cancelled, Progress
from sqms_desktop.queries.audits import audit_detail
from sqms_desktop.reports import ReportSettings, audit_report_pdf, write_audit_report
from sqms_desktop.reports.photos import print_pixels
from sqms_desktop.reports.sections import SAMPLING_STATEMENT
from sqms_desktop.services.audits import (
    change_audit_status,
    complete_after_closing_meeting,
    record_answer,
    record_closing_meeting,
)
from sqms_desktop.services.evidence import attach_evidence, set_annotations
from sqms_desktop.store.attachments import AttachmentFolder
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.models import Audit, Capa, CapaFinding, Finding, Supplier, User
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import Scheme
from tests.support.checklist_audits import DAY, LEAD, build_scheme_audits
from tests.support.reports import COMPANY, SETTINGS, busiest_audit

pytestmark = pytest.mark.slow

TRICKY = 'R&D <ok> & "Größe" — 李娜 disagrees'
PHOTOS = 5


def _copy(source: Path, target: Path) -> Path:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()
    return target


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _photo(path: Path, number: int, size: tuple[int, int]) -> Path:
    image = Image.new("RGB", size, ("#8a9ba8", "#b08d57", "#6c8f6e")[number % 3])
    draw = ImageDraw.Draw(image)
    for x in range(0, size[0], 90):
        draw.line([(x, 0), (x + 300 + number * 7, size[1])], fill="#222222", width=9)
    image.save(path, "JPEG", quality=92)
    return path


@pytest.fixture(scope="module")
def evidence_store(
    demo_store_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, str]]:
    """A demo copy whose busiest completed audit has photos (one annotated), a closing meeting
    with diverging opinions and Unicode names."""
    folder = tmp_path_factory.mktemp("evidence")
    store = open_store(f"sqlite:///{_copy(demo_store_file, folder / 'store.sqlite')}")
    audit_id, _ = busiest_audit(store, Audit.status == "completed")
    with store.session() as s:
        audit = s.get_one(Audit, audit_id)
        lead = s.get_one(User, audit.lead_auditor_id).username
        finding_ids = list(
            s.scalars(select(Finding.id).where(Finding.audit_id == audit_id).order_by(Finding.id))
        )
    with UnitOfWork(store, WriteContext(user=lead)) as u:
        for number in range(PHOTOS):
            size = (4000, 3000) if number % 2 == 0 else (3000, 4000)
            path = _photo(folder / f"IMG_{number:04d}.jpg", number, size)
            attachment = attach_evidence(
                u,
                audit_id,
                path,
                caption=f"Photo {number}: burr at R&D <bench>",
                finding_id=finding_ids[number % 2] if number < PHOTOS - 1 else None,
            )
            if number == 0:
                set_annotations(
                    u,
                    attachment.id,
                    [
                        {
                            "kind": "ellipse",
                            "colour": "#ff0000",
                            "width": 0.01,
                            "points": [[0.3, 0.3], [0.6, 0.6]],
                        }
                    ],
                )
        record_closing_meeting(
            u,
            audit_id,
            conclusions="Partly effective; agreed with Ayşe Yılmaz and 王伟.",
            closing_participants="Ayşe Yılmaz (QM), Paweł Łukasiewicz, 王伟",
            diverging_opinions=TRICKY,
        )
        u.commit()
    yield store, audit_id
    store.close()


def test_signed_report_prints_every_element_of_an_iso_19011_report(demo: Store) -> None:
    audit_id, reference = busiest_audit(demo, Audit.status == "report_issued")
    pdf = audit_report_pdf(demo, audit_id, SETTINGS)
    pages = _text(pdf)
    text = "\n".join(pages)
    with demo.session() as s:
        audit = s.get_one(Audit, audit_id)
        supplier = s.get_one(Supplier, audit.supplier_id)
        lead = s.get_one(User, audit.lead_auditor_id)
        team = s.scalars(select(User.full_name).where(User.id.in_(audit.team))).all()
        findings = s.scalars(select(Finding).where(Finding.audit_id == audit_id)).all()
        capas = s.scalars(
            select(Capa.reference)
            .join(CapaFinding, CapaFinding.capa_id == Capa.id)
            .join(Finding, Finding.id == CapaFinding.finding_id)
            .where(Finding.audit_id == audit_id)
        ).all()
        site = audit_detail(s, audit_id).site
    flat = " ".join(text.split())
    for expected in (
        reference,
        "Audit objectives",
        " ".join(audit.objectives.split()),
        " ".join(audit.scope.split()),
        f"Audit client {COMPANY}",
        f"{supplier.name} ({supplier.code})",
        site,
        " ".join(audit.criteria.split()),
        lead.full_name,
        *team,
        audit.auditee_participants,
        f"{audit.actual_start} to {audit.actual_end}",
        " ".join(audit.conclusions.split()),
        "Degree of fulfilment by element",
        "Downgrade reasons",
        f"{audit.score:.1f} %",
        "Unresolved diverging opinions",
        " ".join(SAMPLING_STATEMENT.split()),
        "Printed name",
        "approved",
        "valid",
        "Record version",
    ):
        assert expected in flat, expected
    joined = "".join(text.split())  # a long reference may wrap inside its table cell
    assert capas
    for capa in capas:
        assert capa in joined
    for finding in findings:
        assert finding.reference in joined
        assert " ".join(finding.statement.split()) in flat
    # The signature's time in the signer's zone, and the full content hash.
    assert "UTC+01:00" in flat or "UTC+00:00" in flat
    from sqms_desktop.queries.signatures import content_hash

    with demo.session() as s:
        assert content_hash(s, "audit", audit_id) in flat.replace(" ", "")
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in page
        assert COMPANY in page  # header on every page
        assert f"Audit report {reference}" in page


def test_each_major_finding_prints_its_capa_or_why_none_is_needed(demo: Store) -> None:
    """The demo signs some audits with a major finding excused by a reason: the report says
    "no CAPA: <reason>" under it, and its CAPA's reference under every other major."""
    with demo.session() as s:
        excused = s.scalars(
            select(Finding)
            .join(Audit, Audit.id == Finding.audit_id)
            .where(Finding.no_capa_reason.is_not(None), Audit.status != "completed")
            .order_by(Finding.reference)
        ).first()
        assert excused is not None
        majors = s.execute(
            select(Finding.reference, Capa.reference)
            .join(CapaFinding, CapaFinding.finding_id == Finding.id)
            .join(Capa, Capa.id == CapaFinding.capa_id)
            .where(Finding.audit_id == excused.audit_id, Finding.finding_class == "major_nc")
        ).all()
    flat = " ".join("\n".join(_text(audit_report_pdf(demo, excused.audit_id, SETTINGS))).split())
    reason = " ".join((excused.no_capa_reason or "").split())
    assert f"CAPA no CAPA: {reason}" in flat
    for finding, capa in majors:
        assert f"CAPA {capa}" in flat, (finding, capa)


def test_chapters_are_bookmarked_and_metadata_names_the_audit(demo: Store) -> None:
    audit_id, reference = busiest_audit(demo, Audit.status == "closed")
    reader = PdfReader(io.BytesIO(audit_report_pdf(demo, audit_id, SETTINGS, appendix=True)))
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top == [
        f"Cover: {reference}",
        "1 Executive summary",
        "2 Audit objectives, scope and team",
        "3 Findings",
        "4 CAPAs raised",
        "5 Closing meeting and conclusions",
        "6 Signatures and record",
        "Appendix A All answers",
    ]
    nested = [item for item in reader.outline if isinstance(item, list)]
    assert nested  # finding classes under Findings, checklist sections under the appendix
    meta = reader.metadata
    assert meta is not None
    assert reference in (meta.title or "")
    assert meta.author
    assert meta.subject
    assert f"of {len(reader.pages)}" in (reader.pages[-1].extract_text() or "")


def test_unicode_names_print_with_embedded_fonts(demo: Store) -> None:
    with demo.session() as s:
        chinese = s.scalar(select(Supplier.id).where(Supplier.name.like("苏州%")))
        li_na = s.scalar(select(User.id).where(User.username == "li.na"))
        with_li_na = [
            a.id
            for a in s.scalars(select(Audit).where(Audit.status != "planned"))
            if li_na in a.team
        ]
    audit_id, _ = busiest_audit(demo, Audit.supplier_id == chinese, Audit.status != "planned")
    pdf = audit_report_pdf(demo, audit_id, SETTINGS, appendix=True)
    assert "苏州精密机械有限公司" in "".join(_text(pdf))
    assert with_li_na
    text = "".join(_text(audit_report_pdf(demo, with_li_na[0], SETTINGS)))
    assert "李娜 (Li Na)" in text
    with demo.session() as s:
        audit = s.get_one(Audit, with_li_na[0])
        names = [
            s.get_one(User, audit.lead_auditor_id).full_name,
            s.get_one(Supplier, audit.supplier_id).name,
        ]
    for name in names:  # German, Polish, Turkish… whichever this audit has
        assert name in text
    fonts = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for reference in page["/Resources"]["/Font"].values():  # type: ignore[index]
            font = reference.get_object()
            if font.get("/Subtype") == "/Type0" or "+" in str(font.get("/BaseFont")):
                descriptor = font.get("/FontDescriptor")
                if descriptor is None:
                    descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor.get_object()
    assert any("DejaVuSans" in name for name in fonts)
    assert any("WenQuanYi" in name or "wqy" in name.lower() for name in fonts), fonts
    assert all(fonts.values()), fonts
    content = b"".join(page.get_contents().get_data() for page in PdfReader(io.BytesIO(pdf)).pages)  # type: ignore[union-attr]
    assert b"/F1 " not in content  # the unembedded Helvetica is never used


def test_photos_print_downscaled_with_caption_and_hash(
    evidence_store: tuple[Store, str],
) -> None:
    store, audit_id = evidence_store
    pdf = audit_report_pdf(store, audit_id, SETTINGS)
    reader = PdfReader(io.BytesIO(pdf))
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == PHOTOS
    limit = print_pixels(1000, 62 * 72 / 25.4)  # the widest a photo cell can be
    for image in images:
        assert max(image.image.size) <= limit
        assert max(image.image.size) >= 300  # still good enough to print
    text = " ".join(" ".join(_text(pdf)).split())
    folder = AttachmentFolder(store.attachments_dir)  # type: ignore[arg-type]
    originals = sum(p.stat().st_size for p in folder.root.rglob("*.jpg"))
    with store.session() as s:
        from sqms_desktop.store.models import Attachment

        for attachment in s.scalars(select(Attachment).where(Attachment.audit_id == audit_id)):
            assert f"{attachment.caption} · SHA-256 {attachment.sha256[:12]}…" in text
    assert "Further evidence" in text
    assert len(pdf) < originals / 3
    assert len(pdf) < 150_000 * PHOTOS


def test_user_text_prints_exactly_as_typed(evidence_store: tuple[Store, str]) -> None:
    store, audit_id = evidence_store
    text = " ".join(" ".join(_text(audit_report_pdf(store, audit_id, SETTINGS))).split())
    assert TRICKY in text
    assert "Ayşe Yılmaz (QM), Paweł Łukasiewicz, 王伟" in text
    assert "Photo 1: burr at R&D <bench>" in text


def test_a_reopened_audit_shows_its_signature_as_no_longer_valid(demo_copy: Path) -> None:
    store = open_store(f"sqlite:///{demo_copy}")
    try:
        audit_id, _ = busiest_audit(store, Audit.status == "signed")
        with store.session() as s:
            audit = s.get_one(Audit, audit_id)
            lead = s.get_one(User, audit.lead_auditor_id)
            lead_name, username = lead.full_name, lead.username
        with UnitOfWork(store, WriteContext(user=username)) as u:
            change_audit_status(u, audit_id, "in_progress", reason="a finding was misclassified")
            u.commit()
        text = " ".join(" ".join(_text(audit_report_pdf(store, audit_id, SETTINGS))).split())
    finally:
        store.close()
    assert lead_name in text
    assert "NOT VALID: the record was reopened after it was signed" in text


def test_planned_audit_prints_without_findings_or_signatures(demo: Store) -> None:
    audit_id, _ = busiest_audit(demo, Audit.status == "planned")
    text = " ".join(" ".join(_text(audit_report_pdf(demo, audit_id, SETTINGS))).split())
    assert "No findings were raised." in text
    assert "This audit has not been signed." in text
    assert "not rated" in text


def test_letter_paper_and_logo_from_settings(demo: Store, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (400, 120), "#1d4e89").save(logo)
    audit_id, _ = busiest_audit(demo, Audit.status == "closed")
    settings = ReportSettings(COMPANY, logo, "Letter")
    reader = PdfReader(io.BytesIO(audit_report_pdf(demo, audit_id, settings)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert len(reader.pages[0].images) == 1  # the logo on the cover


def test_cancel_leaves_no_file(evidence_store: tuple[Store, str], tmp_path: Path) -> None:
    store, audit_id = evidence_store
    progress = Progress()
    seen: list[str] = []

    def report(done: int, total: int, message: str) -> None:
        seen.append(message)
        if message.startswith("photo 2"):
            progress.cancel()

    progress = Progress(report)
    target = tmp_path / "out" / "report.pdf"
    with pytest.raises(Cancelled):
        write_audit_report(store, audit_id, target, SETTINGS, progress=progress)
    assert any(m.startswith("photo 1 of ") for m in seen)
    assert not target.exists()
    assert not any(target.parent.iterdir()) if target.parent.exists() else True


def test_a_reason_for_unanswered_questions_prints_with_the_closing_meeting(
    uow: Callable[[], UnitOfWork], store: Store
) -> None:
    built = build_scheme_audits(uow)
    audit_id = built.audit_ids[Scheme.YES_NO]
    with UnitOfWork(store, WriteContext(user=LEAD)) as u:
        record_answer(u, audit_id, built.questions[Scheme.YES_NO]["q1"], "yes")
        complete_after_closing_meeting(
            u,
            audit_id,
            DAY,
            conclusions="Scope documented.",
            incomplete_reason="Risk owner <QM> & deputy absent",
        )
        u.commit()
    text = " ".join(" ".join(_text(audit_report_pdf(store, audit_id, SETTINGS))).split())
    assert "Completed with questions unanswered 1 question: Risk owner <QM> & deputy absent" in text


def test_a_fully_answered_audit_prints_no_such_line(demo: Store) -> None:
    audit_id, _ = busiest_audit(demo, Audit.status == "completed")
    text = " ".join(_text(audit_report_pdf(demo, audit_id, SETTINGS)))
    assert "Completed with questions unanswered" not in text
