"""Words for stored values (`in_progress` → "In progress"), translatable in one place.

Keyed by the vocabulary's members, so a word added to `vocab.py` is one line here and a renamed
value cannot leave a stale label behind. A value several enums share (`closed` is an audit, a
finding and a CAPA state) has one label, written under the first of them."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

from sqms_desktop.scoring import NOT_RATED
from sqms_desktop.vocab import (
    YES_NO_TYPES,
    AuditStatus,
    AuditType,
    FindingClass,
    FindingStatus,
    QuestionType,
    RiskClass,
    Scheme,
    SignatureMeaning,
    SupplierStatus,
    TemplateStatus,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


@cache  # built once per run: translators are installed before the first window
def _known() -> dict[str, str]:
    return {
        SupplierStatus.PROSPECT: _tr("Prospect"),
        SupplierStatus.APPROVED: _tr("Approved"),  # also SignatureMeaning.APPROVED
        SupplierStatus.CONDITIONAL: _tr("Conditional"),
        SupplierStatus.PROBATION: _tr("Probation"),
        SupplierStatus.DISQUALIFIED: _tr("Disqualified"),
        RiskClass.HIGH: _tr("High"),
        RiskClass.MEDIUM: _tr("Medium"),
        RiskClass.LOW: _tr("Low"),
        AuditType.SYSTEM: _tr("System"),
        AuditType.PROCESS: _tr("Process"),
        AuditType.PRODUCT: _tr("Product"),
        AuditType.QUALIFICATION: _tr("Qualification"),
        AuditType.FOLLOW_UP: _tr("Follow-up"),
        AuditStatus.PLANNED: _tr("Planned"),
        AuditStatus.IN_PROGRESS: _tr("In progress"),
        AuditStatus.COMPLETED: _tr("Completed"),
        AuditStatus.SIGNED: _tr("Signed"),
        AuditStatus.REPORT_ISSUED: _tr("Report issued"),
        AuditStatus.CLOSED: _tr("Closed"),  # also FindingStatus.CLOSED, CapaState.CLOSED
        AuditStatus.CANCELLED: _tr("Cancelled"),  # also CapaState.CANCELLED
        FindingClass.MAJOR_NC: _tr("Major NC"),
        FindingClass.MINOR_NC: _tr("Minor NC"),
        FindingClass.OBSERVATION: _tr("Observation"),
        FindingClass.OPPORTUNITY_FOR_IMPROVEMENT: _tr("Opportunity for improvement"),
        FindingClass.GOOD_PRACTICE: _tr("Good practice"),
        FindingClass.CRITICAL: _tr("Critical"),
        FindingStatus.OPEN: _tr("Open"),
        FindingStatus.CAPA_RAISED: _tr("CAPA raised"),
        NOT_RATED: _tr("Not rated"),
        TemplateStatus.DRAFT: _tr("Draft"),  # also CapaState.DRAFT
        TemplateStatus.RELEASED: _tr("Released"),
        TemplateStatus.RETIRED: _tr("Retired"),
        Scheme.VDA63: _tr("VDA 6.3"),
        Scheme.WEIGHTED: _tr("Weighted"),
        Scheme.YES_NO: _tr("Yes/No"),  # also QuestionType.YES_NO
        QuestionType.YES_NO_NA: _tr("Yes/No/N/A"),
        QuestionType.SCORE: _tr("Score"),
        QuestionType.CHOICE: _tr("Choice"),
        QuestionType.MULTI_CHOICE: _tr("Multiple choice"),
        QuestionType.NUMBER: _tr("Number"),
        QuestionType.TEXT: _tr("Text"),
        QuestionType.DATE: _tr("Date"),
        QuestionType.PHOTO: _tr("Photo"),
        SignatureMeaning.AUTHORED: _tr("Authored"),
        SignatureMeaning.REVIEWED: _tr("Reviewed"),
        SignatureMeaning.RESPONSIBLE: _tr("Responsible"),
    }


@cache
def _meanings() -> dict[str, dict[str, str]]:
    """What each value of a scheme's scale says about the requirement (VDA 6.3's own words for
    its scale; the weighted scale's points; a yes/no answer's conformity)."""
    yes_no = {"yes": _tr("conforms"), "no": _tr("does not conform"), "na": _tr("not applicable")}
    return {
        Scheme.VDA63: {
            "10": _tr("fully"),
            "8": _tr("predominantly"),
            "6": _tr("partly"),
            "4": _tr("inadequately"),
            "0": _tr("not at all"),
        },
        Scheme.WEIGHTED: {
            "3": _tr("fully met"),
            "2": _tr("mostly met"),
            "1": _tr("largely not met"),
            "0": _tr("not met"),
        },
        QuestionType.YES_NO: yes_no,  # on any scheme's yes/no questions
    }


def score_meaning(scheme: str, value: str, question_type: str = QuestionType.SCORE) -> str:
    """What an answer value means on a question of `scheme` ("" when it has no set meaning)."""
    if question_type in YES_NO_TYPES:
        return _meanings()[QuestionType.YES_NO].get(value, "")
    if question_type == QuestionType.SCORE:
        return _meanings().get(scheme, {}).get(value, "")
    return ""


def label(value: str) -> str:
    """A stored code as people read it; unknown codes are humanised rather than hidden."""
    known = _known().get(value)
    if known is not None:
        return known
    text = value.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def score_text(score: float | None) -> str:
    return "" if score is None else f"{score:.1f} %"


def grade_text(grade: str | None) -> str:
    return "" if grade is None else label(grade)
