"""Planning an audit through the dialog, on a copy of the demo store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from sqms_desktop.gui.dialogs.audit_plan import AuditPlanDialog
from sqms_desktop.queries.audits import last_audit_of, open_findings
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.models import Answer, Audit, ChecklistTemplate, Site, Supplier, User
from sqms_desktop.vocab import TemplateStatus

pytestmark = [pytest.mark.gui, pytest.mark.slow]

LEAD = "anna.kowalczyk"
DAY = dt.date(2026, 12, 7)


@pytest.fixture
def demo(demo_copy: Path) -> Iterator[Store]:
    store = open_store(f"sqlite:///{demo_copy}")
    yield store
    store.close()


def _dialog(qtbot, store: Store, user: str = LEAD) -> AuditPlanDialog:
    dialog = AuditPlanDialog(store, user, today=lambda: DAY)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # shortcuts reach the active window only
        dialog.show()
    return dialog


def _audits(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Audit)) or 0


def _user_id(store: Store, username: str) -> str:
    with store.session() as session:
        return session.scalars(select(User.id).where(User.username == username)).one()


def test_the_dialog_offers_released_checklists_and_lead_auditors_only(qtbot, demo: Store) -> None:
    dialog = _dialog(qtbot, demo)
    with demo.session() as session:
        released = set(
            session.scalars(
                select(ChecklistTemplate.id).where(
                    ChecklistTemplate.status == TemplateStatus.RELEASED.value
                )
            )
        )
    offered = {dialog.template_combo.itemData(n) for n in range(dialog.template_combo.count())}
    assert offered == released
    leads = [dialog.lead_combo.itemText(n) for n in range(dialog.lead_combo.count())]
    assert leads[:2] == ["Anna Kowalczyk", "Jonas Weiß"]  # lead auditors before the admin
    assert all("Elif" not in name for name in leads)  # an auditor does not lead
    assert dialog.lead_combo.currentText() == "Anna Kowalczyk"  # the signed-in lead auditor
    assert dialog.follow_up_group.isHidden()


# The completer's popup asks the offscreen platform for things it cannot do.
@pytest.mark.qt_log_ignore(
    r"^This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))$"
)
def test_a_typed_part_of_a_name_finds_the_supplier_and_its_sites(qtbot, demo: Store) -> None:
    dialog = _dialog(qtbot, demo)
    edit = dialog.supplier_combo.lineEdit()
    assert edit is not None
    edit.clear()
    qtbot.keyClicks(edit, "bka skraw")  # the middle of the name, in lower case
    completer = dialog.supplier_combo.completer()
    assert completer is not None
    assert completer.currentCompletion() == "SUP-0003 · Łukasiewicz Obróbka Skrawaniem Sp. z o.o."
    edit.setText(completer.currentCompletion())  # as when the completion is taken
    with demo.session() as session:
        sites = set(
            session.scalars(
                select(Site.id)
                .join(Supplier, Supplier.id == Site.supplier_id)
                .where(Supplier.code == "SUP-0003")
            )
        )
    shown = {dialog.site_combo.itemData(n) for n in range(1, dialog.site_combo.count())}
    assert shown == sites
    assert dialog.site_combo.currentData() in sites  # the first site is proposed
    assert dialog.supplier_id() == dialog.supplier_combo.itemData(2)


def test_planning_stores_the_audit_with_a_provisional_reference(qtbot, demo: Store) -> None:
    dialog = _dialog(qtbot, demo)
    supplier_id = dialog.supplier_combo.itemData(4)
    dialog.choose_supplier(supplier_id)
    dialog.set_type("process")
    template_id = dialog.template_combo.itemData(1)
    dialog.choose(dialog.template_combo, template_id)
    dialog.start_edit.setDate(QDate(2027, 1, 11))
    dialog.end_edit.setDate(QDate(2027, 1, 12))
    elif_id = _user_id(demo, "elif.sahin")
    dialog.check_team_member(elif_id)
    qtbot.keyClicks(dialog.objectives_edit, "Confirm the <new> line & its controls")
    qtbot.keyClicks(dialog.scope_edit, "Line 4, deburring")
    qtbot.keyClicks(dialog.criteria_edit, "VDA 6.3:2023")
    dialog.participants_edit.insertPlainText("Hélène Lefèvre (QM)")  # keyClicks: ASCII only
    dialog.supplier_combo.setFocus()
    qtbot.keyClick(dialog.supplier_combo, Qt.Key.Key_Return)  # Enter plans the audit

    assert dialog.result() == AuditPlanDialog.DialogCode.Accepted
    with demo.session() as session:
        audit = session.get_one(Audit, dialog.audit_id)
        assert audit.reference == dialog.reference
        assert audit.reference.startswith("AUD-2027-")  # the demo store never syncs
        assert audit.supplier_id == supplier_id
        assert audit.site_id == dialog.site_combo.currentData()
        assert audit.template_id == template_id
        assert audit.type == "process"
        assert (audit.planned_start, audit.planned_end) == (
            dt.date(2027, 1, 11),
            dt.date(2027, 1, 12),
        )
        assert audit.lead_auditor_id == _user_id(demo, LEAD)
        assert audit.team == [elif_id]
        assert audit.objectives == "Confirm the <new> line & its controls"
        assert (audit.scope, audit.criteria) == ("Line 4, deburring", "VDA 6.3:2023")
        assert audit.auditee_participants == "Hélène Lefèvre (QM)"
        assert audit.status == "planned"
        assert audit.follow_up_of is None


def test_a_refusal_is_shown_in_the_dialog_and_nothing_is_stored(qtbot, demo: Store) -> None:
    before = _audits(demo)
    dialog = _dialog(qtbot, demo)
    dialog.start_edit.setDate(QDate(2027, 1, 11))
    dialog.end_edit.setDate(QDate(2027, 1, 8))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "planned end lies before the planned start" in dialog.error_label.text()
    assert _audits(demo) == before

    edit = dialog.supplier_combo.lineEdit()
    assert edit is not None
    edit.setText("no such supplier")
    dialog.end_edit.setDate(QDate(2027, 1, 12))
    dialog.accept()
    assert "choose a supplier from the list" in dialog.error_label.text()
    assert dialog.supplier_combo.hasFocus() or not dialog.isActiveWindow()
    assert _audits(demo) == before


def test_an_auditor_may_not_plan_and_is_told_so(qtbot, demo: Store) -> None:
    before = _audits(demo)
    dialog = _dialog(qtbot, demo, "elif.sahin")
    dialog.accept()
    assert dialog.isVisible()
    assert "planning an audit" in dialog.error_label.text()
    assert _audits(demo) == before


def test_escape_cancels_without_storing(qtbot, demo: Store) -> None:
    before = _audits(demo)
    dialog = _dialog(qtbot, demo)
    qtbot.keyClick(dialog.objectives_edit, Qt.Key.Key_Escape)
    assert dialog.result() == AuditPlanDialog.DialogCode.Rejected
    assert dialog.audit_id is None
    assert _audits(demo) == before


def _supplier_with_open_findings(store: Store) -> tuple[str, str, list[str]]:
    """A supplier whose last audit left findings open: (supplier id, audit id, references)."""
    with store.session() as session:
        for supplier_id in session.scalars(select(Supplier.id).order_by(Supplier.code)):
            last = last_audit_of(session, supplier_id)
            if last is None:
                continue
            found = open_findings(session, last)
            if found:
                return supplier_id, last, [f.reference for f in found]
    raise AssertionError("the demo store has no open findings to follow up")


def test_a_follow_up_is_prefilled_from_the_last_audit(qtbot, demo: Store) -> None:
    supplier_id, last_id, references = _supplier_with_open_findings(demo)
    dialog = _dialog(qtbot, demo)
    dialog.choose_supplier(supplier_id)
    dialog.follow_up_button.click()  # the button chooses the type and pre-fills

    assert dialog.type_combo.currentData() == "follow_up"
    assert dialog.follow_up_group.isVisible()
    with demo.session() as session:
        last = session.get_one(Audit, last_id)
        assert dialog.template_combo.currentData() == last.template_id
        assert dialog.scope_edit.toPlainText() == last.scope
        assert dialog.criteria_edit.toPlainText() == last.criteria
        assert dialog.participants_edit.toPlainText() == last.auditee_participants
        assert dialog.team_ids() == [m for m in last.team if m != dialog.lead_combo.currentData()]
        assert last.reference in dialog.follow_up_label.text()
    lines = dialog.open_finding_lines()
    assert [line.split(" · ")[0] for line in lines] == references

    qtbot.keyClicks(dialog.objectives_edit, "Check the actions of the last audit")
    qtbot.keyClick(dialog.objectives_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dialog.error_label.text() == ""
    assert dialog.result() == AuditPlanDialog.DialogCode.Accepted
    with demo.session() as session:
        audit = session.get_one(Audit, dialog.audit_id)
        assert audit.type == "follow_up"
        assert audit.follow_up_of == last_id
        assert audit.template_id == last.template_id
        assert audit.objectives.startswith("Check the actions of the last audit")
        for reference in references:
            assert reference in audit.objectives
        answers = session.scalar(
            select(func.count()).select_from(Answer).where(Answer.audit_id == audit.id)
        )
        assert answers == 0  # every answer starts anew


def test_a_follow_up_of_a_supplier_never_audited_says_so(qtbot, demo: Store) -> None:
    from sqms_desktop.services.suppliers import SupplierInput, create_supplier
    from sqms_desktop.store.uow import UnitOfWork, WriteContext

    with UnitOfWork(demo, WriteContext(user="admin")) as uow:
        fresh = create_supplier(uow, SupplierInput(code="NEW-1", name="Brand New Ltd"))
        uow.commit()
    dialog = _dialog(qtbot, demo)
    dialog.choose_supplier(fresh.id)
    dialog.set_type("follow_up")
    assert "no earlier audit" in dialog.follow_up_label.text()
    assert dialog.open_finding_lines() == []


def test_the_dialog_looks_tidy(qtbot, demo: Store, tmp_path: Path) -> None:
    supplier_id, _, _ = _supplier_with_open_findings(demo)
    dialog = _dialog(qtbot, demo)
    dialog.choose_supplier(supplier_id)
    dialog.set_type("follow_up")
    assert dialog.width() >= 900
    image = dialog.grab()
    assert not image.isNull()
    image.save(str(tmp_path / "plan.png"))
