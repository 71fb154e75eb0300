"""One audit whole, as `sqms audit show` prints it: its detail, every stored answer, the
findings with their evidence, the closing meeting and each signature checked.

It gathers what the audit's subjects already read (audits, checklists, findings, signatures)
in one session, so scripts get one consistent picture of the audit at one moment.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from sqms_desktop.queries.audits import AuditDetail, audit_detail
from sqms_desktop.queries.checklists import AnswerState, checklist_of_audit
from sqms_desktop.queries.findings import AuditFinding, findings_of_audit
from sqms_desktop.queries.signatures import SignatureCheck, verify_signatures
from sqms_desktop.store.models import Audit


@dataclass(frozen=True)
class AnswerLine:
    qid: str
    answer: AnswerState


@dataclass(frozen=True)
class MeetingMinutes:
    conclusions: str
    participants: str  # the auditee's people present
    diverging_opinions: str  # left open; the report prints them as unresolved
    incomplete_reason: str = ""  # why required questions stayed unanswered at completion


@dataclass(frozen=True)
class AuditRecord:
    detail: AuditDetail
    answered: int  # questions answered or marked n/a (`detail.answers` counts notes too)
    answers: list[AnswerLine]  # every stored answer row, notes included, in checklist order
    findings: list[AuditFinding]
    score: float | None
    grade: str | None
    follow_up_of: str | None  # the reference of the audit this one follows up
    closing_meeting: MeetingMinutes
    signatures: list[SignatureCheck]


def audit_record(session: Session, audit_id: str) -> AuditRecord:
    detail = audit_detail(session, audit_id)
    audit = session.get_one(Audit, audit_id)
    earlier = session.get(Audit, audit.follow_up_of) if audit.follow_up_of else None
    items = checklist_of_audit(session, audit_id).items()
    return AuditRecord(
        detail=detail,
        answered=sum(1 for item in items if item.answer and item.answer.answered),
        answers=[AnswerLine(item.qid, item.answer) for item in items if item.answer is not None],
        findings=findings_of_audit(session, audit_id),
        score=audit.score,
        grade=audit.grade,
        follow_up_of=earlier.reference if earlier else None,
        closing_meeting=MeetingMinutes(
            conclusions=audit.conclusions,
            participants=audit.closing_participants or "",
            diverging_opinions=audit.diverging_opinions or "",
            incomplete_reason=audit.incomplete_reason or "",
        ),
        signatures=verify_signatures(session, "audit", audit_id),
    )
