"""The Programme page's detail: why a supplier's audit is due when it is, and what is planned."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from sqms_desktop.gui.base.colors import LIGHT, Colors
from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.base.labels import grade_text, label
from sqms_desktop.gui.html.detail import badge_html, facts_table, section_html
from sqms_desktop.queries.programme import ProgrammeRow
from sqms_desktop.vocab import ProgrammeState


def _state(row: ProgrammeRow, colors: Colors) -> str:
    if row.state == ProgrammeState.OVERDUE:
        return badge_html(label(row.state), colors.alert)
    if row.state == ProgrammeState.PLANNED_LATE:
        return badge_html(label(row.state), colors.warning)
    return escape(label(row.state))


def programme_html(row: ProgrammeRow, colors: Colors = LIGHT) -> str:
    title = f"<h2>{escape(row.code)} · {escape(row.name)}</h2>"
    due = facts_table(
        [
            (QCoreApplication.translate("ProgrammeHtml", "State"), _state(row, colors)),
            (QCoreApplication.translate("ProgrammeHtml", "Due"), escape(date_text(row.due))),
            (QCoreApplication.translate("ProgrammeHtml", "Audit"), escape(label(row.audit_type))),
            (QCoreApplication.translate("ProgrammeHtml", "Why"), escape(row.reason)),
            (
                QCoreApplication.translate("ProgrammeHtml", "Risk class"),
                escape(label(row.risk_class)),
            ),
            (
                QCoreApplication.translate("ProgrammeHtml", "Supplier status"),
                escape(label(row.supplier_status)),
            ),
        ]
    )
    last = facts_table(
        [
            (
                QCoreApplication.translate("ProgrammeHtml", "Reference"),
                escape(row.last_reference or ""),
            ),
            (
                QCoreApplication.translate("ProgrammeHtml", "Held"),
                escape(date_text(row.last_held_on)),
            ),
            (
                QCoreApplication.translate("ProgrammeHtml", "Grade"),
                escape(grade_text(row.last_grade)),
            ),
        ]
    ) or escape(QCoreApplication.translate("ProgrammeHtml", "No audit held at this supplier yet."))
    planned = (
        facts_table(
            [
                (
                    QCoreApplication.translate("ProgrammeHtml", "Reference"),
                    escape(row.planned_reference or ""),
                ),
                (
                    QCoreApplication.translate("ProgrammeHtml", "Planned start"),
                    escape(date_text(row.planned_start)),
                ),
            ]
        )
        if row.planned_reference
        else escape(
            QCoreApplication.translate(
                "ProgrammeHtml", "Nothing planned yet: Plan audit… (Ctrl+N) plans it from this row."
            )
        )
    )
    return "".join(
        [
            title,
            due,
            section_html(QCoreApplication.translate("ProgrammeHtml", "Last audit held"), last),
            section_html(QCoreApplication.translate("ProgrammeHtml", "Planned"), planned),
        ]
    )
