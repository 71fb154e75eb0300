"""The auditor's work in the checklist, each step one service action for the window and `sqms`.

The checklist page and `sqms audit answer | finding add` call these same functions, so their
rules live here once:
- the first answer, note or finding starts a planned audit (its actual start is that day);
- an answer comes back with the finding it suggests (a "no", a low score);
- a finding is raised together with its evidence, photos already in the audit linked and files
  from disk attached, in one action: either all of it is kept or none;
- withdrawing a finding (the undo of raising it) unlinks its photos first, so they stay in the
  audit's evidence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from sqms_desktop.queries.checklists import AnswerState
from sqms_desktop.queries.findings import EscalationProposal
from sqms_desktop.services import audits, findings, get
from sqms_desktop.services.evidence import attach_evidence, link_to_finding
from sqms_desktop.services.findings import FindingProposal
from sqms_desktop.store.models import (
    Answer,
    Attachment,
    Audit,
    ChecklistTemplate,
    Finding,
    Question,
)
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import AuditStatus, FindingClass


def start_if_planned(uow: UnitOfWork, audit_id: str, on: dt.date | None = None) -> bool:
    """Start a planned audit on `on` (default: the day of this action); whether it started."""
    audit = get(uow, Audit, audit_id, "audit")
    if audit.status != AuditStatus.PLANNED:
        return False
    audits.start_audit(uow, audit.id, uow.now.date() if on is None else on)
    return True


@dataclass(frozen=True)
class Answered:
    answer: Answer
    proposal: FindingProposal | None  # the finding the answer suggests
    started: bool  # this answer started the audit


def answer_question(
    uow: UnitOfWork,
    audit_id: str,
    question_id: str,
    value: str | None,
    *,
    not_applicable: bool = False,
    na_justification: str = "",
    note: str | None = None,
    on: dt.date | None = None,
) -> Answered:
    """Answer a question (starting a planned audit) and say which finding the answer suggests."""
    started = start_if_planned(uow, audit_id, on)
    stored = audits.record_answer(
        uow,
        audit_id,
        question_id,
        value,
        not_applicable=not_applicable,
        na_justification=na_justification,
        note=note,
    )
    audit = get(uow, Audit, audit_id, "audit")
    scheme = get(uow, ChecklistTemplate, audit.template_id, "checklist template").scheme
    question = get(uow, Question, question_id, "question")
    return Answered(stored, findings.finding_proposal(question, stored, scheme), started)


def write_note(
    uow: UnitOfWork, audit_id: str, question_id: str, note: str, *, on: dt.date | None = None
) -> bool:
    """Write a question's note (starting a planned audit); whether the audit started."""
    started = start_if_planned(uow, audit_id, on)
    audits.record_note(uow, audit_id, question_id, note)
    return started


def set_answer_state(
    uow: UnitOfWork,
    audit_id: str,
    question_id: str,
    current: AnswerState | None,
    state: AnswerState | None,
    *,
    on: dt.date | None = None,
) -> bool:
    """Make the store hold `state` for the question (an answer, N/A, a note, or nothing), as the
    checklist page's answers and their undo and redo need; whether the audit started."""
    started = start_if_planned(uow, audit_id, on)
    if state is not None and state.answered:
        audits.record_answer(
            uow,
            audit_id,
            question_id,
            state.value,
            not_applicable=state.not_applicable,
            na_justification=state.na_justification,
            note=state.note,
        )
        return started
    if current is not None and current.answered:
        audits.clear_answer(uow, audit_id, question_id)
    note = state.note if state else ""
    if (current.note if current else "") != note:
        audits.record_note(uow, audit_id, question_id, note)
    return started


@dataclass(frozen=True)
class Raised:
    finding: Finding
    escalation: EscalationProposal | None  # a repeated minor NC proposed as a major one
    started: bool


def raise_finding_with_evidence(
    uow: UnitOfWork,
    audit_id: str,
    finding_class: str,
    statement: str,
    *,
    question_id: str | None = None,
    requirement: str = "",
    objective_evidence: str = "",
    photo_ids: Iterable[str] = (),
    files: Sequence[Path] = (),
    on: dt.date | None = None,
) -> Raised:
    """Raise a finding (starting a planned audit) with its evidence: `photo_ids` already in the
    audit are linked, `files` are attached from disk; all of it in this one action."""
    started = start_if_planned(uow, audit_id, on)
    finding = audits.raise_finding(
        uow,
        audit_id,
        finding_class,
        statement,
        question_id=question_id,
        requirement=requirement,
        objective_evidence=objective_evidence,
    )
    for photo_id in photo_ids:
        link_to_finding(uow, photo_id, finding.id)
    if files:
        for path in files:
            attach_evidence(uow, audit_id, path, question_id=question_id, finding_id=finding.id)
    escalation = None
    if finding.finding_class == FindingClass.MINOR_NC:
        uow.session.flush()
        escalation = findings.escalation_proposal(uow.session, audit_id, finding.requirement)
    return Raised(finding, escalation, started)


def revise_finding_with_evidence(
    uow: UnitOfWork,
    finding_id: str,
    *,
    finding_class: str,
    statement: str,
    requirement: str,
    objective_evidence: str,
    photo_ids: Iterable[str],
) -> Finding:
    """Correct a finding's words and class, and link or unlink photos to match `photo_ids`."""
    finding = findings.update_finding(
        uow,
        finding_id,
        finding_class=finding_class,
        statement=statement,
        requirement=requirement,
        objective_evidence=objective_evidence,
    )
    wanted = tuple(photo_ids)
    linked = _linked_photos(uow, finding_id)
    for attachment_id in wanted:
        if attachment_id not in linked:
            link_to_finding(uow, attachment_id, finding.id)
    for attachment_id in linked:
        if attachment_id not in wanted:
            link_to_finding(uow, attachment_id, None)
    return finding


def withdraw_finding_keeping_evidence(uow: UnitOfWork, finding_id: str, *, reason: str) -> None:
    """Withdraw a finding (trailed); its photos are unlinked first and stay in the audit."""
    for photo_id in _linked_photos(uow, finding_id):
        link_to_finding(uow, photo_id, None)
    findings.withdraw_finding(uow, finding_id, reason=reason)


def _linked_photos(uow: UnitOfWork, finding_id: str) -> tuple[str, ...]:
    return tuple(
        uow.session.scalars(
            select(Attachment.id).where(Attachment.finding_id == finding_id).order_by(Attachment.id)
        )
    )
