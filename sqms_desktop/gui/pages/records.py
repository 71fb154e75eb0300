"""The Audits area as a list page with its loader; audits are signed here (the Suppliers page is
in suppliers.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QToolBar,
    QToolButton,
    QWidget,
)

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.colors import Colors
from sqms_desktop.gui.base.forms import child
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.base.shortcuts import Kind, page_key, style_toolbar
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.dialogs.audit_plan import AuditPlanDialog
from sqms_desktop.gui.dialogs.closing import ClosingMeetingDialog
from sqms_desktop.gui.dialogs.no_capa import ask_no_capa_reason
from sqms_desktop.gui.dialogs.raise_capa import ask_raise_capa
from sqms_desktop.gui.dialogs.report_preview import open_report_preview
from sqms_desktop.gui.dialogs.sign import SignDialog
from sqms_desktop.gui.html.detail import audit_html
from sqms_desktop.gui.models.tables import AuditTableModel, AuditWindowModel
from sqms_desktop.gui.pages.list_page import WindowedListPage
from sqms_desktop.gui.pages.self_assessment_actions import SelfAssessmentActions
from sqms_desktop.queries.audits import (
    AuditRow,
    audit_detail,
    audit_ids,
    audit_rows,
    count_audits,
)
from sqms_desktop.queries.capa_form import capa_candidates
from sqms_desktop.queries.capa_links import no_capa_candidates
from sqms_desktop.queries.signatures import verify_signatures
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.audits import reopen_audit
from sqms_desktop.vocab import AuditStatus

Today = Callable[[], dt.date]


class AuditsPage(WindowedListPage):
    """Every audit, newest first, narrowed by status and the filter text in the store and read
    a window at a time; a completed one can be signed, and one be reopened, by the `actor`.

    Signals:
        action_started(): the signing began; the window brings the page forward.
        audit_signed(audit_id): a signature was stored and the page shows it.
        message_posted(text): a one-line result for the status bar.
        checklist_requested(audit_id): the audit's checklist is to be opened.
        capa_requested(capa_id): a CAPA raised here is to be opened on the CAPAs page.
    """

    action_started = Signal()
    audit_signed = Signal(str)
    message_posted = Signal(str)
    checklist_requested = Signal(str)
    capa_requested = Signal(str)

    model: AuditWindowModel

    def __init__(self, actor: Actor, *, parent: QWidget | None = None) -> None:
        def render(audit_id: str, colors: Colors) -> str:
            with actor.store.session() as session:  # the record and its signatures at once
                detail = audit_detail(session, audit_id)
                signatures = verify_signatures(session, "audit", audit_id)
            return audit_html(detail, colors, signatures)

        def read_ids() -> list[str]:
            order, descending = self.model.order()
            return actor.read(
                audit_ids,
                status=self.status_filter() or None,
                text=self.filter_text(),
                order=order,
                descending=descending,
            )

        super().__init__(
            AuditWindowModel(lambda ids: actor.read(audit_rows, ids)),
            read_ids,
            lambda: actor.read(count_audits),
            render,
            elastic_column=AuditTableModel.COL_SUPPLIER,
            # The detail pane names the checklist; View ▸ Columns brings the column back.
            hidden_columns=frozenset({AuditTableModel.COL_TEMPLATE}),
            parent=parent,
        )
        self.setObjectName("audits_page")
        self.name_views(self.tr("Audits"), self.tr("The selected audit"))
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
        self.action_sign = QAction(self.tr("&Sign audit…"), self)
        self.action_sign.setObjectName("action_sign_audit")
        self.action_sign.setStatusTip(
            self.tr("Sign the selected completed audit electronically, with your password")
        )
        self.action_sign.triggered.connect(self._on_action_sign_triggered)
        self.action_plan = QAction(self.tr("&Plan audit…"), self)
        self.action_plan.setObjectName("action_plan_audit")
        page_key(self, self.action_plan, Kind.NEW)
        self.action_plan.setStatusTip(self.tr("Plan a new audit of a supplier"))
        self.action_plan.triggered.connect(self._on_action_plan_triggered)
        self.action_open = QAction(self.tr("&Open checklist"), self)
        self.action_open.setObjectName("action_open_checklist")
        page_key(self, self.action_open, Kind.OPEN)
        self.action_open.setStatusTip(self.tr("Answer the selected audit's checklist (Enter)"))
        self.action_open.triggered.connect(self._on_action_open_triggered)
        self.action_closing = QAction(self.tr("&Closing meeting…"), self)
        self.action_closing.setObjectName("action_closing_meeting")
        self.action_closing.setStatusTip(
            self.tr("Record the closing meeting, complete the audit and sign it")
        )
        self.action_closing.triggered.connect(self._on_action_closing_triggered)
        self.action_report = QAction(self.tr("Audit &report…"), self)
        self.action_report.setObjectName("action_audit_report")
        page_key(self, self.action_report, Kind.REPORT)
        self.action_report.setStatusTip(self.tr("Preview, save or print the PDF audit report"))
        self.action_report.triggered.connect(self._on_action_report_triggered)
        self.action_reopen = QAction(self.tr("Re&open audit…"), self)
        self.action_reopen.setObjectName("action_reopen_audit")
        self.action_reopen.setStatusTip(
            self.tr("Unlock a completed or signed audit to change it; its signatures lapse")
        )
        self.action_reopen.triggered.connect(self._on_action_reopen_triggered)
        self.action_raise_capa = QAction(self.tr("Raise &CAPA…"), self)
        self.action_raise_capa.setObjectName("action_raise_capa")
        self.action_raise_capa.setStatusTip(
            self.tr("Raise one internal CAPA from findings of the selected audit")
        )
        self.action_raise_capa.triggered.connect(self._on_action_raise_capa_triggered)
        self.action_raise_scar = QAction(self.tr("Raise &SCAR…"), self)
        self.action_raise_scar.setObjectName("action_raise_scar")
        self.action_raise_scar.setStatusTip(
            self.tr("Raise one SCAR to the supplier from findings of the selected audit")
        )
        self.action_raise_scar.triggered.connect(self._on_action_raise_scar_triggered)
        self.action_no_capa = QAction(self.tr("&No CAPA needed…"), self)
        self.action_no_capa.setObjectName("action_no_capa")
        self.action_no_capa.setStatusTip(
            self.tr("Record why a major finding of the selected audit needs no CAPA")
        )
        self.action_no_capa.triggered.connect(self._on_action_no_capa_triggered)
        self.self_assessment = SelfAssessmentActions(actor, self)
        self.self_assessment.message_posted.connect(self.message_posted)
        self.self_assessment.audit_imported.connect(self._on_self_assessment_audit_imported)
        self.table.activated.connect(self._on_table_activated)
        self.record_shown.connect(self._on_record_shown)
        # The page's actions in a toolbar of the one style, as on every other page.
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("toolbar")
        style_toolbar(self.toolbar)
        self.toolbar.addActions(self.page_actions())
        button = self.toolbar.widgetForAction(self.self_assessment.action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        top = self.layout()
        if isinstance(top, QBoxLayout):
            top.insertWidget(1, self.toolbar)
        self._update_actions()

    def empty_text(self) -> str:
        if self.filter_text() and self.no_match():
            return self.tr(
                "No audit shows “{text}”. Empty the filter line to see every audit."
            ).format(text=self.filter_text())
        if self.status_filter():
            return self.tr(
                "No audit is {status}. Choose “All statuses” to see every audit."
            ).format(status=label(self.status_filter()).lower())
        return self.tr(
            "No audits in this store yet. Plan the first one with Audits ▸ Plan audit… (Ctrl+N "
            "on this page). An audit needs a supplier (Suppliers page, Ctrl+1) and a released "
            "checklist template (Templates page, Ctrl+3)."
        )

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
        super().clear_filters()  # reads the list again

    def page_actions(self) -> list[QAction]:
        return [
            self.action_plan,
            self.self_assessment.action,
            self.action_open,
            self.action_closing,
            self.action_raise_capa,
            self.action_raise_scar,
            self.action_no_capa,
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

    @Slot(str)
    def _on_self_assessment_audit_imported(self, audit_id: str) -> None:
        self.refresh()
        self.select_id(audit_id)

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

    def raise_capa(self, *, scar: bool) -> None:
        """Raise a CAPA or SCAR from the selected audit's findings: every finding but its good
        practices is offered, the nonconformities without an open CAPA ticked."""
        record_id = self.selected_id()
        if record_id is None:
            return
        emit(self.action_started)
        offered, ticked = self._actor.read(capa_candidates, record_id)
        raised = ask_raise_capa(self, self._actor, offered, scar=scar, ticked=ticked)
        if raised is None:
            return
        self.refresh()
        self.select_id(record_id)
        emit(self.message_posted, self.tr("{ref} raised.").format(ref=raised.reference))
        if raised.open_requested:
            emit(self.capa_requested, raised.capa_id)

    @Slot()
    def _on_action_raise_capa_triggered(self) -> None:
        self.raise_capa(scar=False)

    @Slot()
    def _on_action_raise_scar_triggered(self) -> None:
        self.raise_capa(scar=True)

    @Slot()
    def _on_action_no_capa_triggered(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        emit(self.action_started)
        candidates = self._actor.read(no_capa_candidates, record_id)
        reference = ask_no_capa_reason(self, self._actor, candidates)
        if reference is None:
            return
        self.refresh()
        self.select_id(record_id)
        emit(
            self.message_posted,
            self.tr("{ref}: why no CAPA is needed is recorded.").format(ref=reference),
        )

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
        findings = row.findings if row is not None else 0
        self.action_raise_capa.setEnabled(findings > 0)
        self.action_raise_scar.setEnabled(findings > 0)
        # The reason is signed content: it is written while the audit is still open.
        self.action_no_capa.setEnabled(
            findings > 0 and row is not None and row.status in open_states
        )
