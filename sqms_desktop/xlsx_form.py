"""Protected workbook forms that go to someone outside and come back filled in: the SCAR
response form (capa/scar_layout.py) and the supplier self-assessment (checklists/
self_assessment_layout.py) are both written and read back with these pieces.

A form has one visible sheet whose locked cells carry what we issued and whose unlocked,
yellow cells take the answers; the sheet is protected so a spreadsheet program lets the person
fill only those. A very hidden sheet carries what the import needs, among it a check value:
HMAC-SHA-256 under a secret of the issuing store (`store/trail_key.store_secret`, never in the
file) over the locked cells and that hidden data. Whoever edits a locked cell cannot make the
check value match again; the import then names every locked cell that differs from the form
the store would issue.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sqms_desktop.canonical import canonical_json
from sqms_desktop.errors import ValidationError, file_problem, refusing_broken_input
from sqms_desktop.i18n import plural, translate
from sqms_desktop.safe_xlsx import cell_text, load_workbook

RESPONSE_FILL = PatternFill("solid", fgColor="FFF4C2")
HEAD_FILL = PatternFill("solid", fgColor="DCE4EE")
WRAP = Alignment(wrap_text=True, vertical="top")


# -- writing ---------------------------------------------------------------------------------


def put_text(sheet: Worksheet, row: int, column: int, value: str, *, bold: bool = False) -> str:
    """Write `value` as text (never a formula, whatever it begins with); its coordinate."""
    cell = sheet.cell(row=row, column=column)
    text = cell_text(value)
    if text:
        cell.value = text
        cell.data_type = "s"
    cell.alignment = WRAP
    if bold:
        cell.font = Font(bold=True)
    return str(cell.coordinate)


def unlock(sheet: Worksheet, row: int, column: int) -> None:
    """An answer cell: unlocked in the protected sheet, and yellow so the person sees it."""
    cell = sheet.cell(row=row, column=column)
    cell.protection = Protection(locked=False)
    cell.fill = RESPONSE_FILL


def protect(sheet: Worksheet) -> None:
    """Protect the sheet: only the unlocked cells can be typed into; columns and rows may be
    widened to read (which changes no content)."""
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def hidden_sheet(workbook: Workbook, name: str, rows: Iterable[Sequence[Any]]) -> None:
    """The very hidden sheet (no spreadsheet menu shows it) holding what the import needs."""
    hidden = workbook.create_sheet(name)
    hidden.sheet_state = "veryHidden"
    for values in rows:
        hidden.append([cell_text(v) if isinstance(v, str) else v for v in values])
    hidden.protection.sheet = True


def check_value(key: bytes, payload: dict[str, Any]) -> str:
    """The form's check value: keyed (HMAC-SHA-256 under the issuing store's form secret), so
    someone who edits a locked cell or the hidden data cannot make it match again."""
    return hmac.new(key, canonical_json(payload).encode("utf-8"), hashlib.sha256).hexdigest()


def same_check(expected: str, found: str) -> bool:
    return hmac.compare_digest(expected.encode("utf-8"), found.encode("utf-8"))


# -- reading ---------------------------------------------------------------------------------


class FormError(ValidationError):
    """A returned form with problems; `problems` lists every one as `sheet!cell: reason`."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems)
        count = plural(
            len(problems),
            translate("xlsx_form", "{source}: {n} problem, nothing was imported:\n{shown}"),
            translate("xlsx_form", "{source}: {n} problem(s), nothing was imported:\n{shown}"),
        )
        super().__init__(count.format(source=source, n=len(problems), shown=shown))


@dataclass
class FilledForm:
    """The values of a returned form's visible sheet, by cell, and its hidden sheet's rows."""

    name: str
    sheet: str = ""
    values: dict[str, Any] = field(default_factory=dict)  # cell -> value
    formulas: set[str] = field(default_factory=set)
    hidden_rows: list[list[Any]] = field(default_factory=list)

    def text(self, cell: str) -> str:
        """The cell as text, the way the locked cells were written ("" when empty)."""
        value = self.values.get(cell)
        if value is None:
            return ""
        if isinstance(value, dt.datetime):
            return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    def ref(self, cell: str) -> str:
        return f"{self.sheet}!{cell}"


def read_filled(
    path: Path,
    form: FilledForm,
    *,
    sheet: str,
    hidden: str,
    kind: str,
    error: type[FormError],
    max_rows: int,
    max_columns: int,
    hidden_columns: int,
) -> None:
    """Read the workbook at `path` into `form` through the safe workbook reading (ZIP checks,
    defusedxml, read-only, formulas kept so they can be refused). A file that is damaged, no
    workbook, or not this kind of form is refused with `error`, and only that."""
    refused = refusing_broken_input(
        lambda reason: error(path.name, [file_problem(path.name, reason)]), error
    )
    with refused:
        workbook = load_workbook(path)
        try:
            if sheet not in workbook.sheetnames or hidden not in workbook.sheetnames:
                reason = translate(
                    "xlsx_form", "not an SQMS {kind} (it needs the sheets {sheet} and {hidden})"
                ).format(kind=translate("xlsx_form", kind), sheet=sheet, hidden=hidden)
                raise error(path.name, [reason])
            form.sheet = sheet
            rows = workbook[hidden].iter_rows(values_only=True, max_col=hidden_columns)
            form.hidden_rows = [list(row) for row in rows]
            cells = workbook[sheet].iter_rows(max_row=max_rows, max_col=max_columns)
            for r, row in enumerate(cells, start=1):
                for c, cell in enumerate(row, start=1):
                    if cell.value is None:
                        continue
                    coordinate = f"{get_column_letter(c)}{r}"
                    if getattr(cell, "data_type", "") == "f":
                        form.formulas.add(coordinate)
                    form.values[coordinate] = cell.value
        finally:
            workbook.close()


def changed_locked_cells(
    form: FilledForm,
    expected: Iterable[tuple[str, str]],
    *,
    what: str | None = None,
    advice: str | None = None,
) -> list[str]:
    """Every locked cell whose text differs from the form as issued, named with both texts
    (`what` and `advice` in the caller's words, already translated; ours by default)."""
    what = what or translate("xlsx_form", "a locked cell")
    advice = advice or translate("xlsx_form", "only the yellow cells may be filled")
    said = translate("xlsx_form", "{cell}: {what} was changed (was {was!r}, now {now!r}); {advice}")
    return [
        said.format(cell=form.ref(cell), what=what, was=text, now=form.text(cell), advice=advice)
        for cell, text in expected
        if form.text(cell) != text
    ]


def formula_problems(form: FilledForm) -> list[str]:
    said = translate("xlsx_form", "{cell}: formulas are not accepted; type the value itself")
    return [said.format(cell=form.ref(c)) for c in sorted(form.formulas, key=_cell_order)]


def _cell_order(cell: str) -> tuple[int, str]:
    letters = cell.rstrip("0123456789")
    return int(cell[len(letters) :] or 0), letters
