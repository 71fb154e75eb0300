"""Scoring a stored audit: its checklist and answers fed to the scheme's engine (DESIGN §3)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.errors import NotFoundError
from sqms_desktop.scoring import (
    ScoreAnswer,
    ScoreQuestion,
    ScoreResult,
    answer,
    not_applicable,
    not_evaluated,
    score,
)
from sqms_desktop.store.models import Answer, Audit, ChecklistSection, ChecklistTemplate, Question


def score_audit(session: Session, audit_id: str) -> ScoreResult:
    audit = session.get(Audit, audit_id)
    if audit is None:
        raise NotFoundError(f"no audit with id {audit_id}")
    template = session.get_one(ChecklistTemplate, audit.template_id)
    vda = template.scheme == "vda63"
    sections = {
        s.id: s
        for s in session.scalars(
            select(ChecklistSection).where(ChecklistSection.template_id == template.id)
        )
    }
    questions: list[ScoreQuestion] = []
    titles: dict[str, str] = {}
    by_id: dict[str, Question] = {}
    for q in session.scalars(
        select(Question).where(Question.template_id == template.id).order_by(Question.position)
    ):
        section = sections[q.section_id]
        element, _, sub = section.code.partition(".") if vda else (section.code, "", "")
        titles.setdefault(section.code if not vda or not sub else sub, section.title)
        if vda and not sub:
            titles.setdefault(element, section.title)
        questions.append(ScoreQuestion(q.qid, element, q.weight, q.star, q.type, sub or None))
        by_id[q.id] = q
    answers: list[ScoreAnswer] = []
    for a in session.scalars(select(Answer).where(Answer.audit_id == audit.id)):
        qid = by_id[a.question_id].qid
        if a.not_applicable:
            if vda:
                answers.append(not_evaluated(qid, a.na_justification))
            else:
                answers.append(not_applicable(qid, a.na_justification))
        elif a.value is not None:
            answers.append(answer(qid, a.value))
    return score(
        template.scheme,
        questions,
        answers,
        na_policy=template.na_policy,
        edition=audit.rule_edition if vda else None,
        titles=titles,
    )
