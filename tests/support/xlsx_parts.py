"""Editing the XML inside a real openpyxl-written .xlsx, as an attacker with a ZIP tool would:
what a spreadsheet program would never write (a lying `<dimension>`, cells past Excel's edge)."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

FIRST_SHEET = "xl/worksheets/sheet1.xml"
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"\s*/>')


def with_part(data: bytes, name: str, change: Callable[[bytes], bytes]) -> bytes:
    """The same ZIP, rebuilt with one part's bytes replaced (the part must exist)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        assert name in source.namelist(), f"{name} not in {source.namelist()}"
        for info in source.infolist():
            part = source.read(info)
            target.writestr(info, change(part) if info.filename == name else part)
    return out.getvalue()


def part(data: bytes, name: str = FIRST_SHEET) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


def claim_dimension(data: bytes, ref: str, sheet: str = FIRST_SHEET) -> bytes:
    """The workbook with its sheet declaring `ref` as its size, whatever it really holds."""

    claim = f'<dimension ref="{ref}"/>'.encode()

    def change(xml: bytes) -> bytes:
        edited, count = _DIMENSION.subn(claim, xml)
        if count:
            return edited
        # write-only mode writes no <dimension>: it goes where the schema puts it
        anchor = re.search(rb"<sheetViews|<sheetFormatPr|<cols|<sheetData", xml)
        assert anchor is not None, "a sheet without <sheetData>"
        return xml[: anchor.start()] + claim + xml[anchor.start() :]

    return with_part(data, sheet, change)


def add_rows(data: bytes, rows_xml: str, sheet: str = FIRST_SHEET) -> bytes:
    """The workbook with raw `<row>` elements appended to the sheet's data."""
    return with_part(
        data, sheet, lambda xml: xml.replace(b"</sheetData>", rows_xml.encode() + b"</sheetData>")
    )


def inline_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def rewrite_file(path: Path, change: Callable[[bytes], bytes]) -> Path:
    path.write_bytes(change(path.read_bytes()))
    return path
