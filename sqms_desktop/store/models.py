"""Typed models of the records people see and edit (the visible tables)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from sqms_desktop.store.base import ID_LENGTH, Record
from sqms_desktop.vocab import (
    AuditStatus,
    CapaState,
    CapaType,
    FindingStatus,
    NaPolicy,
    RiskClass,
    SupplierStatus,
    TemplateStatus,
)


def _fk(target: str, *, nullable: bool = False) -> Mapped[str]:
    return mapped_column(
        String(ID_LENGTH), ForeignKey(f"{target}.id"), index=True, nullable=nullable
    )


class User(Record):
    __tablename__ = "user_account"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The Ed25519 public key (hex) that verifies this user's signatures on every replica.
    public_key: Mapped[str] = mapped_column(String(64), default="")


class Supplier(Record):
    __tablename__ = "supplier"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2), default="")
    status: Mapped[str] = mapped_column(String(16), default=SupplierStatus.PROSPECT.value)
    approval_scope: Mapped[str] = mapped_column(Text, default="")
    new_business_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    risk_class: Mapped[str] = mapped_column(String(8), default=RiskClass.MEDIUM.value)
    commodities: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Issue 13 (the supplier master). Older rows keep NULL in these columns; NULL reads as "".
    street: Mapped[str | None] = mapped_column(String(200), nullable=True)
    postal_code: Mapped[str | None] = mapped_column(String(20), nullable=True)
    city: Mapped[str | None] = mapped_column(String(100), nullable=True)
    duns: Mapped[str | None] = mapped_column(String(9), nullable=True)
    vat_id: Mapped[str | None] = mapped_column(String(20), nullable=True)
    # Why the supplier carries its risk class (the risk class drives the audit frequency).
    risk_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Issue 17: recognised as a preferred supplier (accepted from a scorecard proposal); NULL
    # reads as no.
    preferred: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class Site(Record):
    __tablename__ = "site"

    supplier_id: Mapped[str] = _fk("supplier")
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    # The processes made at the site (e.g. "stamping", "heat treatment"); NULL reads as none.
    processes: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)


class Contact(Record):
    __tablename__ = "contact"

    supplier_id: Mapped[str] = _fk("supplier")
    name: Mapped[str] = mapped_column(String(200))
    function: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")


class Attachment(Record):
    """Evidence bytes live in the content-addressed folder; this row describes them."""

    __tablename__ = "attachment"

    sha256: Mapped[str] = mapped_column(String(64), index=True)
    media_type: Mapped[str] = mapped_column(String(100))
    original_name: Mapped[str] = mapped_column(String(255))
    caption: Mapped[str] = mapped_column(Text, default="")
    taken_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    audit_id: Mapped[str | None] = _fk("audit", nullable=True)
    finding_id: Mapped[str | None] = _fk("finding", nullable=True)
    # The checklist question the evidence was captured for (None: the audit as a whole).
    question_id: Mapped[str | None] = _fk("question", nullable=True)
    # Drawn over a photo as a separate layer (arrows, shapes, text); the bytes never change.
    # None and [] both mean "not annotated" (None for rows older than the column).
    annotations: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True)


class Certificate(Record):
    __tablename__ = "certificate"

    supplier_id: Mapped[str] = _fk("supplier")
    standard: Mapped[str] = mapped_column(String(64))
    number: Mapped[str] = mapped_column(String(100))
    issuer: Mapped[str] = mapped_column(String(200), default="")
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    attachment_id: Mapped[str | None] = _fk("attachment", nullable=True)
    # What the certificate covers (sites, products, processes); NULL reads as "".
    scope: Mapped[str | None] = mapped_column(Text, nullable=True)


class ChecklistTemplate(Record):
    __tablename__ = "checklist_template"
    __table_args__ = (UniqueConstraint("key", "version"),)

    key: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    scheme: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8), default="en")
    na_policy: Mapped[str] = mapped_column(String(16), default=NaPolicy.EXCLUDE.value)
    status: Mapped[str] = mapped_column(String(16), default=TemplateStatus.DRAFT.value)


class ChecklistSection(Record):
    __tablename__ = "checklist_section"

    template_id: Mapped[str] = _fk("checklist_template")
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))


class Question(Record):
    __tablename__ = "question"
    __table_args__ = (UniqueConstraint("template_id", "qid"),)

    template_id: Mapped[str] = _fk("checklist_template")
    section_id: Mapped[str] = _fk("checklist_section")
    qid: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    guidance: Mapped[str] = mapped_column(Text, default="")
    type: Mapped[str] = mapped_column(String(16))
    options: Mapped[list[str]] = mapped_column(JSON, default=list)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    clause: Mapped[str] = mapped_column(String(100), default="")
    star: Mapped[bool] = mapped_column(Boolean, default=False)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    evidence_required: Mapped[bool] = mapped_column(Boolean, default=False)
    condition: Mapped[str] = mapped_column(String(200), default="")
    min_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    max_value: Mapped[float | None] = mapped_column(Float, nullable=True)


class Audit(Record):
    __tablename__ = "audit"
    __table_args__ = (
        # The Audits page's first order (newest planned first, by status or not), index only.
        Index("ix_audit_list_order", "planned_start", "reference", "id", "status"),
        # A supplier's last audit and grade, and its next planned one, for the Suppliers page.
        Index("ix_audit_supplier_end", "supplier_id", "actual_end", "grade"),
        Index("ix_audit_supplier_status", "supplier_id", "status", "planned_start"),
    )

    reference: Mapped[str] = mapped_column(String(32), unique=True)
    supplier_id: Mapped[str] = _fk("supplier")
    site_id: Mapped[str | None] = _fk("site", nullable=True)
    template_id: Mapped[str] = _fk("checklist_template")
    type: Mapped[str] = mapped_column(String(16))
    objectives: Mapped[str] = mapped_column(Text, default="")
    scope: Mapped[str] = mapped_column(Text, default="")
    criteria: Mapped[str] = mapped_column(Text, default="")
    planned_start: Mapped[dt.date] = mapped_column(Date, index=True)
    planned_end: Mapped[dt.date] = mapped_column(Date)
    actual_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    actual_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    lead_auditor_id: Mapped[str] = _fk("user_account")
    team: Mapped[list[str]] = mapped_column(JSON, default=list)
    auditee_participants: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default=AuditStatus.PLANNED.value)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    grade: Mapped[str | None] = mapped_column(String(16), nullable=True)
    conclusions: Mapped[str] = mapped_column(Text, default="")
    # The VDA 6.3 rule edition (2016, 2023) the audit is scored by; None for other schemes.
    rule_edition: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # A follow-up audit names the audit whose findings it checks (no foreign key: the fold
    # inserts an entity's rows in any order).
    follow_up_of: Mapped[str | None] = mapped_column(String(ID_LENGTH), nullable=True)
    # Closing meeting: who of the auditee was present, and opinions that stayed apart.
    closing_participants: Mapped[str | None] = mapped_column(Text, nullable=True)
    diverging_opinions: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Why the audit was completed with shown questions unanswered (None: every one answered).
    incomplete_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class Answer(Record):
    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("audit_id", "question_id"),)

    audit_id: Mapped[str] = _fk("audit")
    question_id: Mapped[str] = _fk("question")
    value: Mapped[str | None] = mapped_column(Text, nullable=True)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    na_justification: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(64))
    answered_at: Mapped[dt.datetime] = mapped_column()


class Finding(Record):
    __tablename__ = "finding"
    # An audit's open findings counted from the index alone (the Suppliers page's figures).
    __table_args__ = (Index("ix_finding_audit_state", "audit_id", "status", "finding_class"),)

    audit_id: Mapped[str] = _fk("audit")
    question_id: Mapped[str | None] = _fk("question", nullable=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    finding_class: Mapped[str] = mapped_column(String(32))
    statement: Mapped[str] = mapped_column(Text)
    requirement: Mapped[str] = mapped_column(Text, default="")
    objective_evidence: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default=FindingStatus.OPEN.value)
    # Why a major nonconformity needs no CAPA (recorded instead of raising one); NULL: none given.
    no_capa_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class Capa(Record):
    """A CAPA; a SCAR is a CAPA addressed to a supplier."""

    __tablename__ = "capa"
    __table_args__ = (
        # The CAPAs page's first order, and its overdue count and state filters, read from
        # indexes alone: the 8D content makes each row wide.
        Index("ix_capa_list_order", "reference", "id"),
        Index(
            "ix_capa_state_dues",
            "state",
            "containment_due",
            "root_cause_due",
            "corrective_action_due",
            "verification_due",
            "closure_due",
        ),
    )

    reference: Mapped[str] = mapped_column(String(32), unique=True)
    supplier_id: Mapped[str] = _fk("supplier")
    type: Mapped[str] = mapped_column(String(16), default=CapaType.CORRECTIVE.value)
    is_scar: Mapped[bool] = mapped_column(Boolean, default=True)
    title: Mapped[str] = mapped_column(String(200))
    problem_description: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(24), default=CapaState.DRAFT.value)
    safety_critical: Mapped[bool] = mapped_column(Boolean, default=False)
    issued_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    containment_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    root_cause_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    corrective_action_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    verification_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    closure_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    # Issue 7 (8D). Older rows keep NULL in these columns; NULL reads as "none" or "empty".
    # Where the problem came from (audit finding, customer complaint…) and its reference there.
    source: Mapped[str | None] = mapped_column(String(32), nullable=True)
    source_reference: Mapped[str | None] = mapped_column(String(100), nullable=True)
    # The 8D content, one JSON object per discipline, so each step is its own trailed field.
    d0: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    d1: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    d2: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    d3: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    d4: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    d5: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    d6: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    d7: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    d8: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # The quality engineer's last rejection of the current stage ("" or NULL: none pending).
    rejection_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Effectiveness check: planned date and criterion; the result and where it was judged.
    effectiveness_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    effectiveness_criterion: Mapped[str | None] = mapped_column(Text, nullable=True)
    effectiveness_result: Mapped[str | None] = mapped_column(String(16), nullable=True)
    effectiveness_checked_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    effectiveness_audit_id: Mapped[str | None] = mapped_column(String(ID_LENGTH), nullable=True)
    effectiveness_note: Mapped[str | None] = mapped_column(Text, nullable=True)


class CapaFinding(Record):
    """Link of a CAPA to a finding it answers; links are only added or removed, as a set."""

    __tablename__ = "capa_finding"
    __table_args__ = (UniqueConstraint("capa_id", "finding_id"),)

    capa_id: Mapped[str] = _fk("capa")
    finding_id: Mapped[str] = _fk("finding")


class Action(Record):
    __tablename__ = "action"

    capa_id: Mapped[str] = _fk("capa")
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200))
    due: Mapped[dt.date] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    evidence: Mapped[str] = mapped_column(Text, default="")
    # The 8D step the action belongs to: D3 containment, D5 permanent, D7 prevention (NULL: D5).
    step: Mapped[str | None] = mapped_column(String(4), nullable=True)
    # D3: how many parts the containment action held back or sorted.
    quantity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # D6: how the action was shown to work (the validation result).
    validation: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Evidence files (attachment ids) that show the action was done.
    attachment_ids: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)


class Signature(Record):
    """An electronic signature on a record (21 CFR Part 11 §11.50, §11.70).

    It binds the signer's printed name, the time, the meaning and the SHA-256 of the record's
    canonical content; `signature` is Ed25519 over all of that, so it cannot be copied to another
    record or survive an edit.
    """

    __tablename__ = "signature"

    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(ID_LENGTH), index=True)
    record_version: Mapped[int] = mapped_column(Integer)
    content_sha256: Mapped[str] = mapped_column(String(64))
    meaning: Mapped[str] = mapped_column(String(16))
    signer_id: Mapped[str] = _fk("user_account")
    printed_name: Mapped[str] = mapped_column(String(200))
    signed_at: Mapped[dt.datetime] = mapped_column()
    utc_offset_minutes: Mapped[int] = mapped_column(Integer)
    public_key: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))


class KpiRecord(Record):
    __tablename__ = "kpi_record"
    __table_args__ = (UniqueConstraint("supplier_id", "period"),)

    supplier_id: Mapped[str] = _fk("supplier")
    period: Mapped[str] = mapped_column(String(7))
    deliveries_total: Mapped[int] = mapped_column(Integer, default=0)
    deliveries_on_time: Mapped[int] = mapped_column(Integer, default=0)
    quantity_received: Mapped[int] = mapped_column(Integer, default=0)
    quantity_rejected: Mapped[int] = mapped_column(Integer, default=0)
    complaints: Mapped[int] = mapped_column(Integer, default=0)
    premium_freight: Mapped[int] = mapped_column(Integer, default=0)


class StoreSetting(Record):
    """A policy of the whole store (e.g. how long five wrong passwords lock an account).

    A record, so changing it is trailed and travels with the store's other data."""

    __tablename__ = "store_setting"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    value: Mapped[Any] = mapped_column(JSON)


