"""Reading supplier reviews, and the scorecard snapshot a review keeps from the day it is made.

The snapshot is one dict built in one place (`scorecard_snapshot`): the figures of the period
reviewed as they stood then, so a later correction of a delivery does not rewrite what was
discussed. It holds JSON values only (it is stored in the review's JSON column).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.capa.stages import OPEN_STATES
from sqms_desktop.queries.kpis import delivery_figures
from sqms_desktop.queries.poor_quality_costs import period_totals
from sqms_desktop.queries.scorecards import scorecards
from sqms_desktop.queries.signatures import SignatureCheck, verify_signatures
from sqms_desktop.store.models import Audit, Capa, ReviewAction, Supplier, SupplierReview
from sqms_desktop.vocab import AuditStatus

HELD = (AuditStatus.COMPLETED, AuditStatus.SIGNED, AuditStatus.REPORT_ISSUED, AuditStatus.CLOSED)
ENTITY = SupplierReview.__tablename__


def _rounded(value: float | None, places: int) -> float | None:
    return None if value is None else round(value, places)


def scorecard_snapshot(session: Session, supplier_id: str, period: str) -> dict[str, Any]:
    """The scorecard as it stands for `period`: its score and band (None without figures), the
    delivery figures (None: no deliveries), the latest audit with a score, the open CAPAs and
    the period's cost of poor quality."""
    figures = delivery_figures(session, [period], supplier_id=supplier_id).get(
        (supplier_id, period)
    )
    audit = session.execute(
        select(Audit.reference, Audit.score, Audit.grade, Audit.actual_end, Audit.planned_start)
        .where(
            Audit.supplier_id == supplier_id,
            Audit.status.in_([s.value for s in HELD]),
            Audit.score.is_not(None),
        )
        .order_by(Audit.actual_end.desc(), Audit.planned_start.desc())
        .limit(1)
    ).first()
    open_capas = session.scalars(
        select(Capa.reference)
        .where(Capa.supplier_id == supplier_id, Capa.state.in_(sorted(OPEN_STATES)))
        .order_by(Capa.reference)
    ).all()
    costs = period_totals(session, [period], supplier_id=supplier_id).get((supplier_id, period))
    card = next(iter(scorecards(session, period, supplier_id)), None)
    return {
        "period": period,
        "score": None if card is None or card.score is None else round(card.score, 1),
        "band": None if card is None or card.band is None else card.band.value,
        "deliveries": figures.deliveries if figures else 0,
        "on_time": figures.on_time if figures else 0,
        "on_time_pct": _rounded(figures.on_time_pct, 1) if figures else None,
        "received_qty": figures.received_qty if figures else 0,
        "rejected_qty": figures.rejected_qty if figures else 0,
        "ppm": _rounded(figures.ppm, 0) if figures else None,
        "complaints": figures.complaints if figures else 0,
        "audit": None
        if audit is None
        else {
            "reference": audit.reference,
            "score": audit.score,
            "grade": audit.grade,
            "date": (audit.actual_end or audit.planned_start).isoformat(),
        },
        "open_capas": list(open_capas),
        "poor_quality_cost_cents": dict(sorted((costs or {}).items())),
    }


@dataclass(frozen=True)
class ReviewActionRow:
    id: str
    description: str
    owner: str
    due: dt.date
    done_on: dt.date | None


@dataclass(frozen=True)
class ReviewRow:
    id: str
    supplier_id: str
    supplier_code: str
    supplier_name: str
    held_on: dt.date
    period: str
    attendees: list[str]
    topics: str
    minutes: str
    scorecard: dict[str, Any]
    status: str
    actions: list[ReviewActionRow] = field(default_factory=list)


def _actions(session: Session, review_ids: list[str]) -> dict[str, list[ReviewActionRow]]:
    found: dict[str, list[ReviewActionRow]] = {rid: [] for rid in review_ids}
    for action in session.scalars(
        select(ReviewAction)
        .where(ReviewAction.review_id.in_(review_ids))
        .order_by(ReviewAction.due, ReviewAction.id)
    ):
        found[action.review_id].append(
            ReviewActionRow(action.id, action.description, action.owner, action.due, action.done_on)
        )
    return found


def list_reviews(
    session: Session, supplier_id: str | None = None, *, review_id: str | None = None
) -> list[ReviewRow]:
    """Newest first, each with its agreed actions."""
    query = (
        select(SupplierReview, Supplier.code, Supplier.name)
        .join(Supplier, Supplier.id == SupplierReview.supplier_id)
        .order_by(SupplierReview.held_on.desc(), Supplier.code, SupplierReview.id)
    )
    if supplier_id is not None:
        query = query.where(SupplierReview.supplier_id == supplier_id)
    if review_id is not None:
        query = query.where(SupplierReview.id == review_id)
    rows = session.execute(query).all()
    actions = _actions(session, [review.id for review, _, _ in rows])
    return [
        ReviewRow(
            id=review.id,
            supplier_id=review.supplier_id,
            supplier_code=code,
            supplier_name=name,
            held_on=review.held_on,
            period=review.period,
            attendees=list(review.attendees),
            topics=review.topics,
            minutes=review.minutes,
            scorecard=dict(review.scorecard or {}),
            status=review.status,
            actions=actions[review.id],
        )
        for review, code, name in rows
    ]


def review(session: Session, review_id: str) -> ReviewRow | None:
    found = list_reviews(session, review_id=review_id)
    return found[0] if found else None


def review_signatures(session: Session, review_id: str) -> list[SignatureCheck]:
    return verify_signatures(session, ENTITY, review_id)
