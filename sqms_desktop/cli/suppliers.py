"""`sqms supplier list | show`: the supplier register and one supplier in detail."""

from __future__ import annotations

import argparse
import datetime as dt

from sqms_desktop.cli.output import human, open_from_args, print_json, print_table
from sqms_desktop.queries.common import as_json
from sqms_desktop.queries.suppliers import list_suppliers, supplier_detail, supplier_id_by_code


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
                str(r.open_capas),
                r.last_audit.isoformat() if r.last_audit else "",
                r.last_grade or "",
            ]
            for r in rows
        ],
        ["CODE", "NAME", "CTRY", "STATUS", "RISK", "OPEN CAPAS", "LAST AUDIT", "GRADE"],
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
    s = detail.supplier
    print(f"{s.code}  {s.name}  ({s.country})")
    print(f"status: {human(s.status)}; risk class: {s.risk_class}")
    if s.new_business_hold:
        print("new business hold: yes")
    print(f"approval scope: {detail.approval_scope}")
    print(f"commodities: {', '.join(detail.commodities)}")
    for site in detail.sites:
        print(f"site: {site}")
    for contact in detail.contacts:
        print(f"contact: {contact}")
    for cert in detail.certificates:
        flag = " EXPIRED" if cert.expired else (" expiring soon" if cert.expiring else "")
        print(f"certificate: {cert.standard} {cert.number}, until {cert.valid_until}{flag}")
    if detail.ppm_last_12 is not None:
        print(f"PPM (last 12 periods): {detail.ppm_last_12:.0f}")
    if detail.on_time_last_12 is not None:
        print(f"on-time delivery (last 12 periods): {detail.on_time_last_12:.1f} %")
    for capa in detail.open_capas:
        print(f"open CAPA: {capa.describe()}")
    return 0
