"""The Suppliers page: the supplier master as a searchable list with what needs attention, the
selected supplier's view in tabs, and the actions that keep the master (new, edit, status,
sites, contacts, certificates, list import).

Every action opens a dialog that calls a service of `services/suppliers.py` (or the import of
`services/supplier_import.py`); whether the signed-in user may do it is the service's decision,
so the actions stay available to everyone and a refusal, naming the role it takes, is shown in
the dialog.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from sqms_desktop.errors import SqmsError
from sqms_desktop.evidence import suffix_for
from sqms_desktop.gui.base.colors import Colors
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.shortcuts import Kind, page_action
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.dialogs.kpi_import import KpiImportDialog
from sqms_desktop.gui.dialogs.supplier import StatusDialog, SupplierDialog
from sqms_desktop.gui.dialogs.supplier_import import SupplierImportDialog
from sqms_desktop.gui.dialogs.supplier_parts import CertificateDialog, ContactDialog, SiteDialog
from sqms_desktop.gui.html.supplier import supplier_html
from sqms_desktop.gui.models.suppliers import SupplierTableModel, SupplierWindowModel
from sqms_desktop.gui.pages.list_page import WindowedListPage, name_after_tabs, name_widget
from sqms_desktop.gui.pages.supplier_partnership import PartnershipActions
from sqms_desktop.gui.widgets.scorecard_panel import ScorecardPanel
from sqms_desktop.gui.widgets.supplier_kpis import SupplierKpis
from sqms_desktop.gui.widgets.supplier_view import SupplierView
from sqms_desktop.queries.evidence import attachment_row
from sqms_desktop.queries.partnership import partnership_detail
from sqms_desktop.queries.supplier_detail import CertificateRow, SupplierDetail, supplier_detail
from sqms_desktop.queries.suppliers import count_suppliers, supplier_ids, supplier_rows
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.attachments import attachment_store

log = logging.getLogger(__name__)

Today = Callable[[], dt.date]


class SuppliersPage(WindowedListPage):
    """The supplier master; the `actor` (the signed-in user) acts here.

    Signals:
        action_started(): an action began; the window brings the page forward.
        supplier_changed(supplier_id): a supplier was written and the page shows it.
        message_posted(text): a one-line result for the status bar.
    """

    action_started = Signal()
    supplier_changed = Signal(str)
    message_posted = Signal(str)
    audit_requested = Signal(str)
    capa_requested = Signal(str)
    scorecard_panel: ScorecardPanel
    kpis: SupplierKpis
    model: SupplierWindowModel

    def __init__(self, actor: Actor, *, today: Today, parent: QWidget | None = None) -> None:
        self._actor = actor
        self._today = today
        self._detail: SupplierDetail | None = None

        def render(supplier_id: str, colors: Colors) -> str:
            day = today()
            self._detail = None  # a supplier that cannot be read leaves no other's tabs shown
            self.view.clear()
            detail = actor.read(supplier_detail, supplier_id, day)
            self._detail = detail
            self.view.show_detail(detail, day)
            self.view.show_partnership(actor.read(partnership_detail, supplier_id, day), day)
            self.scorecard_panel.show_supplier(supplier_id)
            self.kpis.show_supplier(supplier_id)
            return supplier_html(detail, day, colors)

        def read_ids() -> list[str]:
            order, descending = self.model.order()
            return actor.read(
                supplier_ids,
                text=self.filter_text(),
                order=order,
                descending=descending,
                today=today(),
            )

        super().__init__(
            SupplierWindowModel(lambda ids: actor.read(supplier_rows, ids, today())),
            read_ids,
            lambda: actor.read(count_suppliers),
            render,
            elastic_column=SupplierTableModel.COL_NAME,
            hidden_columns=SupplierTableModel.HIDDEN_AT_FIRST,
            parent=parent,
        )
        self.setObjectName("suppliers_page")
        self.name_views(self.tr("Suppliers"), self.tr("The selected supplier"))
        self.filter_edit.setPlaceholderText(
            self.tr("Type to narrow the suppliers: code, name, country, status, risk…")
        )
        self.body = child(self, QStackedWidget, "body")
        self.empty_body = child(self, QWidget, "empty_body")
        self.list_body = child(self, QWidget, "list_body")
        self.empty_label = child(self, QLabel, "empty_label")
        self.empty_label.setText(self.empty_text())
        self.toolbar = child(self, QToolBar, "toolbar")
        self._make_actions()
        child(self, QPushButton, "empty_new_button").clicked.connect(self.action_new.trigger)
        child(self, QPushButton, "empty_import_button").clicked.connect(self.action_import.trigger)
        self.view.scan_requested.connect(self._on_view_scan_requested)
        # The Performance tab: scorecard and trend, the monthly KPIs and their deliveries.
        self.scorecard_panel = ScorecardPanel(actor, today=today)
        self.kpis = SupplierKpis(actor, today=today)
        self.view.set_performance(self.scorecard_panel, self.kpis)
        name_widget(self.kpis.months_view, self.tr("KPIs by month"))
        name_widget(self.kpis.deliveries_view, self.tr("Deliveries of the month"))
        name_widget(self.scorecard_panel.text, self.tr("Scorecard"))
        self.scorecard_panel.audit_requested.connect(self.audit_requested)
        self.scorecard_panel.capa_requested.connect(self.capa_requested)
        self.scorecard_panel.deliveries_requested.connect(self._on_deliveries_requested)
        self.partnership = PartnershipActions(
            actor, self.view.partnership, self.current_detail, self.after_write, today=today,
            parent=self,
        )  # fmt: skip
        name_after_tabs(self.view)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_custom_context_menu_requested)
        self.table.activated.connect(self.action_edit.trigger)
        self.record_shown.connect(self._on_record_shown)
        self._update_actions()

    def _load_form(self) -> None:
        load_form("suppliers_page", self)
        self.view = SupplierView()
        child(self, QSplitter, "splitter").addWidget(self.view)

    def empty_text(self) -> str:
        if self.no_match():
            return self.tr(
                "No supplier shows “{text}”. Empty the filter line to see every supplier."
            ).format(text=self.filter_text())
        return self.tr(
            "No suppliers in this store yet. Create the first one (Ctrl+N), or import your "
            "supplier list from a spreadsheet or an export of your ERP (Ctrl+I). (To look "
            "around first, start SQMS Desktop with --demo: it opens a separate store filled "
            "with sample data.)"
        )

    def pick_text(self) -> str:
        return self.tr("Select a supplier to see its master data, sites and certificates.")

    def page_actions(self) -> list[QAction]:
        return list(self._actions)

    def refresh(self) -> None:
        super().refresh()
        empty = self.store_total() == 0  # not when the filter text matches none
        self.body.setCurrentWidget(self.empty_body if empty else self.list_body)
        if self.selected_id() is None:
            self._detail = None
            self.view.clear()
        self._update_actions()

    def showing_empty_state(self) -> bool:
        return self.body.currentWidget() is self.empty_body

    def current_detail(self) -> SupplierDetail | None:
        """What the supplier view shows (None with no supplier selected)."""
        return self._detail if self.selected_id() is not None else None

    # -- the actions' dialogs, made here so a test can also open one on its own -----------

    def new_dialog(self) -> SupplierDialog:
        return SupplierDialog(self._actor, parent=self)

    def edit_dialog(self) -> SupplierDialog | None:
        detail = self.current_detail()
        return None if detail is None else SupplierDialog(self._actor, detail, self)

    def status_dialog(self) -> StatusDialog | None:
        detail = self.current_detail()
        return None if detail is None else StatusDialog(self._actor, detail, self)

    def site_dialog(self) -> SiteDialog | None:
        detail = self.current_detail()
        if detail is None:
            return None
        return SiteDialog(self._actor, detail.supplier.id, self._named(detail), self)

    def contact_dialog(self) -> ContactDialog | None:
        detail = self.current_detail()
        if detail is None:
            return None
        return ContactDialog(self._actor, detail.supplier.id, self._named(detail), self)

    def certificate_dialog(self) -> CertificateDialog | None:
        detail = self.current_detail()
        if detail is None:
            return None
        return CertificateDialog(
            self._actor, detail.supplier.id, self._named(detail), self, today=self._today()
        )

    def show_deliveries(self, period: str) -> None:
        """The shown supplier's Performance tab with the deliveries of `period` listed."""
        self.view.show_tab(self.view.performance_tab)
        self.kpis.select_month(period)

    def import_dialog(self) -> SupplierImportDialog:
        return SupplierImportDialog(self._actor, self)

    def open_scan(self, certificate: CertificateRow) -> Path | None:
        """Open the certificate's scan in the program the system uses for it; a read-only
        copy under its own name, so the stored original is never edited elsewhere."""
        if certificate.attachment_id is None:
            return None
        try:
            scan = self._actor.read(attachment_row, certificate.attachment_id)
            attachments = attachment_store(self._actor.store)
            data = attachments.read(scan.sha256, suffix_for(scan.media_type))
        except SqmsError as exc:
            QMessageBox.warning(self, self.tr("Scan not opened"), str(exc))
            return None
        folder = Path(tempfile.mkdtemp(prefix="sqms-certificate-"))
        copy = folder / scan.original_name
        copy.write_bytes(data)
        copy.chmod(0o444)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy

    # -- actions ---------------------------------------------------------------------------

    def _make_actions(self) -> None:
        def make(name: str, text: str, keys: str, tip: str, slot: Callable[[], None]) -> QAction:
            return page_action(self, name, text, keys, tip, slot)

        self.action_new = make(
            "action_new_supplier",
            self.tr("&New supplier…"),
            Kind.NEW,
            self.tr("Create a supplier with its master data"),
            self._on_action_new_triggered,
        )
        self.action_edit = make(
            "action_edit_supplier",
            self.tr("&Edit…"),
            Kind.EDIT,
            self.tr("Change the selected supplier's master data (Enter)"),
            self._on_action_edit_triggered,
        )
        self.action_status = make(
            "action_supplier_status",
            self.tr("Change &status…"),
            "Ctrl+Shift+S",
            self.tr("Approve, put on probation or disqualify the supplier, with a reason"),
            self._on_action_status_triggered,
        )
        self.action_site = make(
            "action_add_site",
            self.tr("Add s&ite…"),
            "Ctrl+Shift+L",
            self.tr("Add a site (a location and the processes run there)"),
            self._on_action_site_triggered,
        )
        self.action_contact = make(
            "action_add_contact",
            self.tr("Add &contact…"),
            "Ctrl+Shift+K",
            self.tr("Add a contact person"),
            self._on_action_contact_triggered,
        )
        self.action_certificate = make(
            "action_add_certificate",
            self.tr("Add ce&rtificate…"),
            "Ctrl+Shift+C",
            self.tr("Add a certificate with its scan"),
            self._on_action_certificate_triggered,
        )
        self.action_import = make(
            "action_import_suppliers",
            self.tr("&Import supplier list…"),
            Kind.IMPORT,
            self.tr("Create and update suppliers from a spreadsheet or an ERP export"),
            self._on_action_import_triggered,
        )
        self._selection_actions = [
            self.action_edit,
            self.action_status,
            self.action_site,
            self.action_contact,
            self.action_certificate,
        ]
        self.action_import_deliveries = make(
            "action_import_deliveries",
            self.tr("Import &deliveries (KPIs)…"),
            "Ctrl+Shift+I",
            self.tr("Bring in deliveries from an ERP export: on-time delivery, PPM, complaints"),
            self._on_action_import_deliveries_triggered,
        )
        self._actions = [
            self.action_new,
            *self._selection_actions,
            self.action_import,
            self.action_import_deliveries,
        ]
        for action in self._actions:
            self.toolbar.addAction(action)
            if action is self.action_certificate:
                self.toolbar.addSeparator()

    def _update_actions(self) -> None:
        chosen = self.selected_id() is not None
        for action in self._selection_actions:
            action.setEnabled(chosen)

    def _named(self, detail: SupplierDetail) -> str:
        return f"{detail.supplier.code} · {detail.supplier.name}"

    def _run(self, dialog: QDialog | None, done: Callable[[], str]) -> bool:
        """Show `dialog`; once it stored something, read again and say `done()`."""
        emit(self.action_started)
        if dialog is None:
            return False
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        finally:
            dialog.deleteLater()
        self.refresh()
        emit(self.message_posted, done())
        return True

    def after_write(self, supplier_id: str | None) -> None:
        """Read again, show `supplier_id`, and tell the window a supplier changed."""
        self.refresh()
        if supplier_id:
            self.select_id(supplier_id)
            emit(self.supplier_changed, supplier_id)

    @Slot()
    def _on_action_new_triggered(self) -> None:
        dialog = self.new_dialog()
        if self._run(
            dialog, lambda: self.tr("Supplier {code} created.").format(code=dialog.values().code)
        ):
            self.after_write(dialog.supplier_id)

    @Slot()
    def _on_action_edit_triggered(self) -> None:
        detail = self.current_detail()
        if detail is not None and self._run(
            self.edit_dialog(),
            lambda: self.tr("Supplier {code} saved.").format(code=detail.supplier.code),
        ):
            self.after_write(detail.supplier.id)

    @Slot()
    def _on_action_status_triggered(self) -> None:
        detail = self.current_detail()
        if detail is not None and self._run(
            self.status_dialog(),
            lambda: self.tr("Status of {code} changed.").format(code=detail.supplier.code),
        ):
            self.after_write(detail.supplier.id)
            self.view.show_history()

    @Slot()
    def _on_action_site_triggered(self) -> None:
        detail = self.current_detail()
        if detail is not None and self._run(
            self.site_dialog(),
            lambda: self.tr("Site added to {code}.").format(code=detail.supplier.code),
        ):
            self.after_write(detail.supplier.id)
            self.view.show_tab(self.view.sites_tab)

    @Slot()
    def _on_action_contact_triggered(self) -> None:
        detail = self.current_detail()
        if detail is not None and self._run(
            self.contact_dialog(),
            lambda: self.tr("Contact added to {code}.").format(code=detail.supplier.code),
        ):
            self.after_write(detail.supplier.id)
            self.view.show_tab(self.view.contacts_tab)

    @Slot()
    def _on_action_certificate_triggered(self) -> None:
        detail = self.current_detail()
        if detail is not None and self._run(
            self.certificate_dialog(),
            lambda: self.tr("Certificate added to {code}.").format(code=detail.supplier.code),
        ):
            self.after_write(detail.supplier.id)
            self.view.show_tab(self.view.certificates_tab)

    @Slot()
    def _on_action_import_triggered(self) -> None:
        emit(self.action_started)
        dialog = self.import_dialog()
        dialog.imported.connect(self._on_import_dialog_imported)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    @Slot()
    def _on_action_import_deliveries_triggered(self) -> None:
        emit(self.action_started)
        dialog = KpiImportDialog(self._actor, self)
        dialog.imported.connect(self._on_import_dialog_imported)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    @Slot(str, str)
    def _on_deliveries_requested(self, supplier_id: str, period: str) -> None:
        if supplier_id == self.selected_id():
            self.show_deliveries(period)

    @Slot(str)
    def _on_import_dialog_imported(self, summary: str) -> None:
        self.after_write(None)
        emit(self.message_posted, summary)

    @Slot(object)
    def _on_view_scan_requested(self, certificate: CertificateRow) -> None:
        self.open_scan(certificate)

    @Slot(QPoint)
    def _on_table_custom_context_menu_requested(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions(self._actions)
        menu.exec(self.table.viewport().mapToGlobal(position))
        menu.deleteLater()

    @Slot(str)
    def _on_record_shown(self, record_id: str) -> None:
        if not record_id:
            self._detail = None
            self.view.clear()
        self._update_actions()
