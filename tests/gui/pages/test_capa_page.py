"""The CAPA register page: filters, overdue in red, stage decisions, and the 8D editor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog, QMessageBox

from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.dialogs.stage_decision import StageDecisionDialog
from sqms_desktop.gui.pages.capas import CapaPage, CapaTableModel
from sqms_desktop.gui.widgets.capa_8d_editor import Capa8DEditor
from sqms_desktop.queries.capas import capa_detail
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store
from tests.support.sample import TODAY

QE = "quinn.quality"


@pytest.fixture
def page(qtbot, sample_store: Store) -> CapaPage:
    widget = CapaPage(Actor(sample_store, QE), today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.refresh()
    return widget


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []

    def warning(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        seen.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return seen


def _titles(page: CapaPage) -> list[str]:
    column = CapaTableModel.COL_TITLE
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def _select(page: CapaPage, title: str) -> None:
    row = next(r for r in page.model.rows() if r.title == title)
    assert page.select_id(row.id)


def test_the_model_passes_the_model_tester(qtmodeltester, page: CapaPage) -> None:
    qtmodeltester.check(page.model)


def test_overdue_capas_are_red_and_filters_narrow_the_register(qtbot, page: CapaPage) -> None:
    assert sorted(_titles(page)) == ["Burrs on <flange> & seal face", "Label mix-up"]
    overdue = page.model.row_of_id(next(r.id for r in page.model.rows() if r.overdue))
    assert overdue is not None
    brush = page.model.index(overdue, CapaTableModel.COL_NEXT_DUE).data(
        Qt.ItemDataRole.ForegroundRole
    )
    assert isinstance(brush, QBrush)
    assert brush.color().name() == current_colors().alert
    state = page.model.index(overdue, CapaTableModel.COL_STATE).data()
    assert state == "Issued · overdue"

    page.overdue_check.setChecked(True)
    assert _titles(page) == ["Burrs on <flange> & seal face"]
    page.overdue_check.setChecked(False)
    page.owner_edit.setText("nobody")
    assert _titles(page) == []
    page.owner_edit.setText("novak")
    assert len(_titles(page)) == 2
    page.due_spin.setValue(0)  # due today or already overdue
    assert _titles(page) == ["Burrs on <flange> & seal face"]
    page.due_spin.setValue(-1)
    page.state_combo.setCurrentIndex(page.state_combo.findData("closed"))
    assert _titles(page) == []
    page.state_combo.setCurrentIndex(page.state_combo.findData("open"))
    page.supplier_combo.setCurrentIndex(page.supplier_combo.findData("SUP-002"))
    assert _titles(page) == []
    wanted = page.current_filter()
    assert (wanted.supplier_code, wanted.owner, wanted.overdue_only) == ("SUP-002", "novak", False)
    assert "issued" in wanted.states
    assert "closed" not in wanted.states
    page.supplier_combo.setCurrentIndex(page.supplier_combo.findData("SUP-001"))
    assert len(_titles(page)) == 2


def test_sorting_by_next_due_puts_the_earliest_first(page: CapaPage) -> None:
    page.table.sortByColumn(CapaTableModel.COL_NEXT_DUE, Qt.SortOrder.AscendingOrder)
    assert _titles(page)[0] == "Burrs on <flange> & seal face"


def test_a_rejection_keeps_the_stage_and_shows_in_the_register(
    qtbot, page: CapaPage, sample_store: Store, warnings: list[tuple[str, str]]
) -> None:
    _select(page, "Label mix-up")
    with qtbot.waitSignal(page.capa_changed):
        assert page.reject_stage("Quantities missing")
    _select(page, "Label mix-up")
    row = page.selected_row()
    assert row is not None
    assert row.state == "issued"
    assert row.rejection == "containment: Quantities missing"
    assert (
        "rejected"
        in page.model.index(page.model.row_of_id(row.id), CapaTableModel.COL_STATE).data()
    )
    assert "Quantities missing" in page.detail.toPlainText()
    with qtbot.waitSignal(page.capa_changed):
        assert page.accept_stage("Sorted 1,200 parts")
    _select(page, "Label mix-up")
    assert page.selected_row().state == "containment"
    assert page.selected_row().rejection == ""
    assert not page.reject_stage("")  # a reason is needed
    assert warnings
    assert "reason" in warnings[-1][1]


def test_the_8d_editor_saves_and_refuses_operator_error(
    qtbot, page: CapaPage, sample_store: Store
) -> None:
    _select(page, "Label mix-up")
    editor = page.editor()
    assert isinstance(editor, Capa8DEditor)
    qtbot.addWidget(editor)
    fields = editor.fields["d4"]
    fields["occurrence_root_cause"].setPlainText("Operator error")
    assert not editor.save()
    assert editor.error_label.isVisibleTo(editor)
    assert "is not accepted as a root cause" in editor.error_label.text()
    fields["occurrence_root_cause"].setPlainText("Label printer allows a manual override")
    fields["occurrence_whys"][0].setText("Wrong label on the box")
    fields["ishikawa"]["machine"].setPlainText("Printer override\nNo scanner")
    assert editor.fishbone.causes()["machine"] == ["Printer override", "No scanner"]
    editor.fields["d1"]["team"].setItem(
        0, 0, editor.fields["d1"]["team"].item(0, 0) or _item("Jana Novak")
    )
    with qtbot.waitSignal(editor.saved):
        assert editor.save()
    assert not editor.error_label.isVisibleTo(editor)
    with qtbot.waitSignal(editor.saved):
        assert editor.add_action("D3", "Sort stock", "Jana", TODAY, 1200)
    assert editor.action_tables["D3"].rowCount() == 1
    with sample_store.session() as session:
        row = page.selected_row()
        assert row is not None
        detail = capa_detail(session, row.id, TODAY)
    assert detail.steps["d4"]["occurrence_root_cause"] == "Label printer allows a manual override"
    assert detail.steps["d4"]["ishikawa"]["machine"] == ["Printer override", "No scanner"]
    assert detail.steps["d1"]["team"] == [{"name": "Jana Novak", "role": ""}]
    assert detail.actions[0].quantity == 1200


def test_scar_form_and_report_from_the_page(
    qtbot, page: CapaPage, tmp_path: Path, warnings: list[tuple[str, str]]
) -> None:
    _select(page, "Label mix-up")
    form = page.export_scar_to(tmp_path / "scar.xlsx")
    assert form is not None
    assert form.is_file()
    preview = page.preview_response(form)
    assert preview is not None
    assert preview.changes == []
    _select(page, "Burrs on <flange> & seal face")
    assert page.preview_response(form) is None  # the form of another CAPA
    assert "belongs to CAPA" in warnings[-1][1]
    pdf = page.write_report(tmp_path / "8d.pdf")
    assert pdf is not None
    assert pdf.read_bytes().startswith(b"%PDF")


def _item(text: str):
    from PySide6.QtWidgets import QTableWidgetItem

    return QTableWidgetItem(text)


def test_the_page_counts_overdue_capas(qtbot, sample_store: Store) -> None:
    widget = CapaPage(Actor(sample_store, QE), today=lambda: TODAY + dt.timedelta(days=5))
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.overdue_counted) as counted:
        widget.refresh()
    assert counted.args == [2]


def test_saving_the_8d_keeps_every_step_or_none(qtbot, page: CapaPage, sample_store: Store) -> None:
    """One refused step (operator error as root cause) keeps the other changed steps out too."""
    _select(page, "Label mix-up")
    editor = page.editor()
    assert isinstance(editor, Capa8DEditor)
    qtbot.addWidget(editor)
    before = editor.detail.steps["d2"]["what"]
    editor.fields["d2"]["what"].setPlainText("Labels of lot 7 swapped with lot 8")
    editor.fields["d4"]["occurrence_root_cause"].setPlainText("Operator error")
    assert not editor.save()
    row = page.selected_row()
    assert row is not None
    with sample_store.session() as session:
        assert capa_detail(session, row.id, TODAY).steps["d2"]["what"] == before


def test_the_scar_form_names_the_quality_engineer_who_issued_it(
    page: CapaPage, tmp_path: Path
) -> None:
    """The form says who issued it by full name, not by user name."""
    _select(page, "Label mix-up")
    form = page.export_scar_to(tmp_path / "scar.xlsx")
    assert form is not None
    workbook = openpyxl.load_workbook(form)
    texts = [str(cell.value) for sheet in workbook for row in sheet.iter_rows() for cell in row]
    assert any("Issued by Quinn Quality." in text for text in texts)
    assert not any("quinn.quality" in text for text in texts)


def test_the_8d_tabs_are_named_by_discipline_and_dates_read_as_dates(qtbot, page: CapaPage) -> None:
    _select(page, "Label mix-up")
    editor = page.editor()
    assert isinstance(editor, Capa8DEditor)
    qtbot.addWidget(editor)
    titles = [editor.tabs.tabText(n) for n in range(editor.tabs.count())]
    assert titles == [
        "D0 Plan",
        "D1 Team",
        "D2 Problem",
        "D3 Containment",
        "D4 Root cause",
        "D5 Corrective actions",
        "D6 Validation",
        "D7 Prevention",
        "D8 Recognition",
    ]
    assert editor.add_action("D3", "Sort stock", "Jana", dt.date(2026, 12, 3), 10)
    assert editor.action_tables["D3"].item(0, 2).text() == "3 Dec 2026"


def test_the_stage_decision_names_the_stage_shows_the_answer_and_needs_a_reason(
    qtbot, page: CapaPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    _select(page, "Label mix-up")
    dialog = page.decision_dialog(reject=True)
    assert isinstance(dialog, StageDecisionDialog)
    qtbot.addWidget(dialog)
    assert "Label mix-up" in dialog.capa_label.text()
    assert "Deciding on: Containment" in dialog.stage_label.text()
    assert "D3 Interim containment" in dialog.answer_view.toPlainText()
    assert dialog.rejecting()
    assert not dialog.ok_button.isEnabled()  # no reason yet
    dialog.text_edit.setPlainText("Quantities missing")
    assert dialog.ok_button.isEnabled()
    assert dialog.ok_button.text() == "Reject Containment"
    dialog.accept_radio.setChecked(True)
    dialog.text_edit.clear()
    assert dialog.ok_button.isEnabled()  # a note is optional
    assert dialog.ok_button.text() == "Accept Containment"

    def decide(self: StageDecisionDialog) -> int:
        self.reject_radio.setChecked(True)
        self.text_edit.setPlainText("Sorting results not attached")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StageDecisionDialog, "exec", decide)
    with qtbot.waitSignal(page.capa_changed):
        page.action_accept.trigger()
    _select(page, "Label mix-up")
    row = page.selected_row()
    assert row is not None
    assert row.state == "issued"
    assert row.rejection == "containment: Sorting results not attached"
