"""Reading a returned SCAR form: the shared reading of a filled form (xlsx_form.py, through the
safe workbook reading of safe_xlsx.py), then the hidden map.

Only plain values come out (text, numbers, dates), each with its cell; formulas are refused
cell by cell. Whether the issued part is intact is decided by the service, which knows the CAPA.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqms_desktop.capa.scar_layout import FORM_VERSION, HIDDEN, SHEET
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.xlsx_form import FilledForm, FormError, read_filled

MAX_ROWS = 2000
MAX_COLUMNS = 12


class ScarFormError(FormError):
    """A response form with problems; `problems` lists every one as `sheet!cell: reason`."""


@dataclass
class FormData(FilledForm):
    capa_id: str = ""
    reference: str = ""
    checksum: str = ""
    issued: list[str] = field(default_factory=list)  # cells
    response: list[tuple[str, str]] = field(default_factory=list)  # (key, cell)
    action_rows: list[tuple[str, int, str]] = field(default_factory=list)  # (step, row, id)


def read_form(path: Path) -> FormData:
    """The form's cells and hidden map; a workbook that is not an SCAR form is refused with
    `ScarFormError`, and only that, also when the file is damaged or no workbook at all."""
    form = FormData(path.name)
    read_filled(
        path,
        form,
        sheet=SHEET,
        hidden=HIDDEN,
        kind=QT_TRANSLATE_NOOP("xlsx_form", "SCAR response form"),
        error=ScarFormError,
        max_rows=MAX_ROWS,
        max_columns=MAX_COLUMNS,
        hidden_columns=4,
    )
    _read_hidden(form)
    return form


def _read_hidden(form: FormData) -> None:
    problems: list[str] = []
    for number, values in enumerate(form.hidden_rows, start=1):
        kind = values[0] if values else None
        try:
            if kind == "form" and values[1] != FORM_VERSION:
                problems.append(
                    translate("xlsx_form", "{cell}: form version {version!r} is not known").format(
                        cell=f"{HIDDEN}!B{number}", version=values[1]
                    )
                )
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
            problems.append(
                translate("scar_read", "{cell}: the form's hidden map is damaged").format(
                    cell=f"{HIDDEN}!A{number}"
                )
            )
    if not (form.capa_id and form.reference and form.checksum):
        problems.append(
            translate("scar_read", "{sheet}: the CAPA id, reference or checksum is missing").format(
                sheet=HIDDEN
            )
        )
    if problems:
        raise ScarFormError(form.name, problems)
