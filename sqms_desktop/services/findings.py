"""Finding proposals, escalation of repeated minors, and corrections of a raised finding.

The proposals are pure functions over plain values: the checklist page asks them after every
answer and offers the result; the auditor decides. Nothing here raises a finding on its own.

Which answer proposes which class (the scoring rules behind it: docs/design.md, "Domain rules"):
- A "no" to a yes/no question: the yes/no scheme makes every "no" a proposal; a minor NC, or a
  major NC on a star / knock-out question, because the weighted scheme caps the result at the
  fail grade when a knock-out question is answered "no".
- VDA 6.3 scores: a score that lowers the grade by itself is a major NC, i.e. any 0 (downgrade
  to B, and to C on a star question) and a star question scored 4 (downgrade to B); a 4 or a 6
  otherwise is a minor NC; 8 and 10 propose nothing.
- Weighted points (0 to 3): 0 is a minor NC (a major NC on a knock-out question, which caps the
  result), 1 an observation; 2 and 3 propose nothing.
- `critical` exists for GMP templates only and is never proposed: that call is the auditor's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.findings import EscalationProposal, escalation_proposals, same_requirement
from sqms_desktop.services import get, in_words, require_choice, require_text
from sqms_desktop.services.audits import require_audit_member, require_editable
from sqms_desktop.store.models import Attachment, Audit, CapaFinding, Finding
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import (
    YES_NO_TYPES,
    AuditStatus,
    FindingClass,
    QuestionType,
    Scheme,
    top_score,
)

MAJOR, MINOR, OBSERVATION = (
    FindingClass.MAJOR_NC.value,
    FindingClass.MINOR_NC.value,
    FindingClass.OBSERVATION.value,
)


class QuestionLike(Protocol):
    """A checklist question as the proposal needs it (an ORM row or a read-side row)."""

    @property
    def id(self) -> str: ...
    @property
    def qid(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def clause(self) -> str: ...
    @property
    def star(self) -> bool: ...


class AnswerLike(Protocol):
    @property
    def value(self) -> str | None: ...
    @property
    def not_applicable(self) -> bool: ...


@dataclass(frozen=True)
class FindingProposal:
    """What the checklist page offers to raise; `reason` says why this class."""

    question_id: str
    qid: str
    finding_class: str
    statement: str
    requirement: str
    reason: str


def finding_proposal(
    question: QuestionLike, answer: AnswerLike | str | None, scheme: str
) -> FindingProposal | None:
    """The finding a "no" or a low score suggests, or None (see the module's rules)."""
    if answer is None or isinstance(answer, str):
        value = answer
    elif answer.not_applicable:
        return None
    else:
        value = answer.value
    if value is None:
        return None
    value = value.strip()
    proposed = _class_for(question, value, scheme)
    if proposed is None:
        return None
    finding_class, why = proposed
    given = "answered no" if value == "no" else f"scored {value} of {top_score(scheme)}"
    return FindingProposal(
        question_id=question.id,
        qid=question.qid,
        finding_class=finding_class,
        statement=f"{question.text.strip()} — {given}.",
        requirement=question.clause,
        reason=why,
    )


def _class_for(question: QuestionLike, value: str, scheme: str) -> tuple[str, str] | None:
    star = question.star
    if question.type in YES_NO_TYPES:
        if value != "no":
            return None
        if star:
            return MAJOR, translate(
                "findings", "a knock-out question answered no caps the result at the fail grade"
            )
        return MINOR, translate("findings", "every no becomes a finding proposal")
    if question.type != QuestionType.SCORE:
        return None
    if scheme == Scheme.VDA63:
        if value == "0":
            if star:
                return MAJOR, translate(
                    "findings", "a star question scored 0 downgrades the audit to C"
                )
            return MAJOR, translate("findings", "a question scored 0 downgrades the audit to B")
        if value == "4" and star:
            return MAJOR, translate(
                "findings", "a star question scored 4 downgrades the audit to B"
            )
        if value in ("4", "6"):
            return MINOR, translate(
                "findings", "a score of {value} means the requirement is not fully met"
            ).format(value=value)
        return None
    if scheme == Scheme.WEIGHTED:
        if value == "0":
            if star:
                return MAJOR, translate(
                    "findings", "a knock-out question scored 0 caps the result at the fail grade"
                )
            return MINOR, translate("findings", "no points: the requirement is not met")
        if value == "1":
            return OBSERVATION, translate(
                "findings", "1 of 3 points: the requirement is largely not met"
            )
    return None


def escalation_proposal(
    session: Session, audit_id: str, requirement: str
) -> EscalationProposal | None:
    """The escalation for one requirement (say, the one a minor NC was just raised against)."""
    wanted = same_requirement(requirement)
    if not wanted:
        return None
    for proposal in escalation_proposals(session, audit_id):
        if same_requirement(proposal.requirement) == wanted:
            return proposal
    return None


def _correctable(uow: UnitOfWork, finding_id: str, action: str) -> Finding:
    finding = get(uow, Finding, finding_id, "finding")
    audit = get(uow, Audit, finding.audit_id, "audit")
    require_editable(audit)
    if audit.status not in (AuditStatus.IN_PROGRESS, AuditStatus.COMPLETED):
        raise StateError(
            translate(
                "findings",
                "audit {reference} is {status}; its findings change only while it runs "
                "or before it is signed",
            ).format(reference=audit.reference, status=in_words(audit.status))
        )
    require_audit_member(uow, audit, action)
    return finding


def update_finding(
    uow: UnitOfWork,
    finding_id: str,
    *,
    finding_class: str | None = None,
    statement: str | None = None,
    requirement: str | None = None,
    objective_evidence: str | None = None,
    reason: str = "",
) -> Finding:
    """Correct a finding's fields; None leaves a field as it is. The trail keeps the old text."""
    finding = _correctable(uow, finding_id, "changing a finding")
    values: dict[str, str] = {}
    if finding_class is not None:
        values["finding_class"] = require_choice(
            finding_class, FindingClass.values(), "finding class"
        )
    if statement is not None:
        values["statement"] = require_text(statement, "finding statement")
    if requirement is not None:
        values["requirement"] = requirement.strip()
    if objective_evidence is not None:
        values["objective_evidence"] = objective_evidence.strip()
    uow.update(finding, values, reason=reason.strip())
    return finding


def withdraw_finding(uow: UnitOfWork, finding_id: str, *, reason: str) -> None:
    """Remove a finding raised by mistake (the undo of raising it); the trail keeps it.

    A finding a CAPA answers, or with photos linked, stays: unlink those first, so no CAPA
    or evidence is left pointing at nothing.
    """
    finding = _correctable(uow, finding_id, "withdrawing a finding")
    with uow.session.no_autoflush:
        capa = uow.session.scalar(
            select(CapaFinding.id).where(CapaFinding.finding_id == finding.id).limit(1)
        )
        photo = uow.session.scalar(
            select(Attachment.id).where(Attachment.finding_id == finding.id).limit(1)
        )
    if capa is not None:
        raise ValidationError(
            translate(
                "findings", "finding {reference} is answered by a CAPA; it cannot be withdrawn"
            ).format(reference=finding.reference)
        )
    if photo is not None:
        raise ValidationError(
            translate(
                "findings", "finding {reference} has evidence linked; remove the evidence first"
            ).format(reference=finding.reference)
        )
    uow.delete(finding, reason=require_text(reason, "reason"))
    uow.session.flush()
