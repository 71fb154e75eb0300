"""`sqms supplier list | show | history`: the supplier register, one supplier in detail and its
status history. Reads only (the writes are in supplier_writes.py and supplier_import.py)."""

from __future__ import annotations

import argparse
import datetime as dt

from sqms_desktop.cli.output import human, open_from_args, print_json, print_table
from sqms_desktop.queries.common import as_json
from sqms_desktop.queries.supplier_detail import SupplierDetail, supplier_detail
from sqms_desktop.queries.supplier_history import status_history
from sqms_desktop.queries.suppliers import list_suppliers, supplier_id_by_code
from sqms_desktop.vocab import CertificateWarning

WARNINGS = {
    CertificateWarning.EXPIRED: " EXPIRED",
    CertificateWarning.WITHIN_30_DAYS: " expires within 30 days",
    CertificateWarning.WITHIN_90_DAYS: " expires within 90 days",
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
                human(r.status) + (" (hold)" if r.new_business_hold else ""),
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
            "CODE",
            "NAME",
            "CTRY",
            "STATUS",
            "RISK",
            "NEXT AUDIT",
            "OPEN FINDINGS",
            "OPEN CAPAS",
            "CERTS EXPIRING/EXPIRED",
            "LAST AUDIT",
            "GRADE",
        ],
    )
    print(f"{len(rows)} supplier(s) in {store.describe()}")
    return 0


def show(args: argparse.Namespace) -> int:
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
    print(f"status: {human(s.status)}; risk class: {s.risk_class}")
    for label, value in (
        ("risk reason", detail.risk_reason),
        ("address", detail.address),
        ("DUNS", detail.duns),
        ("VAT id", detail.vat_id),
    ):
        if value:
            print(f"{label}: {value}")
    if s.new_business_hold:
        print("new business hold: yes")
    print(f"approval scope: {detail.approval_scope}")
    print(f"commodities: {', '.join(detail.commodities)}")
    print(f"next audit: {_date(s.next_audit) or 'none planned'}")
    print(f"open findings: {s.open_findings}; open CAPAs: {s.open_capas}")
    for site in detail.sites:
        print(f"site: {site.describe()}")
    for contact in detail.contacts:
        print(f"contact: {contact.describe()}")
    for cert in detail.certificates:
        scan = f", scan {cert.scan_name}" if cert.scan_name else ""
        issuer = f" ({cert.issuer})" if cert.issuer else ""
        print(
            f"certificate: {cert.standard} {cert.number}{issuer}, until {cert.valid_until}"
            f"{WARNINGS[cert.warning]}{scan}"
        )
    if detail.ppm_last_12 is not None:
        print(f"PPM (last 12 periods): {detail.ppm_last_12:.0f}")
    if detail.on_time_last_12 is not None:
        print(f"on-time delivery (last 12 periods): {detail.on_time_last_12:.1f} %")
    for audit in detail.audits:
        grade = f", grade {audit.grade}" if audit.grade else ""
        print(f"audit: {audit.reference} {audit.planned_start} {human(audit.status)}{grade}")
    for finding in detail.findings:
        print(
            f"finding: {finding.reference} {human(finding.finding_class)} {human(finding.status)}"
        )
    for capa in detail.open_capas:
        print(f"open CAPA: {capa.describe()}")
    for change in detail.status_history:
        print(f"status: {change.describe()}")


def history(args: argparse.Namespace) -> int:
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
                c.old_status or "(created)",
                c.new_status,
                c.reason,
            ]
            for c in changes
        ],
        ["WHEN", "WHO", "FROM", "TO", "REASON"],
    )
    return 0
