"""The supplier self-assessment: a checklist goes out as a protected questionnaire
(checklists/questionnaire.py), comes back filled in, and becomes an audit of type
self-assessment in the supplier's name, which a lead auditor then reviews like any audit: in
progress, its answers may be changed (with a note), then it is completed and signed.

The round trip is the SCAR form's (services/scar_form.py, xlsx_form.py): the locked part and
the hidden data carry a check value keyed with a secret of the issuing store, so a form whose
locked cells were edited, or that another store issued, is refused naming every changed cell.
A form becomes one audit whose id is derived from the form's id: importing it twice is refused.
"""

from __future__ import annotations

import datetime as dt
import io
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from sqms_desktop.checklists.questionnaire import (
    Issue,
    Layout,
    Questionnaire,
    build_questionnaire,
    checksum,
)
from sqms_desktop.checklists.questionnaire_read import (
    Contact,
    ReadAnswer,
    ReturnedForm,
    SelfAssessmentFormError,
    read_answers,
    read_contact,
    read_questionnaire,
)
from sqms_desktop.errors import StateError
from sqms_desktop.i18n import translate
from sqms_desktop.paths import refuse_store_path, write_atomically
from sqms_desktop.queries.self_assessment import audit_id_of_form, imported_as, questionnaire
from sqms_desktop.services import audits, in_words, said
from sqms_desktop.services.audit_plan import AuditPlan, plan_audit
from sqms_desktop.services.identity import require_actor
from sqms_desktop.store.models import ChecklistTemplate, Supplier
from sqms_desktop.store.trail_key import store_secret
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import AuditType, TemplateStatus, UserRole
from sqms_desktop.xlsx_form import changed_locked_cells, formula_problems, same_check

__all__ = [
    "AlreadyImported",
    "ExportedQuestionnaire",
    "ImportedSelfAssessment",
    "SelfAssessment",
    "SelfAssessmentFormError",
    "export_questionnaire",
    "import_self_assessment",
    "preview_self_assessment",
]

FORM_PURPOSE = "self-assessment-form/1"
MAX_ANSWERED_BY = 64  # the answer's column


class AlreadyImported(StateError):
    """The form was imported before: it is that audit now."""


@dataclass(frozen=True)
class ExportedQuestionnaire:
    path: Path
    form_id: str
    supplier: str  # "CODE name"
    key: str
    version: int


def export_questionnaire(
    session: Session,
    template_id: str,
    supplier_id: str,
    path: Path,
    *,
    today: dt.date,
    issuer: str,
    form_id: str | None = None,
) -> ExportedQuestionnaire:
    """Write the questionnaire of a released checklist for a supplier (never over the store)."""
    refuse_store_path(session.get_bind().engine.url.render_as_string(hide_password=False), path)
    made = questionnaire(session, template_id, supplier_id)
    status = session.get_one(ChecklistTemplate, template_id).status
    if status != TemplateStatus.RELEASED:
        raise StateError(
            translate(
                "self_assessment",
                "checklist {key} v{version} is {status}; a questionnaire is made from "
                "a released version",
            ).format(key=made.key, version=made.version, status=in_words(status))
        )
    issue = Issue(form_id or f"SA-{uuid.uuid4()}", issuer, today)
    workbook, _ = build_questionnaire(made, issue, store_secret(session, FORM_PURPOSE))
    buffer = io.BytesIO()
    workbook.save(buffer)
    written = write_atomically(path, buffer.getvalue())
    return ExportedQuestionnaire(written, issue.form_id, made.supplier, made.key, made.version)


@dataclass
class SelfAssessment:
    """A returned form, checked: who filled it in and every answer, ready to import."""

    form_id: str
    source: str  # the file's name
    supplier_id: str
    supplier: str  # "CODE name"
    supplier_code: str
    template_id: str
    checklist: str  # "title (key vN)"
    contact: Contact
    answers: list[ReadAnswer] = field(default_factory=list)
    questions: int = 0

    @property
    def answered_by(self) -> str:
        """The supplier's contact as the answers name them (not a user of this store)."""
        return f"{self.contact.name} ({self.supplier_code})"[:MAX_ANSWERED_BY]

    @property
    def answered(self) -> int:
        return sum(1 for a in self.answers if a.answered)

    @property
    def not_applicable(self) -> int:
        return sum(1 for a in self.answers if a.not_applicable)


