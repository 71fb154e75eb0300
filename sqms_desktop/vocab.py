"""The domain's words, each written once: statuses, classes, stages, roles, schemes, score values.

Everything else names these members (`AuditStatus.SIGNED`, `Scheme.VDA63`) instead of repeating the
stored text, so a word is spelled, listed and checked in one place. The values are what the store
keeps, the change log carries and the `--json` outputs print; changing one is a data migration.
Imports nothing of the application but `i18n`, so every layer may use it.
"""

from __future__ import annotations

import enum

from sqms_desktop.i18n import QT_TRANSLATE_NOOP, language, translate


class StrEnum(enum.StrEnum):
    @classmethod
    def values(cls) -> list[str]:
        return [m.value for m in cls]


class SupplierStatus(StrEnum):
    PROSPECT = "prospect"
    APPROVED = "approved"
    CONDITIONAL = "conditional"
    PROBATION = "probation"
    DISQUALIFIED = "disqualified"


class RiskClass(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class CertificateWarning(StrEnum):
    """How urgently a certificate needs renewing, as lists and details flag it (red, amber)."""

    EXPIRED = "expired"
    WITHIN_30_DAYS = "within_30_days"
    WITHIN_90_DAYS = "within_90_days"
    NONE = "none"


class ImportKind(StrEnum):
    """What a tabular import brings in; an ImportMapping is remembered per kind and source."""

    SUPPLIER = "supplier"
    KPI = "kpi"  # deliveries from the ERP (`sqms kpi import`)


class ImportAction(StrEnum):
    """What importing one row does to the store, as the preview shows it."""

    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"


class UserRole(StrEnum):
    AUDITOR = "auditor"
    LEAD_AUDITOR = "lead_auditor"
    QUALITY_ENGINEER = "quality_engineer"
    ADMIN = "admin"


class Scheme(StrEnum):
    """How a checklist is scored: VDA 6.3 process audit, weighted points, or yes/no conformity."""

    VDA63 = "vda63"
    WEIGHTED = "weighted"
    YES_NO = "yes_no"


class NaPolicy(StrEnum):
    """What a not-applicable question does to a weighted score: leaves it (rescale) or counts 0."""

    EXCLUDE = "exclude"
    ZERO = "zero"


class QuestionType(StrEnum):
    SCORE = "score"  # on the scheme's scale (SCORE_VALUES)
    YES_NO = "yes_no"
    YES_NO_NA = "yes_no_na"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    NUMBER = "number"
    TEXT = "text"
    DATE = "date"
    PHOTO = "photo"


YES_NO_TYPES = frozenset({QuestionType.YES_NO, QuestionType.YES_NO_NA})
# The stored answers of yes/no questions; "na" only where the question allows it.
YES_NO_ANSWERS: dict[str, tuple[str, ...]] = {
    QuestionType.YES_NO: ("yes", "no"),
    QuestionType.YES_NO_NA: ("yes", "no", "na"),
}
CHOICE_TYPES = (QuestionType.CHOICE, QuestionType.MULTI_CHOICE)

# The values a `score` question may take, per scheme, as stored (text). VDA 6.3 allows 0, 4, 6, 8
# or 10 and nothing else; the weighted scheme scores 0 to 3 points before the question's weight.
SCORE_VALUES: dict[str, tuple[str, ...]] = {
    Scheme.VDA63: ("0", "4", "6", "8", "10"),
    Scheme.WEIGHTED: ("0", "1", "2", "3"),
}


def top_score(scheme: str) -> str:
    """The best score of a scheme's scale (a question fully met)."""
    return SCORE_VALUES.get(scheme, SCORE_VALUES[Scheme.WEIGHTED])[-1]


class TemplateStatus(StrEnum):
    DRAFT = "draft"
    RELEASED = "released"
    RETIRED = "retired"


class AuditType(StrEnum):
    SYSTEM = "system"
    PROCESS = "process"
    PRODUCT = "product"
    QUALIFICATION = "qualification"
    FOLLOW_UP = "follow_up"
    # Answered by the supplier on an exported questionnaire, reviewed by a lead auditor.
    SELF_ASSESSMENT = "self_assessment"


class AuditStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    SIGNED = "signed"
    REPORT_ISSUED = "report_issued"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class FindingClass(StrEnum):
    MAJOR_NC = "major_nc"
    MINOR_NC = "minor_nc"
    OBSERVATION = "observation"
    OPPORTUNITY_FOR_IMPROVEMENT = "opportunity_for_improvement"
    GOOD_PRACTICE = "good_practice"
    CRITICAL = "critical"  # GMP templates only


class FindingStatus(StrEnum):
    OPEN = "open"
    CAPA_RAISED = "capa_raised"
    CLOSED = "closed"


class CapaType(StrEnum):
    CORRECTIVE = "corrective"
    PREVENTIVE = "preventive"


class CapaState(StrEnum):
    """The 8D stages in order: a CAPA only moves forward, or is cancelled, or reopened by name."""

    DRAFT = "draft"
    ISSUED = "issued"
    CONTAINMENT = "containment"
    ROOT_CAUSE = "root_cause"
    CORRECTIVE_ACTION = "corrective_action"
    VERIFICATION = "verification"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class ReviewDecision(StrEnum):
    """What the customer's quality engineer (or an event) decided on a CAPA's stage."""

    ISSUED = "issued"
    ACCEPTED = "accepted"
    REJECTED = "rejected"  # the stage stays, with the reason
    CANCELLED = "cancelled"
    REOPENED = "reopened"
    EFFECTIVE = "effective"  # the effectiveness check in a later audit
    NOT_EFFECTIVE = "not_effective"


class Effectiveness(StrEnum):
    """The result of a CAPA's effectiveness check."""

    EFFECTIVE = "effective"
    NOT_EFFECTIVE = "not_effective"


class SignatureMeaning(StrEnum):
    AUTHORED = "authored"
    REVIEWED = "reviewed"
    APPROVED = "approved"
    RESPONSIBLE = "responsible"


class Register(StrEnum):
    """The registers written as Excel workbooks (`sqms export`), one per kind of record."""

    FINDINGS = "findings"
    CAPAS = "capas"
    SUPPLIERS = "suppliers"


class ReplicaRole(StrEnum):
    """What `sqms replica init` made a store (NULL in the store: one that never syncs): the
    central store (root of trust, numbers audits and CAPAs for good) or a laptop it enrolled
    (numbers them provisionally)."""

    CENTRAL = "central"
    LAPTOP = "laptop"


class PolicyKey(StrEnum):
    """The store-wide policies by their stored key; bounds and defaults: queries/policy.py."""

    LOCKOUT_MINUTES = "lockout_minutes"
    # Scorecards (DESIGN §6): the weights of the four parts (per cent, together 100), the
    # lowest score of bands A and B, and the on-time window around a delivery's due date.
    WEIGHT_QUALITY = "scorecard_weight_quality"
    WEIGHT_DELIVERY = "scorecard_weight_delivery"
    WEIGHT_AUDIT = "scorecard_weight_audit"
    WEIGHT_RESPONSIVENESS = "scorecard_weight_responsiveness"
    BAND_A_FROM = "scorecard_band_a_from"
    BAND_B_FROM = "scorecard_band_b_from"
    # The quality part: 100 at or below the PPM target (the quality agreement's, else this
    # default), falling in a straight line to 0 at the ceiling (docs/design.md "Scorecards").
    PPM_TARGET = "scorecard_ppm_target"
    PPM_CEILING = "scorecard_ppm_ceiling"
    ON_TIME_DAYS_EARLY = "on_time_days_early"
    ON_TIME_DAYS_LATE = "on_time_days_late"
    # The audit programme (DESIGN §6): months between audits per risk class, and the follow-up
    # after an audit graded C or B.
    AUDIT_MONTHS_HIGH = "audit_months_high"
    AUDIT_MONTHS_MEDIUM = "audit_months_medium"
    AUDIT_MONTHS_LOW = "audit_months_low"
    FOLLOW_UP_MONTHS_C = "follow_up_months_c"
    FOLLOW_UP_MONTHS_B = "follow_up_months_b"
    # CAPA stage deadlines in days from the issue date, for suppliers without an agreement of
    # their own (capa/stages.DEFAULT_DEADLINES are the defaults); changed together, in order.
    CAPA_CONTAINMENT_DAYS = "capa_containment_days"
    CAPA_ROOT_CAUSE_DAYS = "capa_root_cause_days"
    CAPA_CORRECTIVE_ACTION_DAYS = "capa_corrective_action_days"
    CAPA_VERIFICATION_DAYS = "capa_verification_days"
    CAPA_CLOSURE_DAYS = "capa_closure_days"
    # How many days rolling backups of an SQLite store are kept (store/backups.py).
    BACKUP_KEEP_DAYS = "backup_keep_days"


class Band(StrEnum):
    """A scorecard's band (DESIGN §6): A ≥ 90, B ≥ 70, C below (configurable)."""

    A = "A"
    B = "B"
    C = "C"


class ScorecardPart(StrEnum):
    """The four parts of a scorecard, each mapped to 0–100 and weighted (DESIGN §6)."""

    QUALITY = "quality"  # from PPM
    DELIVERY = "delivery"  # on-time delivery %
    AUDIT = "audit"  # the latest audit's score
    RESPONSIVENESS = "responsiveness"  # CAPA stages reviewed on time


class ProposalKind(StrEnum):
    """What the scorecards propose for a supplier; never applied without a person's decision."""

    PROBATION = "probation"  # three periods in a row in band C
    CONDITIONAL = "conditional"  # a mandatory certificate expired
    PREFERRED = "preferred"  # four periods in band A, no open major finding


class ProposalDecision(StrEnum):
    ACCEPTED = "accepted"
    DISMISSED = "dismissed"


class DevelopmentKind(StrEnum):
    """The kinds of action in a supplier development plan."""

    TRAINING = "training"
    PROCESS_IMPROVEMENT = "process_improvement"
    QMS_TOOL = "qms_tool"  # adopting a QMS tool (SPC, FMEA software, a CAPA system…)


class DevelopmentStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class CostCategory(StrEnum):
    """Cost of poor quality, as recorded against a CAPA or a delivery."""

    SORTING = "sorting"
    REWORK = "rework"
    SCRAP = "scrap"
    PREMIUM_FREIGHT = "premium_freight"
    LINE_STOPPAGE = "line_stoppage"


class RiskCategory(StrEnum):
    """What a supplier risk is about (the risk register)."""

    SINGLE_SOURCE = "single_source"
    GEOGRAPHY = "geography"
    CAPACITY = "capacity"
    REGULATORY = "regulatory"
    FINANCIAL = "financial"


class RiskStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ProgrammeState(StrEnum):
    """Where a supplier stands in the audit programme."""

    OVERDUE = "overdue"  # due before today, no audit planned
    DUE = "due"  # due within the horizon, no audit planned
    PLANNED = "planned"  # an audit is planned (or under way) by the due date
    PLANNED_LATE = "planned_late"  # planned, but for after the due date


class SupplierReviewStatus(StrEnum):
    """A supplier (business) review: minutes in draft, then signed and printed."""

    DRAFT = "draft"
    SIGNED = "signed"


# The words people read for the stored values ("in_progress" → "In progress"): one table that
# the printed reports and the GUI labels both translate (context "vocab", `word`), so a report
# and a screen never name the same value differently. A value several enums share (`closed` is
# an audit, a finding and a CAPA state) has one word, written under the first of them. Every
# value that reaches a screen or a report is here: the humanised fallback of `word` stays English.
WORDS: dict[str, str] = {
    SupplierStatus.PROSPECT: QT_TRANSLATE_NOOP("vocab", "Prospect"),
    SupplierStatus.APPROVED: QT_TRANSLATE_NOOP(
        "vocab", "Approved"
    ),  # also SignatureMeaning.APPROVED
    SupplierStatus.CONDITIONAL: QT_TRANSLATE_NOOP("vocab", "Conditional"),
    SupplierStatus.PROBATION: QT_TRANSLATE_NOOP("vocab", "Probation"),
    SupplierStatus.DISQUALIFIED: QT_TRANSLATE_NOOP("vocab", "Disqualified"),
    RiskClass.HIGH: QT_TRANSLATE_NOOP("vocab", "High"),
    RiskClass.MEDIUM: QT_TRANSLATE_NOOP("vocab", "Medium"),
    RiskClass.LOW: QT_TRANSLATE_NOOP("vocab", "Low"),
    AuditType.SYSTEM: QT_TRANSLATE_NOOP("vocab", "System"),
    AuditType.PROCESS: QT_TRANSLATE_NOOP("vocab", "Process"),
    AuditType.PRODUCT: QT_TRANSLATE_NOOP("vocab", "Product"),
    AuditType.QUALIFICATION: QT_TRANSLATE_NOOP("vocab", "Qualification"),
    AuditType.FOLLOW_UP: QT_TRANSLATE_NOOP("vocab", "Follow-up"),
    AuditType.SELF_ASSESSMENT: QT_TRANSLATE_NOOP("vocab", "Self-assessment"),
    AuditStatus.PLANNED: QT_TRANSLATE_NOOP("vocab", "Planned"),
    AuditStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("vocab", "In progress"),
    AuditStatus.COMPLETED: QT_TRANSLATE_NOOP("vocab", "Completed"),
    AuditStatus.SIGNED: QT_TRANSLATE_NOOP("vocab", "Signed"),
    AuditStatus.REPORT_ISSUED: QT_TRANSLATE_NOOP("vocab", "Report issued"),
    AuditStatus.CLOSED: QT_TRANSLATE_NOOP(
        "vocab", "Closed"
    ),  # also FindingStatus.CLOSED, CapaState.CLOSED
    AuditStatus.CANCELLED: QT_TRANSLATE_NOOP("vocab", "Cancelled"),  # also CapaState.CANCELLED
    FindingClass.MAJOR_NC: QT_TRANSLATE_NOOP("vocab", "Major nonconformity"),
    FindingClass.MINOR_NC: QT_TRANSLATE_NOOP("vocab", "Minor nonconformity"),
    FindingClass.OBSERVATION: QT_TRANSLATE_NOOP("vocab", "Observation"),
    FindingClass.OPPORTUNITY_FOR_IMPROVEMENT: QT_TRANSLATE_NOOP(
        "vocab", "Opportunity for improvement"
    ),
    FindingClass.GOOD_PRACTICE: QT_TRANSLATE_NOOP("vocab", "Good practice"),
    FindingClass.CRITICAL: QT_TRANSLATE_NOOP("vocab", "Critical nonconformity"),
    FindingStatus.OPEN: QT_TRANSLATE_NOOP("vocab", "Open"),
    FindingStatus.CAPA_RAISED: QT_TRANSLATE_NOOP("vocab", "CAPA raised"),
    CapaType.CORRECTIVE: QT_TRANSLATE_NOOP("vocab", "Corrective"),
    CapaType.PREVENTIVE: QT_TRANSLATE_NOOP("vocab", "Preventive"),
    CapaState.DRAFT: QT_TRANSLATE_NOOP("vocab", "Draft"),  # also TemplateStatus.DRAFT
    CapaState.ISSUED: QT_TRANSLATE_NOOP("vocab", "Issued"),
    CapaState.CONTAINMENT: QT_TRANSLATE_NOOP("vocab", "Containment"),
    CapaState.ROOT_CAUSE: QT_TRANSLATE_NOOP("vocab", "Root cause"),
    CapaState.CORRECTIVE_ACTION: QT_TRANSLATE_NOOP("vocab", "Corrective action"),
    CapaState.VERIFICATION: QT_TRANSLATE_NOOP("vocab", "Verification"),
    ReviewDecision.ACCEPTED: QT_TRANSLATE_NOOP("vocab", "Accepted"),
    ReviewDecision.REJECTED: QT_TRANSLATE_NOOP("vocab", "Rejected"),
    ReviewDecision.REOPENED: QT_TRANSLATE_NOOP("vocab", "Reopened"),
    ReviewDecision.EFFECTIVE: QT_TRANSLATE_NOOP(
        "vocab", "Effective"
    ),  # also Effectiveness.EFFECTIVE
    ReviewDecision.NOT_EFFECTIVE: QT_TRANSLATE_NOOP("vocab", "Not effective"),
    TemplateStatus.RELEASED: QT_TRANSLATE_NOOP("vocab", "Released"),
    TemplateStatus.RETIRED: QT_TRANSLATE_NOOP("vocab", "Retired"),
    Scheme.VDA63: QT_TRANSLATE_NOOP("vocab", "VDA 6.3"),
    Scheme.WEIGHTED: QT_TRANSLATE_NOOP("vocab", "Weighted"),
    Scheme.YES_NO: QT_TRANSLATE_NOOP("vocab", "Yes/No"),  # also QuestionType.YES_NO
    QuestionType.YES_NO_NA: QT_TRANSLATE_NOOP("vocab", "Yes/No/N/A"),
    QuestionType.SCORE: QT_TRANSLATE_NOOP("vocab", "Score"),
    QuestionType.CHOICE: QT_TRANSLATE_NOOP("vocab", "Choice"),
    QuestionType.MULTI_CHOICE: QT_TRANSLATE_NOOP("vocab", "Multiple choice"),
    QuestionType.NUMBER: QT_TRANSLATE_NOOP("vocab", "Number"),
    QuestionType.TEXT: QT_TRANSLATE_NOOP("vocab", "Text"),
    QuestionType.DATE: QT_TRANSLATE_NOOP("vocab", "Date"),
    QuestionType.PHOTO: QT_TRANSLATE_NOOP("vocab", "Photo"),
    SignatureMeaning.AUTHORED: QT_TRANSLATE_NOOP("vocab", "Authored"),
    SignatureMeaning.REVIEWED: QT_TRANSLATE_NOOP("vocab", "Reviewed"),
    SignatureMeaning.RESPONSIBLE: QT_TRANSLATE_NOOP("vocab", "Responsible"),
    ScorecardPart.QUALITY: QT_TRANSLATE_NOOP("vocab", "Quality"),
    ScorecardPart.DELIVERY: QT_TRANSLATE_NOOP("vocab", "Delivery"),
    ScorecardPart.AUDIT: QT_TRANSLATE_NOOP("vocab", "Audit"),
    ScorecardPart.RESPONSIVENESS: QT_TRANSLATE_NOOP("vocab", "Responsiveness"),
    ProposalKind.PREFERRED: QT_TRANSLATE_NOOP("vocab", "Preferred supplier"),
    ProposalDecision.DISMISSED: QT_TRANSLATE_NOOP("vocab", "Dismissed"),
    DevelopmentKind.TRAINING: QT_TRANSLATE_NOOP("vocab", "Training"),
    DevelopmentKind.PROCESS_IMPROVEMENT: QT_TRANSLATE_NOOP("vocab", "Process improvement"),
    DevelopmentKind.QMS_TOOL: QT_TRANSLATE_NOOP("vocab", "QMS tool adoption"),
    DevelopmentStatus.DONE: QT_TRANSLATE_NOOP("vocab", "Done"),
    CostCategory.SORTING: QT_TRANSLATE_NOOP("vocab", "Sorting"),
    CostCategory.REWORK: QT_TRANSLATE_NOOP("vocab", "Rework"),
    CostCategory.SCRAP: QT_TRANSLATE_NOOP("vocab", "Scrap"),
    CostCategory.PREMIUM_FREIGHT: QT_TRANSLATE_NOOP("vocab", "Premium freight"),
    CostCategory.LINE_STOPPAGE: QT_TRANSLATE_NOOP("vocab", "Line stoppage"),
    RiskCategory.SINGLE_SOURCE: QT_TRANSLATE_NOOP("vocab", "Single source"),
    RiskCategory.GEOGRAPHY: QT_TRANSLATE_NOOP("vocab", "Geography"),
    RiskCategory.CAPACITY: QT_TRANSLATE_NOOP("vocab", "Capacity"),
    RiskCategory.REGULATORY: QT_TRANSLATE_NOOP("vocab", "Regulatory"),
    RiskCategory.FINANCIAL: QT_TRANSLATE_NOOP("vocab", "Financial"),
    ProgrammeState.OVERDUE: QT_TRANSLATE_NOOP("vocab", "Overdue"),
    ProgrammeState.DUE: QT_TRANSLATE_NOOP("vocab", "Due"),
    ProgrammeState.PLANNED_LATE: QT_TRANSLATE_NOOP("vocab", "Planned late"),
    ImportAction.NEW: QT_TRANSLATE_NOOP("vocab", "New"),
    ImportAction.UPDATE: QT_TRANSLATE_NOOP("vocab", "Update"),
    ImportAction.UNCHANGED: QT_TRANSLATE_NOOP("vocab", "Unchanged"),
    CertificateWarning.EXPIRED: QT_TRANSLATE_NOOP("vocab", "Expired"),
    CertificateWarning.WITHIN_30_DAYS: QT_TRANSLATE_NOOP("vocab", "Expires within 30 days"),
    CertificateWarning.WITHIN_90_DAYS: QT_TRANSLATE_NOOP("vocab", "Expires within 90 days"),
    CertificateWarning.NONE: QT_TRANSLATE_NOOP("vocab", "None"),
    UserRole.AUDITOR: QT_TRANSLATE_NOOP("vocab", "Auditor"),
    UserRole.LEAD_AUDITOR: QT_TRANSLATE_NOOP("vocab", "Lead auditor"),
    UserRole.QUALITY_ENGINEER: QT_TRANSLATE_NOOP("vocab", "Quality engineer"),
    UserRole.ADMIN: QT_TRANSLATE_NOOP("vocab", "Administrator"),
    NaPolicy.EXCLUDE: QT_TRANSLATE_NOOP("vocab", "Left out of the score"),
    NaPolicy.ZERO: QT_TRANSLATE_NOOP("vocab", "Counted as zero"),
    ReplicaRole.CENTRAL: QT_TRANSLATE_NOOP("vocab", "Central store"),
    ReplicaRole.LAPTOP: QT_TRANSLATE_NOOP("vocab", "Laptop"),
    # The CAPA's sources (services/capas.SOURCES), its last deadline (capa/stages.py, the
    # others are stages) and the statuses of its stage timeline (capa/views.py).
    "customer_complaint": QT_TRANSLATE_NOOP("vocab", "Customer complaint"),
    "incoming_inspection": QT_TRANSLATE_NOOP("vocab", "Incoming inspection"),
    "field_failure": QT_TRANSLATE_NOOP("vocab", "Field failure"),
    "internal": QT_TRANSLATE_NOOP("vocab", "Internal"),
    "closure": QT_TRANSLATE_NOOP("vocab", "Closure"),
    # A CAPA's overdue deadline, as its list and report name it (capa/stages.py).
    "containment_due": QT_TRANSLATE_NOOP("vocab", "Containment due"),
    "root_cause_due": QT_TRANSLATE_NOOP("vocab", "Root cause due"),
    "corrective_action_due": QT_TRANSLATE_NOOP("vocab", "Corrective action due"),
    "verification_due": QT_TRANSLATE_NOOP("vocab", "Verification due"),
    "closure_due": QT_TRANSLATE_NOOP("vocab", "Closure due"),
    "next": QT_TRANSLATE_NOOP("vocab", "Next"),
    "later": QT_TRANSLATE_NOOP("vocab", "Later"),
}


def word(value: str) -> str:
    """A stored value as people read it, in the language now in use (a report's own while it
    is printed, `i18n.speaking`); a value not in `WORDS` is humanised, never hidden."""
    known = WORDS.get(value)
    if known is not None:
        return translate("vocab", known)
    text = value.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def inline_word(value: str) -> str:
    """A stored value's word inside a sentence: in lower case in English ("risk class high"),
    as it is in German, where nouns keep their capital."""
    said = word(value)
    return said if language() == "de" else said.lower()
