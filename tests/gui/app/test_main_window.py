"""The main window over a populated store: pages, detail pane, menus, status bar, settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from sqms_desktop.gui.app.main_window import (
    AUDITS,
    DASHBOARD,
    SUPPLIERS,
    TEMPLATES,
    TRAIL,
    MainWindow,
)
from sqms_desktop.gui.base import settings as opts
from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.dialogs.report_preview import report_settings
from sqms_desktop.gui.dialogs.settings_dialog import SettingsDialog
from sqms_desktop.gui.models.suppliers import SupplierTableModel
from sqms_desktop.gui.models.tables import AuditTableModel
from sqms_desktop.services.suppliers import set_supplier_status
from sqms_desktop.store.engine import Store

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, sample_store: Store, sample, settings: QSettings) -> MainWindow:
    main = MainWindow(sample_store, settings=settings, today=lambda: sample.today)
    qtbot.addWidget(main)
    return main


def _select_code(window: MainWindow, code: str, sample) -> str:
    page = window.suppliers_page
    assert page.select_id(sample.supplier_ids[code])
    return page.detail.toPlainText()


def test_the_window_names_the_store(window: MainWindow, sample_store: Store) -> None:
    where = sample_store.describe()
    assert where in window.windowTitle()
    assert "SQMS Desktop" in window.windowTitle()
    assert where in window.store_label.text()
    assert window.statusBar().isAncestorOf(window.store_label)


def test_status_bar_counts_rows_and_follows_the_filter(qtbot, window: MainWindow) -> None:
    assert window.count_label.text() == "Suppliers: 6 of 6 shown"
    page = window.suppliers_page
    with qtbot.waitSignal(page.counts_changed) as blocker:
        page.filter_edit.setText("acme")
    assert blocker.args == [1, 6]
    assert window.count_label.text() == "Suppliers: 1 of 6 shown"
    window.action_show_audits.trigger()
    assert window.count_label.text() == "Audits: 12 of 12 shown"
    window.show_page(TEMPLATES)
    assert window.count_label.text() == "Template versions: 1 of 1 shown"


def test_the_first_page_is_read_once_at_start(
    qtbot, sample_store: Store, sample, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Suppliers page was read twice at every start (0.45 s on 1,000 suppliers)."""
    from sqms_desktop.gui.pages.suppliers import SuppliersPage

    reads: list[int] = []
    plain = SuppliersPage.refresh

    def counted(page: SuppliersPage) -> None:
        reads.append(1)
        plain(page)

    monkeypatch.setattr(SuppliersPage, "refresh", counted)
    main = MainWindow(sample_store, settings=settings, today=lambda: sample.today)
    qtbot.addWidget(main)
    assert len(reads) == 1
    assert main.suppliers_page.model.rowCount() > 0  # and it was read


def test_pages_load_and_select_their_first_row(window: MainWindow) -> None:
    assert window.nav.count() == window.stack.count() == 11  # ten lists and the checklist
    assert window.suppliers_page.model.rowCount() == 6
    # Only the visible page is read at start-up; the others when first shown.
    assert window.audits_page.stale
    assert window.audits_page.model.rowCount() == 0
    window.show_page(1)
    assert not window.audits_page.stale
    assert window.audits_page.model.rowCount() == 12
    window.show_page(2)
    assert window.templates_page.model.rowCount() == 1
    assert window.trail_page.stale
    window.show_page(3)
    assert not window.trail_page.stale
    assert window.trail_page.model.rowCount() > 0
    window.show_page(0)
    assert window.suppliers_page.selected_id() is not None
    first = window.suppliers_page.table.model().index(0, SupplierTableModel.COL_CODE)
    assert first.data() == "SUP-001"


