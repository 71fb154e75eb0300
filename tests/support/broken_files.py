"""Small broken files for the importers' refusals: a workbook cut short, a ZIP without the
workbook's parts, a sheet that is not XML, one whose part is missing, text in a wrong encoding,
and plain text named like a workbook. Each is made from a real workbook in memory."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

from openpyxl import Workbook

SHEET_PART = "xl/worksheets/sheet1.xml"
NOT_UTF8_SHEET = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>\xff\xfe\xfa</t></is></c></row>'
    b"</sheetData></worksheet>"
)


def workbook_bytes(*sheets: tuple[str, list[list[str]]]) -> bytes:
    """A real .xlsx with the sheets given (name, rows); one sheet `data` when none is given."""
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for name, rows in sheets or (("data", [["code", "name"], ["S1", "Acme"]]),):
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def rezip(
    data: bytes, *, drop: tuple[str, ...] = (), replace: dict[str, bytes] | None = None
) -> bytes:
    """The ZIP archive `data` again, without the parts `drop`, with the parts `replace`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename in drop:
                continue
            body = (replace or {}).get(info.filename) or source.read(info.filename)
            target.writestr(info.filename, body)
    return out.getvalue()


def zip_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    return out.getvalue()


def broken_workbooks(good: bytes) -> dict[str, bytes]:
    """Broken copies of the workbook `good`, by what is wrong with them."""
    return {
        "text": b"code;name\nS1;Acme\n",
        "truncated": good[: len(good) // 2],
        "zip-without-workbook": zip_of({"readme.txt": b"no workbook in here"}),
        "sheet-not-xml": rezip(good, replace={SHEET_PART: b"this is <not xml"}),
        "sheet-missing": rezip(good, drop=(SHEET_PART,)),
        "sheet-not-utf8": rezip(good, replace={SHEET_PART: NOT_UTF8_SHEET}),
    }


BROKEN_KINDS: tuple[str, ...] = tuple(broken_workbooks(workbook_bytes()))
Builder = Callable[[], bytes]
