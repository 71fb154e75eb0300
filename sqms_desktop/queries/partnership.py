"""One supplier's partnership records in one read, for the supplier view: the risk register
with the class it implies, the quality agreements (and the one in force), the development
plan, the costs of poor quality and the supplier reviews."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from sqms_desktop.performance.risk import OpenRisk, effective_risk_class
from sqms_desktop.queries.development import DevelopmentRow, list_development
from sqms_desktop.queries.poor_quality_costs import CostRow, list_costs
from sqms_desktop.queries.quality_agreements import AgreementRow, list_agreements
from sqms_desktop.queries.supplier_reviews import ReviewRow, list_reviews
from sqms_desktop.queries.supplier_risks import RiskRow, list_risks
from sqms_desktop.store.models import Supplier
from sqms_desktop.vocab import RiskStatus


@dataclass(frozen=True)
class PartnershipDetail:
    supplier_id: str
    risks: list[RiskRow]
    risk_class: str  # the effective class (performance/risk.effective_risk_class)
    risk_reason: str
    agreements: list[AgreementRow]
    agreement_in_force: AgreementRow | None
    development: list[DevelopmentRow]
    costs: list[CostRow]
    reviews: list[ReviewRow]


def partnership_detail(session: Session, supplier_id: str, today: dt.date) -> PartnershipDetail:
    supplier = session.get_one(Supplier, supplier_id)
    risks = list_risks(session, supplier_id)
    cls, reason = effective_risk_class(
        supplier.risk_class,
        [
            OpenRisk(r.category, r.description, r.likelihood, r.impact)
            for r in risks
            if r.status == RiskStatus.OPEN
        ],
    )
    agreements = list_agreements(session, supplier_id)
    return PartnershipDetail(
        supplier_id=supplier_id,
        risks=risks,
        risk_class=cls.value,
        risk_reason=reason,
        agreements=agreements,
        agreement_in_force=next((a for a in agreements if a.in_force(today)), None),
        development=list_development(session, supplier_id),
        costs=list_costs(session, supplier_id),
        reviews=list_reviews(session, supplier_id),
    )
