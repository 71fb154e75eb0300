"""A small but varied store for the GUI tests, filled through the real services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from sqms_desktop.checklists.spec import QuestionSpec, SectionSpec, TemplateSpec
from sqms_desktop.services.audits import (
    AuditPlan,
    complete_audit,
    plan_audit,
    raise_finding,
    record_answer,
    start_audit,
)
from sqms_desktop.services.capas import CapaInput, issue_capa, raise_capa
from sqms_desktop.services.suppliers import (
    SupplierInput,
    add_certificate,
    add_contact,
    add_site,
    create_supplier,
)
from sqms_desktop.services.templates import create_template, release_template
from sqms_desktop.services.users import create_user
from sqms_desktop.store.models import Question
from sqms_desktop.store.uow import UnitOfWork
from tests.support.store import acting

TODAY = dt.date(2026, 3, 2)
TRICKY_NAME = "R&D <ok> & Söhne"
UowFactory = Callable[[], UnitOfWork]


@dataclass
class Sample:
    """Ids of the records a test may want to find again."""

    today: dt.date = TODAY
    tricky_name: str = TRICKY_NAME
    supplier_ids: dict[str, str] = field(default_factory=dict)  # by code
    audit_ids: dict[str, str] = field(default_factory=dict)  # by reference
    lead_name: str = ""


def _template(u: UnitOfWork) -> tuple[str, list[str]]:
    spec = TemplateSpec(
        key="iso9001-basic",
        title="ISO 9001 basics",
        scheme="yes_no",
        sections=[
            SectionSpec(
                "4",
                "Context",
                [
                    QuestionSpec("q1", "Is the scope documented?", type="yes_no", clause="4.3"),
                    QuestionSpec("q2", "Are risks assessed?", type="yes_no", clause="6.1"),
                ],
            )
        ],
    )
    template = create_template(u, spec)
    release_template(u, template.id)
    questions = list(
        u.session.scalars(
            select(Question.id)
            .where(Question.template_id == template.id)
            .order_by(Question.position)
        )
    )
    return template.id, questions


def build_sample(uow: UowFactory, *, suppliers: int = 6, audits: int = 12) -> Sample:
    """A small but varied store: a tricky name, expiring and expired certificates, an overdue
    CAPA, audits in several states with scores and finding counts that sort differently as
    numbers than as text (9.5 vs 85, 2 vs 10)."""
    sample = Sample()
    with uow() as u:
        lead = create_user(u, "lena.lead", "Lena Lead", "lead_auditor")
        create_user(u, "quinn.quality", "Quinn Quality", "quality_engineer")
        sample.lead_name = lead.full_name
        template_id, questions = _template(u)
        names = [TRICKY_NAME, "Acme Castings GmbH", "Borealis Plastics AB", "Cobalt Wire s.r.o."]
        for number in range(1, suppliers + 1):
            code = f"SUP-{number:03d}"
            name = names[number - 1] if number <= len(names) else f"Supplier {number} Ltd"
            supplier = create_supplier(
                u,
                SupplierInput(
                    code=code,
                    name=name,
                    country=("DE", "SE", "CZ", "US")[number % 4],
                    status=("approved", "conditional", "prospect")[number % 3],
                    risk_class=("high", "medium", "low")[number % 3],
                    approval_scope="Machined parts <50 mm & coatings",
                    commodities=["castings", "machining"],
                ),
            )
            sample.supplier_ids[code] = supplier.id
            add_site(u, supplier.id, "Plant 1", city="Bielefeld", country="DE")
            add_contact(u, supplier.id, "Jana Novak", role="QM", email="qm@example.com")
            add_certificate(
                u,
                supplier.id,
                "ISO 9001",
                f"C-{number}-A",
                issuer="TÜV",
                valid_from=dt.date(2024, 1, 1),
                valid_until=TODAY + dt.timedelta(days=30 if number == 1 else 400),
            )
            if number == 1:
                add_certificate(
                    u,
                    supplier.id,
                    "IATF 16949",
                    "C-1-B",
                    issuer="DEKRA",
                    valid_from=dt.date(2023, 1, 1),
                    valid_until=TODAY - dt.timedelta(days=10),
                )
        u.commit()

    codes = list(sample.supplier_ids)
    scores = [9.5, 85.0, 100.0, 72.25]
    completed = 0
    for number in range(audits):
        code = codes[number % len(codes)]
        start = dt.date(2025, 1, 6) + dt.timedelta(days=23 * number)
        with uow() as u:
            audit = plan_audit(
                u,
                AuditPlan(
                    supplier_id=sample.supplier_ids[code],
                    template_id=template_id,
                    lead_auditor_id=lead.id,
                    planned_start=start,
                    type=("system", "process", "follow_up")[number % 3],
                    objectives="Check <scope> & processes",
                    scope="Line 1",
                    criteria="ISO 9001:2015",
                ),
            )
            sample.audit_ids[audit.reference] = audit.id
            if number % 4 != 3:  # every fourth stays planned
                start_audit(u, audit.id, start)
                record_answer(u, audit.id, questions[0], "yes")
                findings = 10 if number == 0 else 2 if number == 1 else number % 3
                for f in range(findings):
                    raise_finding(u, audit.id, "minor_nc", f"Gap {f} in <records> & logs")
                if number % 4 in (0, 1):
                    score = scores[completed % len(scores)]
                    completed += 1
                    complete_audit(
                        u,
                        audit.id,
                        start + dt.timedelta(days=1),
                        conclusions="Fit for purpose",
                        incomplete_reason="Only the scope was checked on this visit",
                        score=score,
                        grade="A" if score >= 90 else "C",
                    )
            u.commit()

    first = uow()
    with acting(first.store, "quinn.quality", first.context) as u:  # CAPAs: a quality engineer
        overdue = raise_capa(
            u,
            CapaInput(
                supplier_id=sample.supplier_ids[codes[0]],
                title="Burrs on <flange> & seal face",
                owner="Jana Novak",
            ),
        )
        issue_capa(u, overdue.id, TODAY - dt.timedelta(days=20))
        on_time = raise_capa(
            u,
            CapaInput(
                supplier_id=sample.supplier_ids[codes[0]],
                title="Label mix-up",
                owner="Jana Novak",
            ),
        )
        issue_capa(u, on_time.id, TODAY)
        u.commit()
    return sample
