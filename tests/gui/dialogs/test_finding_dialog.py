"""Raising and correcting findings through the dialog, and the audit's findings panel."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from sqlalchemy import select

from sqms_desktop.gui.dialogs.finding import FindingDialog
from sqms_desktop.gui.widgets.findings_panel import FindingsPanel, FindingTableModel
from sqms_desktop.queries.templates import template_id
from sqms_desktop.services.audits import AuditPlan, plan_audit, start_audit
from sqms_desktop.services.evidence import attach_evidence_bytes
from sqms_desktop.services.findings import finding_proposal
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.models import Attachment, Audit, Finding, Question, Supplier, User
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.disk_full import disk_full

pytestmark = [pytest.mark.gui, pytest.mark.slow]

LEAD = "anna.kowalczyk"


@dataclass(frozen=True)
class Running:
    audit_id: str
    reference: str
    questions: dict[str, str]  # qid → id
    photos: list[str]  # attachment ids, in the order attached


def _jpeg(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, "JPEG")
    return out.getvalue()


def start_running_audit(store: Store, key: str, *, photos: int = 0) -> Running:
    """An audit of the demo's first supplier, led by anna and started, with photos attached."""
    with UnitOfWork(store, WriteContext(user=LEAD)) as uow:
        session = uow.session
        lead = session.scalars(select(User.id).where(User.username == LEAD)).one()
        supplier = session.scalars(select(Supplier.id).order_by(Supplier.code)).first()
        assert supplier is not None
        template = template_id(session, key)
        audit = plan_audit(
            uow, AuditPlan(supplier, template, lead, planned_start=dt.date(2026, 12, 1))
        )
        start_audit(uow, audit.id, dt.date(2026, 12, 1))
        attached = [
            attach_evidence_bytes(
                uow,
                audit.id,
                _jpeg(("red", "green", "blue")[n % 3]),
                f"IMG_{n:04d}.jpg",
                caption=f"Gauge rack <{n}> & labels",
            ).id
            for n in range(photos)
        ]
        query = select(Question.qid, Question.id).where(Question.template_id == template)
        questions = dict(session.execute(query).all())
        uow.commit()
        return Running(audit.id, audit.reference, questions, attached)


@pytest.fixture
def demo(demo_copy: Path) -> Iterator[Store]:
    store = open_store(f"sqlite:///{demo_copy}")
    yield store
    store.close()


@pytest.fixture
def running(demo: Store) -> Running:
    return start_running_audit(demo, "iso9001-supplier", photos=3)


