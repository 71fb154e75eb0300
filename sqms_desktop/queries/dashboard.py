"""What the Dashboard page charts, and the records behind each bar and point.

Every figure comes with the records it counts (`DashboardItem`, tagged with the bucket of the
chart it belongs to), so a click on a bar lists exactly those records and nothing is counted
that cannot be shown. Read in one session: the scorecards' bands, the delivery figures of the
last twelve months, the overdue CAPAs, the audit programme and the certificates.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.i18n import translate
from sqms_desktop.performance.kpi import MonthFigures, period_of, periods_ending, shift_period
from sqms_desktop.performance.programme import add_months
from sqms_desktop.queries.capas import list_capas
from sqms_desktop.queries.kpis import delivery_figures
from sqms_desktop.queries.programme import programme
from sqms_desktop.queries.scorecards import scorecards
from sqms_desktop.store.models import Certificate, Supplier
from sqms_desktop.vocab import ProgrammeState, SupplierStatus, inline_word

TREND_MONTHS = 12
CERTIFICATE_MONTHS = 6
EXPIRED = "expired"


@dataclass(frozen=True)
class DashboardItem:
    """One record behind a chart: which chart and bar (`bucket`), and how to open it."""

    bucket: str  # e.g. "band:C", "trend:2026-10", "capas:<supplier id>", "due:2027-02"
    kind: str  # the record's kind: supplier, capa, certificate or programme
    record_id: str  # the record to open (for a certificate or programme row: its supplier)
    title: str
    supplier: str
    detail: str
    day: dt.date | None = None
    attention: bool = False  # listed when no chart element is chosen: act on it now

    @property
    def id(self) -> str:
        """Unique per row of the list: a record may stand behind several charts."""
        return f"{self.bucket}|{self.record_id}|{self.title}"


@dataclass(frozen=True)
class Dashboard:
    period: str  # the scorecard period of the band chart (the last complete month)
    bands: dict[str, int]  # band (or "none") → suppliers
    months: list[str]  # the trend's months, oldest first
    ppm: list[float | None]  # per month, all suppliers together; None: no deliveries
    on_time_pct: list[float | None]
    overdue_capas: list[tuple[str, str, int]]  # (supplier id, code, overdue CAPAs), most first
    audits_due: list[tuple[str, int, int, int]]  # (month, overdue, due, planned)
    certificates: list[tuple[str, int]]  # ("expired" or month, certificates)
    items: list[DashboardItem] = field(default_factory=list)

    def behind(self, bucket: str) -> list[DashboardItem]:
        """The records behind one bar or point; for "" those that need acting on now (band C,
        overdue CAPAs and audits, expired certificates)."""
        if not bucket:
            return [i for i in self.items if i.attention]
        return [i for i in self.items if i.bucket == bucket]


def scorecard_bands(
    session: Session, period: str, today: dt.date
) -> dict[str, tuple[str | None, float | None]]:
    """Each supplier's band and score for `period` (None: no score, for lack of figures)."""
    return {
        card.supplier_id: (None if card.band is None else card.band.value, card.score)
        for card in scorecards(session, period, today=today)
    }


def dashboard(session: Session, today: dt.date, *, programme_months: int = 6) -> Dashboard:
    period = shift_period(period_of(today), -1)
    items: list[DashboardItem] = []
    names = {
        sid: (code, name)
        for sid, code, name, status in session.execute(
            select(Supplier.id, Supplier.code, Supplier.name, Supplier.status)
        )
        if status != SupplierStatus.DISQUALIFIED
    }
    band_counts = _bands(scorecard_bands(session, period, today), period, names, items)
    months = periods_ending(period, TREND_MONTHS)
    ppm, on_time = _trend(session, months, names, items)
    capas = _overdue_capas(session, today, items)
    due = _audits_due(session, today, programme_months, items)
    certificates = _certificates(session, today, names, items)
    return Dashboard(period, band_counts, months, ppm, on_time, capas, due, certificates, items)


def _supplier_text(names: dict[str, tuple[str, str]], supplier_id: str) -> str:
    code, name = names.get(supplier_id, ("?", ""))
    return f"{code} · {name}"


def _bands(
    of_supplier: dict[str, tuple[str | None, float | None]],
    period: str,
    names: dict[str, tuple[str, str]],
    items: list[DashboardItem],
) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for sid in names:
        band, score = of_supplier.get(sid, (None, None))
        band = band or "none"
        counts[band] += 1
        shown = (
            translate("dashboard", "band {band}").format(band=band)
            if band != "none"
            else translate("dashboard", "no score (no figures)")
        )
        detail = (
            ""
            if score is None
            else translate("dashboard", "score {score:.1f} in {period}").format(
                score=score, period=period
            )
        )
        items.append(
            DashboardItem(
                f"band:{band}",
                "supplier",
                sid,
                shown,
                _supplier_text(names, sid),
                detail,
                attention=band == "C",
            )
        )
    return {band: counts[band] for band in ("A", "B", "C", "none") if counts[band]}