def preview_self_assessment(session: Session, path: Path) -> SelfAssessment:
    """Read and check a returned form; nothing is written."""
    form = read_questionnaire(path)
    template = session.get(ChecklistTemplate, form.template_id)
    supplier = session.get(Supplier, form.supplier_id)
    if template is None or supplier is None:
        raise SelfAssessmentFormError(
            form.name,
            [
                translate(
                    "self_assessment",
                    "the form names a checklist or supplier this store does not have: another "
                    "store issued it; import it there, or export a new form from this store",
                )
            ],
        )
    made = questionnaire(session, template.id, supplier.id)
    _check_locked(session, form, made)
    earlier = imported_as(session, form.form_id)
    if earlier is not None:
        raise AlreadyImported(
            translate(
                "self_assessment",
                "{name}: this form ({form_id}) was imported already, as audit {earlier}; "
                "a form is imported once (export a new one for a new self-assessment)",
            ).format(name=form.name, form_id=form.form_id, earlier=earlier)
        )
    problems: list[str] = []
    contact = read_contact(form, problems)
    try:
        answers = read_answers(form, made)
    except SelfAssessmentFormError as exc:
        problems += exc.problems
        answers = []
    if problems:
        raise SelfAssessmentFormError(form.name, problems)
    return SelfAssessment(
        form.form_id,
        form.name,
        supplier.id,
        made.supplier,
        supplier.code,
        template.id,
        f"{made.title} ({made.key} v{made.version})",
        contact,
        answers,
        len(made.questions()),
    )


def _check_locked(session: Session, form: ReturnedForm, made: Questionnaire) -> None:
    """Refuse a form whose locked cells or hidden data were edited, or that another store
    issued: the check value is an HMAC under this store's form secret. Every changed locked
    cell is named, against the form this store would issue from the same hidden data."""
    key = store_secret(session, FORM_PURPOSE)
    assert form.issued_on is not None  # read_questionnaire refuses a form without it
    issue = Issue(form.form_id, form.issuer, form.issued_on)
    as_found = Layout(
        [(cell, form.text(cell)) for cell in form.locked], form.contact, form.questions
    )
    own = checksum(key, form.template_id, form.supplier_id, issue, as_found)
    problems: list[str] = []
    if not same_check(own, form.checksum):
        expected = build_questionnaire(made, issue, key)[1]
        problems = changed_locked_cells(
            form,
            expected.locked,
            advice=translate(
                "self_assessment",
                "only the yellow cells may be filled; export a new form if the questionnaire "
                "must change",
            ),
        )
        if (
            [cell for cell, _ in expected.locked] != form.locked
            or expected.contact != form.contact
            or expected.questions != form.questions
        ):
            problems.append(
                translate(
                    "self_assessment",
                    "the form's hidden data was changed (it no longer says which cell answers "
                    "which question)",
                )
            )
        problems = problems or [
            translate(
                "self_assessment",
                "the form's protected cells or hidden data were changed, or another store "
                "issued it; export a new form for the supplier",
            )
        ]
    problems += formula_problems(form)
    if problems:
        raise SelfAssessmentFormError(form.name, problems)


@dataclass(frozen=True)
class ImportedSelfAssessment:
    audit_id: str
    reference: str
    checked: SelfAssessment


def import_self_assessment(
    uow: UnitOfWork, path: Path, *, lead_auditor_id: str | None = None
) -> ImportedSelfAssessment:
    """Check the form again inside this unit of work and make it an audit in progress of type
    self-assessment, answered in the name of the supplier's contact; the caller commits.

    The lead auditor (default: the importing user) reviews it; an importer who does not lead
    it joins its team, since the answers are written by them."""
    checked = preview_self_assessment(uow.session, path)
    user = require_actor(
        uow,
        UserRole.LEAD_AUDITOR,
        UserRole.QUALITY_ENGINEER,
        UserRole.ADMIN,
        action=said("importing a self-assessment"),
    )
    today = uow.now.date()
    lead = lead_auditor_id or user.id
    contact = checked.contact
    who = ", ".join(p for p in (contact.name, contact.function) if p)
    filled = f" on {contact.filled_on.isoformat()}" if contact.filled_on else ""
    audit = plan_audit(
        uow,
        AuditPlan(
            supplier_id=checked.supplier_id,
            template_id=checked.template_id,
            lead_auditor_id=lead,
            planned_start=today,
            type=AuditType.SELF_ASSESSMENT.value,
            objectives=(
                f"Review the self-assessment {checked.supplier} filled in on the questionnaire "
                f"{checked.checklist}: change an answer where the evidence says otherwise, with "
                "a note why, then complete and sign the audit."
            ),
            scope=f"Self-assessment by the supplier (form {checked.form_id}, file "
            f"{checked.source})",
            auditee_participants=f"{who} (filled in the self-assessment{filled})",
            team=[] if lead == user.id else [user.id],
            audit_id=audit_id_of_form(checked.form_id),
        ),
    )
    audits.start_audit(uow, audit.id, today)
    for answer in checked.answers:
        if answer.answered:
            audits.record_answer(
                uow,
                audit.id,
                answer.question_id,
                answer.value,
                not_applicable=answer.not_applicable,
                na_justification=answer.justification,
                note=answer.note,
                answered_by=checked.answered_by,
            )
        else:
            audits.record_note(
                uow, audit.id, answer.question_id, answer.note, answered_by=checked.answered_by
            )
    return ImportedSelfAssessment(audit.id, audit.reference, checked)
