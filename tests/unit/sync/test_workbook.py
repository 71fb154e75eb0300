"""data.xlsx: the changes of changes.jsonl for people to read, read back exactly and strictly."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from typing import Any

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from sqms_desktop.errors import BundleRefused, ValidationError
from sqms_desktop.sync.wire import WireChange, encode_jsonl, parse_jsonl
from sqms_desktop.sync.workbook import HEADER, read_changes_xlsx, write_changes_xlsx
from tests.support.wire_changes import NOW_MS, change, hlc, variety
from tests.support.xlsx_parts import claim_dimension

DAY_MS = 24 * 60 * 60 * 1000


def _in_order(changes: list[WireChange]) -> list[WireChange]:
    return sorted(changes, key=lambda c: (c.replica_id, c.seq))


def _refusal(data: bytes) -> str:
    with pytest.raises(BundleRefused) as caught:
        read_changes_xlsx(data, now_ms=NOW_MS)
    assert caught.value.reason == "malformed"
    return str(caught.value)


def _edited(data: bytes, edit: Callable[[Any], None]) -> bytes:
    """The workbook after a person (or an attacker) changed it with a spreadsheet program."""
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    edit(workbook)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _with_part(data: bytes, name: str, change_part: Callable[[bytes], bytes]) -> bytes:
    """The same ZIP, rebuilt by hand with one part's bytes replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        assert name in source.namelist()
        for info in source.infolist():
            part = source.read(info)
            target.writestr(info, change_part(part) if info.filename == name else part)
    return out.getvalue()


def test_every_kind_of_value_comes_back_exactly_in_the_order_to_apply() -> None:
    changes = variety()

    back = read_changes_xlsx(write_changes_xlsx(changes), now_ms=NOW_MS)

    assert back == _in_order(changes)


def test_the_workbook_carries_the_same_changes_as_the_json_lines() -> None:
    changes = [change(3, replica="lapB"), change(1), change(2, field="city", value="Linz")]

    from_json = parse_jsonl(encode_jsonl(changes), now_ms=NOW_MS)
    from_xlsx = read_changes_xlsx(write_changes_xlsx(changes), now_ms=NOW_MS)

    assert from_json == changes  # the file's order
    assert from_xlsx == [changes[1], changes[2], changes[0]]  # by replica, then seq


def test_text_xml_cannot_hold_still_comes_back_exactly() -> None:
    odd = change(1, field="risk_reason", value="bell\x07 and \ufffe end")

    assert read_changes_xlsx(write_changes_xlsx([odd]), now_ms=NOW_MS) == [odd]


def test_no_changes_is_a_workbook_with_only_the_about_sheet() -> None:
    data = write_changes_xlsx([])

    assert openpyxl.load_workbook(io.BytesIO(data)).sheetnames == ["About"]
    assert read_changes_xlsx(data, now_ms=NOW_MS) == []


