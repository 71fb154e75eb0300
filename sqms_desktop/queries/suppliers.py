"""Suppliers as the Suppliers page and `sqms supplier` read them: the list with what needs
attention, codes and sites turned into ids, and KPI sums (one supplier's detail:
supplier_detail.py; its status history: supplier_history.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, SQLColumnExpression, and_, case, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Subquery
from sqlalchemy.sql.elements import ColumnElement

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
from sqms_desktop.queries.listing import (
    GRADES,
    by_word,
    contains,
    ids_of,
    in_order,
    rows_in_order,
    worded_as,
)
from sqms_desktop.store.models import Audit, Capa, Certificate, Finding, Site, Supplier
from sqms_desktop.vocab import AuditStatus, FindingClass, FindingStatus, RiskClass, SupplierStatus

CERTIFICATE_WARNING_DAYS = 90
# A SELECT of any columns (the ids, or whole rows).
AnySelect = Select[*tuple[Any, ...]]


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


class SupplierOrder(StrEnum):
    """What the suppliers are sorted by, a column of the Suppliers page each (by code at
    first)."""

    CODE = "code"
    NAME = "name"
    COUNTRY = "country"
    STATUS = "status"
    RISK = "risk"
    NEXT_AUDIT = "next_audit"
    OPEN_FINDINGS = "open_findings"
    OPEN_CAPAS = "open_capas"
    CERTIFICATES = "certificates"
    SITES = "sites"
    LAST_AUDIT = "last_audit"
    LAST_GRADE = "last_grade"
    ATTENTION = "attention"


class _Figures:
    """What the list counts per supplier, as subqueries keyed by `supplier_id`, each read only
    for the suppliers `ids` names (every supplier when None): a window of rows reads its own
    suppliers' figures, not every supplier's."""

    def __init__(self, day: dt.date, ids: Sequence[str] | None) -> None:
        self.day = day
        self.ids = ids

    def _only(self, column: Any) -> list[Any]:
        return [] if self.ids is None else [column.in_(self.ids)]

    def sites(self) -> Subquery:
        return (
            select(Site.supplier_id, func.count().label("n"))
            .where(*self._only(Site.supplier_id))
            .group_by(Site.supplier_id)
            .subquery()
        )

    def open_capas(self) -> Subquery:
        return (
            select(Capa.supplier_id, func.count().label("n"))
            .where(Capa.state.in_([s.value for s in OPEN_STATES]), *self._only(Capa.supplier_id))
            .group_by(Capa.supplier_id)
            .subquery()
        )

    def overdue_capas(self) -> Subquery:
        late = or_(
            *(
                and_(Capa.state == state.value, getattr(Capa, due) < self.day)
                for state, due in DUE_FIELD_BY_STATE.items()
            )
        )
        return (
            select(Capa.supplier_id, func.count().label("n"))
            .where(late, *self._only(Capa.supplier_id))
            .group_by(Capa.supplier_id)
            .subquery()
        )

    def certificates(self) -> Subquery:
        day, warn = self.day, self.day + dt.timedelta(days=CERTIFICATE_WARNING_DAYS)
        return (
            select(
                Certificate.supplier_id,
                func.sum(case((Certificate.valid_until < day, 1), else_=0)).label("expired"),
                func.sum(case((Certificate.valid_until.between(day, warn), 1), else_=0)).label(
                    "expiring"
                ),
            )
            .where(*self._only(Certificate.supplier_id))
            .group_by(Certificate.supplier_id)
            .subquery()
        )

    def open_findings(self) -> Subquery:
        return (
            select(Audit.supplier_id, func.count().label("n"))
            .select_from(Finding)
            .join(Audit, Audit.id == Finding.audit_id)
            .where(*OPEN_FINDING, *self._only(Audit.supplier_id))
            .group_by(Audit.supplier_id)
            .subquery()
        )

    def next_audit(self) -> Subquery:
        return (
            select(Audit.supplier_id, func.min(Audit.planned_start).label("next"))
            .where(Audit.status == AuditStatus.PLANNED.value, *self._only(Audit.supplier_id))
            .group_by(Audit.supplier_id)
            .subquery()
        )

    def last_audit(self) -> Subquery:
        """The audit that ended last: its end and grade, in the row where `rn` is 1."""
        return (
            select(
                Audit.supplier_id,
                Audit.actual_end,
                Audit.grade,
                func.row_number()
                .over(partition_by=Audit.supplier_id, order_by=Audit.actual_end.desc())
                .label("rn"),
            )
            .where(Audit.actual_end.is_not(None), *self._only(Audit.supplier_id))
            .subquery()
        )


def _joined(query: AnySelect, figure: Subquery) -> AnySelect:
    """`query` with one supplier's `figure` beside it (none for a supplier without any)."""
    on = figure.c.supplier_id == Supplier.id
    if "rn" in figure.c:
        on = on & (figure.c.rn == 1)
    return query.outerjoin(figure, on)


def _read_rows(session: Session, day: dt.date, ids: Sequence[str] | None) -> list[SupplierRow]:
    """The rows of the suppliers `ids` names (every supplier when None), by code."""
    figures = _Figures(day, ids)
    sites, capas, overdue = figures.sites(), figures.open_capas(), figures.overdue_capas()
    certificates, findings = figures.certificates(), figures.open_findings()
    planned, last = figures.next_audit(), figures.last_audit()
    query = select(
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
    ).select_from(Supplier)
    for figure in (sites, overdue, certificates, capas, last, findings, planned):
        query = _joined(query, figure)
    if ids is not None:
        query = query.where(Supplier.id.in_(ids))
    return [SupplierRow(*row) for row in session.execute(query.order_by(Supplier.code))]


