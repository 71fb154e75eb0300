"""The evidence strip, the photo viewer and the annotation editor, driven like a user would."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sqms_desktop.gui.checklist.evidence_strip import THUMB_PX, THUMBNAILS, EvidenceStrip
from sqms_desktop.services.audits import change_audit_status
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Attachment, Audit, Question
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.documents import pdf
from tests.support.evidence_strip import import_and_wait
from tests.support.people import People
from tests.support.photos import jpeg

SHOTS = Path("/tmp/sqms-evidence-shots")


def shot(widget: object, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


@pytest.fixture
def strip(qtbot: QtBot, people_store: Store, people: People) -> EvidenceStrip:
    widget = EvidenceStrip(people_store, people.planned_id, user="lena")
    qtbot.addWidget(widget)
    widget.resize(900, 260)
    widget.show()
    return widget


def first_question(store: Store, audit_id: str) -> str:
    with store.session() as session:
        audit = session.get_one(Audit, audit_id)
        return (
            session.scalars(
                select(Question.id)
                .where(Question.template_id == audit.template_id)
                .order_by(Question.position)
            ).first()
            or ""
        )


def stored(store: Store, audit_id: str) -> list[Attachment]:
    with store.session() as session:
        return list(session.scalars(select(Attachment).where(Attachment.audit_id == audit_id)))


def test_many_files_at_once_with_a_bad_one_refused(
    qtbot: QtBot, strip: EvidenceStrip, people_store: Store, people: People, tmp_path: Path
) -> None:
    question = first_question(people_store, people.planned_id)
    strip.set_question(question)
    upright = tmp_path / "gauge.jpg"
    upright.write_bytes(jpeg((400, 200), orientation=6, colour="#8a2be2"))
    wide = tmp_path / "line 3.jpg"
    wide.write_bytes(jpeg((640, 360), colour="#2e8b57"))
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not a photo")
    report = tmp_path / "calibration.pdf"
    report.write_bytes(pdf())
    # What the file dialog hands over.
    outcome = import_and_wait(
        qtbot, strip, lambda: strip.add_files([upright, wide, broken, report])
    )
    assert len(outcome.attached) == 3
    assert len(outcome.refused) == 1
    assert "cannot read broken.jpg as an image" in outcome.refused[0]
    assert "cannot read broken.jpg" in strip.problems.text()
    assert strip.problems.isVisible()
    kept = stored(people_store, people.planned_id)
    assert sorted(a.original_name for a in kept) == ["calibration.pdf", "gauge.jpg", "line 3.jpg"]
    assert {a.question_id for a in kept} == {question}
    assert [r.name for r in strip.rows] == ["gauge.jpg", "line 3.jpg", "calibration.pdf"]
    assert strip.list.count() == 3
    thumb = THUMBNAILS.get(strip.rows[0].thumb_key)
    assert thumb is not None
    assert (thumb.width(), thumb.height()) == (THUMB_PX // 2, THUMB_PX)  # EXIF 6: portrait
    shot(strip, "strip")
    strip.set_question(None)
    assert strip.list.count() == 3
    strip.set_question("another question")
    assert strip.list.count() == 0
    assert strip.status.text() == "No evidence yet"


def test_paste_a_picture_from_the_clipboard(
    qtbot: QtBot, strip: EvidenceStrip, people_store: Store, people: People
) -> None:
    picture = QImage(320, 200, QImage.Format.Format_RGB32)
    picture.fill(QColor("#ff8c00"))
    QGuiApplication.clipboard().setImage(picture)
    with qtbot.waitSignal(strip.changed, timeout=20000):
        outcome = import_and_wait(qtbot, strip, strip.paste)
    assert len(outcome.attached) == 1
    (pasted,) = stored(people_store, people.planned_id)
    assert pasted.original_name.startswith("pasted ")
    assert pasted.media_type == "image/png"


def test_drop_files_from_a_file_manager(
    qtbot: QtBot, strip: EvidenceStrip, people_store: Store, people: People, tmp_path: Path
) -> None:
    paths = []
    for number, colour in enumerate(("#111111", "#222222")):
        path = tmp_path / f"drop {number}.jpg"
        path.write_bytes(jpeg(colour=colour))
        paths.append(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(strip, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    outcome = import_and_wait(qtbot, strip, lambda: QApplication.sendEvent(strip, drop))
    assert len(outcome.attached) == 2
    assert sorted(a.original_name for a in stored(people_store, people.planned_id)) == [
        "drop 0.jpg",
        "drop 1.jpg",
    ]


def test_caption_annotate_with_the_mouse_undo_and_view(
    qtbot: QtBot, strip: EvidenceStrip, people_store: Store, people: People, tmp_path: Path
) -> None:
    original = jpeg((800, 600), colour="#4682b4")
    photo = tmp_path / "weld seam.jpg"
    photo.write_bytes(original)
    import_and_wait(qtbot, strip, lambda: strip.add_files([photo]))

    # Caption: edit the item's text in place.
    with qtbot.waitSignal(strip.changed):
        strip.list.item(0).setText("Weld seam, porosity at the root")
    (record,) = stored(people_store, people.planned_id)
    assert record.caption == "Weld seam, porosity at the root"
    assert strip.list.item(0).text() == "Weld seam, porosity at the root"

    dialog = strip.annotator_for(strip.rows[0])
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    canvas = dialog.canvas
    area = canvas.image_rect()

    def at(x: float, y: float) -> QPoint:
        return QPoint(round(area.left() + x * area.width()), round(area.top() + y * area.height()))

    left = Qt.MouseButton.LeftButton
    dialog.set_tool("rectangle")
    qtbot.mousePress(canvas, left, pos=at(0.1, 0.1))
    qtbot.mouseMove(canvas, at(0.3, 0.2))
    qtbot.mouseRelease(canvas, left, pos=at(0.4, 0.3))
    dialog.set_tool("freehand")
    dialog.set_colour("#43a047")
    qtbot.mousePress(canvas, left, pos=at(0.5, 0.5))
    for step in range(1, 6):
        qtbot.mouseMove(canvas, at(0.5 + step * 0.05, 0.5 + (step % 2) * 0.05))
    qtbot.mouseRelease(canvas, left, pos=at(0.8, 0.6))
    dialog.text_edit.setText("Porosity")
    dialog.set_tool("text")
    qtbot.mouseClick(canvas, left, pos=at(0.6, 0.1))
    kinds = [a["kind"] for a in dialog.annotations]
    assert kinds == ["rectangle", "freehand", "text"]
    rectangle = dialog.annotations[0]
    assert rectangle["colour"] == "#e53935"
    assert rectangle["points"][0] == pytest.approx([0.1, 0.1], abs=0.01)
    assert rectangle["points"][1] == pytest.approx([0.4, 0.3], abs=0.01)
    assert len(dialog.annotations[1]["points"]) >= 5
    assert dialog.annotations[1]["colour"] == "#43a047"

    dialog.undo_action.trigger()
    dialog.undo_action.trigger()
    assert [a["kind"] for a in dialog.annotations] == ["rectangle"]
    dialog.redo_action.trigger()
    assert [a["kind"] for a in dialog.annotations] == ["rectangle", "freehand"]
    dialog.set_tool("arrow")
    qtbot.mousePress(canvas, left, pos=at(0.9, 0.9))
    qtbot.mouseRelease(canvas, left, pos=at(0.55, 0.55))
    assert not dialog.redo_action.isEnabled()  # a new shape drops what was undone
    shot(dialog, "annotate")

    with qtbot.waitSignal(strip.changed):
        dialog.save()
    (record,) = stored(people_store, people.planned_id)
    assert [a["kind"] for a in record.annotations or []] == ["rectangle", "freehand", "arrow"]
    assert record.sha256 == hashlib.sha256(original).hexdigest()
    assert (
        people_store.attachments_dir / record.sha256[:2] / f"{record.sha256}.jpg"
    ).read_bytes() == (  # type: ignore[operator]
        original
    )

    viewer = strip.viewer_for(strip.rows[0])
    assert viewer is not None
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    assert viewer.hash_label.text() == f"SHA-256 {record.sha256[:12]}…"
    assert viewer.caption_label.text() == "Weld seam, porosity at the root"
    assert viewer.image_size == (800, 600)
    fitted = viewer.zoom
    viewer.zoom_in_action.trigger()
    assert viewer.zoom == pytest.approx(fitted * 1.25)
    viewer.actual_action.trigger()
    assert viewer.zoom == 1.0
    assert viewer.image_label.pixmap().width() == 800
    viewer.zoom_out_action.trigger()
    assert viewer.zoom == pytest.approx(0.8)
    viewer.fit_action.trigger()
    assert viewer.zoom == pytest.approx(fitted)
    # The viewer shows the annotated rendering: the rectangle's red edge is on the picture.
    image = viewer.image_label.pixmap().toImage()
    assert image.pixelColor(round(0.1 * image.width()), round(0.2 * image.height())).red() > 200
    shot(viewer, "viewer")


def test_a_cancelled_audit_takes_no_evidence(
    qtbot: QtBot, people_store: Store, people: People, tmp_path: Path
) -> None:
    with UnitOfWork(people_store, WriteContext(user="lena")) as uow:
        change_audit_status(uow, people.planned_id, "cancelled", reason="supplier closed")
        uow.commit()
    widget = EvidenceStrip(people_store, people.planned_id, user="lena")
    qtbot.addWidget(widget)
    photo = tmp_path / "late.jpg"
    photo.write_bytes(jpeg())
    assert widget.locked
    assert widget.add_files([photo]) is None
    assert not widget.add_button.isEnabled()
    assert not widget.acceptDrops()
    assert stored(people_store, people.planned_id) == []
