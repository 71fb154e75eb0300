"""Writing register cells: text always text, dates as dates, and only what XML can carry.

`safe_xlsx.safe_cell` keeps a text that starts with `=`, `+`, `-`, `@`, tab or CR from becoming a
formula. Two more things stand between arbitrary user text and a workbook that opens:
XML 1.0 cannot hold most control characters (openpyxl refuses them, or writes a file Excel calls
corrupt), and an XML parser turns every CR into LF. So text is first made storable
(`cell_text`): CR LF and CR become LF (Excel's line break inside a cell), characters XML cannot
hold become U+FFFD, and text beyond Excel's 32,767 characters is cut with an ellipsis.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from sqms_desktop.safe_xlsx import safe_cell

MAX_CELL_TEXT = 32_767
# Everything XML 1.0 forbids: C0 controls but tab and LF (CR is handled before), lone
# surrogates, and the non-characters U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")


def cell_text(value: str) -> str:
    """The text as a workbook can store it and every reader gets it back."""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = _NOT_XML.sub("\ufffd", text)
    if len(text) > MAX_CELL_TEXT:
        text = text[: MAX_CELL_TEXT - 1] + "…"
    return text


def write(sheet: Worksheet, row: int, column: int, value: Any, *, wrap: bool = False) -> None:
    """One cell: text never a formula, dates as real dates with a date format."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        safe_cell(cell, cell_text(value))
        cell.alignment = WRAP if wrap else TOP
    elif isinstance(value, dt.datetime):
        cell.value = value
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    else:
        cell.value = value
