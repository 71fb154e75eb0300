"""Excel registers as a quality manager opens them: filterable, dated, and never a formula."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from sqms_desktop.reports.registers import Column, export_register, workbook_bytes
from sqms_desktop.safe_xlsx import MAX_CELL_TEXT, cell_text
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Audit, Capa, Finding, Supplier

TODAY = dt.date(2026, 11, 24)


def _count(store: Store, model: type, *where: object) -> int:
    with store.session() as s:
        query = select(func.count()).select_from(model)
        if model is Finding and where:
            query = query.join(Audit, Audit.id == Finding.audit_id)
        return int(s.scalar(query.where(*where)) or 0)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("kind", "model", "date_column"),
    [
        ("findings", Finding, "Audit date"),
        ("capas", Capa, "Issued"),
        ("suppliers", Supplier, "Last audit"),
    ],
)
def test_register_has_one_row_per_record_and_a_usable_header(
    demo: Store, tmp_path: Path, kind: str, model: type, date_column: str
) -> None:
    path = tmp_path / f"{kind}.xlsx"
    written = export_register(demo, kind, path, today=TODAY)
    assert written == _count(demo, model)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet.max_row == written + 1
    assert sheet.freeze_panes == "A2"
    assert (
        sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{written + 1}"
    )
    header = [c.value for c in sheet[1]]
    assert all(c.font.b for c in sheet[1])
    assert sheet["A1"].fill.fgColor.rgb.endswith("1D4E89")
    assert all(sheet.column_dimensions[c.column_letter].width >= 7 for c in sheet[1])
    column = header.index(date_column) + 1
    dates = [sheet.cell(row, column) for row in range(2, sheet.max_row + 1)]
    filled = [c for c in dates if c.value is not None]
    assert filled
    assert all(c.is_date and c.number_format == "yyyy-mm-dd" for c in filled)


@pytest.mark.slow
def test_supplier_filter_keeps_only_that_suppliers_records(demo: Store, tmp_path: Path) -> None:
    with demo.session() as s:
        supplier = s.scalars(select(Supplier).order_by(Supplier.code)).first()
    assert supplier is not None
    path = tmp_path / "f.xlsx"
    written = export_register(demo, "findings", path, supplier_code=supplier.code)
    assert written == _count(demo, Finding, Audit.supplier_id == supplier.id)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert {row[3] for row in sheet.iter_rows(min_row=2, values_only=True)} == {supplier.code}


def _round_trip(values: list[str]) -> list[openpyxl.cell.cell.Cell]:
    data = workbook_bytes("Texts", [Column("Text", 30)], [[v] for v in values])
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    return [sheet.cell(row, 1) for row in range(2, len(values) + 2)]


FORMULA_LIKE = [
    "=1+1",
    '=HYPERLINK("http://x","y")',
    "+49 521 1234",
    "-3",
    "@SUM(A1)",
    "\t=cmd",
    "\r=cmd",
    "=",
    "-",
]


def test_formula_like_text_stays_text() -> None:
    for value, cell in zip(FORMULA_LIKE, _round_trip(FORMULA_LIKE), strict=True):
        assert cell.data_type == "s"
        assert cell.value == cell_text(value)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=60), min_size=1, max_size=5))
def test_any_text_reads_back_as_written_and_never_as_a_formula(values: list[str]) -> None:
    cells = _round_trip(values)
    for value, cell in zip(values, cells, strict=True):
        assert cell.data_type != "f"
        assert (cell.value or "") == cell_text(value)


@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=80))
@settings(max_examples=100, deadline=None)
def test_text_a_workbook_can_hold_is_written_unchanged(value: str) -> None:
    """Only CR, control characters XML cannot carry and non-characters are ever changed."""
    storable = all(ch in "\t\n" or (ord(ch) >= 0x20 and ch not in "\ufffe\uffff") for ch in value)
    assert (cell_text(value) == value) == storable


def test_overlong_text_is_cut_to_excels_limit() -> None:
    (cell,) = _round_trip(["x" * (MAX_CELL_TEXT + 10)])
    assert len(cell.value) == MAX_CELL_TEXT
    assert cell.value.endswith("…")
