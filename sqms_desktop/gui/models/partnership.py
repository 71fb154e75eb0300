"""Table models of the supplier view's partnership tab: risks, quality agreements,
development actions, costs of poor quality and supplier reviews.

A high risk is marked in the alert colour and a medium one in amber; a closed risk, an
agreement not in force and a done or cancelled action are greyed; an overdue action is amber.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.base.numbers import decimal_text, integer_text, short_number_text
from sqms_desktop.gui.models.tables import RowTableModel
from sqms_desktop.queries.development import DevelopmentRow
from sqms_desktop.queries.poor_quality_costs import CostRow
from sqms_desktop.queries.quality_agreements import AgreementRow
from sqms_desktop.queries.supplier_reviews import ReviewRow
from sqms_desktop.queries.supplier_risks import RiskRow
from sqms_desktop.vocab import DevelopmentStatus, RiskClass, RiskStatus


def money(cents: int, currency: str) -> str:
    return f"{decimal_text(cents / 100, 2)} {currency}"


class RiskTableModel(RowTableModel):
    COL_CATEGORY, COL_DESCRIPTION, COL_SCORE, COL_CLASS, COL_STATUS = range(5)
    COL_MITIGATION, COL_OWNER, COL_LINKS = range(5, 8)
    NUMERIC_COLUMNS = frozenset({COL_SCORE})

    def titles(self) -> list[str]:
        return [
            self.tr("Category"),
            self.tr("Risk"),
            self.tr("Score"),
            self.tr("Class"),
            self.tr("Status"),
            self.tr("Mitigation"),
            self.tr("Owner"),
            self.tr("Audit / CAPA"),
        ]

    def display(self, row: RiskRow, column: int) -> str:
        values = [
            label(row.category),
            row.description,
            f"{row.likelihood} × {row.impact} = {row.score}",
            label(row.risk_class),
            label(row.status),
            row.mitigation,
            row.owner,
            " · ".join(r for r in (row.audit_reference, row.capa_reference) if r),
        ]
        return values[column]

    def sort_value(self, row: RiskRow, column: int) -> Any:
        if column == self.COL_SCORE:
            return row.score
        return super().sort_value(row, column)

    def marking(self, row: RiskRow, column: int) -> str | None:
        if row.status == RiskStatus.CLOSED:
            return "muted"
        if column in (self.COL_SCORE, self.COL_CLASS):
            return {RiskClass.HIGH: "alert", RiskClass.MEDIUM: "notice"}.get(
                RiskClass(row.risk_class)
            )
        return None


class AgreementTableModel(RowTableModel):
    COL_REFERENCE, COL_VALID, COL_PPM, COL_ON_TIME, COL_CAPA_DAYS = range(5)
    COL_SIGNED, COL_DOCUMENT = range(5, 7)
    NUMERIC_COLUMNS = frozenset({COL_PPM, COL_ON_TIME, COL_CAPA_DAYS})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()

    def titles(self) -> list[str]:
        return [
            self.tr("Reference"),
            self.tr("Valid"),
            self.tr("PPM target"),
            self.tr("On-time target"),
            self.tr("CAPA response"),
            self.tr("Signed"),
            self.tr("Signed document"),
        ]

    def display(self, row: AgreementRow, column: int) -> str:
        values = [
            row.reference,
            f"{date_text(row.valid_from)} – {date_text(row.valid_until)}",
            "" if row.ppm_target is None else integer_text(row.ppm_target),
            ""
            if row.on_time_target_pct is None
            else f"{short_number_text(row.on_time_target_pct)} %",
            ""
            if row.capa_response_days is None
            else self.tr("{n} days").format(n=row.capa_response_days),
            date_text(row.signed_on),
            row.document_name or self.tr("none attached"),
        ]
        return values[column]

    def marking(self, row: AgreementRow, column: int) -> str | None:
        return None if row.in_force(self.today) else "muted"


class DevelopmentTableModel(RowTableModel):
    COL_KIND, COL_TITLE, COL_OWNER, COL_DUE, COL_STATUS, COL_RESULT = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()

    def titles(self) -> list[str]:
        return [
            self.tr("Kind"),
            self.tr("Action"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Result seen at audit"),
        ]

    def display(self, row: DevelopmentRow, column: int) -> str:
        result = f"{row.result_audit_reference}: {row.result}" if row.result else ""
        values = [
            label(row.kind),
            row.title,
            row.owner,
            date_text(row.due),
            label(row.status),
            result,
        ]
        return values[column]

    def sort_value(self, row: DevelopmentRow, column: int) -> Any:
        return row.due if column == self.COL_DUE else super().sort_value(row, column)

    def marking(self, row: DevelopmentRow, column: int) -> str | None:
        if row.status in (DevelopmentStatus.DONE, DevelopmentStatus.CANCELLED):
            return "muted"
        if column == self.COL_DUE and row.due < self.today:
            return "warning"
        return None


class CostTableModel(RowTableModel):
    COL_DATE, COL_CATEGORY, COL_AMOUNT, COL_AGAINST, COL_NOTE = range(5)
    NUMERIC_COLUMNS = frozenset({COL_AMOUNT})

    def titles(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Category"),
            self.tr("Amount"),
            self.tr("Against"),
            self.tr("Note"),
        ]

    def display(self, row: CostRow, column: int) -> str:
        against = row.capa_reference or (
            self.tr("delivery {number}").format(number=row.delivery_no) if row.delivery_no else ""
        )
        values = [
            date_text(row.incurred_on),
            label(row.category),
            money(row.amount_cents, row.currency),
            against,
            row.note,
        ]
        return values[column]

    def sort_value(self, row: CostRow, column: int) -> Any:
        if column == self.COL_AMOUNT:
            return row.amount_cents
        if column == self.COL_DATE:
            return row.incurred_on
        return super().sort_value(row, column)


class ReviewTableModel(RowTableModel):
    COL_HELD, COL_PERIOD, COL_STATUS, COL_ACTIONS, COL_ATTENDEES, COL_TOPICS = range(6)
    NUMERIC_COLUMNS = frozenset({COL_ACTIONS})

    def titles(self) -> list[str]:
        return [
            self.tr("Held on"),
            self.tr("Period"),
            self.tr("Status"),
            self.tr("Actions"),
            self.tr("Attendees"),
            self.tr("Topics"),
        ]

    def display(self, row: ReviewRow, column: int) -> str:
        values = [
            date_text(row.held_on),
            row.period,
            label(row.status),
            str(len(row.actions)),
            "; ".join(row.attendees),
            " ".join(row.topics.split()),
        ]
        return values[column]

    def sort_value(self, row: ReviewRow, column: int) -> Any:
        return row.held_on if column == self.COL_HELD else super().sort_value(row, column)
