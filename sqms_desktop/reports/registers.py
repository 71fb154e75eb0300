"""Excel registers of findings, CAPAs and suppliers: one row per record, ready to filter.

Quality managers sort and filter these in Excel, so dates are real dates, counts are numbers, the
header is frozen with an autofilter, and no text can turn into a formula.

A register speaks the language in use (`i18n.language()`: the window's, or the command line's
`SQMS_LANG`/`--lang`): its column titles, its sheet's name and the stored values in its cells
(statuses, classes, stages, yes and no). In English those values stay as the registers have
always written them, the value with spaces for underscores ("in progress"), so a filter someone
saved in Excel still matches; in German they are the words the screens use (`vocab.word`).
Dates stay dates and figures stay numbers in both. Nothing reads a register back in.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.paths import refuse_store_path, write_atomically
from sqms_desktop.progress import Progress
from sqms_desktop.queries import finding_register
from sqms_desktop.queries.common import stored_word
from sqms_desktop.queries.finding_register import FindingFilter, FindingOrder
from sqms_desktop.queries.registers import capas_register_entries
from sqms_desktop.queries.suppliers import (
    CERTIFICATE_WARNING_DAYS,
    latest_kpi_figures,
    list_suppliers,
    supplier_id_by_code,
)
from sqms_desktop.safe_xlsx import write
from sqms_desktop.store.engine import Store
from sqms_desktop.vocab import Register

HEADER_FILL = PatternFill("solid", fgColor="1D4E89")
HEADER_FONT = Font(bold=True, color="FFFFFF")
KPI_PERIODS = 12


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    wrap: bool = False
    number_format: str = ""


Row = Sequence[Any]


def _yes(flag: bool, *, no: bool = True) -> str:
    """A flag in a cell: yes, or no (or nothing when `no` is false, so only the yeses stand out)."""
    if flag:
        return translate("registers", "yes")
    return translate("registers", "no") if no else ""


def findings_register(
    session: Session,
    wanted: FindingFilter,
    today: dt.date,
    order: FindingOrder = FindingOrder.DATE,
    *,
    descending: bool = True,
) -> tuple[list[Column], list[Row]]:
    """The findings the filter selects, in the order asked (newest audit first by default), as
    the Findings page shows them (queries/finding_register.py)."""
    columns = [
        Column(translate("registers", "Finding"), 22),
        Column(translate("registers", "Audit"), 16),
        Column(translate("registers", "Audit date"), 12),
        Column(translate("registers", "Supplier code"), 13),
        Column(translate("registers", "Supplier"), 30),
        Column(translate("registers", "Class"), 18),
        Column(translate("registers", "Status"), 12),
        Column(translate("registers", "Statement"), 50, wrap=True),
        Column(translate("registers", "Requirement"), 22, wrap=True),
        Column(translate("registers", "Objective evidence"), 40, wrap=True),
        Column(translate("registers", "Question"), 10),
        Column(translate("registers", "Question text"), 40, wrap=True),
        Column(translate("registers", "CAPAs"), 18),
        Column(translate("registers", "CAPA due"), 12),
        Column(translate("registers", "CAPA overdue"), 9),
    ]
    rows: list[Row] = [
        [
            f.reference,
            f.audit_reference,
            f.audit_date,
            f.supplier_code,
            f.supplier_name,
            stored_word(f.finding_class),
            stored_word(f.status),
            f.statement,
            f.requirement,
            f.objective_evidence,
            f.qid,
            f.question_text,
            ", ".join(f.capas),
            f.capa_due,
            _yes(f.capa_overdue, no=False),
        ]
        for f in finding_register.findings_register(
            session, wanted, today, order, descending=descending
        )
    ]
    return columns, rows


def capas_register(session: Session, supplier_id: str | None) -> tuple[list[Column], list[Row]]:
    columns = [
        Column(translate("registers", "CAPA"), 16),
        Column(translate("registers", "Supplier code"), 13),
        Column(translate("registers", "Supplier"), 30),
        Column(translate("registers", "Title"), 40, wrap=True),
        Column(translate("registers", "Type"), 12),
        Column(translate("registers", "SCAR"), 7),
        Column(translate("registers", "State"), 17),
        Column(translate("registers", "Owner"), 20),
        Column(translate("registers", "Safety critical"), 9),
        Column(translate("registers", "Issued"), 12),
        Column(translate("registers", "Containment due"), 12),
        Column(translate("registers", "Root cause due"), 12),
        Column(translate("registers", "Corrective action due"), 12),
        Column(translate("registers", "Verification due"), 12),
        Column(translate("registers", "Closure due"), 12),
        Column(translate("registers", "Closed"), 12),
        Column(translate("registers", "Findings"), 30, wrap=True),
    ]
    rows: list[Row] = [
        [
            c.reference,
            c.supplier_code,
            c.supplier_name,
            c.title,
            stored_word(c.type),
            _yes(c.is_scar),
            stored_word(c.state),
            c.owner,
            _yes(c.safety_critical),
            c.issued_on,
            c.containment_due,
            c.root_cause_due,
            c.corrective_action_due,
            c.verification_due,
            c.closure_due,
            c.closed_on,
            ", ".join(c.findings),
        ]
        for c in capas_register_entries(session, supplier_id)
    ]
    return columns, rows


def suppliers_register(
    session: Session, supplier_id: str | None, today: dt.date
) -> tuple[list[Column], list[Row]]:
    """The supplier list with its scorecard figures: PPM and on-time delivery over the twelve
    months up to this one (from the deliveries), the last audit's grade and what needs
    attention."""
    suppliers = list_suppliers(session, today=today, supplier_id=supplier_id)
    kpis = latest_kpi_figures(session, supplier_id, KPI_PERIODS, today)
    columns = [
        Column(translate("registers", "Code"), 12),
        Column(translate("registers", "Supplier"), 34),
        Column(translate("registers", "Country"), 8),
        Column(translate("registers", "Status"), 13),
        Column(translate("registers", "Risk class"), 10),
        Column(translate("registers", "New business hold"), 10),
        Column(translate("registers", "Sites"), 7),
        Column(translate("registers", "Last audit"), 12),
        Column(translate("registers", "Last grade"), 9),
        Column(translate("registers", "Open CAPAs"), 9),
        Column(translate("registers", "Overdue CAPAs"), 9),
        Column(translate("registers", "Certificates expired"), 11),
        Column(
            translate("registers", "Certificates expiring ({days} days)").format(
                days=CERTIFICATE_WARNING_DAYS
            ),
            11,
        ),
        Column(translate("registers", "PPM (12 periods)"), 12, number_format="#,##0"),
        Column(translate("registers", "On-time delivery % (12 periods)"), 12, number_format="0.0"),
    ]
    rows: list[Row] = []
    for s in suppliers:
        figures = kpis.get(s.id)
        ppm = figures.ppm if figures else None
        on_time = figures.on_time_pct if figures else None
        rows.append(
            [
                s.code,
                s.name,
                s.country,
                stored_word(s.status),
                stored_word(s.risk_class),
                _yes(s.new_business_hold),
                s.sites,
                s.last_audit,
                s.last_grade or "",
                s.open_capas,
                s.overdue_capas,
                s.certificates_expired,
                s.certificates_expiring,
                ppm,
                on_time,
            ]
        )
    return columns, rows


def workbook_bytes(
    title: str, columns: Sequence[Column], rows: Sequence[Row], progress: Progress | None = None
) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=column.title)
        cell.fill = HEADER_FILL
        cell.font = HEADER_FONT
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    for number, row in enumerate(rows, start=2):
        if progress is not None and (number - 2) % 500 == 0:  # the first row too: cancel early
            progress.report(number, len(rows) + 1, translate("registers", "writing rows"))
        for index, (column, value) in enumerate(zip(columns, row, strict=True), start=1):
            write(sheet, number, index, value, wrap=column.wrap)
            if column.number_format and value is not None:
                sheet.cell(row=number, column=index).number_format = column.number_format
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    sheet.row_dimensions[1].height = 30
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


# Each register's sheet name (an English source, translated when the workbook is written) and
# how it is read.
REGISTERS: dict[str, tuple[str, Callable[..., tuple[list[Column], list[Row]]]]] = {
    Register.FINDINGS: (QT_TRANSLATE_NOOP("registers", "Findings"), findings_register),
    Register.CAPAS: (QT_TRANSLATE_NOOP("registers", "CAPAs"), capas_register),
    Register.SUPPLIERS: (QT_TRANSLATE_NOOP("registers", "Suppliers"), suppliers_register),
}


def export_register(
    store: Store,
    kind: str,
    path: Path,
    *,
    supplier_code: str | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> int:
    """Write one register to `path` (atomically); returns the number of records written.
    A `path` that is the store or in its attachments folder is refused before any work."""
    refuse_store_path(store.url, path)
    day = today or dt.date.today()
    if kind == Register.FINDINGS:
        with store.session() as session:
            if supplier_code:
                supplier_id_by_code(session, supplier_code)  # an unknown code is an error
        wanted = FindingFilter(supplier_code=supplier_code or "")
        return export_findings(store, path, wanted, today=day, progress=progress)
    title, read = REGISTERS[kind]
    with store.session() as session:
        supplier_id = supplier_id_by_code(session, supplier_code) if supplier_code else None
        if kind == Register.SUPPLIERS:
            columns, rows = read(session, supplier_id, day)
        else:
            columns, rows = read(session, supplier_id)
    return _write(path, title, columns, rows, progress)


def export_findings(
    store: Store,
    path: Path,
    wanted: FindingFilter,
    *,
    today: dt.date,
    order: FindingOrder = FindingOrder.DATE,
    descending: bool = True,
    progress: Progress | None = None,
) -> int:
    """The findings the filter selects, in the order given, to `path` (atomically): what the
    Findings page shows, whole; returns the number written."""
    if progress is not None:
        progress.report(0, 1, translate("registers", "reading findings"))
    with store.session() as session:
        columns, rows = findings_register(session, wanted, today, order, descending=descending)
    return _write(path, REGISTERS[Register.FINDINGS][0], columns, rows, progress)


def _write(
    path: Path,
    title: str,
    columns: Sequence[Column],
    rows: Sequence[Row],
    progress: Progress | None,
) -> int:
    """The workbook, built in memory and then written through a temporary file beside `path`:
    a cancel or an error leaves no file, or the one there before. `title` names the sheet, in
    English; it is written in the language in use."""
    data = workbook_bytes(translate("registers", title), columns, rows, progress)
    if progress is not None:
        progress.check()
    write_atomically(path, data)
    return len(rows)
