"""Reading spreadsheets from outside safely, and writing ours.

The ZIP container is checked before openpyxl parses a byte of it, and openpyxl must parse XML
through defusedxml. Writing protects against formula injection.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from sqms_desktop.errors import SqmsError, ValidationError

MAX_FILE_BYTES = 50_000_000
MAX_MEMBERS = 2_000
MAX_UNPACKED_BYTES = 200_000_000
MAX_RATIO = 200
REQUIRED_MEMBERS = ("[Content_Types].xml", "xl/workbook.xml")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def require_defusedxml() -> None:
    """Refuse to run when openpyxl would parse XML without defusedxml's protections."""
    try:
        from openpyxl.xml import DEFUSEDXML
    except ImportError as exc:  # pragma: no cover - openpyxl is a hard dependency
        raise SqmsError("openpyxl is not installed; reinstall SQMS Desktop") from exc
    if not DEFUSEDXML:
        raise SqmsError(
            "openpyxl is not using defusedxml, so spreadsheets could attack this computer "
            "(XML bombs); install the 'defusedxml' package and start again"
        )


def read_checked(path: Path) -> bytes:
    """The file's bytes, after checking it is a sane XLSX container."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(f"{path}: cannot read the file ({exc.strerror})") from exc
    if size > MAX_FILE_BYTES:
        raise ValidationError(f"{path.name}: the file is {size:,} bytes; the limit is 50 MB")
    data = path.read_bytes()
    check_container(data, path.name)
    return data


def check_container(data: bytes, name: str) -> None:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ValidationError(f"{name}: not an Excel workbook (.xlsx is a ZIP file; this is not)")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise ValidationError(f"{name}: {len(members)} parts inside; at most {MAX_MEMBERS}")
        seen: set[str] = set()
        total = 0
        for member in members:
            member_name = member.filename
            parts = PurePosixPath(member_name).parts
            if member_name.startswith(("/", "\\")) or ".." in parts or "\\" in member_name:
                raise ValidationError(f"{name}: unsafe part name {member_name!r} inside")
            if member_name in seen:
                raise ValidationError(f"{name}: part {member_name!r} appears twice")
            seen.add(member_name)
            total += member.file_size
            if member.compress_size and member.file_size / member.compress_size > MAX_RATIO:
                raise ValidationError(
                    f"{name}: part {member_name!r} unpacks {member.file_size:,} bytes from "
                    f"{member.compress_size:,} (a ZIP bomb?)"
                )
        if total > MAX_UNPACKED_BYTES:
            raise ValidationError(f"{name}: unpacks to {total:,} bytes; the limit is 200 MB")
        for required in REQUIRED_MEMBERS:
            if required not in seen:
                raise ValidationError(f"{name}: not an Excel workbook ({required} is missing)")


def load_workbook(path: Path) -> Any:
    """An openpyxl workbook, read-only, formulas kept as formulas so they can be refused."""
    import openpyxl

    require_defusedxml()
    data = read_checked(path)
    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ValidationError(f"{path.name}: the workbook cannot be read ({exc})") from exc


def safe_cell(cell: Any, value: Any) -> None:
    """Write a value so that text is always text, never a formula (see FORMULA_PREFIXES)."""
    cell.value = value
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        cell.data_type = "s"


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