class CapaReview(Record):
    """One decision on a CAPA: issued, a stage accepted or rejected, cancelled, reopened, or
    an effectiveness check. Append-only; the CAPA's stage timeline is read from these."""

    __tablename__ = "capa_review"

    capa_id: Mapped[str] = _fk("capa")
    stage: Mapped[str] = mapped_column(String(24))  # the CAPA's state the decision was about
    decision: Mapped[str] = mapped_column(String(16))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    # The follow-up audit an effectiveness check was made in (no foreign key, like follow_up_of).
    audit_id: Mapped[str | None] = mapped_column(String(ID_LENGTH), nullable=True)


class CapaDeadlinePolicy(Record):
    """A supplier agreement's CAPA stage deadlines, in days from the issue date."""

    __tablename__ = "capa_deadline_policy"

    supplier_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("supplier.id"), unique=True
    )
    containment_days: Mapped[int] = mapped_column(Integer)
    root_cause_days: Mapped[int] = mapped_column(Integer)
    corrective_action_days: Mapped[int] = mapped_column(Integer)
    verification_days: Mapped[int] = mapped_column(Integer)
    closure_days: Mapped[int] = mapped_column(Integer)


class ImportMapping(Record):
    """How the columns of one source's spreadsheet map onto our fields, remembered per source
    (an ERP export, a purchasing team's list) so the next import from it needs no mapping step."""

    __tablename__ = "import_mapping"
    __table_args__ = (UniqueConstraint("kind", "source"),)

    kind: Mapped[str] = mapped_column(String(32))  # what is imported: "supplier", "kpi"…
    source: Mapped[str] = mapped_column(String(100))
    # our field name → the source's column header
    columns: Mapped[dict[str, str]] = mapped_column(JSON)


