"""Three small audits in progress, one per scheme (VDA 6.3, weighted, yes/no), for tests of the
checklist's keys, labels, score panel and completion; written through the real services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from sqms_desktop.checklists.spec import QuestionSpec, SectionSpec, TemplateSpec
from sqms_desktop.services.audits import AuditPlan, plan_audit, start_audit
from sqms_desktop.services.suppliers import SupplierInput, create_supplier
from sqms_desktop.services.templates import create_template, release_template
from sqms_desktop.services.users import create_user
from sqms_desktop.store.models import Question
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import QuestionType, Scheme

DAY = dt.date(2026, 12, 7)
LEAD = "lena"
LONG_TEXT = (
    "Are the special characteristics of the product identified in the control plan, and are "
    "they monitored at every process step where they can be influenced, with reaction plans?"
)
SPECS = {
    Scheme.VDA63: TemplateSpec(
        key="vda-mini",
        title="VDA 6.3 mini",
        scheme=Scheme.VDA63,
        sections=[
            SectionSpec(
                "P5",
                "Supplier management",
                [
                    QuestionSpec("P5.1", "Are only approved suppliers used?"),
                    QuestionSpec("P5.2", "Are the suppliers' results assessed?"),
                ],
            ),
            SectionSpec(
                "P6.U1",
                "Process input",
                [
                    QuestionSpec("P6.1.1", LONG_TEXT, star=True),
                    QuestionSpec("P6.1.2", "Is material stored correctly?"),
                    QuestionSpec("P6.1.3", "Is the material identified?"),
                    QuestionSpec("P6.1.4", "Are the transport containers suitable?"),
                ],
            ),
        ],
    ),
    Scheme.WEIGHTED: TemplateSpec(
        key="weighted-mini",
        title="Weighted mini",
        scheme=Scheme.WEIGHTED,
        sections=[
            SectionSpec(
                "1",
                "Management",
                [
                    QuestionSpec("1.1", "Is the quality policy known?", weight=9),
                    QuestionSpec("1.2", "Is the calibration valid?", star=True),
                ],
            )
        ],
    ),
    Scheme.YES_NO: TemplateSpec(
        key="yes-no-mini",
        title="Yes/no mini",
        scheme=Scheme.YES_NO,
        sections=[
            SectionSpec(
                "1",
                "Basics",
                [
                    QuestionSpec("q1", "Is the scope documented?", type=QuestionType.YES_NO),
                    QuestionSpec("q2", "Are risks assessed?", type=QuestionType.YES_NO),
                ],
            )
        ],
    ),
}


@dataclass(frozen=True)
class SchemeAudits:
    """Audit id and question ids (by qid, in checklist order) per scheme."""

    audit_ids: dict[str, str]
    questions: dict[str, dict[str, str]]


def build_scheme_audits(uow: Callable[[], UnitOfWork]) -> SchemeAudits:
    """One audit in progress per scheme, led by `LEAD` (a lead auditor without a password)."""
    audit_ids: dict[str, str] = {}
    questions: dict[str, dict[str, str]] = {}
    with uow() as u:
        lead = create_user(u, LEAD, "Lena Lead", "lead_auditor")
        supplier = create_supplier(u, SupplierInput(code="S1", name="Acme Castings"))
        for scheme, spec in SPECS.items():
            template = create_template(u, spec)
            release_template(u, template.id)
            audit = plan_audit(
                u,
                AuditPlan(
                    supplier_id=supplier.id,
                    template_id=template.id,
                    lead_auditor_id=lead.id,
                    planned_start=DAY,
                ),
            )
            start_audit(u, audit.id, DAY)
            audit_ids[scheme] = audit.id
            rows = u.session.execute(
                select(Question.qid, Question.id)
                .where(Question.template_id == template.id)
                .order_by(Question.position)
            ).all()
            questions[scheme] = {row.qid: row.id for row in rows}
        u.commit()
    return SchemeAudits(audit_ids, questions)
