"""A returned self-assessment questionnaire as HTML: who filled it in and every answer, or every
problem that keeps it out, for the import dialog's preview."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from sqms_desktop.gui.base.colors import Colors
from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.html.detail import (
    facts_table,
    list_html,
    placeholder_html,
    section_html,
    table_html,
    text_html,
)
from sqms_desktop.services.self_assessment import SelfAssessment


def preview_html(checked: SelfAssessment, colors: Colors) -> str:
    contact = checked.contact
    facts = facts_table(
        [
            (
                QCoreApplication.translate("SelfAssessmentHtml", "Supplier"),
                escape(checked.supplier),
            ),
            (
                QCoreApplication.translate("SelfAssessmentHtml", "Questionnaire"),
                escape(checked.checklist),
            ),
            (
                QCoreApplication.translate("SelfAssessmentHtml", "Filled in by"),
                escape(", ".join(p for p in (contact.name, contact.function) if p)),
            ),
            (
                QCoreApplication.translate("SelfAssessmentHtml", "Filled in on"),
                date_text(contact.filled_on) if contact.filled_on else "",
            ),
            (QCoreApplication.translate("SelfAssessmentHtml", "Form"), escape(checked.form_id)),
            (
                QCoreApplication.translate("SelfAssessmentHtml", "Answered"),
                escape(
                    QCoreApplication.translate(
                        "SelfAssessmentHtml", "{n} of {total} questions"
                    ).format(n=checked.answered, total=checked.questions)
                ),
            ),
        ]
    )
    not_applicable = QCoreApplication.translate("SelfAssessmentHtml", "N/A")
    rows = [
        [
            escape(a.qid),
            f'<span style="color:{colors.muted}">{escape(not_applicable)}</span> '
            + text_html(a.justification)
            if a.not_applicable
            else text_html(not_applicable if a.value == "na" else a.value or ""),
            text_html(a.note),
        ]
        for a in checked.answers
    ]
    answers = table_html(
        [
            QCoreApplication.translate("SelfAssessmentHtml", "Question"),
            QCoreApplication.translate("SelfAssessmentHtml", "Answer"),
            QCoreApplication.translate("SelfAssessmentHtml", "Comment"),
        ],
        rows,
        [12, 38, 50],
    )
    return facts + section_html(
        QCoreApplication.translate("SelfAssessmentHtml", "Answers"),
        answers
        or placeholder_html(
            QCoreApplication.translate("SelfAssessmentHtml", "No answers."), colors
        ),
    )


def problems_html(problems: list[str], colors: Colors) -> str:
    head = QCoreApplication.translate(
        "SelfAssessmentHtml", "Nothing was imported. Each problem, with its cell:"
    )
    return f'<p style="color:{colors.alert}">{escape(head)}</p>' + list_html(
        escape(p) for p in problems
    )
