"""Reading a spreadsheet (.xlsx) or a CSV export into a `Table`.

Workbooks go through `safe_xlsx.load_workbook` (ZIP checks, defusedxml, read-only) and formula
cells are refused, never evaluated. CSV text is decoded and its dialect sniffed in csv_text.py.
Every cell becomes text, as a person would read it in the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from sqms_desktop.errors import refusing_broken_input
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.safe_xlsx import load_workbook
from sqms_desktop.tabular.csv_text import read_csv_rows
from sqms_desktop.tabular.table import Problem, Table, TableError, TableRow

SUFFIXES = (".xlsx", ".csv")
FORMULA_REFUSED = QT_TRANSLATE_NOOP("tabular", "formulas are not accepted; type the value itself")

# A raw row: its number, its cells as text, and the cells refused (column index, reason).
RawRow = tuple[int, list[str], list[tuple[int, str]]]


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """The table in `path`: a workbook's first sheet (or `sheet`), or a CSV file.

    Raises `TableError` when nothing can be read (wrong kind of file, no header row);
    problems in single cells are kept in the table's `problems`.
    """
    suffix = path.suffix.lower()
    # A damaged or hostile file (a cut-short ZIP, a sheet that is not XML) is a TableError
    # naming the file, never a crash: the importers catch this one class.
    refused = refusing_broken_input(
        lambda reason: TableError(
            [Problem(path.name, "", None, "", reason.removeprefix(f"{path.name}: "))]
        ),
        TableError,
    )
    if suffix == ".xlsx":
        with refused:
            return _read_workbook(path, sheet)
    if suffix == ".csv":
        if sheet:
            reason = translate("tabular", "a CSV file has no sheets")
            raise TableError([Problem(path.name, "", None, "", reason)])
        with refused:
            return _build(path.name, "", read_csv_rows(path))
    kind = (
        translate("tabular", "a {suffix} file").format(suffix=suffix)
        if suffix
        else translate("tabular", "a file without an extension")
    )
    reason = translate("tabular", "{kind}; import reads {suffixes} files").format(
        kind=kind, suffixes=translate("tabular", " and ").join(SUFFIXES)
    )
    raise TableError([Problem(path.name, "", None, "", reason)])


def _read_workbook(path: Path, sheet: str | None) -> Table:
    workbook = load_workbook(path)
    try:
        names = list(workbook.sheetnames)
        if sheet is not None and sheet not in names:
            reason = translate("tabular", "there is no sheet {sheet!r} (sheets: {names})").format(
                sheet=sheet, names=", ".join(names)
            )
            raise TableError([Problem(path.name, "", None, "", reason)])
        chosen = sheet if sheet is not None else names[0]
        return _build(path.name, chosen, _workbook_rows(workbook[chosen]))
    finally:
        workbook.close()


def _workbook_rows(worksheet: Any) -> Iterator[RawRow]:
    for number, cells in enumerate(worksheet.iter_rows(), start=1):
        texts: list[str] = []
        refused: list[tuple[int, str]] = []
        for index, cell in enumerate(cells):
            text, reason = cell_text(cell)
            texts.append(text)
            if reason:
                refused.append((index, reason))
        yield number, texts, refused


def cell_text(cell: Any) -> tuple[str, str]:
    """A workbook cell as text, and why it is refused ("" when it is not)."""
    value = cell.value
    if value is None:
        return "", ""
    if cell.data_type == "f":
        return "", translate("tabular", FORMULA_REFUSED)
    if cell.data_type == "e":
        return "", translate(
            "tabular", "the cell holds the error {value}; type the value itself"
        ).format(value=value)
    if isinstance(value, bool):
        return ("yes" if value else "no"), ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value)), ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat(), ""
        return value.isoformat(sep=" "), ""
    if isinstance(value, dt.date | dt.time):
        return value.isoformat(), ""
    return str(value).strip(), ""


def _build(file: str, sheet: str, raw: Iterable[RawRow]) -> Table:
    """The first row holding anything names the columns; blank rows after it are left out."""
    rows = iter(raw)
    problems: list[Problem] = []

    def letter(index: int) -> str:
        return get_column_letter(index + 1) if sheet else str(index + 1)

    found = next((row for row in rows if any(row[1]) or row[2]), None)
    if found is None:
        reason = (
            translate("tabular", "the sheet {sheet!r} holds no rows").format(sheet=sheet)
            if sheet
            else translate("tabular", "the file holds no rows")
        )
        raise TableError([Problem(file, sheet, None, "", reason)])
    header_row, header_cells, refused = found
    for index, reason in refused:
        where = translate("tabular", "column {letter}: {reason}").format(
            letter=letter(index), reason=reason
        )
        problems.append(Problem(file, sheet, header_row, "", where))
    headers: dict[int, str] = {}
    seen: dict[str, int] = {}
    twice: set[int] = set()  # a repeated header: reported once, its cells left out
    for index, text in enumerate(header_cells):
        if not text:
            continue
        first = seen.get(text.casefold())
        if first is not None:
            reason = translate(
                "tabular", "the header {text!r} appears twice (columns {first} and {second})"
            ).format(text=text, first=letter(first), second=letter(index))
            problems.append(Problem(file, sheet, header_row, text, reason))
            twice.add(index)
            continue
        seen[text.casefold()] = index
        headers[index] = text
    table_rows: list[TableRow] = []
    for number, cells, refused in rows:
        bad = dict(refused)
        for index, reason in refused:
            problems.append(Problem(file, sheet, number, headers.get(index, ""), reason))
        values: dict[str, str] = {}
        for index, text in enumerate(cells):
            if not text:
                continue
            if index in headers:
                values[headers[index]] = text
            elif index not in bad and index not in twice:
                reason = translate(
                    "tabular", "a value in column {letter}, which has no header ({text!r})"
                ).format(letter=letter(index), text=text)
                problems.append(Problem(file, sheet, number, "", reason))
        if values or bad:
            table_rows.append(TableRow(number, values))
    return Table(
        file, sheet, header_row, tuple(headers.values()), tuple(table_rows), tuple(problems)
    )
