"""The CAPA register: filters, a sortable table with overdue CAPAs in red, the detail with its
stage timeline, and the quality engineer's actions (8D editor, accept or reject a stage,
cancel, reopen, SCAR form out and back in, 8D report).

The register is read a window at a time (`WindowedListPage`): the filters, the filter text and
a header click narrow and sort in the store, over CAPAs not read yet too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QToolBar,
    QWidget,
)

from sqms_desktop.capa.stages import OPEN_STATES, next_stage
from sqms_desktop.capa.views import CapaFilter, CapaRow
from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.colors import Colors
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.base.shortcuts import Kind, page_key
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.dialogs.stage_decision import StageDecisionDialog
from sqms_desktop.gui.html.capa import capa_html
from sqms_desktop.gui.models.capas import CapaTableModel, CapaWindowModel
from sqms_desktop.gui.pages.list_page import WindowedListPage, name_widget
from sqms_desktop.gui.widgets.capa_8d_editor import Capa8DEditor
from sqms_desktop.queries.capas import (
    capa_detail,
    capa_ids,
    capa_rows,
    count_capas,
    count_overdue_capas,
)
from sqms_desktop.queries.people import printed_name
from sqms_desktop.queries.suppliers import supplier_names
from sqms_desktop.reports.settings import ReportSettings
from sqms_desktop.services import capas
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.scar_form import ScarResponse, apply_response, export_scar
from sqms_desktop.services.scar_form import preview_response as read_preview
from sqms_desktop.vocab import CapaState

Today = Callable[[], dt.date]
# The state filter's choice "every open CAPA": a filter value, not a stored state.
OPEN = "open"
__all__ = ["CapaPage", "CapaTableModel"]


class CapaPage(WindowedListPage):
    """The CAPA register, read a window at a time; the `actor` (a quality engineer) acts here.

    Signals:
        action_started(): an action began; the window brings the page forward.
        capa_changed(capa_id): a CAPA was written and the page shows it.
        message_posted(text): a one-line result for the status bar.
        overdue_counted(n): CAPAs overdue after the last refresh (for the window's badge).
    """

    action_started = Signal()
    capa_changed = Signal(str)
    message_posted = Signal(str)
    overdue_counted = Signal(int)

    model: CapaWindowModel

    def __init__(
        self,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        today: Today = dt.date.today,
        report_settings: Callable[[], ReportSettings] = ReportSettings,
    ) -> None:
        self._today = today
        self._filter = CapaFilter()
        self._actor = actor
        self._report_settings = report_settings
        self._folder = ""

        def read_ids() -> list[str]:
            order, descending = self.model.order()
            return actor.read(
                capa_ids,
                today(),
                wanted=self._filter,
                text=self.filter_text(),
                order=order,
                descending=descending,
            )

        def render(capa_id: str, colors: Colors) -> str:
            return capa_html(actor.read(capa_detail, capa_id, today()), colors)

        super().__init__(
            CapaWindowModel(lambda ids: actor.read(capa_rows, ids, today())),
            read_ids,
            lambda: actor.read(count_capas),
            render,
            elastic_column=CapaTableModel.COL_TITLE,
            parent=parent,
        )
        self.setObjectName("capa_page")
        self.name_views(self.tr("CAPAs"), self.tr("The selected CAPA"))
        self.supplier_combo = child(self, QComboBox, "supplier_combo")
        # As wide as a short name, not the longest: the filter line beside it keeps its room
        # (in German too); the list that opens shows the names in full.
        self.supplier_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.supplier_combo.setMinimumContentsLength(16)
        self.state_combo = child(self, QComboBox, "state_combo")
        self.owner_edit = child(self, QLineEdit, "owner_edit")
        name_widget(self.owner_edit, self.tr("Owner"))
        self.due_spin = child(self, QSpinBox, "due_spin")
        name_widget(self.due_spin, self.tr("Next stage due within (days)"))
        self.overdue_check = child(self, QCheckBox, "overdue_check")
        self.toolbar = child(self, QToolBar, "toolbar")
        self.supplier_combo.addItem(self.tr("All suppliers"), "")
        self.state_combo.addItem(self.tr("All states"), "")
        self.state_combo.addItem(self.tr("Open"), OPEN)
        for state in CapaState:
            self.state_combo.addItem(label(state), state.value)
        self.supplier_combo.currentIndexChanged.connect(self._on_filter_widget_changed)
        self.state_combo.currentIndexChanged.connect(self._on_filter_widget_changed)
        self.owner_edit.textChanged.connect(self._on_filter_widget_changed)
        self.due_spin.valueChanged.connect(self._on_filter_widget_changed)
        self.overdue_check.toggled.connect(self._on_filter_widget_changed)
        self._make_actions()
        self.record_shown.connect(self._on_record_shown)
        self._update_actions()

    def _load_form(self) -> None:
        load_form("capa_page", self)

    def _fill(self) -> None:
        """The ids that match and the first window; the supplier filter's choices the first
        time, and the overdue CAPAs counted in the store for the window's badge."""
        self._fill_suppliers()
        super()._fill()
        emit(self.overdue_counted, self._actor.read(count_overdue_capas, self._today()))

    def empty_text(self) -> str:
        if self.store_total():
            return self.tr("No CAPA matches. Clear the filters, or raise a CAPA from a finding.")
        return self.tr(
            "No CAPAs in this store yet. A CAPA is raised from the findings of an audit: on the "
            "Findings page (Ctrl+6) select findings and choose Findings ▸ Raise CAPA… or Raise "
            "SCAR…; on the Audits page (Ctrl+2), Audits ▸ Raise CAPA…"
        )

    def pick_text(self) -> str:
        return self.tr("Select a CAPA to see its stage timeline and 8D content.")

    def page_actions(self) -> list[QAction]:
        return list(self._actions)

    # -- filters -------------------------------------------------------------------------

    def current_filter(self) -> CapaFilter:
        return self._filter

    def set_filter(self, wanted: CapaFilter) -> None:
        self._filter = wanted
        self.refresh()

    def clear_filters(self) -> None:
        """Every CAPA: the filter widgets back to "all" and the register read again."""
        widgets = (
            self.supplier_combo,
            self.state_combo,
            self.owner_edit,
            self.due_spin,
            self.overdue_check,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.supplier_combo.setCurrentIndex(0)
        self.state_combo.setCurrentIndex(0)
        self.owner_edit.clear()
        self.due_spin.setValue(self.due_spin.minimum())
        self.overdue_check.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._filter = CapaFilter()
        super().clear_filters()  # the filter line emptied, the register read again

    @Slot()
    def _on_filter_widget_changed(self, *_: object) -> None:
        state = self.state_combo.currentData() or ""
        states = (
            frozenset(s.value for s in OPEN_STATES)
            if state == OPEN
            else frozenset({state})
            if state
            else frozenset()
        )
        due = self.due_spin.value()
        self.set_filter(
            CapaFilter(
                supplier_code=self.supplier_combo.currentData() or "",
                states=states,
                overdue_only=self.overdue_check.isChecked(),
                owner=self.owner_edit.text().strip(),
                due_within_days=None if due < 0 else due,
            )
        )

    def _fill_suppliers(self) -> None:
        """The supplier filter's choices, read once (with the first window)."""
        if not hasattr(self, "supplier_combo") or self.supplier_combo.count() > 1:
            return
        self.supplier_combo.blockSignals(True)
        for code, name in self._actor.read(supplier_names):
            self.supplier_combo.addItem(f"{code} · {name}", code)
        self.supplier_combo.blockSignals(False)

    # -- what the quality engineer does (also called by tests) ---------------------------

    def selected_row(self) -> CapaRow | None:
        record_id = self.selected_id()
        number = None if record_id is None else self.model.row_of_id(record_id)
        return None if number is None else self.model.row_at(number)

    def _act(self, what: str, change: Callable[[str], object]) -> bool:
        """Run `change` on the selected CAPA (its id); on success read again and say `what`."""
        row = self.selected_row()
        if row is None:
            return False
        try:
            change(row.id)
        except SqmsError as exc:
            self._warn(what, str(exc))
            return False
        self.refresh()
        emit(
            self.message_posted,
            self.tr("{reference}: {what}").format(reference=row.reference, what=what),
        )
        emit(self.capa_changed, row.id)
        return True

    def accept_stage(self, note: str = "") -> bool:
        today = self._today()
        return self._act(
            self.tr("stage accepted"),
            lambda capa_id: self._actor.run(capas.accept_stage, capa_id, on=today, note=note),
        )

    def reject_stage(self, reason: str) -> bool:
        today = self._today()
        return self._act(
            self.tr("stage rejected"),
            lambda capa_id: self._actor.run(capas.reject_stage, capa_id, on=today, reason=reason),
        )

    def cancel_capa(self, reason: str) -> bool:
        today = self._today()
        return self._act(
            self.tr("cancelled"),
            lambda capa_id: self._actor.run(capas.cancel_capa, capa_id, reason=reason, on=today),
        )

    def reopen_capa(self, reason: str) -> bool:
        today = self._today()
        return self._act(
            self.tr("reopened"),
            lambda capa_id: self._actor.run(capas.reopen_capa, capa_id, reason=reason, on=today),
        )

    def editor(self) -> Capa8DEditor | None:
        row = self.selected_row()
        if row is None:
            return None
        editor = Capa8DEditor(self._actor, row.id, today=self._today(), parent=self)
        editor.saved.connect(self._on_editor_saved)
        return editor

    def export_scar_to(self, path: Path) -> Path | None:
        row = self.selected_row()
        if row is None:
            return None
        try:
            issuer = self._actor.read(printed_name, self._actor.user)
            written = self._actor.read(
                export_scar, row.id, path, today=self._today(), issuer=issuer
            )
        except SqmsError as exc:
            self._warn(self.tr("Export SCAR form"), str(exc))
            return None
        emit(self.message_posted, self.tr("SCAR form written to {path}").format(path=written))
        return written

    def preview_response(self, path: Path) -> ScarResponse | None:
        """What the supplier's form would change in the selected CAPA (nothing is written)."""
        row = self.selected_row()
        try:
            return self._actor.read(
                read_preview, path, today=self._today(), expected_capa_id=row.id if row else None
            )
        except SqmsError as exc:
            self._warn(self.tr("Import supplier response"), str(exc))
            return None

    def import_response(self, path: Path) -> bool:
        row = self.selected_row()
        expected = row.id if row else None
        return self._act(
            self.tr("supplier response imported"),
            lambda capa_id: self._actor.run(apply_response, path, expected_capa_id=expected),
        )

    def write_report(self, path: Path) -> Path | None:
        row = self.selected_row()
        if row is None:
            return None
        # ReportLab only when a report is written, not when the window starts.
        from sqms_desktop.reports.capa_report import write_capa_report

        try:
            written = write_capa_report(
                self._actor.store, row.id, path, self._report_settings(), today=self._today()
            )
        except SqmsError as exc:
            self._warn(self.tr("8D report"), str(exc))
            return None
        emit(self.message_posted, self.tr("8D report written to {path}").format(path=written))
        return written

    # -- actions and their dialogs -------------------------------------------------------

    def _make_actions(self) -> None:
        def make(name: str, text: str, tip: str, slot: Callable[[], None]) -> QAction:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            self.toolbar.addAction(action)
            return action

        self.action_edit = make(
            "action_edit_8d",
            self.tr("&Edit 8D…"),
            self.tr("Edit the 8D content D0–D8"),
            self._on_action_edit_triggered,
        )
        page_key(self, self.action_edit, Kind.EDIT)
        self.action_accept = make(
            "action_accept_stage",
            self.tr("&Accept stage…"),
            self.tr("Accept the supplier's answer for the next stage"),
            self._on_action_accept_triggered,
        )
        self.action_reject = make(
            "action_reject_stage",
            self.tr("Re&ject stage…"),
            self.tr("Send the supplier's answer back with a reason; the stage stays"),
            self._on_action_reject_triggered,
        )
        self.action_cancel = make(
            "action_cancel_capa",
            self.tr("&Cancel CAPA…"),
            self.tr("Cancel with a reason"),
            self._on_action_cancel_triggered,
        )
        self.action_reopen = make(
            "action_reopen_capa",
            self.tr("Re&open…"),
            self.tr("Reopen a closed CAPA with a reason"),
            self._on_action_reopen_triggered,
        )
        self.action_export = make(
            "action_export_scar",
            self.tr("E&xport SCAR form…"),
            self.tr("Write the response workbook for the supplier"),
            self._on_action_export_triggered,
        )
        self.action_import = make(
            "action_import_response",
            self.tr("&Import response…"),
            self.tr("Read the supplier's filled form; shows the changes before applying"),
            self._on_action_import_triggered,
        )
        self.action_report = make(
            "action_capa_report",
            self.tr("8D &report…"),
            self.tr("Write the 8D report as a PDF"),
            self._on_action_report_triggered,
        )
        page_key(self, self.action_export, Kind.EXPORT)
        page_key(self, self.action_import, Kind.IMPORT)
        page_key(self, self.action_report, Kind.REPORT)
        self._actions = [
            self.action_edit,
            self.action_accept,
            self.action_reject,
            self.action_cancel,
            self.action_reopen,
            self.action_export,
            self.action_import,
            self.action_report,
        ]

    def _ask(self, title: str, prompt: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(self, title, prompt)
        return text if ok else None

    @Slot()
    def _on_action_edit_triggered(self) -> None:
        emit(self.action_started)
        editor = self.editor()
        if editor is not None:
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            editor.show()

    def decision_dialog(self, *, reject: bool) -> StageDecisionDialog | None:
        """The dialog that shows the selected CAPA's stage under review and the supplier's
        answer for it, set to accept or to reject."""
        row = self.selected_row()
        if row is None or next_stage(row.state) is None:
            return None
        detail = self._actor.read(capa_detail, row.id, self._today())
        return StageDecisionDialog(detail, reject=reject, parent=self)

    def _decide(self, *, reject: bool) -> None:
        emit(self.action_started)
        dialog = self.decision_dialog(reject=reject)
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.rejecting():
            self.reject_stage(dialog.text())
        else:
            self.accept_stage(dialog.text())

    @Slot()
    def _on_action_accept_triggered(self) -> None:
        self._decide(reject=False)

    @Slot()
    def _on_action_reject_triggered(self) -> None:
        self._decide(reject=True)

    @Slot()
    def _on_action_cancel_triggered(self) -> None:
        emit(self.action_started)
        reason = self._ask(self.tr("Cancel CAPA"), self.tr("Why is the CAPA cancelled?"))
        if reason is not None:
            self.cancel_capa(reason)

    @Slot()
    def _on_action_reopen_triggered(self) -> None:
        emit(self.action_started)
        reason = self._ask(self.tr("Reopen CAPA"), self.tr("Why is the CAPA reopened?"))
        if reason is not None:
            self.reopen_capa(reason)

    @Slot()
    def _on_action_export_triggered(self) -> None:
        emit(self.action_started)
        row = self.selected_row()
        if row is None:
            return
        suggested = Path(self._folder or Path.home()) / f"{row.reference} SCAR.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export SCAR form"), str(suggested), self.tr("Excel workbooks (*.xlsx)")
        )
        if name:
            self._folder = str(Path(name).parent)
            self.export_scar_to(Path(name))

    @Slot()
    def _on_action_import_triggered(self) -> None:
        emit(self.action_started)
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import supplier response"),
            self._folder,
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not name:
            return
        self._folder = str(Path(name).parent)
        preview = self.preview_response(Path(name))
        if preview is None:
            return
        lines = [c.describe() for c in preview.changes] or [self.tr("Nothing would change.")]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import supplier response"),
            self.tr(
                "%n change(s) to {ref} from {supplier}. Apply them?", "", len(preview.changes)
            ).format(ref=preview.reference, supplier=preview.supplier),
            QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDetailedText("\n".join(lines))
        if box.exec() == QMessageBox.StandardButton.Apply:
            self.import_response(Path(name))

    @Slot()
    def _on_action_report_triggered(self) -> None:
        emit(self.action_started)
        row = self.selected_row()
        if row is None:
            return
        suggested = Path(self._folder or Path.home()) / f"{row.reference} 8D.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("8D report"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if name:
            self._folder = str(Path(name).parent)
            self.write_report(Path(name))

    @Slot(str)
    def _on_editor_saved(self, capa_id: str) -> None:
        self.refresh()
        emit(self.capa_changed, capa_id)

    @Slot(str)
    def _on_record_shown(self, record_id: str) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.selected_row()
        chosen = row is not None
        is_open = row is not None and row.is_open
        answered = is_open and row is not None and row.state != CapaState.DRAFT
        self.action_edit.setEnabled(chosen)
        self.action_accept.setEnabled(is_open)
        self.action_reject.setEnabled(answered)
        self.action_cancel.setEnabled(is_open)
        self.action_reopen.setEnabled(
            row is not None and row.state in (CapaState.CLOSED, CapaState.VERIFICATION)
        )
        self.action_export.setEnabled(answered)
        self.action_import.setEnabled(answered)
        self.action_report.setEnabled(chosen)

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)