def _trend(
    session: Session,
    months: Sequence[str],
    names: dict[str, tuple[str, str]],
    items: list[DashboardItem],
) -> tuple[list[float | None], list[float | None]]:
    figures = delivery_figures(session, months)
    totals = {m: MonthFigures(m) for m in months}
    for (sid, month), f in figures.items():
        if sid not in names:
            continue
        totals[month] = totals[month] + f
        if f.rejected_qty or f.on_time < f.deliveries:  # the suppliers that made the month worse
            ppm = (
                translate("dashboard", "no PPM")
                if f.ppm is None
                else translate("dashboard", "{ppm:,.0f} PPM").format(ppm=f.ppm)
            )
            otd = (
                ""
                if f.on_time_pct is None
                else translate("dashboard", "{percent:.0f} % on time").format(percent=f.on_time_pct)
            )
            items.append(
                DashboardItem(
                    f"trend:{month}",
                    "supplier",
                    sid,
                    translate("dashboard", "{month}: {rejected:,} rejected, {late} late").format(
                        month=month, rejected=f.rejected_qty, late=f.deliveries - f.on_time
                    ),
                    _supplier_text(names, sid),
                    translate("dashboard", "{ppm}, {otd} of {deliveries} deliveries").format(
                        ppm=ppm, otd=otd, deliveries=f.deliveries
                    ),
                )
            )
    return [totals[m].ppm for m in months], [totals[m].on_time_pct for m in months]


def _overdue_capas(
    session: Session, today: dt.date, items: list[DashboardItem]
) -> list[tuple[str, str, int]]:
    counts: Counter[tuple[str, str]] = Counter()
    for capa in list_capas(session, today):
        if not capa.overdue:
            continue
        counts[(capa.supplier_id, capa.supplier_code)] += 1
        items.append(
            DashboardItem(
                f"capas:{capa.supplier_id}",
                "capa",
                capa.id,
                f"{capa.reference}: {capa.title}",
                f"{capa.supplier_code} · {capa.supplier_name}",
                translate("dashboard", "{stage} overdue").format(
                    stage=inline_word((capa.overdue_stage or "").removesuffix("_due"))
                ),
                capa.next_due,
                attention=True,
            )
        )
    return [(sid, code, n) for (sid, code), n in counts.most_common()]


def _audits_due(
    session: Session, today: dt.date, months: int, items: list[DashboardItem]
) -> list[tuple[str, int, int, int]]:
    by_month: dict[str, Counter[str]] = {}
    for row in programme(session, today, months):
        month = period_of(today) if row.state == ProgrammeState.OVERDUE else row.month
        by_month.setdefault(month, Counter())[row.state] += 1
        items.append(
            DashboardItem(
                f"due:{month}",
                "programme",
                row.supplier_id,
                f"{inline_word(row.state)}: {row.reason}",
                f"{row.code} · {row.name}",
                translate("dashboard", "due {due}").format(due=row.due.isoformat())
                + (
                    translate("dashboard", ", planned {reference}").format(
                        reference=row.planned_reference
                    )
                    if row.planned_reference
                    else ""
                ),
                row.due,
                attention=row.state == ProgrammeState.OVERDUE,
            )
        )
    return [
        (
            month,
            c[ProgrammeState.OVERDUE],
            c[ProgrammeState.DUE],
            c[ProgrammeState.PLANNED] + c[ProgrammeState.PLANNED_LATE],
        )
        for month, c in sorted(by_month.items())
    ]


def _certificates(
    session: Session,
    today: dt.date,
    names: dict[str, tuple[str, str]],
    items: list[DashboardItem],
) -> list[tuple[str, int]]:
    """Certificates expired (with no later one of the same standard) or expiring soon."""
    until = add_months(today, CERTIFICATE_MONTHS)
    rows = session.execute(
        select(
            Certificate.supplier_id,
            Certificate.standard,
            Certificate.number,
            Certificate.valid_until,
        )
    ).all()
    newest: dict[tuple[str, str], dt.date] = {}
    for sid, standard, _number, valid_until in rows:
        key = (sid, standard)
        newest[key] = max(newest.get(key, valid_until), valid_until)
    counts: Counter[str] = Counter()
    for sid, standard, number, valid_until in rows:
        if sid not in names or valid_until != newest[(sid, standard)] or valid_until > until:
            continue  # renewed already, or not due for renewal yet
        bucket = EXPIRED if valid_until < today else period_of(valid_until)
        counts[bucket] += 1
        items.append(
            DashboardItem(
                f"certificates:{bucket}",
                "certificate",
                sid,
                f"{standard} {number}",
                _supplier_text(names, sid),
                (
                    translate("dashboard", "expired {day}")
                    if valid_until < today
                    else translate("dashboard", "expires {day}")
                ).format(day=valid_until.isoformat()),
                valid_until,
                attention=valid_until < today,
            )
        )
    order = [EXPIRED, *periods_ending(period_of(until), CERTIFICATE_MONTHS + 1)]
    return [(bucket, counts[bucket]) for bucket in order if counts[bucket]]
