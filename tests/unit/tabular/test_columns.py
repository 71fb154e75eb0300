"""Matching a file's headers to our fields, by name or by a mapping."""

from __future__ import annotations

from sqms_desktop.tabular import Table, TableRow, match_columns, normalise_header

FIELDS = ("code", "name", "postal_code", "city", "vat_id")


def _table(*headers: str) -> Table:
    row = TableRow(2, {h: f"{h}-value" for h in headers})
    return Table("erp.csv", "", 1, headers, (row,))


def test_headers_match_ignoring_case_spaces_underscores_and_hyphens() -> None:
    assert normalise_header(" Postal_Code ") == normalise_header("postal code") == "postalcode"
    match, problems = match_columns(
        _table("CODE", "Name", "Postal Code", "VAT-ID", "Remarks"), FIELDS, required=("code",)
    )
    assert problems == []
    assert match.columns == {
        "code": "CODE",
        "name": "Name",
        "postal_code": "Postal Code",
        "vat_id": "VAT-ID",
    }
    assert match.ignored == ("Remarks",)
    assert match.values(_table("CODE", "Name").rows[0]) == {
        "code": "CODE-value",
        "name": "Name-value",
        "postal_code": "",
        "vat_id": "",
    }


def test_a_mapping_names_the_sources_own_headers_and_the_rest_match_by_name() -> None:
    table = _table("Lieferant", "name", "Ort")
    match, problems = match_columns(
        table, FIELDS, required=("code", "name"), mapping={"code": "Lieferant", "city": "ort"}
    )
    assert problems == []
    assert match.columns == {"code": "Lieferant", "city": "Ort", "name": "name"}


def test_every_problem_with_the_headers_at_once() -> None:
    table = _table("Name", "name ", "Ort")
    _, problems = match_columns(
        table,
        FIELDS,
        required=("code", "name"),
        mapping={"city": "Stadt", "colour": "Ort", "vat_id": "Ort", "postal_code": "Ort"},
    )
    reasons = [(p.row, p.column, p.reason) for p in problems]
    assert reasons == [
        (1, "", "the mapping reads city from the column 'Stadt', which the file does not have "
         "(its columns: 'Name', 'name ', 'Ort')"),
        (1, "", "the mapping names 'colour', which is not a field (fields: code, name, "
         "postal_code, city, vat_id)"),
        (1, "", "the columns 'Name' and 'name ' both read as name; map one of them"),
        (1, "Ort", "the column is mapped to vat_id and postal_code; map it to one field"),
        (1, "", "no column for the required field code (name a column 'code' or map one to "
         "it; the file's columns: 'Name', 'name ', 'Ort')"),
        (1, "", "no column for the required field name (name a column 'name' or map one to "
         "it; the file's columns: 'Name', 'name ', 'Ort')"),
    ]  # fmt: skip
    assert problems[0].describe().startswith("erp.csv, row 1: the mapping reads city")


def test_a_field_mapped_to_nothing_is_not_read_even_from_a_column_of_its_name() -> None:
    table = _table("code", "name", "city")
    match, problems = match_columns(table, FIELDS, mapping={"city": ""})
    assert problems == []
    assert "city" not in match.columns
    assert match.ignored == ("city",)
    _, problems = match_columns(table, FIELDS, required=("code",), mapping={"code": ""})
    assert [p.reason for p in problems] == [
        "no column for the required field code (name a column 'code' or map one to it; "
        "the file's columns: 'code', 'name', 'city')"
    ]
