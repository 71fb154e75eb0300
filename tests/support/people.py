"""A store with users who have passwords, for sign-in, the idle lock and signing: a lead
auditor, an auditor, a completed audit and a planned one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from sqms_desktop.demo.templates import ISO9001_EXTRACT
from sqms_desktop.services.audits import (
    AuditPlan,
    complete_audit,
    plan_audit,
    record_answer,
    start_audit,
)
from sqms_desktop.services.suppliers import SupplierInput, create_supplier
from sqms_desktop.services.templates import create_template, release_template
from sqms_desktop.services.users import create_user
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.models import Question
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.store import StepClock

LEAD_PW = "lead-auditor-pw"
AUDITOR_PW = "auditor-pw-123"
LEAD_NAME = "Lena <Lead> & Größ"


@dataclass(frozen=True)
class People:
    """Ids in the store `people_store` opens: a lead auditor, an auditor, two audits."""

    completed_id: str
    planned_id: str
    completed_reference: str


def build_people_store(path: Path) -> People:
    """Write the store to `path`; the ids of its audits are what a test looks for."""
    store = open_store(f"sqlite:///{path}")
    try:

        def uow() -> UnitOfWork:
            return UnitOfWork(store, WriteContext(user="ada", clock=StepClock()))

        with uow() as u:
            create_user(u, "ada", "Ada Admin", "admin")  # the store's first user, no password
            lena = create_user(u, "lena", LEAD_NAME, "lead_auditor", LEAD_PW)
            create_user(u, "omar", "Omar Şen", "auditor", AUDITOR_PW)
            supplier = create_supplier(u, SupplierInput(code="S1", name="Acme <Cast> & Co"))
            template = create_template(u, ISO9001_EXTRACT)
            release_template(u, template.id)
            u.commit()
        day = dt.date(2026, 3, 2)
        plan = AuditPlan(
            supplier_id=supplier.id,
            template_id=template.id,
            lead_auditor_id=lena.id,
            planned_start=day,
        )
        with uow() as u:
            audit = plan_audit(u, plan)
            start_audit(u, audit.id, day)
            for question in u.session.scalars(
                select(Question).where(Question.template_id == template.id)
            ):
                record_answer(u, audit.id, question.id, "3")
            complete_audit(u, audit.id, day, conclusions="Effective.", score=100.0, grade="A")
            u.commit()
            completed_id, reference = audit.id, audit.reference
        with uow() as u:
            planned = plan_audit(u, plan)
            u.commit()
        return People(completed_id, planned.id, reference)
    finally:
        store.close()
