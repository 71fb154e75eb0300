"""Words for stored values (`in_progress` → "In progress"), translatable in one place.

The words are `vocab.WORDS`, the table the printed reports use too, so a screen and a report
never name a value differently; here they pass through the translator. Only the finding
classes are shortened, for the narrow class columns of the tables and the score panel."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

from sqms_desktop.scoring import NOT_RATED
from sqms_desktop.vocab import WORDS, YES_NO_TYPES, FindingClass, QuestionType, Scheme, UserRole

# Screens have narrow class columns; the full words are in the reports and in tooltips.
SHORT = {
    FindingClass.MAJOR_NC: "Major NC",
    FindingClass.MINOR_NC: "Minor NC",
    FindingClass.CRITICAL: "Critical",
}

# Roles as the sign-in dialog and user lists name them.
ROLES = {
    UserRole.AUDITOR: "Auditor",
    UserRole.LEAD_AUDITOR: "Lead auditor",
    UserRole.QUALITY_ENGINEER: "Quality engineer",
    UserRole.ADMIN: "Administrator",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


@cache  # built once per run: translators are installed before the first window
def _known() -> dict[str, str]:
    words = {value: _tr(text) for value, text in WORDS.items()}
    words.update({value: _tr(text) for value, text in SHORT.items()})
    words.update({value: _tr(text) for value, text in ROLES.items()})
    words[NOT_RATED] = _tr("Not rated")
    return words


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
