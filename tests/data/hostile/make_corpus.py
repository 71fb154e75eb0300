"""Write the hostile corpus: files that attack or merely break our importers, each with the
refusal it must get. Generated, not committed: the bombs would bloat the repository and a
virus scanner on a contributor's machine may quarantine them.

    python tests/data/hostile/make_corpus.py OUT_FOLDER

writes the files and `manifest.json`: for each file the importer (a name in
tests/support/importers.py), the error class it must raise (None: it must import) and a phrase
of the message. The test is tests/integration/test_hostile_corpus.py.
"""

from __future__ import annotations

import io
import json
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from openpyxl import Workbook
from PIL import Image

SHEET = "xl/worksheets/sheet1.xml"
HEADERS = ["code", "name", "city", "country", "risk_class", "status"]


@dataclass(frozen=True)
class Entry:
    file: str
    importer: str
    error: str | None  # the exception class's name; None: the file imports
    phrase: str  # part of the message (or of nothing, for a file that imports)
    why: str


def suppliers_xlsx(rows: int = 3) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Suppliers"
    sheet.append(HEADERS)
    for n in range(1, rows + 1):
        sheet.append([f"H-{n:03d}", f"Hostile Test {n} GmbH", "Ulm", "DE", "low", "prospect"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def rezipped(
    data: bytes, change: Callable[[str, bytes], bytes | None], extra: dict[str, bytes] | None = None
) -> bytes:
    """The ZIP with each part passed through `change` (None drops it), and `extra` parts added."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            part = change(info.filename, source.read(info))
            if part is not None:
                target.writestr(info.filename, part)
        for name, part in (extra or {}).items():
            target.writestr(name, part)
    return out.getvalue()


def in_sheet(data: bytes, edit: Callable[[bytes], bytes], part: str = SHEET) -> bytes:
    return rezipped(data, lambda name, xml: edit(xml) if name == part else xml)


def with_doctype(xml: bytes, doctype: str) -> bytes:
    head, sep, rest = xml.partition(b"?>")
    if not sep:
        return doctype.encode() + xml
    return head + sep + doctype.encode() + rest


LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)
EXTERNAL = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def bomb_sheet(xml: bytes) -> bytes:
    """The sheet padded with 20 MB of spaces: 20 KB packed, far past the packing ratio allowed."""
    return xml.replace(b"</worksheet>", b" " * 20_000_000 + b"</worksheet>")


def png(size: tuple[int, int] = (32, 24)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "#3a6ea5").save(out, "PNG")
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A real small PNG whose header claims `width` × `height` pixels (checksum fixed)."""
    data = bytearray(png())
    ihdr = 8 + 8  # signature, then length and type of the first chunk
    data[ihdr : ihdr + 8] = struct.pack(">II", width, height)
    body = bytes(data[12 : ihdr + 13])  # type + IHDR data
    data[ihdr + 13 : ihdr + 17] = struct.pack(">I", zlib.crc32(body))
    return bytes(data)


def deep_json(depth: int = 100_000) -> bytes:
    return b"[" * depth + b"]" * depth


def zipped(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, part in parts.items():
            archive.writestr(name, part)
    return out.getvalue()


def corpus() -> list[tuple[Entry, Callable[[], bytes]]]:
    """Each entry with the function making its bytes (the bombs are made only when asked)."""
    good = suppliers_xlsx()
    formula = Workbook()
    sheet = formula.active
    assert sheet is not None
    sheet.append(HEADERS)
    sheet.append(
        ["H-001", '=HYPERLINK("http://evil.example","Click")', "Ulm", "DE", "low", "prospect"]
    )
    formula_bytes = io.BytesIO()
    formula.save(formula_bytes)
    far_cell = b'<row r="5"><c r="ALM5" t="inlineStr"><is><t>far</t></is></c></row></sheetData>'
    return [
        (
            Entry(
                "zip-bomb.xlsx",
                "supplier-xlsx",
                "TableError",
                "a ZIP bomb?",
                "a sheet unpacking 1,000 times its packed size",
            ),
            lambda: in_sheet(good, bomb_sheet),
        ),
        (
            Entry(
                "billion-laughs.xlsx",
                "checklist-xlsx",
                "TemplateFileError",
                "declares a DTD",
                "entities expanding to a billion characters (defusedxml forbids them)",
            ),
            lambda: in_sheet(
                good, lambda xml: with_doctype(xml, LAUGHS).replace(b"<v>", b"<v>&lol9;", 1)
            ),
        ),
        (
            Entry(
                "billion-laughs-in-workbook.xlsx",
                "supplier-xlsx",
                "TableError",
                "declares a DTD",
                "the same in the workbook part, read when the file is opened",
            ),
            lambda: in_sheet(good, lambda xml: with_doctype(xml, LAUGHS), "xl/workbook.xml"),
        ),
        (
            Entry(
                "external-entity.xlsx",
                "supplier-xlsx",
                "TableError",
                "declares a DTD",
                "an entity reading /etc/passwd into a cell",
            ),
            lambda: in_sheet(good, lambda xml: with_doctype(xml, EXTERNAL)),
        ),
        (
            Entry(
                "dtd-only.xlsx",
                "scar-response",
                "ScarFormError",
                "declares a DTD",
                "a DTD with no entities: no workbook needs one",
            ),
            lambda: in_sheet(
                good, lambda xml: with_doctype(xml, "<!DOCTYPE workbook>"), "xl/workbook.xml"
            ),
        ),
        (
            Entry(
                "truncated.xlsx",
                "supplier-xlsx",
                "TableError",
                "not an Excel workbook",
                "the first half of a workbook",
            ),
            lambda: good[: len(good) // 2],
        ),
        (
            Entry(
                "dot-dot-names.xlsx",
                "checklist-xlsx",
                "TemplateFileError",
                "unsafe part name",
                "a part named ../../evil.sh, as a zip-slip attack writes it",
            ),
            lambda: rezipped(good, lambda name, part: part, {"../../evil.sh": b"rm -rf ~\n"}),
        ),
        (
            Entry(
                "huge-dimension.xlsx",
                "supplier-xlsx",
                None,
                "",
                "a 5 KB sheet declaring A1:XFD1048576; it imports, reading only its cells",
            ),
            lambda: in_sheet(
                good,
                lambda xml: xml.replace(
                    b'<dimension ref="A1:F4"/>', b'<dimension ref="A1:XFD1048576"/>'
                ),
            ),
        ),
        (
            Entry(
                "small-dimension.xlsx",
                "supplier-xlsx",
                None,
                "",
                "a sheet declaring A1:A1 that holds six columns; it imports all of them",
            ),
            lambda: in_sheet(
                good, lambda xml: xml.replace(b'<dimension ref="A1:F4"/>', b'<dimension ref="A1"/>')
            ),
        ),
        (
            Entry(
                "far-cell.xlsx",
                "supplier-xlsx",
                "TableError",
                "at most 1,000 columns",
                "a value in column ALM (1,001), past the limit",
            ),
            lambda: in_sheet(good, lambda xml: xml.replace(b"</sheetData>", far_cell)),
        ),
        (
            Entry(
                "formula.xlsx",
                "supplier-xlsx",
                "TableError",
                "formulas are not accepted",
                "a formula where a supplier name belongs (formula injection)",
            ),
            formula_bytes.getvalue,
        ),
        (
            Entry(
                "csv-named.xlsx",
                "supplier-xlsx",
                "TableError",
                "not an Excel workbook",
                "CSV text with an .xlsx name",
            ),
            lambda: b"code,name\nH-001,Hostile\n",
        ),
        (
            Entry(
                "docx-named.xlsx",
                "checklist-xlsx",
                "TemplateFileError",
                "xl/workbook.xml is missing",
                "a ZIP of another Office kind",
            ),
            lambda: rezipped(
                good,
                lambda name, part: None if name.startswith("xl/") else part,
                {"word/document.xml": b"<w/>"},
            ),
        ),
        (
            Entry("empty.xlsx", "supplier-xlsx", "TableError", "not an Excel workbook", "0 bytes"),
            lambda: b"",
        ),
        (
            Entry(
                "empty-form.xlsx",
                "scar-response",
                "ScarFormError",
                "not an Excel workbook",
                "0 bytes",
            ),
            lambda: b"",
        ),
        (Entry("empty.csv", "supplier-csv", "TableError", "holds no rows", "0 bytes"), lambda: b""),
        (Entry("empty.jpg", "photo", "EvidenceFileError", "", "0 bytes"), lambda: b""),
        (Entry("empty.sqmsbundle", "bundle-json", "BundleRefused", "", "0 bytes"), lambda: b""),
        (
            Entry("empty-trust.json", "trust-list", "BundleRefused", "not a trust list", "0 bytes"),
            lambda: b"",
        ),
        (Entry("zip.png", "photo", "EvidenceFileError", "", "a ZIP file named .png"), lambda: good),
        (
            Entry(
                "image-bomb.png",
                "photo",
                "EvidenceFileError",
                "",
                "a 1 KB PNG declaring 100,000 × 100,000 pixels",
            ),
            lambda: png_claiming(100_000, 100_000),
        ),
        (
            Entry(
                "nul-bytes.csv", "supplier-csv", "TableError", "", "a CSV with NUL bytes in a name"
            ),
            lambda: (
                b"code,name,city,country,risk_class,status\r\nH-001,Hos\0tile,Ulm,DE,low,prospect\r\n"
            ),
        ),
        (
            Entry(
                "utf16-no-bom.csv",
                "supplier-csv",
                "TableError",
                "",
                "UTF-16 text without its byte order mark",
            ),
            lambda: "code,name\r\nH-001,Hostile\r\n".encode("utf-16-le"),
        ),
        (
            Entry("binary.csv", "supplier-csv", "TableError", "", "random bytes named .csv"),
            lambda: bytes(range(256)) * 4,
        ),
        (
            Entry(
                "deep-trust.json",
                "trust-list",
                "BundleRefused",
                "not a trust list",
                "JSON nested 100,000 deep (Python's parser recurses)",
            ),
            deep_json,
        ),
        (
            Entry(
                "digits-trust.json",
                "trust-list",
                "BundleRefused",
                "",
                "a document with an integer of 5,000 digits",
            ),
            lambda: json.dumps(
                {
                    "format": "sqms-trust-list/1",
                    "document": '{"version": ' + "9" * 5000 + "}",
                    "signature": "x",
                }
            ).encode(),
        ),
        (
            Entry(
                "deep-bundle.sqmsbundle",
                "bundle-json",
                "BundleRefused",
                "",
                "a bundle whose manifest is nested 100,000 deep, unsigned",
            ),
            lambda: zipped({"manifest.json": deep_json()}),
        ),
        (
            Entry(
                "zip-bomb.sqmsbundle",
                "bundle-json",
                "BundleRefused",
                "",
                "30 MB of zeros packed into 30 KB",
            ),
            lambda: zipped({"changes.jsonl": bytes(30_000_000)}),
        ),
        (
            Entry(
                "bundle-named.json",
                "trust-list",
                "BundleRefused",
                "not a trust list",
                "a ZIP where a trust list belongs",
            ),
            lambda: good,
        ),
    ]


def write_corpus(folder: Path) -> list[Entry]:
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for entry, make in corpus():
        (folder / entry.file).write_bytes(make())
        entries.append(entry)
    (folder / "manifest.json").write_text(
        json.dumps([asdict(e) for e in entries], indent=2) + "\n", encoding="utf-8"
    )
    return entries


def read_manifest(folder: Path) -> list[Entry]:
    return [Entry(**raw) for raw in json.loads((folder / "manifest.json").read_text("utf-8"))]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    written = write_corpus(Path(sys.argv[1]))
    print(f"{len(written)} files and manifest.json in {sys.argv[1]}")
