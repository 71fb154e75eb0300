"""The Excel bundle: `data.xlsx`, the same changes as `changes.jsonl`, laid out for people.

One sheet per kind of record, one row per change, with the time and the value shown readably.
The importer never trusts what a person sees: it reads each change back from its identifying
columns and `value_json` (the exact JSON value), checks it as strictly as a JSON line
(wire.validate_change), and ignores the readable `time` and `value` columns. The workbook is read
like any file from outside (safe_xlsx): ZIP checks, no DTD or entity anywhere, defusedxml,
read-only, and formulas and error cells refused.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator, Sequence
from typing import Any

from openpyxl.cell.cell import ERROR_CODES
from openpyxl.utils import get_column_letter
from sqlalchemy import Date, DateTime

from sqms_desktop.canonical import canonical_json
from sqms_desktop.errors import BundleRefused, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.safe_xlsx import (
    FORMULA_PREFIXES,
    MAX_CELL_TEXT,
    MAX_FILE_BYTES,
    cell_text,
    check_container,
    check_parts,
    open_checked,
    require_defusedxml,
    safe_cell,
)
from sqms_desktop.store.clock import Hlc
from sqms_desktop.sync.wire import (
    MAX_FUTURE_MS,
    WireChange,
    counts_by_entity,
    entity_columns,
    load_json,
    malformed,
    validate_change,
)

XLSX_NAME = "data.xlsx"
ABOUT = "About"
# (header, width, the change's key it is read back into; None: only there to read)
COLUMNS: tuple[tuple[str, float, str | None], ...] = (
    ("change id", 22, "change_id"),
    ("replica", 12, "replica_id"),
    ("seq", 8, "seq"),
    ("hlc", 23, "hlc"),
    ("time (UTC)", 20, None),
    ("author", 16, "author"),
    ("record", 38, "entity_id"),
    ("field", 22, "field"),
    ("kind", 9, "kind"),
    ("value", 40, None),
    ("value_json", 40, "value"),
    ("parents", 30, "parents"),
)
HEADER = tuple(name for name, _, _ in COLUMNS)
TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
DATE_FORMAT = "yyyy-mm-dd"
ABOUT_TEXT = (
    "This workbook holds the changes of an SQMS Desktop sync bundle, the same changes as the "
    "bundle's changes.jsonl, laid out for people to read: one sheet per kind of record (the "
    "sheet's name), one row per change to one field of one record.",
    "change id is replica:seq, the replica that wrote the change and its sequence number there; "
    "hlc is its hybrid logical clock reading, which orders changes across replicas; time (UTC) "
    "is the same reading as a date and time; author is the user who made the change; record is "
    "the record's id; kind is set, status, delete (the whole record, no field), resolve (a "
    "person's choice between concurrent edits) or append; parents are the changes this one "
    "was made on top of.",
    "value shows the new value for reading (text as typed, dates as dates, lists as JSON). "
    "value_json is the exact value as JSON: the importer reads every change back through "
    "value_json and the identifying columns, never through value or time (UTC).",
    "The bundle is signed: a workbook changed after export (even only opened and saved again) "
    "no longer matches its signature, and the whole bundle is refused.",
)


def write_changes_xlsx(changes: Sequence[WireChange]) -> bytes:
    """The workbook's bytes: an About sheet, then one sheet per entity in order of first change.

    Written in openpyxl's write-only mode, so tens of thousands of rows need no cell objects
    in memory. Raises ValidationError when a value cannot fit in one cell (32,767 characters):
    such a change can travel only in a JSON bundle. Every row is made before the workbook, so
    a refusal leaves no half-written sheet behind.
    """
    from openpyxl import Workbook

    by_entity: dict[str, list[list[Any]]] = {}
    for change in changes:
        by_entity.setdefault(change.entity, []).append(_row(change))
    workbook = Workbook(write_only=True)
    workbook.properties.title = "SQMS Desktop bundle changes"
    _write_about(workbook.create_sheet(ABOUT), changes)
    for entity, rows in by_entity.items():
        if len(entity) > 31:  # pragma: no cover - table names are short; Excel allows 31
            raise ValueError(f"the sheet name {entity!r} is longer than Excel allows")
        _write_entity(workbook.create_sheet(entity), rows)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _write_about(sheet: Any, changes: Sequence[WireChange]) -> None:
    from openpyxl.styles import Alignment, Font

    sheet.column_dimensions["A"].width = 100
    sheet.column_dimensions["B"].width = 12
    wrap = Alignment(wrap_text=True, vertical="top")
    title = Font(bold=True, size=14)
    sheet.append([_cell(sheet, "SQMS Desktop: the changes in this bundle", font=title)])
    sheet.append([])
    for paragraph in ABOUT_TEXT:
        sheet.append([_cell(sheet, paragraph, alignment=wrap)])
    sheet.append([])
    bold = Font(bold=True)
    sheet.append([_cell(sheet, "sheet", font=bold), _cell(sheet, "changes", font=bold)])
    for entity, count in counts_by_entity(changes).items():
        sheet.append([_cell(sheet, entity), _cell(sheet, count)])
    sheet.append([_cell(sheet, "all", font=bold), _cell(sheet, len(changes), font=bold)])


def _write_entity(sheet: Any, rows: list[list[Any]]) -> None:
    from openpyxl.styles import Font, PatternFill

    sheet.freeze_panes = "A2"
    for number, (_, width, _) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(rows) + 1}"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE3EA")
    sheet.append([_cell(sheet, name, font=bold, fill=fill) for name in HEADER])
    for values in rows:
        sheet.append([_plain(sheet, value) for value in values])


def _row(change: WireChange) -> list[Any]:
    """The change's cells in the order of COLUMNS."""
    column = entity_columns().get(change.entity, {}).get(change.field or "")
    return [
        change.change_id,
        change.replica_id,
        change.seq,
        change.hlc,
        _hlc_time(change.hlc),
        change.author,
        change.entity_id,
        change.field,
        change.kind,
        _readable(column.type if column is not None else None, change.value),
        _exact(change, "value_json", change.value),
        _exact(change, "parents", list(change.parents)),
    ]


