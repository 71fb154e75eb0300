"""Supplier scorecards as the Scorecards page, `sqms scorecard` and its workbook and PDF read
them (docs/design.md "Scorecards"): per supplier and month the figures, the four parts with
their weights and sentences, the score and band, the trend of the last six months, the cost of
poor quality and the proposals that stand; plus the breakdowns behind the audit and
responsiveness parts. (The deliveries behind the figures: queries/kpis `delivery_breakdown`.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from sqms_desktop.performance.forecast import PERIODS, Trend, trend
from sqms_desktop.performance.kpi import MonthFigures, periods_ending, require_period, shift_period
from sqms_desktop.performance.proposals import Proposal, SupplierFacts, proposals
from sqms_desktop.performance.responsiveness import (
    WINDOW_MONTHS,
    StageCheck,
    responsiveness,
    stage_counts,
)
from sqms_desktop.performance.scorecard import (
    AuditFacts,
    Bands,
    PartScore,
    QualityRule,
    Weights,
    audit_part,
    audit_value,
    combine,
    delivery_part,
    delivery_value,
    last_complete_period,
    period_bounds,
    quality_part,
    quality_value,
    responsiveness_part,
    responsiveness_value,
    score_and_band,
)
from sqms_desktop.queries.policy import policy_value
from sqms_desktop.queries.scorecard_facts import Facts, SupplierBasics, read_facts
from sqms_desktop.vocab import Band, PolicyKey, ScorecardPart


@dataclass(frozen=True)
class ScorecardSettings:
    weights: Weights
    bands: Bands
    quality: QualityRule


@dataclass(frozen=True)
class Targets:
    """What the month was measured against, and where each target came from."""

    ppm_target: int
    ppm_target_from: str  # "agreement" or "default"
    ppm_ceiling: int
    on_time_target_pct: float | None  # None: the on-time share itself is the part
    capa_response_days: int | None
    agreement: str | None  # the quality agreement's reference


@dataclass(frozen=True)
class HistoryPoint:
    period: str
    score: float | None
    band: Band | None


@dataclass(frozen=True)
class Scorecard:
    supplier_id: str
    code: str
    name: str
    status: str
    preferred: bool
    period: str
    deliveries: int
    on_time_pct: float | None
    ppm: float | None
    received_qty: int
    rejected_qty: int
    audit_score: float | None
    audit_reference: str | None
    audit_id: str | None
    stages_due: int
    stages_on_time: int
    mean_days_to_containment: float | None
    score: float | None
    band: Band | None
    explanation: str
    parts: tuple[PartScore, ...]
    targets: Targets
    poor_quality_cost: tuple[tuple[str, int], ...]  # (currency, cents), by currency
    history: tuple[HistoryPoint, ...]  # the last six months, oldest first, this one last
    trend: Trend | None
    forecast_flag: bool
    proposals: tuple[Proposal, ...]

    @property
    def id(self) -> str:
        """The supplier's id: a scorecard is the supplier's row in a list of them."""
        return self.supplier_id


def scorecard_settings(session: Session) -> ScorecardSettings:
    def value(key: PolicyKey) -> int:
        return policy_value(session, key)

    return ScorecardSettings(
        Weights(
            value(PolicyKey.WEIGHT_QUALITY),
            value(PolicyKey.WEIGHT_DELIVERY),
            value(PolicyKey.WEIGHT_AUDIT),
            value(PolicyKey.WEIGHT_RESPONSIVENESS),
        ),
        Bands(value(PolicyKey.BAND_A_FROM), value(PolicyKey.BAND_B_FROM)),
        QualityRule(value(PolicyKey.PPM_TARGET), value(PolicyKey.PPM_CEILING)),
    )


@dataclass(frozen=True)
class _Month:
    figures: MonthFigures
    audit: AuditFacts | None
    checks: tuple[StageCheck, ...]
    mean_containment: float | None
    targets: Targets
    parts: tuple[PartScore, ...]
    score: float | None
    band: Band | None
    explanation: str


def _month(facts: Facts, sid: str, period: str, settings: ScorecardSettings) -> _Month:
    figures = facts.figures.get((sid, period), MonthFigures(period))
    agreement = facts.agreement(sid, period)
    audit = facts.latest_audit(sid, period)
    last = period_bounds(period)[1]
    window = period_bounds(shift_period(period, -(WINDOW_MONTHS - 1)))[0]
    resp = responsiveness(facts.capas.get(sid, ()), window, last)
    agreed_ppm = agreement.ppm_target if agreement else None
    agreed_otd = agreement.on_time_target_pct if agreement else None
    parts = {
        ScorecardPart.QUALITY: quality_part(figures.ppm, settings.quality, agreed_ppm),
        ScorecardPart.DELIVERY: delivery_part(figures.on_time_pct, figures.deliveries, agreed_otd),
        ScorecardPart.AUDIT: audit_part(audit),
        ScorecardPart.RESPONSIVENESS: responsiveness_part(
            len(resp.checks), resp.on_time, resp.mean_days_to_containment, WINDOW_MONTHS
        ),
    }
    result = combine(parts, settings.weights, settings.bands)
    targets = Targets(
        ppm_target=settings.quality.target if agreed_ppm is None else agreed_ppm,
        ppm_target_from="default" if agreed_ppm is None else "agreement",
        ppm_ceiling=settings.quality.ceiling,
        on_time_target_pct=agreed_otd,
        capa_response_days=agreement.capa_response_days if agreement else None,
        agreement=agreement.reference if agreement else None,
    )
    return _Month(
        figures,
        audit,
        resp.checks,
        resp.mean_days_to_containment,
        targets,
        result.parts,
        result.score,
        result.band,
        result.explanation,
    )


def certificates_as_of(period: str, today: dt.date) -> dt.date:
    """The latest month's scorecard judges certificates as they are today, an older one as
    they were at the month's end."""
    if period >= last_complete_period(today):
        return today
    return period_bounds(period)[1]


