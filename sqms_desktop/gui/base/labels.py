"""Words for stored values (`in_progress` → "In progress"), translatable in one place."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


@cache  # built once per run: translators are installed before the first window
def _known() -> dict[str, str]:
    return {
        "prospect": _tr("Prospect"),
        "approved": _tr("Approved"),
        "conditional": _tr("Conditional"),
        "probation": _tr("Probation"),
        "disqualified": _tr("Disqualified"),
        "high": _tr("High"),
        "medium": _tr("Medium"),
        "low": _tr("Low"),
        "system": _tr("System"),
        "process": _tr("Process"),
        "product": _tr("Product"),
        "qualification": _tr("Qualification"),
        "follow_up": _tr("Follow-up"),
        "planned": _tr("Planned"),
        "in_progress": _tr("In progress"),
        "completed": _tr("Completed"),
        "signed": _tr("Signed"),
        "report_issued": _tr("Report issued"),
        "closed": _tr("Closed"),
        "cancelled": _tr("Cancelled"),
        "major_nc": _tr("Major NC"),
        "minor_nc": _tr("Minor NC"),
        "observation": _tr("Observation"),
        "opportunity_for_improvement": _tr("Opportunity for improvement"),
        "good_practice": _tr("Good practice"),
        "critical": _tr("Critical"),
        "open": _tr("Open"),
        "capa_raised": _tr("CAPA raised"),
        "not rated": _tr("Not rated"),
        "draft": _tr("Draft"),
        "released": _tr("Released"),
        "retired": _tr("Retired"),
        "vda63": _tr("VDA 6.3"),
        "weighted": _tr("Weighted"),
        "yes_no": _tr("Yes/No"),
        "yes_no_na": _tr("Yes/No/N/A"),
        "score": _tr("Score"),
        "choice": _tr("Choice"),
        "multi_choice": _tr("Multiple choice"),
        "number": _tr("Number"),
        "text": _tr("Text"),
        "date": _tr("Date"),
        "photo": _tr("Photo"),
        "authored": _tr("Authored"),
        "reviewed": _tr("Reviewed"),
        "responsible": _tr("Responsible"),
    }


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
