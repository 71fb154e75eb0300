"""A small findings register, written through the services: two suppliers, three audits on
different dates, findings of several classes, one CAPA issued (and overdue on `TODAY`), one CAPA
still a draft, and one finding closed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from sqms_desktop.checklists.spec import QuestionSpec, SectionSpec, TemplateSpec
from sqms_desktop.services import audits, suppliers, templates, users
from sqms_desktop.services.capas import CapaInput, issue_capa, raise_capa
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Finding, Question
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import FindingStatus
from tests.support.store import acting

TODAY = dt.date(2026, 3, 2)
QE = "quinn"


@dataclass
class Register:
    """Ids by name: suppliers `S1`/`S2`; audits `A1` (S1, ended 12 January), `A2` (S2, planned
    5 February, in progress), `A3` (S1, planned 1 March); findings `A1-F1` (major, q1, the
    issued CAPA), `A1-F2` (minor), `A2-F1` (observation, q2), `A2-F2` (major, the draft CAPA),
    `A3-F1` (good practice, closed)."""

    store: Store
    supplier_ids: dict[str, str] = field(default_factory=dict)
    audit_ids: dict[str, str] = field(default_factory=dict)
    audit_refs: dict[str, str] = field(default_factory=dict)
    finding_ids: dict[str, str] = field(default_factory=dict)
    finding_refs: dict[str, str] = field(default_factory=dict)
    capa_ids: dict[str, str] = field(default_factory=dict)  # "issued", "draft"
    capa_refs: dict[str, str] = field(default_factory=dict)

    def names(self, ids: list[str]) -> list[str]:
        """The findings' names (`A1-F1`…) in the order of `ids`."""
        by_id = {v: k for k, v in self.finding_ids.items()}
        return [by_id[i] for i in ids]


def _template(u: UnitOfWork) -> tuple[str, dict[str, str]]:
    template = templates.create_template(
        u,
        TemplateSpec(
            key="reg",
            title="Register checklist",
            scheme="yes_no",
            sections=[
                SectionSpec(
                    "7",
                    "Support",
                    [
                        QuestionSpec("q1", "Are gauges calibrated?", type="yes_no", clause="7.1.5"),
                        QuestionSpec("q2", "Are layered audits trended?", type="yes_no"),
                    ],
                )
            ],
        ),
    )
    templates.release_template(u, template.id)
    query = select(Question.qid, Question.id).where(Question.template_id == template.id)
    questions: dict[str, str] = {row[0]: row[1] for row in u.session.execute(query)}
    return template.id, questions


def build_register(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> Register:
    register = Register(store)
    with uow() as u:
        lead = users.create_user(u, "lena", "Lena Lead", "lead_auditor")
        users.create_user(u, QE, "Quinn Quality", "quality_engineer")
        for code, name in (("S1", "Acme Castings GmbH"), ("S2", "Borealis Plastics AB")):
            register.supplier_ids[code] = suppliers.create_supplier(
                u, suppliers.SupplierInput(code=code, name=name)
            ).id
        template_id, questions = _template(u)
        u.commit()
    plans = (
        ("A1", "S1", dt.date(2026, 1, 10)),
        ("A2", "S2", dt.date(2026, 2, 5)),
        ("A3", "S1", dt.date(2026, 3, 1)),
    )
    raised = {
        "A1": [
            ("major_nc", "Gauge 17 out of calibration", "q1"),
            ("minor_nc", "Training record of one operator missing", None),
        ],
        "A2": [
            ("observation", "Layered audits are done but not trended", "q2"),
            ("major_nc", "Burrs above 0.2 mm on 100% of lot_42", None),
        ],
        "A3": [("good_practice", "Excellent 5S on the shop floor", None)],
    }
    for name, code, start in plans:
        with uow() as u:
            audit = audits.plan_audit(
                u,
                audits.AuditPlan(
                    supplier_id=register.supplier_ids[code],
                    template_id=template_id,
                    lead_auditor_id=lead.id,
                    planned_start=start,
                ),
            )
            audits.start_audit(u, audit.id, start)
            for number, (finding_class, statement, qid) in enumerate(raised[name], start=1):
                finding = audits.raise_finding(
                    u,
                    audit.id,
                    finding_class,
                    statement,
                    question_id=questions[qid] if qid else None,
                    requirement="7.1.5" if qid == "q1" else "",
                )
                register.finding_ids[f"{name}-F{number}"] = finding.id
                register.finding_refs[f"{name}-F{number}"] = finding.reference
            if name == "A1":
                audits.complete_audit(
                    u,
                    audit.id,
                    dt.date(2026, 1, 12),
                    conclusions="CAPAs needed",
                    score=60.0,
                    incomplete_reason="Calibration only, as agreed with the supplier",
                )
            register.audit_ids[name] = audit.id
            register.audit_refs[name] = audit.reference
            u.commit()
    with acting(store, QE, context) as u:
        for name, finding, supplier in (("issued", "A1-F1", "S1"), ("draft", "A2-F2", "S2")):
            capa = raise_capa(
                u,
                CapaInput(
                    supplier_id=register.supplier_ids[supplier],
                    title=f"CAPA on {finding}",
                    owner="Jana Novak",
                    finding_ids=[register.finding_ids[finding]],
                ),
            )
            register.capa_ids[name] = capa.id
            register.capa_refs[name] = capa.reference
        issue_capa(u, register.capa_ids["issued"], dt.date(2026, 1, 20))  # containment: 21 Jan
        u.commit()
    with uow() as u:
        # No service closes a finding yet; the store's own write path records the status.
        closed = u.session.get_one(Finding, register.finding_ids["A3-F1"])
        u.update(closed, {"status": FindingStatus.CLOSED.value})
        u.commit()
    return register
