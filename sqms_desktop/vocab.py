"""The domain's words, each written once: statuses, classes, stages, roles, schemes, score values.

Everything else names these members (`AuditStatus.SIGNED`, `Scheme.VDA63`) instead of repeating the
stored text, so a word is spelled, listed and checked in one place. The values are what the store
keeps, the change log carries and the `--json` outputs print; changing one is a data migration.
Imports nothing of the application, so every layer may use it.
"""

from __future__ import annotations

import enum


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
# the printed reports use as it is and the GUI labels translate, so a report and a screen never
# name the same value differently. A value several enums share (`closed` is an audit, a finding
# and a CAPA state) has one word, written under the first of them.
WORDS: dict[str, str] = {
    SupplierStatus.PROSPECT: "Prospect",
    SupplierStatus.APPROVED: "Approved",  # also SignatureMeaning.APPROVED
    SupplierStatus.CONDITIONAL: "Conditional",
    SupplierStatus.PROBATION: "Probation",
    SupplierStatus.DISQUALIFIED: "Disqualified",
    RiskClass.HIGH: "High",
    RiskClass.MEDIUM: "Medium",
    RiskClass.LOW: "Low",
    AuditType.SYSTEM: "System",
    AuditType.PROCESS: "Process",
    AuditType.PRODUCT: "Product",
    AuditType.QUALIFICATION: "Qualification",
    AuditType.FOLLOW_UP: "Follow-up",
    AuditType.SELF_ASSESSMENT: "Self-assessment",
    AuditStatus.PLANNED: "Planned",
    AuditStatus.IN_PROGRESS: "In progress",
    AuditStatus.COMPLETED: "Completed",
    AuditStatus.SIGNED: "Signed",
    AuditStatus.REPORT_ISSUED: "Report issued",
    AuditStatus.CLOSED: "Closed",  # also FindingStatus.CLOSED, CapaState.CLOSED
    AuditStatus.CANCELLED: "Cancelled",  # also CapaState.CANCELLED
    FindingClass.MAJOR_NC: "Major nonconformity",
    FindingClass.MINOR_NC: "Minor nonconformity",
    FindingClass.OBSERVATION: "Observation",
    FindingClass.OPPORTUNITY_FOR_IMPROVEMENT: "Opportunity for improvement",
    FindingClass.GOOD_PRACTICE: "Good practice",
    FindingClass.CRITICAL: "Critical nonconformity",
    FindingStatus.OPEN: "Open",
    FindingStatus.CAPA_RAISED: "CAPA raised",
    CapaType.CORRECTIVE: "Corrective",
    CapaType.PREVENTIVE: "Preventive",
    CapaState.DRAFT: "Draft",  # also TemplateStatus.DRAFT
    CapaState.ISSUED: "Issued",
    CapaState.CONTAINMENT: "Containment",
    CapaState.ROOT_CAUSE: "Root cause",
    CapaState.CORRECTIVE_ACTION: "Corrective action",
    CapaState.VERIFICATION: "Verification",
    ReviewDecision.ACCEPTED: "Accepted",
    ReviewDecision.REJECTED: "Rejected",
    ReviewDecision.REOPENED: "Reopened",
    ReviewDecision.EFFECTIVE: "Effective",  # also Effectiveness.EFFECTIVE
    ReviewDecision.NOT_EFFECTIVE: "Not effective",
    TemplateStatus.RELEASED: "Released",
    TemplateStatus.RETIRED: "Retired",
    Scheme.VDA63: "VDA 6.3",
    Scheme.WEIGHTED: "Weighted",
    Scheme.YES_NO: "Yes/No",  # also QuestionType.YES_NO
    QuestionType.YES_NO_NA: "Yes/No/N/A",
    QuestionType.SCORE: "Score",
    QuestionType.CHOICE: "Choice",
    QuestionType.MULTI_CHOICE: "Multiple choice",
    QuestionType.NUMBER: "Number",
    QuestionType.TEXT: "Text",
    QuestionType.DATE: "Date",
    QuestionType.PHOTO: "Photo",
    SignatureMeaning.AUTHORED: "Authored",
    SignatureMeaning.REVIEWED: "Reviewed",
    SignatureMeaning.RESPONSIBLE: "Responsible",
    ScorecardPart.QUALITY: "Quality",
    ScorecardPart.DELIVERY: "Delivery",
    ScorecardPart.AUDIT: "Audit",
    ScorecardPart.RESPONSIVENESS: "Responsiveness",
    ProposalKind.PREFERRED: "Preferred supplier",
    ProposalDecision.DISMISSED: "Dismissed",
    DevelopmentKind.TRAINING: "Training",
    DevelopmentKind.PROCESS_IMPROVEMENT: "Process improvement",
    DevelopmentKind.QMS_TOOL: "QMS tool adoption",
    DevelopmentStatus.DONE: "Done",
    CostCategory.SORTING: "Sorting",
    CostCategory.REWORK: "Rework",
    CostCategory.SCRAP: "Scrap",
    CostCategory.PREMIUM_FREIGHT: "Premium freight",
    CostCategory.LINE_STOPPAGE: "Line stoppage",
    RiskCategory.SINGLE_SOURCE: "Single source",
    RiskCategory.GEOGRAPHY: "Geography",
    RiskCategory.CAPACITY: "Capacity",
    RiskCategory.REGULATORY: "Regulatory",
    RiskCategory.FINANCIAL: "Financial",
    ProgrammeState.OVERDUE: "Overdue",
    ProgrammeState.DUE: "Due",
    ProgrammeState.PLANNED_LATE: "Planned late",
}


def word(value: str) -> str:
    """A stored value as people read it; a value not in `WORDS` is humanised, never hidden."""
    known = WORDS.get(value)
    if known is not None:
        return known
    text = value.replace("_", " ").strip()
    return text[:1].upper() + text[1:]
