"""The table of the Programme page: one row per supplier whose audit is overdue, due or planned.

Overdue rows are marked in the alert colour, those planned for after their due date in the
warning colour, so what needs planning stands out in a long programme.
"""

from __future__ import annotations

from typing import Any

from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.base.labels import grade_text, label
from sqms_desktop.gui.models.tables import RowTableModel
from sqms_desktop.queries.programme import ProgrammeRow
from sqms_desktop.vocab import ProgrammeState


class ProgrammeTableModel(RowTableModel):
    COL_MONTH, COL_SUPPLIER, COL_STATE, COL_DUE, COL_TYPE, COL_RISK = range(6)
    COL_LAST, COL_PLANNED, COL_WHY = range(6, 9)

    def titles(self) -> list[str]:
        return [
            self.tr("Month"),
            self.tr("Supplier"),
            self.tr("State"),
            self.tr("Due"),
            self.tr("Audit"),
            self.tr("Risk"),
            self.tr("Last audit"),
            self.tr("Planned"),
            self.tr("Why"),
        ]

    def display(self, row: ProgrammeRow, column: int) -> str:
        if column == self.COL_MONTH:
            return row.month
        if column == self.COL_SUPPLIER:
            return f"{row.code} · {row.name}"
        if column == self.COL_STATE:
            return label(row.state)
        if column == self.COL_DUE:
            return date_text(row.due)
        if column == self.COL_TYPE:
            return label(row.audit_type)
        if column == self.COL_RISK:
            return label(row.risk_class)
        if column == self.COL_LAST:
            if row.last_reference is None:
                return self.tr("none")
            grade = grade_text(row.last_grade)
            return f"{row.last_reference} · {date_text(row.last_held_on)}" + (
                f" · {grade}" if grade else ""
            )
        if column == self.COL_PLANNED:
            if row.planned_reference is None:
                return ""
            return f"{row.planned_reference} · {date_text(row.planned_start)}"
        if column == self.COL_WHY:
            return row.reason
        return ""

    def sort_value(self, row: ProgrammeRow, column: int) -> Any:
        if column == self.COL_MONTH:
            return (row.month, row.due)
        if column == self.COL_DUE:
            return row.due
        if column == self.COL_PLANNED:
            return row.planned_start
        return super().sort_value(row, column)

    def marking(self, row: ProgrammeRow, column: int) -> str | None:
        if column not in (self.COL_STATE, self.COL_DUE):
            return None
        if row.state == ProgrammeState.OVERDUE:
            return "alert"
        if row.state == ProgrammeState.PLANNED_LATE:
            return "warning"
        return None
