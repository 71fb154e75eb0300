"""The findings of one audit in a table the auditor can narrow by class and text.

It sits beside the checklist all day, so it reads only that audit's findings (one query) and
keeps the selection across `refresh()` after every finding raised or undone. Each finding shows
its CAPAs (or why it needs none); a major one with neither is marked, because the audit cannot
be signed so. Raise CAPA…, Raise SCAR… (one or several selected findings) and No CAPA needed…
are asked for by signal: the page above opens the dialogs, which sit in a higher room.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QWidget,
)

from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.icons import icon
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.models.tables import ID_ROLE, AnyIndex, RowFilterProxy, RowTableModel
from sqms_desktop.queries.findings import AuditFinding, findings_of_audit
from sqms_desktop.store.engine import Store
from sqms_desktop.vocab import FindingClass

# Most severe first: sorting by class puts what needs a CAPA at the top.
SEVERITY = (
    FindingClass.CRITICAL,
    FindingClass.MAJOR_NC,
    FindingClass.MINOR_NC,
    FindingClass.OBSERVATION,
    FindingClass.OPPORTUNITY_FOR_IMPROVEMENT,
    FindingClass.GOOD_PRACTICE,
)


class FindingTableModel(RowTableModel):
    COL_REFERENCE, COL_CLASS, COL_STATEMENT, COL_QUESTION, COL_PHOTOS, COL_CAPA = range(6)
    NUMERIC_COLUMNS = frozenset({COL_PHOTOS})

    def titles(self) -> list[str]:
        return [
            self.tr("Reference"),
            self.tr("Class"),
            self.tr("Statement"),
            self.tr("Question"),
            self.tr("Photos"),
            self.tr("CAPA"),
        ]

    def display(self, row: AuditFinding, column: int) -> str:
        if column == self.COL_REFERENCE:
            return row.reference
        if column == self.COL_CLASS:
            return label(row.finding_class)
        if column == self.COL_STATEMENT:
            return " ".join(row.statement.split())  # one line in the table
        if column == self.COL_QUESTION:
            return row.qid
        if column == self.COL_PHOTOS:
            return str(len(row.photos)) if row.photos else ""
        if column == self.COL_CAPA:
            if row.needs_capa_decision:
                return self.tr("CAPA or reason needed")
            return row.capa_text()
        return ""

    def sort_value(self, row: AuditFinding, column: int) -> Any:
        if column == self.COL_REFERENCE:  # F2 before F10
            return (len(row.reference), row.reference)
        if column == self.COL_CLASS:
            known = [c.value for c in SEVERITY]
            cls = row.finding_class
            return known.index(cls) if cls in known else len(known)
        if column == self.COL_PHOTOS:
            return len(row.photos)
        return super().sort_value(row, column)

    def marking(self, row: AuditFinding, column: int) -> str | None:
        if column == self.COL_CAPA:
            return "alert" if row.needs_capa_decision else None
        if column != self.COL_CLASS:
            return None
        if row.finding_class in (FindingClass.CRITICAL, FindingClass.MAJOR_NC):
            return "alert"
        if row.finding_class == FindingClass.MINOR_NC:
            return "warning"
        return None

    def tooltip(self, row: AuditFinding, column: int) -> str | None:
        if column == self.COL_STATEMENT:
            parts = [row.statement]
            if row.requirement:
                parts.append(self.tr("Requirement: {r}").format(r=row.requirement))
            return "\n\n".join(parts)
        if column == self.COL_CAPA and row.needs_capa_decision:
            return self.tr(
                "A major finding is signed only with a CAPA or a recorded reason why none is "
                "needed: raise one, or choose No CAPA needed…"
            )
        return None


class FindingFilterProxy(RowFilterProxy):
    """The text filter of every list, plus one finding class (None: every class)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._class: str | None = None

    def set_finding_class(self, finding_class: str | None) -> None:
        self.beginFilterChange()
        self._class = finding_class
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._class is not None:
            model = self.sourceModel()
            assert isinstance(model, FindingTableModel)
            if model.row_at(source_row).finding_class != self._class:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class FindingsPanel(QWidget):
    """Findings of one audit, sortable, filtered by class and by text.

    Signals:
        finding_activated(finding_id): a finding was double-clicked or Enter was pressed on it.
        raise_capa_requested(finding_ids, scar): Raise CAPA… (False) or SCAR… (True) was
            chosen for the selected findings.
        no_capa_requested(finding_id): No CAPA needed… was chosen for the selected finding.
    """

    finding_activated = Signal(str)
    raise_capa_requested = Signal(object, bool)
    no_capa_requested = Signal(str)

    def __init__(self, store: Store, audit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("findings_panel", self)
        self._store = store
        self.audit_id = audit_id
        self.model = FindingTableModel(self)
        self.proxy = FindingFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.class_combo = child(self, QComboBox, "class_combo")
        self.class_combo.addItem(self.tr("All classes"), None)
        for cls in SEVERITY:
            self.class_combo.addItem(label(cls.value), cls.value)
        self.class_combo.setAccessibleName(self.tr("Class"))
        self.filter_edit = child(self, QLineEdit, "filter_edit")
        self.filter_edit.setAccessibleName(self.tr("Filter findings"))
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.count_label = child(self, QLabel, "count_label")
        self.table = child(self, QTableView, "table")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Findings of this audit"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FindingTableModel.COL_STATEMENT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.sortByColumn(FindingTableModel.COL_REFERENCE, Qt.SortOrder.AscendingOrder)

        self.class_combo.currentIndexChanged.connect(self._on_class_combo_current_index_changed)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.table.activated.connect(self._on_table_activated)
        self._make_actions()
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.refresh()

    def _make_actions(self) -> None:
        def make(name: str, text: str, tip: str) -> QAction:
            made = QAction(text, self)
            made.setObjectName(name)
            made.setStatusTip(tip)
            made.setToolTip(tip)
            self.table.addAction(made)
            button = QToolButton(self)
            button.setObjectName(name.replace("action_", "") + "_button")
            button.setDefaultAction(made)
            self.filter_layout.addWidget(button)
            return made

        self.filter_layout = child(self, QHBoxLayout, "filter_layout")
        self.action_raise_capa = make(
            "action_raise_capa",
            self.tr("Raise &CAPA…"),
            self.tr("Raise one internal CAPA from the selected findings"),
        )
        self.action_raise_scar = make(
            "action_raise_scar",
            self.tr("Raise &SCAR…"),
            self.tr("Raise one SCAR to the supplier from the selected findings"),
        )
        self.action_no_capa = make(
            "action_no_capa",
            self.tr("&No CAPA needed…"),
            self.tr("Record why the selected major finding needs no CAPA"),
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.action_raise_capa.triggered.connect(self._on_action_raise_capa_triggered)
        self.action_raise_scar.triggered.connect(self._on_action_raise_scar_triggered)
        self.action_no_capa.triggered.connect(self._on_action_no_capa_triggered)

    def refresh(self) -> None:
        """Read the audit's findings again, keeping the selected one."""
        keep = self.selected_id()
        with self._store.session() as session:
            self.model.set_rows(findings_of_audit(session, self.audit_id))
        if keep is not None:
            self.select_id(keep)
        self._show_count()
        self._update_actions()

    def set_class_filter(self, finding_class: str | None) -> None:
        self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(finding_class)))

    def visible_references(self) -> list[str]:
        """The references as the table shows them now (filtered and sorted)."""
        rows = (
            self.proxy.mapToSource(self.proxy.index(n, 0)) for n in range(self.proxy.rowCount())
        )
        return [self.model.row_at(index.row()).reference for index in rows]

    def selected_id(self) -> str | None:
        value = self.table.currentIndex().data(ID_ROLE)
        return str(value) if value is not None else None

    def selected_ids(self) -> list[str]:
        """The selected findings, in the order the table shows them."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [
            str(self.proxy.index(row, 0).data(ID_ROLE))
            for row in rows
            if self.proxy.index(row, 0).data(ID_ROLE) is not None
        ]

    def select_ids(self, finding_ids: list[str]) -> None:
        """Select these findings (those the filter shows), the first one current."""
        self.table.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for finding_id in finding_ids:
            source_row = self.model.row_of_id(finding_id)
            if source_row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            if index.isValid():
                self.table.selectionModel().select(index, flags)
        self._update_actions()

    def select_id(self, finding_id: str) -> bool:
        source_row = self.model.row_of_id(finding_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.setCurrentIndex(index)
        return True

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (
            (self.tr("1 finding") if total == 1 else self.tr("{n} findings").format(n=total))
            if shown == total
            else self.tr("{shown} of {n} findings").format(shown=shown, n=total)
        )
        self.count_label.setText(text)

    @Slot(int)
    def _on_class_combo_current_index_changed(self, index: int) -> None:
        data = self.class_combo.itemData(index)
        self.proxy.set_finding_class(None if data is None else str(data))
        self._show_count()

    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._show_count()

    def _update_actions(self) -> None:
        chosen = [self.model.row_of_id(i) for i in self.selected_ids()]
        rows = [self.model.row_at(n) for n in chosen if n is not None]
        self.action_raise_capa.setEnabled(bool(rows))
        self.action_raise_scar.setEnabled(bool(rows))
        self.action_no_capa.setEnabled(
            len(rows) == 1
            and rows[0].finding_class in (FindingClass.MAJOR_NC, FindingClass.CRITICAL)
        )

    @Slot()
    def _on_table_selection_changed(self) -> None:
        self._update_actions()

    @Slot()
    def _on_action_raise_capa_triggered(self) -> None:
        if self.selected_ids():
            emit(self.raise_capa_requested, self.selected_ids(), False)

    @Slot()
    def _on_action_raise_scar_triggered(self) -> None:
        if self.selected_ids():
            emit(self.raise_capa_requested, self.selected_ids(), True)

    @Slot()
    def _on_action_no_capa_triggered(self) -> None:
        chosen = self.selected_ids()
        if len(chosen) == 1:
            emit(self.no_capa_requested, chosen[0])

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        value = index.data(ID_ROLE)
        if value is not None:
            emit(self.finding_activated, str(value))
