"""Checklist templates as data. Excel import and the built-in library build on this."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import func, select

from sqms_desktop.checklists.spec import TEMPLATE_KEY, TemplateSpec
from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.templates import spec_of
from sqms_desktop.services import get, in_words, require_choice, require_text, said
from sqms_desktop.services.identity import require_actor
from sqms_desktop.store.models import ChecklistSection, ChecklistTemplate, Question
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import NaPolicy, QuestionType, Scheme, TemplateStatus, UserRole


def create_template(
    uow: UnitOfWork, spec: TemplateSpec, *, version: int | None = None
) -> ChecklistTemplate:
    """Store a new draft version of a template (version = last version of the key + 1)."""
    _require_librarian(uow, "creating a checklist template")
    if not TEMPLATE_KEY.match(spec.key):
        raise ValidationError(
            translate(
                "templates", "template key {key!r} must be lower-case letters and digits"
            ).format(key=spec.key)
        )
    require_choice(spec.scheme, Scheme.values(), "scheme")
    require_choice(spec.na_policy, NaPolicy.values(), "N/A policy")
    seen: set[str] = set()
    for section_spec in spec.sections:
        for q in section_spec.questions:
            if q.qid in seen:
                raise ValidationError(
                    translate("templates", "question id {qid} appears twice").format(qid=q.qid)
                )
            seen.add(q.qid)
            require_choice(
                q.type,
                QuestionType.values(),
                translate("templates", "type of question {qid}").format(qid=q.qid),
            )
            if q.weight < 0:
                raise ValidationError(
                    translate("templates", "question {qid}: weight must not be negative").format(
                        qid=q.qid
                    )
                )
    if not seen:
        raise ValidationError(
            translate("templates", "template {key} has no questions").format(key=spec.key)
        )
    last = uow.session.scalar(
        select(func.max(ChecklistTemplate.version)).where(ChecklistTemplate.key == spec.key)
    )
    template = uow.add(
        ChecklistTemplate(
            key=spec.key,
            version=version if version is not None else (last or 0) + 1,
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
                title=require_text(
                    section_spec.title,
                    translate("templates", "title of section {code}").format(
                        code=section_spec.code
                    ),
                ),
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
                    text=require_text(
                        q.text,
                        translate("templates", "text of question {qid}").format(qid=q.qid),
                    ),
                    guidance=q.guidance,
                    type=q.type,
                    options=list(q.options),
                    weight=q.weight,
                    clause=q.clause,
                    star=q.star,
                    required=q.required,
                    evidence_required=q.evidence_required,
                    condition=q.condition,
                    min_value=q.min_value,
                    max_value=q.max_value,
                )
            )
    return template


def _require_librarian(uow: UnitOfWork, action: str) -> None:
    """The checklist library is kept by quality engineers (and set up by an administrator)."""
    require_actor(uow, UserRole.QUALITY_ENGINEER, UserRole.ADMIN, action=said(action))


def release_template(uow: UnitOfWork, template_id: str) -> ChecklistTemplate:
    """A released version is immutable and can be used by audits."""
    _require_librarian(uow, "releasing a checklist template")
    template = get(uow, ChecklistTemplate, template_id, "checklist template")
    if template.status != TemplateStatus.DRAFT.value:
        raise StateError(
            translate(
                "templates", "template {key} v{version} is {status}; only a draft can be released"
            ).format(key=template.key, version=template.version, status=in_words(template.status))
        )
    uow.update(template, {"status": TemplateStatus.RELEASED.value})
    return template


def retire_template(uow: UnitOfWork, template_id: str, *, reason: str) -> ChecklistTemplate:
    """A retired version is kept for the audits that used it but offered for no new audit."""
    _require_librarian(uow, "retiring a checklist template")
    template = get(uow, ChecklistTemplate, template_id, "checklist template")
    if template.status != TemplateStatus.RELEASED.value:
        raise StateError(
            translate(
                "templates",
                "template {key} v{version} is {status}; only a released version can be retired",
            ).format(key=template.key, version=template.version, status=in_words(template.status))
        )
    uow.update(
        template,
        {"status": TemplateStatus.RETIRED.value},
        reason=require_text(reason, "reason for retiring"),
    )
    return template


def _content(spec: TemplateSpec) -> TemplateSpec:
    """The parts of a spec that make a version: everything but the version number."""
    return replace(spec, version=None)


@dataclass(frozen=True)
class ImportOutcome:
    template_id: str
    key: str
    version: int
    action: str  # "created", "new_version", "draft_replaced", "unchanged"

    def describe(self) -> str:
        said = {
            "created": translate("templates", "{key} v{version} imported as a new template"),
            "new_version": translate(
                "templates", "{key} v{version} imported as a new draft version"
            ),
            "draft_replaced": translate("templates", "{key} v{version} replaced the draft"),
            "unchanged": translate(
                "templates", "{key} v{version} is identical to the stored version; nothing changed"
            ),
        }[self.action]
        return said.format(key=self.key, version=self.version)


def import_template(uow: UnitOfWork, spec: TemplateSpec) -> ImportOutcome:
    """Store an imported template without ever touching a released version.

    Same content as the latest version: nothing happens. Latest is a draft: the draft is
    replaced. Latest is released or retired: the next version is created as a draft.
    """
    _require_librarian(uow, "importing a checklist template")
    latest = uow.session.scalars(
        select(ChecklistTemplate)
        .where(ChecklistTemplate.key == spec.key)
        .order_by(ChecklistTemplate.version.desc())
        .limit(1)
    ).first()
    if latest is None:
        template = create_template(uow, spec)
        return ImportOutcome(template.id, template.key, template.version, "created")
    if _content(spec_of(uow.session, latest.id)) == _content(spec):
        return ImportOutcome(latest.id, latest.key, latest.version, "unchanged")
    if latest.status == TemplateStatus.DRAFT.value:
        version = latest.version
        _remove_draft(uow, latest)
        template = create_template(uow, spec, version=version)
        return ImportOutcome(template.id, template.key, template.version, "draft_replaced")
    template = create_template(uow, spec)
    return ImportOutcome(template.id, template.key, template.version, "new_version")


def _remove_draft(uow: UnitOfWork, template: ChecklistTemplate) -> None:
    reason = f"draft {template.key} v{template.version} replaced by a re-imported workbook"
    session = uow.session
    for question in session.scalars(select(Question).where(Question.template_id == template.id)):
        uow.delete(question, reason=reason)
    for section in session.scalars(
        select(ChecklistSection).where(ChecklistSection.template_id == template.id)
    ):
        uow.delete(section, reason=reason)
    uow.delete(template, reason=reason)
    session.flush()
