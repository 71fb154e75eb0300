"""HTML of the Templates page's panes and of the version comparison; user text is escaped."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from sqms_desktop.checklists.diff import FieldChange, TemplateDiff
from sqms_desktop.checklists.spec import QuestionSpec, SectionSpec, TemplateSpec
from sqms_desktop.gui.base.colors import Colors
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.html.detail import (
    badge_html,
    facts_table,
    list_html,
    placeholder_html,
    section_html,
    text_html,
)
from sqms_desktop.gui.models.templates import number_text
from sqms_desktop.queries.templates import TemplateRow
from sqms_desktop.vocab import NaPolicy, TemplateStatus


def _yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("TemplateHtml", "Yes")
        if value
        else QCoreApplication.translate("TemplateHtml", "No")
    )


def _na_policy(policy: str) -> str:
    words: dict[str, str] = {
        NaPolicy.EXCLUDE: QCoreApplication.translate("TemplateHtml", "Left out of the score"),
        NaPolicy.ZERO: QCoreApplication.translate("TemplateHtml", "Scored as zero"),
    }
    return words.get(policy, policy)


def _status_note(status: str) -> str:
    notes: dict[str, str] = {
        TemplateStatus.DRAFT: QCoreApplication.translate(
            "TemplateHtml",
            "A draft: not offered for audits yet. Importing the workbook again replaces it; "
            "release it when it is final.",
        ),
        TemplateStatus.RELEASED: QCoreApplication.translate(
            "TemplateHtml",
            "Released: fixed and offered for new audits. A changed workbook with the same key "
            "is imported as the next version.",
        ),
        TemplateStatus.RETIRED: QCoreApplication.translate(
            "TemplateHtml", "Retired: kept for the audits that used it, offered for no new audit."
        ),
    }
    return notes.get(status, "")


def _status_badge(status: str, colors: Colors) -> str:
    if status == TemplateStatus.DRAFT:
        return badge_html(label(status), colors.warning)
    if status == TemplateStatus.RETIRED:
        return f'<span style="color:{colors.muted}">{escape(label(status))}</span>'
    return escape(label(status))


def _questions(spec: TemplateSpec) -> list[QuestionSpec]:
    return [q for s in spec.sections for q in s.questions]


def _diff_counts(diff: TemplateDiff) -> str:
    parts = []
    if diff.added:
        parts.append(
            QCoreApplication.translate("TemplateHtml", "{n} added").format(n=len(diff.added))
        )
    if diff.removed:
        parts.append(
            QCoreApplication.translate("TemplateHtml", "{n} removed").format(n=len(diff.removed))
        )
    if diff.changed:
        parts.append(
            QCoreApplication.translate("TemplateHtml", "{n} changed").format(n=len(diff.changed))
        )
    if diff.settings:
        parts.append(QCoreApplication.translate("TemplateHtml", "settings changed"))
    return " · ".join(parts) or QCoreApplication.translate("TemplateHtml", "No differences")


def template_html(
    row: TemplateRow, spec: TemplateSpec, diff: TemplateDiff | None, colors: Colors
) -> str:
    """A template version at a glance: what it is, its state, its size, what it changed."""
    questions = _questions(spec)
    stars = sum(q.star for q in questions)
    count = (
        QCoreApplication.translate("TemplateHtml", "{n}, of which {stars} star questions").format(
            n=len(questions), stars=stars
        )
        if stars
        else str(len(questions))
    )
    facts = facts_table(
        [
            (QCoreApplication.translate("TemplateHtml", "Scheme"), escape(label(spec.scheme))),
            (QCoreApplication.translate("TemplateHtml", "Language"), escape(spec.language)),
            (
                QCoreApplication.translate("TemplateHtml", "N/A answers"),
                escape(_na_policy(spec.na_policy)),
            ),
            (QCoreApplication.translate("TemplateHtml", "Sections"), str(len(spec.sections))),
            (QCoreApplication.translate("TemplateHtml", "Questions"), escape(count)),
            (
                QCoreApplication.translate("TemplateHtml", "Total weight"),
                escape(number_text(sum(q.weight for q in questions))),
            ),
            (QCoreApplication.translate("TemplateHtml", "Audits using it"), str(row.audits)),
        ]
    )
    changes = ""
    if diff is not None:
        changes = section_html(
            QCoreApplication.translate("TemplateHtml", "Changes from version {n}").format(
                n=diff.old_version
            ),
            f"<p>{escape(_diff_counts(diff))}</p>",
        )
    version = QCoreApplication.translate("TemplateHtml", "version {n}").format(n=row.version)
    return "".join(
        [
            f"<h2>{escape(spec.title)}</h2>",
            f'<p><span style="color:{colors.muted}">{escape(row.key)} · {escape(version)} · '
            f"</span>{_status_badge(row.status, colors)}</p>",
            f"<p>{escape(_status_note(row.status))}</p>",
            facts,
            changes,
        ]
    )


def _muted(text: str, colors: Colors) -> str:
    return f'<span style="color:{colors.muted}">{escape(text)}</span>'


def question_html(section: SectionSpec, question: QuestionSpec, colors: Colors) -> str:
    """Every attribute of one question; the empty ones say so, so nothing is left to guess."""

    def shown(value: str) -> str:
        return escape(value) if value else _muted("—", colors)

    title = escape(question.qid) + (" ★" if question.star else "")
    facts = facts_table(
        [
            (
                QCoreApplication.translate("TemplateHtml", "Section"),
                escape(f"{section.code} {section.title}"),
            ),
            (QCoreApplication.translate("TemplateHtml", "Type"), escape(label(question.type))),
            (
                QCoreApplication.translate("TemplateHtml", "Options"),
                shown("; ".join(question.options)),
            ),
            (
                QCoreApplication.translate("TemplateHtml", "Weight"),
                escape(number_text(question.weight)),
            ),
            (QCoreApplication.translate("TemplateHtml", "Clause"), shown(question.clause)),
            (
                QCoreApplication.translate("TemplateHtml", "Star question"),
                escape(_yes_no(question.star)),
            ),
            (
                QCoreApplication.translate("TemplateHtml", "Required"),
                escape(_yes_no(question.required)),
            ),
            (
                QCoreApplication.translate("TemplateHtml", "Evidence required"),
                escape(_yes_no(question.evidence_required)),
            ),
            (
                QCoreApplication.translate("TemplateHtml", "Condition"),
                escape(question.condition)
                if question.condition
                else _muted(QCoreApplication.translate("TemplateHtml", "Always asked"), colors),
            ),
            (
                QCoreApplication.translate("TemplateHtml", "Min"),
                shown(number_text(question.min_value)),
            ),
            (
                QCoreApplication.translate("TemplateHtml", "Max"),
                shown(number_text(question.max_value)),
            ),
        ]
    )
    guidance = (
        text_html(question.guidance)
        if question.guidance
        else _muted(QCoreApplication.translate("TemplateHtml", "None"), colors)
    )
    return "".join(
        [
            f"<h3>{title}</h3>",
            f"<p>{text_html(question.text)}</p>",
            facts,
            section_html(QCoreApplication.translate("TemplateHtml", "Guidance"), guidance),
        ]
    )


def section_detail_html(section: SectionSpec) -> str:
    questions = section.questions
    return "".join(
        [
            f"<h3>{escape(section.code)} {escape(section.title)}</h3>",
            facts_table(
                [
                    (QCoreApplication.translate("TemplateHtml", "Questions"), str(len(questions))),
                    (
                        QCoreApplication.translate("TemplateHtml", "Star questions"),
                        str(sum(q.star for q in questions)),
                    ),
                    (
                        QCoreApplication.translate("TemplateHtml", "Total weight"),
                        escape(number_text(sum(q.weight for q in questions))),
                    ),
                ]
            ),
        ]
    )


# -- comparing two versions --------------------------------------------------------------------


def field_name(name: str) -> str:
    """A spec field as people call it (`na_policy` → "N/A answers")."""
    names = {
        "qid": QCoreApplication.translate("TemplateHtml", "ID"),
        "text": QCoreApplication.translate("TemplateHtml", "Text"),
        "type": QCoreApplication.translate("TemplateHtml", "Type"),
        "weight": QCoreApplication.translate("TemplateHtml", "Weight"),
        "clause": QCoreApplication.translate("TemplateHtml", "Clause"),
        "star": QCoreApplication.translate("TemplateHtml", "Star question"),
        "guidance": QCoreApplication.translate("TemplateHtml", "Guidance"),
        "options": QCoreApplication.translate("TemplateHtml", "Options"),
        "required": QCoreApplication.translate("TemplateHtml", "Required"),
        "evidence_required": QCoreApplication.translate("TemplateHtml", "Evidence required"),
        "condition": QCoreApplication.translate("TemplateHtml", "Condition"),
        "min_value": QCoreApplication.translate("TemplateHtml", "Min"),
        "max_value": QCoreApplication.translate("TemplateHtml", "Max"),
        "section": QCoreApplication.translate("TemplateHtml", "Section"),
        "title": QCoreApplication.translate("TemplateHtml", "Title"),
        "scheme": QCoreApplication.translate("TemplateHtml", "Scheme"),
        "language": QCoreApplication.translate("TemplateHtml", "Language"),
        "na_policy": QCoreApplication.translate("TemplateHtml", "N/A answers"),
    }
    return names.get(name, name)


def field_value(name: str, value: Any) -> str:
    """A changed value as plain text: words for codes, quotes around text, a dash for none."""
    if value is None or value in ("", []):
        return "—"
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, float | int):
        return number_text(float(value))
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if name in ("type", "scheme"):
        return label(str(value))
    if name == "na_policy":
        return _na_policy(str(value))
    return f"“{value}”"


def _change_html(change: FieldChange) -> str:
    return escape(
        f"{field_name(change.field)}: {field_value(change.field, change.old)} → "
        f"{field_value(change.field, change.new)}"
    )


def _question_line(
    mark: str, color: str, qid: str, where: dict[str, tuple[str, str]], colors: Colors
) -> str:
    section, text = where.get(qid, ("", ""))
    return (
        f'<span style="color:{color}; font-weight:bold">{mark} {escape(qid)}</span> '
        f"{escape(text)} {_muted(f'({section})', colors)}"
    )


def _marked_list(items: Iterable[str]) -> str:
    """A list whose items carry their own mark (+, −, ~), so no bullet besides."""
    lines = "".join(f"<li>{item}</li>" for item in items)
    return f'<ul style="list-style-type:none">{lines}</ul>' if lines else ""


def _where(spec: TemplateSpec) -> dict[str, tuple[str, str]]:
    return {q.qid: (f"{s.code} {s.title}", q.text) for s in spec.sections for q in s.questions}


def diff_html(old: TemplateSpec, new: TemplateSpec, diff: TemplateDiff, colors: Colors) -> str:
    """Added in green with +, removed in red with −, changed in amber with ~: the marks say it
    without the colours, too."""
    if diff.empty:
        return placeholder_html(
            QCoreApplication.translate("TemplateHtml", "The two versions are identical."), colors
        )
    before, after = _where(old), _where(new)
    parts = [f"<p><b>{escape(_diff_counts(diff))}</b></p>"]
    if diff.settings:
        parts.append(
            section_html(
                QCoreApplication.translate("TemplateHtml", "Settings"),
                _marked_list(
                    f'<span style="color:{colors.warning}; font-weight:bold">~</span> '
                    + _change_html(c)
                    for c in diff.settings
                ),
            )
        )
    parts.append(
        section_html(
            QCoreApplication.translate("TemplateHtml", "Added ({n})").format(n=len(diff.added))
            if diff.added
            else "",
            _marked_list(_question_line("+", colors.good, q, after, colors) for q in diff.added),
        )
    )
    parts.append(
        section_html(
            QCoreApplication.translate("TemplateHtml", "Removed ({n})").format(n=len(diff.removed))
            if diff.removed
            else "",
            _marked_list(
                _question_line("−", colors.alert, q, before, colors) for q in diff.removed
            ),
        )
    )
    changed = [
        _question_line("~", colors.warning, c.qid, after, colors)
        + list_html(_change_html(f) for f in c.changes)
        for c in diff.changed
    ]
    parts.append(
        section_html(
            QCoreApplication.translate("TemplateHtml", "Changed ({n})").format(n=len(diff.changed))
            if diff.changed
            else "",
            _marked_list(changed),
        )
    )
    return "".join(parts)
