"""Audits: plan, answer, raise findings, hold the closing meeting, move through the states.

Every answer, note and finding is its own small write, so the auditor's screen saves as it goes
and an undo is just another call with the earlier values. Follow-up planning lives in
`audit_plan.py`; finding proposals and finding corrections in `findings.py`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import select

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, plural, translate
from sqms_desktop.queries.capa_links import undecided_findings
from sqms_desktop.queries.checklist_session import unanswered_questions
from sqms_desktop.services import get, in_words, require_choice, require_text, said
from sqms_desktop.services.audit_plan import (
    AuditPlan,
    plan_audit,
    require_audit_member,
)
from sqms_desktop.services.identity import PermissionDenied, require_actor
from sqms_desktop.services.numbering import finding_reference
from sqms_desktop.store.clock import utc_naive
from sqms_desktop.store.models import Answer, Audit, ChecklistTemplate, Finding, Question
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import (
    SCORE_VALUES,
    YES_NO_ANSWERS,
    YES_NO_TYPES,
    AuditStatus,
    FindingClass,
    QuestionType,
    UserRole,
)

# Planning lives in audit_plan.py; callers keep importing it from here.
__all__ = [
    "ANSWER_NAMESPACE",
    "LOCKED_STATES",
    "NEEDS_REASON",
    "TRANSITIONS",
    "AuditPlan",
    "UnansweredQuestions",
    "answer_id",
    "change_audit_status",
    "clear_answer",
    "complete_after_closing_meeting",
    "complete_audit",
    "plan_audit",
    "raise_finding",
    "record_answer",
    "record_closing_meeting",
    "record_note",
    "require_audit_member",
    "require_capa_decisions",
    "require_editable",
    "start_audit",
]

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
# What an audit with undecided findings cannot be (`require_capa_decisions`, called here and by
# signatures.py): marked for the translators, translated when the refusal is shown.
DOINGS = (QT_TRANSLATE_NOOP("audits", "signed"), QT_TRANSLATE_NOOP("audits", "issued as a report"))
NAMED_UNANSWERED = 5  # a refusal names this many unanswered questions, then counts the rest


def require_editable(audit: Audit) -> None:
    """Signed audits are locked: a change needs a reopen with a reason."""
    if audit.status in LOCKED_STATES:
        raise StateError(
            translate(
                "audits",
                "audit {reference} is {status} and locked; reopen it with a reason to change it",
            ).format(reference=audit.reference, status=in_words(audit.status, spaced=True))
        )


def require_capa_decisions(uow: UnitOfWork, audit: Audit, doing: str) -> None:
    """A major nonconformity (or a critical finding) goes into a signed audit report only with
    a CAPA or a recorded reason why none is needed; refuse naming each finding that has
    neither."""
    undecided = undecided_findings(uow.session, audit.id)
    if not undecided:
        return
    names = ", ".join(f.describe() for f in undecided)
    refusal = plural(
        len(undecided),
        translate(
            "audits",
            "audit {reference} cannot be {doing}: {names} has neither a CAPA nor a recorded "
            "reason why none is needed; raise a CAPA from each or record the reason",
        ),
        translate(
            "audits",
            "audit {reference} cannot be {doing}: {names} have neither a CAPA nor a recorded "
            "reason why none is needed; raise a CAPA from each or record the reason",
        ),
    )
    # `doing` is one of DOINGS (said by this module and by signatures.py).
    raise StateError(
        refusal.format(reference=audit.reference, doing=translate("audits", doing), names=names)
    )


def start_audit(uow: UnitOfWork, audit_id: str, on: dt.date) -> Audit:
    audit = get(uow, Audit, audit_id, "audit")
    require_audit_member(uow, audit, "starting an audit")
    _move(uow, audit, S.IN_PROGRESS, "")
    uow.update(audit, {"actual_start": on})
    return audit


def _answerable(uow: UnitOfWork, audit_id: str, question_id: str) -> tuple[Audit, Question]:
    audit = get(uow, Audit, audit_id, "audit")
    require_editable(audit)
    if audit.status != S.IN_PROGRESS:
        raise StateError(
            translate("audits", "audit {reference} is {status}; start it before answering").format(
                reference=audit.reference, status=in_words(audit.status)
            )
        )
    require_audit_member(uow, audit, "answering")
    question = get(uow, Question, question_id, "question")
    if question.template_id != audit.template_id:
        raise ValidationError(
            translate("audits", "question {qid} is not in this audit's checklist").format(
                qid=question.qid
            )
        )
    return audit, question


# Fixed for good: changing it would give every answer a new id on the next write.
ANSWER_NAMESPACE = uuid.UUID("92ff99e9-caca-4b46-9dcc-3a3946d542b9")


def answer_id(audit_id: str, question_id: str) -> str:
    """The id of a question's answer in an audit, the same on every replica.

    An audit has one answer per question; two auditors answering it offline must make two
    edits of one record (a conflict the sync lists), not two records that clash on import.
    """
    return str(uuid.uuid5(ANSWER_NAMESPACE, f"{audit_id}/{question_id}"))


def _new_answer(audit: Audit, question: Question, **values: object) -> Answer:
    return Answer(
        id=answer_id(audit.id, question.id), audit_id=audit.id, question_id=question.id, **values
    )


def _stored_answer(uow: UnitOfWork, audit: Audit, question: Question) -> Answer | None:
    """The question's answer row, also when it was added or removed earlier in this action."""
    for pending in uow.session.new:
        if (
            isinstance(pending, Answer)
            and pending.audit_id == audit.id
            and pending.question_id == question.id
        ):
            return pending
    with uow.session.no_autoflush:  # pending answers of this action stay one batch insert
        found = uow.session.scalars(
            select(Answer).where(Answer.audit_id == audit.id, Answer.question_id == question.id)
        ).first()
    return None if found is None or found in uow.session.deleted else found


