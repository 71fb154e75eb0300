"""Read side: plain rows for listings and details, safe to hand to other threads."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from sqms_desktop.errors import NotFoundError
from sqms_desktop.services.capas import DUE_FIELD_BY_STATE, OPEN_STATES, overdue_stage
from sqms_desktop.store.models import (
    Audit,
    Capa,
    CapaState,
    Certificate,
    ChecklistTemplate,
    Contact,
    Finding,
    KpiRecord,
    Site,
    Supplier,
    User,
)

CERTIFICATE_WARNING_DAYS = 90


def as_json(row: Any) -> dict[str, Any]:
    """A row as JSON-ready values (dates as ISO text)."""

    def plain(value: Any) -> Any:
        if isinstance(value, dt.date | dt.datetime):
            return value.isoformat()
        if isinstance(value, list):
            return [plain(v) for v in value]
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return value

    return {k: plain(v) for k, v in asdict(row).items()}


@dataclass(frozen=True)
class SupplierRow:
    id: str
    code: str
    name: str
    country: str
    status: str
    risk_class: str
    new_business_hold: bool
    sites: int
    open_capas: int
    last_audit: dt.date | None
    last_grade: str | None
    overdue_capas: int
    certificates_expired: int
    certificates_expiring: int  # within CERTIFICATE_WARNING_DAYS


@dataclass(frozen=True)
class AuditRow:
    id: str
    reference: str
    supplier_code: str
    supplier_name: str
    type: str
    status: str
    planned_start: dt.date
    lead_auditor: str
    template: str
    score: float | None
    grade: str | None
    findings: int


def list_suppliers(
    session: Session, *, today: dt.date | None = None, supplier_id: str | None = None
) -> list[SupplierRow]:
    """Every supplier with what needs attention as of `today` (default: the real today)."""
    day = today or dt.date.today()

    def only(column: Any) -> list[Any]:
        """For one supplier's row, read only its rows (the detail pane asks on every click)."""
        return [] if supplier_id is None else [column == supplier_id]

    sites = (
        select(Site.supplier_id, func.count().label("n"))
        .where(*only(Site.supplier_id))
        .group_by(Site.supplier_id)
        .subquery()
    )
    capas = (
        select(Capa.supplier_id, func.count().label("n"))
        .where(Capa.state.in_([s.value for s in OPEN_STATES]), *only(Capa.supplier_id))
        .group_by(Capa.supplier_id)
        .subquery()
    )
    late = or_(
        *(
            and_(Capa.state == state.value, getattr(Capa, due) < day)
            for state, due in DUE_FIELD_BY_STATE.items()
        )
    )
    overdue = (
        select(Capa.supplier_id, func.count().label("n"))
        .where(late, *only(Capa.supplier_id))
        .group_by(Capa.supplier_id)
        .subquery()
    )
    warn = day + dt.timedelta(days=CERTIFICATE_WARNING_DAYS)
    certificates = (
        select(
            Certificate.supplier_id,
            func.sum(case((Certificate.valid_until < day, 1), else_=0)).label("expired"),
            func.sum(case((Certificate.valid_until.between(day, warn), 1), else_=0)).label(
                "expiring"
            ),
        )
        .where(*only(Certificate.supplier_id))
        .group_by(Certificate.supplier_id)
        .subquery()
    )
    done = Audit.actual_end.is_not(None)
    last = (
        select(
            Audit.supplier_id,
            Audit.actual_end,
            Audit.grade,
            func.row_number()
            .over(partition_by=Audit.supplier_id, order_by=Audit.actual_end.desc())
            .label("rn"),
        )
        .where(done, *only(Audit.supplier_id))
        .subquery()
    )
    query = (
        select(
            Supplier.id,
            Supplier.code,
            Supplier.name,
            Supplier.country,
            Supplier.status,
            Supplier.risk_class,
            Supplier.new_business_hold,
            func.coalesce(sites.c.n, 0),
            func.coalesce(capas.c.n, 0),
            last.c.actual_end,
            last.c.grade,
            func.coalesce(overdue.c.n, 0),
            func.coalesce(certificates.c.expired, 0),
            func.coalesce(certificates.c.expiring, 0),
        )
        .outerjoin(sites, sites.c.supplier_id == Supplier.id)
        .outerjoin(overdue, overdue.c.supplier_id == Supplier.id)
        .outerjoin(certificates, certificates.c.supplier_id == Supplier.id)
        .outerjoin(capas, capas.c.supplier_id == Supplier.id)
        .outerjoin(last, (last.c.supplier_id == Supplier.id) & (last.c.rn == 1))
        .order_by(Supplier.code)
    )
    if supplier_id is not None:
        query = query.where(Supplier.id == supplier_id)
    return [SupplierRow(*row) for row in session.execute(query)]


