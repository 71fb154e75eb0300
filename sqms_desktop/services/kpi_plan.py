"""The plan of a KPI import: what each row of a delivery export does to the store.

A delivery is identified by its supplier and delivery number. A row for a number the store
does not hold is new; one for a number it holds is an update when a figure differs (each
change listed, old and new) and unchanged when none does, so the same file imported twice
changes nothing the second time. The import (kpi_import.py) makes the plan in the preview and
makes it again just before writing: a plan the store has moved away from is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqms_desktop.services.kpi_rows import DeliveryValues, shown
from sqms_desktop.services.supplier_import import FieldChange
from sqms_desktop.store.models import Delivery
from sqms_desktop.tabular import Problem
from sqms_desktop.vocab import ImportAction

DeliveryKey = tuple[str, str]  # (supplier id, delivery number)


@dataclass(frozen=True)
class PlannedDelivery:
    row: int
    supplier: str  # the supplier's code
    delivery: str
    action: ImportAction
    supplier_id: str
    delivery_id: str | None  # the delivery an update changes
    values: DeliveryValues
    changes: tuple[FieldChange, ...]  # an update's changes
    same_as: int | None = None  # a repeat of that row: listed, written once

    def describe_changes(self) -> str:
        return "; ".join(f"{c.field}: {c.old} → {c.new}" for c in self.changes)


@dataclass(frozen=True)
class KpiImportPlan:
    """What importing the file would do, or why it cannot; plain data for any thread."""

    file: str
    sheet: str
    source: str  # the source whose mapping was used ("" for none)
    mapping: dict[str, str]  # the mapping used: remembered, then as given
    columns: dict[str, str]  # every field read: our field → the file's header
    ignored_columns: tuple[str, ...]
    rows: tuple[PlannedDelivery, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, action: ImportAction) -> int:
        return sum(row.action == action for row in self.rows)


@dataclass(frozen=True)
class KpiImportResult:
    file: str
    created: int
    updated: int
    unchanged: int
    mapping_saved: bool = False


def plan_delivery(
    number: int,
    values: DeliveryValues,
    supplier_id: str,
    existing: Mapping[DeliveryKey, Delivery],
    same_as: int | None = None,
) -> PlannedDelivery:
    """What the checked `values` of a row do to the store's delivery of that number."""
    current = existing.get((supplier_id, values.delivery_no))
    changes: tuple[FieldChange, ...] = ()
    if same_as is not None:
        action = ImportAction.UNCHANGED
    elif current is None:
        action = ImportAction.NEW
    else:
        changes = tuple(
            FieldChange(name, shown(name, getattr(current, name)), shown(name, new))
            for name, new in values.record_values(current).items()
            if getattr(current, name) != new
        )
        action = ImportAction.UPDATE if changes else ImportAction.UNCHANGED
    return PlannedDelivery(
        number,
        values.supplier,
        values.delivery_no,
        action,
        supplier_id,
        current.id if current is not None else None,
        values,
        changes,
        same_as,
    )
