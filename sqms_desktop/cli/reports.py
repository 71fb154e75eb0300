"""`sqms report pdf` and `sqms export findings|capas|suppliers`: printed reports and registers.

The company name, logo and paper size come from options or, for scripts and shared machines,
from `SQMS_REPORT_COMPANY`, `SQMS_REPORT_LOGO` and `SQMS_REPORT_PAGE_SIZE`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from sqms_desktop.cli.output import open_from_args, refuse_store_file
from sqms_desktop.progress import Progress
from sqms_desktop.queries.audits import audit_id_by_reference
from sqms_desktop.queries.capas import capa_id_by_reference
from sqms_desktop.reports import settings_from, write_audit_report
from sqms_desktop.reports.capa_report import write_capa_report
from sqms_desktop.reports.registers import export_register


def _progress() -> Progress:
    """Progress on standard error for people at a terminal; silence for scripts."""
    if not sys.stderr.isatty():
        return Progress()

    def show(done: int, total: int, message: str) -> None:
        print(f"\r{message} ({done}/{total})\033[K", end="", file=sys.stderr, flush=True)

    return Progress(show)


def pdf(args: argparse.Namespace) -> int:
    refuse_store_file(args, args.output)
    settings = settings_from(args.company, args.logo, args.page_size, language=args.report_language)
    store = open_from_args(args)
    with store.session() as session:
        audit_id = audit_id_by_reference(session, args.reference)
    progress = _progress()
    path = write_audit_report(
        store, audit_id, args.output, settings, appendix=args.appendix, progress=progress
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"report of {args.reference} written to {path}")
    return 0


def capa(args: argparse.Namespace) -> int:
    refuse_store_file(args, args.output)
    settings = settings_from(args.company, None, args.page_size, language=args.report_language)
    store = open_from_args(args)
    with store.session() as session:
        capa_id = capa_id_by_reference(session, args.reference)
    path = write_capa_report(
        store, capa_id, args.output, settings, today=dt.date.today(), progress=_progress()
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"8D report of {args.reference} written to {path}")
    return 0


def export(args: argparse.Namespace) -> int:
    refuse_store_file(args, args.output)
    store = open_from_args(args)
    count = export_register(
        store, args.register, args.output, supplier_code=args.supplier, today=dt.date.today()
    )
    print(f"{count} {args.register if count != 1 else args.register[:-1]} written to {args.output}")
    return 0
