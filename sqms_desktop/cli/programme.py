"""`sqms programme`: the audit programme, audits overdue, due and planned by month."""

from __future__ import annotations

import argparse
import datetime as dt

from sqms_desktop.cli.output import human, open_from_args, print_json, print_table
from sqms_desktop.i18n import translate
from sqms_desktop.queries.common import as_json
from sqms_desktop.queries.programme import programme


def list_(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    today = args.today or dt.date.today()
    with store.session() as session:
        rows = programme(session, today, args.months)
    if args.json:
        print_json([as_json(r) for r in rows])
        return 0
    if not rows:
        print(
            translate("cli", "no audit overdue, due or planned in the next {n} months").format(
                n=args.months
            )
        )
        return 0
    print_table(
        [
            [
                r.month,
                r.code,
                r.name,
                human(r.state),
                r.due.isoformat(),
                human(r.audit_type),
                r.risk_class,
                r.planned_reference or "",
                r.reason,
            ]
            for r in rows
        ],
        [
            translate("cli", "MONTH"),
            translate("cli", "CODE"),
            translate("cli", "NAME"),
            translate("cli", "STATE"),
            translate("cli", "DUE"),
            translate("cli", "TYPE"),
            translate("cli", "RISK"),
            translate("cli", "PLANNED"),
            translate("cli", "WHY"),
        ],
    )
    return 0
