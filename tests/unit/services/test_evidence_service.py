"""Evidence through the services: what is kept, what is refused (keeping nothing), and the lock."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sqms_desktop.checklists.spec import QuestionSpec, SectionSpec, TemplateSpec
from sqms_desktop.errors import NotFoundError, StateError, ValidationError
from sqms_desktop.evidence import render_annotated
from sqms_desktop.queries.evidence import evidence_of_audit
from sqms_desktop.services import audit_plan, audits, signatures, templates, users
from sqms_desktop.services.evidence import (
    attach_evidence,
    attach_evidence_bytes,
    evidence_bytes,
    link_to_finding,
    remove_evidence,
    set_annotations,
    set_caption,
)
from sqms_desktop.services.suppliers import SupplierInput, create_supplier
from sqms_desktop.store.attachments import AttachmentFolder, attachment_store
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import TrailEntry
from sqms_desktop.store.models import Attachment, Question
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.documents import pdf as document
from tests.support.photos import RED_BOX, jpeg

D = dt.date(2026, 3, 2)
LEAD_PW = "lena-password-1"
Uow = Callable[[], UnitOfWork]


@dataclass
class World:
    audit: str
    other_audit: str
    questions: dict[str, str]
    folder: AttachmentFolder


@pytest.fixture
def world(store: Store, uow: Uow) -> World:
    with uow() as u:
        lead = users.create_user(u, "lena", "Lena Größ", "lead_auditor", LEAD_PW)
        supplier = create_supplier(u, SupplierInput(code="S1", name="Acme"))
        spec = TemplateSpec(
            key="t1",
            title="Test checklist",
            scheme="yes_no",
            sections=[
                SectionSpec(
                    "A",
                    "Shop floor",
                    [
                        QuestionSpec("q1", "Are gauges calibrated?", type="yes_no"),
                        QuestionSpec("q2", "Is the area clean?", type="yes_no"),
                    ],
                )
            ],
        )
        template = templates.create_template(u, spec)
        templates.release_template(u, template.id)
        plan = audit_plan.AuditPlan(
            supplier_id=supplier.id,
            template_id=template.id,
            lead_auditor_id=lead.id,
            planned_start=D,
        )
        audit = audit_plan.plan_audit(u, plan)
        audits.start_audit(u, audit.id, D)
        other = audit_plan.plan_audit(u, plan)
        audits.start_audit(u, other.id, D)
        questions = {
            q.qid: q.id
            for q in u.session.scalars(select(Question).where(Question.template_id == template.id))
        }
        u.commit()
    assert store.attachments_dir is not None
    return World(audit.id, other.id, questions, AttachmentFolder(store.attachments_dir))


def stored_files(folder: AttachmentFolder) -> list[Path]:
    return sorted(p for p in folder.root.rglob("*") if p.is_file()) if folder.root.exists() else []


def count(uow: Uow) -> int:
    with uow() as u:
        return u.session.scalar(select(func.count()).select_from(Attachment)) or 0


def test_a_photo_is_kept_by_content_with_its_exif_time(
    uow: Uow, world: World, tmp_path: Path
) -> None:
    source = tmp_path / "Gauge 7.JPG"
    source.write_bytes(jpeg(taken="2026:03:02 10:15:00"))
    with uow() as u:
        photo = attach_evidence(
            u,
            world.audit,
            source,
            caption=" Gauge 7 ",
            question_id=world.questions["q1"],
        )
        u.commit()
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    assert (photo.sha256, photo.media_type, photo.original_name) == (
        sha,
        "image/jpeg",
        "Gauge 7.JPG",
    )
    assert (photo.caption, photo.size_bytes) == ("Gauge 7", source.stat().st_size)
    assert photo.taken_at == dt.datetime(2026, 3, 2, 10, 15)
    assert stored_files(world.folder) == [world.folder.root / sha[:2] / f"{sha}.jpg"]
    assert evidence_bytes(world.folder, photo) == source.read_bytes()
    with uow() as u:
        created = u.session.scalars(
            select(TrailEntry).where(
                TrailEntry.record_id == photo.id, TrailEntry.action == "create"
            )
        ).one()
        assert created.entity == "attachment"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("broken.jpg", b"\xff\xd8\xff\xe0" + bytes(500), "cannot read broken.jpg as an image"),
        ("cut.jpg", jpeg((300, 300))[:300], r"cannot read cut.jpg as an image: the file is cut"),
        ("IMG_0001.HEIC", b"\x00\x00\x00\x18ftypheic", "cannot read IMG_0001.HEIC as an image"),
        ("fake.pdf", b"GIF89a", "cannot read fake.pdf as an image"),
        ("setup.exe", b"MZ", r"setup.exe is a \.exe file"),
    ],
)
def test_a_refused_file_leaves_no_record_and_no_bytes(
    uow: Uow, world: World, tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    source = tmp_path / name
    source.write_bytes(data)
    with uow() as u, pytest.raises(ValidationError, match=message):
        attach_evidence(u, world.audit, source)
    assert count(uow) == 0
    assert stored_files(world.folder) == []


def test_missing_file_and_foreign_question_are_refused(
    uow: Uow, world: World, tmp_path: Path
) -> None:
    with uow() as u, pytest.raises(ValidationError, match="does not exist"):
        attach_evidence(u, world.audit, tmp_path / "gone.jpg")
    with uow() as u, pytest.raises(NotFoundError, match="no question"):
        attach_evidence_bytes(u, world.audit, jpeg(), "a.jpg", question_id="nope")
    assert stored_files(world.folder) == []


def test_annotating_keeps_the_original_bytes_and_hash(uow: Uow, world: World) -> None:
    data = jpeg((600, 400))
    with uow() as u:
        photo = attach_evidence_bytes(u, world.audit, data, "pasted.png")
        u.commit()
    with uow() as u:
        set_annotations(u, photo.id, [RED_BOX])
        u.commit()
    with uow() as u:
        again = u.session.get_one(Attachment, photo.id)
        assert again.annotations == [RED_BOX]
        assert again.sha256 == hashlib.sha256(data).hexdigest()
        stored = evidence_bytes(world.folder, again)
        drawn = render_annotated(stored, again.annotations, max_px=600)
    assert stored == data
    assert drawn.getpixel((120, 200)) == (255, 0, 0)
    with uow() as u, pytest.raises(ValidationError, match=r"annotation 1 \(rectangle\): colour"):
        set_annotations(u, photo.id, [{**RED_BOX, "colour": "red"}])


def test_documents_are_kept_but_not_annotated(uow: Uow, world: World) -> None:
    with uow() as u:
        pdf = attach_evidence_bytes(u, world.audit, document(), "cal.pdf")
        u.commit()
    assert pdf.media_type == "application/pdf"
    assert pdf.taken_at is None
    with uow() as u, pytest.raises(ValidationError, match=r"cal.pdf is a document; only photos"):
        set_annotations(u, pdf.id, [RED_BOX])


def test_the_same_photo_twice_for_one_question_is_refused(uow: Uow, world: World) -> None:
    data = jpeg()
    with uow() as u:
        attach_evidence_bytes(u, world.audit, data, "a.jpg")
        attach_evidence_bytes(u, world.audit, data, "a.jpg", question_id=world.questions["q1"])
        with pytest.raises(ValidationError, match=r"b.jpg is already attached here as a.jpg"):
            attach_evidence_bytes(u, world.audit, data, "b.jpg")
        u.commit()


def test_captions_findings_removal_and_order(uow: Uow, world: World) -> None:
    with uow() as u:
        first = attach_evidence_bytes(u, world.audit, jpeg(colour="#000000"), "1.jpg")
        u.commit()
    with uow() as u:
        second = attach_evidence_bytes(u, world.audit, jpeg(colour="#00ff00"), "2.jpg")
        third = attach_evidence_bytes(u, world.audit, document(2), "3.pdf")
        finding = audits.raise_finding(u, world.audit, "minor_nc", "Gauge overdue")
        foreign = audits.raise_finding(u, world.other_audit, "observation", "Elsewhere")
        u.commit()
    with uow() as u:
        set_caption(u, first.id, "Gauge 7, label missing")
        link_to_finding(u, second.id, finding.id)
        with pytest.raises(ValidationError, match="belongs to another audit"):
            link_to_finding(u, third.id, foreign.id)
        with pytest.raises(ValidationError, match="needs a reason"):
            remove_evidence(u, third.id, reason=" ")
        remove_evidence(u, third.id, reason="wrong supplier's certificate")
        u.commit()
    with uow() as u:
        kept = evidence_of_audit(u.session, world.audit)
        assert [a.original_name for a in kept] == ["1.jpg", "2.jpg"]
        assert kept[0].caption == "Gauge 7, label missing"
        assert kept[1].finding_id == finding.id
        reason = u.session.scalars(
            select(TrailEntry.reason).where(
                TrailEntry.record_id == third.id, TrailEntry.action == "delete"
            )
        ).one()
        assert reason == "wrong supplier's certificate"
        assert link_to_finding(u, second.id, None).finding_id is None
        assert evidence_of_audit(u.session, world.other_audit) == []
    assert len(stored_files(world.folder)) == 3  # removing a record keeps the bytes


def test_a_signed_audit_refuses_evidence_changes(store: Store, uow: Uow, world: World) -> None:
    with uow() as u:
        photo = attach_evidence_bytes(u, world.audit, jpeg(), "a.jpg")
        audits.complete_audit(
            u, world.audit, D, conclusions="Fine.", incomplete_reason="Evidence review only"
        )
        u.commit()
    with UnitOfWork(store, WriteContext(user="lena")) as u:
        signatures.sign_audit(u, world.audit, "lena", LEAD_PW)
        u.commit()
    locked = "signed and locked; reopen it with a reason"
    with uow() as u:
        with pytest.raises(StateError, match=locked):
            attach_evidence_bytes(u, world.audit, jpeg(colour="#ffffff"), "b.jpg")
        with pytest.raises(StateError, match=locked):
            set_caption(u, photo.id, "late")
        with pytest.raises(StateError, match=locked):
            set_annotations(u, photo.id, [RED_BOX])
        with pytest.raises(StateError, match=locked):
            remove_evidence(u, photo.id, reason="oops")
    assert count(uow) == 1
    assert len(stored_files(world.folder)) == 1


def test_a_refused_photo_keeps_none_of_the_photos_written_before_it(
    uow: Uow, world: World, tmp_path: Path
) -> None:
    kept = jpeg(colour="#102030")
    with uow() as u:
        attach_evidence_bytes(u, world.audit, kept, "kept.jpg")
        u.commit()
    before = stored_files(world.folder)
    files = []
    for name, data in (("one.jpg", jpeg(colour="#aa0000")), ("two.jpg", jpeg(colour="#00aa00"))):
        files.append(tmp_path / name)
        files[-1].write_bytes(data)
    (tmp_path / "three.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a photo")
    files.append(tmp_path / "three.jpg")
    with uow() as u:
        attach_evidence(u, world.audit, files[0])
        attach_evidence(u, world.audit, files[1])
        with pytest.raises(ValidationError, match=r"cannot read three\.jpg"):
            attach_evidence(u, world.audit, files[2])
    assert stored_files(world.folder) == before  # one.jpg and two.jpg are gone again
    assert count(uow) == 1


def test_a_rollback_keeps_bytes_that_a_committed_record_refers_to(
    store: Store, uow: Uow, world: World
) -> None:
    data = jpeg(colour="#405060")
    with uow() as first:
        attachment_store(first.session).put(data, ".jpg")  # as an action does before its row
        with uow() as second:
            attach_evidence_bytes(second, world.audit, data, "second.jpg")  # finds it there
            second.commit()
    # `first` rolled back; its file is the one `second`'s record names, so it stays.
    assert len(stored_files(world.folder)) == 1
    with uow() as u:
        (photo,) = u.session.scalars(select(Attachment)).all()
        assert evidence_bytes(world.folder, photo) == data
    with uow() as discarded:
        attach_evidence_bytes(discarded, world.audit, jpeg(colour="#708090"), "dry.jpg")
        discarded.discard()  # a dry run: its bytes go
    assert len(stored_files(world.folder)) == 1
