"""The supplier list import: a spreadsheet or CSV export (ERP, purchasing) into the supplier
master, all rows or none.

`preview_supplier_import` reads the file (tabular/), matches its columns (by name, or by the
mapping remembered for its source) and checks every row with the rules of the supplier master
(supplier_rules.py). Its plan lists each row as new, update (with the changes) or unchanged,
and every problem in the file at once, each with file, sheet, row, column and reason. A code
the store already holds updates that supplier, never a second one; a code twice in the file is a
problem. `apply_supplier_import` writes a plan without problems in the caller's unit of work and
refuses one the store has moved away from since the preview; cancelling through its progress
leaves nothing, since the caller then does not commit.

What a row means: a column the file has sets that field, an empty cell clearing it; an empty
status or risk class leaves it as it is (a new supplier: prospect, medium). A column the file
lacks leaves the field alone. Commodities are one cell, separated by ';'. Status changes and
creations carry the reason "imported from <file name>" in the trail and the status history.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.progress import Progress
from sqms_desktop.services import supplier_rules as rules
from sqms_desktop.services.import_mappings import check_mapping, mapping_for, remember_mapping
from sqms_desktop.services.suppliers import (
    SupplierChanges,
    SupplierInput,
    create_supplier,
    edit_supplier,
    set_supplier_status,
)
from sqms_desktop.store.models import Supplier
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.tabular import Problem, Table, TableError, match_columns, read_table
from sqms_desktop.vocab import ImportAction, ImportKind

# Our fields, in the order a preview shows them; the headers a file may use for them.
SUPPLIER_FIELDS = (
    "code",
    "name",
    "street",
    "postal_code",
    "city",
    "country",
    "risk_class",
    "risk_reason",
    "status",
    "approval_scope",
    "commodities",
    "duns",
    "vat_id",
)
REQUIRED_FIELDS = ("code", "name")
KEPT_WHEN_EMPTY = ("status", "risk_class")  # an empty cell keeps the value (or the default)
IMPORTING = "importing suppliers"


@dataclass(frozen=True)
class FieldChange:
    """One field a row changes, as text (lists joined with '; ')."""

    field: str
    old: str
    new: str


@dataclass(frozen=True)
class PlannedRow:
    row: int
    code: str
    name: str
    action: ImportAction
    supplier_id: str | None  # the supplier an update changes
    values: dict[str, Any]  # the row's checked values, for the file's columns only
    changes: tuple[FieldChange, ...]  # an update's changes; a new supplier's values


@dataclass(frozen=True)
class ImportPlan:
    """What importing the file would do, or why it cannot; plain data for any thread."""

    file: str
    sheet: str
    source: str  # the source whose mapping was used ("" for none)
    mapping: dict[str, str]  # the mapping used: remembered, then as given
    columns: dict[str, str]  # every field read: our field → the file's header
    ignored_columns: tuple[str, ...]
    rows: tuple[PlannedRow, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, action: ImportAction) -> int:
        return sum(row.action == action for row in self.rows)


@dataclass(frozen=True)
class ImportResult:
    file: str
    created: int
    updated: int
    unchanged: int
    mapping_saved: bool = False


@dataclass
class _Checking:
    """The state of one preview: the suppliers by code and the rows seen so far."""

    table: Table
    existing: dict[str, Supplier]
    first_row: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def preview_supplier_import(
    uow: UnitOfWork,
    path: Path,
    *,
    source: str = "",
    columns: Mapping[str, str] | None = None,
    sheet: str | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """The plan for importing `path`. `columns` (our field → the file's header) adds to or
    overrides the mapping remembered for `source`. Writes nothing."""
    rules.require_master_data_role(uow, IMPORTING)
    mapping = mapping_for(uow, ImportKind.SUPPLIER, source, columns, SUPPLIER_FIELDS)
    try:
        table = read_table(path, sheet=sheet)
    except TableError as exc:
        return ImportPlan(
            path.name, sheet or "", source.strip(), mapping, {}, (), (), tuple(exc.problems)
        )
    match, problems = match_columns(
        table, SUPPLIER_FIELDS, required=REQUIRED_FIELDS, mapping=mapping
    )
    checking = _Checking(table, _suppliers(uow), problems=[*table.problems, *problems])
    planned: list[PlannedRow] = []
    # Without a column for a required field no row can be planned; the problem says which.
    rows = table.rows if all(f in match.columns for f in REQUIRED_FIELDS) else []
    total = len(rows)
    for done, row in enumerate(rows):
        if progress is not None:
            progress.report(
                done,
                total,
                translate("supplier_import", "checking row {row}").format(row=row.number),
            )
        texts = match.values(row)
        if any(texts.values()):
            found = _check_row(checking, row.number, texts, match.columns)
            if found is not None:
                planned.append(found)
    ordered = sorted(checking.problems, key=lambda p: p.row or 0)
    return ImportPlan(
        table.file,
        table.sheet,
        source.strip(),
        mapping,
        match.columns,
        match.ignored,
        tuple(planned),
        tuple(ordered),
    )


def _suppliers(uow: UnitOfWork) -> dict[str, Supplier]:
    return {s.code: s for s in uow.session.scalars(select(Supplier))}


def _check_row(
    checking: _Checking, number: int, texts: dict[str, str], headers: dict[str, str]
) -> PlannedRow | None:
    """The row's plan, or None when it has problems (added to `checking.problems`)."""
    values: dict[str, Any] = {}
    bad = False
    for name, text in texts.items():
        if name in KEPT_WHEN_EMPTY and not text:
            continue
        raw: Any = rules.split_list(text) if name == "commodities" else text
        try:
            values[name] = rules.SUPPLIER_FIELD_RULES[name](raw)
        except ValidationError as exc:
            checking.problems.append(checking.table.problem(number, headers[name], str(exc)))
            bad = True
    code = values.get("code")
    if code is not None:
        first = checking.first_row.setdefault(code, number)
        if first != number:
            reason = translate(
                "supplier_import",
                "the code {code} is also in row {first}; a supplier is listed once",
            ).format(code=code, first=first)
            checking.problems.append(checking.table.problem(number, headers["code"], reason))
            bad = True
    if bad or code is None:
        return None
    return plan_row(number, values, checking.existing.get(code))


def plan_row(number: int, values: dict[str, Any], current: Supplier | None) -> PlannedRow:
    """What the checked `values` of a row do to the supplier with its code (None: no such)."""
    if current is None:
        changes = tuple(
            FieldChange(name, "", _shown(value)) for name, value in values.items() if value
        )
        return PlannedRow(
            number, values["code"], values["name"], ImportAction.NEW, None, values, changes
        )
    changes = tuple(
        FieldChange(name, _shown(_current(current, name)), _shown(value))
        for name, value in values.items()
        if value != _current(current, name)
    )
    action = ImportAction.UPDATE if changes else ImportAction.UNCHANGED
    return PlannedRow(number, current.code, values["name"], action, current.id, values, changes)


def _current(supplier: Supplier, name: str) -> Any:
    value = getattr(supplier, name)
    if value is None:  # columns added after a supplier was made read as empty
        return [] if name == "commodities" else ""
    return list(value) if name == "commodities" else value


def _shown(value: Any) -> str:
    return f"{rules.LIST_SEPARATOR} ".join(value) if isinstance(value, list) else str(value)


def apply_supplier_import(
    uow: UnitOfWork,
    plan: ImportPlan,
    *,
    remember: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the plan in `uow` (the caller commits: all rows or none). `remember` keeps the
    plan's mapping as its source's. Refuses a plan with problems, and one that no longer fits
    the store (someone changed a supplier since the preview)."""
    rules.require_master_data_role(uow, IMPORTING)
    if not plan.ok:
        raise TableError(list(plan.problems))
    existing = _suppliers(uow)
    reason = f"imported from {plan.file}"
    total = len(plan.rows)
    for done, row in enumerate(plan.rows):
        if progress is not None:
            progress.report(
                done, total, translate("supplier_import", "importing {code}").format(code=row.code)
            )
        if plan_row(row.row, row.values, existing.get(row.code)) != row:
            raise StateError(
                translate(
                    "supplier_import",
                    "{file}, row {row}: supplier {code} changed since the preview; preview "
                    "the file again",
                ).format(file=plan.file, row=row.row, code=row.code)
            )
        _apply_row(uow, row, reason)
    if progress is not None:
        progress.report(total, total, "imported")
    saved = False
    if remember and plan.source and plan.mapping:
        remember_mapping(uow, ImportKind.SUPPLIER, plan.source, plan.mapping)
        saved = True
    return ImportResult(
        plan.file,
        plan.count(ImportAction.NEW),
        plan.count(ImportAction.UPDATE),
        plan.count(ImportAction.UNCHANGED),
        saved,
    )


def _apply_row(uow: UnitOfWork, row: PlannedRow, reason: str) -> None:
    if row.action == ImportAction.NEW:
        create_supplier(uow, SupplierInput(**row.values), reason=reason)
        return
    if row.action == ImportAction.UNCHANGED or row.supplier_id is None:
        return
    changed = {c.field for c in row.changes}
    edits = {k: v for k, v in row.values.items() if k in changed and k not in ("code", "status")}
    if edits:
        edit_supplier(uow, row.supplier_id, SupplierChanges(**edits), reason=reason)
    if "status" in changed:
        set_supplier_status(uow, row.supplier_id, row.values["status"], reason=reason)


def save_supplier_mapping(uow: UnitOfWork, source: str, columns: Mapping[str, str]) -> None:
    """Remember `columns` (our field → the source's header) for files from `source`."""
    rules.require_master_data_role(uow, "saving an import mapping")
    remember_mapping(uow, ImportKind.SUPPLIER, source, check_mapping(columns, SUPPLIER_FIELDS))
