"""A sheet reads as its XML holds it, whatever size it declares, within limits it names."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from sqms_desktop import safe_xlsx
from sqms_desktop.checklists.library import library_dir
from sqms_desktop.checklists.workbooks import read_checklist
from sqms_desktop.errors import ValidationError
from sqms_desktop.safe_xlsx import load_workbook
from sqms_desktop.tabular import read_table
from sqms_desktop.tabular.table import TableError
from tests.support.supplier_files import HEADERS, supplier_rows, write_xlsx
from tests.support.xlsx_parts import (
    FIRST_SHEET,
    add_rows,
    claim_dimension,
    inline_cell,
    rewrite_file,
    with_part,
)

HUGE = "A1:XFD1048576"


def _suppliers(tmp_path: Path, name: str = "suppliers.xlsx") -> Path:
    return write_xlsx(tmp_path / name, supplier_rows(20))


def _cells_read(path: Path, *, bound: int = 100) -> tuple[int, int]:
    """(rows, cells) the first sheet yields, stopping at `bound` rows so a regression fails
    quickly instead of walking a million padded rows."""
    workbook = load_workbook(path)
    try:
        rows = list(itertools.islice(workbook.worksheets[0].iter_rows(), bound))
    finally:
        workbook.close()
    return len(rows), sum(len(row) for row in rows)


def test_a_sheet_declaring_less_than_it_holds_reads_every_column_and_row(tmp_path: Path) -> None:
    honest = read_table(_suppliers(tmp_path, "honest.xlsx"))
    lying = rewrite_file(_suppliers(tmp_path), lambda data: claim_dimension(data, "A1:B2"))

    table = read_table(lying)

    assert table.headers == HEADERS
    assert len(table.rows) == 20
    assert table.rows == honest.rows


def test_a_checklist_declaring_a_single_cell_imports_every_question(tmp_path: Path) -> None:
    source = library_dir() / "iso9001-supplier.xlsx"
    honest = read_checklist(source).spec
    lying = tmp_path / "iso.xlsx"
    data = claim_dimension(source.read_bytes(), "A1", "xl/worksheets/sheet2.xml")
    lying.write_bytes(claim_dimension(data, "A1", "xl/worksheets/sheet1.xml"))

    assert read_checklist(lying).spec == honest


def test_a_sheet_claiming_excels_whole_grid_reads_only_the_cells_it_holds(tmp_path: Path) -> None:
    honest = _suppliers(tmp_path, "honest.xlsx")
    huge = rewrite_file(_suppliers(tmp_path), lambda data: claim_dimension(data, HUGE))
    assert huge.stat().st_size < 10_000

    assert _cells_read(huge) == _cells_read(honest) == (21, 21 * len(HEADERS))
    assert read_table(huge).rows == read_table(honest).rows


def test_missing_rows_keep_their_numbers_and_formatted_cells_past_the_edge_cost_nothing(
    tmp_path: Path,
) -> None:
    far = f'<row r="30"><c r="XFD30" s="0"/></row><row r="40">{inline_cell("B40", "late")}</row>'
    path = rewrite_file(_suppliers(tmp_path), lambda data: add_rows(data, far))
    path = rewrite_file(path, lambda data: claim_dimension(data, HUGE))

    rows, cells = _cells_read(path)

    assert rows == 40
    assert cells == 21 * len(HEADERS) + 2  # row 40 is as long as its last value, column B
    assert read_table(path).rows[-1].number == 40


@pytest.mark.parametrize(
    ("rows_xml", "limit"),
    [
        (f'<row r="22">{inline_cell("ALM22", "x")}</row>', "at most 1,000 columns"),
        (f'<row r="1048577">{inline_cell("A1048577", "x")}</row>', "at most 1,048,576 rows"),
        (f'<row r="22">{inline_cell("A22", "x" * 40_000)}</row>', "the limit is 32,767"),
    ],
    ids=["columns", "rows", "text"],
)
def test_a_sheet_over_a_limit_is_refused_naming_file_sheet_and_limit(
    tmp_path: Path, rows_xml: str, limit: str
) -> None:
    path = rewrite_file(_suppliers(tmp_path), lambda data: add_rows(data, rows_xml))

    with pytest.raises(TableError) as caught:  # the importer's own error, the limit in words
        read_table(path)

    assert "suppliers.xlsx, sheet 'Suppliers'" in str(caught.value)
    assert limit in str(caught.value)


def test_a_sheet_with_more_cells_than_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(safe_xlsx, "MAX_CELLS", 100)
    path = _suppliers(tmp_path)

    with pytest.raises(TableError, match="more than 100 cells"):
        read_table(path)


def test_a_sheet_whose_xml_is_broken_is_refused_naming_file_and_sheet(tmp_path: Path) -> None:
    """Read-only sheets are parsed only while their rows are read: a ParseError then used to
    escape every importer as an internal error."""
    mismatched = rewrite_file(
        _suppliers(tmp_path),
        lambda data: with_part(
            data,
            FIRST_SHEET,
            lambda xml: xml.replace(b"</row>", b"</rows>", 1),
        ),
    )

    with pytest.raises(
        ValidationError, match=r"suppliers\.xlsx, sheet 'Suppliers': the sheet cannot be read"
    ):
        read_table(mismatched)


def test_a_zip_whose_directory_is_damaged_is_refused_as_no_workbook(tmp_path: Path) -> None:
    """zipfile.is_zipfile finds the end record; the directory it points to can still be junk."""
    damaged = rewrite_file(
        _suppliers(tmp_path), lambda data: data.replace(b"PK\x01\x02", b"PK\x01\x03", 1)
    )

    with pytest.raises(ValidationError, match=r"suppliers\.xlsx: a damaged ZIP file"):
        read_table(damaged)


def test_a_workbook_declaring_a_dtd_is_refused_though_it_has_no_entity(tmp_path: Path) -> None:
    """defusedxml refuses entities, not a bare DTD; no workbook needs one (bundles already
    refused it, sync/workbook.py)."""

    def doctype(xml: bytes) -> bytes:
        head, sep, rest = xml.partition(b"?>")
        return head + sep + b"<!DOCTYPE workbook>" + rest

    path = rewrite_file(
        _suppliers(tmp_path), lambda data: with_part(data, "xl/workbook.xml", doctype)
    )

    with pytest.raises(ValidationError, match=r"'xl/workbook\.xml' declares a DTD"):
        read_table(path)
