"""What the audits need before they start: users, the checklist library, suppliers with their
sites, contacts, certificates and two years of monthly delivery KPIs.

Users get signing keys derived from the seed, so signatures verify the same way in every build
of the demo. The templates go in through the same import a quality engineer uses. The first
suppliers take each approval status and certificate state in turn, so even a small demo shows
every warning the application can give; KPIs follow a per-supplier trend, so the list shows
good and troubled suppliers.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from sqms_desktop.checklists.conditions import parse_condition
from sqms_desktop.checklists.library import library_file
from sqms_desktop.checklists.xlsx_format import read_template
from sqms_desktop.demo.run import DemoQuestion, DemoRun, DemoSupplier, DemoTemplate
from sqms_desktop.demo.words import (
    CERTIFICATE_STANDARDS,
    COMMODITIES,
    COUNTRIES,
    DEMO_PASSWORDS,
    USERS,
)
from sqms_desktop.services import suppliers, templates, users
from sqms_desktop.store.models import Question
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import AuditType, RiskClass, SupplierStatus, UserRole

S = SupplierStatus
# The built-in library the demo audits with, and how often each is used.
LIBRARY_USE = (
    ("iso9001-supplier", AuditType.SYSTEM, 45),
    ("vda63-process", AuditType.PROCESS, 30),
    ("gmp-api-supplier", AuditType.QUALIFICATION, 13),
    ("as9100-supplement", AuditType.PRODUCT, 12),
)
# Risk classes and approval statuses, each with the weight a supplier draws it by (in this order:
# it feeds `random`); the first suppliers take the statuses in turn.
RISK_CLASSES = (RiskClass.HIGH, RiskClass.MEDIUM, RiskClass.LOW)
RISK_WEIGHTS = (2, 5, 3)
STATUSES = (S.APPROVED, S.CONDITIONAL, S.PROBATION, S.PROSPECT, S.DISQUALIFIED)
STATUS_WEIGHTS = (70, 12, 7, 8, 3)
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


def make_supplier(run: DemoRun, index: int) -> None:
    """A supplier qualified two years back, then its monthly KPI records."""
    rng = run.rng
    country = COUNTRIES[index % len(COUNTRIES)] if index < 14 else rng.choice(COUNTRIES)
    family = rng.choice(country.families)
    trade = rng.choice(country.trades)
    legal = rng.choice(country.legal_forms)
    name = " ".join(p for p in (family, trade, legal) if p)
    if country.code == "CN":
        name = f"{family}{trade}"
    code = f"SUP-{index + 1:04d}"
    risk = rng.choices(RISK_CLASSES, RISK_WEIGHTS)[0]
    status = rng.choices(STATUSES, STATUS_WEIGHTS)[0]
    if index < len(STATUSES):
        status = STATUSES[index]
    commodities = rng.sample(COMMODITIES, rng.randint(1, 3))
    created = run.at(run.today - dt.timedelta(days=790 - index % 30), 9)
    with run.uow(created, run.quality_engineer) as uow:
        supplier = suppliers.create_supplier(
            uow,
            suppliers.SupplierInput(
                code=code,
                name=name,
                country=country.code,
                risk_class=risk,
                status=S.PROSPECT,
                approval_scope=f"Supply of {commodities[0]} to series production",
                commodities=commodities,
            ),
        )
        if status != S.PROSPECT:
            suppliers.set_supplier_status(
                uow,
                supplier.id,
                status,
                reason="initial qualification decision",
                new_business_hold=status in (S.PROBATION, S.DISQUALIFIED),
            )
        site_ids = []
        for site_no in range(rng.choice((1, 1, 1, 2, 2, 3))):
            postal, city = rng.choice(country.cities)
            site = suppliers.add_site(
                uow,
                supplier.id,
                f"Plant {site_no + 1} {city}",
                street=f"{rng.choice(country.streets)} {rng.randint(1, 180)}",
                postal_code=postal,
                city=city,
                country=country.code,
            )
            site_ids.append(site.id)
        contact = rng.choice(country.people)
        suppliers.add_contact(
            uow,
            supplier.id,
            contact,
            role="Quality manager",
            email=f"quality@{code.lower()}.example",
            phone=f"+{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        )
        _make_certificates(run, uow, supplier.id, index)
        uow.commit()
    run.summary.suppliers += 1
    run.summary.sites += len(site_ids)
    run.suppliers.append(
        DemoSupplier(
            supplier.id,
            code,
            name,
            country,
            site_ids,
            contact,
            speed=rng.choice((0.7, 0.9, 1.0, 1.0, 1.2, 1.6, 2.5)),
        )
    )
    make_kpis(run, supplier.id)


def _make_certificates(run: DemoRun, uow: UnitOfWork, supplier_id: str, index: int) -> None:
    rng = run.rng
    count = rng.choice((1, 1, 2, 2, 3))
    for number in range(count):
        standard, issuers = CERTIFICATE_STANDARDS[
            0 if number == 0 else rng.randrange(len(CERTIFICATE_STANDARDS))
        ]
        # Some certificates run out soon (within 90 days) or have run out, to show warnings.
        remaining = rng.choice((-40, 25, 70, 200, 400, 500, 600, 800, 900, 1000, 1100))
        if index < 3 and number == 0:
            remaining = (25, -40, 70)[index]
        until = run.today + dt.timedelta(days=remaining)
        suppliers.add_certificate(
            uow,
            supplier_id,
            standard,
            f"{standard.replace(' ', '')}-{rng.randint(100000, 999999)}",
            issuer=rng.choice(issuers),
            valid_from=until - dt.timedelta(days=3 * 365),
            valid_until=until,
        )
        run.summary.certificates += 1


def make_kpis(run: DemoRun, supplier_id: str) -> None:
    """Monthly records up to last month: a base PPM, a trend, and noise on both."""
    rng = run.rng
    base_ppm = rng.choice((150, 400, 900, 2500, 6000))
    trend = rng.choice((-0.03, 0.0, 0.0, 0.02, 0.06))  # relative change in PPM per month
    on_time = rng.uniform(0.82, 0.99)
    today = run.today
    first = dt.date(today.year, today.month, 1)
    with run.uow(run.at(today - dt.timedelta(days=1), 18), run.quality_engineer) as uow:
        for back in range(KPI_MONTHS, 0, -1):
            month_index = first.month - 1 - back
            year = first.year + month_index // 12
            month = month_index % 12 + 1
            age = KPI_MONTHS - back
            deliveries = rng.randint(8, 60)
            received = deliveries * rng.randint(200, 2000)
            ppm = max(0.0, base_ppm * (1 + trend) ** age * rng.uniform(0.6, 1.4))
            rejected = min(received, round(received * ppm / 1_000_000))
            suppliers.record_kpi(
                uow,
                supplier_id,
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
                ),
            )
        uow.commit()
    run.summary.kpi_records += KPI_MONTHS
