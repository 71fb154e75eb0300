"""Planning audits: the audit team's rights, and follow-up audits.

A follow-up audit checks whether the actions on an earlier audit's findings work; it starts
from that audit (supplier, site, checklist) with every answer reset and the findings it has to
check written into its objectives (ISO 19011 §6.6: audit follow-up).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.audits import HELD, LEADING_ROLES, OpenFinding, open_findings
from sqms_desktop.scoring import DEFAULT_EDITION, EDITIONS
from sqms_desktop.services import get, in_words, require_choice, said
from sqms_desktop.services.identity import PermissionDenied, require_actor
from sqms_desktop.services.numbering import audit_reference
from sqms_desktop.store.models import Audit, ChecklistTemplate, Site, Supplier, User
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import AuditStatus, AuditType, Scheme, TemplateStatus, UserRole

S = AuditStatus


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
    follow_up_of: str | None = None  # the audit (id) whose findings this one checks
    audit_id: str | None = None  # a fixed id (a self-assessment's comes from its form's id)


def plan_audit(uow: UnitOfWork, plan: AuditPlan) -> Audit:
    planners = (UserRole.LEAD_AUDITOR, UserRole.QUALITY_ENGINEER, UserRole.ADMIN)
    require_actor(uow, *planners, action=said("planning an audit"))
    supplier = get(uow, Supplier, plan.supplier_id, "supplier")
    template = get(uow, ChecklistTemplate, plan.template_id, "checklist template")
    if template.status != TemplateStatus.RELEASED.value:
        raise StateError(
            translate(
                "audit_plan",
                "template {key} v{version} is {status}; audits use released templates only",
            ).format(key=template.key, version=template.version, status=in_words(template.status))
        )
    lead = get(uow, User, plan.lead_auditor_id, "user")
    if not lead.active:
        raise ValidationError(
            translate("audit_plan", "{full_name} is deactivated and cannot lead an audit").format(
                full_name=lead.full_name
            )
        )
    if lead.role not in LEADING_ROLES:
        raise ValidationError(
            translate("audit_plan", "{full_name} is a {role}; a lead auditor leads audits").format(
                full_name=lead.full_name, role=in_words(lead.role)
            )
        )
    if plan.site_id is not None:
        site = get(uow, Site, plan.site_id, "site")
        if site.supplier_id != supplier.id:
            raise ValidationError(
                translate(
                    "audit_plan", "site {site_name} does not belong to {supplier_name}"
                ).format(site_name=site.name, supplier_name=supplier.name)
            )
    if plan.rule_edition is not None and plan.rule_edition not in EDITIONS:
        raise ValidationError(
            translate(
                "audit_plan", "VDA 6.3 rule edition {rule_edition} is not one of {editions}"
            ).format(rule_edition=plan.rule_edition, editions=", ".join(str(e) for e in EDITIONS))
        )
    end = plan.planned_end or plan.planned_start
    if end < plan.planned_start:
        raise ValidationError(
            translate("audit_plan", "the planned end lies before the planned start")
        )
    if plan.follow_up_of is not None:
        earlier = get(uow, Audit, plan.follow_up_of, "audit")
        if earlier.supplier_id != supplier.id:
            raise ValidationError(
                translate(
                    "audit_plan",
                    "audit {reference} is of another supplier; a follow-up checks the findings "
                    "of an audit of {name}",
                ).format(reference=earlier.reference, name=supplier.name)
            )
    return uow.add(
        Audit(
            id=plan.audit_id,
            reference=audit_reference(uow, plan.planned_start),
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
            follow_up_of=plan.follow_up_of,
        )
    )


def require_audit_member(uow: UnitOfWork, audit: Audit, action: str) -> User:
    """The acting user, if they lead the audit, are on its team, or administer the store.

    Answers and findings carry the auditor's name into the report and the trail, so only the
    people who were there write them. The user's id is kept in the session for the action, so
    a batch of answers asks the store once.
    """
    key = ("sqms.acting_user_id", uow.user)
    user_id = uow.session.info.get(key)
    user = uow.get(User, user_id) if user_id else None
    if user is None:
        with uow.session.no_autoflush:  # pending answers of this action stay one batch insert
            user = uow.session.scalars(select(User).where(User.username == uow.user)).first()
        if user is None:
            raise PermissionDenied(
                translate(
                    "audit_plan",
                    "{user!r} is not a user of this store; {action} needs the audit's lead "
                    "auditor, a member of its team or an administrator",
                ).format(user=uow.user, action=said(action))
            )
        uow.session.info[key] = user.id
    if not user.active:
        raise PermissionDenied(
            translate("audit_plan", "{full_name} is deactivated and can no longer act").format(
                full_name=user.full_name
            )
        )
    if user.role == UserRole.ADMIN or user.id == audit.lead_auditor_id or user.id in audit.team:
        return user
    lead = uow.get(User, audit.lead_auditor_id)
    raise PermissionDenied(
        translate(
            "audit_plan",
            "{full_name} is not on the team of audit {reference}; {action} needs "
            "its lead auditor ({lead}), a member of its team or an administrator",
        ).format(
            full_name=user.full_name,
            reference=audit.reference,
            action=said(action),
            lead=lead.full_name if lead else translate("audit_plan", "unknown"),
        )
    )


@dataclass
class FollowUpPlan:
    """What a follow-up needs beyond the audit it follows; None takes that audit's value."""

    lead_auditor_id: str
    planned_start: dt.date
    planned_end: dt.date | None = None
    template_id: str | None = None
    site_id: str | None = None
    objectives: str = ""  # written above the findings to check
    scope: str | None = None
    criteria: str | None = None
    team: list[str] | None = None
    auditee_participants: str | None = None


