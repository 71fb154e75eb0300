"""Reading spreadsheets from outside safely, and writing ours.

The ZIP container is checked before openpyxl parses a byte of it, and openpyxl must parse XML
through defusedxml. A sheet's declared size (`<dimension ref=…>`) is never trusted: a smaller
claim would drop cells, a huge one (`A1:XFD1048576` in a 5 KB file) would make openpyxl pad
every row to 16,384 cells and every sheet to a million rows. Sheets are read as their XML holds
them (`BoundedSheet`), and the work is bounded by the cells really there. Writing protects
against formula injection.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from openpyxl.cell.read_only import EMPTY_CELL, ReadOnlyCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet._reader import WorkSheetParser
from openpyxl.worksheet.worksheet import Worksheet

from sqms_desktop.errors import SqmsError, ValidationError
from sqms_desktop.i18n import translate

MAX_FILE_BYTES = 50_000_000
MAX_MEMBERS = 2_000
MAX_UNPACKED_BYTES = 200_000_000
MAX_RATIO = 200
# What one sheet may hold; every importer reads far less. A cell past a limit refuses the file,
# an empty (only formatted) cell there is skipped, so formatting a whole row does no harm.
MAX_ROWS = 1_048_576  # Excel's own limit; missing rows between present ones cost little
MAX_COLUMNS = 1_000
MAX_CELLS = 2_000_000  # cells written in the sheet's XML, empty ones included: the parse work
MAX_CELL_TEXT = 32_767  # Excel's own limit for one cell
REQUIRED_MEMBERS = ("[Content_Types].xml", "xl/workbook.xml")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def require_defusedxml() -> None:
    """Refuse to run when openpyxl would parse XML without defusedxml's protections."""
    try:
        from openpyxl.xml import DEFUSEDXML
    except ImportError as exc:  # pragma: no cover - openpyxl is a hard dependency
        raise SqmsError(
            translate("safe_xlsx", "openpyxl is not installed; reinstall SQMS Desktop")
        ) from exc
    if not DEFUSEDXML:
        raise SqmsError(
            translate(
                "safe_xlsx",
                "openpyxl is not using defusedxml, so spreadsheets could attack this computer "
                "(XML bombs); install the 'defusedxml' package and start again",
            )
        )


