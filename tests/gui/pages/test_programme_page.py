"""The Programme page lists the demo's audit programme by month and plans an audit from a row,
the plan filled in from the programme."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from sqms_desktop.gui.dialogs.audit_plan import AuditPlanDialog
from sqms_desktop.gui.models.programme import ProgrammeTableModel
from sqms_desktop.gui.pages.programme import ProgrammePage
from sqms_desktop.queries.audits import list_audits
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import open_store
from sqms_desktop.vocab import AuditType, ProgrammeState
from tests.support.demo import DEMO_TODAY
from tests.support.modal import through_dialog

pytestmark = pytest.mark.gui

LEAD = "anna.kowalczyk"


@pytest.fixture
def page(qtbot, demo_copy: Path) -> ProgrammePage:
    store = open_store(f"sqlite:///{demo_copy}")
    made = ProgrammePage(Actor(store, LEAD), today=lambda: DEMO_TODAY)
    qtbot.addWidget(made)
    made.resize(1280, 640)
    made.refresh()
    yield made
    store.close()


def _column(page: ProgrammePage, column: int) -> list[str]:
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def test_the_programme_lists_suppliers_by_month_with_overdue_ones_marked(
    page: ProgrammePage,
) -> None:
    rows = page.model.rows()
    assert rows, "the demo has audits due or planned"
    months = _column(page, ProgrammeTableModel.COL_MONTH)
    assert months == sorted(months)
    overdue = [r for r in rows if r.state == ProgrammeState.OVERDUE]
    for row in overdue:
        number = page.model.row_of_id(row.id)
        assert page.model.marking(page.model.row_at(number), ProgrammeTableModel.COL_STATE) == (
            "alert"
        )
    page.set_months(36)
    assert len(page.model.rows()) >= len(rows)  # a longer horizon lists at least as many


def test_planning_from_a_row_fills_in_the_plan_and_the_row_becomes_planned(
    page: ProgrammePage,
) -> None:
    unplanned = [r for r in page.model.rows() if r.planned_audit_id is None]
    assert unplanned, "the demo has a supplier with nothing planned"
    row = next((r for r in unplanned if r.audit_type == AuditType.SYSTEM), unplanned[0])
    page.select_id(row.id)
    assert page.action_plan.isEnabled()
    seen: dict[str, object] = {}

    def plan(dialog: QDialog) -> None:
        assert isinstance(dialog, AuditPlanDialog)
        seen["supplier"] = dialog.supplier_id()
        seen["type"] = dialog.type_combo.currentData()
        seen["start"] = dialog.start_edit.date().toPython()
        seen["objectives"] = dialog.objectives_edit.toPlainText()
        dialog.accept()

    before = len(page._actor.read(list_audits))
    through_dialog(page.action_plan.trigger, plan)
    assert seen["supplier"] == row.supplier_id
    assert seen["type"] == row.audit_type
    assert seen["start"] == max(row.due, DEMO_TODAY)
    assert row.reason in str(seen["objectives"])
    assert len(page._actor.read(list_audits)) == before + 1
    now = page.model.row_at(page.model.row_of_id(row.id))
    assert now.state in (ProgrammeState.PLANNED, ProgrammeState.PLANNED_LATE)
    assert now.planned_start == max(row.due, DEMO_TODAY)
    assert not page.action_plan.isEnabled()  # planned already: nothing more to plan


def test_an_empty_store_says_what_to_do(qtbot, store) -> None:
    made = ProgrammePage(Actor(store, "anna"), today=lambda: dt.date(2026, 12, 3))
    qtbot.addWidget(made)
    made.refresh()
    assert made.model.rows() == []
    assert "add suppliers on the Suppliers page" in made.empty_text()
