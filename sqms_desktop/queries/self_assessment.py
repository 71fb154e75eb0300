"""What the self-assessment questionnaire is made of, read from the store, and whether a form
was imported already."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.checklists.questionnaire import QuestionItem, Questionnaire, SectionItem
from sqms_desktop.errors import NotFoundError, StateError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.common import stored_word
from sqms_desktop.store.models import Audit, ChecklistSection, ChecklistTemplate, Question, Supplier
from sqms_desktop.vocab import TemplateStatus

# Fixed for good: the audit a form becomes has the id of the form, so a form imported twice
# (here or on another replica) is one audit, never two.
FORM_NAMESPACE = uuid.UUID("5c0b3d0e-6a0f-4c55-9a55-1f3f3b0c2a17")


def audit_id_of_form(form_id: str) -> str:
    return str(uuid.uuid5(FORM_NAMESPACE, form_id))


def imported_as(session: Session, form_id: str) -> str | None:
    """The reference of the audit a form was imported as, or None."""
    audit = session.get(Audit, audit_id_of_form(form_id))
    return None if audit is None else audit.reference


def released_template_id(session: Session, key: str, version: int | None = None) -> str:
    """A released version of a checklist (the newest without `version`): audits use those."""
    rows = session.execute(
        select(ChecklistTemplate.id, ChecklistTemplate.version, ChecklistTemplate.status)
        .where(ChecklistTemplate.key == key)
        .order_by(ChecklistTemplate.version)
    ).all()
    if not rows:
        raise NotFoundError(
            translate("self_assessment", "no checklist template {key!r}").format(key=key)
        )
    released = [r for r in rows if r.status == TemplateStatus.RELEASED]
    if version is None:
        if not released:
            raise StateError(
                translate(
                    "self_assessment", "checklist {key} has no released version; release one first"
                ).format(key=key)
            )
        return str(released[-1].id)
    for row in rows:
        if row.version == version:
            if row.status != TemplateStatus.RELEASED:
                raise StateError(
                    translate(
                        "self_assessment",
                        "checklist {key} v{version} is {status}; a questionnaire is made from a "
                        "released version",
                    ).format(key=key, version=version, status=stored_word(row.status))
                )
            return str(row.id)
    versions = ", ".join(str(r.version) for r in rows)
    raise NotFoundError(
        translate(
            "self_assessment", "checklist {key} has no version {version} (it has {versions})"
        ).format(key=key, version=version, versions=versions)
    )


def questionnaire(session: Session, template_id: str, supplier_id: str) -> Questionnaire:
    """One checklist version's sections and questions in order, for one supplier."""
    template = session.get(ChecklistTemplate, template_id)
    if template is None:
        raise NotFoundError(
            translate("self_assessment", "no checklist template with id {template_id}").format(
                template_id=template_id
            )
        )
    supplier = session.get(Supplier, supplier_id)
    if supplier is None:
        raise NotFoundError(
            translate("self_assessment", "no supplier with id {supplier_id}").format(
                supplier_id=supplier_id
            )
        )
    by_section: dict[str, list[QuestionItem]] = {}
    for q in session.scalars(
        select(Question).where(Question.template_id == template_id).order_by(Question.position)
    ):
        by_section.setdefault(q.section_id, []).append(
            QuestionItem(
                q.id,
                q.qid,
                q.text,
                q.guidance,
                q.type,
                tuple(q.options),
                q.min_value,
                q.max_value,
                q.condition,
            )
        )
    sections = session.scalars(
        select(ChecklistSection)
        .where(ChecklistSection.template_id == template_id)
        .order_by(ChecklistSection.position)
    )
    return Questionnaire(
        template.id,
        template.key,
        template.version,
        template.title,
        template.scheme,
        supplier.id,
        f"{supplier.code} {supplier.name}",
        tuple(SectionItem(s.code, s.title, tuple(by_section.get(s.id, []))) for s in sections),
    )
