"""A year of deliveries per demo supplier, exported as an ERP would and brought in through the
KPI import (services/kpi_import.py, the functions `sqms kpi import` calls) by the quality
engineer on the eve of the reference day.

Each supplier has a character, so the KPIs, the scorecards and the dashboard have something to
show: the approved supplier with the best audits delivers perfectly all year (a 'preferred'
proposal), the second best declines steadily over the last six months (a forecast to flag),
the worst audited has gone bad for the last three months and the running one (a 'probation'
proposal); the others are typical, often late, or prone to rejected lots. Prospects deliver
nothing yet, so "no deliveries" shows too. The characters are dealt when the file is written,
once the statuses and audits the timeline wrote before it are in the store; every draw comes
from a stream of the supplier's own, so nothing else in the demo is reshuffled by them.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqms_desktop.demo.run import DemoRun
from sqms_desktop.demo.timeline import Process
from sqms_desktop.performance.kpi import period_of, periods_ending
from sqms_desktop.queries.suppliers import SupplierRow, list_suppliers
from sqms_desktop.services.kpi_import import apply_kpi_import, preview_kpi_import
from sqms_desktop.services.kpi_rows import KPI_FIELDS
from sqms_desktop.vocab import SupplierStatus

MONTHS = 12
LOT_SIZES = tuple(range(200, 5001, 100))
FILE_NAME = "erp-deliveries.csv"


@dataclass(frozen=True)
class Character:
    """How a supplier delivers in a month: the share of late deliveries and of lots with
    rejected parts, and how much of such a lot is rejected (a fraction, low to high)."""

    late: float
    rejected_lots: float
    reject_rate: tuple[float, float] = (0.002, 0.01)


EXCELLENT = Character(0.0, 0.0)
TYPICAL = Character(0.08, 0.08)
OFTEN_LATE = Character(0.35, 0.08)
REJECTS = Character(0.1, 0.35, (0.01, 0.05))
BAD = Character(0.75, 0.75, (0.03, 0.09))  # at most half on time, whatever the count
DRAWN = ((TYPICAL, 5), (OFTEN_LATE, 2), (REJECTS, 2))  # the others, with their weights


def start_delivery_import(run: DemoRun, index: int) -> None:
    """Start the import on the timeline, once: the first supplier made (`index` 0) starts
    it, the others are in the store by the time it runs."""
    _draw_as_before(run.rng)
    if index == 0:
        run.timeline.start(_import(run))


def _draw_as_before(rng: random.Random) -> None:
    """Before the deliveries, each supplier drew 24 months of KPI totals from the run's main
    stream at this point. The same draws are made and dropped, so the audits, findings and
    CAPAs drawn after them (their references, named in tests, screenshots and notes) stay as
    they were for every seed."""
    rng.choice((0, 0, 0, 0, 0))
    rng.choice((0, 0, 0, 0, 0))
    rng.uniform(0.82, 0.99)
    for _month in range(24):
        rng.randint(8, 60)
        rng.randint(200, 2000)
        rng.uniform(0.6, 1.4)
        rng.gauss(0.9, 0.04)
        rng.random()
        rng.random()


def _import(run: DemoRun) -> Process:
    moment = run.at(run.today - dt.timedelta(days=1), 18)
    yield moment
    with run.store.session() as session:
        suppliers = list_suppliers(session, today=run.today)
    rows = delivery_rows(run.options.seed, run.today, suppliers)
    with tempfile.TemporaryDirectory(prefix="sqms-demo-erp-") as folder:
        path = Path(folder) / FILE_NAME
        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(KPI_FIELDS)
            writer.writerows(rows)
        with run.uow(moment, run.quality_engineer) as uow:
            plan = preview_kpi_import(uow, path)
            result = apply_kpi_import(uow, plan)
            uow.commit()
    run.summary.deliveries = result.created


def characters(seed: int, suppliers: list[SupplierRow]) -> dict[str, list[Character]]:
    """Per supplier code, its character in each of the twelve months (oldest first)."""
    approved = [s for s in suppliers if s.status == SupplierStatus.APPROVED]
    # The best audited first (grade A before B before C, then fewer open CAPAs), by code: the
    # best delivers perfectly, the second best declines, the worst has gone bad lately.
    ranked = [s.code for s in sorted(approved, key=lambda s: (s.last_grade or "Z", s.open_capas))]
    excellent = ranked[0] if ranked else None
    declining = ranked[1] if len(ranked) > 2 else None
    bad_lately = ranked[-1] if len(ranked) > 1 else None
    dealt: dict[str, list[Character]] = {}
    for supplier in suppliers:
        code = supplier.code
        if supplier.status == SupplierStatus.PROSPECT:
            continue  # nothing ordered yet: its months show "no deliveries"
        if code == excellent:
            dealt[code] = [EXCELLENT] * MONTHS
        elif code == bad_lately:
            dealt[code] = [TYPICAL] * (MONTHS - 4) + [BAD] * 4
        elif code == declining:
            dealt[code] = [Character(0.0, 0.03)] * 6 + [
                Character(0.1 * step, 0.12 * step, (0.004 * step, 0.01 * step))
                for step in range(1, 7)
            ]
        else:
            weights = [weight for _, weight in DRAWN]
            drawn = _stream(seed, f"character {code}").choices([c for c, _ in DRAWN], weights)[0]
            dealt[code] = [drawn] * MONTHS
    return dealt


def delivery_rows(seed: int, today: dt.date, suppliers: list[SupplierRow]) -> list[list[str]]:
    """The export: 3 to 5 deliveries a month per supplier over the twelve months up to
    `today`'s, received before `today`; the odd complaint and premium freight."""
    rows: list[list[str]] = []
    periods = periods_ending(period_of(today), MONTHS)
    for code, months in characters(seed, suppliers).items():
        rng = _stream(seed, code)
        for period, character in zip(periods, months, strict=True):
            for line in _month(rng, period, character):
                due, received, quantity, rejected = line
                if received >= today:
                    continue
                late_days = (received - due).days
                complaint = rejected > 0 and rng.random() < 0.3
                freight = late_days >= 3 and rng.random() < 0.5
                rows.append(
                    [
                        code,
                        f"DN{period[2:4]}{period[5:]}-{len(rows) + 1:05d}",
                        due.isoformat(),
                        received.isoformat(),
                        str(quantity),
                        str(rejected),
                        "1" if complaint else "0",
                        f"{rng.randint(85, 640)}.{rng.choice((0, 50, 90)):02d}" if freight else "",
                    ]
                )
    return rows