def list_audits(
    session: Session, *, supplier_code: str | None = None, audit_id: str | None = None
) -> list[AuditRow]:
    findings = (
        select(Finding.audit_id, func.count().label("n")).group_by(Finding.audit_id).subquery()
    )
    query = (
        select(
            Audit.id,
            Audit.reference,
            Supplier.code,
            Supplier.name,
            Audit.type,
            Audit.status,
            Audit.planned_start,
            User.full_name,
            ChecklistTemplate.title,
            ChecklistTemplate.version,
            Audit.score,
            Audit.grade,
            func.coalesce(findings.c.n, 0),
        )
        .join(Supplier, Supplier.id == Audit.supplier_id)
        .join(User, User.id == Audit.lead_auditor_id)
        .join(ChecklistTemplate, ChecklistTemplate.id == Audit.template_id)
        .outerjoin(findings, findings.c.audit_id == Audit.id)
        .order_by(Audit.planned_start.desc(), Audit.reference.desc())
    )
    if supplier_code is not None:
        query = query.where(Supplier.code == supplier_code)
    if audit_id is not None:
        query = query.where(Audit.id == audit_id)
    return [
        AuditRow(aid, ref, code, name, kind, status, start, lead, f"{title} v{version}", *rest)
        for aid, ref, code, name, kind, status, start, lead, title, version, *rest in (
            session.execute(query)
        )
    ]


@dataclass(frozen=True)
class CertificateRow:
    standard: str
    number: str
    issuer: str
    valid_from: dt.date
    valid_until: dt.date
    expiring: bool
    expired: bool


@dataclass(frozen=True)
class CapaLine:
    reference: str
    title: str
    state: str
    overdue_stage: str | None  # the missed deadline (`root_cause_due`…), None when on time
    next_due: dt.date | None

    @property
    def overdue(self) -> bool:
        return self.overdue_stage is not None

    def describe(self) -> str:
        late = ", overdue" if self.overdue else ""
        return f"{self.reference} {self.title} ({self.state.replace('_', ' ')}{late})"


@dataclass(frozen=True)
class SupplierDetail:
    supplier: SupplierRow
    approval_scope: str
    commodities: list[str]
    sites: list[str]
    contacts: list[str]
    certificates: list[CertificateRow]
    kpi_periods: int
    ppm_last_12: float | None
    on_time_last_12: float | None
    open_capas: list[CapaLine]


def supplier_detail(session: Session, supplier_id: str, today: dt.date) -> SupplierDetail:
    supplier = session.get(Supplier, supplier_id)
    if supplier is None:
        raise NotFoundError(f"no supplier with id {supplier_id}")
    (row,) = list_suppliers(session, today=today, supplier_id=supplier_id)
    sites = session.scalars(
        select(Site).where(Site.supplier_id == supplier_id).order_by(Site.name)
    ).all()
    contacts = session.scalars(
        select(Contact).where(Contact.supplier_id == supplier_id).order_by(Contact.name)
    ).all()
    certs = session.scalars(
        select(Certificate)
        .where(Certificate.supplier_id == supplier_id)
        .order_by(Certificate.valid_until)
    ).all()
    warn = today + dt.timedelta(days=CERTIFICATE_WARNING_DAYS)
    kpis = session.scalars(
        select(KpiRecord)
        .where(KpiRecord.supplier_id == supplier_id)
        .order_by(KpiRecord.period.desc())
    ).all()
    last12 = kpis[:12]
    received = sum(k.quantity_received for k in last12)
    delivered = sum(k.deliveries_total for k in last12)
    capas = session.scalars(
        select(Capa)
        .where(Capa.supplier_id == supplier_id, Capa.state.in_([s.value for s in OPEN_STATES]))
        .order_by(Capa.reference)
    ).all()
    return SupplierDetail(
        supplier=row,
        approval_scope=supplier.approval_scope,
        commodities=list(supplier.commodities),
        sites=[_site_line(s) for s in sites],
        contacts=[
            ", ".join(p for p in (c.name, c.function, c.email, c.phone) if p) for c in contacts
        ],
        certificates=[
            CertificateRow(
                c.standard,
                c.number,
                c.issuer,
                c.valid_from,
                c.valid_until,
                expiring=today <= c.valid_until <= warn,
                expired=c.valid_until < today,
            )
            for c in certs
        ],
        kpi_periods=len(kpis),
        ppm_last_12=(
            sum(k.quantity_rejected for k in last12) / received * 1_000_000 if received else None
        ),
        on_time_last_12=(
            sum(k.deliveries_on_time for k in last12) / delivered * 100 if delivered else None
        ),
        open_capas=[
            CapaLine(
                c.reference,
                c.title,
                c.state,
                overdue_stage(c, today),
                getattr(c, DUE_FIELD_BY_STATE[CapaState(c.state)])
                if c.state in DUE_FIELD_BY_STATE
                else None,
            )
            for c in capas
        ],
    )


