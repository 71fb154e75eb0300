"""The Findings page's detail pane: one finding of the register, every piece of user text
escaped (the row holds all of it, so showing it reads nothing more from the store)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from sqms_desktop.gui.base.colors import LIGHT, Colors
from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.html.detail import badge_html, facts_table, section_html, text_html
from sqms_desktop.queries.finding_register import FindingRow


def _capas_html(row: FindingRow, colors: Colors) -> str:
    if not row.capas:
        return escape(QCoreApplication.translate("FindingHtml", "none raised"))
    text = escape(", ".join(row.capas))
    if row.capa_due is None:
        return text
    due = QCoreApplication.translate("FindingHtml", "next stage due {day}").format(
        day=date_text(row.capa_due)
    )
    if row.capa_overdue:
        overdue = QCoreApplication.translate("FindingHtml", "overdue")
        return f"{text} · {badge_html(due + ' · ' + overdue, colors.alert)}"
    return f"{text} · {escape(due)}"


def finding_html(row: FindingRow, colors: Colors = LIGHT) -> str:
    question = " ".join(p for p in (row.qid, row.question_text) if p)
    facts = facts_table(
        [
            (QCoreApplication.translate("FindingHtml", "Class"), escape(label(row.finding_class))),
            (QCoreApplication.translate("FindingHtml", "Status"), escape(label(row.status))),
            (
                QCoreApplication.translate("FindingHtml", "Audit"),
                escape(f"{row.audit_reference} ({date_text(row.audit_date)})"),
            ),
            (
                QCoreApplication.translate("FindingHtml", "Supplier"),
                escape(f"{row.supplier_code} · {row.supplier_name}"),
            ),
            (QCoreApplication.translate("FindingHtml", "Question"), escape(question)),
            (QCoreApplication.translate("FindingHtml", "Requirement"), text_html(row.requirement)),
            (QCoreApplication.translate("FindingHtml", "CAPA"), _capas_html(row, colors)),
        ]
    )
    evidence = section_html(
        QCoreApplication.translate("FindingHtml", "Objective evidence"),
        text_html(row.objective_evidence),
    )
    return f"<h2>{escape(row.reference)}</h2><p>{text_html(row.statement)}</p>{facts}{evidence}"