def record_answer(
    uow: UnitOfWork,
    audit_id: str,
    question_id: str,
    value: str | None,
    *,
    not_applicable: bool = False,
    na_justification: str = "",
    note: str | None = None,
    answered_by: str | None = None,
) -> Answer:
    """Answer (or re-answer) a question; the earlier value stays in the change log and trail.

    `note=None` keeps the note already written (a score key must not wipe it); pass a string
    to set it. N/A needs a justification, as VDA 6.3's "not evaluated" needs a reason.
    `answered_by` names someone who is not a user when the answer is theirs (the supplier's
    contact on a self-assessment); the trail still names the user who wrote it.
    """
    audit, question = _answerable(uow, audit_id, question_id)
    if not_applicable and not na_justification.strip():
        raise ValidationError(
            translate("audits", "question {qid}: 'not applicable' needs a justification").format(
                qid=question.qid
            )
        )
    if not not_applicable:
        template = get(uow, ChecklistTemplate, audit.template_id, "checklist template")
        value = _check_value(question, value, template.scheme)
    values: dict[str, object] = {
        "value": None if not_applicable else value,
        "not_applicable": not_applicable,
        "na_justification": na_justification.strip() if not_applicable else "",
        "answered_by": answered_by or uow.user,
        "answered_at": utc_naive(uow.now),
    }
    if note is not None:
        values["note"] = note
    existing = _stored_answer(uow, audit, question)
    if existing is not None:
        uow.update(existing, values)
        return existing
    values.setdefault("note", "")
    return uow.add(_new_answer(audit, question, **values))


def record_note(
    uow: UnitOfWork, audit_id: str, question_id: str, note: str, *, answered_by: str | None = None
) -> Answer | None:
    """Write a question's note without touching its value.

    A note on an unanswered question is kept in an answer row without a value (it scores as
    unanswered); emptying that note removes the row again, so undoing a first note leaves the
    store as it was. Returns the answer row, or None when none remains.
    """
    audit, question = _answerable(uow, audit_id, question_id)
    existing = _stored_answer(uow, audit, question)
    if existing is None:
        if not note:
            return None
        return uow.add(
            _new_answer(
                audit,
                question,
                value=None,
                not_applicable=False,
                na_justification="",
                note=note,
                answered_by=answered_by or uow.user,
                answered_at=utc_naive(uow.now),
            )
        )
    if not note and existing.value is None and not existing.not_applicable:
        _remove(uow, existing, "note removed from an unanswered question")
        return None
    uow.update(existing, {"note": note})
    return existing


