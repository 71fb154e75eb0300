"""The closing meeting, completing and signing an audit through the dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from sqms_desktop.demo.words import DEMO_PASSWORDS
from sqms_desktop.gui.base.labels import score_text
from sqms_desktop.gui.dialogs.closing import ClosingMeetingDialog
from sqms_desktop.gui.dialogs.finding import FindingDialog
from sqms_desktop.gui.dialogs.no_capa import NoCapaDialog
from sqms_desktop.gui.dialogs.sign import SignDialog
from sqms_desktop.queries.scores import score_audit
from sqms_desktop.queries.signatures import verify_signatures
from sqms_desktop.queries.templates import template_id
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.audits import AuditPlan, plan_audit, record_answer, start_audit
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.models import Audit, Question, Supplier, User
from sqms_desktop.store.uow import UnitOfWork, WriteContext

pytestmark = [pytest.mark.gui, pytest.mark.slow]

LEAD = "anna.kowalczyk"
DAY = dt.date(2026, 12, 2)
PLANNED_PARTICIPANTS = "Jürgen Weiß (plant manager); Sabine Köhler (QM)"


@pytest.fixture
def demo(demo_copy: Path) -> Iterator[Store]:
    store = open_store(f"sqlite:///{demo_copy}")
    yield store
    store.close()


@pytest.fixture
def audit_id(demo: Store) -> str:
    """A running audit led by anna, its score questions answered (one of them weakly)."""
    with UnitOfWork(demo, WriteContext(user=LEAD)) as uow:
        session = uow.session
        lead = session.scalars(select(User.id).where(User.username == LEAD)).one()
        supplier = session.scalars(select(Supplier.id).order_by(Supplier.code)).first()
        assert supplier is not None
        template = template_id(session, "iso9001-supplier")
        audit = plan_audit(
            uow,
            AuditPlan(
                supplier,
                template,
                lead,
                planned_start=DAY,
                auditee_participants=PLANNED_PARTICIPANTS,
            ),
        )
        start_audit(uow, audit.id, DAY)
        questions = session.scalars(
            select(Question.id)
            .where(Question.template_id == template, Question.type == "score")
            .order_by(Question.position)
        ).all()
        for number, question_id in enumerate(questions):
            record_answer(uow, audit.id, question_id, "1" if number == 3 else "3")
        uow.commit()
        return audit.id


def _open(qtbot, store: Store, audit_id: str, user: str = LEAD) -> ClosingMeetingDialog:
    dialog = ClosingMeetingDialog(store, user, audit_id, today=lambda: DAY)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def _audit(store: Store, audit_id: str) -> Audit:
    with store.session() as session:
        return session.get_one(Audit, audit_id)


def _raise(qtbot, store: Store, audit_id: str, cls: str, statement: str) -> str:
    dialog = FindingDialog(store, LEAD, audit_id)
    qtbot.addWidget(dialog)
    dialog.set_finding_class(cls)
    dialog.statement_edit.setPlainText(statement)
    dialog.accept()
    assert dialog.finding_id is not None, dialog.error_label.text()
    return dialog.finding_id


def test_the_dialog_shows_the_score_grade_and_findings(qtbot, demo: Store, audit_id: str) -> None:
    _raise(qtbot, demo, audit_id, "major_nc", "Gauge G-114 out of calibration")
    _raise(qtbot, demo, audit_id, "minor_nc", "Work instruction without revision")
    _raise(qtbot, demo, audit_id, "minor_nc", "Training record unsigned")
    dialog = _open(qtbot, demo, audit_id)
    with demo.session() as session:
        result = score_audit(session, audit_id)
    assert result.total is not None
    assert dialog.score_value.text() == score_text(result.total)
    assert result.grade in dialog.grade_value.text()
    counts = dialog.findings_value.text()
    assert "Major NC: <b>1</b>" in counts
    assert "Minor NC: <b>2</b>" in counts
    assert "Observation: <b>0</b>" in counts
    assert "Critical" not in counts  # not a class of this checklist
    assert dialog.participants_edit.toPlainText() == PLANNED_PARTICIPANTS  # from the plan
    assert dialog.save_button.isEnabled()
    assert dialog.complete_button.isEnabled()
    assert not dialog.sign_button.isEnabled()


def test_the_closing_meeting_is_saved_with_enter(qtbot, demo: Store, audit_id: str) -> None:
    dialog = _open(qtbot, demo, audit_id)
    qtbot.keyClicks(dialog.conclusions_edit, "Largely effective; <two> gaps & one major NC.")
    dialog.participants_edit.setPlainText("Sabine Köhler (QM)")
    qtbot.keyClicks(dialog.opinions_edit, "The supplier disputes F01.")
    dialog.save_button.setFocus()
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    assert dialog.result() == ClosingMeetingDialog.DialogCode.Accepted
    audit = _audit(demo, audit_id)
    assert audit.conclusions == "Largely effective; <two> gaps & one major NC."
    assert audit.closing_participants == "Sabine Köhler (QM)"
    assert audit.diverging_opinions == "The supplier disputes F01."
    assert audit.status == "in_progress"

    again = _open(qtbot, demo, audit_id)  # what was saved comes back
    assert again.participants_edit.toPlainText() == "Sabine Köhler (QM)"
    assert again.opinions_edit.toPlainText() == "The supplier disputes F01."
    qtbot.keyClick(again.conclusions_edit, Qt.Key.Key_Escape)
    assert again.result() == ClosingMeetingDialog.DialogCode.Rejected


def test_completing_needs_conclusions(qtbot, demo: Store, audit_id: str) -> None:
    dialog = _open(qtbot, demo, audit_id)
    dialog.complete_button.click()
    assert "needs the conclusions of the closing meeting" in dialog.error_label.text()
    assert _audit(demo, audit_id).status == "in_progress"
    assert dialog.status() == "in_progress"


def test_complete_and_sign_lock_the_audit(
    qtbot, demo: Store, audit_id: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    major = _raise(qtbot, demo, audit_id, "major_nc", "Gauge G-114 out of calibration")
    _raise(qtbot, demo, audit_id, "minor_nc", "Work instruction without revision")
    _raise(qtbot, demo, audit_id, "observation", "Scrap bins not labelled")
    # The major NC is signed with the reason it needs no CAPA (the lead auditor's call).
    excuse = NoCapaDialog(Actor(demo, LEAD), [major])
    qtbot.addWidget(excuse)
    excuse.reason_edit.setPlainText("Gauge replaced and parts re-measured during the audit")
    excuse.accept()
    assert excuse.result() == NoCapaDialog.DialogCode.Accepted, excuse.error_label.text()
    dialog = _open(qtbot, demo, audit_id)
    qtbot.keyClicks(dialog.conclusions_edit, "Effective with actions on F01 and F02.")
    qtbot.keyClicks(dialog.opinions_edit, "None unresolved.")
    # Only the score questions are answered: the dialog lists the others and wants a reason.
    assert dialog.incomplete_edit.isVisible()
    listed = dialog.unanswered_value.text()
    assert "9 question(s) not answered; completing needs a reason:" in listed
    assert "<b>q0-staff</b>" in listed
    assert "… and 1 more" in listed
    dialog.complete_button.click()
    assert "has 9 unanswered questions (q0-staff, q0-cert," in dialog.error_label.text()
    assert _audit(demo, audit_id).status == "in_progress"
    qtbot.keyClicks(dialog.incomplete_edit, "Staff records were not available on the day")
    dialog.complete_button.click()

    assert dialog.error_label.text() == ""
    with demo.session() as session:
        expected = score_audit(session, audit_id)
    audit = _audit(demo, audit_id)
    assert audit.status == "completed"
    assert audit.actual_end == DAY
    assert (audit.score, audit.grade) == (expected.total, expected.grade)
    assert audit.conclusions == "Effective with actions on F01 and F02."
    assert audit.diverging_opinions == "None unresolved."
    assert audit.incomplete_reason == "Staff records were not available on the day"
    assert dialog.incomplete_edit.isReadOnly()
    assert not dialog.complete_button.isEnabled()
    assert dialog.sign_button.isEnabled()
    dialog.grab().save(str(tmp_path / "closing-completed.png"))

    shown: list[SignDialog] = []

    def sign(sign_dialog: SignDialog) -> int:  # what the lead auditor does in the dialog
        shown.append(sign_dialog)
        sign_dialog.set_meaning("approved")
        sign_dialog.password_edit.setText(DEMO_PASSWORDS[LEAD])
        sign_dialog.accept()
        return sign_dialog.result()

    monkeypatch.setattr(SignDialog, "exec", sign)
    dialog.sign_button.click()

    (sign_dialog,) = shown
    assert sign_dialog.meaning() == "approved"
    assert _audit(demo, audit_id).status == "signed"
    with demo.session() as session:
        (check,) = verify_signatures(session, "audit", audit_id)
    assert check.valid
    assert check.printed_name == "Anna Kowalczyk"
    assert dialog.status() == "signed"
    assert "locked" in dialog.state_label.text()
    assert "Anna Kowalczyk" in dialog.state_label.text()
    assert dialog.conclusions_edit.isReadOnly()
    assert not dialog.save_button.isEnabled()
    assert not dialog.sign_button.isEnabled()
    dialog.grab().save(str(tmp_path / "closing-signed.png"))
    dialog.accept()  # closing a locked audit's dialog writes nothing
    assert dialog.result() == ClosingMeetingDialog.DialogCode.Accepted


def test_a_wrong_password_leaves_the_audit_completed(
    qtbot, demo: Store, audit_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, demo, audit_id)
    qtbot.keyClicks(dialog.conclusions_edit, "Effective.")
    qtbot.keyClicks(dialog.incomplete_edit, "Score questions only")
    dialog.complete_button.click()

    def wrong(sign_dialog: SignDialog) -> int:
        sign_dialog.set_meaning("approved")
        sign_dialog.password_edit.setText("not-the-password")
        sign_dialog.accept()
        assert sign_dialog.error_label.text()
        sign_dialog.reject()
        return sign_dialog.result()

    monkeypatch.setattr(SignDialog, "exec", wrong)
    dialog.sign_button.click()
    assert _audit(demo, audit_id).status == "completed"
    assert dialog.sign_button.isEnabled()
