"""One audit's checklist as the checklist page and scoring read it: questions, answers, sections."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.errors import NotFoundError
from sqms_desktop.i18n import translate
from sqms_desktop.store.models import Audit, ChecklistTemplate


@dataclass(frozen=True)
class AnswerState:
    """What is stored for one question; `value` None and not N/A is a note without an answer."""

    value: str | None
    not_applicable: bool
    na_justification: str
    note: str
    answered_by: str
    answered_at: dt.datetime

    @property
    def answered(self) -> bool:
        return self.not_applicable or self.value is not None

    def says_the_same(self, other: AnswerState | None) -> bool:
        """The same answer, N/A, justification and note (who and when aside): saving `other`
        over this would change nothing a reader sees, so it is not saved again."""
        return other is not None and (
            (self.value, self.not_applicable, self.na_justification, self.note)
            == (other.value, other.not_applicable, other.na_justification, other.note)
        )


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    qid: str
    position: int
    text: str
    guidance: str
    type: str
    options: list[str]
    weight: float
    clause: str
    star: bool
    required: bool
    evidence_required: bool
    condition: str
    min_value: float | None
    max_value: float | None
    answer: AnswerState | None


@dataclass(frozen=True)
class ChecklistSectionRow:
    id: str
    code: str
    title: str
    questions: list[ChecklistItem]


@dataclass(frozen=True)
class AuditChecklist:
    """An audit's checklist in order with its answers: three keyed queries, nothing else."""

    audit_id: str
    reference: str
    status: str
    scheme: str
    sections: list[ChecklistSectionRow]

    def items(self) -> list[ChecklistItem]:
        return [q for s in self.sections for q in s.questions]


def checklist_of_audit(session: Session, audit_id: str) -> AuditChecklist:
    from sqms_desktop.store.models import Answer, ChecklistSection, Question

    audit = session.get(Audit, audit_id)
    if audit is None:
        raise NotFoundError(
            translate("checklists", "no audit with id {audit_id}").format(audit_id=audit_id)
        )
    template = session.get_one(ChecklistTemplate, audit.template_id)
    answers = {
        a.question_id: AnswerState(
            a.value, a.not_applicable, a.na_justification, a.note, a.answered_by, a.answered_at
        )
        for a in session.scalars(select(Answer).where(Answer.audit_id == audit_id))
    }
    by_section: dict[str, list[ChecklistItem]] = {}
    for q in session.scalars(
        select(Question).where(Question.template_id == template.id).order_by(Question.position)
    ):
        by_section.setdefault(q.section_id, []).append(
            ChecklistItem(
                q.id,
                q.qid,
                q.position,
                q.text,
                q.guidance,
                q.type,
                list(q.options),
                q.weight,
                q.clause,
                q.star,
                q.required,
                q.evidence_required,
                q.condition,
                q.min_value,
                q.max_value,
                answers.get(q.id),
            )
        )
    sections = session.scalars(
        select(ChecklistSection)
        .where(ChecklistSection.template_id == template.id)
        .order_by(ChecklistSection.position)
    )
    return AuditChecklist(
        audit.id,
        audit.reference,
        audit.status,
        template.scheme,
        [ChecklistSectionRow(s.id, s.code, s.title, by_section.get(s.id, [])) for s in sections],
    )


def question_id_by_qid(session: Session, audit_id: str, qid: str) -> str:
    """The id of a question of the audit's checklist, named as the checklist names it."""
    from sqms_desktop.store.models import Question

    audit = session.get(Audit, audit_id)
    if audit is None:
        raise NotFoundError(
            translate("checklists", "no audit with id {audit_id}").format(audit_id=audit_id)
        )
    found = session.scalar(
        select(Question.id).where(Question.template_id == audit.template_id, Question.qid == qid)
    )
    if found is None:
        raise NotFoundError(
            translate(
                "checklists", "audit {reference} has no question {qid} in its checklist"
            ).format(reference=audit.reference, qid=qid)
        )
    return found
