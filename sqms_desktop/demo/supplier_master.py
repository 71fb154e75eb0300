"""The demo's suppliers, written through the supplier services by the quality engineer: legal
name and address, DUNS and VAT id, risk class with its reason, sites with the processes made
there, contacts with their roles, certificates with their scans, and a status history.

The first suppliers take each approval status and certificate state in turn (expiring within 30
days, expired, expiring within 90 days), so even a small demo shows every warning the
application can give. What existed before the supplier master grew (name, country, risk,
status, sites, the quality manager, the certificates' dates) is drawn from the run's main
stream in its old order; the details added since come from a stream of their own
(`DemoRun.details`), so they do not reshuffle the audits.
"""

from __future__ import annotations

import datetime as dt

from sqms_desktop.demo.certificate_scans import CertificateFacts, certificate_scan_png
from sqms_desktop.demo.deliveries import start_delivery_import
from sqms_desktop.demo.run import DemoRun, DemoSupplier
from sqms_desktop.demo.timeline import Process
from sqms_desktop.demo.words import (
    APPROVAL_REASON,
    CERTIFICATE_STANDARDS,
    COMMODITIES,
    CONTACT_ROLES,
    COUNTRIES,
    PROCESSES,
    RISK_REASONS,
    STATUS_REASONS,
    Country,
)
from sqms_desktop.services import suppliers
from sqms_desktop.services.certificate_scans import CertificateScan
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import RiskClass, SupplierStatus

S = SupplierStatus
# Risk classes and approval statuses, each with the weight a supplier draws it by (in this order:
# it feeds `random`); the first suppliers take the statuses in turn.
RISK_CLASSES = (RiskClass.HIGH, RiskClass.MEDIUM, RiskClass.LOW)
RISK_WEIGHTS = (2, 5, 3)
STATUSES = (S.APPROVED, S.CONDITIONAL, S.PROBATION, S.PROSPECT, S.DISQUALIFIED)
STATUS_WEIGHTS = (70, 12, 7, 8, 3)


def make_supplier(run: DemoRun, index: int) -> None:
    """A supplier qualified two years back, its later status changes; the first one made
    starts the import of the year's deliveries (deliveries.py)."""
    rng, details = run.rng, run.details
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
    # Created within one month, in order, before the first audit was planned.
    spread = (index * 30) // max(run.options.suppliers, 1)
    created = run.at(run.today - dt.timedelta(days=820 - spread), 9)
    postal, city = details.choice(country.cities)
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
                street=f"{details.choice(country.streets)} {details.randint(1, 180)}",
                postal_code=postal,
                city=city,
                duns=f"{details.randint(10**8, 10**9 - 1)}",
                vat_id=_vat_id(country, details.randint(10**11, 10**12 - 1)),
                risk_reason=details.choice(RISK_REASONS[risk]),
            ),
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
                processes=_processes(run, commodities),
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
        _more_contacts(run, uow, supplier.id, code, contact, country)
        _make_certificates(run, uow, supplier.id, index, name, commodities)
        uow.commit()
    run.timeline.start(_status_history(run, supplier.id, status, created))
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
    start_delivery_import(run, index)


def _vat_id(country: Country, digits: int) -> str:
    """A VAT id of the country's form (none for countries without one: CN, US)."""
    number = f"{digits:012d}"
    forms = {
        "DE": f"DE{number[:9]}",
        "PL": f"PL{number[:10]}",
        "CZ": f"CZ{number[:8]}",
        "FR": f"FR{number[:11]}",
        "TR": f"TR{number[:10]}",
    }
    return forms.get(country.code, "")


def _processes(run: DemoRun, commodities: list[str]) -> list[str]:
    made = [p for commodity in commodities for p in PROCESSES[commodity]]
    return run.details.sample(made, min(len(made), run.details.randint(1, 3)))


def _more_contacts(
    run: DemoRun,
    uow: UnitOfWork,
    supplier_id: str,
    code: str,
    quality_manager: str,
    country: Country,
) -> None:
    """Besides the quality manager, one or two of the people a buyer deals with."""
    details = run.details
    others = [p for p in country.people if p != quality_manager]
    roles = details.sample(CONTACT_ROLES, details.randint(1, 2))
    for person, role in zip(details.sample(others, len(roles)), roles, strict=False):
        mailbox = role.split()[0].lower()
        suppliers.add_contact(
            uow,
            supplier_id,
            person,
            role=role,
            email=f"{mailbox}@{code.lower()}.example",
            phone=f"+{details.randint(10, 99)} {details.randint(100, 999)} "
            f"{details.randint(1000, 9999)}",
        )


def _make_certificates(
    run: DemoRun,
    uow: UnitOfWork,
    supplier_id: str,
    index: int,
    holder: str,
    commodities: list[str],
) -> None:
    rng = run.rng
    count = rng.choice((1, 1, 2, 2, 3))
    for number in range(count):
        standard, issuers = CERTIFICATE_STANDARDS[
            0 if number == 0 else rng.randrange(len(CERTIFICATE_STANDARDS))
        ]
        # Some certificates run out soon (within 30 or 90 days) or have run out, to show warnings.
        remaining = rng.choice((-40, 25, 70, 200, 400, 500, 600, 800, 900, 1000, 1100))
        if index < 3 and number == 0:
            remaining = (25, -40, 70)[index]
        until = run.today + dt.timedelta(days=remaining)
        certificate_number = f"{standard.replace(' ', '')}-{rng.randint(100000, 999999)}"
        issuer = rng.choice(issuers)
        valid_from = until - dt.timedelta(days=3 * 365)
        scope = f"Design and manufacture of {' and '.join(commodities)}"
        facts = CertificateFacts(
            holder,
            f"SUP-{index + 1:04d}",
            standard,
            certificate_number,
            issuer,
            scope,
            valid_from,
            until,
        )
        scan = CertificateScan(certificate_scan_png(facts), f"{certificate_number}.png")
        suppliers.add_certificate(
            uow,
            supplier_id,
            standard,
            certificate_number,
            issuer=issuer,
            valid_from=valid_from,
            valid_until=until,
            scope=scope,
            scan=scan,
            attachments=run.camera.folder,
        )
        run.summary.certificates += 1


def _status_history(run: DemoRun, supplier_id: str, status: str, created: dt.datetime) -> Process:
    """Approved after the qualification audit, some weeks after creation; those whose status
    is now worse were approved first and changed later, each step with its reason. The days
    are drawn now, in the supplier's turn; the changes wait for their day on the timeline."""
    approved = created
    if status != S.PROSPECT:
        approved = created + dt.timedelta(days=run.details.randint(40, 80), hours=5)
    changed = None
    if status not in (S.PROSPECT, S.APPROVED):
        changed = run.at(run.today - dt.timedelta(days=run.details.randint(60, 330)), 11)
    return _write_status_history(run, supplier_id, status, approved, changed)


def _write_status_history(
    run: DemoRun,
    supplier_id: str,
    status: str,
    approved: dt.datetime,
    changed: dt.datetime | None,
) -> Process:
    if status == S.PROSPECT:
        return
    yield approved
    with run.uow(approved, run.quality_engineer) as uow:
        suppliers.set_supplier_status(uow, supplier_id, S.APPROVED, reason=APPROVAL_REASON)
        uow.commit()
    if changed is None:
        return
    yield changed
    with run.uow(changed, run.quality_engineer) as uow:
        suppliers.set_supplier_status(
            uow,
            supplier_id,
            status,
            reason=STATUS_REASONS[SupplierStatus(status)],
            new_business_hold=status in (S.PROBATION, S.DISQUALIFIED),
        )
        uow.commit()
