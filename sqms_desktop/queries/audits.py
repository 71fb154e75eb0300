"""Audits as lists, one audit's detail, and references turned into ids; what planning an audit,
its closing meeting and its checks of CAPA effectiveness read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, SQLColumnExpression, String, cast, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from sqms_desktop.errors import NotFoundError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.capa_links import CapaLink, capas_of_findings, needs_capa_decision
from sqms_desktop.queries.common import site_line
from sqms_desktop.queries.listing import (
    GRADES,
    by_word,
    contains,
    ids_of,
    in_order,
    rows_in_order,
    worded_as,
)
from sqms_desktop.store.models import (
    Audit,
    Capa,
    CapaFinding,
    ChecklistTemplate,
    Finding,
    Question,
    Site,
    Supplier,
    User,
)
from sqms_desktop.vocab import (
    AuditStatus,
    AuditType,
    FindingClass,
    FindingStatus,
    TemplateStatus,
    UserRole,
)

if TYPE_CHECKING:
    from sqms_desktop.queries.checklist_session import Unanswered
    from sqms_desktop.queries.signatures import SignatureCheck
    from sqms_desktop.scoring import ScoreResult

# A SELECT of any columns (the ids, or whole rows).
AnySelect = Select[*tuple[Any, ...]]


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


class AuditOrder(StrEnum):
    """What the audits are sorted by, a column of the Audits page each; `PLANNED` (the planned
    start) is newest first by default."""

    REFERENCE = "reference"
    SUPPLIER = "supplier"
    TYPE = "type"
    STATUS = "status"
    PLANNED = "planned"
    LEAD = "lead"
    SCORE = "score"
    GRADE = "grade"
    FINDINGS = "findings"
    TEMPLATE = "template"


def _findings_count() -> ColumnElement[int]:
    """How many findings the audit has (its index makes this a look-up per audit)."""
    return (
        select(func.count())
        .select_from(Finding)
        .where(Finding.audit_id == Audit.id)
        .correlate(Audit)
        .scalar_subquery()
    )


def _joined(query: AnySelect) -> AnySelect:
    return (
        query.select_from(Audit)
        .join(Supplier, Supplier.id == Audit.supplier_id)
        .join(User, User.id == Audit.lead_auditor_id)
        .join(ChecklistTemplate, ChecklistTemplate.id == Audit.template_id)
    )


def _row_columns() -> tuple[Any, ...]:
    return (
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
        _findings_count(),
    )


def _audit_rows(session: Session, query: AnySelect) -> list[AuditRow]:
    """The rows of a SELECT of `_row_columns()`, in its order."""
    return [
        AuditRow(aid, ref, code, name, kind, status, start, lead, f"{title} v{version}", *rest)
        for aid, ref, code, name, kind, status, start, lead, title, version, *rest in (
            session.execute(query)
        )
    ]


def list_audits(
    session: Session,
    *,
    supplier_code: str | None = None,
    audit_id: str | None = None,
    status: str | None = None,
) -> list[AuditRow]:
    """Audits newest first (planned start, then reference, descending), optionally one
    supplier's, one audit, or those in one status."""
    query = _joined(select(*_row_columns())).order_by(
        Audit.planned_start.desc(), Audit.reference.desc()
    )
    if supplier_code is not None:
        query = query.where(Supplier.code == supplier_code)
    if audit_id is not None:
        query = query.where(Audit.id == audit_id)
    if status is not None:
        query = query.where(Audit.status == status)
    return _audit_rows(session, query)


def _text_matches(needle: str) -> ColumnElement[bool]:
    """The audit shows `needle` in a column: its reference, supplier, lead auditor, checklist,
    type, status or grade as worded on screen, or its planned start (as YYYY-MM-DD). The
    suppliers, people and checklists that match are looked up once, not per audit."""

    def named(record: Any, *columns: Any) -> Any:
        return select(record.id).where(or_(*(contains(column, needle) for column in columns)))

    return or_(
        contains(Audit.reference, needle),
        contains(cast(Audit.planned_start, String), needle),
        Audit.supplier_id.in_(named(Supplier, Supplier.code, Supplier.name)),
        Audit.lead_auditor_id.in_(named(User, User.full_name)),
        Audit.template_id.in_(named(ChecklistTemplate, ChecklistTemplate.title)),
        worded_as(Audit.type, AuditType.values(), needle),
        worded_as(Audit.status, AuditStatus.values(), needle),
        worded_as(Audit.grade, GRADES, needle),
    )


