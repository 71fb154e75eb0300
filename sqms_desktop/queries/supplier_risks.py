"""Reading the risk register: a supplier's risks with their scores, and for every supplier the
class its open risks imply (the audit programme's input)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.performance.risk import OpenRisk, class_of_score, effective_risk_class
from sqms_desktop.store.models import Audit, Capa, Supplier, SupplierRisk
from sqms_desktop.vocab import RiskClass, RiskStatus


@dataclass(frozen=True)
class RiskRow:
    id: str
    supplier_id: str
    supplier_code: str
    category: str
    description: str
    likelihood: int
    impact: int
    score: int
    risk_class: str
    mitigation: str
    owner: str
    status: str
    audit_reference: str
    capa_reference: str
    audit_id: str | None
    capa_id: str | None


def list_risks(
    session: Session, supplier_id: str | None = None, *, open_only: bool = False
) -> list[RiskRow]:
    """Highest score first, open before closed."""
    query = (
        select(SupplierRisk, Supplier.code, Audit.reference, Capa.reference)
        .join(Supplier, Supplier.id == SupplierRisk.supplier_id)
        .outerjoin(Audit, Audit.id == SupplierRisk.audit_id)
        .outerjoin(Capa, Capa.id == SupplierRisk.capa_id)
    )
    if supplier_id is not None:
        query = query.where(SupplierRisk.supplier_id == supplier_id)
    if open_only:
        query = query.where(SupplierRisk.status == RiskStatus.OPEN.value)
    rows = [
        RiskRow(
            id=risk.id,
            supplier_id=risk.supplier_id,
            supplier_code=code,
            category=risk.category,
            description=risk.description,
            likelihood=risk.likelihood,
            impact=risk.impact,
            score=risk.likelihood * risk.impact,
            risk_class=class_of_score(risk.likelihood * risk.impact).value,
            mitigation=risk.mitigation,
            owner=risk.owner,
            status=risk.status,
            audit_reference=audit_ref or "",
            capa_reference=capa_ref or "",
            audit_id=risk.audit_id,
            capa_id=risk.capa_id,
        )
        for risk, code, audit_ref, capa_ref in session.execute(query)
    ]
    rows.sort(key=lambda r: (r.status != RiskStatus.OPEN, -r.score, r.supplier_code, r.id))
    return rows


def open_risk_classes(session: Session) -> dict[str, tuple[RiskClass, str]]:
    """Every supplier's effective risk class and why (performance/risk.effective_risk_class),
    read in one query; a supplier without open risks keeps its own class."""
    rows = session.execute(
        select(
            Supplier.id,
            Supplier.risk_class,
            SupplierRisk.category,
            SupplierRisk.description,
            SupplierRisk.likelihood,
            SupplierRisk.impact,
        )
        .outerjoin(
            SupplierRisk,
            (SupplierRisk.supplier_id == Supplier.id)
            & (SupplierRisk.status == RiskStatus.OPEN.value),
        )
        .order_by(Supplier.id, SupplierRisk.id)
    )
    own: dict[str, str] = {}
    risks: dict[str, list[OpenRisk]] = defaultdict(list)
    for supplier_id, risk_class, category, description, likelihood, impact in rows:
        own[supplier_id] = risk_class
        if category is not None:
            risks[supplier_id].append(OpenRisk(category, description, likelihood, impact))
    return {sid: effective_risk_class(cls, risks[sid]) for sid, cls in own.items()}
