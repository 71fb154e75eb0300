"""Real documents made in memory: a PDF with pages, and broken copies of it."""

from __future__ import annotations

import io

from pypdf import PdfWriter


def pdf(pages: int = 1) -> bytes:
    """A real PDF of blank A4 pages."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def damaged_pdf() -> bytes:
    """Begins like a PDF, but its objects and cross-reference table are gone."""
    return b"%PDF-1.7\n" + b"\x00garbage, no objects, no xref\n" * 20
