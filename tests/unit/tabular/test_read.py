"""Reading spreadsheets and CSV exports into rows of text, with every problem kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from sqms_desktop.tabular import TableError, read_table
from tests.support.supplier_files import write_csv, write_xlsx


def test_xlsx_rows_become_text_by_header(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "list.xlsx",
        [
            ["S1", "Müller GmbH", 123456789, 70173.0, dt.datetime(2026, 3, 2), True],
            [None, None, None, None, None, None],
            ["S2", "  Weiß AG ", 1.5, None, dt.datetime(2026, 3, 2, 14, 30), None],
        ],
        ["code", "name", "duns", "postal code", "since", "active"],
    )
    table = read_table(path)
    assert (table.file, table.sheet, table.header_row) == ("list.xlsx", "Suppliers", 1)
    assert table.headers == ("code", "name", "duns", "postal code", "since", "active")
    assert [row.number for row in table.rows] == [2, 4]  # the blank row 3 is left out
    assert table.rows[0].cells == {
        "code": "S1",
        "name": "Müller GmbH",
        "duns": "123456789",
        "postal code": "70173",
        "since": "2026-03-02",
        "active": "yes",
    }
    assert table.rows[1].cells == {
        "code": "S2",
        "name": "Weiß AG",
        "duns": "1.5",
        "since": "2026-03-02 14:30:00",
    }
    assert table.problems == ()


def test_a_chosen_sheet_and_a_missing_one(tmp_path: Path) -> None:
    book = Workbook()
    first = book.active
    assert first is not None
    first.append(["x"])
    second = book.create_sheet("Lieferanten")
    second.append(["code"])
    second.append(["S9"])
    path = tmp_path / "two.xlsx"
    book.save(path)
    assert read_table(path, sheet="Lieferanten").rows[0].cells == {"code": "S9"}
    with pytest.raises(TableError, match=r"no sheet 'Nope' \(sheets: Sheet, Lieferanten\)"):
        read_table(path, sheet="Nope")


def test_formulas_are_refused_cell_by_cell_never_evaluated(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "f.xlsx",
        [["S1", '=HYPERLINK("http://evil.example")'], ["S2", "ok"], ["=1+1", "=A2"]],
        ["code", "name"],
    )
    table = read_table(path)
    described = [p.describe() for p in table.problems]
    assert described == [
        "f.xlsx, sheet Suppliers, row 2, column 'name': formulas are not accepted; type the "
        "value itself",
        "f.xlsx, sheet Suppliers, row 4, column 'code': formulas are not accepted; type the "
        "value itself",
        "f.xlsx, sheet Suppliers, row 4, column 'name': formulas are not accepted; type the "
        "value itself",
    ]
    assert "HYPERLINK" not in str(table.rows)


def test_a_value_without_a_header_and_a_header_twice(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "h.xlsx", [["S1", "A", "x", "stray"]], ["code", "name", "Code", None]
    )
    reasons = [(p.row, p.column, p.reason) for p in read_table(path).problems]
    assert reasons == [
        (1, "Code", "the header 'Code' appears twice (columns A and C)"),
        (2, "", "a value in column D, which has no header ('stray')"),
    ]


def test_a_workbook_that_is_not_one_is_refused_by_the_zip_check(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("code,name\nS1,A\n", encoding="utf-8")
    with pytest.raises(Exception, match="not an Excel workbook"):
        read_table(path)


def test_csv_utf8_with_bom_and_semicolons(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "erp.csv",
        [["S1", "Müller; Söhne", "Łódź"], ["S2", 'Say "hi"', ""]],
        ["Code", "Name", "City"],
        delimiter=";",
        encoding="utf-8-sig",
    )
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    table = read_table(path)
    assert table.headers == ("Code", "Name", "City")  # no BOM glued to the first header
    assert [r.cells for r in table.rows] == [
        {"Code": "S1", "Name": "Müller; Söhne", "City": "Łódź"},
        {"Code": "S2", "Name": 'Say "hi"'},
    ]


def test_csv_in_windows_1252_from_an_old_erp(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "old.csv",
        [["S1", "Müller Präzision", "Zürich"]],
        ["code", "name", "city"],
        delimiter=";",
        encoding="cp1252",
    )
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    (row,) = read_table(path).rows
    assert row.cells == {"code": "S1", "name": "Müller Präzision", "city": "Zürich"}


def test_csv_with_tabs_and_a_quoted_line_break(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "tabs.csv",
        [["S1", "first line\nsecond line"], ["S2", "B"]],
        ["code", "name"],
        delimiter="\t",
    )
    table = read_table(path)
    assert [r.cells["name"] for r in table.rows] == ["first line\nsecond line", "B"]
    assert [r.number for r in table.rows] == [2, 3]  # records, as a spreadsheet numbers them


def test_binary_and_undecodable_files_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "b.csv"
    binary.write_bytes(b"code,name\x00\x01\x02")
    with pytest.raises(TableError, match=r"b\.csv: not a text file"):
        read_table(binary)
    broken = tmp_path / "u.csv"
    broken.write_bytes(b"\xef\xbb\xbfcode,name\nS1,M\xfcller\n")
    with pytest.raises(TableError, match=r"u\.csv: line 2 is not valid UTF-8 text"):
        read_table(broken)


def test_empty_files_and_unknown_kinds(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"empty\.csv: the file holds no rows"):
        read_table(empty)
    other = tmp_path / "list.ods"
    other.write_bytes(b"PK")
    with pytest.raises(TableError, match=r"a \.ods file; import reads \.xlsx and \.csv files"):
        read_table(other)
    with pytest.raises(TableError, match=r"does-not-exist\.csv: cannot read the file"):
        read_table(tmp_path / "does-not-exist.csv")
