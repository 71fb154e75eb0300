"""The Suppliers page from an empty store, as a quality engineer uses it: create a supplier
through its dialog, edit it, change its status with a reason, add a site, a contact and a
certificate with its scan; and an auditor, who may only look, told which role it takes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QBrush, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton

from sqms_desktop.gui.app.main_window import SUPPLIERS, MainWindow
from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.base.field_errors import INVALID
from sqms_desktop.gui.dialogs.supplier import StatusDialog, SupplierDialog
from sqms_desktop.gui.dialogs.supplier_parts import CertificateDialog, ContactDialog, SiteDialog
from sqms_desktop.gui.models.suppliers import CertificateTableModel, SupplierTableModel
from sqms_desktop.gui.pages import suppliers as suppliers_module
from sqms_desktop.gui.pages.suppliers import SuppliersPage
from sqms_desktop.queries.suppliers import list_suppliers
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store
from tests.gui.conftest import AUDITOR, QUALITY_ENGINEER
from tests.support.modal import through_dialog
from tests.support.supplier_files import png_scan

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 3, 2)


def _page(qtbot, store: Store, user: str) -> SuppliersPage:
    page = SuppliersPage(Actor(store, user), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.refresh()
    return page


@pytest.fixture
def page(qtbot, team_store: Store) -> SuppliersPage:
    return _page(qtbot, team_store, QUALITY_ENGINEER)


def _create(page: SuppliersPage, code: str = "MGS-01", name: str = "Metallguss <Süd> & Co") -> None:
    def answer(dialog: SupplierDialog) -> None:
        dialog.code_edit.setText(code)
        dialog.name_edit.setText(name)
        dialog.country_edit.setText("de")
        dialog.city_edit.setText("Ulm")
        dialog.commodities_edit.setText("castings; machining")
        dialog.ok_button.click()
        assert not dialog.isVisible(), dialog.errors.general_text()

    through_dialog(page.action_new.trigger, answer)


def _codes(page: SuppliersPage) -> list[str]:
    column = SupplierTableModel.COL_CODE
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def test_an_empty_store_shows_how_to_begin(qtbot, page: SuppliersPage) -> None:
    assert page.showing_empty_state()
    assert "No suppliers in this store yet" in page.empty_label.text()
    assert "No suppliers in this store yet" in page.detail.toPlainText()
    # Actions on a supplier wait for one; creating and importing do not.
    assert page.action_new.isEnabled()
    assert page.action_import.isEnabled()
    assert not page.action_edit.isEnabled()
    assert not page.action_status.isEnabled()
    button = page.findChild(QPushButton, "empty_new_button")
    assert button is not None
    assert button.isVisibleTo(page)

    def answer(dialog: SupplierDialog) -> None:
        assert isinstance(dialog, SupplierDialog)
        assert dialog.windowTitle() == "New supplier"

    through_dialog(button.click, answer)
    assert page.showing_empty_state()  # cancelled: still nothing


def test_a_refused_field_is_marked_and_the_dialog_stays_open(qtbot, page: SuppliersPage) -> None:
    def answer(dialog: SupplierDialog) -> None:
        dialog.code_edit.setText("MGS-01")
        dialog.name_edit.setText("Metallguss Süd")
        dialog.duns_edit.setText("15048")
        dialog.ok_button.click()
        assert dialog.isVisible()
        assert dialog.errors.marked() == ["duns"]
        assert dialog.duns_edit.property(INVALID)
        assert "DUNS number '15048' must be 9 digits" in dialog.errors.message("duns")
        message = dialog.findChild(QLabel, "duns_error")
        assert message is not None
        assert message.isVisibleTo(dialog)
        dialog.duns_edit.setText("150483782")
        dialog.vat_edit.setText("DE 123.456.78")  # one digit short
        dialog.ok_button.click()
        assert dialog.errors.marked() == ["vat_id"]
        assert not dialog.duns_edit.property(INVALID)  # the fixed field is no longer marked
        assert "VAT id" in dialog.errors.message("vat_id")
        dialog.vat_edit.setText("DE 123.456.789")
        dialog.ok_button.click()
        assert not dialog.isVisible()

    through_dialog(page.action_new.trigger, answer)
    assert _codes(page) == ["MGS-01"]
    overview = page.detail.toPlainText()
    assert "150483782" in overview
    assert "DE123456789" in overview


def test_a_new_supplier_is_listed_shown_and_edited(qtbot, page: SuppliersPage) -> None:
    _create(page)
    assert not page.showing_empty_state()
    assert _codes(page) == ["MGS-01"]
    row = page.model.row_at(0)
    assert page.selected_id() == row.id
    overview = page.detail.toPlainText()
    assert "Metallguss <Süd> & Co" in overview  # user text exactly as typed
    assert "Ulm, DE" in overview
    assert "castings; machining" in overview

    def edit(dialog: SupplierDialog) -> None:
        assert dialog.code_edit.isReadOnly()
        assert dialog.name_edit.text() == "Metallguss <Süd> & Co"
        assert dialog.commodities_edit.text() == "castings; machining"
        dialog.name_edit.setText("Metallguss Süd GmbH")
        dialog.set_choice(dialog.risk_combo, "high")
        dialog.risk_reason_edit.setPlainText("Safety parts; single source")
        dialog.ok_button.click()
        assert not dialog.isVisible(), dialog.errors.general_text()

    through_dialog(page.action_edit.trigger, edit)
    assert page.model.row_at(0).name == "Metallguss Süd GmbH"
    assert page.proxy.index(0, SupplierTableModel.COL_RISK).data() == "High"
    assert "Safety parts; single source" in page.detail.toPlainText()


def test_a_status_change_needs_a_reason_and_shows_in_the_history(
    qtbot, page: SuppliersPage
) -> None:
    _create(page)

    def change(dialog: StatusDialog) -> None:
        dialog.set_status("approved")
        dialog.ok_button.click()
        assert dialog.isVisible()
        assert dialog.errors.marked() == ["reason"]
        assert "needs a reason" in dialog.errors.message("reason")
        dialog.reason_edit.setPlainText("Qualification audit passed <A> & PPAP approved")
        dialog.ok_button.click()
        assert not dialog.isVisible(), dialog.errors.general_text()

    through_dialog(page.action_status.trigger, change)
    assert page.proxy.index(0, SupplierTableModel.COL_STATUS).data() == "Approved"
    view = page.view
    assert view.currentWidget() is view.history_tab
    history = view.history
    lines = [
        [history.index(r, c).data() for c in range(history.columnCount())]
        for r in range(history.rowCount())
    ]
    assert [line[1:] for line in lines] == [
        [
            "Quinn Quality",
            "Prospect → Approved",
            "Qualification audit passed <A> & PPAP approved",
        ],
        ["Quinn Quality", "Created as Prospect", ""],
    ]
    assert lines[0][0].startswith("20")  # the local time, with its offset
    assert view.tabText(view.indexOf(view.history_tab)).endswith("(2)")


def test_sites_contacts_and_a_certificate_with_its_scan(
    qtbot, page: SuppliersPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _create(page)

    def site(dialog: SiteDialog) -> None:
        dialog.name_edit.setText("Werk Ulm")
        dialog.city_edit.setText("Ulm")
        dialog.country_edit.setText("DE")
        dialog.processes_edit.setPlainText("die casting\nCNC machining")
        dialog.ok_button.click()
        assert not dialog.isVisible(), dialog.errors.general_text()

    through_dialog(page.action_site.trigger, site)
    view = page.view
    assert view.currentWidget() is view.sites_tab
    assert view.sites.index(0, 0).data() == "Werk Ulm"
    assert view.sites.index(0, 3).data() == "die casting; CNC machining"

    def contact(dialog: ContactDialog) -> None:
        dialog.name_edit.setText("Jana Novák")
        dialog.role_edit.setText("Quality manager")
        dialog.email_edit.setText("jana.novak@")
        dialog.ok_button.click()
        assert dialog.errors.marked() == ["email"]
        assert "name@example.com" in dialog.errors.message("email")
        dialog.email_edit.setText("jana.novak@metallguss.example")
        dialog.phone_edit.setText("+49 731 1234-56")
        dialog.ok_button.click()
        assert not dialog.isVisible(), dialog.errors.general_text()

    through_dialog(page.action_contact.trigger, contact)
    assert [view.contacts.index(0, c).data() for c in range(4)] == [
        "Jana Novák",
        "Quality manager",
        "jana.novak@metallguss.example",
        "+49 731 1234-56",
    ]
    scan = tmp_path / "ISO 9001 Metallguss.png"
    scan.write_bytes(png_scan())

    def certificate(dialog: CertificateDialog) -> None:
        dialog.standard_combo.setEditText("ISO 9001")
        dialog.number_edit.setText("Q-2231")
        dialog.issuer_edit.setText("TÜV Süd")
        dialog.set_dates(dt.date(2023, 3, 20), dt.date(2026, 3, 20))  # 18 days left
        dialog.scope_edit.setPlainText("Die casting of aluminium housings")
        dialog.scan_edit.setText(str(tmp_path / "missing.png"))
        dialog.ok_button.click()
        assert dialog.errors.marked() == ["scan"]
        assert "does not exist" in dialog.errors.message("scan")
        dialog.scan_edit.setText(str(scan))
        dialog.ok_button.click()
        assert not dialog.isVisible(), dialog.errors.general_text()

    through_dialog(page.action_certificate.trigger, certificate)
    assert view.currentWidget() is view.certificates_tab
    model = view.certificates
    assert model.index(0, CertificateTableModel.COL_STATE).data() == "Expires in 18 days"
    assert model.index(0, CertificateTableModel.COL_SCAN).data() == scan.name
    brush = model.index(0, CertificateTableModel.COL_STATE).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush)
    assert brush.color().name() == current_colors().warning
    listed = page.proxy.index(0, SupplierTableModel.COL_CERTIFICATES)
    assert listed.data() == "1 expiring"
    assert listed.data(Qt.ItemDataRole.ForegroundRole).color().name() == current_colors().warning
    assert "1 certificate expiring" in page.detail.toPlainText()

    opened: list[QUrl] = []
    monkeypatch.setattr(suppliers_module.QDesktopServices, "openUrl", opened.append)
    assert view.open_scan_button.isEnabled()
    view.open_scan_button.click()
    assert len(opened) == 1
    copy = Path(opened[0].toLocalFile())
    assert copy.name == scan.name
    assert copy.read_bytes() == scan.read_bytes()  # the stored original, byte for byte


def test_an_expired_certificate_is_red_in_the_list_and_the_view(qtbot, page: SuppliersPage) -> None:
    _create(page)

    def certificate(dialog: CertificateDialog) -> None:
        dialog.number_edit.setText("old-1")
        dialog.set_dates(dt.date(2022, 1, 1), dt.date(2025, 1, 1))
        dialog.ok_button.click()
        assert not dialog.isVisible(), dialog.errors.general_text()

    through_dialog(page.action_certificate.trigger, certificate)
    alert = current_colors().alert
    listed = page.proxy.index(0, SupplierTableModel.COL_CERTIFICATES)
    assert listed.data() == "1 expired"
    assert listed.data(Qt.ItemDataRole.ForegroundRole).color().name() == alert
    state = page.view.certificates.index(0, CertificateTableModel.COL_STATE)
    assert state.data().startswith("Expired")
    assert state.data(Qt.ItemDataRole.ForegroundRole).color().name() == alert
    assert not page.view.open_scan_button.isEnabled()  # no scan was attached
    assert "No scan" in page.view.certificate_hint.text()


def test_an_auditor_sees_the_actions_and_is_told_which_role_they_take(
    qtbot, team_store: Store
) -> None:
    page = _page(qtbot, team_store, AUDITOR)
    assert page.action_new.isEnabled()  # visible and offered: the service decides

    def answer(dialog: SupplierDialog) -> None:
        dialog.code_edit.setText("MGS-01")
        dialog.name_edit.setText("Metallguss Süd")
        dialog.ok_button.click()
        assert dialog.isVisible()
        assert dialog.errors.marked() == []
        refusal = dialog.errors.general_text()
        assert "Omar Şen is an auditor" in refusal
        assert "needs the quality engineer or lead auditor or administrator role" in refusal

    through_dialog(page.action_new.trigger, answer)
    with team_store.session() as session:
        assert list_suppliers(session) == []


def test_actions_have_shortcuts_and_sit_in_the_window_menu(
    qtbot, team_store: Store, settings: QSettings
) -> None:
    window = MainWindow(team_store, settings=settings, user=QUALITY_ENGINEER, today=lambda: TODAY)
    qtbot.addWidget(window)
    page = window.suppliers_page
    keys = {action.objectName(): action.shortcut() for action in page.page_actions()}
    assert keys == {
        "action_new_supplier": QKeySequence("Ctrl+N"),  # New, as on the Audits page
        "action_edit_supplier": QKeySequence("F2"),  # Edit, as on the CAPAs page
        "action_supplier_status": QKeySequence("Ctrl+Shift+S"),
        "action_add_site": QKeySequence("Ctrl+Shift+L"),
        "action_add_contact": QKeySequence("Ctrl+Shift+K"),
        "action_add_certificate": QKeySequence("Ctrl+Shift+C"),
        "action_import_suppliers": QKeySequence("Ctrl+I"),
        "action_import_deliveries": QKeySequence("Ctrl+Shift+I"),
    }
    # Page keys answer while the page has focus: unique among the page's and the window's.
    pressable = [*page.actions(), *window.actions(), window.action_refresh, window.action_find]
    shortcuts = [a.shortcut().toString() for a in pressable if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), "a shortcut is used twice"
    assert window.menu_suppliers.actions() == page.page_actions()
    window.show_page(1)

    def answer(dialog: SupplierDialog) -> None:
        assert window.stack.currentIndex() == SUPPLIERS  # the page comes forward
        _ = dialog

    through_dialog(page.action_new.trigger, answer)