def test_selecting_a_supplier_shows_its_detail(qtbot, window: MainWindow, sample) -> None:
    page = window.suppliers_page
    index = page.proxy.mapFromSource(
        page.model.index(page.model.row_of_id(sample.supplier_ids["SUP-003"]), 0)
    )
    with qtbot.waitSignal(page.record_shown) as blocker:
        page.table.setCurrentIndex(index)
    assert blocker.args == [sample.supplier_ids["SUP-003"]]
    text = page.detail.toPlainText()
    assert "Borealis Plastics AB" in text
    assert "SUP-003" in text
    assert "Plant 1" in text
    assert "Jana Novak" in text


def test_user_text_shows_exactly_as_typed(window: MainWindow, sample) -> None:
    text = _select_code(window, "SUP-001", sample)
    assert sample.tricky_name in text
    assert "Machined parts <50 mm & coatings" in text
    assert "Burrs on <flange> & seal face" in text
    html = window.suppliers_page.detail.toHtml()
    assert "<ok>" not in html  # escaped, not swallowed as a tag
    name_cell = window.suppliers_page.table.model().index(0, SupplierTableModel.COL_NAME)
    assert name_cell.data() == sample.tricky_name


def test_certificates_and_capas_that_need_attention_are_marked(window: MainWindow, sample) -> None:
    text = _select_code(window, "SUP-001", sample)
    assert "1 certificate expired" in text
    assert "1 certificate expiring" in text
    assert "Expires in 30 days" in text
    assert "Expired" in text
    assert "1 CAPA overdue" in text
    html = window.suppliers_page.detail.toHtml()
    assert "font-weight:700" in html.replace(" ", "")  # badges are bold and coloured
    calm = _select_code(window, "SUP-002", sample)
    assert "expir" not in calm.lower()
    assert "overdue" not in calm


def test_selecting_an_audit_shows_its_findings(qtbot, window: MainWindow, sample) -> None:
    window.show_page(AUDITS)
    page = window.audits_page
    reference = min(sample.audit_ids)  # the first audit, with ten findings
    assert page.select_id(sample.audit_ids[reference])
    text = page.detail.toPlainText()
    assert reference in text
    assert "Check <scope> & processes" in text
    assert "Gap 9 in <records> & logs" in text
    assert "Minor NC" in text
    assert "9.5 % · C" in text


def test_filter_keeps_the_detail_on_a_visible_row(qtbot, window: MainWindow, sample) -> None:
    page = window.suppliers_page
    with qtbot.waitSignal(page.counts_changed):  # the store is asked after a pause in typing
        page.filter_edit.setText("borealis")
    assert page.selected_id() == sample.supplier_ids["SUP-003"]
    assert "Borealis" in page.detail.toPlainText()
    with qtbot.waitSignal(page.counts_changed):
        page.filter_edit.setText("nothing matches this")
    assert page.selected_id() is None
    assert "No supplier shows “nothing matches this”" in page.detail.toPlainText()


def test_refresh_reads_changes_and_keeps_the_selected_record(
    window: MainWindow, sample, uow
) -> None:
    page = window.suppliers_page
    supplier_id = sample.supplier_ids["SUP-004"]
    page.select_id(supplier_id)
    assert "Probation" not in page.detail.toPlainText()
    with uow() as u:
        set_supplier_status(u, supplier_id, "probation", reason="three C periods")
        u.commit()
    window.action_refresh.trigger()
    assert page.selected_id() == supplier_id
    assert "Probation" in page.detail.toPlainText()
    row = page.model.row_of_id(supplier_id)
    assert page.model.index(row, SupplierTableModel.COL_STATUS).data() == "Probation"


