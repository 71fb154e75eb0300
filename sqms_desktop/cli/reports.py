"""`sqms report pdf` and `sqms export findings|capas|suppliers`: printed reports and registers.

The company name, logo and paper size come from options or, for scripts and shared machines,
from `SQMS_REPORT_COMPANY`, `SQMS_REPORT_LOGO` and `SQMS_REPORT_PAGE_SIZE`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqms_desktop.cli.output import open_from_args
from sqms_desktop.progress import Progress
from sqms_desktop.queries.audits import audit_id_by_reference
from sqms_desktop.reports import settings_from, write_audit_report
from sqms_desktop.reports.registers import REGISTERS, export_register

Command = Callable[..., argparse.ArgumentParser]


def register(areas: Any, command: Command) -> None:
    group = areas.add_parser("report", help="printed reports").add_subparsers(metavar="KIND")
    pdf = command(group, "pdf", _pdf, "write an audit's report as a PDF")
    pdf.add_argument("reference", metavar="AUDIT_REF", help="audit reference, e.g. AUD-2026-0042")
    pdf.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    pdf.add_argument("--appendix", action="store_true", help="add every answer as an appendix")
    pdf.add_argument("--company", help="company name on the cover ($SQMS_REPORT_COMPANY)")
    pdf.add_argument("--logo", metavar="FILE", help="PNG or JPEG logo ($SQMS_REPORT_LOGO)")
    pdf.add_argument(
        "--page-size",
        metavar="A4|Letter",
        help="paper size (default: $SQMS_REPORT_PAGE_SIZE or A4)",
    )
    capa = command(group, "capa", _capa, "write a CAPA's 8D report as a PDF")
    capa.add_argument("reference", metavar="CAPA_REF", help="CAPA reference, e.g. CAPA-2026-0007")
    capa.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    capa.add_argument("--company", help="company name on the cover ($SQMS_REPORT_COMPANY)")
    capa.add_argument("--page-size", metavar="A4|Letter", help="paper size (default: A4)")
    export = command(areas, "export", _export, "write a register as an Excel workbook")
    export.add_argument("register", choices=list(REGISTERS), help="which register")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    export.add_argument("--supplier", metavar="CODE", help="only this supplier's records")


def _progress() -> Progress:
    """Progress on standard error for people at a terminal; silence for scripts."""
    if not sys.stderr.isatty():
        return Progress()

    def show(done: int, total: int, message: str) -> None:
        print(f"\r{message} ({done}/{total})\033[K", end="", file=sys.stderr, flush=True)

    return Progress(show)


def _pdf(args: argparse.Namespace) -> int:
    settings = settings_from(args.company, args.logo, args.page_size)
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


def _capa(args: argparse.Namespace) -> int:
    from sqms_desktop.queries.capas import capa_id_by_reference
    from sqms_desktop.reports.capa_report import write_capa_report

    settings = settings_from(args.company, None, args.page_size)
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


def _export(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    count = export_register(
        store, args.register, args.output, supplier_code=args.supplier, today=dt.date.today()
    )
    print(f"{count} {args.register if count != 1 else args.register[:-1]} written to {args.output}")
    return 0
