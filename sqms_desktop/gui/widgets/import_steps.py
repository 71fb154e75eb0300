"""The middle steps of the supplier list import, as tables: which of the file's columns holds
which of our fields (a choice per field, with the column's first value beside it), and the
preview of what importing would do, with every problem by row, column and reason.

Only showing and choosing happen here; the supplier import dialog reads the file and asks the
service (services/supplier_import.py) for the plan.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem

from sqms_desktop.gui.base.labels import label
from sqms_desktop.services.supplier_import import REQUIRED_FIELDS, SUPPLIER_FIELDS, ImportPlan
from sqms_desktop.tabular import Table, normalise_header
from sqms_desktop.vocab import ImportAction

NOT_READ = ""  # the choice "this field is not in the file"
MAX_COMBO_WIDTH = 320
COMBO_PADDING = 48  # the drop-down arrow and the frame
PLAN_CHANGES = 4  # the plan table's column listing a row's changes


def _tr(text: str) -> str:
    return QCoreApplication.translate("import_steps", text)


def field_title(name: str, *, marked: bool = False) -> str:
    """Our field as a person names it; with `marked`, required ones carry a '*'."""
    titles = {
        "code": _tr("Code"),
        "name": _tr("Name"),
        "street": _tr("Street"),
        "postal_code": _tr("Postal code"),
        "city": _tr("City"),
        "country": _tr("Country"),
        "risk_class": _tr("Risk class"),
        "risk_reason": _tr("Risk reason"),
        "status": _tr("Status"),
        "approval_scope": _tr("Approval scope"),
        "commodities": _tr("Commodities"),
        "duns": _tr("DUNS"),
        "vat_id": _tr("VAT id"),
    }
    title = titles.get(name, label(name))
    return f"{title} *" if marked and name in REQUIRED_FIELDS else title


class ColumnMapping(QObject):
    """The mapping step's table: our fields, a choice of the file's column for each, and the
    value the chosen column holds in the file's first row."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        self._first_values: dict[str, str] = {}
        table.setRowCount(len(SUPPLIER_FIELDS))
        for row, name in enumerate(SUPPLIER_FIELDS):
            item = QTableWidgetItem(field_title(name, marked=True))
            item.setData(Qt.ItemDataRole.UserRole, name)
            table.setItem(row, 0, item)
            combo = QComboBox()
            combo.setObjectName(f"mapping_{name}")
            combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
            table.setCellWidget(row, 1, combo)
            table.setItem(row, 2, QTableWidgetItem(""))

    def fill(self, file: Table, chosen: dict[str, str]) -> None:
        """Offer `file`'s headers for every field, `chosen` (field → header) selected."""
        first = file.rows[0] if file.rows else None
        self._first_values = {h: (first.get(h) if first else "") for h in file.headers}
        none = _tr("(not in the file)")
        for row, name in enumerate(SUPPLIER_FIELDS):
            combo = self.combo(row)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(none, NOT_READ)
            for header in file.headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(name, NOT_READ))))
            combo.blockSignals(False)
            self._show_first_value(row)
        self.table.resizeColumnToContents(0)
        # As wide as the longest header (and the column's title), with room for the arrow.
        metrics = self.table.fontMetrics()
        texts = [*file.headers, none, _tr("Column in the file")]
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        self.table.setColumnWidth(1, min(widest + COMBO_PADDING, MAX_COMBO_WIDTH))

    def mapping(self) -> dict[str, str]:
        """Our field → the file's header for the fields given a column, and "" for a field
        chosen as not in the file although a column carries its name (so it is not read)."""
        named = {normalise_header(header) for header in self._first_values}
        chosen = {}
        for row, name in enumerate(SUPPLIER_FIELDS):
            header = self.combo(row).currentData()
            if header:
                chosen[name] = str(header)
            elif normalise_header(name) in named:
                chosen[name] = NOT_READ
        return chosen

    def map_field(self, name: str, header: str) -> None:
        """Read field `name` from the column `header` ("" for none)."""
        combo = self.combo(SUPPLIER_FIELDS.index(name))
        combo.setCurrentIndex(max(0, combo.findData(header)))

    def combo(self, row: int) -> QComboBox:
        combo = self.table.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        return combo

    def _show_first_value(self, row: int) -> None:
        header = self.combo(row).currentData()
        item = self.table.item(row, 2)
        if item is not None:
            item.setText(self._first_values.get(str(header), "") if header else "")

    @Slot(int)
    def _on_combo_current_index_changed(self, index: int) -> None:
        sender = self.sender()
        for row in range(self.table.rowCount()):
            if self.combo(row) is sender:
                self._show_first_value(row)


def fill_plan(rows: QTableWidget, problems: QTableWidget, plan: ImportPlan) -> None:
    """Each planned row (row, code, name, what happens, its changes) and each problem."""
    rows.setRowCount(len(plan.rows))
    for number, row in enumerate(plan.rows):
        changes = "; ".join(
            f"{field_title(c.field)}: "
            + (f"{c.old} → {c.new}" if row.action == ImportAction.UPDATE else c.new)
            for c in row.changes
        )
        cells = [str(row.row), row.code, row.name, label(row.action), changes]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == PLAN_CHANGES:
                item.setToolTip(changes.replace("; ", "\n"))
            rows.setItem(number, column, item)
    problems.setRowCount(len(plan.problems))
    for number, problem in enumerate(plan.problems):
        place = "" if problem.row is None else str(problem.row)
        for column, text in enumerate([place, problem.column, problem.reason]):
            item = QTableWidgetItem(text)
            item.setToolTip(problem.describe())
            problems.setItem(number, column, item)
    for table in (rows, problems):
        for column in range(table.columnCount() - 1):
            table.resizeColumnToContents(column)


def plan_summary(plan: ImportPlan) -> str:
    """What the plan does in a few lines: the counts, the columns read and left, the problems."""
    counts = _tr("{rows} row(s): {new} new, {update} to update, {same} unchanged.").format(
        rows=len(plan.rows),
        new=plan.count(ImportAction.NEW),
        update=plan.count(ImportAction.UPDATE),
        same=plan.count(ImportAction.UNCHANGED),
    )
    read = ", ".join(f"{field_title(name)} ← {header}" for name, header in plan.columns.items())
    lines = [counts, _tr("Read: {columns}.").format(columns=read or "—")]
    if plan.ignored_columns:
        lines.append(_tr("Not read: {columns}.").format(columns=", ".join(plan.ignored_columns)))
    if plan.problems:
        lines.append(
            _tr(
                "{n} problem(s) below: nothing can be imported until they are fixed. Fix the "
                "file and press Read the file again, or go back to the columns."
            ).format(n=len(plan.problems))
        )
    elif not plan.rows:
        lines.append(_tr("The file holds no supplier rows."))
    return "\n".join(lines)