def list_suppliers(
    session: Session, *, today: dt.date | None = None, supplier_id: str | None = None
) -> list[SupplierRow]:
    """Every supplier (or the one `supplier_id` names) with what needs attention as of `today`
    (default: the real today), by code."""
    return _read_rows(
        session, today or dt.date.today(), None if supplier_id is None else [supplier_id]
    )


def supplier_rows(session: Session, ids: Sequence[str], today: dt.date) -> list[SupplierRow]:
    """The suppliers `ids` names, in that order: a window of `supplier_ids`. An id no longer in
    the store is left out."""
    return rows_in_order(ids, lambda chunk: _read_rows(session, today, chunk))


def _urgency(heavy: Any, light: Any) -> ColumnElement[int | None]:
    """Most urgent first: one of the `heavy` (overdue, expired) outweighs any number of the
    `light` (expiring); a supplier with none of either last."""
    return func.nullif(-(heavy * 1000 + func.coalesce(light, 0)), 0)


def _per_supplier(query: AnySelect) -> Any:
    """`query`'s one value for each supplier listed."""
    return query.correlate(Supplier).scalar_subquery()


def _sort_key(
    order: SupplierOrder, figures: _Figures
) -> tuple[SQLColumnExpression[Any], list[Subquery]]:
    """What a column of the Suppliers page sorts by (what it shows: words by their wording,
    counts as numbers), and the figures it needs beside each supplier."""
    if order == SupplierOrder.CODE:
        return func.lower(Supplier.code), []
    if order == SupplierOrder.NAME:
        return func.lower(Supplier.name), []
    if order == SupplierOrder.COUNTRY:
        return func.nullif(func.lower(Supplier.country), ""), []
    if order == SupplierOrder.STATUS:  # "Approved, on hold" after "Approved"
        held = case((Supplier.new_business_hold.is_(True), 1), else_=0)
        return by_word(Supplier.status, SupplierStatus.values()) * 2 + held, []
    if order == SupplierOrder.RISK:
        return by_word(Supplier.risk_class, RiskClass.values()), []
    # A supplier's own audits, looked up in an index per supplier (ix_audit_supplier_*).
    own = Audit.supplier_id == Supplier.id
    if order == SupplierOrder.LAST_AUDIT:
        return _per_supplier(select(func.max(Audit.actual_end)).where(own)), []
    if order == SupplierOrder.LAST_GRADE:
        ended = Audit.actual_end.is_not(None)
        last = select(Audit.grade).where(own, ended).order_by(Audit.actual_end.desc()).limit(1)
        return by_word(_per_supplier(last), GRADES), []
    if order == SupplierOrder.NEXT_AUDIT:
        planned = Audit.status == AuditStatus.PLANNED.value
        return _per_supplier(select(func.min(Audit.planned_start)).where(own, planned)), []
    if order == SupplierOrder.CERTIFICATES:
        certificates = figures.certificates()
        expired = func.coalesce(certificates.c.expired, 0)
        return _urgency(expired, certificates.c.expiring), [certificates]
    if order == SupplierOrder.ATTENTION:
        certificates, overdue = figures.certificates(), figures.overdue_capas()
        late = func.coalesce(overdue.c.n, 0) + func.coalesce(certificates.c.expired, 0)
        key = _urgency(late, certificates.c.expiring)
        return key, [certificates, overdue]
    counted = {
        SupplierOrder.OPEN_FINDINGS: figures.open_findings,
        SupplierOrder.OPEN_CAPAS: figures.open_capas,
        SupplierOrder.SITES: figures.sites,
    }[order]()
    return func.coalesce(counted.c.n, 0), [counted]


def _text_matches(needle: str) -> ColumnElement[bool]:
    """The supplier shows `needle`: in its code, name, country or town, or in the words of its
    status or risk class."""
    return or_(
        *(
            contains(column, needle)
            for column in (Supplier.code, Supplier.name, Supplier.country, Supplier.city)
        ),
        worded_as(Supplier.status, SupplierStatus.values(), needle),
        worded_as(Supplier.risk_class, RiskClass.values(), needle),
    )


def supplier_ids(
    session: Session,
    *,
    text: str = "",
    order: SupplierOrder = SupplierOrder.CODE,
    descending: bool = False,
    today: dt.date | None = None,
) -> list[str]:
    """The ids of every supplier that shows `text`, in `order` as of `today` (by code at
    first); the code breaks ties. One SELECT, with only the figures the order needs."""
    key, figures = _sort_key(order, _Figures(today or dt.date.today(), None))
    query = select(Supplier.id).select_from(Supplier)
    for figure in figures:
        query = _joined(query, figure)
    if text.strip():
        query = query.where(_text_matches(text.strip()))
    return ids_of(session, query.order_by(*in_order(key, Supplier.code, descending=descending)))


def count_suppliers(session: Session) -> int:
    """Every supplier in the store, whatever the filter."""
    return int(session.scalar(select(func.count()).select_from(Supplier)) or 0)


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