def clear_answer(
    uow: UnitOfWork, audit_id: str, question_id: str, *, reason: str = "answer withdrawn"
) -> bool:
    """Withdraw a question's answer (the undo of a first answer); the trail keeps the old one.

    The answer row is deleted through the unit of work; when the question also has a note, the
    row stays with the note only, because the note was written separately. Returns whether
    there was an answer to withdraw.
    """
    audit, question = _answerable(uow, audit_id, question_id)
    existing = _stored_answer(uow, audit, question)
    if existing is None or (existing.value is None and not existing.not_applicable):
        return False
    if existing.note:
        uow.update(
            existing,
            {"value": None, "not_applicable": False, "na_justification": ""},
            reason=reason,
        )
    else:
        _remove(uow, existing, reason)
    return True


def _remove(uow: UnitOfWork, answer: Answer, reason: str) -> None:
    uow.delete(answer, reason=reason)
    # Deletes flush after inserts: flush now, so answering again in this action can insert.
    uow.session.flush()


def _check_value(question: Question, value: str | None, scheme: str) -> str:
    if value is None or not value.strip():
        raise ValidationError(
            translate("audits", "question {qid}: an answer needs a value").format(qid=question.qid)
        )
    value = value.strip()
    if question.type == QuestionType.SCORE:
        allowed = SCORE_VALUES.get(scheme, ())
        if value not in allowed:
            raise ValidationError(
                translate(
                    "audits", "question {qid}: the {scheme} scheme scores {allowed}; got {value!r}"
                ).format(
                    qid=question.qid,
                    scheme=scheme,
                    allowed=", ".join(allowed) or translate("audits", "nothing"),
                    value=value,
                )
            )
    if question.type in YES_NO_TYPES:
        allowed = YES_NO_ANSWERS[question.type]
        if value not in allowed:
            raise ValidationError(
                translate("audits", "question {qid}: answer {allowed}; got {value!r}").format(
                    qid=question.qid, allowed=", ".join(allowed), value=value
                )
            )
    elif (
        question.type == QuestionType.CHOICE and question.options and value not in question.options
    ):
        raise ValidationError(
            translate("audits", "question {qid}: choose one of {options}").format(
                qid=question.qid, options=", ".join(question.options)
            )
        )
    elif question.type == QuestionType.DATE:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise ValidationError(
                translate("audits", "question {qid}: {value!r} is not a date (YYYY-MM-DD)").format(
                    qid=question.qid, value=value
                )
            ) from None
    elif question.type == QuestionType.NUMBER:
        try:
            number = float(value)
        except ValueError:
            raise ValidationError(
                translate("audits", "question {qid}: {value!r} is not a number").format(
                    qid=question.qid, value=value
                )
            ) from None
        low, high = question.min_value, question.max_value
        if (low is not None and number < low) or (high is not None and number > high):
            bounds = f"{'' if low is None else f'{low:g}'}…{'' if high is None else f'{high:g}'}"
            raise ValidationError(
                translate("audits", "question {qid}: {value} lies outside {bounds}").format(
                    qid=question.qid, value=value, bounds=bounds
                )
            )
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
    require_editable(audit)
    if audit.status not in (S.IN_PROGRESS, S.COMPLETED):
        raise StateError(
            translate(
                "audits", "audit {reference} is {status}; findings need a started audit"
            ).format(reference=audit.reference, status=in_words(audit.status))
        )
    require_audit_member(uow, audit, "raising a finding")
    require_choice(finding_class, FindingClass.values(), "finding class")
    if question_id is not None:
        question = get(uow, Question, question_id, "question")
        if question.template_id != audit.template_id:
            raise ValidationError(
                translate("audits", "question {qid} is not in this audit's checklist").format(
                    qid=question.qid
                )
            )
        requirement = requirement or question.clause
    return uow.add(
        Finding(
            audit_id=audit.id,
            question_id=question_id,
            reference=finding_reference(uow, audit),
            finding_class=finding_class,
            statement=require_text(statement, "finding statement"),
            requirement=requirement.strip(),
            objective_evidence=objective_evidence.strip(),
        )
    )


