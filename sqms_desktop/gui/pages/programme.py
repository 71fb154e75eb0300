"""The Programme page: the audit programme by month, and planning an audit from it.

Each row is a supplier whose next audit is overdue, due within the horizon, or planned
(`queries/programme.py`, the rule in `performance/programme.py`). Plan audit… opens the audit
plan filled in from the row, so the programme turns into planned audits in a few keystrokes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QComboBox, QDialog, QHBoxLayout, QLabel, QToolBar, QWidget

from sqms_desktop.gui.base.colors import Colors
from sqms_desktop.gui.base.forms import child
from sqms_desktop.gui.base.shortcuts import Kind, page_action, style_toolbar
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.dialogs.audit_plan import AuditPlanDialog
from sqms_desktop.gui.html.detail import placeholder_html
from sqms_desktop.gui.html.programme import programme_html
from sqms_desktop.gui.models.programme import ProgrammeTableModel
from sqms_desktop.gui.pages.list_page import ListPage
from sqms_desktop.queries.programme import ProgrammeRow, programme
from sqms_desktop.services.actor import Actor

Today = Callable[[], dt.date]
HORIZONS = (3, 6, 12, 24, 36)


class ProgrammePage(ListPage):
    """The audit programme, read for `today`; the `actor` plans audits from it.

    Signals:
        action_started(): planning began; the window brings the page forward.
        audit_planned(audit_id): an audit was planned from the programme.
        message_posted(text): a one-line result for the status bar.
    """

    action_started = Signal()
    audit_planned = Signal(str)
    message_posted = Signal(str)

    def __init__(self, actor: Actor, *, today: Today, parent: QWidget | None = None) -> None:
        self._actor = actor
        self._today = today

        def load() -> list[ProgrammeRow]:
            return actor.read(programme, today(), self.months())

        def render(supplier_id: str, colors: Colors) -> str:
            row = self._row(supplier_id)
            if row is None:
                return placeholder_html(self.pick_text(), colors)
            return programme_html(row, colors)

        super().__init__(
            ProgrammeTableModel(),
            load,
            render,
            default_sort=(ProgrammeTableModel.COL_MONTH, Qt.SortOrder.AscendingOrder),
            elastic_column=ProgrammeTableModel.COL_WHY,
            hidden_columns=frozenset({ProgrammeTableModel.COL_RISK}),
            parent=parent,
        )
        self.setObjectName("programme_page")
        self.name_views(self.tr("Audit programme"), self.tr("The selected programme row"))
        self.filter_edit.setPlaceholderText(
            self.tr("Type to narrow the programme: supplier, month, state, reason…")
        )
        self.months_combo = QComboBox(self)
        self.months_combo.setObjectName("months_combo")
        self.months_combo.setAccessibleName(self.tr("Horizon"))
        self.months_combo.setToolTip(self.tr("How many months ahead the programme looks"))
        for months in HORIZONS:
            self.months_combo.addItem(self.tr("next {n} months").format(n=months), months)
        self.months_combo.setCurrentIndex(HORIZONS.index(12))
        horizon_label = QLabel(self.tr("&Horizon:"), self)
        horizon_label.setBuddy(self.months_combo)
        filters = child(self, QHBoxLayout, "filter_layout")
        filters.addWidget(horizon_label)
        filters.addWidget(self.months_combo)
        self.months_combo.currentIndexChanged.connect(self._on_months_combo_index_changed)
        self.action_plan = page_action(
            self,
            "action_plan_from_programme",
            self.tr("&Plan audit…"),
            Kind.NEW,
            self.tr("Plan the selected supplier's audit, filled in from the programme"),
            self._on_action_plan_triggered,
        )
        self.table.activated.connect(self._on_table_activated)
        self.record_shown.connect(self._on_record_shown)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("toolbar")
        style_toolbar(self.toolbar)
        self.toolbar.addActions(self.page_actions())
        top = self.layout()
        if isinstance(top, QBoxLayout):
            top.insertWidget(1, self.toolbar)
        self._update_actions()

    def page_actions(self) -> list[QAction]:
        return [self.action_plan]

    def empty_text(self) -> str:
        return self.tr(
            "No audit is overdue, due or planned in the next {n} months. Choose a longer "
            "horizon, or add suppliers on the Suppliers page (Ctrl+1): their status and risk "
            "class set when each is due for an audit."
        ).format(n=self.months())

    def pick_text(self) -> str:
        return self.tr("Select a supplier to see why its audit is due and plan it.")

    def months(self) -> int:
        return int(self.months_combo.currentData() or 12)

    def set_months(self, months: int) -> None:
        self.months_combo.setCurrentIndex(self.months_combo.findData(months))

    def selected_row(self) -> ProgrammeRow | None:
        record_id = self.selected_id()
        return None if record_id is None else self._row(record_id)

    def plan_dialog(self) -> AuditPlanDialog | None:
        """The audit plan filled in from the selected row (None without a selection)."""
        row = self.selected_row()
        if row is None:
            return None
        dialog = AuditPlanDialog(self._actor.store, self._actor.user, self, today=self._today)
        start = max(row.due, self._today())  # an overdue audit is planned from today on
        dialog.prefill(
            row.supplier_id,
            row.audit_type,
            start,
            template_id=row.template_id,
            objectives=self.tr("Audit programme: {why}.").format(why=row.reason),
        )
        return dialog

    def _row(self, supplier_id: str) -> ProgrammeRow | None:
        number = self.model.row_of_id(supplier_id)
        return None if number is None else self.model.row_at(number)

    def _update_actions(self) -> None:
        row = self.selected_row()
        self.action_plan.setEnabled(row is not None and row.planned_audit_id is None)

    @Slot(str)
    def _on_record_shown(self, _record_id: str) -> None:
        self._update_actions()

    @Slot(int)
    def _on_months_combo_index_changed(self, _index: int) -> None:
        self.refresh()

    @Slot(QModelIndex)
    def _on_table_activated(self, _index: QModelIndex) -> None:
        if self.action_plan.isEnabled():
            self._on_action_plan_triggered()

    @Slot()
    def _on_action_plan_triggered(self) -> None:
        emit(self.action_started)
        dialog = self.plan_dialog()
        if dialog is None:
            return
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.audit_id is None:
                return
            audit_id, reference = dialog.audit_id, dialog.reference
        finally:
            dialog.deleteLater()
        row = self.selected_row()
        self.refresh()
        if row is not None:
            self.select_id(row.supplier_id)
        emit(self.message_posted, self.tr("{reference} planned.").format(reference=reference))
        emit(self.audit_planned, audit_id)