# Issue 17 (supplier performance and partnership): migration 0014.


class Delivery(Record):
    """One delivery (or PO line) as the ERP reports it; the KPIs are computed from these.

    Identified by supplier and delivery number, so importing the same rows again changes
    nothing. `period` (YYYY-MM of the received date) is kept for the monthly roll-ups."""

    __tablename__ = "delivery"
    __table_args__ = (UniqueConstraint("supplier_id", "delivery_no"),)

    supplier_id: Mapped[str] = _fk("supplier")
    delivery_no: Mapped[str] = mapped_column(String(64))
    due_date: Mapped[dt.date] = mapped_column(Date)
    received_date: Mapped[dt.date] = mapped_column(Date)
    period: Mapped[str] = mapped_column(String(7), index=True)
    received_qty: Mapped[int] = mapped_column(Integer)
    rejected_qty: Mapped[int] = mapped_column(Integer, default=0)
    complaint: Mapped[bool] = mapped_column(Boolean, default=False)
    # In cents of the store's currency (0: none).
    premium_freight_cents: Mapped[int] = mapped_column(Integer, default=0)


class SupplierDecision(Record):
    """A person's decision on a scorecard proposal (probation, conditional, preferred).

    The proposal itself is computed from the scorecards; `basis` names what it rests on (the
    periods, the certificate), so a dismissed proposal stays dismissed until its basis changes."""

    __tablename__ = "proposal_decision"

    supplier_id: Mapped[str] = _fk("supplier")
    kind: Mapped[str] = mapped_column(String(16))
    basis: Mapped[str] = mapped_column(String(200))
    decision: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(64))
    decided_on: Mapped[dt.date] = mapped_column(Date)