def _month(
    rng: random.Random, period: str, character: Character
) -> list[tuple[dt.date, dt.date, int, int]]:
    """One month's deliveries: (due, received, received quantity, rejected quantity). The
    number late and the number with rejected parts follow the character's shares, rounded
    at random, so even four deliveries a month show the character."""
    count = rng.randint(3, 5)
    first = dt.date(int(period[:4]), int(period[5:]), 1)
    # Due from the 4th to the 20th: received (2 days early to 8 late) in the same month.
    days = sorted(rng.sample(range(3, 20), count))
    late = set(rng.sample(range(count), _share(rng, count, character.late)))
    rejected = set(rng.sample(range(count), _share(rng, count, character.rejected_lots)))
    found = []
    for index, day in enumerate(days):
        due = first + dt.timedelta(days=day)
        offset = rng.randint(1, 8) if index in late else rng.choice((-2, -1, -1, 0, 0, 0))
        quantity = rng.choice(LOT_SIZES)
        bad = 0
        if index in rejected:
            bad = max(1, round(quantity * rng.uniform(*character.reject_rate)))
        found.append((due, due + dt.timedelta(days=offset), quantity, bad))
    return found


def _share(rng: random.Random, count: int, share: float) -> int:
    return min(count, max(0, int(count * share + rng.random())))


def _stream(seed: int, code: str) -> random.Random:
    return random.Random(f"sqms demo deliveries {seed} {code}")
