"""Findings of one audit, as the checklist page and the closing meeting list them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sqms_desktop.store.models import Attachment, Finding
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


def findings_of_audit(session: Session, audit_id: str) -> list[AuditFinding]:
    from sqms_desktop.store.models import Question

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


@dataclass(frozen=True)
class EscalationProposal:
    """Minor NCs against one requirement that together propose one major NC."""

    requirement: str
    finding_ids: tuple[str, ...]
    references: tuple[str, ...]
    finding_class: str = MAJOR

    @property
    def reason(self) -> str:
        return (
            f"{len(self.references)} minor NCs against {self.requirement} in this audit "
            f"({', '.join(self.references)}); repeated minors are escalated to a major NC"
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
