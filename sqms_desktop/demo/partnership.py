"""The partnership with some demo suppliers, written through the services once the audits and
CAPAs are in: quality agreements with targets, a few risks (one high, so that supplier's
effective risk class and audit frequency rise), development actions (one with the result its
next audit saw), costs of poor quality against demo CAPAs, and one signed supplier review.

It draws from a random stream of its own (seeded from the demo's seed), so the audits,
findings and CAPAs drawn before stay exactly as they were. It is quick: a few dozen records.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import NamedTuple

from sqlalchemy import select

from sqms_desktop.demo.run import DemoRun, DemoSupplier
from sqms_desktop.demo.words import DEMO_PASSWORDS
from sqms_desktop.performance.kpi import period_of, shift_period
from sqms_desktop.services.development import (
    DevelopmentChanges,
    DevelopmentInput,
    add_development_action,
    record_result,
    update_development_action,
)
from sqms_desktop.services.poor_quality_costs import CostInput, record_cost
from sqms_desktop.services.quality_agreements import AgreementInput, record_agreement
from sqms_desktop.services.supplier_reviews import (
    ReviewInput,
    add_review_action,
    create_review,
    sign_review,
)
from sqms_desktop.services.supplier_risks import RiskInput, add_risk, close_risk
from sqms_desktop.store.models import Capa, Supplier
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import (
    CapaState,
    CostCategory,
    DevelopmentKind,
    DevelopmentStatus,
    RiskCategory,
    RiskClass,
    SignatureMeaning,
)


class IssuedCapa(NamedTuple):
    id: str
    supplier_id: str
    issued_on: dt.date


AGREEMENTS = 5  # the first suppliers with a quality agreement
COST_CAPAS = 8  # CAPAs that caused costs of poor quality

K, S = DevelopmentKind, DevelopmentStatus
DEVELOPMENT = (  # kind, title, due in days from today, status
    (K.TRAINING, "SPC training for the press operators", -60, S.DONE),
    (K.QMS_TOOL, "Adopt an FMEA tool for new parts", 45, S.IN_PROGRESS),
    (K.PROCESS_IMPROVEMENT, "Poka-yoke at final assembly", 90, S.PLANNED),
)

COSTS = (
    (CostCategory.SORTING, ("180.00", "420.50", "960.00")),
    (CostCategory.REWORK, ("350.00", "1210.00")),
    (CostCategory.SCRAP, ("95.40", "2480.00")),
    (CostCategory.PREMIUM_FREIGHT, ("640.00", "1850.00")),
    (CostCategory.LINE_STOPPAGE, ("4500.00",)),
)


def make_partnership(run: DemoRun) -> None:
    """Partnership records for the first demo suppliers, by the quality engineer today."""
    if not run.suppliers:
        return
    rng = random.Random(run.options.seed * 31_337 + 17)
    engineer = run.quality_engineer
    moment = run.at(run.today, 11)
    with run.store.session() as session:
        classes = dict(session.execute(select(Supplier.id, Supplier.risk_class)).all())
        capas = [
            IssuedCapa(capa_id, supplier_id, issued_on)
            for capa_id, supplier_id, issued_on in session.execute(
                select(Capa.id, Capa.supplier_id, Capa.issued_on)
                .where(Capa.state != CapaState.DRAFT.value, Capa.issued_on.is_not(None))
                .order_by(Capa.reference)
            )
            if issued_on is not None
        ]
    chosen = run.suppliers[:AGREEMENTS]
    with run.uow(moment, engineer) as uow:
        for n, supplier in enumerate(chosen):
            start = run.today.replace(month=1, day=1) - dt.timedelta(days=365 * (n % 2))
            record_agreement(
                uow,
                supplier.id,
                AgreementInput(
                    reference=f"QA-{supplier.code}-{start.year}",
                    valid_from=start,
                    valid_until=start.replace(year=start.year + 3) - dt.timedelta(days=1),
                    ppm_target=rng.choice((50, 100, 250, 500)),
                    on_time_target_pct=rng.choice((95.0, 97.5, 98.0)),
                    capa_response_days=rng.choice((10, 14, 20)),
                    signed_on=start - dt.timedelta(days=rng.randint(5, 30)),
                ),
            )
        _risks(run, uow, chosen, classes, capas, rng)
        _development(run, uow, chosen)
        _costs(run, uow, capas, rng)
        uow.commit()
    _review(run, chosen[0], moment)


def _risks(
    run: DemoRun,
    uow: UnitOfWork,
    chosen: list[DemoSupplier],
    classes: dict[str, str],
    capas: list[IssuedCapa],
    rng: random.Random,
) -> None:
    """One high risk on a supplier whose own class is lower, so its class rises; a medium
    one elsewhere; a low one that was closed."""
    raised = next((s for s in chosen if classes.get(s.id) != RiskClass.HIGH), chosen[0])
    capa = next((c.id for c in capas if c.supplier_id == raised.id), None)
    add_risk(
        uow,
        raised.id,
        RiskInput(
            category=RiskCategory.SINGLE_SOURCE.value,
            description="Sole qualified source of the die-cast housing",
            likelihood=4,
            impact=4,
            mitigation="Qualify a second die caster; safety stock of four weeks",
            owner=run.full_names[run.quality_engineer],
            capa_id=capa,
        ),
    )
    others = [s for s in chosen if s.id != raised.id]
    if others:
        add_risk(
            uow,
            others[0].id,
            RiskInput(
                category=RiskCategory.CAPACITY.value,
                description="Press line at 95 % load after the new programme starts",
                likelihood=2,
                impact=4,
                mitigation="Monthly capacity check in the supplier review",
            ),
        )
    if len(others) > 1:
        closed = add_risk(
            uow,
            others[1].id,
            RiskInput(
                category=rng.choice((RiskCategory.GEOGRAPHY, RiskCategory.FINANCIAL)).value,
                description="Plant in a flood plain; no flood protection plan",
                likelihood=1,
                impact=3,
            ),
        )
        close_risk(uow, closed.id, reason="Flood protection plan reviewed on site")


def _development(run: DemoRun, uow: UnitOfWork, chosen: list[DemoSupplier]) -> None:
    held = {h.supplier.id: h for h in run.held}
    for n, (kind, title, due_in, status) in enumerate(DEVELOPMENT):
        supplier = chosen[n % len(chosen)]
        action = add_development_action(
            uow,
            supplier.id,
            DevelopmentInput(
                kind=kind.value,
                title=title,
                owner=supplier.contact,
                due=run.today + dt.timedelta(days=due_in),
                description="Agreed in the supplier development plan",
            ),
        )
        if status != DevelopmentStatus.PLANNED:
            update_development_action(uow, action.id, DevelopmentChanges(status=status.value))
        audit = held.get(supplier.id)
        if status == DevelopmentStatus.DONE and audit is not None:
            record_result(
                uow,
                action.id,
                audit.audit_id,
                "Control charts kept at every press; operators react to out-of-control points",
            )


def _costs(run: DemoRun, uow: UnitOfWork, capas: list[IssuedCapa], rng: random.Random) -> None:
    recent = [c for c in capas if c.issued_on >= run.today - dt.timedelta(days=365)]
    for capa in recent[-COST_CAPAS:]:
        category, amounts = rng.choice(COSTS)
        day = min(capa.issued_on + dt.timedelta(days=rng.randint(0, 20)), run.today)
        record_cost(
            uow,
            capa.supplier_id,
            CostInput(
                category=category.value,
                incurred_on=day,
                amount=rng.choice(amounts),
                currency="EUR",
                capa_id=capa.id,
                note="Charged back to the supplier",
            ),
        )


def _review(run: DemoRun, supplier: DemoSupplier, moment: dt.datetime) -> None:
    """The last quarterly review with the first supplier, its minutes signed."""
    engineer = run.quality_engineer
    held_on = run.today - dt.timedelta(days=10)
    with run.uow(moment, engineer) as uow:
        review = create_review(
            uow,
            supplier.id,
            ReviewInput(
                held_on=held_on,
                period=shift_period(period_of(held_on), -1),
                attendees=[run.full_names[engineer], supplier.contact],
                topics="Delivery performance; open CAPAs; the single-source risk; next audit",
                minutes=(
                    "The on-time delivery and PPM of the period were reviewed against the "
                    "quality agreement's targets.\n"
                    "The supplier presented the status of its open CAPAs; containment stays "
                    "in place until the corrective actions are verified.\n"
                    "A second source for the die-cast housing will be qualified this year."
                ),
            ),
        )
        add_review_action(
            uow, review.id, "Send the capacity plan for next year", supplier.contact,
            held_on + dt.timedelta(days=30),
        )  # fmt: skip
        add_review_action(
            uow, review.id, "Plan the qualification audit of the second source",
            run.full_names[engineer], held_on + dt.timedelta(days=60),
        )  # fmt: skip
        sign_review(uow, review.id, engineer, DEMO_PASSWORDS[engineer], SignatureMeaning.APPROVED)
        uow.commit()
