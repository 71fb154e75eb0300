"""Hypothesis strategies that damage a valid file the ways files get damaged or forged:
bytes flipped, cut or inserted; a workbook's XML edited at its tags (and zipped again, so the
ZIP itself stays sound and the damage reaches the XML reader); cells given hostile values."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
from typing import Any

from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell

from sqms_desktop.safe_xlsx import cell_text

# Fragments an attacker (or a broken exporter) puts into a sheet's XML.
XML_TOKENS = (
    '<c r="XFD1048576"><v>1</v></c>',
    '<c r="A1" t="s"><v>999999</v></c>',
    '<c r="B2" t="e"><v>#REF!</v></c>',
    '<c r="C3"><f>HYPERLINK("http://x")</f><v>0</v></c>',
    '<c r="D4" t="inlineStr"><is><t>x</t></is></c>',
    '<row r="1048577"><c r="A1048577" t="inlineStr"><is><t>x</t></is></c></row>',
    '<row r="0">',
    '<row r="-1">',
    '<c r="A0">',
    '<c r="ZZZZ1"><v>1</v></c>',
    '<dimension ref="A1:XFD1048576"/>',
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
    "&a;",
    '<xi:include href="/etc/passwd"/>',
    "</row>",
    "</sheetData>",
    "<v>1e308</v>",
    "<v>nan</v>",
    't="b"',
    't="d"',
    't="n"',
    's="99999"',
    "\x00",
    "é",
    "",
)


def byte_mutations(data: bytes) -> st.SearchStrategy[bytes]:
    """`data` with a few bytes flipped, a slice deleted or duplicated, junk inserted, or cut."""
    size = len(data)
    position = st.integers(0, max(size - 1, 0))
    edit = st.one_of(
        st.tuples(st.just("flip"), position, st.integers(1, 255)),
        st.tuples(st.just("cut"), position, st.just(0)),
        st.tuples(st.just("delete"), position, st.integers(1, 64)),
        st.tuples(st.just("repeat"), position, st.integers(1, 64)),
        st.tuples(st.just("insert"), position, st.binary(min_size=1, max_size=16)),
    )
    return st.lists(edit, min_size=1, max_size=4).map(lambda edits: _bytes_edited(data, edits))


def _bytes_edited(data: bytes, edits: list[tuple[str, int, Any]]) -> bytes:
    out = bytearray(data)
    for kind, wanted, arg in edits:
        at = min(wanted, max(len(out) - 1, 0))
        if kind == "flip" and out:
            out[at] ^= arg
        elif kind == "cut":
            del out[at:]
        elif kind == "delete":
            del out[at : at + arg]
        elif kind == "repeat":
            out[at:at] = out[at : at + arg]
        elif kind == "insert":
            out[at:at] = arg
    return bytes(out)


def xml_mutations(data: bytes) -> st.SearchStrategy[bytes]:
    """The workbook with one XML part edited at its tags, zipped again soundly."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = sorted(n for n in archive.namelist() if n.endswith((".xml", ".rels")))
    sheets = [n for n in parts if "worksheets/" in n or "sharedStrings" in n]
    # sheets most of the time: that is where the cells are
    part = (
        st.one_of(st.sampled_from(sheets), st.sampled_from(parts))
        if sheets
        else st.sampled_from(parts)
    )
    edit = st.tuples(
        st.sampled_from(("replace", "delete", "repeat", "insert")),
        st.integers(0, 10_000),
        st.integers(1, 120),
        st.one_of(st.sampled_from(XML_TOKENS), st.text(max_size=12)),
    )
    return st.tuples(part, st.lists(edit, min_size=1, max_size=3)).map(
        lambda chosen: _part_edited(data, chosen[0], chosen[1])
    )


def _part_edited(data: bytes, name: str, edits: list[tuple[str, int, int, str]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            part = source.read(info)
            if info.filename == name:
                part = _xml_edited(part, edits)
            target.writestr(info, part, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _xml_edited(xml: bytes, edits: list[tuple[str, int, int, str]]) -> bytes:
    text = xml.decode("utf-8", errors="surrogateescape")
    for kind, pick, length, token in edits:
        tags = [m.start() for m in re.finditer("<", text)] or [0]
        at = tags[pick % len(tags)]
        end = min(at + length, len(text))
        if kind == "replace":
            text = text[:at] + token + text[end:]
        elif kind == "delete":
            text = text[:at] + text[end:]
        elif kind == "repeat":
            text = text[:end] + text[at:end] + text[end:]
        else:
            text = text[:at] + token + text[at:]
    return text.encode("utf-8", errors="surrogateescape")


def cell_values() -> st.SearchStrategy[Any]:
    """What a person (or a generator) types into a cell, hostile values included."""
    return st.one_of(
        st.none(),
        st.text(max_size=30),
        st.sampled_from(
            (
                "=1+1",
                '=HYPERLINK("http://x")',
                "+A1",
                "@SUM(A1)",
                "-",
                "yes",
                "no",
                "n.e.",
                "high",
                "approved",
                "score",
                "choice",
                'q1 == "yes"',
                "A",
                "P6.1",
                "10",
                "x" * 300,
            )
        ),
        st.integers(-(2**63), 2**63),
        st.floats(allow_nan=True, allow_infinity=True),
        st.booleans(),
        st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(9999, 1, 1)),
    )


def cell_edits(data: bytes) -> st.SearchStrategy[bytes]:
    """The workbook with a few cells of its sheets set to `cell_values`, as Excel saves it."""
    book = load_workbook(io.BytesIO(data))
    sheets = book.sheetnames
    edit = st.tuples(st.sampled_from(sheets), st.integers(1, 40), st.integers(1, 16), cell_values())
    return st.lists(edit, min_size=1, max_size=6).map(lambda edits: _cells_edited(data, edits))


def _cells_edited(data: bytes, edits: list[tuple[str, int, int, Any]]) -> bytes:
    book = load_workbook(io.BytesIO(data))
    for sheet, row, column, value in edits:
        cell = book[sheet].cell(row=row, column=column)
        if isinstance(cell, MergedCell):
            continue  # Excel types into a merged range's first cell only
        cell.value = cell_text(value) if isinstance(value, str) else value
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_files(header: list[str]) -> st.SearchStrategy[bytes]:
    """CSV files under `header`: hostile cells, any delimiter, several encodings, NUL bytes."""
    rows = st.lists(st.lists(cell_values().map(_as_text), max_size=len(header) + 2), max_size=6)
    encoding = st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"))
    delimiter = st.sampled_from((",", ";", "\t", "|"))
    return st.builds(_csv, st.just(header), rows, encoding, delimiter)


def _as_text(value: Any) -> str:
    return "" if value is None else str(value)


def _csv(header: list[str], rows: list[list[str]], encoding: str, delimiter: str) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode(encoding, errors="replace")


def json_edits(data: bytes) -> st.SearchStrategy[bytes]:
    """A JSON document with one value somewhere in it replaced by hostile JSON."""
    document = json.loads(data)
    paths = list(_paths(document, ()))
    hostile = st.recursive(
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(),
            st.floats(allow_nan=False),
            st.text(max_size=20),
        ),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
        ),
        max_leaves=8,
    )
    return st.tuples(st.sampled_from(paths), hostile).map(
        lambda chosen: json.dumps(_replaced(document, chosen[0], chosen[1])).encode()
    )


def _paths(value: Any, path: tuple[Any, ...]) -> Any:
    yield path
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _paths(inner, (*path, index))


def _replaced(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    copy = json.loads(json.dumps(document))
    here = copy
    for step in path[:-1]:
        here = here[step]
    here[path[-1]] = value
    return copy
