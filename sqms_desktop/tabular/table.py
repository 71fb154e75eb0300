"""A table as it was read: headers, rows of text by header, and the problems met on the way."""

from __future__ import annotations

from dataclasses import dataclass

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import plural, translate


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an imported file, said where a person finds it."""

    file: str
    sheet: str  # "" for a CSV file
    row: int | None  # as the spreadsheet numbers it; None: the file as a whole
    column: str  # the file's own column header; "" when no one column is at fault
    reason: str

    def describe(self) -> str:
        where = [self.file]
        if self.sheet:
            where.append(translate("tabular", "sheet {sheet}").format(sheet=self.sheet))
        if self.row is not None:
            where.append(translate("tabular", "row {row}").format(row=self.row))
        if self.column:
            where.append(translate("tabular", "column {column!r}").format(column=self.column))
        return f"{', '.join(where)}: {self.reason}"


class TableError(ValidationError):
    """A file that cannot be imported; `problems` lists every reason, each with its place."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "\n".join(f"  {p.describe()}" for p in problems)
        count = plural(
            len(problems),
            translate("tabular", "{n} problem; nothing was imported:\n{shown}"),
            translate("tabular", "{n} problem(s); nothing was imported:\n{shown}"),
        )
        super().__init__(count.format(n=len(problems), shown=shown))


@dataclass(frozen=True)
class TableRow:
    """One data row: its number in the file and its cells as text, keyed by column header."""

    number: int
    cells: dict[str, str]

    def get(self, header: str) -> str:
        return self.cells.get(header, "")


@dataclass(frozen=True)
class Table:
    """What a file holds once read. Blank rows are left out; `problems` are cell-level (a
    formula, a value under no header), so the importer reports them beside its own."""

    file: str
    sheet: str
    header_row: int
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
    problems: tuple[Problem, ...] = ()

    def problem(self, row: int | None, column: str, reason: str) -> Problem:
        """A problem placed in this table."""
        return Problem(self.file, self.sheet, row, column, reason)
