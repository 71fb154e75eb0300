"""A store for the scorecard tests: suppliers with deliveries, audits, CAPAs, certificates,
agreements and costs written record by record, so each test sets exactly the figures it
computes by hand. Users: anna (admin, the `uow` fixture's), quinn (quality engineer) and
aldo (auditor), without passwords."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqms_desktop.performance.kpi import shift_period
from sqms_desktop.services.users import create_user
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import (
    Audit,
    Capa,
    CapaReview,
    Certificate,
    ChecklistTemplate,
    Delivery,
    Finding,
    PoorQualityCost,
    QualityAgreement,
    Supplier,
    User,
)
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import (
    AuditStatus,
    AuditType,
    CapaState,
    ReviewDecision,
    Scheme,
    SupplierStatus,
    TemplateStatus,
)
from tests.support.store import acting

PERIOD = "2026-11"
TODAY = dt.date(2026, 12, 3)  # the last complete month is PERIOD


def day(period: str, n: int) -> dt.date:
    return dt.date(int(period[:4]), int(period[5:7]), n)


@dataclass
class ScorecardWorld:
    store: Store
    context: WriteContext
    uow: Callable[[], UnitOfWork]
    template: str = ""
    lead: str = ""
    count: int = 0

    def as_user(self, username: str) -> UnitOfWork:
        return acting(self.store, username, self.context)

    def _n(self) -> int:
        self.count += 1
        return self.count

    def supplier(
        self, code: str, status: str = SupplierStatus.APPROVED, name: str = "", **extra: object
    ) -> str:
        with self.uow() as u:
            made = u.add(Supplier(code=code, name=name or f"{code} GmbH", status=status, **extra))
            u.commit()
            return made.id

    def deliveries(
        self,
        supplier: str,
        period: str,
        *,
        on_time: int,
        late: int = 0,
        received: int = 1000,
        rejected: int = 0,
    ) -> None:
        """`on_time + late` deliveries in `period`, the first one carrying every rejected part."""
        with self.uow() as u:
            for k in range(on_time + late):
                n = self._n()
                u.add(
                    Delivery(
                        supplier_id=supplier,
                        delivery_no=f"D{n:05d}",
                        due_date=day(period, 10),
                        received_date=day(period, 10 if k < on_time else 15),
                        period=period,
                        received_qty=received,
                        rejected_qty=rejected if k == 0 else 0,
                    )
                )
            u.commit()

    def monthly(self, supplier: str, pcts: Iterable[int], end: str = PERIOD) -> None:
        """One month per share (oldest first, ending with `end`): 50 deliveries, that share
        on time (in steps of 2 %), nothing received (so no PPM): the score is the share."""
        shares = list(pcts)
        for back, pct in enumerate(reversed(shares)):
            self.deliveries(
                supplier, shift_period(end, -back), on_time=pct // 2, late=50 - pct // 2, received=0
            )

    def audit(
        self,
        supplier: str,
        ended: dt.date,
        score: float,
        *,
        status: str = AuditStatus.COMPLETED,
        type: str = AuditType.PROCESS,
    ) -> str:
        with self.uow() as u:
            if not self.template:
                self.lead = u.session.query(User).filter_by(username=self.context.user).one().id
                self.template = u.add(
                    ChecklistTemplate(
                        key="sc",
                        version=1,
                        title="Scorecard test",
                        scheme=Scheme.WEIGHTED,
                        status=TemplateStatus.RELEASED,
                    )
                ).id
            made = u.add(
                Audit(
                    reference=f"AUD-{self._n():04d}",
                    supplier_id=supplier,
                    template_id=self.template,
                    type=type,
                    planned_start=ended,
                    planned_end=ended,
                    actual_start=ended,
                    actual_end=ended,
                    lead_auditor_id=self.lead,
                    status=status,
                    score=score,
                )
            )
            u.commit()
            return made.id

    def major_finding(self, audit: str, status: str = "open") -> None:
        with self.uow() as u:
            u.add(
                Finding(
                    audit_id=audit,
                    reference=f"F-{self._n():04d}",
                    finding_class="major_nc",
                    statement="Burrs",
                    status=status,
                )
            )
            u.commit()

    def capa(
        self,
        supplier: str,
        issued: dt.date,
        dues: dict[str, dt.date],
        accepted: dict[str, dt.date],
        state: str = CapaState.CONTAINMENT,
    ) -> str:
        """A CAPA with the due dates of `dues` (field name → date) and the acceptances."""
        with self.uow() as u:
            made = u.add(
                Capa(
                    reference=f"CAPA-{self._n():04d}",
                    supplier_id=supplier,
                    title="Burrs on flange",
                    owner="quinn",
                    state=state,
                    issued_on=issued,
                    **dues,
                )
            )
            for stage, on in accepted.items():
                u.add(
                    CapaReview(
                        capa_id=made.id,
                        stage=stage,
                        decision=ReviewDecision.ACCEPTED,
                        decided_on=on,
                        decided_by="quinn",
                    )
                )
            u.commit()
            return made.id

    def certificate(self, supplier: str, standard: str, until: dt.date, number: str = "") -> None:
        with self.uow() as u:
            u.add(
                Certificate(
                    supplier_id=supplier,
                    standard=standard,
                    number=number or f"C-{self._n()}",
                    valid_from=until.replace(year=until.year - 3),
                    valid_until=until,
                )
            )
            u.commit()

    def agreement(self, supplier: str, **targets: object) -> None:
        with self.uow() as u:
            u.add(
                QualityAgreement(
                    supplier_id=supplier,
                    reference=f"QA-{self._n()}",
                    valid_from=dt.date(2025, 1, 1),
                    valid_until=dt.date(2027, 12, 31),
                    **targets,
                )
            )
            u.commit()

    def cost(self, supplier: str, period: str, cents: int, currency: str = "EUR") -> None:
        with self.uow() as u:
            u.add(
                PoorQualityCost(
                    supplier_id=supplier,
                    category="sorting",
                    incurred_on=day(period, 5),
                    period=period,
                    amount_cents=cents,
                    currency=currency,
                )
            )
            u.commit()


def build_scorecard_world(
    store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]
) -> ScorecardWorld:
    with uow() as u:
        create_user(u, "quinn", "Quinn Quality", "quality_engineer")
        create_user(u, "aldo", "Aldo Auditor", "auditor")
        u.commit()
    return ScorecardWorld(store, context, uow)