def _sort_key(order: AuditOrder) -> SQLColumnExpression[Any]:
    """What a column of the Audits page sorts by: what it shows (words by their wording)."""
    keys: dict[AuditOrder, Callable[[], Any]] = {
        AuditOrder.REFERENCE: lambda: Audit.reference,
        AuditOrder.SUPPLIER: lambda: func.lower(Supplier.code),  # "code · name"; codes unique
        AuditOrder.TYPE: lambda: by_word(Audit.type, AuditType.values()),
        AuditOrder.STATUS: lambda: by_word(Audit.status, AuditStatus.values()),
        AuditOrder.PLANNED: lambda: Audit.planned_start,
        AuditOrder.LEAD: lambda: func.lower(User.full_name),
        AuditOrder.SCORE: lambda: Audit.score,
        AuditOrder.GRADE: lambda: by_word(Audit.grade, GRADES),
        AuditOrder.FINDINGS: _findings_count,
        AuditOrder.TEMPLATE: lambda: func.lower(ChecklistTemplate.title),
    }
    return keys[order]()  # type: ignore[no-any-return]


_JOINED_ORDERS = frozenset({AuditOrder.SUPPLIER, AuditOrder.LEAD, AuditOrder.TEMPLATE})


def audit_ids(
    session: Session,
    *,
    status: str | None = None,
    text: str = "",
    order: AuditOrder = AuditOrder.PLANNED,
    descending: bool = True,
) -> list[str]:
    """The ids of every audit in `status` (any if None) that shows `text` in a column, in
    `order` (newest planned first by default); the reference breaks ties. One SELECT."""
    needle = text.strip()
    query = select(Audit.id).order_by(
        *in_order(_sort_key(order), Audit.reference, descending=descending)
    )
    # The supplier, lead auditor and checklist are joined only when the order asks for them:
    # every audit has one of each, so they never change which audits match.
    if order in _JOINED_ORDERS:
        query = _joined(query)
    if status:
        query = query.where(Audit.status == status)
    if needle:
        query = query.where(_text_matches(needle))
    return ids_of(session, query)


def audit_rows(session: Session, ids: Sequence[str]) -> list[AuditRow]:
    """The audits `ids` names, in that order: a window of `audit_ids`. An id no longer in the
    store is left out."""

    def read(chunk: list[str]) -> list[AuditRow]:
        return _audit_rows(session, _joined(select(*_row_columns())).where(Audit.id.in_(chunk)))

    return rows_in_order(ids, read)


def count_audits(session: Session) -> int:
    """Every audit in the store, whatever the filter."""
    return int(session.scalar(select(func.count()).select_from(Audit)) or 0)


@dataclass(frozen=True)
class FindingLine:
    reference: str
    finding_class: str
    statement: str
    requirement: str
    status: str
    capas: tuple[CapaLink, ...] = ()  # raised from it, cancelled ones too
    no_capa_reason: str = ""

    @property
    def needs_capa_decision(self) -> bool:
        """It keeps the audit from being signed (see `capa_links.needs_capa_decision`)."""
        return needs_capa_decision(self.finding_class, self.no_capa_reason, self.capas)


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
    incomplete_reason: str = ""  # why required questions stayed unanswered at completion


def audit_detail(session: Session, audit_id: str) -> AuditDetail:
    from sqms_desktop.store.models import Answer, Question

    audit = session.get(Audit, audit_id)
    if audit is None:
        raise NotFoundError(
            translate("audits", "no audit with id {audit_id}").format(audit_id=audit_id)
        )
    (row,) = list_audits(session, audit_id=audit_id)
    site = session.get(Site, audit.site_id) if audit.site_id else None
    team = session.scalars(select(User.full_name).where(User.id.in_(audit.team))).all()
    findings = session.scalars(
        select(Finding).where(Finding.audit_id == audit_id).order_by(Finding.reference)
    ).all()
    links = capas_of_findings(session, [f.id for f in findings])
    answered = session.scalar(
        select(func.count()).select_from(Answer).where(Answer.audit_id == audit_id)
    )
    questions = session.scalar(
        select(func.count()).select_from(Question).where(Question.template_id == audit.template_id)
    )
    return AuditDetail(
        audit=row,
        site=site_line(site) if site else "",
        objectives=audit.objectives,
        scope=audit.scope,
        criteria=audit.criteria,
        planned_end=audit.planned_end,
        actual_start=audit.actual_start,
        actual_end=audit.actual_end,
        team=list(team),
        auditee_participants=audit.auditee_participants,
        conclusions=audit.conclusions,
        incomplete_reason=audit.incomplete_reason or "",
        answers=answered or 0,
        questions=questions or 0,
        findings=[
            FindingLine(
                f.reference,
                f.finding_class,
                f.statement,
                f.requirement,
                f.status,
                links.get(f.id, ()),
                f.no_capa_reason or "",
            )
            for f in findings
        ],
    )