def record_closing_meeting(
    uow: UnitOfWork,
    audit_id: str,
    *,
    conclusions: str,
    closing_participants: str,
    diverging_opinions: str = "",
) -> Audit:
    """The closing meeting (ISO 19011 §6.4.10): conclusions, who was present, what stayed apart.

    Allowed while the audit runs and after it is completed, until it is signed; the report
    prints the diverging opinions as unresolved (an ISO 19011 report lists them).
    """
    audit = get(uow, Audit, audit_id, "audit")
    require_editable(audit)
    if audit.status not in (S.IN_PROGRESS, S.COMPLETED):
        raise StateError(
            translate(
                "audits",
                "audit {reference} is {status}; the closing meeting is recorded for an "
                "audit in progress or completed",
            ).format(reference=audit.reference, status=in_words(audit.status, spaced=True))
        )
    require_audit_member(uow, audit, "recording the closing meeting")
    uow.update(
        audit,
        {
            "conclusions": conclusions.strip(),
            "closing_participants": closing_participants.strip(),
            "diverging_opinions": diverging_opinions.strip(),
        },
    )
    return audit


class UnansweredQuestions(ValidationError):
    """Completing an audit whose shown questions are not all answered, without a reason."""

    def __init__(self, reference: str, qids: Sequence[str]) -> None:
        self.qids = tuple(qids)
        count = len(self.qids)
        named = ", ".join(self.qids[:NAMED_UNANSWERED])
        if count > NAMED_UNANSWERED:
            named += translate("audits", " and {more} more").format(more=count - NAMED_UNANSWERED)
        refusal = plural(
            count,
            translate(
                "audits",
                "audit {reference} has {count} unanswered question ({named}); completing it "
                "anyway needs the reason they stay unanswered",
            ),
            translate(
                "audits",
                "audit {reference} has {count} unanswered questions ({named}); completing it "
                "anyway needs the reason they stay unanswered",
            ),
        )
        super().__init__(refusal.format(reference=reference, count=count, named=named))


def complete_audit(
    uow: UnitOfWork,
    audit_id: str,
    on: dt.date,
    *,
    conclusions: str | None = None,
    score: float | None = None,
    grade: str | None = None,
    incomplete_reason: str | None = None,
) -> Audit:
    """End the audit; the score and grade come from the scoring engine unless given.

    `conclusions=None` keeps those of the closing meeting, which must not be empty. Callers
    that pass a score and grade (the demo's history, tests) store them as given. With shown
    questions unanswered it needs `incomplete_reason`, which is stored (and trailed) for the
    report to print; completed with every question answered, the audit keeps no reason.
    """
    audit = get(uow, Audit, audit_id, "audit")
    require_audit_member(uow, audit, "completing an audit")
    text = audit.conclusions if conclusions is None else conclusions
    if not text.strip():
        raise ValidationError(
            translate(
                "audits",
                "audit {reference} needs the conclusions of the closing meeting before "
                "it is completed",
            ).format(reference=audit.reference)
        )
    unanswered = [q.qid for q in unanswered_questions(uow.session, audit.id)]
    reason = (incomplete_reason or "").strip()
    if unanswered and not reason:
        raise UnansweredQuestions(audit.reference, unanswered)
    _move(uow, audit, S.COMPLETED, "")
    if score is None and grade is None:
        from sqms_desktop.queries.scores import score_audit

        result = score_audit(uow.session, audit.id)
        score, grade = result.total, result.grade
    uow.update(
        audit,
        {
            "actual_end": on,
            "conclusions": text.strip(),
            "score": score,
            "grade": grade,
            "incomplete_reason": reason if unanswered else None,
        },
    )
    return audit