def _site_line(site: Site) -> str:
    place = " ".join(p for p in (site.postal_code, site.city) if p)
    parts = [site.name, site.street, place, site.country]
    return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class FindingLine:
    reference: str
    finding_class: str
    statement: str
    requirement: str
    status: str


@dataclass(frozen=True)
class AuditDetail:
    audit: AuditRow
    site: str
    objectives: str
    scope: str
    criteria: str
    planned_end: dt.date
    actual_start: dt.date | None
    actual_end: dt.date | None
    team: list[str]
    auditee_participants: str
    conclusions: str
    answers: int
    questions: int
    findings: list[FindingLine]


def audit_detail(session: Session, audit_id: str) -> AuditDetail:
    from sqms_desktop.store.models import Answer, Question

    audit = session.get(Audit, audit_id)
    if audit is None:
        raise NotFoundError(f"no audit with id {audit_id}")
    (row,) = list_audits(session, audit_id=audit_id)
    site = session.get(Site, audit.site_id) if audit.site_id else None
    team = session.scalars(select(User.full_name).where(User.id.in_(audit.team))).all()
    findings = session.scalars(
        select(Finding).where(Finding.audit_id == audit_id).order_by(Finding.reference)
    ).all()
    answered = session.scalar(
        select(func.count()).select_from(Answer).where(Answer.audit_id == audit_id)
    )
    questions = session.scalar(
        select(func.count()).select_from(Question).where(Question.template_id == audit.template_id)
    )
    return AuditDetail(
        audit=row,
        site=_site_line(site) if site else "",
        objectives=audit.objectives,
        scope=audit.scope,
        criteria=audit.criteria,
        planned_end=audit.planned_end,
        actual_start=audit.actual_start,
        actual_end=audit.actual_end,
        team=list(team),
        auditee_participants=audit.auditee_participants,
        conclusions=audit.conclusions,
        answers=answered or 0,
        questions=questions or 0,
        findings=[
            FindingLine(f.reference, f.finding_class, f.statement, f.requirement, f.status)
            for f in findings
        ],
    )


def audit_id_by_reference(session: Session, reference: str) -> str:
    found = session.scalar(select(Audit.id).where(Audit.reference == reference))
    if found is None:
        raise NotFoundError(f"no audit {reference}")
    return found


def supplier_id_by_code(session: Session, code: str) -> str:
    found = session.scalar(select(Supplier.id).where(Supplier.code == code))
    if found is None:
        raise NotFoundError(f"no supplier {code}")
    return found


@dataclass(frozen=True)
class TemplateRow:
    id: str
    key: str
    version: int
    title: str
    scheme: str
    status: str
    questions: int
    audits: int


def list_templates(session: Session, *, key: str | None = None) -> list[TemplateRow]:
    from sqms_desktop.store.models import Question

    questions = (
        select(Question.template_id, func.count().label("n"))
        .group_by(Question.template_id)
        .subquery()
    )
    audits = (
        select(Audit.template_id, func.count().label("n")).group_by(Audit.template_id).subquery()
    )
    query = (
        select(
            ChecklistTemplate.id,
            ChecklistTemplate.key,
            ChecklistTemplate.version,
            ChecklistTemplate.title,
            ChecklistTemplate.scheme,
            ChecklistTemplate.status,
            func.coalesce(questions.c.n, 0),
            func.coalesce(audits.c.n, 0),
        )
        .outerjoin(questions, questions.c.template_id == ChecklistTemplate.id)
        .outerjoin(audits, audits.c.template_id == ChecklistTemplate.id)
        .order_by(ChecklistTemplate.key, ChecklistTemplate.version)
    )
    if key is not None:
        query = query.where(ChecklistTemplate.key == key)
    return [TemplateRow(*row) for row in session.execute(query)]


def template_id(session: Session, key: str, version: int | None = None) -> str:
    """The id of a template version; without a version, the newest one."""
    rows = list_templates(session, key=key)
    if not rows:
        raise NotFoundError(f"no checklist template {key!r}")
    if version is None:
        return rows[-1].id
    for row in rows:
        if row.version == version:
            return row.id
    versions = ", ".join(str(r.version) for r in rows)
    raise NotFoundError(f"template {key} has no version {version} (it has {versions})")