def read_checked(path: Path) -> bytes:
    """The file's bytes, after checking it is a sane XLSX container."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(
            translate("safe_xlsx", "{path}: cannot read the file ({why})").format(
                path=path, why=exc.strerror
            )
        ) from exc
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            translate("safe_xlsx", "{name}: the file is {size:,} bytes; the limit is 50 MB").format(
                name=path.name, size=size
            )
        )
    data = path.read_bytes()
    check_container(data, path.name)
    check_parts(data, path.name)
    return data


def check_container(data: bytes, name: str) -> None:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ValidationError(
            translate(
                "safe_xlsx", "{name}: not an Excel workbook (.xlsx is a ZIP file; this is not)"
            ).format(name=name)
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _DAMAGED as exc:
        # is_zipfile only looks for the end record; the directory before it can still be junk
        raise ValidationError(
            translate("safe_xlsx", "{name}: a damaged ZIP file, not a workbook ({error})").format(
                name=name, error=exc
            )
        ) from exc
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise ValidationError(
                translate("safe_xlsx", "{name}: {count} parts inside; at most {limit}").format(
                    name=name, count=len(members), limit=MAX_MEMBERS
                )
            )
        seen: set[str] = set()
        total = 0
        for member in members:
            member_name = member.filename
            parts = PurePosixPath(member_name).parts
            if member_name.startswith(("/", "\\")) or ".." in parts or "\\" in member_name:
                raise ValidationError(
                    translate("safe_xlsx", "{name}: unsafe part name {part!r} inside").format(
                        name=name, part=member_name
                    )
                )
            if member_name in seen:
                raise ValidationError(
                    translate("safe_xlsx", "{name}: part {part!r} appears twice").format(
                        name=name, part=member_name
                    )
                )
            seen.add(member_name)
            total += member.file_size
            if member.compress_size and member.file_size / member.compress_size > MAX_RATIO:
                raise ValidationError(
                    translate(
                        "safe_xlsx",
                        "{name}: part {part!r} unpacks {size:,} bytes from {packed:,} "
                        "(a ZIP bomb?)",
                    ).format(
                        name=name,
                        part=member_name,
                        size=member.file_size,
                        packed=member.compress_size,
                    )
                )
        if total > MAX_UNPACKED_BYTES:
            raise ValidationError(
                translate(
                    "safe_xlsx", "{name}: unpacks to {total:,} bytes; the limit is 200 MB"
                ).format(name=name, total=total)
            )
        for required in REQUIRED_MEMBERS:
            if required not in seen:
                raise ValidationError(
                    translate(
                        "safe_xlsx", "{name}: not an Excel workbook ({part} is missing)"
                    ).format(name=name, part=required)
                )


class SheetTooLarge(ValidationError):
    """A sheet holds more than a limit allows; the message names the file, sheet and limit."""


_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
# What zipfile raises for a damaged archive or part; NotImplementedError is its answer to a
# compression method it does not know (a crafted header), not a missing piece of ours.
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError)


def check_parts(data: bytes, name: str) -> None:
    """Every part unpacks (the directory can be sound while a part's header, data or checksum
    is not), and none declares a DTD or an entity: no workbook needs one, and defusedxml only
    refuses the entities, not a DTD. Call after `check_container`, which bounds the unpacking."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for member in archive.infolist():
            try:
                part = archive.read(member)
            except _DAMAGED as exc:
                raise ValidationError(
                    translate(
                        "safe_xlsx",
                        "{name}: part {part!r} is damaged and cannot be unpacked ({error})",
                    ).format(name=name, part=member.filename, error=exc)
                ) from exc
            if _DECLARATION.search(part) or _DECLARATION.search(_as_utf8(part)):
                raise ValidationError(
                    translate(
                        "safe_xlsx",
                        "{name}: part {part!r} declares a DTD or an entity (<!DOCTYPE "
                        "or <!ENTITY), which no workbook needs; refused as an XML attack",
                    ).format(name=name, part=member.filename)
                )


