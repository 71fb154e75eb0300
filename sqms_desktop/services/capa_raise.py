"""Raising a CAPA or SCAR from audit findings, and recording why a major finding needs none.

A CAPA raised from findings starts pre-filled (`queries/capa_form.prepare_capa`): the supplier
of their audit, a title and a problem description from the findings' text, D2 (5W2H) with each
requirement, objective evidence and photo referenced, the acting user as owner, and the stage
deadlines of the supplier's CAPA agreement. Each of these can be given instead.

It is issued at once unless asked to stay a draft. The findings were presented at the closing
meeting, so the supplier already knows them; the quality engineer who raises a SCAR from them
expects its clock to run from now (containment within a day is what the customer's supply
agreement asks of a supplier told of a nonconformity), not from whenever someone remembers to
issue it. A draft is for the CAPA whose D0-D2 the quality engineer wants to write out first,
and for the lead auditor, who may raise one but not issue it.

A major nonconformity (or a GMP critical finding) goes into a signed audit report only with a
CAPA or with the reason none is needed, recorded here (`record_no_capa_reason`); signing and
issuing the report check it (`services/audits.require_capa_decisions`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.capa_form import prepare_capa
from sqms_desktop.queries.capa_links import NEEDS_CAPA_DECISION, capas_of_findings
from sqms_desktop.queries.people import printed_name
from sqms_desktop.services import get, in_words, require_text, said
from sqms_desktop.services.audits import require_editable
from sqms_desktop.services.capas import CapaInput, issue_capa, raise_capa
from sqms_desktop.services.identity import PermissionDenied, require_actor, require_role
from sqms_desktop.store.models import Audit, Capa, Finding
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import AuditStatus, CapaType, UserRole

QE, LEAD = UserRole.QUALITY_ENGINEER, UserRole.LEAD_AUDITOR
REASON_LIMIT = 2000


@dataclass
class RaiseFromFindings:
    """What the user chose; None takes the pre-filled value."""

    finding_ids: list[str] = field(default_factory=list)
    is_scar: bool = False  # False: an internal CAPA; True: a SCAR addressed to the supplier
    owner: str | None = None  # a user name (stored as the printed name) or a person's name
    title: str | None = None
    problem_description: str | None = None
    safety_critical: bool | None = None  # None: when a finding is critical
    draft: bool = False
    type: str = CapaType.CORRECTIVE.value


def raise_from_findings(uow: UnitOfWork, request: RaiseFromFindings) -> Capa:
    """One CAPA for the findings, linked both ways, issued with the supplier's deadlines unless
    `draft`; the findings' status becomes "CAPA raised"."""
    user = require_actor(uow, QE, LEAD, action=said("raising a CAPA"))
    if not request.draft:
        try:
            require_role(user, QE, action=said("issuing a CAPA"))
        except PermissionDenied as refused:
            raise PermissionDenied(
                translate(
                    "capa_raise", "{refused}; raise it as a draft for a quality engineer to issue"
                ).format(refused=refused)
            ) from None
    today = uow.now.date()
    form = prepare_capa(
        uow.session, request.finding_ids, user=uow.user, today=today, is_scar=request.is_scar
    )
    owner = form.owner if request.owner is None else printed_name(uow.session, request.owner)
    capa = raise_capa(
        uow,
        CapaInput(
            supplier_id=form.supplier_id,
            title=form.title if request.title is None else request.title,
            owner=owner,
            finding_ids=list(form.finding_ids),
            type=request.type,
            problem_description=form.problem_description
            if request.problem_description is None
            else request.problem_description,
            is_scar=request.is_scar,
            safety_critical=form.safety_critical
            if request.safety_critical is None
            else request.safety_critical,
            source="audit",
            source_reference=form.source_reference,
            d2=form.d2,
        ),
    )
    if not request.draft:
        issue_capa(uow, capa.id, today)
    return capa


def record_no_capa_reason(uow: UnitOfWork, finding_id: str, reason: str) -> Finding:
    """Record why a major (or critical) finding needs no CAPA, e.g. corrected and verified
    during the audit. The reason is part of the audit the lead auditor signs, so it is written
    before signing, by the audit's lead auditor or a quality engineer."""
    user = require_actor(uow, LEAD, QE, action=said("recording why a finding needs no CAPA"))
    finding = get(uow, Finding, finding_id, "finding")
    audit = get(uow, Audit, finding.audit_id, "audit")
    if user.role == LEAD and user.id != audit.lead_auditor_id:
        raise PermissionDenied(
            translate(
                "capa_raise",
                "{full_name} does not lead audit {reference}; its lead auditor or a quality "
                "engineer records why a finding needs no CAPA",
            ).format(full_name=user.full_name, reference=audit.reference)
        )
    if finding.finding_class not in NEEDS_CAPA_DECISION:
        raise ValidationError(
            translate(
                "capa_raise",
                "{reference} is {finding_class}; only a major nonconformity or a critical "
                "finding records why it needs no CAPA",
            ).format(
                reference=finding.reference,
                finding_class=in_words(finding.finding_class, spaced=True),
            )
        )
    require_editable(audit)
    if audit.status not in (AuditStatus.IN_PROGRESS, AuditStatus.COMPLETED):
        raise StateError(
            translate("capa_raise", "audit {reference} is {status}").format(
                reference=audit.reference, status=in_words(audit.status, spaced=True)
            )
        )
    answering = [
        link.describe()
        for link in capas_of_findings(uow.session, [finding.id]).get(finding.id, ())
        if link.counts
    ]
    if answering:
        raise StateError(
            translate(
                "capa_raise",
                "{reference} is answered by {answering}; a finding with a CAPA needs no reason",
            ).format(reference=finding.reference, answering=", ".join(answering))
        )
    text = require_text(reason, "the reason why no CAPA is needed", limit=REASON_LIMIT)
    uow.update(finding, {"no_capa_reason": text}, reason=text)
    return finding
