"""The Findings page's table: the findings register, read a window at a time (a register may
hold hundreds of thousands of findings; see `WindowedTableModel`), sorted by
`queries.finding_register`."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.models.tables import WindowedTableModel
from sqms_desktop.queries.finding_register import FindingOrder, FindingRow

# Long statements are cut in the table (the detail pane shows them whole).
MAX_CELL_CHARS = 160


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_CELL_CHARS else flat[: MAX_CELL_CHARS - 1] + "…"


class FindingTableModel(WindowedTableModel):
    """Findings as `queries.finding_register` reads them; an overdue CAPA due date in the alert
    colour (as on the CAPAs page), closed findings greyed."""

    COL_REFERENCE, COL_AUDIT, COL_DATE, COL_SUPPLIER, COL_QUESTION = range(5)
    COL_CLASS, COL_TEXT, COL_CAPA, COL_DUE, COL_STATUS = range(5, 10)
    COLUMN_ORDERS = (
        FindingOrder.REFERENCE,
        FindingOrder.AUDIT,
        FindingOrder.DATE,
        FindingOrder.SUPPLIER,
        FindingOrder.QUESTION,
        FindingOrder.CLASS,
        FindingOrder.STATEMENT,
        FindingOrder.CAPA,
        FindingOrder.DUE,
        FindingOrder.STATUS,
    )
    DEFAULT_SORT = (COL_DATE, Qt.SortOrder.DescendingOrder)  # newest audit first

    # -- cells -----------------------------------------------------------------------------

    def titles(self) -> list[str]:
        return [
            self.tr("Reference"),
            self.tr("Audit"),
            self.tr("Audit date"),
            self.tr("Supplier"),
            self.tr("Question"),
            self.tr("Class"),
            self.tr("Finding"),
            self.tr("CAPA"),
            self.tr("CAPA due"),
            self.tr("Status"),
        ]

    def display(self, row: FindingRow, column: int) -> str:
        if column == self.COL_REFERENCE:
            return row.reference
        if column == self.COL_AUDIT:
            return row.audit_reference
        if column == self.COL_DATE:
            return date_text(row.audit_date)
        if column == self.COL_SUPPLIER:
            return f"{row.supplier_code} · {row.supplier_name}"
        if column == self.COL_QUESTION:
            return row.qid  # its text in the tooltip and the detail pane
        if column == self.COL_CLASS:
            return label(row.finding_class)
        if column == self.COL_TEXT:
            return _one_line(row.statement)
        if column == self.COL_CAPA:
            return ", ".join(row.capas)
        if column == self.COL_DUE:
            if row.capa_due is None:
                return ""
            due = date_text(row.capa_due)
            return self.tr("{due} · overdue").format(due=due) if row.capa_overdue else due
        if column == self.COL_STATUS:
            return label(row.status)
        return ""

    def marking(self, row: FindingRow, column: int) -> str | None:
        if column == self.COL_DUE and row.capa_overdue:
            return "alert"
        if not row.is_open:
            return "muted"
        return None

    def tooltip(self, row: FindingRow, column: int) -> str | None:
        if column == self.COL_QUESTION and row.question_text:
            return f"{row.qid}: {row.question_text}"
        if column == self.COL_TEXT:
            return row.statement
        if column == self.COL_SUPPLIER:
            return f"{row.supplier_code} — {row.supplier_name}"
        if column == self.COL_CAPA and row.capas:
            return self.tr("Enter or double-click opens {capa} on the CAPAs page").format(
                capa=row.capas[0]
            )
        if column == self.COL_DUE and row.capa_overdue:
            return self.tr("The CAPA's next stage was due on {day}").format(day=row.capa_due)
        return None