class QualityAgreement(Record):
    """The quality agreement with a supplier: its targets, validity and the signed document."""

    __tablename__ = "quality_agreement"

    supplier_id: Mapped[str] = _fk("supplier")
    reference: Mapped[str] = mapped_column(String(64))
    ppm_target: Mapped[int | None] = mapped_column(Integer, nullable=True)
    on_time_target_pct: Mapped[float | None] = mapped_column(Float, nullable=True)
    capa_response_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    signed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    attachment_id: Mapped[str | None] = _fk("attachment", nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class DevelopmentAction(Record):
    """One action of a supplier development plan, and the result seen at the next audit."""

    __tablename__ = "development_action"

    supplier_id: Mapped[str] = _fk("supplier")
    kind: Mapped[str] = mapped_column(String(24))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200))
    due: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    result: Mapped[str] = mapped_column(Text, default="")
    # The audit in which the result was seen (no foreign key, like audit.follow_up_of).
    result_audit_id: Mapped[str | None] = mapped_column(String(ID_LENGTH), nullable=True)


class PoorQualityCost(Record):
    """A cost of poor quality (sorting, rework, scrap, premium freight, a line stoppage),
    recorded against a CAPA or a delivery of the supplier."""

    __tablename__ = "poor_quality_cost"

    supplier_id: Mapped[str] = _fk("supplier")
    category: Mapped[str] = mapped_column(String(24))
    incurred_on: Mapped[dt.date] = mapped_column(Date)
    period: Mapped[str] = mapped_column(String(7), index=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    capa_id: Mapped[str | None] = _fk("capa", nullable=True)
    delivery_id: Mapped[str | None] = _fk("delivery", nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class SupplierRisk(Record):
    """One entry of a supplier's risk register; the highest open risk raises the risk class."""

    __tablename__ = "supplier_risk"

    supplier_id: Mapped[str] = _fk("supplier")
    category: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text)
    likelihood: Mapped[int] = mapped_column(Integer)  # 1 (rare) … 5 (almost certain)
    impact: Mapped[int] = mapped_column(Integer)  # 1 (negligible) … 5 (severe)
    mitigation: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16))
    audit_id: Mapped[str | None] = _fk("audit", nullable=True)
    capa_id: Mapped[str | None] = _fk("capa", nullable=True)


