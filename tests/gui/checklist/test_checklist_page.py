"""A whole audit through the real widgets: plan, answer every question of a built-in checklist by
keyboard, attach and annotate a photo, raise findings of three classes, undo and redo, a SCAR
from the major one, close, sign — then check what the store holds and the score."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QSettings, Qt
from sqlalchemy import select

from sqms_desktop.demo.words import DEMO_PASSWORDS
from sqms_desktop.gui.app.main_window import CHECKLIST, MainWindow
from sqms_desktop.gui.checklist.page import ChecklistPage
from sqms_desktop.gui.checklist.score_panel import percent_text
from sqms_desktop.gui.dialogs.audit_plan import AuditPlanDialog
from sqms_desktop.gui.dialogs.closing import ClosingMeetingDialog
from sqms_desktop.gui.dialogs.finding import FindingDialog
from sqms_desktop.gui.dialogs.raise_capa import RaiseCapaDialog
from sqms_desktop.gui.dialogs.sign import SignDialog
from sqms_desktop.queries.scores import score_audit
from sqms_desktop.queries.signatures import verify_signatures
from sqms_desktop.store.attachments import AttachmentFolder
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.models import (
    Answer,
    Attachment,
    Audit,
    ChecklistTemplate,
    Finding,
    Supplier,
)
from sqms_desktop.store.trail import verify_chain
from sqms_desktop.vocab import TemplateStatus
from tests.support.evidence_strip import import_and_wait
from tests.support.photos import jpeg

pytestmark = [pytest.mark.gui, pytest.mark.slow]

LEAD = "anna.kowalczyk"
DAY = dt.date(2026, 12, 7)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def demo(demo_copy: Path) -> Iterator[Store]:
    store = open_store(f"sqlite:///{demo_copy}")
    yield store
    store.close()


@pytest.fixture
def window(qtbot, demo: Store, settings: QSettings) -> MainWindow:
    main = MainWindow(demo, settings=settings, user=LEAD, today=lambda: DAY)
    qtbot.addWidget(main)
    main.resize(1400, 900)
    with qtbot.waitActive(main):  # shortcuts reach the active window only
        main.show()
    return main


def _iso_template(store: Store) -> str:
    with store.session() as session:
        return session.scalars(
            select(ChecklistTemplate.id).where(
                ChecklistTemplate.key == "iso9001-supplier",
                ChecklistTemplate.status == TemplateStatus.RELEASED.value,
            )
        ).one()


def _supplier(store: Store) -> str:
    with store.session() as session:
        return session.scalars(select(Supplier.id).order_by(Supplier.code)).first() or ""


def _plan(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> str:
    store = window.store
    template_id, supplier_id = _iso_template(store), _supplier(store)

    def plan(dialog: AuditPlanDialog) -> int:  # what the auditor fills in
        dialog.choose_supplier(supplier_id)
        dialog.choose(dialog.template_combo, template_id)
        dialog.start_edit.setDate(QDate(DAY.year, DAY.month, DAY.day))
        dialog.end_edit.setDate(QDate(DAY.year, DAY.month, DAY.day))
        dialog.objectives_edit.setPlainText("Qualify the new press line")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AuditPlanDialog, "exec", plan)
    window.show_page(1)
    window.audits_page.action_plan.trigger()
    audit_id = window.audits_page.selected_id()
    assert audit_id is not None
    return audit_id


def _key(qtbot, page: ChecklistPage, key: str | Qt.Key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(page.tree, key, modifier)


def _type_value(qtbot, page: ChecklistPage, text: str) -> None:
    edit = page.answer_panel.value_edit
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    page.tree.setFocus()


FREE_VALUES = {"number": "12", "date": "2027-06-30", "text": "Kept in the QMS"}


def _answer_everything(qtbot, page: ChecklistPage) -> dict[str, str]:
    """Every shown question answered from the keyboard; one N/A. Returns qid → what was given."""
    given: dict[str, str] = {}
    scores = iter(["3", "2", "0", "1"])
    for _ in range(300):
        _key(qtbot, page, Qt.Key.Key_U, CTRL)  # next unanswered
        question_id = page.current
        assert question_id is not None
        if page.session.is_answered(question_id):
            break
        item = page.session.item(question_id)
        if item.type == "score" and "na" not in given.values() and item.position > 20:
            _key(qtbot, page, "a")  # N/A asks for the justification
            assert page.answer_panel.na_edit.hasFocus()
            qtbot.keyClicks(page.answer_panel.na_edit, "No special processes at this site")
            qtbot.keyClick(page.answer_panel.na_edit, Qt.Key.Key_Return)
            page.tree.setFocus()
            given[item.qid] = "na"
        elif item.type == "score":
            value = next(scores, "3")
            _key(qtbot, page, value)
            given[item.qid] = value
        elif item.type == "yes_no":
            _key(qtbot, page, "y")
            given[item.qid] = "yes"
        elif item.type == "choice":
            _key(qtbot, page, "1")
            given[item.qid] = item.options[0]
        else:
            _type_value(qtbot, page, FREE_VALUES[item.type])
            given[item.qid] = FREE_VALUES[item.type]
        assert page.session.is_answered(question_id), page.error_label.text()
    assert page.session.next_unanswered(None) is None
    return given


def _raise(
    page: ChecklistPage, qtbot, monkeypatch, cls: str, statement: str, *, tied: bool = True
) -> None:
    def fill(dialog: FindingDialog) -> int:
        dialog.set_finding_class(cls)
        dialog.statement_edit.setPlainText(statement)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FindingDialog, "exec", fill)
    modifiers = CTRL | SHIFT if tied else CTRL | Qt.KeyboardModifier.AltModifier
    _key(qtbot, page, Qt.Key.Key_F, modifiers)


def _findings(store: Store, audit_id: str) -> list[tuple[str, str]]:
    return [(c, s) for c, s, _ in _finding_rows(store, audit_id)]


def _finding_rows(store: Store, audit_id: str) -> list[tuple[str, str, str | None]]:
    with store.session() as session:
        rows = session.execute(
            select(Finding.finding_class, Finding.statement, Finding.question_id)
            .where(Finding.audit_id == audit_id)
            .order_by(Finding.reference)
        ).all()
    return [(r.finding_class, r.statement, r.question_id) for r in rows]


# The section drop-down asks the offscreen platform for things it cannot do.
@pytest.mark.qt_log_ignore(
    r"^This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))$"
)
def test_a_whole_audit_through_the_checklist_page(
    qtbot, window: MainWindow, demo: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    audit_id = _plan(qtbot, window, monkeypatch)
    window.audits_page.table.setFocus()
    qtbot.keyClick(window.audits_page.table, Qt.Key.Key_Return)  # Enter opens the checklist
    page = window.checklist_page
    assert page is not None
    assert page.audit_id == audit_id
    assert window.stack.currentIndex() == CHECKLIST
    page.tree.setFocus()

    given = _answer_everything(qtbot, page)
    hidden = [q.qid for q in page.session.items if not page.session.visible(q.id)]
    assert len(given) + len(hidden) == len(page.session.items)
    with demo.session() as session:
        audit = session.get_one(Audit, audit_id)
        assert audit.status == "in_progress"  # the first answer started it
        stored = {
            a.question_id: a
            for a in session.scalars(select(Answer).where(Answer.audit_id == audit_id))
        }
        result = score_audit(session, audit_id)
    by_qid = {page.session.item(qid).qid: answer for qid, answer in stored.items()}
    for qid, value in given.items():
        answer = by_qid[qid]
        if value == "na":
            assert answer.not_applicable
            assert answer.na_justification == "No special processes at this site"
        else:
            assert answer.value == value
    assert page.score_panel.total_label.text() == percent_text(result.total)
    assert result.total is not None
    assert any(v == "0" for v in given.values())  # a zero score ...
    assert page.session.score().total == result.total

    # Ctrl+G jumps to a section.
    _key(qtbot, page, Qt.Key.Key_G, CTRL)
    assert page.section_combo.view().isVisible()  # the list of sections drops down
    page.section_combo.hidePopup()
    with qtbot.waitActive(window):  # the closed drop-down hands the window back
        window.activateWindow()
    page.section_combo.activated.emit(3)  # as choosing the fourth section does
    assert page.session.section_of(page.current).id == page.section_combo.itemData(3)
    qtbot.waitUntil(page.tree.hasFocus)

    # A note is saved when the auditor moves on; then undo and redo of an answer.
    first = page.session.items[1]
    page.go_to(first.id)
    page.answer_panel.note_edit.setFocus()
    page.answer_panel.note_edit.insertPlainText("Spoke with Ms Öztürk (QM)")  # keyClicks: ASCII
    _key(qtbot, page, Qt.Key.Key_PageDown)
    assert page.current != first.id
    with demo.session() as session:
        note = session.scalars(
            select(Answer.note).where(Answer.audit_id == audit_id, Answer.question_id == first.id)
        ).one()
    assert note == "Spoke with Ms Öztürk (QM)"
    page.go_to(first.id)
    before = page.session.answer(first.id)
    assert before is not None
    _key(qtbot, page, "2" if before.value != "2" else "1")
    changed = page.session.answer(first.id)
    assert changed is not None
    assert changed.value != before.value
    _key(qtbot, page, Qt.Key.Key_Z, CTRL)
    with demo.session() as session:
        again = session.scalars(
            select(Answer.value).where(Answer.audit_id == audit_id, Answer.question_id == first.id)
        ).one()
    assert again == before.value
    _key(qtbot, page, Qt.Key.Key_Y, CTRL)
    assert page.session.answer(first.id).value == changed.value  # type: ignore[union-attr]

    # A photo for the current question, annotated.
    original = jpeg((1200, 900), colour="#6a8caf")
    photo = tmp_path / "press line.jpg"
    photo.write_bytes(original)
    import_and_wait(qtbot, page.evidence, lambda: page.evidence.add_files([photo]))
    annotate = page.evidence.annotator_for(page.evidence.rows[0])
    assert annotate is not None
    qtbot.addWidget(annotate)
    annotate.resize(900, 700)
    annotate.show()
    qtbot.waitExposed(annotate)
    area = annotate.canvas.image_rect()

    def at(x: float, y: float) -> QPoint:
        return QPoint(round(area.left() + x * area.width()), round(area.top() + y * area.height()))

    annotate.set_tool("arrow")
    qtbot.mousePress(annotate.canvas, Qt.MouseButton.LeftButton, pos=at(0.8, 0.8))
    qtbot.mouseRelease(annotate.canvas, Qt.MouseButton.LeftButton, pos=at(0.5, 0.5))
    annotate.save()

    # Findings of three classes, then undo and redo of the last.
    _raise(page, qtbot, monkeypatch, "major_nc", "Press 4 runs without a light curtain check")
    _raise(page, qtbot, monkeypatch, "minor_nc", "Two work instructions at an old revision")
    _raise(page, qtbot, monkeypatch, "observation", "Scrap bins are not labelled", tied=False)
    rows = _finding_rows(demo, audit_id)
    assert [c for c, _, _ in rows] == ["major_nc", "minor_nc", "observation"]
    assert [q for _, _, q in rows] == [page.current, page.current, None]
    _key(qtbot, page, Qt.Key.Key_Z, CTRL)
    assert [c for c, _ in _findings(demo, audit_id)] == ["major_nc", "minor_nc"]
    _key(qtbot, page, Qt.Key.Key_Y, CTRL)
    assert [s for _, s in _findings(demo, audit_id)][-1] == "Scrap bins are not labelled"
    assert page.findings_panel.model.rowCount() == 3
    page.grab().save("/tmp/shots/checklist-flow.png")

    # The major NC needs a CAPA before signing: a SCAR raised from it in the findings panel
    # (the lead auditor raises it as a draft; a quality engineer issues it).
    panel = page.findings_panel
    major = next(r.id for r in panel.model.rows() if r.finding_class == "major_nc")
    panel.select_ids([major])

    def raise_scar(dialog: RaiseCapaDialog) -> int:
        assert dialog.ticked_ids() == [major]
        assert dialog.draft_check.isChecked()
        assert not dialog.draft_check.isEnabled()
        dialog.ok_button.click()
        assert dialog.error_label.text() == ""
        dialog.reject()  # Close: the SCAR is raised either way
        return dialog.result()

    monkeypatch.setattr(RaiseCapaDialog, "exec", raise_scar)
    panel.action_raise_scar.trigger()
    (raised,) = (r for r in panel.model.rows() if r.id == major)
    assert [link.is_scar for link in raised.capas] == [True]

    # Closing meeting, completion and the lead auditor's signature.
    def close_and_sign(dialog: ClosingMeetingDialog) -> int:
        dialog.conclusions_edit.setPlainText("System effective; press line needs action.")
        dialog.complete_button.click()
        assert dialog.error_label.text() == ""
        dialog.sign_button.click()
        return 0

    def sign(dialog: SignDialog) -> int:
        dialog.set_meaning("approved")
        dialog.password_edit.setText(DEMO_PASSWORDS[LEAD])
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ClosingMeetingDialog, "exec", close_and_sign)
    monkeypatch.setattr(SignDialog, "exec", sign)
    window.show_page(1)
    window.audits_page.select_id(audit_id)
    window.audits_page.action_closing.trigger()

    with demo.session() as session:
        audit = session.get_one(Audit, audit_id)
        result = score_audit(session, audit_id)
        (check,) = verify_signatures(session, "audit", audit_id)
        (attachment,) = session.scalars(
            select(Attachment).where(Attachment.audit_id == audit_id)
        ).all()
        assert verify_chain(session).ok
    assert audit.status == "signed"
    assert (audit.score, audit.grade) == (result.total, result.grade)
    assert check.valid
    assert attachment.sha256 == hashlib.sha256(original).hexdigest()
    assert attachment.annotations
    assert attachment.annotations[0]["kind"] == "arrow"
    folder = AttachmentFolder(demo.attachments_dir)  # type: ignore[arg-type]
    assert folder.read(attachment.sha256, ".jpg") == original

    # The signed audit is locked on the page too.
    page = window.open_checklist(audit_id)
    page.reload_status()
    assert "Locked" in page.lock_label.text()
    assert page.answer_panel.note_edit.isReadOnly()


def test_the_first_finding_starts_a_planned_audit(
    qtbot, window: MainWindow, demo: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    audit_id = _plan(qtbot, window, monkeypatch)
    page = window.open_checklist(audit_id)
    assert page.status == "planned"
    messages: list[str] = []
    page.message_posted.connect(messages.append)
    page.tree.setFocus()

    _raise(page, qtbot, monkeypatch, "observation", "Scrap bins are not labelled", tied=False)

    with demo.session() as session:
        audit = session.get_one(Audit, audit_id)
    assert (audit.status, audit.actual_start) == ("in_progress", DAY)  # the page's day
    assert _findings(demo, audit_id) == [("observation", "Scrap bins are not labelled")]
    assert page.status == "in_progress"
    assert page.title_label.text().endswith("in progress")
    assert messages[-1].endswith("raised; the audit started with it.")
    _key(qtbot, page, Qt.Key.Key_Z, CTRL)  # undoing the finding leaves the audit started
    assert _findings(demo, audit_id) == []
    with demo.session() as session:
        assert session.get_one(Audit, audit_id).status == "in_progress"
