"""The Findings page: the findings register across every audit (queries/finding_register.py).

The filters run in the store and the table reads a window of rows at a time
(gui/models/findings.py), so the page stays quick over hundreds of thousands of findings. A row
opens its audit, or from the CAPA column its CAPA, on their own pages: the page only asks
(`audit_requested`, `capa_requested`) and the main window shows them. Export writes every
finding the filters select, in the order shown, to a workbook on a worker thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QThreadPool, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from sqms_desktop.gui.base.colors import Colors
from sqms_desktop.gui.base.files import with_workbook_suffix
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.shortcuts import Kind, page_key
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.dialogs.export_progress import ExportRun
from sqms_desktop.gui.html.detail import placeholder_html
from sqms_desktop.gui.html.finding import finding_html
from sqms_desktop.gui.models.findings import FindingTableModel
from sqms_desktop.gui.pages.list_page import WindowedListPage
from sqms_desktop.gui.widgets.finding_filters import FindingFilterBar
from sqms_desktop.progress import Progress
from sqms_desktop.queries.finding_register import (
    FindingFilter,
    FindingRow,
    audits_with_findings,
    count_findings,
    finding_ids,
    finding_rows,
)
from sqms_desktop.queries.suppliers import supplier_names
from sqms_desktop.reports.registers import export_findings
from sqms_desktop.services.actor import Actor

Today = Callable[[], dt.date]
# Widest first widths of the columns whose long values (a supplier's name, "Opportunity for
# improvement") would squeeze the statement; the tooltips and the detail pane show them whole.
NARROW_COLUMNS = {
    FindingTableModel.COL_SUPPLIER: 160,
    FindingTableModel.COL_QUESTION: 90,
    FindingTableModel.COL_CLASS: 120,
    FindingTableModel.COL_CAPA: 115,
    FindingTableModel.COL_DUE: 125,
}


class FindingsPage(WindowedListPage):
    """Every finding of every audit, newest audit first; the `actor` reads (and exports).

    Signals:
        audit_requested(audit_id): show this audit on the Audits page.
        capa_requested(capa_id): show this CAPA on the CAPAs page.
        action_started(): one of the page's actions began; the window brings the page forward.
        message_posted(text): a one-line result for the status bar.
        export_finished(written): an export ended; False when cancelled or failed.
    """

    audit_requested = Signal(str)
    capa_requested = Signal(str)
    action_started = Signal()
    message_posted = Signal(str)
    export_finished = Signal(bool)

    model: FindingTableModel

    def __init__(
        self,
        actor: Actor,
        *,
        today: Today = dt.date.today,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self._actor = actor
        self._today = today
        self._pool = pool
        self._running: ExportRun | None = None
        self._folder = ""
        self._selection_actions: list[QAction] = []
        super().__init__(
            FindingTableModel(lambda ids: actor.read(finding_rows, ids, today())),
            self._read_ids,
            lambda: actor.read(count_findings),
            self._render_finding,
            elastic_column=FindingTableModel.COL_TEXT,
            # The reference names the audit already; View ▸ Columns brings the column back.
            hidden_columns=frozenset({FindingTableModel.COL_AUDIT}),
            parent=parent,
        )
        self.setObjectName("findings_page")
        self.toolbar = child(self, QToolBar, "toolbar")
        self.table_stack = child(self, QStackedWidget, "table_stack")
        self.empty_label = child(self, QLabel, "empty_label")
        self.empty_page = child(self, QWidget, "empty_page")
        self.filters = FindingFilterBar(self)
        self.filters.changed.connect(self._on_filters_changed)
        self.empty_label.linkActivated.connect(self._on_empty_label_link_activated)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._setup_actions()
        self.record_shown.connect(self._on_record_shown)
        self._update_actions()

    def _setup_actions(self) -> None:
        def action(name: str) -> QAction:
            return child(self, QAction, name)

        self.action_open_audit = action("action_open_audit")
        self.action_open_capa = action("action_open_capa")
        self.action_export = action("action_export_findings")
        self.action_clear_filter = action("action_clear_findings_filter")
        page_key(self, self.action_open_audit, Kind.OPEN)
        page_key(self, self.action_export, Kind.EXPORT)
        self.action_open_audit.triggered.connect(self._on_action_open_audit_triggered)
        self.action_open_capa.triggered.connect(self._on_action_open_capa_triggered)
        self.action_export.triggered.connect(self._on_action_export_triggered)
        self.action_clear_filter.triggered.connect(self._on_action_clear_filter_triggered)

    # -- ListPage --------------------------------------------------------------------------

    def _load_form(self) -> None:
        load_form("findings_page", self)

    def _fill(self) -> None:
        self.filters.stop_waiting()
        self.filters.set_suppliers(self._actor.read(supplier_names))
        self.filters.set_audits(self._actor.read(audits_with_findings))
        super()._fill()
        self._show_table_or_empty_state()

    def refresh(self) -> None:
        super().refresh()
        self._update_actions()

    def _size_columns(self, *, for_good: bool) -> None:
        """As every page, then narrower where a long name would leave the statement no room."""
        super()._size_columns(for_good=for_good)
        header = self.table.horizontalHeader()
        for column, widest in NARROW_COLUMNS.items():
            header.resizeSection(column, min(header.sectionSize(column), widest))

    def empty_text(self) -> str:
        if self.store_total():
            return self.tr("No finding matches the filters.")
        return self.tr(
            "No findings in this store yet: they are raised on an audit's checklist (Audits "
            "page, Ctrl+2, then Enter on an audit)."
        )

    def pick_text(self) -> str:
        return self.tr("Select a finding to see its statement, evidence and CAPA.")

    def clear_filters(self) -> None:
        self.filters.clear_quietly()
        self.refresh()

    def page_actions(self) -> list[QAction]:
        """The page's actions in toolbar order, separators included, for the window's menu."""
        return self.toolbar.actions()

    # -- public ----------------------------------------------------------------------------

    def current_filter(self) -> FindingFilter:
        return self.filters.current()

    def set_filter(self, wanted: FindingFilter) -> None:
        """Set the filter bar to `wanted` and read the findings it selects."""
        self.filters.set_quietly(wanted)
        self.refresh()

    def apply_filter(self) -> None:
        """Read the findings the filter bar selects now (typing waits a moment first)."""
        self.refresh()

    def selected_row(self) -> FindingRow | None:
        record_id = self.selected_id()
        number = None if record_id is None else self.model.row_of_id(record_id)
        return None if number is None else self.model.row_at(number)

    def selected_rows(self) -> list[FindingRow]:
        """Every selected finding, in table order (several may be raised as one CAPA)."""
        numbers = sorted(
            self.proxy.mapToSource(index).row()
            for index in self.table.selectionModel().selectedRows()
        )
        return [self.model.row_at(number) for number in numbers]

    def add_selection_action(self, action: QAction) -> None:
        """Put an action on the selected findings into the toolbar (and so the menu) beside
        Open CAPA, enabled while at least one finding is selected: the place for
        "Raise CAPA…", which acts on `selected_rows()`."""
        separator = next(a for a in self.toolbar.actions() if a.isSeparator())
        self.toolbar.insertAction(separator, action)
        self._selection_actions.append(action)
        self._update_actions()

    def open_audit(self) -> None:
        row = self.selected_row()
        if row is not None:
            emit(self.audit_requested, row.audit_id)

    def open_capa(self) -> None:
        """The first CAPA raised on the selected finding (a finding seldom has more)."""
        row = self.selected_row()
        if row is not None and row.capa_ids:
            emit(self.capa_requested, row.capa_ids[0])

    def is_busy(self) -> bool:
        return self._running is not None

    def export_to(self, path: Path) -> ExportRun | None:
        """Write every finding the filters select, in the order shown, to `path` (.xlsx added
        if missing), on a worker thread; `export_finished` says how it ended."""
        if self.is_busy():
            return None
        target = with_workbook_suffix(path)
        wanted = self.current_filter()
        order, descending = self.model.order()
        store, day = self._actor.store, self._today()

        def job(progress: Progress) -> int:
            return export_findings(
                store,
                target,
                wanted,
                today=day,
                order=order,
                descending=descending,
                progress=progress,
            )

        run = ExportRun(
            self,
            job,
            target,
            title=self.tr("Export findings"),
            noun=self.tr("findings"),
            pool=self._pool,
        )
        run.ended.connect(self._on_export_ended)
        self._running = run
        self._update_actions()
        emit(self.message_posted, self.tr("Exporting the findings to {file}…").format(file=target))
        run.start()
        return run

    # -- slots -----------------------------------------------------------------------------

    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        """The text narrows the whole register in the store (the filter bar says when), not
        the rows read, as on the other pages."""

    @Slot()
    def _on_filters_changed(self) -> None:
        self.apply_filter()

    @Slot(str)
    def _on_empty_label_link_activated(self, link: str) -> None:
        self.clear_filters()

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        row = self.selected_row()
        if row is not None and index.column() == FindingTableModel.COL_CAPA and row.capa_ids:
            self.open_capa()
        else:
            self.open_audit()

    @Slot()
    def _on_selection_changed(self) -> None:
        self._update_actions()

    @Slot(str)
    def _on_record_shown(self, record_id: str) -> None:
        self._update_actions()

    @Slot()
    def _on_action_open_audit_triggered(self) -> None:
        self.open_audit()

    @Slot()
    def _on_action_open_capa_triggered(self) -> None:
        self.open_capa()

    @Slot()
    def _on_action_clear_filter_triggered(self) -> None:
        emit(self.action_started)
        self.clear_filters()

    @Slot()
    def _on_action_export_triggered(self) -> None:
        emit(self.action_started)
        suggested = Path(self._folder or Path.home()) / f"findings-{self._today():%Y-%m-%d}.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export findings"), str(suggested), self.tr("Excel workbooks (*.xlsx)")
        )
        if name:
            self._folder = str(Path(name).parent)
            self.export_to(Path(name))

    @Slot(bool, str)
    def _on_export_ended(self, written: bool, message: str) -> None:
        self._running = None
        self._update_actions()
        emit(self.message_posted, message)
        emit(self.export_finished, written)

    # -- internals -------------------------------------------------------------------------

    def _read_ids(self) -> list[str]:
        order, descending = self.model.order()
        return self._actor.read(finding_ids, self.current_filter(), order, descending=descending)

    def _show_table_or_empty_state(self) -> None:
        if self.model.total():
            self.table_stack.setCurrentWidget(self.table)
            return
        if self.store_total():
            text = self.tr(
                "<p><b>No finding matches these filters.</b></p>"
                '<p><a href="clear">Clear the filters</a> to see every finding of every audit.</p>'
            )
        else:
            text = self.tr(
                "<p><b>No findings yet.</b></p><p>Findings are raised during an audit: on the "
                "Audits page, plan an audit and open its checklist (Enter), then raise "
                "findings on its questions. Every finding of every audit then shows here, "
                "with the CAPA raised on it.</p>"
            )
        self.empty_label.setText(text)
        self.table_stack.setCurrentWidget(self.empty_page)

    def _render_finding(self, record_id: str, colors: Colors) -> str:
        number = self.model.row_of_id(record_id)
        if number is None:
            return placeholder_html(self.pick_text(), colors)
        return finding_html(self.model.row_at(number), colors)

    def _update_actions(self) -> None:
        row = self.selected_row()
        self.action_open_audit.setEnabled(row is not None)
        self.action_open_capa.setEnabled(row is not None and bool(row.capa_ids))
        self.action_export.setEnabled(not self.is_busy() and self.model.total() > 0)
        chosen = bool(self.table.selectionModel().selectedRows())
        for action in self._selection_actions:
            action.setEnabled(chosen)