def scorecards(
    session: Session,
    period: str,
    supplier_id: str | None = None,
    *,
    today: dt.date | None = None,
) -> list[Scorecard]:
    """Every supplier's scorecard for `period` (YYYY-MM), in code order; one supplier's with
    `supplier_id`."""
    period = require_period(period)
    day = today or dt.date.today()
    settings = scorecard_settings(session)
    periods = periods_ending(period, PERIODS)
    facts = read_facts(session, periods, supplier_id)
    return [
        _card(facts, s, periods, settings, certificates_as_of(period, day)) for s in facts.suppliers
    ]


def _earlier(facts: Facts, sid: str, period: str, settings: ScorecardSettings) -> HistoryPoint:
    """An earlier month's score and band: the same values as `_month`, without the words."""
    figures = facts.figures.get((sid, period))
    agreement = facts.agreement(sid, period)
    last = period_bounds(period)[1]
    window = period_bounds(shift_period(period, -(WINDOW_MONTHS - 1)))[0]
    due, on_time = stage_counts(facts.capas.get(sid, ()), window, last)
    values = (
        quality_value(
            figures.ppm if figures else None,
            settings.quality,
            agreement.ppm_target if agreement else None,
        ),
        delivery_value(
            figures.on_time_pct if figures else None,
            agreement.on_time_target_pct if agreement else None,
        ),
        audit_value(facts.latest_audit(sid, period)),
        responsiveness_value(due, on_time),
    )
    return HistoryPoint(period, *score_and_band(values, settings.weights, settings.bands))


def _card(
    facts: Facts,
    supplier: SupplierBasics,
    periods: list[str],
    settings: ScorecardSettings,
    as_of: dt.date,
) -> Scorecard:
    now = _month(facts, supplier.id, periods[-1], settings)
    history = (
        *(_earlier(facts, supplier.id, p, settings) for p in periods[:-1]),
        HistoryPoint(periods[-1], now.score, now.band),
    )
    line = trend([(h.period, h.score) for h in history], settings.bands)
    standing = proposals(
        [(h.period, h.band) for h in history],
        facts.certificates.get(supplier.id, ()),
        as_of,
        SupplierFacts(supplier.status, supplier.preferred, facts.open_majors.get(supplier.id, 0)),
        facts.decided.get(supplier.id, set()),
    )
    return Scorecard(
        supplier_id=supplier.id,
        code=supplier.code,
        name=supplier.name,
        status=supplier.status,
        preferred=supplier.preferred,
        period=periods[-1],
        deliveries=now.figures.deliveries,
        on_time_pct=now.figures.on_time_pct,
        ppm=now.figures.ppm,
        received_qty=now.figures.received_qty,
        rejected_qty=now.figures.rejected_qty,
        audit_score=now.audit.score if now.audit else None,
        audit_reference=now.audit.reference if now.audit else None,
        audit_id=now.audit.audit_id if now.audit else None,
        stages_due=len(now.checks),
        stages_on_time=sum(1 for c in now.checks if c.on_time),
        mean_days_to_containment=now.mean_containment,
        score=now.score,
        band=now.band,
        explanation=now.explanation,
        parts=now.parts,
        targets=now.targets,
        poor_quality_cost=tuple(sorted(facts.costs.get((supplier.id, periods[-1]), {}).items())),
        history=history,
        trend=line,
        forecast_flag=bool(line and line.flagged),
        proposals=tuple(standing),
    )


def audit_behind_score(session: Session, supplier_id: str, period: str) -> AuditFacts | None:
    """Which audit gave the audit part of the supplier's scorecard for `period`."""
    facts = read_facts(session, [require_period(period)], supplier_id)
    return facts.latest_audit(supplier_id, period)


def capa_stages(session: Session, supplier_id: str, period: str) -> list[StageCheck]:
    """The CAPA stages the responsiveness part of `period` counted, late ones first."""
    facts = read_facts(session, [require_period(period)], supplier_id)
    last = period_bounds(period)[1]
    window = period_bounds(shift_period(period, -(WINDOW_MONTHS - 1)))[0]
    checks = responsiveness(facts.capas.get(supplier_id, ()), window, last).checks
    return sorted(checks, key=lambda c: (c.on_time, c.due, c.reference))


def open_proposals(
    session: Session, *, today: dt.date | None = None, supplier_id: str | None = None
) -> list[tuple[Scorecard, Proposal]]:
    """The proposals standing now: from the last complete month's scorecards, certificates as
    of today."""
    day = today or dt.date.today()
    cards = scorecards(session, last_complete_period(day), supplier_id, today=day)
    return [(card, p) for card in cards for p in card.proposals]
