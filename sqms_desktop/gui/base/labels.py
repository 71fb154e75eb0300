"""Words for stored values (`in_progress` → "In progress"), translatable in one place.

The words are `vocab.word`, which the printed reports use too (and which translates them), so a
screen and a report never name a value differently. Only the finding classes are shortened here,
for the narrow class columns of the tables and the score panel; the roles, the meanings of the
answer scales and the 6M categories of a cause are the window's own words."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

from sqms_desktop.gui.base.numbers import decimal_text
from sqms_desktop.i18n import QT_TRANSLATE_NOOP
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


# The kinds of record the trail and the sync page name (the store's table names).
RECORD_KINDS = {
    "action": QT_TRANSLATE_NOOP("Labels", "CAPA action"),
    "answer": QT_TRANSLATE_NOOP("Labels", "Answer"),
    "attachment": QT_TRANSLATE_NOOP("Labels", "Attachment"),
    "audit": QT_TRANSLATE_NOOP("Labels", "Audit"),
    "bundle": QT_TRANSLATE_NOOP("Labels", "Bundle"),
    "capa": QT_TRANSLATE_NOOP("Labels", "CAPA"),
    "capa_deadline_policy": QT_TRANSLATE_NOOP("Labels", "CAPA deadlines"),
    "capa_finding": QT_TRANSLATE_NOOP("Labels", "CAPA finding"),
    "capa_review": QT_TRANSLATE_NOOP("Labels", "CAPA review"),
    "certificate": QT_TRANSLATE_NOOP("Labels", "Certificate"),
    "checklist_section": QT_TRANSLATE_NOOP("Labels", "Checklist section"),
    "checklist_template": QT_TRANSLATE_NOOP("Labels", "Checklist template"),
    "contact": QT_TRANSLATE_NOOP("Labels", "Contact"),
    "credential": QT_TRANSLATE_NOOP("Labels", "Credential"),
    "delivery": QT_TRANSLATE_NOOP("Labels", "Delivery"),
    "development_action": QT_TRANSLATE_NOOP("Labels", "Development action"),
    "finding": QT_TRANSLATE_NOOP("Labels", "Finding"),
    "import_mapping": QT_TRANSLATE_NOOP("Labels", "Import mapping"),
    "kpi_record": QT_TRANSLATE_NOOP("Labels", "KPI record"),
    "poor_quality_cost": QT_TRANSLATE_NOOP("Labels", "Cost of poor quality"),
    "proposal_decision": QT_TRANSLATE_NOOP("Labels", "Proposal decision"),
    "quality_agreement": QT_TRANSLATE_NOOP("Labels", "Quality agreement"),
    "question": QT_TRANSLATE_NOOP("Labels", "Question"),
    "replica": QT_TRANSLATE_NOOP("Labels", "Replica"),
    "review_action": QT_TRANSLATE_NOOP("Labels", "Review action"),
    "signature": QT_TRANSLATE_NOOP("Labels", "Signature"),
    "site": QT_TRANSLATE_NOOP("Labels", "Site"),
    "store_setting": QT_TRANSLATE_NOOP("Labels", "Store setting"),
    "supplier": QT_TRANSLATE_NOOP("Labels", "Supplier"),
    "supplier_review": QT_TRANSLATE_NOOP("Labels", "Supplier review"),
    "supplier_risk": QT_TRANSLATE_NOOP("Labels", "Supplier risk"),
    "trail_checkpoint": QT_TRANSLATE_NOOP("Labels", "Trail checkpoint"),
    "trust_list": QT_TRANSLATE_NOOP("Labels", "Trust list"),
    "user_account": QT_TRANSLATE_NOOP("Labels", "User"),
}

# What a trail entry did (`store/uow.py` and the sync services write these).
TRAIL_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Labels", "Create"),
    "change": QT_TRANSLATE_NOOP("Labels", "Change"),
    "delete": QT_TRANSLATE_NOOP("Labels", "Delete"),
    "resolve": QT_TRANSLATE_NOOP("Labels", "Resolve"),
    "keep": QT_TRANSLATE_NOOP("Labels", "Keep"),
    "init": QT_TRANSLATE_NOOP("Labels", "Init"),
    "enrol": QT_TRANSLATE_NOOP("Labels", "Enrol"),
    "revoke": QT_TRANSLATE_NOOP("Labels", "Revoke"),
    "trust": QT_TRANSLATE_NOOP("Labels", "Trust"),
    "export": QT_TRANSLATE_NOOP("Labels", "Export"),
    "import": QT_TRANSLATE_NOOP("Labels", "Import"),
}


def record_kind(entity: str) -> str:
    """A kind of record as people name it (`capa_finding` → "CAPA finding")."""
    text = RECORD_KINDS.get(entity)
    return QCoreApplication.translate("Labels", text) if text else label(entity)


def trail_action(action: str) -> str:
    """What a trail entry did, as people read it (`create` → "Create")."""
    text = TRAIL_ACTIONS.get(action)
    return QCoreApplication.translate("Labels", text) if text else label(action)


def cause_category(key: str) -> str:
    """A 6M category of a cause as people read it (`man` → "Man")."""
    text = CAUSE_CATEGORIES.get(key)
    return QCoreApplication.translate("Labels", text) if text else label(key)


def score_text(score: float | None) -> str:
    return "" if score is None else f"{decimal_text(score)} %"


def grade_text(grade: str | None) -> str:
    return "" if grade is None else label(grade)