def audit_id_by_reference(session: Session, reference: str) -> str:
    found = session.scalar(select(Audit.id).where(Audit.reference == reference))
    if found is None:
        raise NotFoundError(translate("audits", "no audit {reference}").format(reference=reference))
    return found


S = AuditStatus


HELD = (S.COMPLETED, S.SIGNED, S.REPORT_ISSUED, S.CLOSED)


@dataclass(frozen=True)
class OpenFinding:
    """A finding whose effectiveness a follow-up checks, with the CAPAs raised on it."""

    id: str
    reference: str
    finding_class: str
    statement: str
    requirement: str
    status: str
    qid: str  # "" for a free-standing finding
    capas: tuple[str, ...]

    def describe(self) -> str:
        where = f", {self.requirement}" if self.requirement else ""
        capas = f" [CAPA {', '.join(self.capas)}]" if self.capas else ""
        return (
            f"{self.reference} ({self.finding_class.replace('_', ' ')}{where}): "
            f"{self.statement}{capas}"
        )


def open_findings(session: Session, audit_id: str) -> list[OpenFinding]:
    """The audit's findings that are not closed; good practice needs no follow-up."""
    rows = session.execute(
        select(Finding, Question.qid)
        .outerjoin(Question, Question.id == Finding.question_id)
        .where(
            Finding.audit_id == audit_id,
            Finding.status != FindingStatus.CLOSED.value,
            Finding.finding_class != FindingClass.GOOD_PRACTICE.value,
        )
        .order_by(Finding.reference)
    ).all()
    capas: dict[str, list[str]] = {}
    for finding_id, reference in session.execute(
        select(CapaFinding.finding_id, Capa.reference)
        .join(Capa, Capa.id == CapaFinding.capa_id)
        .where(CapaFinding.finding_id.in_([f.id for f, _ in rows]))
        .order_by(Capa.reference)
    ):
        capas.setdefault(finding_id, []).append(reference)
    return [
        OpenFinding(
            f.id,
            f.reference,
            f.finding_class,
            f.statement,
            f.requirement,
            f.status,
            qid or "",
            tuple(capas.get(f.id, ())),
        )
        for f, qid in rows
    ]


def findings_to_check(session: Session, audit_id: str) -> list[OpenFinding]:
    """For a follow-up audit: the open findings of the audit it follows (none otherwise)."""
    audit = session.get(Audit, audit_id)
    if audit is None or audit.follow_up_of is None:
        return []
    return open_findings(session, audit.follow_up_of)


def last_audit_of(session: Session, supplier_id: str) -> str | None:
    """The supplier's most recent audit that took place (completed or later), if any."""
    return session.scalar(
        select(Audit.id)
        .where(Audit.supplier_id == supplier_id, Audit.status.in_([s.value for s in HELD]))
        .order_by(Audit.actual_end.desc().nulls_last(), Audit.planned_start.desc())
        .limit(1)
    )


def audit_status(session: Session, audit_id: str) -> str | None:
    """The audit's state now (None if there is no such audit): whether it is locked, started."""
    return session.scalar(select(Audit.status).where(Audit.id == audit_id))


@dataclass(frozen=True)
class ClosingMeeting:
    """An audit as its closing meeting shows it: the meeting as written so far, the result the
    scoring engine gives now, the findings by class and the signatures."""

    row: AuditRow
    conclusions: str
    participants: str  # before the meeting: those planned to attend, the best guess
    opinions: str
    result: ScoreResult
    findings: dict[str, int]  # finding class → how many
    signatures: list[SignatureCheck]
    unanswered: tuple[Unanswered, ...] = ()  # required, shown and not answered
    incomplete_reason: str = ""  # why the audit was completed with questions unanswered


