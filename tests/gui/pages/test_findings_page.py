"""The Findings page: filters that narrow the register, overdue CAPA dates in red, a row that
opens its audit or its CAPA, and an export of exactly the rows shown (or, cancelled, of none)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, QSettings, Qt, QThreadPool
from PySide6.QtGui import QAction, QBrush
from PySide6.QtWidgets import QComboBox, QPushButton

from sqms_desktop.gui.app.main_window import AUDITS, CAPAS, FINDINGS, MainWindow
from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.dialogs.raise_capa import RaiseCapaDialog
from sqms_desktop.gui.models.findings import FindingTableModel
from sqms_desktop.gui.models.tables import ID_ROLE
from sqms_desktop.gui.pages.findings import FindingsPage
from sqms_desktop.queries.capas import capa_detail
from sqms_desktop.services import audits
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import AuditStatus, CapaState
from tests.support.findings import TODAY, Register, build_register
from tests.support.threads import held

pytestmark = pytest.mark.gui
TIMEOUT = 10_000
NEWEST_FIRST = ["A3-F1", "A2-F2", "A2-F1", "A1-F2", "A1-F1"]


@pytest.fixture
def register(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> Register:
    return build_register(store, context, uow)


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    own = QThreadPool()
    yield own
    own.waitForDone(TIMEOUT)


@pytest.fixture
def page(qtbot, register: Register, pool: QThreadPool) -> FindingsPage:
    made = FindingsPage(Actor(register.store, "anna"), today=lambda: TODAY, pool=pool)
    qtbot.addWidget(made)
    made.resize(1280, 720)
    made.refresh()
    return made


def _shown(page: FindingsPage, register: Register) -> list[str]:
    ids = [page.proxy.index(r, 0).data(ID_ROLE) for r in range(page.proxy.rowCount())]
    return register.names(ids)


def _choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_it_opens_on_every_finding_newest_audit_first(
    page: FindingsPage, register: Register
) -> None:
    assert _shown(page, register) == NEWEST_FIRST
    assert page.counts() == (5, 5)
    assert page.table_stack.currentWidget() is page.table
    assert page.selected_id() == register.finding_ids["A3-F1"]
    text = page.detail.toPlainText()
    assert "Excellent 5S on the shop floor" in text
    assert register.audit_refs["A3"] in text


def test_the_choices_narrow_the_register_at_once(page: FindingsPage, register: Register) -> None:
    bar = page.filters
    _choose(bar.supplier_combo, "S1")
    assert _shown(page, register) == ["A3-F1", "A1-F2", "A1-F1"]
    assert page.counts() == (3, 5)
    _choose(bar.status_combo, "not_closed")
    assert _shown(page, register) == ["A1-F2", "A1-F1"]
    _choose(bar.capa_combo, False)
    assert _shown(page, register) == ["A1-F2"]
    _choose(bar.capa_combo, True)
    assert _shown(page, register) == ["A1-F1"]
    page.clear_filters()
    _choose(bar.class_combo, "major_nc")
    assert _shown(page, register) == ["A2-F2", "A1-F1"]
    _choose(bar.status_combo, "closed")
    assert _shown(page, register) == []
    assert page.filters.current().statuses == frozenset({"closed"})


def test_typed_filters_apply_after_a_pause(qtbot, page: FindingsPage, register: Register) -> None:
    with qtbot.waitSignal(page.counts_changed, timeout=TIMEOUT) as blocker:
        page.filter_edit.setText("calibrated")  # the question's text
    assert blocker.args == [1, 5]
    assert _shown(page, register) == ["A1-F1"]
    page.filter_edit.clear()
    with qtbot.waitSignal(page.counts_changed, timeout=TIMEOUT):
        page.filters.audit_edit.setText(register.audit_refs["A2"])
    assert _shown(page, register) == ["A2-F2", "A2-F1"]
    page.filters.audit_edit.clear()
    with qtbot.waitSignal(page.counts_changed, timeout=TIMEOUT):
        page.filters.from_edit.setDate(QDate(2026, 2, 1))
    assert _shown(page, register) == ["A3-F1", "A2-F2", "A2-F1"]
    with qtbot.waitSignal(page.counts_changed, timeout=TIMEOUT):
        page.filters.to_edit.setDate(QDate(2026, 2, 28))
    assert _shown(page, register) == ["A2-F2", "A2-F1"]
    assert page.current_filter().date_to == dt.date(2026, 2, 28)


def test_a_filter_set_in_code_shows_in_the_bar(page: FindingsPage, register: Register) -> None:
    from sqms_desktop.queries.finding_register import FindingFilter

    page.set_filter(FindingFilter(supplier_code="S2", has_capa=True, date_from=dt.date(2026, 2, 1)))
    assert _shown(page, register) == ["A2-F2"]
    assert page.filters.supplier_combo.currentData() == "S2"
    assert page.filters.capa_combo.currentData() is True
    assert page.filters.from_edit.date() == QDate(2026, 2, 1)


def test_a_header_click_sorts_in_the_store(page: FindingsPage, register: Register) -> None:
    page.table.sortByColumn(FindingTableModel.COL_CLASS, Qt.SortOrder.AscendingOrder)
    assert _shown(page, register) == ["A1-F1", "A2-F2", "A1-F2", "A2-F1", "A3-F1"]
    page.table.sortByColumn(FindingTableModel.COL_DUE, Qt.SortOrder.AscendingOrder)
    assert _shown(page, register)[0] == "A1-F1"


def test_an_overdue_capa_date_is_flagged_as_on_the_capa_page(
    page: FindingsPage, register: Register
) -> None:
    model = page.model
    overdue = model.index(model.row_of_id(register.finding_ids["A1-F1"]), FindingTableModel.COL_DUE)
    assert overdue.data() == "21 Jan 2026 · overdue"
    brush = overdue.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush)
    assert brush.color().name() == current_colors().alert
    assert overdue.data(Qt.ItemDataRole.FontRole).bold()
    draft = model.index(model.row_of_id(register.finding_ids["A2-F2"]), FindingTableModel.COL_DUE)
    assert draft.data() == ""
    capa = model.index(model.row_of_id(register.finding_ids["A1-F1"]), FindingTableModel.COL_CAPA)
    assert capa.data() == register.capa_refs["issued"]


def test_rows_are_read_a_window_at_a_time(page: FindingsPage, register: Register) -> None:
    page.model.BATCH = 2
    page.refresh()
    assert page.model.rowCount() == 2
    assert page.counts() == (5, 5)
    assert page.proxy.canFetchMore(QModelIndex())
    page.proxy.fetchMore(QModelIndex())  # what the view does when scrolled to the end
    page.proxy.fetchMore(QModelIndex())
    assert not page.proxy.canFetchMore(QModelIndex())
    assert _shown(page, register) == NEWEST_FIRST


def test_the_table_model_passes_the_model_tester(qtmodeltester, page: FindingsPage) -> None:
    qtmodeltester.check(page.model)
    page.model.BATCH = 2
    page.refresh()
    qtmodeltester.check(page.model)  # with rows still to fetch


def test_the_lazy_model_reads_only_what_is_asked(qtmodeltester, page: FindingsPage) -> None:
    every = page.model.rows()
    asked: list[list[str]] = []

    def read(ids: object) -> list[object]:
        wanted = list(ids)  # type: ignore[call-overload]
        asked.append(wanted)
        return [row for row in every if row.id in wanted]

    model = FindingTableModel(read)  # type: ignore[arg-type]
    model.BATCH = 2
    model.set_ids([row.id for row in every])
    assert [len(a) for a in asked] == [2]
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert [len(a) for a in asked[-3:]] == [2, 2, 1]
    assert model.rowCount() == model.total() == 5
    assert model.rows() == every


def test_enter_opens_the_audit_and_the_capa_column_opens_the_capa(
    qtbot, page: FindingsPage, register: Register
) -> None:
    assert page.select_id(register.finding_ids["A1-F1"])
    page.table.setFocus()
    with qtbot.waitSignal(page.audit_requested) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [register.audit_ids["A1"]]
    row = page.proxy.mapFromSource(
        page.model.index(page.model.row_of_id(register.finding_ids["A1-F1"]), 0)
    ).row()
    page.table.setCurrentIndex(page.proxy.index(row, FindingTableModel.COL_CAPA))
    with qtbot.waitSignal(page.capa_requested) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [register.capa_ids["issued"]]
    assert page.action_open_capa.isEnabled()
    assert page.select_id(register.finding_ids["A1-F2"])  # no CAPA raised on it
    assert not page.action_open_capa.isEnabled()


def test_a_place_for_actions_on_the_selected_findings(
    page: FindingsPage, register: Register
) -> None:
    raise_capa = QAction("Raise CAPA…", page)
    page.add_selection_action(raise_capa)
    actions = page.page_actions()
    assert actions.index(raise_capa) == actions.index(page.action_open_capa) + 1
    assert raise_capa.isEnabled()  # the first row is selected
    selection = page.table.selectionModel()
    selection.clearSelection()
    assert not raise_capa.isEnabled()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(page.proxy.index(3, 0), flags)
    selection.select(page.proxy.index(1, 0), flags)
    assert raise_capa.isEnabled()
    assert [r.reference for r in page.selected_rows()] == [
        register.finding_refs["A2-F2"],
        register.finding_refs["A1-F2"],
    ]


def _references(path: Path) -> list[tuple[object, ...]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return list(sheet.iter_rows(values_only=True))


def test_export_writes_exactly_the_rows_shown(
    qtbot, page: FindingsPage, register: Register, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    _choose(page.filters.supplier_combo, "S1")
    page.table.sortByColumn(FindingTableModel.COL_REFERENCE, Qt.SortOrder.AscendingOrder)
    shown = [register.finding_refs[n] for n in _shown(page, register)]
    assert len(shown) == 3
    with qtbot.waitSignal(page.export_finished, timeout=TIMEOUT) as blocker:
        run = page.export_to(out / "s1")
        assert run is not None
        assert page.is_busy()
        assert not page.action_export.isEnabled()
    assert blocker.args == [True]
    rows = _references(out / "s1.xlsx")
    assert rows[0][:4] == ("Finding", "Audit", "Audit date", "Supplier code")
    assert [r[0] for r in rows[1:]] == shown
    assert {r[3] for r in rows[1:]} == {"S1"}
    overdue = next(r for r in rows if r[0] == register.finding_refs["A1-F1"])
    assert overdue[rows[0].index("CAPAs")] == register.capa_refs["issued"]
    assert overdue[rows[0].index("CAPA due")] == dt.datetime(2026, 1, 21)
    assert overdue[rows[0].index("Question text")] == "Are gauges calibrated?"
    assert not page.is_busy()
    assert sorted(p.name for p in out.iterdir()) == ["s1.xlsx"]  # no temporary file left


def test_exported_text_is_never_a_formula(
    qtbot, page: FindingsPage, register: Register, uow, tmp_path: Path
) -> None:
    formula = '=HYPERLINK("http://example.com","click")'
    with uow() as u:
        audits.raise_finding(u, register.audit_ids["A2"], "minor_nc", formula)
        u.commit()
    page.refresh()
    with qtbot.waitSignal(page.export_finished, timeout=TIMEOUT):
        page.export_to(tmp_path / "all.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "all.xlsx").active
    assert sheet is not None
    cells = [c for c in sheet["H"] if c.value == formula]
    assert len(cells) == 1
    assert cells[0].data_type == "s"


def test_cancelling_the_export_leaves_no_file(
    qtbot, page: FindingsPage, register: Register, pool: QThreadPool, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "findings.xlsx"
    earlier = out / "kept.xlsx"
    earlier.write_bytes(b"the export before")
    for path in (target, earlier):
        with qtbot.waitSignal(page.export_finished, timeout=TIMEOUT) as blocker, held(pool):
            run = page.export_to(path)
            assert run is not None
            cancel = run.dialog.findChild(QPushButton)
            assert cancel is not None
            cancel.click()  # the progress dialog's Cancel, before the job starts
        assert blocker.args == [False]
    assert not target.exists()
    assert earlier.read_bytes() == b"the export before"
    assert sorted(p.name for p in out.iterdir()) == ["kept.xlsx"]
    assert page.action_export.isEnabled()


def test_an_empty_store_explains_where_findings_come_from(qtbot, store: Store) -> None:
    page = FindingsPage(Actor(store, "anna"), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.table_stack.currentWidget() is page.empty_page
    assert "No findings yet" in page.empty_label.text()
    assert "open its checklist" in page.empty_label.text()
    assert not page.action_export.isEnabled()


def test_no_match_offers_to_clear_the_filters(page: FindingsPage, register: Register) -> None:
    _choose(page.filters.supplier_combo, "S2")
    _choose(page.filters.class_combo, "good_practice")
    assert page.table_stack.currentWidget() is page.empty_page
    assert "No finding matches these filters" in page.empty_label.text()
    page.empty_label.linkActivated.emit("clear")
    assert page.table_stack.currentWidget() is page.table
    assert _shown(page, register) == NEWEST_FIRST
    assert page.filters.supplier_combo.currentIndex() == 0


# -- in the main window --------------------------------------------------------------------


@pytest.fixture
def window(qtbot, register: Register, settings: QSettings) -> MainWindow:
    main = MainWindow(register.store, settings=settings, user="anna", today=lambda: TODAY)
    qtbot.addWidget(main)
    main.resize(1280, 720)
    return main


def test_the_window_opens_a_findings_audit_even_when_its_filter_hid_it(
    qtbot, window: MainWindow, register: Register
) -> None:
    window.show_page(AUDITS)
    window.audits_page.set_status_filter(AuditStatus.COMPLETED)
    assert window.audits_page.select_id(register.audit_ids["A1"])
    assert not window.audits_page.select_id(register.audit_ids["A2"])  # in progress: hidden
    window.action_show_findings.trigger()
    assert window.current_page() is window.findings_page
    assert window.count_label.text() == "Findings: 5 of 5 match the filters"
    page = window.findings_page
    assert page.select_id(register.finding_ids["A2-F1"])
    page.action_open_audit.trigger()
    assert window.current_page() is window.audits_page
    assert window.nav.currentRow() == AUDITS
    assert window.audits_page.selected_id() == register.audit_ids["A2"]
    assert window.audits_page.status_filter() == ""


def test_the_window_opens_a_findings_capa_on_the_capa_page(
    qtbot, window: MainWindow, register: Register
) -> None:
    window.show_page(CAPAS)
    window.capa_page.overdue_check.setChecked(True)  # hides the draft CAPA
    assert not window.capa_page.select_id(register.capa_ids["draft"])
    window.show_page(FINDINGS)
    page = window.findings_page
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert page.select_id(register.finding_ids["A2-F2"])
    source = page.model.row_of_id(register.finding_ids["A2-F2"])
    cell = page.proxy.mapFromSource(page.model.index(source, FindingTableModel.COL_CAPA))
    page.table.scrollTo(cell)
    at = page.table.visualRect(cell).center()
    # A real double-click: a click, then the second press that the view sees as a double one.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert window.current_page() is window.capa_page
    assert window.capa_page.selected_id() == register.capa_ids["draft"]
    assert not window.capa_page.overdue_check.isChecked()
    shown = window.actor.read(capa_detail, register.capa_ids["draft"], TODAY)
    assert shown.row.state == CapaState.DRAFT


def test_a_capa_changed_on_its_page_shows_on_the_findings_page(
    qtbot, register: Register, settings: QSettings
) -> None:
    window = MainWindow(register.store, settings=settings, user="quinn", today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show_page(FINDINGS)
    page = window.findings_page
    row = page.model.row_of_id(register.finding_ids["A1-F1"])
    assert page.model.index(row, FindingTableModel.COL_DUE).data() == "21 Jan 2026 · overdue"
    assert window.show_capa(register.capa_ids["issued"])
    assert window.capa_page.accept_stage("containment in place")  # next: root cause, 27 Jan
    assert page.stale
    window.show_page(FINDINGS)
    row = page.model.row_of_id(register.finding_ids["A1-F1"])
    assert page.model.index(row, FindingTableModel.COL_DUE).data() == "27 Jan 2026 · overdue"


def test_a_scar_raised_from_the_register_shows_on_its_finding(
    qtbot, register: Register, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(register.store, settings=settings, user="quinn", today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show_page(FINDINGS)
    page = window.findings_page
    actions = window.finding_capa_actions
    assert page.select_id(register.finding_ids["A1-F2"])
    assert actions.action_raise_scar.isEnabled()
    assert actions.action_raise_scar in page.page_actions()

    def fill(dialog: RaiseCapaDialog) -> int:
        assert dialog.ticked_ids() == [register.finding_ids["A1-F2"]]
        assert dialog.scar_radio.isChecked()
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(RaiseCapaDialog, "exec", fill)
    window.show_page(CAPAS)  # the CAPAs page was read before the SCAR existed
    window.show_page(FINDINGS)
    actions.action_raise_scar.trigger()
    row = page.model.row_of_id(register.finding_ids["A1-F2"])
    reference = page.model.index(row, FindingTableModel.COL_CAPA).data()
    assert reference.startswith("CAPA-")
    assert window.capa_page.stale
    window.show_page(CAPAS)
    assert reference in [
        window.capa_page.proxy.index(r, 0).data() for r in range(window.capa_page.proxy.rowCount())
    ]
