"""`sqms trail verify | list`: check the trail (chain, change log, checkpoints, signatures);
list its newest entries as stored."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sqms_desktop.cli import EXIT_ERROR
from sqms_desktop.cli.output import open_from_args, print_json
from sqms_desktop.i18n import translate
from sqms_desktop.queries.common import as_json
from sqms_desktop.queries.trail import stored_entries
from sqms_desktop.queries.trail_integrity import TrailVerification, verify_trail


def verification_json(report: TrailVerification) -> dict[str, Any]:
    """The verification as scripts read it (`sqms trail verify --json`, `sqms store check`)."""
    chain = report.chain
    brk = chain.first_break
    return {
        "ok": report.ok,
        "checked": chain.checked,
        "first_broken": None
        if brk is None
        else {
            "seq": brk.seq,
            "reason": brk.reason,
            "entity": brk.entity,
            "record_id": brk.record_id,
            "at_utc": brk.at_utc,
        },
        "keyed_from": chain.keyed_from,
        "unverifiable": chain.unverifiable,
        "checkpoints": report.checkpoints,
        "signatures": report.signatures,
        "problems": [
            {"check": p.check, "seq": p.seq, "message": p.message} for p in report.problems
        ],
    }


def print_verification(report: TrailVerification) -> None:
    chain = report.chain
    if chain.unverifiable:
        print(
            translate(
                "cli",
                "sqms: warning: {n} trail entries were keyed by another store (this store began "
                "as its copy); their links are checked, their content can be checked only where "
                "that store's trail key is",
            ).format(n=chain.unverifiable),
            file=sys.stderr,
        )
    if report.ok:
        print(
            translate(
                "cli",
                "trail intact: {n} entries, keyed chain verified; change log matches entry for "
                "entry; {checkpoints} checkpoints and {signatures} signatures verified",
            ).format(n=chain.checked, checkpoints=report.checkpoints, signatures=report.signatures)
        )
        return
    for problem in report.problems:
        print(
            translate("cli", "trail BROKEN at {problem}").format(problem=problem.message),
            file=sys.stderr,
        )
    print(
        translate("cli", "{n} entries verified before the first break").format(n=chain.checked),
        file=sys.stderr,
    )


def verify(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        report = verify_trail(session, location=store.describe())
    if args.json:
        print_json(verification_json(report))
    else:
        print_verification(report)
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
        reason = translate("cli", "  reason: {reason}").format(reason=e.reason) if e.reason else ""
        print(f"#{e.seq} {e.at_utc} {e.user} {e.action} {what} {e.record_id} {change}{reason}")
    return 0
