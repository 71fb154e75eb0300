"""A returned self-assessment questionnaire as HTML: who filled it in and every answer, or every
problem that keeps it out, for the import dialog's preview."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from sqms_desktop.gui.base.colors import Colors
from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.html.detail import facts_table, list_html, section_html, table_html, text_html
from sqms_desktop.services.self_assessment import SelfAssessment


def _tr(text: str) -> str:
    return QCoreApplication.translate("self_assessment", text)


def preview_html(checked: SelfAssessment, colors: Colors) -> str:
    contact = checked.contact
    facts = facts_table(
        [
            (_tr("Supplier"), escape(checked.supplier)),
            (_tr("Questionnaire"), escape(checked.checklist)),
            (
                _tr("Filled in by"),
                escape(", ".join(p for p in (contact.name, contact.function) if p)),
            ),
            (_tr("Filled in on"), date_text(contact.filled_on) if contact.filled_on else ""),
            (_tr("Form"), escape(checked.form_id)),
            (
                _tr("Answered"),
                escape(
                    _tr("{n} of {total} questions").format(
                        n=checked.answered, total=checked.questions
                    )
                ),
            ),
        ]
    )
    rows = [
        [
            escape(a.qid),
            f'<span style="color:{colors.muted}">{escape(_tr("N/A"))}</span> '
            + text_html(a.justification)
            if a.not_applicable
            else text_html(_tr("N/A") if a.value == "na" else a.value or ""),
            text_html(a.note),
        ]
        for a in checked.answers
    ]
    answers = table_html([_tr("Question"), _tr("Answer"), _tr("Comment")], rows, [12, 38, 50])
    return facts + section_html(
        _tr("Answers"), answers or f'<p style="color:{colors.muted}">{_tr("No answers.")}</p>'
    )


def problems_html(problems: list[str], colors: Colors) -> str:
    head = _tr("Nothing was imported. Each problem, with its cell:")
    return f'<p style="color:{colors.alert}">{escape(head)}</p>' + list_html(
        escape(p) for p in problems
    )