def follow_up_objectives(reference: str, findings: list[OpenFinding], objectives: str = "") -> str:
    """The follow-up's objectives: the auditor's own words, then the findings to check."""
    lines = [objectives.strip()] if objectives.strip() else []
    if findings:
        lines.append(
            f"Follow-up of {reference}: check that the actions on its open findings are effective:"
        )
        lines.extend(f"- {f.describe()}" for f in findings)
    else:
        lines.append(f"Follow-up of {reference}: no findings were open when it was planned.")
    return "\n".join(lines)


def plan_follow_up(uow: UnitOfWork, previous_audit_id: str, plan: FollowUpPlan) -> Audit:
    """Plan a follow-up of an audit that took place; no answer is carried over."""
    previous = get(uow, Audit, previous_audit_id, "audit")
    if previous.status not in HELD:
        raise StateError(
            translate(
                "audit_plan",
                "audit {reference} is {status}; a follow-up checks the findings of a "
                "completed audit",
            ).format(reference=previous.reference, status=in_words(previous.status, spaced=True))
        )
    findings = open_findings(uow.session, previous.id)
    return plan_audit(
        uow,
        AuditPlan(
            supplier_id=previous.supplier_id,
            template_id=plan.template_id or _current_template(uow, previous),
            lead_auditor_id=plan.lead_auditor_id,
            planned_start=plan.planned_start,
            planned_end=plan.planned_end,
            type=AuditType.FOLLOW_UP.value,
            site_id=plan.site_id or previous.site_id,
            objectives=follow_up_objectives(previous.reference, findings, plan.objectives),
            scope=previous.scope if plan.scope is None else plan.scope,
            criteria=previous.criteria if plan.criteria is None else plan.criteria,
            team=list(previous.team if plan.team is None else plan.team),
            auditee_participants=previous.auditee_participants
            if plan.auditee_participants is None
            else plan.auditee_participants,
            rule_edition=previous.rule_edition,
            follow_up_of=previous.id,
        ),
    )


def _current_template(uow: UnitOfWork, previous: Audit) -> str:
    """The earlier audit's checklist, or its newest released version if that one was retired."""
    used = get(uow, ChecklistTemplate, previous.template_id, "checklist template")
    if used.status == TemplateStatus.RELEASED.value:
        return used.id
    newest = uow.session.scalar(
        select(ChecklistTemplate.id)
        .where(
            ChecklistTemplate.key == used.key,
            ChecklistTemplate.status == TemplateStatus.RELEASED.value,
        )
        .order_by(ChecklistTemplate.version.desc())
        .limit(1)
    )
    if newest is None:
        raise StateError(
            translate(
                "audit_plan",
                "checklist {key} v{version} of audit {reference} is {status} and has "
                "no released version; choose the follow-up's checklist",
            ).format(
                key=used.key,
                version=used.version,
                reference=previous.reference,
                status=in_words(used.status),
            )
        )
    return newest


def plan_audit_or_follow_up(uow: UnitOfWork, plan: AuditPlan) -> Audit:
    """Plan what a planning form filled in: a follow-up that names the audit it follows goes
    through `plan_follow_up`, which writes that audit's open findings into the objectives; any
    other audit through `plan_audit`. The form's fields are taken as given."""
    if plan.type != AuditType.FOLLOW_UP or plan.follow_up_of is None:
        return plan_audit(uow, plan)
    previous = get(uow, Audit, plan.follow_up_of, "audit")
    if previous.supplier_id != plan.supplier_id:
        supplier = get(uow, Supplier, plan.supplier_id, "supplier")
        raise ValidationError(
            translate(
                "audit_plan",
                "audit {reference} is of another supplier; a follow-up checks the findings "
                "of an audit of {name}",
            ).format(reference=previous.reference, name=supplier.name)
        )
    return plan_follow_up(
        uow,
        previous.id,
        FollowUpPlan(
            lead_auditor_id=plan.lead_auditor_id,
            planned_start=plan.planned_start,
            planned_end=plan.planned_end,
            template_id=plan.template_id,
            site_id=plan.site_id,
            objectives=plan.objectives,
            scope=plan.scope,
            criteria=plan.criteria,
            team=list(plan.team),
            auditee_participants=plan.auditee_participants,
        ),
    )
