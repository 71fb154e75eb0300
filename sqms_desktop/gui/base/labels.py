"""Words for stored values (`in_progress` → "In progress"), translatable in one place.

The words are `vocab.WORDS`, the table the printed reports use too, so a screen and a report
never name a value differently; here they pass through the translator. Only the finding
classes are shortened, for the narrow class columns of the tables and the score panel."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

from sqms_desktop.scoring import NOT_RATED
from sqms_desktop.vocab import WORDS, FindingClass, UserRole

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
