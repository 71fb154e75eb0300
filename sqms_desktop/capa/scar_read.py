"""Reading a returned SCAR form: the safe workbook reading of safe_xlsx.py, then the hidden map.

Only plain values come out (text, numbers, dates), each with its cell; formulas are refused
cell by cell. Whether the issued part is intact is decided by the service, which knows the CAPA.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from sqms_desktop.capa.scar_layout import FORM_VERSION, HIDDEN, SHEET
from sqms_desktop.errors import ValidationError, file_problem, refusing_broken_input
from sqms_desktop.safe_xlsx import load_workbook

MAX_ROWS = 2000
MAX_COLUMNS = 12


class ScarFormError(ValidationError):
    """A response form with problems; `problems` lists every one as `sheet!cell: reason`."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{source}: {len(problems)} problem(s), nothing was imported:\n{shown}")


@dataclass
class FormData:
    name: str
    capa_id: str = ""
    reference: str = ""
    checksum: str = ""
    issued: list[str] = field(default_factory=list)  # cells
    response: list[tuple[str, str]] = field(default_factory=list)  # (key, cell)
    action_rows: list[tuple[str, int, str]] = field(default_factory=list)  # (step, row, id)
    values: dict[str, Any] = field(default_factory=dict)  # SCAR cell -> value
    formulas: set[str] = field(default_factory=set)

    def text(self, cell: str) -> str:
        """The cell as text, the way the issued part was written ("" when empty)."""
        value = self.values.get(cell)
        if value is None:
            return ""
        if isinstance(value, dt.datetime):
            return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    def ref(self, cell: str) -> str:
        return f"{SHEET}!{cell}"


def read_form(path: Path) -> FormData:
    """The form's cells and hidden map; a workbook that is not an SCAR form is refused with
    `ScarFormError`, and only that, also when the file is damaged or no workbook at all."""
    refused = refusing_broken_input(
        lambda reason: ScarFormError(path.name, [file_problem(path.name, reason)]),
        ScarFormError,
    )
    with refused:
        return _read_form(path)


def _read_form(path: Path) -> FormData:
    workbook = load_workbook(path)
    form = FormData(path.name)
    try:
        names = workbook.sheetnames
        if SHEET not in names or HIDDEN not in names:
            raise ScarFormError(
                path.name,
                [f"not an SQMS SCAR response form (it needs the sheets {SHEET} and {HIDDEN})"],
            )
        _read_hidden(workbook[HIDDEN], form)
        sheet = workbook[SHEET]
        for r, row in enumerate(sheet.iter_rows(max_row=MAX_ROWS, max_col=MAX_COLUMNS), start=1):
            for c, cell in enumerate(row, start=1):
                value = cell.value
                if value is None:
                    continue
                coordinate = f"{_letter(c)}{r}"
                if getattr(cell, "data_type", "") == "f":
                    form.formulas.add(coordinate)
                form.values[coordinate] = value
    finally:
        workbook.close()
    return form


def _letter(column: int) -> str:
    return str(get_column_letter(column))


def _read_hidden(sheet: Any, form: FormData) -> None:
    problems: list[str] = []
    for number, row in enumerate(sheet.iter_rows(values_only=True, max_col=4), start=1):
        values = list(row)
        kind = values[0] if values else None
        try:
            if kind == "form" and values[1] != FORM_VERSION:
                problems.append(f"{HIDDEN}!B{number}: form version {values[1]!r} is not known")
            elif kind == "capa_id":
                form.capa_id = str(values[1])
            elif kind == "reference":
                form.reference = str(values[1])
            elif kind == "checksum":
                form.checksum = str(values[1])
            elif kind == "issued":
                form.issued.append(str(values[1]))
            elif kind == "response":
                form.response.append((str(values[1]), str(values[2])))
            elif kind == "action":
                form.action_rows.append((str(values[1]), int(values[2]), str(values[3] or "")))
        except (IndexError, TypeError, ValueError):
            problems.append(f"{HIDDEN}!A{number}: the form's hidden map is damaged")
    if not (form.capa_id and form.reference and form.checksum):
        problems.append(f"{HIDDEN}: the CAPA id, reference or checksum is missing")
    if problems:
        raise ScarFormError(form.name, problems)
