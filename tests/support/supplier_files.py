"""Supplier lists as ERP and spreadsheet exports deliver them, and certificate scans, written to
real files for the import and certificate tests."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from reportlab.pdfgen import canvas

from tests.support.photos import jpeg

HEADERS = ("code", "name", "city", "country", "risk_class", "status", "commodities", "duns")


def supplier_rows(count: int = 50, *, bad_row: int | None = None) -> list[list[str]]:
    """`count` suppliers; with `bad_row` (a row number as a spreadsheet shows it, the header
    being row 1) that row's DUNS number is two digits short."""
    rows = []
    for n in range(1, count + 1):
        duns = f"{100000000 + n}"
        if bad_row is not None and n + 1 == bad_row:
            duns = duns[:7]
        rows.append(
            [
                f"SUP-{n:03d}",
                f"Lieferant {n} GmbH" if n % 7 else f"Łódź Odlewnia {n} Sp. z o.o.",
                ("Stuttgart", "Ulm", "Łódź")[n % 3],
                ("DE", "DE", "PL")[n % 3],
                ("high", "medium", "low")[n % 3],
                ("approved", "prospect")[n % 2],
                "castings; machining" if n % 2 else "fasteners",
                duns,
            ]
        )
    return rows


def write_csv(
    path: Path,
    rows: Sequence[Sequence[str]],
    headers: Sequence[str] = HEADERS,
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> Path:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[object]],
    headers: Sequence[str] = HEADERS,
    *,
    sheet: str = "Suppliers",
) -> Path:
    book = Workbook()
    active = book.active
    assert active is not None
    active.title = sheet
    active.append(list(headers))
    for row in rows:
        active.append(list(row))
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def pdf_scan(text: str = "ISO 9001 certificate") -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=True)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return out.getvalue()


def png_scan() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (120, 170), 240).save(out, "PNG")
    return out.getvalue()


def jpeg_scan() -> bytes:
    return jpeg((170, 120))
