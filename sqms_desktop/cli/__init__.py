"""The `sqms` command line: everything the GUI does, headless, for people and scripts."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from sqms_desktop import __version__
from sqms_desktop.cli import audits as cli_audits
from sqms_desktop.cli import capas as cli_capas
from sqms_desktop.cli import people as cli_people
from sqms_desktop.cli import reports as cli_reports
from sqms_desktop.cli import templates as cli_templates
from sqms_desktop.cli.output import human, open_from_args, print_json, print_table
from sqms_desktop.errors import SqmsError
from sqms_desktop.logsetup import setup_logging
from sqms_desktop.paths import demo_store_path, resolve_db
from sqms_desktop.queries.audits import audit_id_by_reference
from sqms_desktop.queries.common import as_json
from sqms_desktop.queries.suppliers import list_suppliers, supplier_detail, supplier_id_by_code
from sqms_desktop.safe_xlsx import require_defusedxml
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.ledger import Change, Replica, TrailEntry
from sqms_desktop.store.migrate import current_revision
from sqms_desktop.store.registry import record_tables
from sqms_desktop.store.trail import HASHED_FIELDS

log = logging.getLogger(__name__)
EXIT_ERROR = 1
EXIT_INTERNAL = 70
EXIT_CANCELLED = 130

Handler = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help(sys.stderr)
        return 2
    log_path = setup_logging(debug=args.debug)
    try:
        require_defusedxml()
        handler: Handler = args.handler
        return handler(args)
    except SqmsError as exc:
        print(f"sqms: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("sqms: interrupted; nothing half-done was kept", file=sys.stderr)
        return EXIT_CANCELLED
    except BrokenPipeError:
        # The reader (e.g. `head`) went away: not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        log.exception("unexpected error in %s", args.command)
        if args.debug:
            raise
        print(
            f"sqms: unexpected error: {exc.__class__.__name__}: {exc}\n"
            f"This is a bug. Details are in {log_path}; run with --debug to see the traceback.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="store to use: a file path or an SQLAlchemy URL (default: $SQMS_DB or your store)",
    )
    listing = argparse.ArgumentParser(add_help=False)
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")

    parser = argparse.ArgumentParser(
        prog="sqms",
        description="SQMS Desktop on the command line: suppliers, audits, trail, demo data.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"sqms {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    parser.add_argument(
        "--user",
        default=os.environ.get("SQMS_USER") or getpass.getuser(),
        help="who acts (default: $SQMS_USER or your login name)",
    )
    areas = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        group: Any, name: str, handler: Handler, help_text: str, *parents: argparse.ArgumentParser
    ) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = group.add_parser(
            name, help=help_text, description=help_text, parents=[common, *parents]
        )
        sub.set_defaults(handler=handler)
        return sub

    supplier = areas.add_parser("supplier", help="suppliers").add_subparsers(metavar="ACTION")
    command(supplier, "list", _supplier_list, "list the suppliers", listing)
    show = command(supplier, "show", _supplier_show, "one supplier in detail", listing)
    show.add_argument("code", help="supplier code, e.g. SUP-0001")

    audit = cli_audits.register(areas, command, listing)

    trail = areas.add_parser("trail", help="the audit trail").add_subparsers(metavar="ACTION")
    verify = command(trail, "verify", _trail_verify, "check the trail's hash chain", listing)
    verify.set_defaults(json=False)
    trail_list = command(trail, "list", _trail_list, "list trail entries", listing)
    trail_list.add_argument("--record", metavar="ID", help="only entries of this record id")
    trail_list.add_argument("--user", dest="trail_user", metavar="NAME", help="only this user")
    trail_list.add_argument("--limit", type=int, default=100, help="newest N entries (100)")

    store = areas.add_parser("store", help="the store itself").add_subparsers(metavar="ACTION")
    command(store, "info", _store_info, "where the store is, its schema and contents", listing)
    command(
        store,
        "check",
        _store_check,
        "check that the records equal the fold of the change log",
        listing,
    )

    cli_templates.register(areas, command, listing)
    cli_capas.register(areas, command, listing)
    cli_people.register(areas, audit, command, listing)
    cli_reports.register(areas, command)
    scoring = command(areas, "score", _score, "score an audit: breakdown and reasons", listing)
    scoring.add_argument("reference", help="audit reference, e.g. AUD-2026-0042")

    demo = command(
        areas,
        "demo",
        _demo,
        "create a store filled with realistic demo data (default: the demo store)",
        listing,
    )
    demo.add_argument("--suppliers", type=int, default=40, metavar="N")
    demo.add_argument("--audits", type=int, default=100, metavar="M")
    demo.add_argument("--seed", type=int, default=2026, metavar="S")
    demo.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="the reference date the demo is built around (default: today)",
    )
    return parser


# -- commands ------------------------------------------------------------------------------


def _supplier_list(args: argparse.Namespace) -> int:
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


def _supplier_show(args: argparse.Namespace) -> int:
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


def _score(args: argparse.Namespace) -> int:
    from sqms_desktop.queries.scores import score_audit

    store = open_from_args(args)
    with store.session() as session:
        result = score_audit(session, audit_id_by_reference(session, args.reference))
    if args.json:
        print_json({"audit": args.reference, **result.to_dict()})
        return 0
    edition = f", {result.edition} rules" if result.edition else ""
    total = "—" if result.total is None else f"{result.total:.2f} %"
    print(f"{args.reference}: {total}, grade {result.grade} ({result.scheme}{edition})")
    for title, figures in (
        ("ELEMENT", result.elements),
        ("SUB-ELEMENT", result.sub_elements),
        ("PROCESS STEP", result.steps),
    ):
        if not figures:
            continue
        print()
        print_table(
            [
                [
                    f.code,
                    f.title,
                    "" if f.percent is None else f"{f.percent:.2f}",
                    f"{f.points:g}/{f.possible:g}",
                    f"{f.evaluated}/{f.total}",
                ]
                for f in figures
            ],
            [title, "TITLE", "%", "POINTS", "EVALUATED"],
        )
    if result.reasons:
        print("\nreasons:")
        for reason in result.reasons:
            print(f"  - {reason}")
    if result.finding_proposals:
        print(f"\nfinding proposals (answered no): {', '.join(result.finding_proposals)}")
    if result.unanswered:
        print(f"\nunanswered: {len(result.unanswered)} question(s)")
    return 0


def _trail_verify(args: argparse.Namespace) -> int:
    from sqms_desktop.store.trail import verify_chain

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


def _trail_list(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    query = select(TrailEntry).order_by(TrailEntry.seq.desc()).limit(max(1, args.limit))
    if args.record:
        query = query.where(TrailEntry.record_id == args.record)
    if args.trail_user:
        query = query.where(TrailEntry.user == args.trail_user)
    with store.session() as session:
        entries = list(reversed(session.scalars(query).all()))
    if args.json:
        print_json(
            [
                {name: getattr(e, name) for name in (*HASHED_FIELDS, "prev_hash", "hash")}
                for e in entries
            ]
        )
        return 0
    for e in entries:
        what = f"{e.entity}.{e.field}" if e.field else e.entity
        change = f"{e.old_value} -> {e.new_value}" if e.action == "change" else ""
        reason = f"  reason: {e.reason}" if e.reason else ""
        print(f"#{e.seq} {e.at_utc} {e.user} {e.action} {what} {e.record_id} {change}{reason}")
    return 0


def _store_info(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        counts = {
            t.name: session.scalar(select(func.count()).select_from(t)) or 0
            for t in record_tables()
        }
        replica = session.scalars(select(Replica).where(Replica.is_local.is_(True))).first()
        info = {
            "store": store.describe(),
            "backend": make_url(store.url).get_backend_name(),
            "schema_revision": current_revision(session.connection()),
            "replica_id": replica.id if replica else None,
            "changes": session.scalar(select(func.count()).select_from(Change)) or 0,
            "trail_entries": session.scalar(select(func.count()).select_from(TrailEntry)) or 0,
            "attachments_dir": str(store.attachments_dir) if store.attachments_dir else None,
            "records": counts,
        }
    if args.json:
        print_json(info)
        return 0
    for key, value in info.items():
        if key != "records":
            print(f"{key.replace('_', ' ')}: {value}")
    for name, count in counts.items():
        print(f"  {name}: {count}")
    return 0


def _store_check(args: argparse.Namespace) -> int:
    from sqms_desktop.sync.check import differences

    store = open_from_args(args)
    with store.session() as session:
        found = differences(session)
    if args.json:
        print_json({"ok": not found, "differences": found})
    elif found:
        for line in found:
            print(line, file=sys.stderr)
        print("the records do NOT match the change log", file=sys.stderr)
    else:
        print("the records match the fold of the change log")
    return EXIT_ERROR if found else 0


def _demo(args: argparse.Namespace) -> int:
    from sqms_desktop.demo import DemoOptions, create_demo_store, generate_demo
    from sqms_desktop.progress import Progress

    options = DemoOptions(
        suppliers=args.suppliers, audits=args.audits, seed=args.seed, today=args.today
    )
    chosen = getattr(args, "db", None) or os.environ.get("SQMS_DB")
    url = resolve_db(chosen or str(demo_store_path()))
    shown = [-1]

    def report(done: int, total: int, message: str) -> None:
        percent = done * 100 // max(total, 1)
        if percent != shown[0] and not args.json:
            shown[0] = percent
            print(f"\r{percent:3d} % {message:<40}", end="", file=sys.stderr, flush=True)

    progress = Progress(report)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        path = Path(parsed.database)
        summary = create_demo_store(path, options, progress)
        where = str(path)
    else:
        store = open_store(url)
        try:
            summary = generate_demo(store, options, progress)
        finally:
            store.close()
        where = parsed.render_as_string(hide_password=True)
    if not args.json:
        print(file=sys.stderr)
    result = {"store": where, **as_json(summary)}
    if args.json:
        print_json(result)
    else:
        print(
            f"demo store {where}: {summary.suppliers} suppliers, {summary.audits} audits, "
            f"{summary.findings} findings, {summary.capas} CAPAs, "
            f"{summary.kpi_records} KPI records"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
