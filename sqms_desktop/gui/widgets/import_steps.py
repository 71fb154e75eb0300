"""The middle steps of a tabular import (a supplier list, deliveries from the ERP), as tables:
which of the file's columns holds which of our fields (a choice per field, with the column's
first value beside it), and the preview of what importing would do, with every problem by row,
column and reason.

Only showing and choosing happen here; the import dialogs (dialogs/tabular_import.py) read the
file and ask their service for the plan.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem

from sqms_desktop.gui.base.labels import label
from sqms_desktop.tabular import Problem, Table, normalise_header
from sqms_desktop.vocab import ImportAction

NOT_READ = ""  # the choice "this field is not in the file"
MAX_COMBO_WIDTH = 320
COMBO_PADDING = 48  # the drop-down arrow and the frame
PLAN_CHANGES = 4  # the plan table's column listing a row's changes


class Plan(Protocol):
    """What the preview shows of an import's plan (services/supplier_import.ImportPlan,
    services/kpi_plan.KpiImportPlan)."""

    @property
    def rows(self) -> Sequence[Any]: ...
    @property
    def problems(self) -> Sequence[Problem]: ...
    @property
    def columns(self) -> dict[str, str]: ...
    @property
    def ignored_columns(self) -> tuple[str, ...]: ...
    def count(self, action: ImportAction) -> int: ...


def field_title(name: str) -> str:
    """Our field as a person names it."""
    titles = {
        "code": QCoreApplication.translate("ImportSteps", "Code"),
        "name": QCoreApplication.translate("ImportSteps", "Name"),
        "street": QCoreApplication.translate("ImportSteps", "Street"),
        "postal_code": QCoreApplication.translate("ImportSteps", "Postal code"),
        "city": QCoreApplication.translate("ImportSteps", "City"),
        "country": QCoreApplication.translate("ImportSteps", "Country"),
        "risk_class": QCoreApplication.translate("ImportSteps", "Risk class"),
        "risk_reason": QCoreApplication.translate("ImportSteps", "Risk reason"),
        "status": QCoreApplication.translate("ImportSteps", "Status"),
        "approval_scope": QCoreApplication.translate("ImportSteps", "Approval scope"),
        "commodities": QCoreApplication.translate("ImportSteps", "Commodities"),
        "duns": QCoreApplication.translate("ImportSteps", "DUNS"),
        "vat_id": QCoreApplication.translate("ImportSteps", "VAT id"),
        "supplier": QCoreApplication.translate("ImportSteps", "Supplier code"),
        "delivery": QCoreApplication.translate("ImportSteps", "Delivery number"),
        "due_date": QCoreApplication.translate("ImportSteps", "Due date"),
        "received_date": QCoreApplication.translate("ImportSteps", "Received date"),
        "received_qty": QCoreApplication.translate("ImportSteps", "Received quantity"),
        "rejected_qty": QCoreApplication.translate("ImportSteps", "Rejected quantity"),
        "complaint": QCoreApplication.translate("ImportSteps", "Complaint (0/1)"),
        "premium_freight": QCoreApplication.translate("ImportSteps", "Premium freight"),
        "premium_freight_cents": QCoreApplication.translate("ImportSteps", "Premium freight"),
        "period": QCoreApplication.translate("ImportSteps", "Month"),
    }
    return titles.get(name, label(name))


class ColumnMapping(QObject):
    """The mapping step's table: our fields, a choice of the file's column for each, and the
    value the chosen column holds in the file's first row."""

    def __init__(self, table: QTableWidget, fields: Sequence[str], required: Sequence[str]) -> None:
        super().__init__(table)
        self.table = table
        self.fields = tuple(fields)
        self._first_values: dict[str, str] = {}
        table.setRowCount(len(self.fields))
        for row, name in enumerate(self.fields):
            title = field_title(name)
            item = QTableWidgetItem(f"{title} *" if name in required else title)
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
        none = QCoreApplication.translate("ImportSteps", "(not in the file)")
        for row, name in enumerate(self.fields):
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
        texts = [
            *file.headers,
            none,
            QCoreApplication.translate("ImportSteps", "Column in the file"),
        ]
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        self.table.setColumnWidth(1, min(widest + COMBO_PADDING, MAX_COMBO_WIDTH))

    def mapping(self) -> dict[str, str]:
        """Our field → the file's header for the fields given a column, and "" for a field
        chosen as not in the file although a column carries its name (so it is not read)."""
        named = {normalise_header(header) for header in self._first_values}
        chosen = {}
        for row, name in enumerate(self.fields):
            header = self.combo(row).currentData()
            if header:
                chosen[name] = str(header)
            elif normalise_header(name) in named:
                chosen[name] = NOT_READ
        return chosen

    def map_field(self, name: str, header: str) -> None:
        """Read field `name` from the column `header` ("" for none)."""
        combo = self.combo(self.fields.index(name))
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


def changes_text(row: Any) -> str:
    """A planned row's changes ("Name: old → new; …"; a new record's values)."""
    return "; ".join(
        f"{field_title(c.field)}: "
        + (f"{c.old} → {c.new}" if row.action == ImportAction.UPDATE else c.new)
        for c in row.changes
    )


def fill_plan(
    rows: QTableWidget,
    problems: QTableWidget,
    plan: Plan,
    cells: Callable[[Any], list[str]],
) -> None:
    """Each planned row as `cells` gives it (row, two that name it, what happens, the
    changes) and each problem."""
    rows.setRowCount(len(plan.rows))
    for number, row in enumerate(plan.rows):
        for column, text in enumerate(cells(row)):
            item = QTableWidgetItem(text)
            if column == PLAN_CHANGES:
                item.setToolTip(text.replace("; ", "\n"))
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


def plan_summary(plan: Plan, empty: str) -> str:
    """What the plan does in a few lines: the counts, the columns read and left, the problems."""
    counts = QCoreApplication.translate(
        "ImportSteps", "{rows} row(s): {new} new, {update} to update, {same} unchanged."
    ).format(
        rows=len(plan.rows),
        new=plan.count(ImportAction.NEW),
        update=plan.count(ImportAction.UPDATE),
        same=plan.count(ImportAction.UNCHANGED),
    )
    read = ", ".join(f"{field_title(name)} ← {header}" for name, header in plan.columns.items())
    lines = [
        counts,
        QCoreApplication.translate("ImportSteps", "Read: {columns}.").format(columns=read or "—"),
    ]
    if plan.ignored_columns:
        lines.append(
            QCoreApplication.translate("ImportSteps", "Not read: {columns}.").format(
                columns=", ".join(plan.ignored_columns)
            )
        )
    if plan.problems:
        lines.append(
            QCoreApplication.translate(
                "ImportSteps",
                "{n} problem(s) below: nothing can be imported until they are fixed. Fix the "
                "file and press Read the file again, or go back to the columns.",
            ).format(n=len(plan.problems))
        )
    elif not plan.rows:
        lines.append(empty)
    return "\n".join(lines)
