"""The trail register: filtered trail entries as an Excel workbook for an inspector.

The column titles and the sheet's name are in the language in use (`i18n.language()`); the
entries themselves are the record, so the kinds of record, actions, fields, values and reasons
are written as the trail holds them, in every language, and an inspector can match a row to the
entry its hash covers.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqms_desktop.errors import StoreError
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.paths import atomic_output
from sqms_desktop.queries.trail import TrailRow, offset_text
from sqms_desktop.safe_xlsx import safe_cell

EXCEL_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
SHEET = QT_TRANSLATE_NOOP("registers", "Trail")


# Each column's title (an English source, translated when the header row is written) and width.
HEADERS: tuple[tuple[str, float], ...] = (
    (QT_TRANSLATE_NOOP("registers", "Entry"), 8),
    (QT_TRANSLATE_NOOP("registers", "Time (UTC)"), 20),
    (QT_TRANSLATE_NOOP("registers", "UTC offset"), 11),
    (QT_TRANSLATE_NOOP("registers", "Local time"), 27),
    (QT_TRANSLATE_NOOP("registers", "User"), 16),
    (QT_TRANSLATE_NOOP("registers", "Replica"), 18),
    (QT_TRANSLATE_NOOP("registers", "Entity"), 16),
    (QT_TRANSLATE_NOOP("registers", "Record"), 38),
    (QT_TRANSLATE_NOOP("registers", "Field"), 18),
    (QT_TRANSLATE_NOOP("registers", "Action"), 9),
    (QT_TRANSLATE_NOOP("registers", "Old value"), 32),
    (QT_TRANSLATE_NOOP("registers", "New value"), 32),
    (QT_TRANSLATE_NOOP("registers", "Reason"), 40),
    (QT_TRANSLATE_NOOP("registers", "Hash"), 66),
)


def _cells(row: TrailRow) -> list[Any]:
    return [
        row.seq,
        row.at_utc.astimezone(dt.UTC).replace(tzinfo=None),  # Excel has no time zones
        offset_text(row.utc_offset_minutes),
        row.local_time,
        row.user,
        row.replica_id,
        row.entity,
        row.record_id,
        row.field,
        row.action,
        row.old_value,
        row.new_value,
        row.reason,
        row.hash,
    ]


def export_trail_xlsx(
    rows: Sequence[TrailRow],
    path: Path,
    *,
    title: str,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write `rows` as a register, one entry per row; text is never taken as a formula.

    Written in openpyxl's write-only mode, so a long trail does not need a cell object per
    value in memory. `progress(done, total)` is called every thousand rows.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    workbook.properties.title = title
    sheet = workbook.create_sheet(translate("registers", SHEET))
    sheet.freeze_panes = "A2"
    for number, (_, width) in enumerate(HEADERS, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    last_column = get_column_letter(len(HEADERS))
    sheet.auto_filter.ref = f"A1:{last_column}{len(rows) + 1}"

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE3EA")
    header = []
    for name, _ in HEADERS:
        cell = WriteOnlyCell(sheet)
        safe_cell(cell, translate("registers", name))
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="center")
        header.append(cell)
    sheet.append(header)

    total = len(rows)
    for done, row in enumerate(rows, start=1):
        cells = []
        for value in _cells(row):
            cell = WriteOnlyCell(sheet)
            safe_cell(cell, value)
            if isinstance(value, dt.datetime):
                cell.number_format = EXCEL_TIME_FORMAT
            cells.append(cell)
        sheet.append(cells)
        if progress is not None and done % 1000 == 0:
            progress(done, total)
    try:
        with atomic_output(path) as out:  # a failed or cut-short save leaves no half file
            workbook.save(out)
    except StoreError as exc:
        with contextlib.suppress(Exception):  # end the sheet's row writer, which save did not
            sheet.close()
        raise StoreError(
            translate("reports", "{path}: cannot write the trail export ({problem})").format(
                path=path, problem=exc
            )
        ) from exc
    if progress is not None:
        progress(total, total)
    return path
