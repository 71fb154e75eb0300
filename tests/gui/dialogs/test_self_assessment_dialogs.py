"""The self-assessment dialogs over a real store and real workbooks: the questionnaire written
off the GUI thread, a filled one previewed with its answers (or every problem, Import disabled),
then imported as an audit that the Audits page selects."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from sqms_desktop.gui.dialogs.self_assessment import (
    QuestionnaireExportDialog,
    SelfAssessmentImportDialog,
)
from sqms_desktop.gui.pages.records import AuditsPage
from sqms_desktop.queries.audits import list_audits
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import AuditStatus, AuditType
from tests.support.capa_world import World, build_world
from tests.support.self_assessment import ANSWERS, COMMENTS, add_questionnaire, cells, fill

pytestmark = pytest.mark.gui

TIMEOUT = 10_000


@pytest.fixture
def world(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> World:
    built = build_world(store, context, uow)
    add_questionnaire(built)
    return built


def _export(qtbot, world: World, path: Path) -> QuestionnaireExportDialog:
    dialog = QuestionnaireExportDialog(Actor(world.store, "quinn"), supplier_code="S1")
    qtbot.addWidget(dialog)
    index = dialog.template_combo.findText("Supplier self-assessment (supplier-sa v1)")
    dialog.template_combo.setCurrentIndex(index)
    assert dialog.file_edit.text().endswith("S1 self-assessment supplier-sa.xlsx")
    dialog.file_edit.setText(str(path))
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as written:
        dialog.export_button.click()
    assert "S1 Kowalczyk" in written.args[0]
    return dialog


def _checked(qtbot, world: World, path: Path, user: str = "lena") -> SelfAssessmentImportDialog:
    dialog = SelfAssessmentImportDialog(Actor(world.store, user), path)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.step_ready, timeout=TIMEOUT):
        dialog.start()
    return dialog


def test_export_then_import_from_the_audits_page(qtbot, world: World, tmp_path: Path) -> None:
    path = tmp_path / "S1 self-assessment.xlsx"
    _export(qtbot, world, path)
    assert path.is_file()
    fill(path, ANSWERS, COMMENTS)
    page = AuditsPage(Actor(world.store, "lena"))
    qtbot.addWidget(page)
    page.refresh()
    assert page.self_assessment.action in page.page_actions()
    dialog = page.self_assessment.import_dialog(path)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.step_ready, timeout=TIMEOUT):
        dialog.start()
    shown = dialog.report.toPlainText()
    assert "Jana Novak, Quality manager" in shown
    assert "stamping; painting" in shown
    assert dialog.lead_combo.currentData() == "lena"
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(page.self_assessment.audit_imported, timeout=TIMEOUT) as imported:
        dialog.import_button.click()
    row = page.selected_row()
    assert row is not None
    assert row.id == imported.args[0]
    assert (row.type, row.status) == (AuditType.SELF_ASSESSMENT, AuditStatus.IN_PROGRESS)


def test_a_form_with_problems_lists_them_and_cannot_be_imported(
    qtbot, world: World, tmp_path: Path
) -> None:
    path = tmp_path / "sa.xlsx"
    _export(qtbot, world, path)
    fill(path, {**ANSWERS, "q3": "lots"})
    dialog = _checked(qtbot, world, path)
    cell = cells(path)["q3"][0]
    assert f"Self-assessment!{cell} (row {cell[1:]}, column Answer), question q3" in (
        dialog.report.toPlainText()
    )
    assert "1 problem(s)" in dialog.state_label.text()
    assert not dialog.import_button.isEnabled()
    with world.store.session() as session:
        assert all(a.type != AuditType.SELF_ASSESSMENT for a in list_audits(session))


def test_a_quality_engineer_imports_for_a_lead_and_a_second_import_is_refused(
    qtbot, world: World, tmp_path: Path
) -> None:
    path = tmp_path / "sa.xlsx"
    _export(qtbot, world, path)
    fill(path, ANSWERS)
    dialog = _checked(qtbot, world, path, user="quinn")
    assert dialog.lead_combo.currentData() == "lena"  # quinn cannot lead; the first lead is
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT):
        dialog.import_button.click()
    again = _checked(qtbot, world, path, user="quinn")
    assert "imported already, as audit AUD-2026-0003" in again.state_label.text()
    assert "Nothing was changed" in again.state_label.text()
    assert not again.import_button.isEnabled()
