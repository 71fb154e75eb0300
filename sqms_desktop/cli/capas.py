"""`sqms capa …`: the CAPA register, SCAR forms out to suppliers and their answers back in."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sqms_desktop.capa.scar_read import ScarFormError
from sqms_desktop.capa.views import CapaFilter, filter_rows
from sqms_desktop.cli.output import human, open_from_args, print_json, print_table, signed_in
from sqms_desktop.queries.audits import audit_id_by_reference
from sqms_desktop.queries.capas import capa_id_by_reference, list_capas
from sqms_desktop.queries.common import as_json
from sqms_desktop.queries.suppliers import supplier_id_by_code
from sqms_desktop.services.capa_effectiveness import record_effectiveness
from sqms_desktop.services.scar_form import (
    ScarResponse,
    apply_response,
    export_scar,
    preview_response,
)
from sqms_desktop.store.models import User

Command = Callable[..., argparse.ArgumentParser]


def register(areas: Any, command: Command, listing: argparse.ArgumentParser) -> None:
    group = areas.add_parser("capa", help="CAPAs and SCARs (8D)").add_subparsers(metavar="ACTION")
    listed = command(group, "list", _list, "list the CAPAs (the register)", listing)
    listed.add_argument("--overdue", action="store_true", help="only CAPAs past a deadline")
    listed.add_argument("--supplier", metavar="CODE", help="only this supplier's CAPAs")
    out = command(group, "export-scar", _export, "write a SCAR response form for the supplier")
    out.add_argument("reference", metavar="REF", help="CAPA reference, e.g. CAPA-2026-0007")
    out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    back = command(
        group,
        "import-response",
        _import,
        "read a supplier's filled SCAR form back (password on standard input)",
        listing,
    )
    back.add_argument("file", type=Path, metavar="FILE.xlsx")
    back.add_argument(
        "--dry-run", action="store_true", help="only show what would change; change nothing"
    )
    check = command(
        group,
        "effectiveness",
        _effectiveness,
        "confirm or fail a CAPA's effectiveness in an audit of its supplier (password on stdin)",
    )
    check.add_argument("reference", metavar="REF", help="CAPA reference")
    check.add_argument("--audit", required=True, metavar="AUDIT_REF", help="the audit checking it")
    verdict = check.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--effective", action="store_true")
    verdict.add_argument("--not-effective", action="store_true", help="reopens the CAPA")
    check.add_argument("--note", default="", help="what was seen (required when not effective)")


def _effectiveness(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        capa_id = capa_id_by_reference(uow.session, args.reference)
        audit_id = audit_id_by_reference(uow.session, args.audit)
        capa = record_effectiveness(uow, capa_id, audit_id, args.effective, args.note)
        uow.commit()
        state = capa.state.replace("_", " ")
    verdict = "effective" if args.effective else "not effective; reopened"
    print(f"{args.reference} {verdict} ({state}), checked in {args.audit}")
    return 0


def _list(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    today = dt.date.today()
    with store.session() as session:
        supplier_id = supplier_id_by_code(session, args.supplier) if args.supplier else None
        rows = list_capas(session, today, supplier_id=supplier_id)
    rows = filter_rows(rows, CapaFilter(overdue_only=args.overdue), today)
    if args.json:
        print_json([{**as_json(r), "overdue": r.overdue} for r in rows])
        return 0
    print_table(
        [
            [
                r.reference,
                r.supplier_code,
                r.title,
                human(r.state) + (" (rejected)" if r.rejection else ""),
                r.owner,
                r.next_due.isoformat() if r.next_due else "",
                f"OVERDUE ({human(r.overdue_stage)})" if r.overdue_stage else "",
            ]
            for r in rows
        ],
        ["REFERENCE", "SUPPLIER", "TITLE", "STATE", "OWNER", "NEXT DUE", "LATE"],
    )
    overdue = sum(r.overdue for r in rows)
    print(f"{len(rows)} CAPA(s), {overdue} overdue, in {store.describe()}")
    return 0


def _export(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        capa_id = capa_id_by_reference(session, args.reference)
        user = session.scalars(select(User).where(User.username == args.user)).first()
        issuer = user.full_name if user is not None else args.user
        path = export_scar(session, capa_id, args.output, today=dt.date.today(), issuer=issuer)
    print(f"SCAR form of {args.reference} written to {path}")
    return 0


def _import(args: argparse.Namespace) -> int:
    try:
        if args.dry_run:
            store = open_from_args(args)
            with store.session() as session:
                response = preview_response(session, args.file, today=dt.date.today())
        else:
            with signed_in(args) as uow:
                response = apply_response(uow, args.file)
                uow.commit()
    except ScarFormError as exc:
        if args.json:
            print_json({"ok": False, "file": str(args.file), "problems": exc.problems})
        else:
            print(f"sqms: error: {args.file}: nothing was imported:", file=sys.stderr)
            for problem in exc.problems:
                print(f"  {problem}", file=sys.stderr)
        return 1
    _report(args, response)
    return 0


def _report(args: argparse.Namespace, response: ScarResponse) -> None:
    if args.json:
        print_json(
            {
                "ok": True,
                "applied": not args.dry_run,
                "capa": response.reference,
                "changes": [
                    {"cell": c.cell, "field": c.what, "old": c.old, "new": c.new}
                    for c in response.changes
                ],
            }
        )
        return
    for change in response.changes:
        print(change.describe())
    verb = "would change" if args.dry_run else "changed"
    print(f"{response.reference}: {len(response.changes)} field(s) {verb} ({response.reason})")