# -- audit execution: the checklist page and `sqms audit show` ------------------------------


@dataclass(frozen=True)
class AnswerState:
    """What is stored for one question; `value` None and not N/A is a note without an answer."""

    value: str | None
    not_applicable: bool
    na_justification: str
    note: str
    answered_by: str
    answered_at: dt.datetime

    @property
    def answered(self) -> bool:
        return self.not_applicable or self.value is not None


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    qid: str
    position: int
    text: str
    guidance: str
    type: str
    options: list[str]
    weight: float
    clause: str
    star: bool
    required: bool
    evidence_required: bool
    condition: str
    min_value: float | None
    max_value: float | None
    answer: AnswerState | None


@dataclass(frozen=True)
class ChecklistSectionRow:
    id: str
    code: str
    title: str
    questions: list[ChecklistItem]


@dataclass(frozen=True)
class AuditChecklist:
    """An audit's checklist in order with its answers: three keyed queries, nothing else."""

    audit_id: str
    reference: str
    status: str
    scheme: str
    sections: list[ChecklistSectionRow]

    def items(self) -> list[ChecklistItem]:
        return [q for s in self.sections for q in s.questions]


def checklist_of_audit(session: Session, audit_id: str) -> AuditChecklist:
    from sqms_desktop.store.models import Answer, ChecklistSection, Question

    audit = session.get(Audit, audit_id)
    if audit is None:
        raise NotFoundError(f"no audit with id {audit_id}")
    template = session.get_one(ChecklistTemplate, audit.template_id)
    answers = {
        a.question_id: AnswerState(
            a.value, a.not_applicable, a.na_justification, a.note, a.answered_by, a.answered_at
        )
        for a in session.scalars(select(Answer).where(Answer.audit_id == audit_id))
    }
    by_section: dict[str, list[ChecklistItem]] = {}
    for q in session.scalars(
        select(Question).where(Question.template_id == template.id).order_by(Question.position)
    ):
        by_section.setdefault(q.section_id, []).append(
            ChecklistItem(
                q.id,
                q.qid,
                q.position,
                q.text,
                q.guidance,
                q.type,
                list(q.options),
                q.weight,
                q.clause,
                q.star,
                q.required,
                q.evidence_required,
                q.condition,
                q.min_value,
                q.max_value,
                answers.get(q.id),
            )
        )
    sections = session.scalars(
        select(ChecklistSection)
        .where(ChecklistSection.template_id == template.id)
        .order_by(ChecklistSection.position)
    )
    return AuditChecklist(
        audit.id,
        audit.reference,
        audit.status,
        template.scheme,
        [ChecklistSectionRow(s.id, s.code, s.title, by_section.get(s.id, [])) for s in sections],
    )


def question_id_by_qid(session: Session, audit_id: str, qid: str) -> str:
    """The id of a question of the audit's checklist, named as the checklist names it."""
    from sqms_desktop.store.models import Question

    audit = session.get(Audit, audit_id)
    if audit is None:
        raise NotFoundError(f"no audit with id {audit_id}")
    found = session.scalar(
        select(Question.id).where(Question.template_id == audit.template_id, Question.qid == qid)
    )
    if found is None:
        raise NotFoundError(f"audit {audit.reference} has no question {qid} in its checklist")
    return found


@dataclass(frozen=True)
class AuditFinding:
    id: str
    reference: str
    finding_class: str
    statement: str
    requirement: str
    objective_evidence: str
    status: str
    qid: str  # "" for a free-standing finding
    photos: list[str]  # SHA-256 of the evidence linked to the finding


def findings_of_audit(session: Session, audit_id: str) -> list[AuditFinding]:
    from sqms_desktop.store.models import Attachment, Question

    photos: dict[str | None, list[str]] = {}
    for finding_id, sha256 in session.execute(
        select(Attachment.finding_id, Attachment.sha256)
        .where(Attachment.audit_id == audit_id, Attachment.finding_id.is_not(None))
        .order_by(Attachment.sha256)
    ):
        photos.setdefault(finding_id, []).append(sha256)
    rows = session.execute(
        select(Finding, Question.qid)
        .outerjoin(Question, Question.id == Finding.question_id)
        .where(Finding.audit_id == audit_id)
        .order_by(Finding.reference)
    )
    return [
        AuditFinding(
            f.id,
            f.reference,
            f.finding_class,
            f.statement,
            f.requirement,
            f.objective_evidence,
            f.status,
            qid or "",
            photos.get(f.id, []),
        )
        for f, qid in rows
    ]
