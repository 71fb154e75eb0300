"""The Sync page's Conflicts tab: the open conflicts, the hint above them, and Resolve.

Kept apart from the page so the page is about bundles and this about decisions: it owns the
table's model and selection and runs the resolve dialog (gui/dialogs/conflict_resolve.py); the
page tells it the rows it read and hears back when a conflict was settled.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableView, QWidget

from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.dialogs.conflict_resolve import ConflictResolveDialog, field_text
from sqms_desktop.gui.models.sync import ConflictModel
from sqms_desktop.gui.models.tables import RowFilterProxy
from sqms_desktop.queries.sync import ConflictRow
from sqms_desktop.services.actor import Actor


class ConflictList(QObject):
    """The conflicts shown in `table`, explained in `label`; `host` parents the dialog.

    Signals:
        resolved(message): a conflict was settled (one line for the status bar).
        selection_changed(): another conflict (or none) is selected.
    """

    resolved = Signal(str)
    selection_changed = Signal()

    def __init__(self, actor: Actor, table: QTableView, label: QLabel, host: QWidget) -> None:
        super().__init__(host)
        self._actor = actor
        self._host = host
        self.table = table
        self.label = label
        self.model = ConflictModel(self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table.setModel(self.proxy)
        table.sortByColumn(ConflictModel.COL_LATEST, Qt.SortOrder.DescendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ConflictModel.COL_SHOWN, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)

    def count(self) -> int:
        return self.model.rowCount()

    def set_rows(self, rows: list[ConflictRow]) -> None:
        """Show `rows`, keeping the selected conflict if it is still open."""
        keep = self.selected()
        self.model.set_rows(rows)
        self.select(keep.id if keep else None)
        if rows:
            self.label.setText(
                self.tr(
                    "Two replicas changed the same thing before either saw the other's change. "
                    "Each record shows the side in “Shown now” until someone decides: select a "
                    "conflict and press Enter (or Resolve…) to compare the sides."
                )
            )
        else:
            self.label.setText(
                self.tr(
                    "No open conflicts: every change that arrived was merged. Concurrent edits "
                    "of the same field appear here after an import."
                )
            )
        self.table.setVisible(bool(rows))

    def selected(self) -> ConflictRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row: ConflictRow = self.model.row_at(self.proxy.mapToSource(index).row())
        return row

    def select(self, conflict_id: str | None) -> bool:
        """Select the conflict (the first one for None); False when it is not listed."""
        row = 0
        for number in range(self.model.rowCount()):
            if conflict_id is not None and self.model.row_at(number).id == conflict_id:
                row = self.proxy.mapFromSource(self.model.index(number, 0)).row()
                break
        if not 0 <= row < self.proxy.rowCount():
            return False
        self.table.setCurrentIndex(self.proxy.index(row, 0))
        chosen = self.selected()
        return chosen is not None and conflict_id in (None, chosen.id)

    def dialog(self) -> ConflictResolveDialog | None:
        conflict = self.selected()
        return (
            None if conflict is None else ConflictResolveDialog(self._actor, conflict, self._host)
        )

    def resolve(self) -> bool:
        """Open the dialog for the selected conflict; True once it was settled."""
        conflict = self.selected()
        dialog = self.dialog()
        if conflict is None or dialog is None:
            return False
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            outcome = dialog.outcome
        finally:
            dialog.deleteLater()
        emit(
            self.resolved,
            self.tr("Conflict on {record} ({field}) resolved: {outcome}.").format(
                record=conflict.record_label, field=field_text(conflict), outcome=outcome
            ),
        )
        return True

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        emit(self.selection_changed)
