"""Findings of one audit, as the checklist page and the closing meeting list them, and what the
finding dialog reads to raise or correct one."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sqms_desktop.errors import NotFoundError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.capa_links import CapaLink, capas_of_audit, needs_capa_decision
from sqms_desktop.queries.evidence import AttachmentRow, evidence_of_audit
from sqms_desktop.store.models import (
    Attachment,
    Audit,
    ChecklistTemplate,
    Finding,
    Question,
    Supplier,
)
from sqms_desktop.vocab import FindingClass

MAJOR, MINOR = FindingClass.MAJOR_NC.value, FindingClass.MINOR_NC.value
# Repeated minor NCs against the same requirement in one audit are proposed for escalation to
# major; "repeated" means a second one.
ESCALATION_THRESHOLD = 2


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
    capas: tuple[CapaLink, ...] = ()  # the CAPAs raised from it, cancelled ones too
    no_capa_reason: str = ""  # why a major finding needs no CAPA ("": none recorded)

    @property
    def needs_capa_decision(self) -> bool:
        """It keeps the audit from being signed (see `capa_links.needs_capa_decision`)."""
        return needs_capa_decision(self.finding_class, self.no_capa_reason, self.capas)

    def capa_text(self) -> str:
        """What the finding's CAPA column says: its CAPAs, or why none is needed."""
        if self.capas:
            return ", ".join(link.describe() for link in self.capas)
        if not self.no_capa_reason:
            return ""
        return translate("findings", "no CAPA: {reason}").format(reason=self.no_capa_reason)


def findings_of_audit(session: Session, audit_id: str) -> list[AuditFinding]:
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
    capas = capas_of_audit(session, audit_id)
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
            capas.get(f.id, ()),
            f.no_capa_reason or "",
        )
        for f, qid in rows
    ]


@dataclass(frozen=True)
class EscalationProposal:
    """Minor NCs against one requirement that together propose one major NC."""

    requirement: str
    finding_ids: tuple[str, ...]
    references: tuple[str, ...]
    finding_class: str = MAJOR

    @property
    def reason(self) -> str:
        return translate(
            "findings",
            "{count} minor NCs against {requirement} in this audit ({references}); repeated "
            "minors are escalated to a major NC",
        ).format(
            count=len(self.references),
            requirement=self.requirement,
            references=", ".join(self.references),
        )


def same_requirement(text: str) -> str:
    return " ".join(text.split()).casefold()


def escalation_proposals(session: Session, audit_id: str) -> list[EscalationProposal]:
    """Requirements of the audit with repeated minor NCs, each proposed for escalation to major."""
    rows = session.execute(
        select(Finding.id, Finding.reference, Finding.requirement)
        .where(
            Finding.audit_id == audit_id,
            Finding.finding_class == MINOR,
            func.length(func.trim(Finding.requirement)) > 0,
        )
        .order_by(Finding.reference)
    ).all()
    groups: dict[str, list[tuple[str, str, str]]] = {}
    for finding_id, reference, requirement in rows:
        groups.setdefault(same_requirement(requirement), []).append(
            (finding_id, reference, requirement.strip())
        )
    return [
        EscalationProposal(
            requirement=group[0][2],
            finding_ids=tuple(g[0] for g in group),
            references=tuple(g[1] for g in group),
        )
        for _, group in sorted(groups.items())
        if len(group) >= ESCALATION_THRESHOLD
    ]


@dataclass(frozen=True)
class FindingValues:
    """A finding's words and the evidence linked to it: what a correction starts from and what
    the undo of one puts back."""

    finding_class: str
    statement: str
    requirement: str
    objective_evidence: str
    photo_ids: tuple[str, ...]


@dataclass(frozen=True)
class FindingContext:
    """What the finding dialog shows around its fields, read once when it opens."""

    audit_reference: str
    supplier: str
    # The critical class belongs to GMP checklists (the template key names GMP); on others the
    # auditor picks from major NC downwards.
    gmp: bool
    question_id: str | None
    qid: str
    question_text: str
    clause: str
    photos: list[AttachmentRow]  # the audit's evidence, any of it free to link
    reference: str  # of the finding corrected; "" for a new one
    existing: FindingValues | None


def finding_context(
    session: Session, audit_id: str, question_id: str | None, finding_id: str | None = None
) -> FindingContext:
    """For a new finding on the question (None: free-standing), or for correcting `finding_id`
    (then on the question it was raised on)."""
    audit = session.get(Audit, audit_id)
    if audit is None:
        raise NotFoundError(
            translate("findings", "no audit with id {audit_id}").format(audit_id=audit_id)
        )
    supplier = session.get_one(Supplier, audit.supplier_id)
    template = session.get_one(ChecklistTemplate, audit.template_id)
    finding = session.get(Finding, finding_id) if finding_id else None
    if finding_id and finding is None:
        raise NotFoundError(
            translate("findings", "no finding with id {finding_id}").format(finding_id=finding_id)
        )
    if finding is not None:
        question_id = finding.question_id
    question = session.get(Question, question_id) if question_id else None
    photos = evidence_of_audit(session, audit_id)
    existing = None
    if finding is not None:
        existing = FindingValues(
            finding.finding_class,
            finding.statement,
            finding.requirement,
            finding.objective_evidence,
            tuple(p.id for p in photos if p.finding_id == finding.id),
        )
    return FindingContext(
        audit_reference=audit.reference,
        supplier=supplier.name,
        gmp="gmp" in template.key.casefold(),
        question_id=question_id,
        qid=question.qid if question else "",
        question_text=question.text if question else "",
        clause=question.clause if question else "",
        photos=photos,
        reference=finding.reference if finding else "",
        existing=existing,
    )


def escalation_if_raised(
    session: Session,
    audit_id: str,
    finding_class: str,
    requirement: str,
    *,
    besides: str | None = None,
    this_finding: str = "this finding",
) -> EscalationProposal | None:
    """The escalation a finding not stored yet would make: a minor NC against a requirement that
    already has minor NCs in the audit (spacing and case aside) is proposed as a major NC.
    `besides` leaves out the finding being corrected; `this_finding` names the one typed."""
    wanted = same_requirement(requirement)
    if finding_class != MINOR or not wanted:
        return None
    rows = session.execute(
        select(Finding.id, Finding.reference, Finding.requirement)
        .where(Finding.audit_id == audit_id, Finding.finding_class == MINOR)
        .order_by(Finding.reference)
    )
    minors = [
        (fid, ref) for fid, ref, text in rows if fid != besides and same_requirement(text) == wanted
    ]
    if len(minors) + 1 < ESCALATION_THRESHOLD:
        return None
    return EscalationProposal(
        requirement=requirement.strip(),
        finding_ids=tuple(fid for fid, _ in minors),
        references=(*(ref for _, ref in minors), this_finding),
    )
