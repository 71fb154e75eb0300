"""`sqms trail verify | list`: check the trail's hash chain; list its newest entries as stored."""

from __future__ import annotations

import argparse
import sys

from sqms_desktop.cli import EXIT_ERROR
from sqms_desktop.cli.output import open_from_args, print_json
from sqms_desktop.queries.common import as_json
from sqms_desktop.queries.trail import stored_entries
from sqms_desktop.store.trail import verify_chain


def verify(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        report = verify_chain(session)
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "checked": report.checked,
                "first_broken": None
                if report.first_break is None
                else {
                    "seq": report.first_break.seq,
                    "reason": report.first_break.reason,
                    "entity": report.first_break.entity,
                    "record_id": report.first_break.record_id,
                    "at_utc": report.first_break.at_utc,
                },
            }
        )
    elif report.first_break is None:
        print(f"trail intact: {report.checked} entries, hash chain verified")
    else:
        print(f"trail BROKEN at {report.first_break.describe()}", file=sys.stderr)
        print(f"{report.checked} entries before it verified", file=sys.stderr)
    return 0 if report.ok else EXIT_ERROR


def list_(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        entries = stored_entries(
            session, limit=max(1, args.limit), record_id=args.record, user=args.trail_user
        )
    if args.json:
        print_json([as_json(e) for e in entries])
        return 0
    for e in entries:
        what = f"{e.entity}.{e.field}" if e.field else e.entity
        change = f"{e.old_value} -> {e.new_value}" if e.action == "change" else ""
        reason = f"  reason: {e.reason}" if e.reason else ""
        print(f"#{e.seq} {e.at_utc} {e.user} {e.action} {what} {e.record_id} {change}{reason}")
    return 0
