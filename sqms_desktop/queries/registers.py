"""The CAPA register's rows: every CAPA with the findings it answers, read in two set-wise
queries (no query per row), for the Excel registers of reports/registers.py. The findings
register has a module of its own (finding_register.py): the Findings page filters and pages it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.store.models import Capa, CapaFinding, Finding, Supplier


@dataclass(frozen=True)
class CapaEntry:
    reference: str
    supplier_code: str
    supplier_name: str
    title: str
    type: str
    is_scar: bool
    state: str
    owner: str
    safety_critical: bool
    issued_on: dt.date | None
    containment_due: dt.date | None
    root_cause_due: dt.date | None
    corrective_action_due: dt.date | None
    verification_due: dt.date | None
    closure_due: dt.date | None
    closed_on: dt.date | None
    findings: list[str]  # references of the findings it answers


def capas_register_entries(session: Session, supplier_id: str | None) -> list[CapaEntry]:
    query = (
        select(Capa, Supplier.code, Supplier.name)
        .join(Supplier, Supplier.id == Capa.supplier_id)
        .order_by(Capa.reference)
    )
    if supplier_id is not None:
        query = query.where(Capa.supplier_id == supplier_id)
    findings: dict[str, list[str]] = {}
    links = select(CapaFinding.capa_id, Finding.reference).join(
        Finding, Finding.id == CapaFinding.finding_id
    )
    for capa_id, reference in session.execute(links.order_by(Finding.reference)):
        findings.setdefault(capa_id, []).append(reference)
    return [
        CapaEntry(
            reference=c.reference,
            supplier_code=code,
            supplier_name=name,
            title=c.title,
            type=c.type,
            is_scar=c.is_scar,
            state=c.state,
            owner=c.owner,
            safety_critical=c.safety_critical,
            issued_on=c.issued_on,
            containment_due=c.containment_due,
            root_cause_due=c.root_cause_due,
            corrective_action_due=c.corrective_action_due,
            verification_due=c.verification_due,
            closure_due=c.closure_due,
            closed_on=c.closed_on,
            findings=findings.get(c.id, []),
        )
        for c, code, name in session.execute(query)
    ]
