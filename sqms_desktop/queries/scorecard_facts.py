"""Everything the scorecards of a set of months rest on, read for all suppliers at once.

One SELECT per kind of fact (suppliers, delivery figures, audits, CAPAs and their acceptances,
agreements, certificates, open major findings, decisions, costs), grouped by supplier in
Python, so 2,000 suppliers take the same handful of queries as one (docs/design.md
"Scorecards").
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from sqms_desktop.capa.stages import STAGE_OF_DUE
from sqms_desktop.performance.kpi import MonthFigures, shift_period
from sqms_desktop.performance.proposals import CertificateFacts
from sqms_desktop.performance.responsiveness import WINDOW_MONTHS, CapaFacts
from sqms_desktop.performance.scorecard import AuditFacts, period_bounds
from sqms_desktop.queries.kpis import delivery_figures
from sqms_desktop.store.models import (
    Audit,
    Capa,
    CapaReview,
    Certificate,
    Finding,
    PoorQualityCost,
    QualityAgreement,
    Supplier,
    SupplierDecision,
)
from sqms_desktop.vocab import (
    AuditStatus,
    AuditType,
    CapaState,
    FindingClass,
    FindingStatus,
    ReviewDecision,
)

# An audit whose score stands: done, whatever happened to it since.
SCORED_STATUSES = (
    AuditStatus.COMPLETED,
    AuditStatus.SIGNED,
    AuditStatus.REPORT_ISSUED,
    AuditStatus.CLOSED,
)
MAJOR_CLASSES = (FindingClass.MAJOR_NC, FindingClass.CRITICAL)


@dataclass(frozen=True)
class SupplierBasics:
    id: str
    code: str
    name: str
    status: str
    preferred: bool


@dataclass(frozen=True)
class AgreementFacts:
    reference: str
    ppm_target: int | None
    on_time_target_pct: float | None
    capa_response_days: int | None
    valid_from: dt.date
    valid_until: dt.date


@dataclass
class Facts:
    suppliers: list[SupplierBasics]
    figures: dict[tuple[str, str], MonthFigures]
    audits: dict[str, list[AuditFacts]] = field(default_factory=dict)
    capas: dict[str, list[CapaFacts]] = field(default_factory=dict)
    agreements: dict[str, list[AgreementFacts]] = field(default_factory=dict)
    certificates: dict[str, list[CertificateFacts]] = field(default_factory=dict)
    open_majors: dict[str, int] = field(default_factory=dict)
    decided: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    costs: dict[tuple[str, str], dict[str, int]] = field(default_factory=dict)

    def agreement(self, supplier_id: str, period: str) -> AgreementFacts | None:
        """The agreement valid during the period (the latest to start, if several)."""
        first, last = period_bounds(period)
        valid = [
            a
            for a in self.agreements.get(supplier_id, ())
            if a.valid_from <= last and a.valid_until >= first
        ]
        return max(valid, key=lambda a: (a.valid_from, a.reference)) if valid else None

    def latest_audit(self, supplier_id: str, period: str) -> AuditFacts | None:
        """The latest scored audit that ended by the end of the period."""
        end = period_bounds(period)[1]
        done = [a for a in self.audits.get(supplier_id, ()) if a.on <= end]
        return done[-1] if done else None


def _only(column: Any, supplier_id: str | None) -> list[Any]:
    return [] if supplier_id is None else [column == supplier_id]


def read_facts(session: Session, periods: Sequence[str], supplier_id: str | None) -> Facts:
    """The facts for the scorecards of `periods` (oldest first) and the costs of the last."""
    end = period_bounds(periods[-1])[1]
    capa_start = period_bounds(shift_period(periods[0], -(WINDOW_MONTHS - 1)))[0]
    facts = Facts(
        suppliers=[
            SupplierBasics(r.id, r.code, r.name, r.status, bool(r.preferred))
            for r in session.execute(
                select(Supplier.id, Supplier.code, Supplier.name, Supplier.status)
                .add_columns(Supplier.preferred)
                .where(*_only(Supplier.id, supplier_id))
                .order_by(Supplier.code)
            )
        ],
        figures=delivery_figures(session, periods, supplier_id=supplier_id),
    )
    _read_audits(session, facts, end, supplier_id)
    _read_capas(session, facts, capa_start, supplier_id)
    _read_partnership(session, facts, periods, supplier_id)
    return facts


def _read_audits(session: Session, facts: Facts, end: dt.date, supplier_id: str | None) -> None:
    ended = func.coalesce(Audit.actual_end, Audit.planned_end)
    rows = session.execute(
        select(Audit.id, Audit.supplier_id, Audit.reference, ended.label("ended"), Audit.score)
        .where(
            Audit.score.is_not(None),
            Audit.status.in_(SCORED_STATUSES),
            Audit.type != AuditType.SELF_ASSESSMENT,
            ended <= end,
            *_only(Audit.supplier_id, supplier_id),
        )
        .order_by(ended, Audit.reference)
    )
    for r in rows:
        facts.audits.setdefault(r.supplier_id, []).append(
            AuditFacts(r.id, r.reference, r.ended, float(r.score))
        )


def _read_capas(session: Session, facts: Facts, start: dt.date, supplier_id: str | None) -> None:
    dues = [getattr(Capa, name) for name in STAGE_OF_DUE]
    wanted = (
        Capa.issued_on.is_not(None),
        or_(*(due >= start for due in dues)),
        *_only(Capa.supplier_id, supplier_id),
    )
    accepted: dict[str, list[tuple[str, dt.date]]] = defaultdict(list)
    for r in session.execute(
        select(CapaReview.capa_id, CapaReview.stage, CapaReview.decided_on)
        .join(Capa, Capa.id == CapaReview.capa_id)
        .where(CapaReview.decision == ReviewDecision.ACCEPTED, *wanted)
    ):
        accepted[r.capa_id].append((r.stage, r.decided_on))
    for capa in session.execute(
        select(Capa.id, Capa.supplier_id, Capa.reference, Capa.state, Capa.issued_on, *dues)
        .where(*wanted)
        .order_by(Capa.reference)
    ):
        stage_dues = {
            str(stage): getattr(capa, name)
            for name, stage in STAGE_OF_DUE.items()
            if getattr(capa, name) is not None
        }
        facts.capas.setdefault(capa.supplier_id, []).append(
            CapaFacts(
                capa.id,
                capa.reference,
                capa.issued_on,
                capa.state == CapaState.CANCELLED,
                stage_dues,
                tuple(accepted.get(capa.id, ())),
            )
        )


def _read_partnership(
    session: Session, facts: Facts, periods: Sequence[str], supplier_id: str | None
) -> None:
    for a in session.execute(
        select(
            QualityAgreement.supplier_id,
            QualityAgreement.reference,
            QualityAgreement.ppm_target,
            QualityAgreement.on_time_target_pct,
            QualityAgreement.capa_response_days,
            QualityAgreement.valid_from,
            QualityAgreement.valid_until,
        ).where(*_only(QualityAgreement.supplier_id, supplier_id))
    ):
        facts.agreements.setdefault(a.supplier_id, []).append(
            AgreementFacts(
                a.reference,
                a.ppm_target,
                a.on_time_target_pct,
                a.capa_response_days,
                a.valid_from,
                a.valid_until,
            )
        )
    for c in session.execute(
        select(
            Certificate.supplier_id,
            Certificate.standard,
            Certificate.number,
            Certificate.valid_from,
            Certificate.valid_until,
        ).where(*_only(Certificate.supplier_id, supplier_id))
    ):
        facts.certificates.setdefault(c.supplier_id, []).append(
            CertificateFacts(c.standard, c.number, c.valid_from, c.valid_until)
        )
    majors = (
        select(Audit.supplier_id, func.count(Finding.id))
        .join(Audit, Audit.id == Finding.audit_id)
        .where(
            Finding.finding_class.in_(MAJOR_CLASSES),
            Finding.status != FindingStatus.CLOSED,
            Audit.status != AuditStatus.CANCELLED,
            *_only(Audit.supplier_id, supplier_id),
        )
        .group_by(Audit.supplier_id)
    )
    facts.open_majors = {row[0]: row[1] for row in session.execute(majors)}
    for d in session.execute(
        select(SupplierDecision.supplier_id, SupplierDecision.kind, SupplierDecision.basis).where(
            *_only(SupplierDecision.supplier_id, supplier_id)
        )
    ):
        facts.decided.setdefault(d.supplier_id, set()).add((d.kind, d.basis))
    costs = (
        select(
            PoorQualityCost.supplier_id,
            PoorQualityCost.period,
            PoorQualityCost.currency,
            func.sum(PoorQualityCost.amount_cents),
        )
        .where(
            PoorQualityCost.period.in_(periods), *_only(PoorQualityCost.supplier_id, supplier_id)
        )
        .group_by(PoorQualityCost.supplier_id, PoorQualityCost.period, PoorQualityCost.currency)
    )
    for sid, period, currency, cents in session.execute(costs):
        facts.costs.setdefault((sid, period), {})[currency] = int(cents)