def _as_utf8(part: bytes) -> bytes:
    """An XML part written in UTF-16 as UTF-8, so a declaration cannot hide in it."""
    if part[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        return b""
    return part.decode("utf-16", errors="replace").encode("utf-8")


def load_workbook(path: Path) -> Any:
    """An openpyxl workbook, read-only, formulas kept as formulas so they can be refused."""
    require_defusedxml()
    data = read_checked(path)
    try:
        return open_checked(data, path.name)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ValidationError(
            translate("safe_xlsx", "{name}: the workbook cannot be read ({error})").format(
                name=path.name, error=exc
            )
        ) from exc


def open_checked(data: bytes, name: str) -> Any:
    """openpyxl's read-only workbook of `data` (already checked), its sheets `BoundedSheet`s."""
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    for sheet in workbook.worksheets:
        if isinstance(sheet, ReadOnlyWorksheet):
            bound(sheet, name)
    return workbook


def bound(sheet: ReadOnlyWorksheet, file: str) -> None:
    """Make `sheet` read as its XML holds it, forgetting the size it declares."""
    raw: Any = sheet  # openpyxl's private size fields, which its stubs leave out
    raw.__class__ = BoundedSheet
    raw._min_row = raw._min_column = 1
    raw._max_row = raw._max_column = None
    raw.source_file = file


class BoundedSheet(ReadOnlyWorksheet):
    """A read-only sheet whose rows are the rows in its XML, each as long as its last cell.

    Missing rows between present ones read as empty rows (importers number rows by position),
    nothing is padded to a declared size, and `SheetTooLarge` names the limit a sheet passes.
    """

    source_file = ""

    def _cells_by_row(
        self,
        min_col: int,
        min_row: int,
        max_col: int | None,
        max_row: int | None,
        values_only: bool = False,
    ) -> Any:
        filler: Any = None if values_only else EMPTY_CELL
        empty: tuple[Any, ...] = () if max_col is None else (filler,) * (max_col + 1 - min_col)
        counter = min_row
        seen = 0
        for number, cells in self._parsed():
            seen += len(cells)
            if seen > MAX_CELLS:
                self._refuse(
                    translate("safe_xlsx", "it holds more than {limit:,} cells").format(
                        limit=MAX_CELLS
                    )
                )
            if max_row is not None and number > max_row:
                return
            if number < counter:
                continue  # a row written twice or out of order: the first one counts
            present = [cell for cell in cells if self._kept(cell, number)]
            if number > MAX_ROWS:
                if present:
                    self._refuse(
                        translate(
                            "safe_xlsx", "row {row} holds a value; at most {limit:,} rows are read"
                        ).format(row=number, limit=MAX_ROWS)
                    )
                continue
            while counter < number:
                counter += 1
                yield empty
            counter += 1
            yield self._row(present, min_col, max_col, values_only)

    def _parsed(self) -> Iterator[tuple[int, list[dict[str, Any]]]]:
        """openpyxl's parse of the sheet XML, row by row; whatever breaks it (bad XML, a
        damaged ZIP member, a number that is not one) refuses the file naming the sheet."""
        raw: Any = self  # openpyxl's private fields, which its stubs leave out
        book: Any = self.parent
        try:
            with raw._get_source() as source:
                parser = WorkSheetParser(
                    source,
                    raw._shared_strings,
                    data_only=book.data_only,
                    epoch=book.epoch,
                    date_formats=book._date_formats,
                    timedelta_formats=book._timedelta_formats,
                )
                yield from parser.parse()
        except SqmsError:
            raise
        except Exception as exc:  # openpyxl and the XML parser raise many kinds
            raise ValidationError(
                translate(
                    "safe_xlsx", "{file}, sheet {sheet!r}: the sheet cannot be read ({error})"
                ).format(file=self.source_file, sheet=self.title, error=exc)
            ) from exc

    def _kept(self, cell: dict[str, Any], row: int) -> bool:
        """Whether a parsed cell counts: it holds something, within the limits."""
        value = cell["value"]
        if value is None:
            return False
        if cell["column"] > MAX_COLUMNS:
            where = f"{get_column_letter(min(cell['column'], 16_384))}{row}"
            self._refuse(
                translate(
                    "safe_xlsx", "cell {cell} holds a value; at most {limit:,} columns are read"
                ).format(cell=where, limit=MAX_COLUMNS)
            )
        if isinstance(value, str) and len(value) > MAX_CELL_TEXT:
            where = f"{get_column_letter(cell['column'])}{row}"
            self._refuse(
                translate(
                    "safe_xlsx", "cell {cell} holds {count:,} characters; the limit is {limit:,}"
                ).format(cell=where, count=len(value), limit=MAX_CELL_TEXT)
            )
        return True

    def _row(
        self, cells: list[dict[str, Any]], min_col: int, max_col: int | None, values_only: bool
    ) -> tuple[Any, ...]:
        last = max_col if max_col is not None else max((c["column"] for c in cells), default=0)
        if last < min_col:
            return ()
        row: list[Any] = [None if values_only else EMPTY_CELL] * (last + 1 - min_col)
        for cell in cells:
            column = cell["column"]
            if min_col <= column <= last:
                row[column - min_col] = cell["value"] if values_only else ReadOnlyCell(self, **cell)
        return tuple(row)

    def _refuse(self, reason: str) -> None:
        raise SheetTooLarge(
            translate("safe_xlsx", "{file}, sheet {sheet!r}: {reason}").format(
                file=self.source_file, sheet=self.title, reason=reason
            )
        )


def safe_cell(cell: Any, value: Any) -> None:
    """Write a value so that text is always text, never a formula (see FORMULA_PREFIXES)."""
    cell.value = value
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        cell.data_type = "s"


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
