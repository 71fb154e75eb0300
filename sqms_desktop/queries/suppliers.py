"""Suppliers as the Suppliers page and `sqms supplier` read them: the list with what needs
attention, codes and sites turned into ids, and KPI sums (one supplier's detail:
supplier_detail.py; its status history: supplier_history.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from sqms_desktop.capa.stages import DUE_FIELD_BY_STATE, OPEN_STATES
from sqms_desktop.errors import NotFoundError
from sqms_desktop.i18n import translate
from sqms_desktop.performance.kpi import (
    MonthFigures,
    on_time_pct,
    period_of,
    periods_ending,
    ppm,
)
from sqms_desktop.queries.kpis import delivery_figures
from sqms_desktop.store.models import Audit, Capa, Certificate, Finding, Site, Supplier
from sqms_desktop.vocab import AuditStatus, FindingClass, FindingStatus

CERTIFICATE_WARNING_DAYS = 90


@dataclass(frozen=True)
class SupplierRow:
    id: str
    code: str
    name: str
    country: str
    status: str
    risk_class: str
    new_business_hold: bool
    sites: int
    open_capas: int
    last_audit: dt.date | None
    last_grade: str | None
    overdue_capas: int
    certificates_expired: int
    certificates_expiring: int  # within CERTIFICATE_WARNING_DAYS
    city: str
    next_audit: dt.date | None  # planned start of the earliest audit still planned
    open_findings: int  # not closed, good practice left out, cancelled audits left out


# A finding that still asks for something: not closed, and not a good practice (nothing to do).
OPEN_FINDING = (
    Finding.status != FindingStatus.CLOSED.value,
    Finding.finding_class != FindingClass.GOOD_PRACTICE.value,
    Audit.status != AuditStatus.CANCELLED.value,
)


def list_suppliers(
    session: Session, *, today: dt.date | None = None, supplier_id: str | None = None
) -> list[SupplierRow]:
    """Every supplier with what needs attention as of `today` (default: the real today)."""
    day = today or dt.date.today()

    def only(column: Any) -> list[Any]:
        """For one supplier's row, read only its rows (the detail pane asks on every click)."""
        return [] if supplier_id is None else [column == supplier_id]

    sites = (
        select(Site.supplier_id, func.count().label("n"))
        .where(*only(Site.supplier_id))
        .group_by(Site.supplier_id)
        .subquery()
    )
    capas = (
        select(Capa.supplier_id, func.count().label("n"))
        .where(Capa.state.in_([s.value for s in OPEN_STATES]), *only(Capa.supplier_id))
        .group_by(Capa.supplier_id)
        .subquery()
    )
    late = or_(
        *(
            and_(Capa.state == state.value, getattr(Capa, due) < day)
            for state, due in DUE_FIELD_BY_STATE.items()
        )
    )
    overdue = (
        select(Capa.supplier_id, func.count().label("n"))
        .where(late, *only(Capa.supplier_id))
        .group_by(Capa.supplier_id)
        .subquery()
    )
    warn = day + dt.timedelta(days=CERTIFICATE_WARNING_DAYS)
    certificates = (
        select(
            Certificate.supplier_id,
            func.sum(case((Certificate.valid_until < day, 1), else_=0)).label("expired"),
            func.sum(case((Certificate.valid_until.between(day, warn), 1), else_=0)).label(
                "expiring"
            ),
        )
        .where(*only(Certificate.supplier_id))
        .group_by(Certificate.supplier_id)
        .subquery()
    )
    findings = (
        select(Audit.supplier_id, func.count().label("n"))
        .select_from(Finding)
        .join(Audit, Audit.id == Finding.audit_id)
        .where(*OPEN_FINDING, *only(Audit.supplier_id))
        .group_by(Audit.supplier_id)
        .subquery()
    )
    planned = (
        select(Audit.supplier_id, func.min(Audit.planned_start).label("next"))
        .where(Audit.status == AuditStatus.PLANNED.value, *only(Audit.supplier_id))
        .group_by(Audit.supplier_id)
        .subquery()
    )
    done = Audit.actual_end.is_not(None)
    last = (
        select(
            Audit.supplier_id,
            Audit.actual_end,
            Audit.grade,
            func.row_number()
            .over(partition_by=Audit.supplier_id, order_by=Audit.actual_end.desc())
            .label("rn"),
        )
        .where(done, *only(Audit.supplier_id))
        .subquery()
    )
    query = (
        select(
            Supplier.id,
            Supplier.code,
            Supplier.name,
            Supplier.country,
            Supplier.status,
            Supplier.risk_class,
            Supplier.new_business_hold,
            func.coalesce(sites.c.n, 0),
            func.coalesce(capas.c.n, 0),
            last.c.actual_end,
            last.c.grade,
            func.coalesce(overdue.c.n, 0),
            func.coalesce(certificates.c.expired, 0),
            func.coalesce(certificates.c.expiring, 0),
            func.coalesce(Supplier.city, ""),
            planned.c.next,
            func.coalesce(findings.c.n, 0),
        )
        .outerjoin(sites, sites.c.supplier_id == Supplier.id)
        .outerjoin(overdue, overdue.c.supplier_id == Supplier.id)
        .outerjoin(certificates, certificates.c.supplier_id == Supplier.id)
        .outerjoin(capas, capas.c.supplier_id == Supplier.id)
        .outerjoin(last, (last.c.supplier_id == Supplier.id) & (last.c.rn == 1))
        .outerjoin(findings, findings.c.supplier_id == Supplier.id)
        .outerjoin(planned, planned.c.supplier_id == Supplier.id)
        .order_by(Supplier.code)
    )
    if supplier_id is not None:
        query = query.where(Supplier.id == supplier_id)
    return [SupplierRow(*row) for row in session.execute(query)]