class SupplierReview(Record):
    """A periodic business review with a supplier: a scorecard snapshot, topics, attendees
    and minutes, signed and printed as PDF."""

    __tablename__ = "supplier_review"

    supplier_id: Mapped[str] = _fk("supplier")
    held_on: Mapped[dt.date] = mapped_column(Date)
    period: Mapped[str] = mapped_column(String(7))  # the scorecard period reviewed
    attendees: Mapped[list[str]] = mapped_column(JSON, default=list)
    topics: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    # The scorecard as it stood when the review was held (the figures may change later).
    scorecard: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    status: Mapped[str] = mapped_column(String(16))


class ReviewAction(Record):
    """An action agreed in a supplier review: who does what by when."""

    __tablename__ = "review_action"

    review_id: Mapped[str] = _fk("supplier_review")
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200))
    due: Mapped[dt.date] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


# The next free number is the highest reference in a byte-wise range (services.next_number:
# COLLATE "C" on PostgreSQL, whose database collation may order "-" and "." otherwise). The
# unique index on `reference` is in the database's collation, so PostgreSQL read every row of
# the table for each number (50 ms at 200,000 findings, under the write lock of a bundle
# import). Migration 0016 adds these indexes on PostgreSQL only (SQLite compares byte-wise and
# answers from the unique index). They are not declared on the tables: Alembic cannot compare
# an index on a collated expression (SQLite cannot have one), so comparisons leave them out.
BYTEWISE_INDEXES = frozenset(
    f"ix_{table}_reference_bytewise" for table in ("audit", "capa", "finding")
)


def alembic_compares(
    item: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic's `include_object` when the models are compared with a database: everything but
    the byte-wise reference indexes of PostgreSQL (above)."""
    return not (type_ == "index" and name in BYTEWISE_INDEXES)