def change_audit_status(uow: UnitOfWork, audit_id: str, status: str, *, reason: str = "") -> Audit:
    audit = get(uow, Audit, audit_id, "audit")
    require_choice(status, AuditStatus.values(), "audit status")
    if status == S.SIGNED:
        raise StateError(
            translate(
                "audits",
                "audit {reference} is signed by its lead auditor with a password (sqms "
                "audit sign), not by a status change",
            ).format(reference=audit.reference)
        )
    _move(uow, audit, AuditStatus(status), reason)
    return audit


def reopen_audit(uow: UnitOfWork, audit_id: str, *, reason: str) -> Audit:
    """Unlock a completed or signed audit so it can be changed again; the reason is trailed and
    every signature on it shows as no longer valid from then on.

    The audit's lead auditor or a quality engineer reopens.
    """
    audit = get(uow, Audit, audit_id, "audit")
    user = require_actor(
        uow,
        UserRole.LEAD_AUDITOR,
        UserRole.QUALITY_ENGINEER,
        UserRole.ADMIN,
        action=said("reopening an audit"),
    )
    if user.role == UserRole.LEAD_AUDITOR and user.id != audit.lead_auditor_id:
        raise PermissionDenied(
            translate(
                "audits",
                "{full_name} does not lead audit {reference}; its lead auditor or a quality "
                "engineer reopens it",
            ).format(full_name=user.full_name, reference=audit.reference)
        )
    if audit.status not in (S.COMPLETED, S.SIGNED):
        raise StateError(
            translate(
                "audits",
                "audit {reference} is {status}; only a completed or signed audit is reopened",
            ).format(reference=audit.reference, status=in_words(audit.status, spaced=True))
        )
    _move(uow, audit, S.IN_PROGRESS, require_text(reason, "reason for reopening"))
    return audit


def _move(uow: UnitOfWork, audit: Audit, to: AuditStatus, reason: str) -> None:
    if to not in TRANSITIONS[audit.status]:
        allowed = ", ".join(in_words(s) for s in TRANSITIONS[audit.status]) or translate(
            "audits", "nothing (final state)"
        )
        raise StateError(
            translate(
                "audits", "audit {reference} is {status}; it can move to {allowed}, not {to}"
            ).format(
                reference=audit.reference,
                status=in_words(audit.status),
                allowed=allowed,
                to=in_words(to),
            )
        )
    if to == S.REPORT_ISSUED:
        require_capa_decisions(uow, audit, "issued as a report")
    reopening = to == S.IN_PROGRESS and audit.status != S.PLANNED
    if (to in NEEDS_REASON or reopening) and not reason.strip():
        raise ValidationError(
            translate("audits", "moving audit {reference} to {to} needs a reason").format(
                reference=audit.reference, to=in_words(to)
            )
        )
    uow.update(audit, {"status": to.value}, reason=reason.strip())


def complete_after_closing_meeting(
    uow: UnitOfWork,
    audit_id: str,
    on: dt.date,
    *,
    conclusions: str | None = None,
    closing_participants: str | None = None,
    diverging_opinions: str | None = None,
    incomplete_reason: str | None = None,
) -> Audit:
    """Store the closing meeting as last written, then complete the audit, as one action: the
    score and grade are stored with the conclusions they were written against, or neither is.

    None keeps what is stored; with nothing given the audit completes on the meeting as stored.
    `incomplete_reason`: why shown questions stay unanswered (see `complete_audit`).
    """
    audit = get(uow, Audit, audit_id, "audit")
    if (conclusions, closing_participants, diverging_opinions) != (None, None, None):
        record_closing_meeting(
            uow,
            audit.id,
            conclusions=audit.conclusions if conclusions is None else conclusions,
            closing_participants=audit.closing_participants or ""
            if closing_participants is None
            else closing_participants,
            diverging_opinions=audit.diverging_opinions or ""
            if diverging_opinions is None
            else diverging_opinions,
        )
    return complete_audit(uow, audit.id, on, incomplete_reason=incomplete_reason)