def _plain(sheet: Any, value: Any) -> Any:
    """The value itself where openpyxl writes it right, a cell only where it would not (text
    that looks like a formula or an error code, dates that need a format): styling every cell
    would triple the time a large bundle takes."""
    if isinstance(value, dt.date) or (
        isinstance(value, str) and (value.startswith(FORMULA_PREFIXES) or value in ERROR_CODES)
    ):
        return _cell(sheet, value)
    return value


def _cell(sheet: Any, value: Any, **style: Any) -> Any:
    """A write-only cell: text always text (never a formula or an error code such as "#N/A"),
    dates and times with a readable format."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet)
    safe_cell(cell, value)
    if isinstance(value, str):
        cell.data_type = "s"
    elif isinstance(value, dt.datetime):
        cell.number_format = TIME_FORMAT
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def _hlc_time(hlc: str) -> dt.datetime:
    """The clock reading's wall time, as UTC without a zone (Excel has no time zones)."""
    return Hlc.decode(hlc).moment().replace(tzinfo=None)


def _readable(column_type: Any, value: Any) -> Any:
    """The value as a person reads it; lossy on purpose (long text is cut, lists are JSON)."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        try:
            if isinstance(column_type, DateTime):
                return dt.datetime.fromisoformat(value)
            if isinstance(column_type, Date):
                return dt.date.fromisoformat(value)
        except ValueError:
            pass
        return cell_text(value)
    return cell_text(canonical_json(value))


def _exact(change: WireChange, column: str, value: Any) -> str:
    """JSON that reads back exactly: canonical, or with \\u escapes where XML cannot hold a
    character; refused when even that does not fit in one cell."""
    text = canonical_json(value)
    if cell_text(text) == text:
        return text
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    if cell_text(text) == text:
        return text
    where = f"{change.entity} {change.entity_id}" + (f" {change.field}" if change.field else "")
    raise ValidationError(
        translate(
            "workbook",
            "{where} (change {change_id}): its {column} is {length:,} characters as JSON, "
            "more than an Excel cell holds ({limit:,}); send this bundle as JSON instead",
        ).format(
            where=where,
            change_id=change.change_id,
            column=column,
            length=len(text),
            limit=MAX_CELL_TEXT,
        )
    )


def read_changes_xlsx(
    data: bytes, *, now_ms: int, max_future_ms: int = MAX_FUTURE_MS
) -> list[WireChange]:
    """Every change in a `data.xlsx`, checked like a JSON line, in the order to apply them:
    by replica and then seq, so each replica's changes come in the order it wrote them."""
    workbook = _open(data)
    try:
        found: dict[str, tuple[WireChange, str]] = {}
        for name in workbook.sheetnames:
            if name == ABOUT:
                continue
            if name not in entity_columns():
                malformed(
                    _sheet(name),
                    translate(
                        "workbook",
                        "is not named after a kind of record this version knows (every sheet but "
                        "About holds the changes of one)",
                    ),
                )
            for where, change in _sheet_changes(workbook[name], name, now_ms, max_future_ms):
                earlier = found.setdefault(change.change_id, (change, where))[1]
                if earlier != where:
                    malformed(
                        where,
                        translate(
                            "workbook", "change {change_id} appears twice (first in {earlier})"
                        ).format(change_id=change.change_id, earlier=earlier),
                    )
    finally:
        workbook.close()
    return sorted((c for c, _ in found.values()), key=lambda c: (c.replica_id, c.seq))


def _sheet(name: str, row: int | None = None) -> str:
    """Where a problem is, in a message: "data.xlsx sheet capa" or "… sheet capa row 3"."""
    if row is None:
        return translate("workbook", "data.xlsx sheet {name}").format(name=name)
    return translate("workbook", "data.xlsx sheet {name} row {row}").format(name=name, row=row)


def _column(index: int, title: str) -> str:
    """A column in a message, by its letter and header: "column K (value_json)"."""
    return translate("workbook", "column {letter} ({title})").format(
        letter=get_column_letter(index), title=title
    )


