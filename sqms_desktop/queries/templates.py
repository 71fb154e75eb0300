"""Checklist templates: stored versions and their ids."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sqms_desktop.checklists.spec import QuestionSpec, SectionSpec, TemplateSpec
from sqms_desktop.errors import NotFoundError
from sqms_desktop.i18n import translate
from sqms_desktop.store.models import Audit, ChecklistSection, ChecklistTemplate, Question


@dataclass(frozen=True)
class TemplateRow:
    id: str
    key: str
    version: int
    title: str
    scheme: str
    status: str
    questions: int
    audits: int


def list_templates(session: Session, *, key: str | None = None) -> list[TemplateRow]:
    from sqms_desktop.store.models import Question

    questions = (
        select(Question.template_id, func.count().label("n"))
        .group_by(Question.template_id)
        .subquery()
    )
    audits = (
        select(Audit.template_id, func.count().label("n")).group_by(Audit.template_id).subquery()
    )
    query = (
        select(
            ChecklistTemplate.id,
            ChecklistTemplate.key,
            ChecklistTemplate.version,
            ChecklistTemplate.title,
            ChecklistTemplate.scheme,
            ChecklistTemplate.status,
            func.coalesce(questions.c.n, 0),
            func.coalesce(audits.c.n, 0),
        )
        .outerjoin(questions, questions.c.template_id == ChecklistTemplate.id)
        .outerjoin(audits, audits.c.template_id == ChecklistTemplate.id)
        .order_by(ChecklistTemplate.key, ChecklistTemplate.version)
    )
    if key is not None:
        query = query.where(ChecklistTemplate.key == key)
    return [TemplateRow(*row) for row in session.execute(query)]


def template_id(session: Session, key: str, version: int | None = None) -> str:
    """The id of a template version; without a version, the newest one."""
    rows = list_templates(session, key=key)
    if not rows:
        raise NotFoundError(translate("templates", "no checklist template {key!r}").format(key=key))
    if version is None:
        return rows[-1].id
    for row in rows:
        if row.version == version:
            return row.id
    versions = ", ".join(str(r.version) for r in rows)
    raise NotFoundError(
        translate(
            "templates", "template {key} has no version {version} (it has {versions})"
        ).format(key=key, version=version, versions=versions)
    )


def spec_of(session: Session, template_id: str) -> TemplateSpec:
    """A stored template version as a spec (what export writes and diff compares)."""
    template = session.get(ChecklistTemplate, template_id)
    if template is None:
        raise NotFoundError(
            translate("templates", "no checklist template with id {template_id}").format(
                template_id=template_id
            )
        )
    sections = session.scalars(
        select(ChecklistSection)
        .where(ChecklistSection.template_id == template_id)
        .order_by(ChecklistSection.position)
    ).all()
    questions = session.scalars(
        select(Question).where(Question.template_id == template_id).order_by(Question.position)
    ).all()
    by_section: dict[str, list[QuestionSpec]] = {s.id: [] for s in sections}
    for q in questions:
        by_section[q.section_id].append(
            QuestionSpec(
                qid=q.qid,
                text=q.text,
                type=q.type,
                weight=q.weight,
                clause=q.clause,
                star=q.star,
                guidance=q.guidance,
                options=list(q.options),
                required=q.required,
                evidence_required=q.evidence_required,
                condition=q.condition,
                min_value=q.min_value,
                max_value=q.max_value,
            )
        )
    return TemplateSpec(
        key=template.key,
        title=template.title,
        scheme=template.scheme,
        sections=[SectionSpec(s.code, s.title, by_section[s.id]) for s in sections],
        language=template.language,
        na_policy=template.na_policy,
        version=template.version,
    )
