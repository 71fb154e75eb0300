"""A small store for the CAPA tests: a quality engineer, a lead
auditor, two suppliers and a completed audit with findings, all written through the services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqms_desktop.checklists.spec import QuestionSpec, SectionSpec, TemplateSpec
from sqms_desktop.services import audits, suppliers, templates, users
from sqms_desktop.services.capas import CapaInput, raise_capa
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.store import acting

D = dt.date(2026, 3, 2)
QE = "quinn"
LEAD_PASSWORD = "lena-password-1"  # the lead auditor signs the audit


@dataclass
class World:
    store: Store
    context: WriteContext
    lead: str = ""
    supplier: str = ""
    other_supplier: str = ""
    template: str = ""
    audit: str = ""
    findings: list[str] = field(default_factory=list)
    other_finding: str = ""

    def qe(self) -> UnitOfWork:
        return acting(self.store, QE, self.context)

    def lead_uow(self) -> UnitOfWork:
        return acting(self.store, "lena", self.context)

    def raise_capa(self, title: str = "Burrs on flange", **extra: object) -> str:
        with self.qe() as u:
            capa = raise_capa(
                u,
                CapaInput(
                    supplier_id=self.supplier,
                    title=title,
                    owner="Jana Novak",
                    **extra,  # type: ignore[arg-type]
                ),
            )
            u.commit()
            return capa.id


def build_world(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> World:
    world = World(store, context)
    with uow() as u:
        lead = users.create_user(u, "lena", "Lena Lead", "lead_auditor", LEAD_PASSWORD)
        users.create_user(u, QE, "Quinn Quality", "quality_engineer", "quinn-password-1")
        world.lead = lead.id
        world.supplier = suppliers.create_supplier(
            u, suppliers.SupplierInput(code="S1", name="Kowalczyk Sp. z o.o.")
        ).id
        world.other_supplier = suppliers.create_supplier(
            u, suppliers.SupplierInput(code="S2", name="Borealis Plastics AB")
        ).id
        template = templates.create_template(
            u,
            TemplateSpec(
                key="t1",
                title="Test checklist",
                scheme="weighted",
                sections=[SectionSpec("A", "A", [QuestionSpec("q1", "Gauges calibrated?")])],
            ),
        )
        templates.release_template(u, template.id)
        world.template = template.id
        u.commit()
    for supplier in (world.supplier, world.other_supplier):
        with uow() as u:
            audit = audits.plan_audit(
                u,
                audits.AuditPlan(
                    supplier_id=supplier,
                    template_id=world.template,
                    lead_auditor_id=world.lead,
                    planned_start=D,
                ),
            )
            audits.start_audit(u, audit.id, D)
            first = audits.raise_finding(
                u, audit.id, "major_nc", "Burrs on the flange", requirement="Drawing 4711"
            )
            second = audits.raise_finding(u, audit.id, "minor_nc", "Gauge not calibrated")
            audits.complete_audit(
                u,
                audit.id,
                D,
                conclusions="Needs CAPAs.",
                score=70.0,
                grade="C",
                incomplete_reason="The audit stopped at the first major findings",
            )
            u.commit()
        if supplier == world.supplier:
            world.audit = audit.id
            world.findings = [first.id, second.id]
        else:
            world.other_finding = first.id
    return world
