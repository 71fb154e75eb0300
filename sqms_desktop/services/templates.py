"""Checklist templates as data. Excel import and the built-in library build on this."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import func, select

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.services import get, require_choice, require_text
from sqms_desktop.store.models import (
    ChecklistSection,
    ChecklistTemplate,
    Question,
    Scheme,
    TemplateStatus,
)
from sqms_desktop.store.uow import UnitOfWork

QUESTION_TYPES = (
    "score",
    "yes_no",
    "yes_no_na",
    "choice",
    "multi_choice",
    "number",
    "text",
    "date",
    "photo",
)
TEMPLATE_KEY = re.compile(r"^[a-z0-9][a-z0-9_.-]{1,63}$")


@dataclass
class QuestionSpec:
    qid: str
    text: str
    type: str = "score"
    weight: float = 1.0
    clause: str = ""
    star: bool = False
    guidance: str = ""
    options: list[str] = field(default_factory=list)
    required: bool = True
    evidence_required: bool = False
    condition: str = ""


@dataclass
class SectionSpec:
    code: str
    title: str
    questions: list[QuestionSpec]


@dataclass
class TemplateSpec:
    key: str
    title: str
    scheme: str
    sections: list[SectionSpec]
    language: str = "en"
    na_policy: str = "exclude"


def create_template(uow: UnitOfWork, spec: TemplateSpec) -> ChecklistTemplate:
    """Store a new draft version of a template (version = last version of the key + 1)."""
    if not TEMPLATE_KEY.match(spec.key):
        raise ValidationError(f"template key {spec.key!r} must be lower-case letters and digits")
    require_choice(spec.scheme, Scheme.values(), "scheme")
    require_choice(spec.na_policy, ["exclude", "zero"], "N/A policy")
    seen: set[str] = set()
    for section_spec in spec.sections:
        for q in section_spec.questions:
            if q.qid in seen:
                raise ValidationError(f"question id {q.qid} appears twice")
            seen.add(q.qid)
            require_choice(q.type, list(QUESTION_TYPES), f"type of question {q.qid}")
            if q.weight < 0:
                raise ValidationError(f"question {q.qid}: weight must not be negative")
    if not seen:
        raise ValidationError(f"template {spec.key} has no questions")
    last = uow.session.scalar(
        select(func.max(ChecklistTemplate.version)).where(ChecklistTemplate.key == spec.key)
    )
    template = uow.add(
        ChecklistTemplate(
            key=spec.key,
            version=(last or 0) + 1,
            title=require_text(spec.title, "template title", limit=200),
            scheme=spec.scheme,
            language=spec.language,
            na_policy=spec.na_policy,
            status=TemplateStatus.DRAFT.value,
        )
    )
    position = 0
    for s_index, section_spec in enumerate(spec.sections, start=1):
        section = uow.add(
            ChecklistSection(
                template_id=template.id,
                position=s_index,
                code=section_spec.code,
                title=require_text(section_spec.title, f"title of section {section_spec.code}"),
            )
        )
        for q in section_spec.questions:
            position += 1
            uow.add(
                Question(
                    template_id=template.id,
                    section_id=section.id,
                    qid=q.qid,
                    position=position,
                    text=require_text(q.text, f"text of question {q.qid}"),
                    guidance=q.guidance,
                    type=q.type,
                    options=list(q.options),
                    weight=q.weight,
                    clause=q.clause,
                    star=q.star,
                    required=q.required,
                    evidence_required=q.evidence_required,
                    condition=q.condition,
                )
            )
    return template


def release_template(uow: UnitOfWork, template_id: str) -> ChecklistTemplate:
    """A released version is immutable and can be used by audits."""
    template = get(uow, ChecklistTemplate, template_id, "checklist template")
    if template.status != TemplateStatus.DRAFT.value:
        raise StateError(
            f"template {template.key} v{template.version} is {template.status}; "
            "only a draft can be released"
        )
    uow.update(template, {"status": TemplateStatus.RELEASED.value})
    return template
