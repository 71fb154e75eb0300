"""What the audits need before they start: users, the checklist library and two years of
monthly delivery KPIs per supplier (the suppliers themselves: supplier_master.py).

Users get signing keys derived from the seed, so signatures verify the same way in every build
of the demo. The templates go in through the same import a quality engineer uses. KPIs follow a
per-supplier trend, so the list shows good and troubled suppliers.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from sqms_desktop.checklists.conditions import parse_condition
from sqms_desktop.checklists.library import library_file
from sqms_desktop.checklists.xlsx_format import read_template
from sqms_desktop.demo.run import DemoQuestion, DemoRun, DemoTemplate
from sqms_desktop.demo.timeline import Process
from sqms_desktop.demo.words import (
    DEMO_PASSWORDS,
    USERS,
)
from sqms_desktop.services import suppliers, templates, users
from sqms_desktop.store.models import Question
from sqms_desktop.vocab import AuditType, UserRole

# The built-in library the demo audits with, and how often each is used.
LIBRARY_USE = (
    ("iso9001-supplier", AuditType.SYSTEM, 45),
    ("vda63-process", AuditType.PROCESS, 30),
    ("gmp-api-supplier", AuditType.QUALIFICATION, 13),
    ("as9100-supplement", AuditType.PRODUCT, 12),
)
KPI_MONTHS = 24  # months of delivery KPIs per supplier


def make_users(run: DemoRun) -> None:
    """The demo's people, each with the signing key the seed gives them."""
    with run.uow(run.clock.moment) as uow:
        for username, full_name, role in USERS:
            key = Ed25519PrivateKey.from_private_bytes(
                hashlib.sha256(f"{run.options.seed}:{username}".encode()).digest()
            )
            user = users.create_user(
                uow, username, full_name, role, DEMO_PASSWORDS[username], signing_key=key
            )
            run.users[username] = user.id
            if role == UserRole.LEAD_AUDITOR:
                run.leads.append(username)
            elif role == UserRole.AUDITOR:
                run.auditors.append(username)
        uow.commit()
    run.summary.users = len(USERS)


def make_templates(run: DemoRun) -> None:
    """Import and release the built-in checklist library, as a quality engineer would."""
    for key, audit_type, _share in LIBRARY_USE:
        spec = read_template(library_file(key))
        with run.uow(run.clock.moment, run.quality_engineer) as uow:
            outcome = templates.import_template(uow, spec)
            templates.release_template(uow, outcome.template_id)
            uow.commit()
        with run.store.session() as session:
            rows = session.scalars(
                select(Question)
                .where(Question.template_id == outcome.template_id)
                .order_by(Question.position)
            ).all()
            questions = [
                DemoQuestion(
                    q.id,
                    q.qid,
                    q.type,
                    q.clause,
                    tuple(q.options),
                    q.min_value,
                    q.max_value,
                    parse_condition(q.condition) if q.condition else None,
                    q.star,
                )
                for q in rows
            ]
        template = DemoTemplate(outcome.template_id, key, spec.scheme, audit_type, questions)
        run.templates.append(template)
    run.summary.templates = len(run.templates)


def make_kpis(run: DemoRun, supplier_id: str) -> Process:
    """Monthly records up to last month: a base PPM, a trend, and noise on both. Drawn now (so
    the suppliers after this one come out as before), written on the eve of the reference day."""
    rng = run.rng
    base_ppm = rng.choice((150, 400, 900, 2500, 6000))
    trend = rng.choice((-0.03, 0.0, 0.0, 0.02, 0.06))  # relative change in PPM per month
    on_time = rng.uniform(0.82, 0.99)
    today = run.today
    first = dt.date(today.year, today.month, 1)
    records = []
    for back in range(KPI_MONTHS, 0, -1):
        month_index = first.month - 1 - back
        year = first.year + month_index // 12
        month = month_index % 12 + 1
        age = KPI_MONTHS - back
        deliveries = rng.randint(8, 60)
        received = deliveries * rng.randint(200, 2000)
        ppm = max(0.0, base_ppm * (1 + trend) ** age * rng.uniform(0.6, 1.4))
        rejected = min(received, round(received * ppm / 1_000_000))
        records.append(
            suppliers.KpiInput(
                period=f"{year:04d}-{month:02d}",
                deliveries_total=deliveries,
                deliveries_on_time=min(
                    deliveries, round(deliveries * min(1.0, rng.gauss(on_time, 0.04)))
                ),
                quantity_received=received,
                quantity_rejected=rejected,
                complaints=1 if rng.random() < ppm / 20000 else 0,
                premium_freight=1 if rng.random() < (1 - on_time) else 0,
            )
        )
    return _write_kpis(run, supplier_id, records)


def _write_kpis(run: DemoRun, supplier_id: str, records: list[suppliers.KpiInput]) -> Process:
    written = run.at(run.today - dt.timedelta(days=1), 18)
    yield written
    with run.uow(written, run.quality_engineer) as uow:
        for record in records:
            suppliers.record_kpi(uow, supplier_id, record)
        uow.commit()
    run.summary.kpi_records += KPI_MONTHS
