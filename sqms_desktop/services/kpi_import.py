"""The KPI import: deliveries (or PO lines) exported from the ERP, all rows or none (DESIGN §6).

`preview_kpi_import` reads the file (tabular/), matches its columns (by name, or by the mapping
remembered for its source, ImportKind.KPI) and checks every row (kpi_rows.py): a known supplier
code, ISO dates, whole non-negative quantities, no more rejected than received, a complaint of
0 or 1, a cost. Its plan lists each row as new, update (with the changes) or unchanged, and every
problem in the file at once, each with row, column and reason. A delivery is identified by
supplier and delivery number: the same rows imported again change nothing, a row whose figures
changed updates its delivery (the trail names the file and row). The same delivery twice in a
file is read once when the rows agree and refused when they do not.

`apply_kpi_import` writes a plan without problems in the caller's unit of work and refuses one
the store has moved away from since the preview; cancelling through its progress leaves
nothing, since the caller then does not commit. A year of deliveries for a supplier base is
thousands of rows: the store is read once per step (the suppliers, then the deliveries of the
file's suppliers), never once per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.progress import Progress
from sqms_desktop.services.import_mappings import check_mapping, mapping_for, remember_mapping
from sqms_desktop.services.kpi_plan import (
    DeliveryKey,
    KpiImportPlan,
    KpiImportResult,
    plan_delivery,
)
from sqms_desktop.services.kpi_rows import FIELD_RULES, KPI_FIELDS, REQUIRED_FIELDS, DeliveryValues
from sqms_desktop.services.supplier_rules import require_master_data_role
from sqms_desktop.store.models import Delivery, Supplier
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.tabular import Problem, Table, TableError, match_columns, read_table
from sqms_desktop.vocab import ImportAction, ImportKind

IMPORTING = "importing deliveries"


@dataclass
class _Checking:
    """One preview's state: the store's supplier codes and the deliveries seen so far."""

    table: Table
    headers: dict[str, str]
    supplier_ids: dict[str, str]
    seen: dict[tuple[str, str], tuple[int, DeliveryValues]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def problem(self, row: int, name: str, reason: str) -> None:
        self.problems.append(self.table.problem(row, self.headers.get(name, ""), reason))


def preview_kpi_import(
    uow: UnitOfWork,
    path: Path,
    *,
    source: str = "",
    columns: Mapping[str, str] | None = None,
    sheet: str | None = None,
    progress: Progress | None = None,
) -> KpiImportPlan:
    """The plan for importing `path`. `columns` (our field → the file's header) adds to or
    overrides the mapping remembered for `source`. Writes nothing."""
    require_master_data_role(uow, IMPORTING)
    mapping = mapping_for(uow, ImportKind.KPI, source, columns, KPI_FIELDS)
    try:
        table = read_table(path, sheet=sheet)
    except TableError as exc:
        return KpiImportPlan(
            path.name, sheet or "", source.strip(), mapping, {}, (), (), tuple(exc.problems)
        )
    match, problems = match_columns(table, KPI_FIELDS, required=REQUIRED_FIELDS, mapping=mapping)
    codes: dict[str, str] = dict(uow.session.execute(select(Supplier.code, Supplier.id)).all())
    checking = _Checking(table, match.columns, codes, problems=[*table.problems, *problems])
    # Without a column for a required field no row can be read; the problem says which.
    rows = table.rows if all(f in match.columns for f in REQUIRED_FIELDS) else ()
    checked: list[tuple[int, DeliveryValues, int | None]] = []
    for done, row in enumerate(rows):
        if progress is not None:
            progress.report(
                done,
                len(rows),
                translate("kpi_import", "checking row {row}").format(row=row.number),
            )
        texts = match.values(row)
        if any(texts.values()):
            found = _check_row(checking, row.number, texts)
            if found is not None:
                checked.append(found)
    existing = _deliveries(uow, {codes[v.supplier] for _, v, _ in checked})
    planned = tuple(
        plan_delivery(number, values, codes[values.supplier], existing, same_as)
        for number, values, same_as in checked
    )
    return KpiImportPlan(
        table.file,
        table.sheet,
        source.strip(),
        mapping,
        match.columns,
        match.ignored,
        planned,
        tuple(sorted(checking.problems, key=lambda p: p.row or 0)),
    )


def _check_row(
    checking: _Checking, number: int, texts: dict[str, str]
) -> tuple[int, DeliveryValues, int | None] | None:
    """The row's values (and the row it repeats), or None when it has problems (added to
    `checking.problems`)."""
    values: dict[str, Any] = {}
    bad = False
    for name, text in texts.items():
        if name == "supplier":
            continue
        try:
            values[name] = FIELD_RULES[name](text)
        except ValidationError as exc:
            checking.problem(number, name, str(exc))
            bad = True
    code = texts["supplier"]
    if not code:
        checking.problem(number, "supplier", translate("kpi_import", "the supplier code is empty"))
        bad = True
    elif code not in checking.supplier_ids:
        reason = translate(
            "kpi_import", "there is no supplier with the code {code!r} in the store"
        ).format(code=code)
        checking.problem(number, "supplier", reason)
        bad = True
    received, rejected = values.get("received_qty"), values.get("rejected_qty")
    if isinstance(received, int) and isinstance(rejected, int) and rejected > received:
        reason = translate(
            "kpi_import",
            "{rejected} parts rejected of {received} received: more than were received",
        ).format(rejected=rejected, received=received)
        checking.problem(number, "rejected_qty", reason)
        bad = True
    if bad:
        return None
    found = DeliveryValues(
        supplier=code,
        delivery_no=str(values["delivery"]),
        due_date=values["due_date"],
        received_date=values["received_date"],
        received_qty=values["received_qty"],
        rejected_qty=values["rejected_qty"],
        complaint=values.get("complaint"),
        premium_freight_cents=values.get("premium_freight"),
    )
    key = (code, found.delivery_no)
    first = checking.seen.setdefault(key, (number, found))
    if first[0] == number:
        return number, found, None
    if first[1] != found:
        reason = translate(
            "kpi_import",
            "delivery {delivery_no} of {code} is also in row {row} with other figures; a "
            "delivery is listed once",
        ).format(delivery_no=found.delivery_no, code=code, row=first[0])
        checking.problem(number, "delivery", reason)
        return None
    return number, found, first[0]


def _deliveries(uow: UnitOfWork, supplier_ids: Iterable[str]) -> dict[DeliveryKey, Delivery]:
    """The stored deliveries of these suppliers, by supplier and delivery number (one query)."""
    wanted = sorted(set(supplier_ids))
    if not wanted:
        return {}
    found = uow.session.scalars(select(Delivery).where(Delivery.supplier_id.in_(wanted)))
    return {(d.supplier_id, d.delivery_no): d for d in found}


def apply_kpi_import(
    uow: UnitOfWork,
    plan: KpiImportPlan,
    *,
    remember: bool = False,
    progress: Progress | None = None,
) -> KpiImportResult:
    """Write the plan in `uow` (the caller commits: all rows or none). `remember` keeps the
    plan's mapping as its source's. Refuses a plan with problems, and one that no longer fits
    the store (a delivery imported or changed since the preview)."""
    require_master_data_role(uow, IMPORTING)
    if not plan.ok:
        raise TableError(list(plan.problems))
    existing = _deliveries(uow, {row.supplier_id for row in plan.rows})
    total = len(plan.rows)
    for done, row in enumerate(plan.rows):
        if progress is not None:
            progress.report(
                done, total, translate("kpi_import", "importing row {row}").format(row=row.row)
            )
        again = plan_delivery(row.row, row.values, row.supplier_id, existing, row.same_as)
        if again != row:
            raise StateError(
                translate(
                    "kpi_import",
                    "{file}, row {row}: delivery {delivery} of {supplier} changed since the "
                    "preview; preview the file again",
                ).format(file=plan.file, row=row.row, delivery=row.delivery, supplier=row.supplier)
            )
        reason = f"imported from {plan.file}, row {row.row}"
        if row.action == ImportAction.NEW:
            record = Delivery(
                supplier_id=row.supplier_id,
                delivery_no=row.delivery,
                **row.values.record_values(),
            )
            existing[(row.supplier_id, row.delivery)] = uow.add(record, reason=reason)
        elif row.action == ImportAction.UPDATE:
            current = existing[(row.supplier_id, row.delivery)]
            changed = {c.field for c in row.changes}
            values = row.values.record_values(current)
            uow.update(current, {k: v for k, v in values.items() if k in changed}, reason=reason)
    if progress is not None:
        progress.report(total, total, translate("kpi_import", "imported"))
    saved = False
    if remember and plan.source and plan.mapping:
        remember_mapping(uow, ImportKind.KPI, plan.source, plan.mapping)
        saved = True
    return KpiImportResult(
        plan.file,
        plan.count(ImportAction.NEW),
        plan.count(ImportAction.UPDATE),
        plan.count(ImportAction.UNCHANGED),
        saved,
    )


def save_kpi_mapping(uow: UnitOfWork, source: str, columns: Mapping[str, str]) -> None:
    """Remember `columns` (our field → the source's header) for delivery files from `source`."""
    require_master_data_role(uow, "saving an import mapping")
    remember_mapping(uow, ImportKind.KPI, source, check_mapping(columns, KPI_FIELDS))
