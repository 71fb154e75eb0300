"""The registers' rows: every finding and every CAPA with the records linked to it, read in a
few set-wise queries (no query per row), for the Excel registers of reports/registers.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.store.models import (
    Audit,
    Capa,
    CapaFinding,
    Finding,
    Question,
    Supplier,
)


@dataclass(frozen=True)
class FindingEntry:
    reference: str
    audit_reference: str
    audit_date: dt.date | None  # the audit's end, else its planned start
    supplier_code: str
    supplier_name: str
    finding_class: str
    status: str
    statement: str
    requirement: str
    objective_evidence: str
    qid: str  # "" for a finding not tied to a question
    capas: list[str]  # references of the CAPAs raised from it


def findings_register_entries(session: Session, supplier_id: str | None) -> list[FindingEntry]:
    query = (
        select(
            Finding,
            Audit.reference,
            Audit.actual_end,
            Audit.planned_start,
            Supplier.code,
            Supplier.name,
            Question.qid,
        )
        .join(Audit, Audit.id == Finding.audit_id)
        .join(Supplier, Supplier.id == Audit.supplier_id)
        .outerjoin(Question, Question.id == Finding.question_id)
        .order_by(Finding.reference)
    )
    if supplier_id is not None:
        query = query.where(Audit.supplier_id == supplier_id)
    capas: dict[str, list[str]] = {}
    links = select(CapaFinding.finding_id, Capa.reference).join(
        Capa, Capa.id == CapaFinding.capa_id
    )
    if supplier_id is not None:
        links = links.where(Capa.supplier_id == supplier_id)
    for finding_id, reference in session.execute(links.order_by(Capa.reference)):
        capas.setdefault(finding_id, []).append(reference)
    return [
        FindingEntry(
            reference=f.reference,
            audit_reference=ref,
            audit_date=end or start,
            supplier_code=code,
            supplier_name=name,
            finding_class=f.finding_class,
            status=f.status,
            statement=f.statement,
            requirement=f.requirement,
            objective_evidence=f.objective_evidence,
            qid=qid or "",
            capas=capas.get(f.id, []),
        )
        for f, ref, end, start, code, name, qid in session.execute(query)
    ]


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