def test_a_person_can_read_the_workbook() -> None:
    changes = variety()

    workbook = openpyxl.load_workbook(io.BytesIO(write_changes_xlsx(changes)))

    entities = list(dict.fromkeys(c.entity for c in changes))
    assert workbook.sheetnames == ["About", *entities]
    about = " ".join(str(c.value) for row in workbook["About"].iter_rows() for c in row if c.value)
    assert "the importer reads every change back through value_json" in about
    assert workbook["About"].column_dimensions["A"].width >= 80

    sheet = workbook["supplier"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:L9"
    assert tuple(c.value for c in sheet[1]) == HEADER
    assert all(c.font.bold for c in sheet[1])
    widths = {
        h: sheet.column_dimensions[get_column_letter(n)].width
        for n, h in enumerate(HEADER, start=1)
    }
    assert widths["record"] >= 36  # a whole UUID shows
    assert widths["hlc"] >= 20
    assert widths["value"] >= 30

    first = dict(zip(HEADER, sheet[2], strict=True))
    assert first["value"].value == '=HYPERLINK("http://evil")'
    assert first["value"].data_type == "s"  # text, never a formula
    assert first["value_json"].value == '"=HYPERLINK(\\"http://evil\\")"'
    assert first["time (UTC)"].value == dt.datetime(2026, 12, 2, 8, 25, 40)
    assert first["time (UTC)"].number_format == "yyyy-mm-dd hh:mm:ss"
    assert first["seq"].value == 1
    assert first["parents"].value == "[]"

    commodities = {h: c.value for h, c in zip(HEADER, sheet[5], strict=True)}
    assert commodities["value"] == '["castings","=SUM(A1)","zinc"]'

    certificate = dict(zip(HEADER, workbook["certificate"][2], strict=True))
    assert certificate["value"].value == dt.datetime(2026, 5, 1)
    assert certificate["value"].number_format == "yyyy-mm-dd"
    assert certificate["value_json"].value == '"2026-05-01"'

    for values in workbook["answer"].iter_rows(min_row=2, values_only=True):
        record = dict(zip(HEADER, values, strict=True))
        if record["value_json"] == '"-5"':
            assert record["value"] == "-5"  # text that starts with "-" stays text
        if record["value_json"] == '"#N/A"':
            assert record["value"] == "#N/A"  # text, not an error cell


def test_a_value_too_long_for_one_cell_is_refused_before_anything_is_written() -> None:
    long_text = change(4, entity="answer", field="note", value="x" * 40_000)

    with pytest.raises(ValidationError) as caught:
        write_changes_xlsx([change(1), long_text])

    message = str(caught.value)
    assert message.startswith("answer 00000000-0000-0001-0000-000000000001 note (change lapA:4)")
    assert "40,002 characters as JSON" in message
    assert "send this bundle as JSON" in message


def _set_cell(sheet: str, ref: str, value: Any, *, also: str = "") -> Callable[[Any], None]:
    def edit(workbook: Any) -> None:
        for cell in filter(None, (ref, also)):
            workbook[sheet][cell] = value

    return edit


EDITS: list[tuple[str, Callable[[Any], None], str]] = [
    (
        "seq as text",
        _set_cell("supplier", "C3", "two"),
        "sheet supplier row 3: column C (seq): 'two' is not a sequence number",
    ),
    (
        "id of another",
        _set_cell("supplier", "A2", "lapA:9"),
        "sheet supplier row 2: column A (change id): 'lapA:9' does not match",
    ),
    (
        "clock ahead",
        _set_cell("supplier", "D2", hlc(-2 * DAY_MS)),
        "sheet supplier row 2: column D (hlc): its clock is 2 days in the future",
    ),
    (
        "empty author",
        _set_cell("supplier", "F2", None),
        "sheet supplier row 2: column F (author): '' is not a user name",
    ),
    (
        "record id too long",
        _set_cell("supplier", "G2", "r" * 40),
        "sheet supplier row 2: column G (record): 'rrrr",
    ),
    (
        "unknown field",
        _set_cell("supplier", "H2", "colour"),
        "sheet supplier row 2: column H (field): 'colour' is not a field of supplier",
    ),
    (
        "unknown kind",
        _set_cell("supplier", "I2", "merge"),
        "sheet supplier row 2: column I (kind): 'merge' is not a kind of change",
    ),
    (
        "value JSON broken",
        _set_cell("supplier", "K2", '"unterminated'),
        "sheet supplier row 2: column K (value_json): not valid JSON",
    ),
    (
        "value JSON empty",
        _set_cell("supplier", "K2", None),
        "sheet supplier row 2: column K (value_json): must hold JSON text (null for none), "
        "not an empty cell",
    ),
    (
        "value JSON a number cell",
        _set_cell("question", "K2", 1.5),
        "sheet question row 2: column K (value_json): must hold JSON text (null for none), "
        "not the number 1.5",
    ),
    (
        "value the field cannot hold",
        _set_cell("supplier", "K4", '"yes"'),
        "sheet supplier row 4: column K (value_json): supplier.new_business_hold must be "
        'true or false, not the text "yes"',
    ),
    (
        "parents not a list",
        _set_cell("site", "L2", '"lapA:1"'),
        "sheet site row 2: column L (parents): must be a list of change ids, not text",
    ),
    (
        "parents a bad id",
        _set_cell("site", "L2", '["lapA:1", "nope"]'),
        "sheet site row 2: column L (parents): 'nope' is not a change id",
    ),
    (
        "formula cell",
        _set_cell("supplier", "J3", "=1+1"),
        "sheet supplier row 3: column J (value): formulas are not accepted in a bundle",
    ),
    (
        "formula in a column read back",
        _set_cell("supplier", "K3", '=CONCAT("x")'),
        "sheet supplier row 3: column K (value_json): formulas are not accepted",
    ),
    (
        "error cell",
        _set_cell("supplier", "E2", "#DIV/0!"),
        "sheet supplier row 2: column E (time (UTC)): the cell holds the error #DIV/0!",
    ),
    (
        "a value under no header",
        _set_cell("supplier", "N5", "note", also="P5"),
        "sheet supplier row 5: column N holds a value but has no header",
    ),
    (
        "wrong header",
        _set_cell("supplier", "K1", "json"),
        "sheet supplier row 1: the header must be change id, replica, seq, hlc, time (UTC), "
        "author, record, field, kind, value, value_json, parents (columns A to L), not change "
        "id, replica, seq, hlc, time (UTC), author, record, field, kind, value, json, parents",
    ),
    (
        "unknown sheet",
        lambda workbook: workbook.create_sheet("Notes"),
        "data.xlsx sheet Notes: is not named after a kind of record this version knows",
    ),
    (
        "empty entity sheet",
        lambda workbook: workbook.create_sheet("action"),
        "data.xlsx sheet action: is empty; it must start with the header row",
    ),
    (
        "changes under another entity",
        lambda workbook: setattr(workbook["certificate"], "title", "finding"),
        "sheet finding row 2: column H (field): 'valid_from' is not a field of finding",
    ),
]


@pytest.mark.parametrize(
    ("edit", "expected"), [pytest.param(e, x, id=name) for name, e, x in EDITS]
)
def test_a_changed_workbook_is_refused_naming_sheet_row_and_column(
    edit: Callable[[Any], None], expected: str
) -> None:
    data = _edited(write_changes_xlsx(variety()), edit)

    message = _refusal(data)

    assert message.startswith("data.xlsx "), message
    assert expected in message, message


def test_blank_rows_are_skipped_and_rows_keep_their_numbers() -> None:
    def blank_then_bad(workbook: Any) -> None:
        sheet = workbook["supplier"]
        sheet.insert_rows(3, amount=2)
        sheet["C6"] = "six"

    data = _edited(write_changes_xlsx(variety()), blank_then_bad)

    assert "sheet supplier row 6: column C (seq)" in _refusal(data)
    fine = _edited(write_changes_xlsx(variety()), lambda w: w["supplier"].insert_rows(3))
    assert read_changes_xlsx(fine, now_ms=NOW_MS) == _in_order(variety())


def test_a_change_twice_is_refused_naming_where_it_was_first() -> None:
    data = write_changes_xlsx([change(1), change(2), change(1)])

    assert _refusal(data) == (
        "data.xlsx sheet supplier row 4: change lapA:1 appears twice "
        "(first in data.xlsx sheet supplier row 2)"
    )


EXTERNAL_ENTITY = b'<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'


def _with_doctype(part: bytes, encoding: str = "UTF-8") -> bytes:
    """The sheet's XML with an external entity declared and used in its first cell."""
    assert b"<t>lapA:1</t>" in part
    declaration = f'<?xml version="1.0" encoding="{encoding}"?>\n'.encode()
    return declaration + EXTERNAL_ENTITY + part.replace(b"<t>lapA:1</t>", b"<t>&secret;</t>", 1)


@pytest.mark.parametrize(
    "transform",
    [
        pytest.param(_with_doctype, id="utf-8"),
        pytest.param(
            lambda part: _with_doctype(part, "UTF-16").decode("utf-8").encode("utf-16"),
            id="utf-16",
        ),
        pytest.param(
            lambda part: b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>',
            id="billion-laughs-shape",
        ),
    ],
)
def test_a_dtd_or_external_entity_in_a_sheet_is_refused(
    transform: Callable[[bytes], bytes],
) -> None:
    data = _with_part(write_changes_xlsx(variety()), "xl/worksheets/sheet2.xml", transform)

    message = _refusal(data)

    assert message.startswith("data.xlsx: part 'xl/worksheets/sheet2.xml' declares a DTD")


def test_a_workbook_whose_sheet_is_not_xml_is_refused() -> None:
    data = _with_part(
        write_changes_xlsx(variety()), "xl/worksheets/sheet2.xml", lambda _: b"<worksheet"
    )

    assert _refusal(data).startswith("data.xlsx")


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        pytest.param(lambda: b"not a zip at all", "data.xlsx: not an Excel workbook", id="text"),
        pytest.param(
            lambda: _zip({"[Content_Types].xml": b"<x/>", "../evil.xml": b"<x/>"}),
            "data.xlsx: unsafe part name '../evil.xml' inside",
            id="zip-slip",
        ),
        pytest.param(
            lambda: _zip({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"\0" * 5_000_000}),
            "(a ZIP bomb?)",
            id="zip-bomb",
        ),
        pytest.param(
            lambda: _zip({"[Content_Types].xml": b"<x/>"}),
            "data.xlsx: not an Excel workbook (xl/workbook.xml is missing)",
            id="no-workbook",
        ),
    ],
)
def test_a_file_that_is_not_a_sane_workbook_is_refused(
    build: Callable[[], bytes], expected: str
) -> None:
    assert expected in _refusal(build())


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, part in parts.items():
            archive.writestr(name, part)
    return out.getvalue()


@pytest.mark.parametrize("claim", ["A1", "A1:XFD1048576"], ids=["too-small", "whole-grid"])
def test_a_sheet_declaring_another_size_than_it_holds_reads_every_change(claim: str) -> None:
    changes = variety()
    data = write_changes_xlsx(changes)
    sheets = [n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if "worksheets/" in n]
    for sheet in sheets:
        data = claim_dimension(data, claim, sheet)

    assert read_changes_xlsx(data, now_ms=NOW_MS) == _in_order(changes)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[1:],  # every offset in the directory is now one byte off
        lambda data: data.replace(b"docProps/core.xml", b"eocProps/core.xml", 1),
    ],
    ids=["shifted", "header-differs-from-directory"],
)
def test_a_workbook_whose_parts_cannot_be_unpacked_is_refused(
    damage: Callable[[bytes], bytes],
) -> None:
    """Found by tests/fuzz/test_bundle_data.py: zipfile raised ValueError and BadZipFile."""
    refusal = _refusal(damage(write_changes_xlsx(variety())))

    assert "data.xlsx" in refusal