def _open(data: bytes) -> Any:
    """The workbook opened read-only, after the container and every part inside are checked."""
    require_defusedxml()
    if len(data) > MAX_FILE_BYTES:
        malformed(
            XLSX_NAME,
            translate("workbook", "the workbook is {size:,} bytes; the limit is 50 MB").format(
                size=len(data)
            ),
        )
    try:
        check_container(data, XLSX_NAME)
        check_parts(data, XLSX_NAME)
    except ValidationError as exc:
        raise BundleRefused("malformed", str(exc)) from exc
    try:
        return open_checked(data, XLSX_NAME)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        malformed(
            XLSX_NAME,
            translate("workbook", "the workbook cannot be read ({problem})").format(problem=exc),
        )


def _sheet_changes(
    sheet: Any, name: str, now_ms: int, max_future_ms: int
) -> Iterator[tuple[str, WireChange]]:
    """(where, change) for every row under the header; blank rows hold nothing and are skipped."""
    if not hasattr(sheet, "iter_rows"):
        malformed(_sheet(name), translate("workbook", "is a chart, not a sheet of changes"))
    rows = _rows(sheet, name)
    first = next(rows, None)
    if first is None:
        malformed(
            _sheet(name), translate("workbook", "is empty; it must start with the header row")
        )
    texts = tuple(_trimmed([cell.value for cell in first[1]]))
    if texts != HEADER:
        malformed(
            _sheet(name, first[0]),
            translate(
                "workbook", "the header must be {header} (columns A to {last}), not {found}"
            ).format(
                header=", ".join(HEADER),
                last=get_column_letter(len(HEADER)),
                found=", ".join(map(str, texts)) or translate("workbook", "empty"),
            ),
        )
    labels = {
        key: _column(index, title) for index, (title, _, key) in enumerate(COLUMNS, start=1) if key
    }
    labels["entity"] = translate("workbook", "the sheet name")
    for number, cells in rows:
        values = _trimmed([_value(cell, name, number, index) for index, cell in enumerate(cells)])
        if not values:
            continue
        where = _sheet(name, number)
        if len(values) > len(HEADER):
            extra = next(
                i for i, v in enumerate(values) if i >= len(HEADER) and v not in ("", None)
            )
            column = get_column_letter(extra + 1)
            malformed(
                where,
                translate("workbook", "column {letter} holds a value but has no header").format(
                    letter=column
                ),
            )
        fields = _fields(values, name, where, labels)
        yield (
            where,
            validate_change(
                fields, where=where, now_ms=now_ms, max_future_ms=max_future_ms, labels=labels
            ),
        )


def _rows(sheet: Any, name: str) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """The sheet's rows, numbered; a sheet openpyxl cannot parse refuses the workbook."""
    iterator = enumerate(sheet.iter_rows(), start=1)
    while True:
        try:
            row = next(iterator)
        except StopIteration:
            return
        except Exception as exc:  # the sheet's XML is parsed only now, in read-only mode
            malformed(
                _sheet(name),
                translate("workbook", "the sheet cannot be read ({problem})").format(problem=exc),
            )
        yield row


def _value(cell: Any, sheet: str, row: int, index: int) -> Any:
    kind = getattr(cell, "data_type", None)
    if cell.value is not None and kind in ("f", "e"):
        header = HEADER[index] if index < len(HEADER) else translate("workbook", "no header")
        where = _sheet(sheet, row)
        column = _column(index + 1, header)
        if kind == "f":
            malformed(
                where,
                translate("workbook", "{column}: formulas are not accepted in a bundle").format(
                    column=column
                ),
            )
        malformed(
            where,
            translate("workbook", "{column}: the cell holds the error {error}").format(
                column=column, error=cell.value
            ),
        )
    return cell.value


def _trimmed(values: list[Any]) -> list[Any]:
    """The row without its empty cells at the end (read-only rows are as long as the widest)."""
    while values and values[-1] in (None, ""):
        values.pop()
    return values


def _fields(values: list[Any], entity: str, where: str, labels: dict[str, str]) -> dict[str, Any]:
    """The change's fields from the row's cells: JSON columns parsed, empty cells as null."""
    values = values + [None] * (len(COLUMNS) - len(values))
    fields: dict[str, Any] = {"entity": entity}
    for (_, _, key), cell in zip(COLUMNS, values, strict=True):
        if key in ("value", "parents"):
            if not isinstance(cell, str):
                shown = _cell_kind(cell)
                malformed(
                    where,
                    translate(
                        "workbook", "{column}: must hold JSON text (null for none), not {found}"
                    ).format(column=labels[key], found=shown),
                )
            fields[key] = load_json(cell, f"{where}: {labels[key]}")
        elif key is not None:
            fields[key] = "" if cell is None and key != "field" else cell
    return fields


def _cell_kind(value: Any) -> str:
    if value is None:
        return translate("workbook", "an empty cell")
    if isinstance(value, bool):
        return translate("workbook", "a true/false cell")
    if isinstance(value, int | float):
        return translate("workbook", "the number {value}").format(value=value)
    return translate("workbook", "a {kind} cell").format(kind=type(value).__name__)
