"""The Suppliers and Audits areas as list pages with their loaders; audits are signed here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.colors import Colors
from sqms_desktop.gui.base.forms import child
from sqms_desktop.gui.base.icons import icon
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.dialogs.audit_plan import AuditPlanDialog
from sqms_desktop.gui.dialogs.closing import ClosingMeetingDialog
from sqms_desktop.gui.dialogs.report_preview import open_report_preview
from sqms_desktop.gui.dialogs.sign import SignDialog
from sqms_desktop.gui.html.detail import audit_html, supplier_html
from sqms_desktop.gui.models.tables import AuditTableModel, SupplierTableModel
from sqms_desktop.gui.pages.list_page import ListPage
from sqms_desktop.queries.audits import AuditRow, audit_detail, list_audits
from sqms_desktop.queries.signatures import verify_signatures
from sqms_desktop.queries.suppliers import SupplierRow, list_suppliers, supplier_detail
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.audits import reopen_audit
from sqms_desktop.store.engine import Store
from sqms_desktop.vocab import AuditStatus

Today = Callable[[], dt.date]


class SuppliersPage(ListPage):
    """The suppliers with what needs attention as of `today` (asked at each read); only reads."""

    def __init__(self, store: Store, *, today: Today, parent: QWidget | None = None) -> None:
        def load() -> list[SupplierRow]:
            with store.session() as session:
                return list_suppliers(session, today=today())

        def render(supplier_id: str, colors: Colors) -> str:
            day = today()
            with store.session() as session:
                detail = supplier_detail(session, supplier_id, day)
            return supplier_html(detail, day, colors)

        super().__init__(
            SupplierTableModel(),
            load,
            render,
            default_sort=(SupplierTableModel.COL_CODE, Qt.SortOrder.AscendingOrder),
            elastic_column=SupplierTableModel.COL_NAME,
            parent=parent,
        )
        self.setObjectName("suppliers_page")
        self.filter_edit.setPlaceholderText(
            self.tr("Type to narrow the suppliers: code, name, country, status…")
        )

    def empty_text(self) -> str:
        return self.tr(
            "No suppliers in this store yet. To look around first, start SQMS Desktop with "
            "--demo: it opens a separate store filled with sample suppliers and audits."
        )

    def pick_text(self) -> str:
        return self.tr("Select a supplier to see its sites, certificates and open CAPAs.")


class AuditsPage(ListPage):
    """Every audit, newest first, narrowed by status if asked; a completed one can be signed,
    and one be reopened, by the `actor`.

    Signals:
        action_started(): the signing began; the window brings the page forward.
        audit_signed(audit_id): a signature was stored and the page shows it.
        message_posted(text): a one-line result for the status bar.
    """

    action_started = Signal()
    audit_signed = Signal(str)
    message_posted = Signal(str)
    checklist_requested = Signal(str)

    def __init__(self, actor: Actor, *, parent: QWidget | None = None) -> None:
        def render(audit_id: str, colors: Colors) -> str:
            with actor.store.session() as session:  # the record and its signatures at once
                detail = audit_detail(session, audit_id)
                signatures = verify_signatures(session, "audit", audit_id)
            return audit_html(detail, colors, signatures)

        def load() -> list[AuditRow]:
            return actor.read(list_audits, status=self.status_filter() or None)

        super().__init__(
            AuditTableModel(),
            load,
            render,
            default_sort=(AuditTableModel.COL_PLANNED, Qt.SortOrder.DescendingOrder),
            elastic_column=AuditTableModel.COL_SUPPLIER,
            # The detail pane names the checklist; View ▸ Columns brings the column back.
            hidden_columns=frozenset({AuditTableModel.COL_TEMPLATE}),
            parent=parent,
        )
        self.setObjectName("audits_page")
        self._actor = actor
        self.filter_edit.setPlaceholderText(
            self.tr("Type to narrow the audits: reference, supplier, status, auditor…")
        )
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status_combo")
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.setToolTip(self.tr("Only audits in this status"))
        self.status_combo.addItem(self.tr("All statuses"), "")
        for status in AuditStatus:
            self.status_combo.addItem(label(status), status.value)
        status_label = QLabel(self.tr("&Status:"), self)
        status_label.setBuddy(self.status_combo)
        filters = child(self, QHBoxLayout, "filter_layout")
        filters.addWidget(status_label)
        filters.addWidget(self.status_combo)
        self.status_combo.currentIndexChanged.connect(self._on_status_combo_current_index_changed)
        self.action_sign = QAction(icon("audits"), self.tr("&Sign audit…"), self)
        self.action_sign.setObjectName("action_sign_audit")
        self.action_sign.setStatusTip(
            self.tr("Sign the selected completed audit electronically, with your password")
        )
        self.action_sign.triggered.connect(self._on_action_sign_triggered)
        self.action_plan = QAction(icon("audits"), self.tr("&Plan audit…"), self)
        self.action_plan.setObjectName("action_plan_audit")
        self.action_plan.setShortcut(QKeySequence.StandardKey.New)
        self.action_plan.setStatusTip(self.tr("Plan a new audit of a supplier"))
        self.action_plan.triggered.connect(self._on_action_plan_triggered)
        self.action_open = QAction(icon("templates"), self.tr("&Open checklist"), self)
        self.action_open.setObjectName("action_open_checklist")
        self.action_open.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.action_open.setStatusTip(self.tr("Answer the selected audit's checklist (Enter)"))
        self.action_open.triggered.connect(self._on_action_open_triggered)
        self.action_closing = QAction(self.tr("&Closing meeting…"), self)
        self.action_closing.setObjectName("action_closing_meeting")
        self.action_closing.setStatusTip(
            self.tr("Record the closing meeting, complete the audit and sign it")
        )
        self.action_closing.triggered.connect(self._on_action_closing_triggered)
        self.action_report = QAction(icon("app"), self.tr("Audit &report…"), self)
        self.action_report.setObjectName("action_audit_report")
        self.action_report.setShortcut(QKeySequence.StandardKey.Print)
        self.action_report.setStatusTip(self.tr("Preview, save or print the PDF audit report"))
        self.action_report.triggered.connect(self._on_action_report_triggered)
        self.action_reopen = QAction(self.tr("Re&open audit…"), self)
        self.action_reopen.setObjectName("action_reopen_audit")
        self.action_reopen.setStatusTip(
            self.tr("Unlock a completed or signed audit to change it; its signatures lapse")
        )
        self.action_reopen.triggered.connect(self._on_action_reopen_triggered)
        self.table.activated.connect(self._on_table_activated)
        self.record_shown.connect(self._on_record_shown)
        self._update_actions()

    def empty_text(self) -> str:
        if self.status_filter():
            return self.tr(
                "No audit is {status}. Choose “All statuses” to see every audit."
            ).format(status=label(self.status_filter()).lower())
        return self.tr("No audits in this store yet.")

    def pick_text(self) -> str:
        return self.tr("Select an audit to see its scope, result and findings.")

    def status_filter(self) -> str:
        """The status the list is narrowed to; "" for every audit (how the page opens)."""
        return str(self.status_combo.currentData() or "")

    def set_status_filter(self, status: str) -> None:
        """Show only audits in `status` ("" for all), reading them again."""
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))

    def clear_filters(self) -> None:
        self.status_combo.blockSignals(True)
        self.status_combo.setCurrentIndex(0)
        self.status_combo.blockSignals(False)
        super().clear_filters()
        self.refresh()

    def page_actions(self) -> list[QAction]:
        return [
            self.action_plan,
            self.action_open,
            self.action_closing,
            self.action_sign,
            self.action_reopen,
            self.action_report,
        ]

    def selected_row(self) -> AuditRow | None:
        record_id = self.selected_id()
        number = None if record_id is None else self.model.row_of_id(record_id)
        return None if number is None else self.model.row_at(number)

    def sign_dialog(self) -> SignDialog | None:
        """The signing dialog for the selected audit, or None when it cannot be signed."""
        row = self.selected_row()
        if row is None or row.status != AuditStatus.COMPLETED:
            return None
        return SignDialog(self._actor.store, row, self._actor.user, self)

    @Slot(int)
    def _on_status_combo_current_index_changed(self, index: int) -> None:
        self.refresh()

    @Slot()
    def _on_action_sign_triggered(self) -> None:
        emit(self.action_started)  # the window shows the page, reading it if stale
        dialog = self.sign_dialog()
        if dialog is None:
            return
        row = self.selected_row()
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or row is None:
                return
        finally:
            dialog.deleteLater()
        self.refresh()
        emit(self.message_posted, self.tr("{reference} signed.").format(reference=row.reference))
        emit(self.audit_signed, row.id)

    @Slot()
    def _on_action_plan_triggered(self) -> None:
        emit(self.action_started)
        dialog = AuditPlanDialog(self._actor.store, self._actor.user, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.audit_id is None:
                return
        finally:
            dialog.deleteLater()
        self.refresh()
        self.select_id(dialog.audit_id)
        emit(
            self.message_posted, self.tr("{reference} planned.").format(reference=dialog.reference)
        )

    @Slot()
    def _on_action_open_triggered(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            emit(self.checklist_requested, record_id)

    @Slot(QModelIndex)
    def _on_table_activated(self, _index: QModelIndex) -> None:
        self._on_action_open_triggered()

    @Slot()
    def _on_action_closing_triggered(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        emit(self.action_started)
        dialog = ClosingMeetingDialog(self._actor.store, self._actor.user, record_id, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self.refresh()
        self.select_id(record_id)

    @Slot()
    def _on_action_reopen_triggered(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        emit(self.action_started)
        reason, given = QInputDialog.getText(
            self,
            self.tr("Reopen {reference}").format(reference=row.reference),
            self.tr(
                "Why is the audit reopened? The reason goes into the trail, and its "
                "signatures will show as no longer valid."
            ),
        )
        if not given:
            return
        try:
            self._actor.run(reopen_audit, row.id, reason=reason)
        except SqmsError as exc:
            QMessageBox.warning(self, self.tr("Not reopened"), str(exc))
            return
        self.refresh()
        self.select_id(row.id)
        emit(self.message_posted, self.tr("{reference} reopened.").format(reference=row.reference))

    @Slot()
    def _on_action_report_triggered(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            open_report_preview(self, self._actor.store, record_id)

    @Slot(str)
    def _on_record_shown(self, record_id: str) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.selected_row()
        self.action_sign.setEnabled(row is not None and row.status == AuditStatus.COMPLETED)
        open_states = (AuditStatus.IN_PROGRESS, AuditStatus.COMPLETED)
        self.action_open.setEnabled(row is not None)
        self.action_closing.setEnabled(row is not None and row.status in open_states)
        self.action_report.setEnabled(row is not None)
        reopenable = (AuditStatus.COMPLETED, AuditStatus.SIGNED)
        self.action_reopen.setEnabled(row is not None and row.status in reopenable)
