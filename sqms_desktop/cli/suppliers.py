"""`sqms supplier list | show | history`: the supplier register, one supplier in detail and its
status history. Reads only (the writes are in supplier_writes.py and supplier_import.py)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from sqms_desktop.cli.output import human, open_from_args, print_json, print_table
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, plural, translate
from sqms_desktop.queries.common import as_json
from sqms_desktop.queries.suppliers import list_suppliers, supplier_id_by_code
from sqms_desktop.vocab import CertificateWarning

if TYPE_CHECKING:
    from sqms_desktop.queries.supplier_detail import SupplierDetail

WARNINGS = {
    CertificateWarning.EXPIRED: QT_TRANSLATE_NOOP("cli", " EXPIRED"),
    CertificateWarning.WITHIN_30_DAYS: QT_TRANSLATE_NOOP("cli", " expires within 30 days"),
    CertificateWarning.WITHIN_90_DAYS: QT_TRANSLATE_NOOP("cli", " expires within 90 days"),
    CertificateWarning.NONE: "",
}


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def list_(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        rows = list_suppliers(session)
    if args.json:
        print_json([as_json(r) for r in rows])
        return 0
    print_table(
        [
            [
                r.code,
                r.name,
                r.country,
                human(r.status) + (translate("cli", " (hold)") if r.new_business_hold else ""),
                r.risk_class,
                _date(r.next_audit),
                str(r.open_findings),
                str(r.open_capas),
                f"{r.certificates_expiring}/{r.certificates_expired}",
                _date(r.last_audit),
                r.last_grade or "",
            ]
            for r in rows
        ],
        [
            translate("cli", "CODE"),
            translate("cli", "NAME"),
            translate("cli", "CTRY"),
            translate("cli", "STATUS"),
            translate("cli", "RISK"),
            translate("cli", "NEXT AUDIT"),
            translate("cli", "OPEN FINDINGS"),
            translate("cli", "OPEN CAPAS"),
            translate("cli", "CERTS EXPIRING/EXPIRED"),
            translate("cli", "LAST AUDIT"),
            translate("cli", "GRADE"),
        ],
    )
    print(
        plural(
            len(rows),
            translate("cli", "{n} supplier in {store}"),
            translate("cli", "{n} suppliers in {store}"),
        ).format(n=len(rows), store=store.describe())
    )
    return 0


def show(args: argparse.Namespace) -> int:
    # Here, not above: the detail reads audits, checklists and CAPAs (~0.1 s of imports) that
    # `supplier list` does not need.
    from sqms_desktop.queries.supplier_detail import supplier_detail

    store = open_from_args(args)
    with store.session() as session:
        detail = supplier_detail(session, supplier_id_by_code(session, args.code), dt.date.today())
    if args.json:
        print_json(as_json(detail))
        return 0
    _print_detail(detail)
    return 0


def _print_detail(detail: SupplierDetail) -> None:
    s = detail.supplier
    print(f"{s.code}  {s.name}  ({s.country})")
    print(
        translate("cli", "status: {status}; risk class: {risk}").format(
            status=human(s.status), risk=s.risk_class
        )
    )
    for label, value in (
        (translate("cli", "risk reason"), detail.risk_reason),
        (translate("cli", "address"), detail.address),
        ("DUNS", detail.duns),
        (translate("cli", "VAT id"), detail.vat_id),
    ):
        if value:
            print(f"{label}: {value}")
    if s.new_business_hold:
        print(translate("cli", "new business hold: yes"))
    print(translate("cli", "approval scope: {scope}").format(scope=detail.approval_scope))
    print(translate("cli", "commodities: {list}").format(list=", ".join(detail.commodities)))
    print(
        translate("cli", "next audit: {day}").format(
            day=_date(s.next_audit) or translate("cli", "none planned")
        )
    )
    print(
        translate("cli", "open findings: {findings}; open CAPAs: {capas}").format(
            findings=s.open_findings, capas=s.open_capas
        )
    )
    for site in detail.sites:
        print(translate("cli", "site: {site}").format(site=site.describe()))
    for contact in detail.contacts:
        print(translate("cli", "contact: {contact}").format(contact=contact.describe()))
    for cert in detail.certificates:
        scan = (
            translate("cli", ", scan {file}").format(file=cert.scan_name) if cert.scan_name else ""
        )
        issuer = f" ({cert.issuer})" if cert.issuer else ""
        warning = translate("cli", WARNINGS[cert.warning]) if WARNINGS[cert.warning] else ""
        print(
            translate("cli", "certificate: {standard} {number}{issuer}, until {day}").format(
                standard=cert.standard, number=cert.number, issuer=issuer, day=cert.valid_until
            )
            + warning
            + scan
        )
    if detail.ppm_last_12 is not None:
        print(
            translate("cli", "PPM (last 12 periods): {ppm}").format(ppm=f"{detail.ppm_last_12:.0f}")
        )
    if detail.on_time_last_12 is not None:
        print(
            translate("cli", "on-time delivery (last 12 periods): {percent} %").format(
                percent=f"{detail.on_time_last_12:.1f}"
            )
        )
    for audit in detail.audits:
        grade = translate("cli", ", grade {grade}").format(grade=audit.grade) if audit.grade else ""
        print(
            translate("cli", "audit: {reference} {day} {status}").format(
                reference=audit.reference, day=audit.planned_start, status=human(audit.status)
            )
            + grade
        )
    for finding in detail.findings:
        print(
            translate("cli", "finding: {reference} {kind} {status}").format(
                reference=finding.reference,
                kind=human(finding.finding_class),
                status=human(finding.status),
            )
        )
    for capa in detail.open_capas:
        print(translate("cli", "open CAPA: {capa}").format(capa=capa.describe()))
    for change in detail.status_history:
        print(translate("cli", "status: {change}").format(change=change.describe()))


def history(args: argparse.Namespace) -> int:
    from sqms_desktop.queries.supplier_history import status_history

    store = open_from_args(args)
    with store.session() as session:
        changes = status_history(session, supplier_id_by_code(session, args.code))
    if args.json:
        print_json([{**as_json(c), "created": c.created} for c in changes])
        return 0
    print_table(
        [
            [
                c.local_time,
                c.user_name,
                c.old_status or translate("cli", "(created)"),
                c.new_status,
                c.reason,
            ]
            for c in changes
        ],
        [
            translate("cli", "WHEN"),
            translate("cli", "WHO"),
            translate("cli", "FROM"),
            translate("cli", "TO"),
            translate("cli", "REASON"),
        ],
    )
    return 0