def closing_meeting(session: Session, audit_id: str) -> ClosingMeeting:
    audit = session.get(Audit, audit_id)
    if audit is None:
        raise NotFoundError(
            translate("audits", "no audit with id {audit_id}").format(audit_id=audit_id)
        )
    (row,) = list_audits(session, audit_id=audit_id)
    counts = session.execute(
        select(Finding.finding_class, func.count())
        .where(Finding.audit_id == audit_id)
        .group_by(Finding.finding_class)
    )
    # Here, not above: the checklist, the scoring and the signatures are the closing meeting's
    # alone, and every list of audits (`sqms audit list`, the programme) imports this module.
    from sqms_desktop.queries.checklist_session import unanswered_questions
    from sqms_desktop.queries.scores import score_audit
    from sqms_desktop.queries.signatures import verify_signatures

    return ClosingMeeting(
        row=row,
        conclusions=audit.conclusions,
        participants=audit.closing_participants
        if audit.closing_participants is not None
        else audit.auditee_participants,
        opinions=audit.diverging_opinions or "",
        result=score_audit(session, audit_id),
        findings=dict(counts.all()),
        signatures=verify_signatures(session, "audit", audit_id),
        unanswered=tuple(unanswered_questions(session, audit_id)),
        incomplete_reason=audit.incomplete_reason or "",
    )


# Who may lead an audit (plan_audit refuses anyone else); lead auditors are offered first.
LEADING_ROLES = (UserRole.LEAD_AUDITOR, UserRole.ADMIN)


@dataclass(frozen=True)
class SupplierOption:
    id: str
    code: str
    name: str


@dataclass(frozen=True)
class TemplateOption:
    id: str
    key: str
    version: int
    title: str
    scheme: str


@dataclass(frozen=True)
class PersonOption:
    id: str
    username: str
    full_name: str
    role: str


@dataclass(frozen=True)
class PlanOptions:
    """What an audit can be planned with: only what the planning service will accept."""

    suppliers: list[SupplierOption]  # by code
    templates: list[TemplateOption]  # released versions, by title, newest first
    leads: list[PersonOption]  # active users who may lead, lead auditors first
    people: list[PersonOption]  # active users by name, for the team
    me: str | None  # the id of the user planning, if they are a user of this store


def plan_options(session: Session, username: str) -> PlanOptions:
    suppliers = [
        SupplierOption(*row)
        for row in session.execute(
            select(Supplier.id, Supplier.code, Supplier.name).order_by(Supplier.code)
        )
    ]
    templates = [
        TemplateOption(*row)
        for row in session.execute(
            select(
                ChecklistTemplate.id,
                ChecklistTemplate.key,
                ChecklistTemplate.version,
                ChecklistTemplate.title,
                ChecklistTemplate.scheme,
            )
            .where(ChecklistTemplate.status == TemplateStatus.RELEASED.value)
            .order_by(ChecklistTemplate.title, ChecklistTemplate.version.desc())
        )
    ]
    people = [
        PersonOption(*row)
        for row in session.execute(
            select(User.id, User.username, User.full_name, User.role)
            .where(User.active.is_(True))
            .order_by(User.full_name)
        )
    ]
    leads = sorted(
        (p for p in people if p.role in LEADING_ROLES), key=lambda p: p.role != LEADING_ROLES[0]
    )
    me = next((p.id for p in people if p.username == username), None)
    return PlanOptions(suppliers, templates, leads, people, me)


@dataclass(frozen=True)
class SiteOption:
    id: str
    text: str  # name, city, country


def sites_of_supplier(session: Session, supplier_id: str) -> list[SiteOption]:
    sites = session.scalars(select(Site).where(Site.supplier_id == supplier_id).order_by(Site.name))
    return [SiteOption(s.id, ", ".join(p for p in (s.name, s.city, s.country) if p)) for s in sites]


@dataclass(frozen=True)
class FollowUpBasis:
    """The supplier's last audit that took place, as a follow-up starts from it."""

    audit_id: str
    reference: str
    supplier_id: str
    day: dt.date  # when it ended (or was planned to start)
    template_id: str
    site_id: str | None
    scope: str
    criteria: str
    lead_auditor_id: str
    team: list[str]
    auditee_participants: str
    findings: list[OpenFinding]  # what the follow-up checks


def follow_up_basis(session: Session, supplier_id: str) -> FollowUpBasis | None:
    """What a follow-up of the supplier takes over; None if no audit of it took place."""
    audit_id = last_audit_of(session, supplier_id)
    if audit_id is None:
        return None
    audit = session.get_one(Audit, audit_id)
    return FollowUpBasis(
        audit.id,
        audit.reference,
        audit.supplier_id,
        audit.actual_end or audit.planned_start,
        audit.template_id,
        audit.site_id,
        audit.scope,
        audit.criteria,
        audit.lead_auditor_id,
        list(audit.team),
        audit.auditee_participants,
        open_findings(session, audit.id),
    )
