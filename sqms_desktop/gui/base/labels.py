"""Words for stored values (`in_progress` → "In progress"), translatable in one place.

The words are `vocab.word`, which the printed reports use too (and which translates them), so a
screen and a report never name a value differently. Only the finding classes are shortened here,
for the narrow class columns of the tables and the score panel; the roles, the meanings of the
answer scales and the 6M categories of a cause are the window's own words."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sqms_desktop.scoring import NOT_RATED
from sqms_desktop.vocab import (
    WORDS,
    YES_NO_TYPES,
    FindingClass,
    QuestionType,
    Scheme,
    UserRole,
    word,
)

# Screens have narrow class columns; the full words are in the reports and in tooltips.
SHORT = {
    FindingClass.MAJOR_NC: QT_TRANSLATE_NOOP("Labels", "Major NC"),
    FindingClass.MINOR_NC: QT_TRANSLATE_NOOP("Labels", "Minor NC"),
    FindingClass.CRITICAL: QT_TRANSLATE_NOOP("Labels", "Critical"),
}

# Roles as the sign-in dialog and user lists name them.
ROLES = {
    UserRole.AUDITOR: QT_TRANSLATE_NOOP("Labels", "Auditor"),
    UserRole.LEAD_AUDITOR: QT_TRANSLATE_NOOP("Labels", "Lead auditor"),
    UserRole.QUALITY_ENGINEER: QT_TRANSLATE_NOOP("Labels", "Quality engineer"),
    UserRole.ADMIN: QT_TRANSLATE_NOOP("Labels", "Administrator"),
}

# The 6M categories of an Ishikawa capture (capa.content.SIX_M), as the window names them.
CAUSE_CATEGORIES = {
    "man": QT_TRANSLATE_NOOP("Labels", "Man"),
    "machine": QT_TRANSLATE_NOOP("Labels", "Machine"),
    "method": QT_TRANSLATE_NOOP("Labels", "Method"),
    "material": QT_TRANSLATE_NOOP("Labels", "Material"),
    "measurement": QT_TRANSLATE_NOOP("Labels", "Measurement"),
    "environment": QT_TRANSLATE_NOOP("Labels", "Environment"),
}


@cache  # built once per run: translators are installed before the first window
def _known() -> dict[str, str]:
    words = {value: word(value) for value in WORDS}
    words.update(
        {value: QCoreApplication.translate("Labels", text) for value, text in SHORT.items()}
    )
    words.update(
        {value: QCoreApplication.translate("Labels", text) for value, text in ROLES.items()}
    )
    words[NOT_RATED] = QCoreApplication.translate("Labels", "Not rated")
    return words


@cache
def _meanings() -> dict[str, dict[str, str]]:
    """What each value of a scheme's scale says about the requirement (VDA 6.3's own words for
    its scale; the weighted scale's points; a yes/no answer's conformity)."""
    yes_no = {
        "yes": QCoreApplication.translate("Labels", "conforms"),
        "no": QCoreApplication.translate("Labels", "does not conform"),
        "na": QCoreApplication.translate("Labels", "not applicable"),
    }
    return {
        Scheme.VDA63: {
            "10": QCoreApplication.translate("Labels", "fully"),
            "8": QCoreApplication.translate("Labels", "predominantly"),
            "6": QCoreApplication.translate("Labels", "partly"),
            "4": QCoreApplication.translate("Labels", "inadequately"),
            "0": QCoreApplication.translate("Labels", "not at all"),
        },
        Scheme.WEIGHTED: {
            "3": QCoreApplication.translate("Labels", "fully met"),
            "2": QCoreApplication.translate("Labels", "mostly met"),
            "1": QCoreApplication.translate("Labels", "largely not met"),
            "0": QCoreApplication.translate("Labels", "not met"),
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


def cause_category(key: str) -> str:
    """A 6M category of a cause as people read it (`man` → "Man")."""
    text = CAUSE_CATEGORIES.get(key)
    return QCoreApplication.translate("Labels", text) if text else label(key)


def score_text(score: float | None) -> str:
    return "" if score is None else f"{score:.1f} %"


def grade_text(grade: str | None) -> str:
    return "" if grade is None else label(grade)
