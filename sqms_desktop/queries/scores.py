"""Scoring a stored audit: its checklist and answers fed to the scheme's engine.

`ScoringBasis` reads an audit's checklist once; the checklist page then rescores from its own
copy of the answers after every keystroke, without reading the store again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from sqms_desktop.errors import NotFoundError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.checklists import AuditChecklist, checklist_of_audit
from sqms_desktop.scoring import (
    ScoreAnswer,
    ScoreQuestion,
    ScoreResult,
    answer,
    not_applicable,
    not_evaluated,
    score,
)
from sqms_desktop.store.models import Audit, ChecklistTemplate
from sqms_desktop.vocab import Scheme


@dataclass(frozen=True)
class StoredAnswer:
    """What scoring needs of an answer: the question it answers, its value or N/A."""

    question_id: str
    value: str | None
    not_applicable: bool = False
    na_justification: str = ""


@dataclass(frozen=True)
class ScoringBasis:
    scheme: str
    questions: tuple[ScoreQuestion, ...]
    titles: dict[str, str]
    qid_by_id: dict[str, str]
    na_policy: str
    edition: int | None

    def score(self, answers: Iterable[StoredAnswer]) -> ScoreResult:
        vda = self.scheme == Scheme.VDA63
        fed: list[ScoreAnswer] = []
        for a in answers:
            qid = self.qid_by_id[a.question_id]
            if a.not_applicable:
                maker = not_evaluated if vda else not_applicable
                fed.append(maker(qid, a.na_justification))
            elif a.value is not None:
                fed.append(answer(qid, a.value))
        return score(
            self.scheme,
            self.questions,
            fed,
            na_policy=self.na_policy,
            edition=self.edition,
            titles=self.titles,
        )


def scoring_basis(
    session: Session, audit_id: str, checklist: AuditChecklist | None = None
) -> ScoringBasis:
    """What the engine needs of the audit's checklist; pass the checklist already read (the
    checklist page does) to save reading its sections and questions a second time."""
    audit = session.get(Audit, audit_id)
    if audit is None:
        raise NotFoundError(
            translate("scores", "no audit with id {audit_id}").format(audit_id=audit_id)
        )
    template = session.get_one(ChecklistTemplate, audit.template_id)
    if checklist is None:
        checklist = checklist_of_audit(session, audit_id)
    vda = template.scheme == Scheme.VDA63
    questions: list[ScoreQuestion] = []
    titles: dict[str, str] = {}
    qid_by_id: dict[str, str] = {}
    for section in checklist.sections:
        element, _, sub = section.code.partition(".") if vda else (section.code, "", "")
        titles.setdefault(section.code if not vda or not sub else sub, section.title)
        if vda and not sub:
            titles.setdefault(element, section.title)
        for q in section.questions:
            questions.append(ScoreQuestion(q.qid, element, q.weight, q.star, q.type, sub or None))
            qid_by_id[q.id] = q.qid
    return ScoringBasis(
        template.scheme,
        tuple(questions),
        titles,
        qid_by_id,
        template.na_policy,
        audit.rule_edition if vda else None,
    )


def score_audit(session: Session, audit_id: str) -> ScoreResult:
    checklist = checklist_of_audit(session, audit_id)
    basis = scoring_basis(session, audit_id, checklist)
    return basis.score(
        StoredAnswer(q.id, q.answer.value, q.answer.not_applicable, q.answer.na_justification)
        for q in checklist.items()
        if q.answer is not None
    )