def supplier_id_by_code(session: Session, code: str) -> str:
    found = session.scalar(select(Supplier.id).where(Supplier.code == code))
    if found is None:
        raise NotFoundError(translate("suppliers", "no supplier {code}").format(code=code))
    return found


def supplier_names(session: Session) -> list[tuple[str, str]]:
    """(code, name) of every supplier by code, for a filter's choice of supplier."""
    return [
        (code, name)
        for code, name in session.execute(
            select(Supplier.code, Supplier.name).order_by(Supplier.code)
        )
    ]


def site_id_by_name(session: Session, supplier_id: str, name: str) -> str:
    """The supplier's site called `name` or lying in the town `name` (any case)."""
    sites = session.scalars(select(Site).where(Site.supplier_id == supplier_id)).all()
    for site in sites:
        if name.casefold() in (site.name.casefold(), site.city.casefold()):
            return site.id
    known = ", ".join(s.name for s in sites) or "none"
    raise NotFoundError(
        translate("suppliers", "the supplier has no site {name!r} (its sites: {known})").format(
            name=name, known=known
        )
    )


@dataclass(frozen=True)
class KpiFigures:
    """A supplier's deliveries summed over the last periods up to the current month."""

    periods: int  # the months among them with deliveries
    deliveries: int
    on_time: int
    received: int
    rejected: int

    @property
    def ppm(self) -> float | None:
        """Rejected per million received; none without deliveries (never 0)."""
        return ppm(self.rejected, self.received)

    @property
    def on_time_pct(self) -> float | None:
        return on_time_pct(self.on_time, self.deliveries)


def latest_kpi_figures(
    session: Session, supplier_id: str | None, periods: int, today: dt.date
) -> dict[str, KpiFigures]:
    """Per supplier with deliveries, the sums over the `periods` months up to and including
    `today`'s (computed from the deliveries, queries/kpis.py); a supplier without any in
    those months is absent."""
    months = periods_ending(period_of(today), periods)
    sums: dict[str, list[MonthFigures]] = {}
    for (supplier, _period), figures in delivery_figures(
        session, months, supplier_id=supplier_id
    ).items():
        sums.setdefault(supplier, []).append(figures)
    return {
        supplier: KpiFigures(
            periods=len(found),
            deliveries=sum(f.deliveries for f in found),
            on_time=sum(f.on_time for f in found),
            received=sum(f.received_qty for f in found),
            rejected=sum(f.rejected_qty for f in found),
        )
        for supplier, found in sums.items()
    }