def _shown(model: QAbstractItemModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_sorting_by_a_header_keeps_the_selected_record(window: MainWindow, sample) -> None:
    page = window.suppliers_page
    page.select_id(sample.supplier_ids["SUP-003"])
    page.table.sortByColumn(SupplierTableModel.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert page.selected_id() == sample.supplier_ids["SUP-003"]
    names = [
        page.proxy.index(r, SupplierTableModel.COL_NAME).data()
        for r in range(page.proxy.rowCount())
    ]
    assert names == sorted(names, key=str.casefold, reverse=True)
    page.filter_edit.setText("ltd")
    page.table.sortByColumn(SupplierTableModel.COL_CODE, Qt.SortOrder.AscendingOrder)
    codes = [
        page.proxy.index(r, SupplierTableModel.COL_CODE).data()
        for r in range(page.proxy.rowCount())
    ]
    assert codes == ["SUP-005", "SUP-006"]


def test_audits_list_newest_first(window: MainWindow) -> None:
    proxy = window.audits_page.table.model()
    dates = [proxy.index(r, AuditTableModel.COL_PLANNED).data() for r in range(proxy.rowCount())]
    assert dates == sorted(dates, reverse=True)


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_menus_and_shortcuts(window: MainWindow) -> None:
    assert _menu_titles(window) == [
        "&File",
        "&View",
        "&Suppliers",
        "&Audits",
        "&Templates",
        "Chec&klist",
        "&CAPAs",
        "Fi&ndings",
        "S&ync",
        "&Performance",
        "T&rail",
        "&Help",
    ]
    expected = {
        "action_quit": QKeySequence.keyBindings(QKeySequence.StandardKey.Quit),
        "action_find": QKeySequence.keyBindings(QKeySequence.StandardKey.Find),
        "action_refresh": QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh),
        "action_show_suppliers": [QKeySequence("Ctrl+1")],
        "action_show_audits": [QKeySequence("Ctrl+2")],
        "action_show_templates": [QKeySequence("Ctrl+3")],
        "action_show_trail": [QKeySequence("Ctrl+4")],
        "action_show_capas": [QKeySequence("Ctrl+5")],
        "action_show_findings": [QKeySequence("Ctrl+6")],
        "action_show_sync": [QKeySequence("Ctrl+7")],
        "action_show_programme": [QKeySequence("Ctrl+8")],
        "action_show_dashboard": [QKeySequence("Ctrl+9")],
        "action_import_file": [QKeySequence("Ctrl+I")],
        "action_export": [QKeySequence("Ctrl+E")],
    }
    for name, keys in expected.items():
        action = window.findChild(QAction, name)
        assert action is not None
        assert action.shortcuts() == (keys or action.shortcuts())
        assert action.shortcuts(), name
    for name in ("action_about", "action_about_qt"):
        action = window.findChild(QAction, name)
        assert action is not None
        assert "&" in action.text()


def test_view_actions_switch_pages_and_focus_the_filter(qtbot, window: MainWindow) -> None:
    with qtbot.waitExposed(window):
        window.show()
    window.action_show_audits.trigger()
    assert window.current_page() is window.audits_page
    assert window.nav.currentRow() == AUDITS
    assert window.action_show_audits.isChecked()
    assert not window.action_show_suppliers.isChecked()
    window.action_find.trigger()
    assert window.focusWidget() is window.audits_page.filter_edit
    window.action_show_suppliers.trigger()
    assert window.stack.currentIndex() == SUPPLIERS


def test_shortcut_keys_reach_the_actions(qtbot, window: MainWindow) -> None:
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.audits_page
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.templates_page
    assert window.action_show_templates.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.trail_page
    assert window.action_show_trail.isChecked()
    assert window.nav.currentRow() == TRAIL
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.capa_page
    assert window.action_show_capas.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.findings_page
    assert window.action_show_findings.isChecked()
    assert not window.action_show_trail.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.suppliers_page


def test_columns_menu_hides_and_shows_columns(window: MainWindow) -> None:
    window.show_page(AUDITS)
    page = window.audits_page
    assert page.table.isColumnHidden(AuditTableModel.COL_TEMPLATE)
    menu = window.findChild(QMenu, "menu_columns")
    assert menu is not None
    emit(menu.aboutToShow)
    checklist = next(a for a in menu.actions() if a.text() == "Checklist")
    assert not checklist.isChecked()
    checklist.trigger()
    assert not page.table.isColumnHidden(AuditTableModel.COL_TEMPLATE)
    assert "Supplier" not in [a.text() for a in menu.actions()]  # the elastic column stays


def test_quit_closes_the_window_and_saves_settings(
    qtbot, window: MainWindow, settings: QSettings, sample_store: Store, sample
) -> None:
    with qtbot.waitExposed(window):
        window.show()
    window.resize(700, 500)  # the offscreen screen is 800 × 600
    size = window.size()  # may be a little larger: the window's minimum size wins
    window.show_page(AUDITS)
    window.audits_page.table.setColumnHidden(AuditTableModel.COL_TEMPLATE, False)
    window.action_quit.trigger()
    assert not window.isVisible()
    assert not opts.MAIN_WINDOW_GEOMETRY.read(settings).isEmpty()
    assert opts.MAIN_WINDOW_PAGE.read(settings) == AUDITS

    again = MainWindow(sample_store, settings=settings, today=lambda: sample.today)
    qtbot.addWidget(again)
    again.restore_settings()
    assert again.current_page() is again.audits_page
    assert not again.audits_page.table.isColumnHidden(AuditTableModel.COL_TEMPLATE)
    assert again.size() == size


def test_an_empty_store_says_so(qtbot, store: Store, settings: QSettings) -> None:
    window = MainWindow(store, settings=settings)
    qtbot.addWidget(window)
    assert window.count_label.text() == "Suppliers: 0 of 0 shown"
    assert "No suppliers in this store yet" in window.suppliers_page.detail.toPlainText()
    window.show_page(1)
    assert "No audits in this store yet" in window.audits_page.detail.toPlainText()
    window.show_page(2)
    assert "No checklist templates" in window.templates_page.detail.toPlainText()


def test_refresh_reads_the_visible_page_and_marks_the_others(window: MainWindow) -> None:
    window.show_page(1)
    window.show_page(0)
    assert not window.audits_page.stale
    window.refresh()
    assert not window.suppliers_page.stale
    assert window.audits_page.stale
    assert window.templates_page.stale
    window.show_page(1)
    assert not window.audits_page.stale
    assert window.audits_page.model.rowCount() == 12


def test_the_status_bar_counts_overdue_capas_and_the_capa_page_lists_them(
    window: MainWindow,
) -> None:
    assert window.overdue_label.text() == "CAPAs overdue: 1"  # issued 20 days ago, no containment
    assert current_colors().alert in window.overdue_label.styleSheet()
    window.show_page(4)
    assert window.current_page() is window.capa_page
    assert window.capa_page.model.rowCount() == 2
    assert window.count_label.text() == "CAPAs: 2 of 2 shown"
    assert window.capa_page.page_actions()[0] in window.menu_capas.actions()


def test_settings_set_the_paper_and_the_idle_lock(
    qtbot, window: MainWindow, settings: QSettings, monkeypatch
) -> None:
    def fill(dialog: SettingsDialog) -> int:
        page = dialog.personal[opts.REPORT_PAGE_SIZE.key]
        page.setCurrentIndex(page.findData("Letter"))  # type: ignore[union-attr]
        dialog.personal[opts.IDLE_LOCK_MINUTES.key].setValue(5)  # type: ignore[union-attr]
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", fill)
    assert QKeySequence("Ctrl+,") in window.action_settings.shortcuts()
    with qtbot.waitSignal(window.idle_lock_changed) as changed:
        window.action_settings.trigger()
    assert changed.args == [5 * 60_000]
    assert report_settings(settings).page_size == "Letter"
    assert opts.idle_lock_ms(settings) == 5 * 60_000


def test_a_record_behind_a_dashboard_chart_opens_on_its_own_page(
    window: MainWindow, sample
) -> None:
    supplier_id = next(iter(sample.supplier_ids.values()))
    window.show_page(DASHBOARD)
    emit(window.dashboard_page.record_requested, "certificate", supplier_id)
    assert window.current_page() is window.suppliers_page
    assert window.suppliers_page.selected_id() == supplier_id
    window.show_page(DASHBOARD)
    emit(window.dashboard_page.record_requested, "programme", supplier_id)
    assert window.current_page() is window.programme_page
    assert window.programme_page.selected_id() == supplier_id
