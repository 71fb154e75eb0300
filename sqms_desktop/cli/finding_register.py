"""`sqms audit finding list`: the findings register across every audit, as the Findings page
shows it (queries/finding_register.py), for people at a terminal and for scripts (`--json`)."""

from __future__ import annotations

import argparse
import datetime as dt

from sqms_desktop.cli.output import human, open_from_args, print_json, print_table
from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import plural, translate
from sqms_desktop.queries.audits import audit_id_by_reference
from sqms_desktop.queries.common import as_json
from sqms_desktop.queries.finding_register import FindingFilter, FindingRow, findings_register
from sqms_desktop.queries.suppliers import supplier_id_by_code

# The statement is cut in the table (--json gives it whole).
STATEMENT_CHARS = 60


def _filter(args: argparse.Namespace) -> FindingFilter:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise ValidationError(
            translate(
                "cli", "--from {start} is after --to {end}; no audit lies between them"
            ).format(start=args.date_from, end=args.date_to)
        )
    return FindingFilter(
        supplier_code=args.supplier or "",
        classes=frozenset(args.finding_class or ()),
        statuses=frozenset(args.status or ()),
        audit_reference=args.audit or "",
        date_from=args.date_from,
        date_to=args.date_to,
        has_capa=args.has_capa,
        open_only=args.open,
        text=args.search or "",
    )


def _cut(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= STATEMENT_CHARS else flat[: STATEMENT_CHARS - 1] + "…"


def _due(row: FindingRow) -> str:
    if row.capa_due is None:
        return ""
    return row.capa_due.isoformat() + (translate("cli", " OVERDUE") if row.capa_overdue else "")


def list_(args: argparse.Namespace) -> int:
    wanted = _filter(args)
    store = open_from_args(args)
    today = dt.date.today()
    with store.session() as session:
        # A mistyped code or reference is named, rather than answered with an empty list.
        if wanted.supplier_code:
            supplier_id_by_code(session, wanted.supplier_code)
        if wanted.audit_reference:
            audit_id_by_reference(session, wanted.audit_reference)
        rows = findings_register(session, wanted, today)
    if args.json:
        print_json([as_json(row) for row in rows])
        return 0
    print_table(
        [
            [
                r.reference,
                r.audit_date.isoformat(),
                r.supplier_code,
                r.qid,
                human(r.finding_class),
                human(r.status),
                ", ".join(r.capas),
                _due(r),
                _cut(r.statement),
            ]
            for r in rows
        ],
        [
            translate("cli", "FINDING"),
            translate("cli", "DATE"),
            translate("cli", "SUPPLIER"),
            translate("cli", "QUESTION"),
            translate("cli", "CLASS"),
            translate("cli", "STATUS"),
            "CAPA",
            translate("cli", "DUE"),
            translate("cli", "STATEMENT"),
        ],
    )
    without = sum(not r.capas for r in rows)
    print(
        plural(
            len(rows),
            translate("cli", "{n} finding, {without} without a CAPA, in {store}"),
            translate("cli", "{n} findings, {without} without a CAPA, in {store}"),
        ).format(n=len(rows), without=without, store=store.describe())
    )
    return 0
