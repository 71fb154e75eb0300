"""Which of a file's columns holds which of our fields.

Without a mapping, a header names a field when it reads the same ignoring case, spaces,
underscores and hyphens ("Postal code" is `postal_code`). A mapping (remembered per source, in
the store's ImportMapping) names the file's header for some fields, for exports whose headers
are their own ("Lieferant", "Ort"); the other fields are still matched by name. A field mapped
to "" is not read from the file even where a column carries its name (a "status" column that
means something else in that source).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqms_desktop.i18n import translate
from sqms_desktop.tabular.table import Problem, Table, TableRow

_IGNORED = re.compile(r"[\s_\-]+")


def normalise_header(text: str) -> str:
    """A header as it is compared: `" Postal_Code "` and `"postal code"` are the same."""
    return _IGNORED.sub("", text.casefold())


@dataclass(frozen=True)
class ColumnMatch:
    """Our fields and the file's headers they are read from; the headers nothing reads."""

    columns: dict[str, str]  # our field → the file's header
    ignored: tuple[str, ...]

    def values(self, row: TableRow) -> dict[str, str]:
        """The row's text for each matched field ("" for an empty cell)."""
        return {field: row.get(header) for field, header in self.columns.items()}


def match_columns(
    table: Table,
    fields: Sequence[str],
    *,
    required: Sequence[str] = (),
    mapping: Mapping[str, str] | None = None,
) -> tuple[ColumnMatch, list[Problem]]:
    """Match the table's headers to `fields`; every problem with the match, not only the first."""
    problems: list[Problem] = []

    def problem(reason: str, column: str = "") -> None:
        problems.append(table.problem(table.header_row, column, reason))

    by_name: dict[str, list[str]] = {}
    for header in table.headers:
        by_name.setdefault(normalise_header(header), []).append(header)
    shown = ", ".join(repr(h) for h in table.headers)
    columns: dict[str, str] = {}
    for field, wanted in (mapping or {}).items():
        if field not in fields:
            problem(
                translate(
                    "tabular",
                    "the mapping names {field!r}, which is not a field (fields: {fields})",
                ).format(field=field, fields=", ".join(fields))
            )
            continue
        if not wanted:
            continue  # left out on purpose: not read, not matched by name either
        found = wanted if wanted in table.headers else _one(by_name.get(normalise_header(wanted)))
        if found is None:
            problem(
                translate(
                    "tabular",
                    "the mapping reads {field} from the column {wanted!r}, which the file does "
                    "not have (its columns: {shown})",
                ).format(field=field, wanted=wanted, shown=shown)
            )
        else:
            columns[field] = found
    for field in fields:
        if field in columns or (mapping and field in mapping):
            continue
        candidates = by_name.get(normalise_header(field), [])
        if len(candidates) > 1:
            both = translate("tabular", " and ").join(repr(c) for c in candidates)
            problem(
                translate(
                    "tabular", "the columns {both} both read as {field}; map one of them"
                ).format(both=both, field=field)
            )
        elif candidates:
            columns[field] = candidates[0]
    readers: dict[str, list[str]] = {}
    for field, header in columns.items():
        readers.setdefault(header, []).append(field)
    for header, names in readers.items():
        if len(names) > 1:
            problem(
                translate("tabular", "the column is mapped to {names}; map it to one field").format(
                    names=translate("tabular", " and ").join(names)
                ),
                header,
            )
    for field in required:
        if field not in columns and not (mapping and mapping.get(field)):
            problem(
                translate(
                    "tabular",
                    "no column for the required field {field} (name a column {field!r} or map one "
                    "to it; the file's columns: {shown})",
                ).format(field=field, shown=shown)
            )
    ignored = tuple(h for h in table.headers if h not in readers)
    return ColumnMatch(columns, ignored), problems


def _one(headers: list[str] | None) -> str | None:
    return headers[0] if headers and len(headers) == 1 else None