def _open(qtbot, store: Store, audit: Running, **kwargs) -> FindingDialog:
    dialog = FindingDialog(store, LEAD, audit.audit_id, **kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def _finding(store: Store, finding_id: str | None) -> Finding:
    assert finding_id is not None
    with store.session() as session:
        return session.get_one(Finding, finding_id)


def _photos_of(store: Store, finding_id: str) -> set[str]:
    with store.session() as session:
        return set(
            session.scalars(select(Attachment.id).where(Attachment.finding_id == finding_id))
        )


def test_a_finding_raised_on_a_question_takes_its_clause_and_links_photos(
    qtbot, demo: Store, running: Running
) -> None:
    question_id = running.questions["q0-staff"]
    dialog = _open(qtbot, demo, running, question_id=question_id)
    context = dialog.findChild(type(dialog.error_label), "context_label")
    assert context is not None
    assert "q0-staff" in context.text()
    assert dialog.requirement_edit.text() == "4.3"
    assert dialog.finding_class() == "minor_nc"
    assert dialog.photos_list.count() == 3
    assert dialog.photos_list.item(0).text() == "Gauge rack <0> & labels — IMG_0000.jpg"
    qtbot.keyClicks(dialog.statement_edit, "Head count not recorded for the night shift")
    qtbot.keyClicks(dialog.evidence_edit, "Shift plan KW48 & attendance list")
    dialog.check_photo(running.photos[0])
    dialog.check_photo(running.photos[2])
    qtbot.keyClick(dialog.evidence_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dialog.result() == FindingDialog.DialogCode.Accepted
    finding = _finding(demo, dialog.finding_id)
    assert finding.reference == dialog.reference == f"{running.reference}-F01"
    assert finding.question_id == question_id
    assert finding.finding_class == "minor_nc"
    assert finding.statement == "Head count not recorded for the night shift"
    assert finding.requirement == "4.3"
    assert finding.objective_evidence == "Shift plan KW48 & attendance list"
    assert _photos_of(demo, finding.id) == {running.photos[0], running.photos[2]}
    assert dialog.after is not None
    assert dialog.before is None

    again = _open(qtbot, demo, running)
    item = again.photos_list.item(0)
    assert item.text().endswith(f"(with {finding.reference})")
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled  # one photo, one finding


def test_three_classes_raised_and_filtered_in_the_panel(
    qtbot, demo: Store, running: Running, tmp_path: Path
) -> None:
    panel = FindingsPanel(demo, running.audit_id)
    qtbot.addWidget(panel)
    assert panel.count_label.text() == "0 findings"
    raised = []
    for cls, statement in (
        ("major_nc", "Calibration of gauge G-114 expired"),
        ("minor_nc", "Two work instructions without revision"),
        ("observation", "Scrap bins not labelled"),
    ):
        dialog = _open(qtbot, demo, running)
        dialog.set_finding_class(cls)
        qtbot.keyClicks(dialog.statement_edit, statement)
        qtbot.keyClicks(dialog.requirement_edit, "7.1.5")
        qtbot.keyClick(dialog.requirement_edit, Qt.Key.Key_Return)  # Enter raises it
        assert dialog.result() == FindingDialog.DialogCode.Accepted
        raised.append(dialog.reference)
        panel.refresh()
    assert panel.count_label.text() == "3 findings"
    assert panel.visible_references() == raised

    panel.set_class_filter("minor_nc")
    assert panel.visible_references() == [raised[1]]
    assert panel.count_label.text() == "1 of 3 findings"
    panel.set_class_filter(None)
    qtbot.keyClicks(panel.filter_edit, "gauge")
    assert panel.visible_references() == [raised[0]]
    panel.filter_edit.clear()

    panel.table.sortByColumn(FindingTableModel.COL_CLASS, Qt.SortOrder.DescendingOrder)
    assert panel.visible_references() == [raised[2], raised[1], raised[0]]
    classes = [panel.proxy.index(n, FindingTableModel.COL_CLASS).data() for n in range(3)]
    assert classes == ["Observation", "Minor NC", "Major NC"]
    panel.resize(760, 240)
    panel.grab().save(str(tmp_path / "panel.png"))


def test_the_panel_counts_photos_and_reports_the_activated_finding(
    qtbot, demo: Store, running: Running
) -> None:
    dialog = _open(qtbot, demo, running, question_id=running.questions["q0-cert"])
    qtbot.keyClicks(dialog.statement_edit, "Certificate copy not available")
    dialog.check_photo(running.photos[1])
    dialog.accept()
    panel = FindingsPanel(demo, running.audit_id)
    qtbot.addWidget(panel)
    assert panel.proxy.index(0, FindingTableModel.COL_QUESTION).data() == "q0-cert"
    assert panel.proxy.index(0, FindingTableModel.COL_PHOTOS).data() == "1"
    assert panel.select_id(dialog.finding_id or "")
    with qtbot.waitSignal(panel.finding_activated) as activated:
        panel.table.setFocus()
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert activated.args == [dialog.finding_id]


def test_a_refused_finding_keeps_the_dialog_open_and_stores_nothing(
    qtbot, demo: Store, running: Running
) -> None:
    dialog = _open(qtbot, demo, running)
    qtbot.keyClicks(dialog.requirement_edit, "8.5.1")
    dialog.accept()  # no statement
    assert dialog.isVisible()
    assert "finding statement must not be empty" in dialog.error_label.text()
    with demo.session() as session:
        assert (
            session.scalars(select(Finding).where(Finding.audit_id == running.audit_id)).all() == []
        )
    qtbot.keyClick(dialog.requirement_edit, Qt.Key.Key_Escape)
    assert dialog.result() == FindingDialog.DialogCode.Rejected


def test_a_repeated_minor_on_one_requirement_proposes_a_major(
    qtbot, demo: Store, running: Running
) -> None:
    first = _open(qtbot, demo, running)
    qtbot.keyClicks(first.statement_edit, "Incoming inspection skipped for lot 4711")
    qtbot.keyClicks(first.requirement_edit, "8.6")
    assert first.escalation_label.isHidden()  # the first minor is just a minor
    first.accept()

    second = _open(qtbot, demo, running)
    qtbot.keyClicks(second.statement_edit, "Incoming inspection skipped for lot 4712")
    qtbot.keyClicks(second.requirement_edit, " 8.6")
    assert second.escalation_label.isVisible()
    assert first.reference in second.escalation_label.text()
    assert "escalated to a major NC" in second.escalation_label.text()
    second.set_finding_class("observation")
    assert second.escalation_label.isHidden()
    second.set_finding_class("minor_nc")
    second.escalate_button.click()
    assert second.finding_class() == "major_nc"
    assert second.escalation_label.isHidden()
    second.accept()
    assert _finding(demo, second.finding_id).finding_class == "major_nc"


def test_a_proposal_from_a_no_fills_the_dialog(qtbot, demo: Store, running: Running) -> None:
    with demo.session() as session:
        question = session.scalars(
            select(Question).where(
                Question.id.in_(running.questions.values()), Question.type == "yes_no"
            )
        ).first()
        assert question is not None
        proposal = finding_proposal(question, "no", "weighted")
    assert proposal is not None
    dialog = _open(qtbot, demo, running, question_id=question.id, proposal=proposal)
    assert dialog.proposal_label.isVisible()
    assert proposal.reason in dialog.proposal_label.text()
    assert dialog.finding_class() == proposal.finding_class
    assert dialog.statement_edit.toPlainText() == proposal.statement
    assert dialog.requirement_edit.text() == question.clause
    dialog.accept()
    assert _finding(demo, dialog.finding_id).question_id == question.id


def test_a_finding_is_corrected_and_its_photos_relinked(
    qtbot, demo: Store, running: Running
) -> None:
    dialog = _open(qtbot, demo, running)
    qtbot.keyClicks(dialog.statement_edit, "Gauge lacks a calibration lable")
    dialog.check_photo(running.photos[0])
    dialog.accept()
    finding_id = dialog.finding_id
    assert finding_id is not None

    edit = _open(qtbot, demo, running, finding_id=finding_id)
    assert edit.windowTitle() == f"Correct finding {dialog.reference}"
    assert edit.photo_ids() == [running.photos[0]]
    edit.statement_edit.setPlainText("Gauge lacks a calibration label")
    edit.set_finding_class("major_nc")
    edit.check_photo(running.photos[0], False)
    edit.check_photo(running.photos[1])
    edit.accept()
    assert edit.result() == FindingDialog.DialogCode.Accepted
    assert edit.before is not None
    assert edit.before.statement == "Gauge lacks a calibration lable"
    finding = _finding(demo, finding_id)
    assert (finding.statement, finding.finding_class) == (
        "Gauge lacks a calibration label",
        "major_nc",
    )
    assert _photos_of(demo, finding_id) == {running.photos[1]}


def test_a_finding_on_a_planned_audit_starts_it_and_a_refused_one_does_not(
    qtbot, demo: Store, running: Running
) -> None:
    with UnitOfWork(demo, WriteContext(user=LEAD)) as uow:
        audit = uow.session.get_one(Audit, running.audit_id)
        planned = plan_audit(
            uow,
            AuditPlan(
                audit.supplier_id,
                audit.template_id,
                audit.lead_auditor_id,
                planned_start=dt.date(2026, 12, 8),
            ),
        )
        uow.commit()
    on_plan = Running(planned.id, planned.reference, running.questions, [])
    day = dt.date(2026, 12, 9)

    refused = _open(qtbot, demo, on_plan, today=lambda: day)
    refused.accept()  # no statement: nothing is kept, the audit stays planned
    assert refused.isVisible()
    assert not refused.started
    with demo.session() as session:
        assert session.get_one(Audit, planned.id).status == "planned"

    dialog = _open(qtbot, demo, on_plan, today=lambda: day)
    qtbot.keyClicks(dialog.statement_edit, "Scrap bins not labelled")
    dialog.accept()
    assert dialog.result() == FindingDialog.DialogCode.Accepted
    assert dialog.started
    assert _finding(demo, dialog.finding_id).reference == f"{planned.reference}-F01"
    with demo.session() as session:
        started = session.get_one(Audit, planned.id)
        assert (started.status, started.actual_start) == ("in_progress", day)


def test_critical_is_a_class_of_gmp_checklists_only(qtbot, demo: Store, running: Running) -> None:
    def classes(dialog: FindingDialog) -> list[str]:
        combo = dialog.class_combo
        return [combo.itemData(n) for n in range(combo.count())]

    assert "critical" not in classes(_open(qtbot, demo, running))
    gmp = start_running_audit(demo, "gmp-api-supplier")
    assert classes(_open(qtbot, demo, gmp))[0] == "critical"


def test_the_dialog_looks_tidy(qtbot, demo: Store, running: Running, tmp_path: Path) -> None:
    dialog = _open(qtbot, demo, running, question_id=running.questions["q0-staff"])
    qtbot.keyClicks(dialog.statement_edit, "Head count not recorded for the night shift")
    assert dialog.statement_edit.hasFocus() or not dialog.isActiveWindow()
    dialog.grab().save(str(tmp_path / "finding.png"))


def test_a_finding_refused_by_a_full_disk_stays_in_the_dialog_to_save_later(
    qtbot, demo: Store, running: Running
) -> None:
    dialog = _open(qtbot, demo, running)
    statement = "Gauge G-114 used after its calibration expired. " * 30
    dialog.statement_edit.setPlainText(statement)
    dialog.evidence_edit.setPlainText("Calibration label 2025-11; " * 60)
    with disk_full(demo):
        qtbot.keyClick(dialog.evidence_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.isVisible()
        assert "is full" in dialog.error_label.text()
        assert "nothing was saved" in dialog.error_label.text()
        with demo.session() as session:
            assert (
                session.scalars(select(Finding).where(Finding.audit_id == running.audit_id)).all()
                == []
            )
    assert dialog.statement_edit.toPlainText() == statement  # the work is kept
    qtbot.keyClick(dialog.evidence_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == FindingDialog.DialogCode.Accepted
    assert _finding(demo, dialog.finding_id).statement == statement.strip()
