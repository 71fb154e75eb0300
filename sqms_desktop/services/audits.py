"""Audits: plan, answer, raise findings, move through the audit's states."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.scoring import DEFAULT_EDITION, EDITIONS
from sqms_desktop.services import get, next_number, require_choice, require_text
from sqms_desktop.store.models import (
    Answer,
    Audit,
    AuditStatus,
    AuditType,
    ChecklistTemplate,
    Finding,
    FindingClass,
    Question,
    Scheme,
    Site,
    Supplier,
    TemplateStatus,
    User,
    UserRole,
)
from sqms_desktop.store.uow import UnitOfWork, utc_naive

S = AuditStatus
# Where each state may go next; reopening (back to in_progress) needs a reason.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    S.PLANNED: (S.IN_PROGRESS, S.CANCELLED),
    S.IN_PROGRESS: (S.COMPLETED, S.CANCELLED),
    S.COMPLETED: (S.SIGNED, S.IN_PROGRESS),
    S.SIGNED: (S.REPORT_ISSUED, S.IN_PROGRESS),
    S.REPORT_ISSUED: (S.CLOSED,),
    S.CLOSED: (),
    S.CANCELLED: (),
}
LOCKED_STATES = frozenset({S.SIGNED, S.REPORT_ISSUED, S.CLOSED, S.CANCELLED})
NEEDS_REASON = frozenset({S.CANCELLED})


@dataclass
class AuditPlan:
    supplier_id: str
    template_id: str
    lead_auditor_id: str
    planned_start: dt.date
    planned_end: dt.date | None = None
    type: str = AuditType.SYSTEM.value
    site_id: str | None = None
    objectives: str = ""
    scope: str = ""
    criteria: str = ""
    team: list[str] = field(default_factory=list)
    auditee_participants: str = ""
    rule_edition: int | None = None  # VDA 6.3 audits: 2016 or 2023 (default: the newest)


def plan_audit(uow: UnitOfWork, plan: AuditPlan) -> Audit:
    supplier = get(uow, Supplier, plan.supplier_id, "supplier")
    template = get(uow, ChecklistTemplate, plan.template_id, "checklist template")
    if template.status != TemplateStatus.RELEASED.value:
        raise StateError(
            f"template {template.key} v{template.version} is {template.status}; "
            "audits use released templates only"
        )
    lead = get(uow, User, plan.lead_auditor_id, "user")
    if not lead.active:
        raise ValidationError(f"{lead.full_name} is deactivated and cannot lead an audit")
    if lead.role not in (UserRole.LEAD_AUDITOR, UserRole.ADMIN):
        raise ValidationError(f"{lead.full_name} is a {lead.role}; a lead auditor leads audits")
    if plan.site_id is not None:
        site = get(uow, Site, plan.site_id, "site")
        if site.supplier_id != supplier.id:
            raise ValidationError(f"site {site.name} does not belong to {supplier.name}")
    if plan.rule_edition is not None and plan.rule_edition not in EDITIONS:
        raise ValidationError(
            f"VDA 6.3 rule edition {plan.rule_edition} is not one of "
            f"{', '.join(str(e) for e in EDITIONS)}"
        )
    end = plan.planned_end or plan.planned_start
    if end < plan.planned_start:
        raise ValidationError("the planned end lies before the planned start")
    prefix = f"AUD-{plan.planned_start.year}-"
    number = next_number(uow, Audit.reference, prefix)
    return uow.add(
        Audit(
            reference=f"{prefix}{number:04d}",
            supplier_id=supplier.id,
            site_id=plan.site_id,
            template_id=template.id,
            type=require_choice(plan.type, AuditType.values(), "audit type"),
            objectives=plan.objectives.strip(),
            scope=plan.scope.strip(),
            criteria=plan.criteria.strip(),
            planned_start=plan.planned_start,
            planned_end=end,
            lead_auditor_id=lead.id,
            team=list(plan.team),
            auditee_participants=plan.auditee_participants.strip(),
            status=S.PLANNED.value,
            rule_edition=(plan.rule_edition or DEFAULT_EDITION)
            if template.scheme == Scheme.VDA63.value
            else None,
        )
    )


def _editable(audit: Audit) -> None:
    if audit.status in LOCKED_STATES:
        raise StateError(
            f"audit {audit.reference} is {audit.status.replace('_', ' ')} and locked; "
            "reopen it with a reason to change it"
        )


def start_audit(uow: UnitOfWork, audit_id: str, on: dt.date) -> Audit:
    audit = get(uow, Audit, audit_id, "audit")
    _move(uow, audit, S.IN_PROGRESS, "")
    uow.update(audit, {"actual_start": on})
    return audit


def record_answer(
    uow: UnitOfWork,
    audit_id: str,
    question_id: str,
    value: str | None,
    *,
    not_applicable: bool = False,
    na_justification: str = "",
    note: str = "",
) -> Answer:
    """Answer (or re-answer) a question; the earlier value stays in the change log and trail."""
    audit = get(uow, Audit, audit_id, "audit")
    _editable(audit)
    if audit.status != S.IN_PROGRESS:
        raise StateError(f"audit {audit.reference} is {audit.status}; start it before answering")
    question = get(uow, Question, question_id, "question")
    if question.template_id != audit.template_id:
        raise ValidationError(f"question {question.qid} is not in this audit's checklist")
    if not_applicable and not na_justification.strip():
        raise ValidationError(f"question {question.qid}: 'not applicable' needs a justification")
    if not not_applicable:
        template = get(uow, ChecklistTemplate, audit.template_id, "checklist template")
        value = _check_value(question, value, template.scheme)
    values = {
        "value": None if not_applicable else value,
        "not_applicable": not_applicable,
        "na_justification": na_justification.strip() if not_applicable else "",
        "note": note,
        "answered_by": uow.user,
        "answered_at": utc_naive(uow.now),
    }
    existing = next(
        (
            a
            for a in uow.session.new
            if isinstance(a, Answer) and a.audit_id == audit.id and a.question_id == question.id
        ),
        None,
    )
    if existing is None:
        with uow.session.no_autoflush:  # pending answers of this action stay one batch insert
            existing = uow.session.scalars(
                select(Answer).where(Answer.audit_id == audit.id, Answer.question_id == question.id)
            ).first()
    if existing is not None:
        uow.update(existing, values)
        return existing
    return uow.add(Answer(audit_id=audit.id, question_id=question.id, **values))


SCORE_VALUES: dict[str, tuple[str, ...]] = {
    "vda63": ("0", "4", "6", "8", "10"),
    "weighted": ("0", "1", "2", "3"),
}


def _check_value(question: Question, value: str | None, scheme: str) -> str:
    if value is None or not value.strip():
        raise ValidationError(f"question {question.qid}: an answer needs a value")
    value = value.strip()
    if question.type == "score":
        allowed = SCORE_VALUES.get(scheme, ())
        if value not in allowed:
            raise ValidationError(
                f"question {question.qid}: the {scheme} scheme scores "
                f"{', '.join(allowed) or 'nothing'}; got {value!r}"
            )
    if question.type in ("yes_no", "yes_no_na"):
        allowed = ("yes", "no", "na") if question.type == "yes_no_na" else ("yes", "no")
        if value not in allowed:
            raise ValidationError(
                f"question {question.qid}: answer {', '.join(allowed)}; got {value!r}"
            )
    elif question.type == "choice" and question.options and value not in question.options:
        raise ValidationError(
            f"question {question.qid}: choose one of {', '.join(question.options)}"
        )
    elif question.type == "number":
        try:
            float(value)
        except ValueError:
            raise ValidationError(f"question {question.qid}: {value!r} is not a number") from None
    return value


def raise_finding(
    uow: UnitOfWork,
    audit_id: str,
    finding_class: str,
    statement: str,
    *,
    question_id: str | None = None,
    requirement: str = "",
    objective_evidence: str = "",
) -> Finding:
    audit = get(uow, Audit, audit_id, "audit")
    _editable(audit)
    if audit.status not in (S.IN_PROGRESS, S.COMPLETED):
        raise StateError(
            f"audit {audit.reference} is {audit.status}; findings need a started audit"
        )
    require_choice(finding_class, FindingClass.values(), "finding class")
    if question_id is not None:
        question = get(uow, Question, question_id, "question")
        if question.template_id != audit.template_id:
            raise ValidationError(f"question {question.qid} is not in this audit's checklist")
        requirement = requirement or question.clause
    number = next_number(uow, Finding.reference, f"{audit.reference}-F")
    return uow.add(
        Finding(
            audit_id=audit.id,
            question_id=question_id,
            reference=f"{audit.reference}-F{number:02d}",
            finding_class=finding_class,
            statement=require_text(statement, "finding statement"),
            requirement=requirement.strip(),
            objective_evidence=objective_evidence.strip(),
        )
    )


def complete_audit(
    uow: UnitOfWork,
    audit_id: str,
    on: dt.date,
    *,
    conclusions: str,
    score: float | None = None,
    grade: str | None = None,
) -> Audit:
    audit = get(uow, Audit, audit_id, "audit")
    _move(uow, audit, S.COMPLETED, "")
    uow.update(
        audit,
        {
            "actual_end": on,
            "conclusions": require_text(conclusions, "conclusions"),
            "score": score,
            "grade": grade,
        },
    )
    return audit


def change_audit_status(uow: UnitOfWork, audit_id: str, status: str, *, reason: str = "") -> Audit:
    audit = get(uow, Audit, audit_id, "audit")
    require_choice(status, AuditStatus.values(), "audit status")
    if status == S.SIGNED:
        raise StateError(
            f"audit {audit.reference} is signed by its lead auditor with a password "
            "(sqms audit sign), not by a status change"
        )
    _move(uow, audit, AuditStatus(status), reason)
    return audit


def _move(uow: UnitOfWork, audit: Audit, to: AuditStatus, reason: str) -> None:
    if to not in TRANSITIONS[audit.status]:
        allowed = ", ".join(TRANSITIONS[audit.status]) or "nothing (final state)"
        raise StateError(
            f"audit {audit.reference} is {audit.status}; it can move to {allowed}, not {to}"
        )
    reopening = to == S.IN_PROGRESS and audit.status != S.PLANNED
    if (to in NEEDS_REASON or reopening) and not reason.strip():
        raise ValidationError(f"moving audit {audit.reference} to {to} needs a reason")
    uow.update(audit, {"status": to.value}, reason=reason.strip())
