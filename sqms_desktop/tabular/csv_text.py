"""CSV exports as people get them: UTF-8 with or without a byte-order mark, or Windows-1252
from older Excel and ERP systems; separated by commas, semicolons (Excel in much of Europe),
tabs or bars. The encoding and the dialect are found out, never asked for."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from sqms_desktop.i18n import translate
from sqms_desktop.tabular.table import Problem, TableError

MAX_BYTES = 50_000_000
DELIMITERS = ",;\t|"
SNIFF_BYTES = 64 * 1024


def decode(data: bytes, name: str) -> str:
    """The file's text: UTF-8 (BOM or not, UTF-16 with its BOM), else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        encoding = ""
    if not encoding and b"\x00" in data[:SNIFF_BYTES]:
        reason = translate("tabular", "not a text file: it holds binary data")
        raise TableError([Problem(name, "", None, "", reason)])
    failed_at = 0
    for candidate in (encoding,) if encoding else ("utf-8", "cp1252"):
        try:
            return data.decode(candidate)
        except UnicodeDecodeError as exc:
            failed_at = exc.start
    line = data[:failed_at].count(b"\n") + 1
    reason = translate(
        "tabular", "line {line} is not valid {encoding} text; save the file as CSV UTF-8"
    ).format(
        line=line,
        encoding="UTF-8" if encoding else translate("tabular", "UTF-8 or Windows-1252"),
    )
    raise TableError([Problem(name, "", None, "", reason)])


def dialect_of(text: str) -> type[csv.Dialect]:
    """The sniffed dialect, checked against the header line; else the separator that the header
    line holds most of (a file with a single column has none, and any will do)."""
    sample = text[:SNIFF_BYTES]
    header = sample.splitlines()[0] if sample else ""
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    chosen, quote = (best if counts[best] else ","), '"'
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS)
        if sniffed.delimiter in header:
            chosen, quote = sniffed.delimiter, sniffed.quotechar or '"'
    except csv.Error:
        pass

    class Found(csv.excel):
        """Quotes inside a quoted cell are doubled, as every spreadsheet writes them (the
        sniffer guesses otherwise when a sample has few of them)."""

        delimiter = chosen
        quotechar = quote
        doublequote = True

    return Found


def read_csv_rows(path: Path) -> Iterator[tuple[int, list[str], list[tuple[int, str]]]]:
    """The file's records, numbered from 1 as a spreadsheet shows them (a quoted cell may span
    lines, so a record number is not a line number). Cells are stripped text."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            reason = translate(
                "tabular", "the file is {size:,} bytes; the limit is {limit} MB"
            ).format(size=size, limit=MAX_BYTES // 1_000_000)
            raise TableError([Problem(path.name, "", None, "", reason)])
        data = path.read_bytes()
    except OSError as exc:
        reason = translate("tabular", "cannot read the file ({error})").format(
            error=exc.strerror or exc
        )
        raise TableError([Problem(path.name, "", None, "", reason)]) from None
    text = decode(data, path.name)
    reader = csv.reader(io.StringIO(text, newline=""), dialect_of(text))
    try:
        for number, record in enumerate(reader, start=1):
            yield number, [cell.strip() for cell in record], []
    except csv.Error as exc:
        reason = translate(
            "tabular", "the CSV cannot be read after record {record}: {error}"
        ).format(record=reader.line_num, error=exc)
        raise TableError([Problem(path.name, "", None, "", reason)]) from None
