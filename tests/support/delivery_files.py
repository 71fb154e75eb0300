"""Delivery exports as an ERP writes them, for the KPI import tests (CSV and .xlsx through
tests/support/supplier_files.py's writers), and a store with suppliers to import them into."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sqms_desktop.services import suppliers, users
from sqms_desktop.services.kpi_import import apply_kpi_import, preview_kpi_import
from sqms_desktop.store.uow import UnitOfWork
from tests.support.supplier_files import write_csv

DELIVERY_HEADERS = (
    "supplier",
    "delivery",
    "due_date",
    "received_date",
    "received_qty",
    "rejected_qty",
    "complaint",
    "premium_freight",
)
CODES = ("S1", "S2")


def delivery_rows(count: int = 6, codes: tuple[str, ...] = CODES) -> list[list[str]]:
    """`count` deliveries in March 2026, taking the suppliers in turn: every third is late
    (received 3 days after its due date), every fourth has 10 parts rejected."""
    rows = []
    for n in range(1, count + 1):
        due = 2 + n % 20
        received = due + (3 if n % 3 == 0 else 0)
        rows.append(
            [
                codes[(n - 1) % len(codes)],
                f"D-{n:04d}",
                f"2026-03-{due:02d}",
                f"2026-03-{received:02d}",
                str(100 * n),
                "10" if n % 4 == 0 else "0",
                "0",
                "",
            ]
        )
    return rows


def add_suppliers(
    uow: Callable[[], UnitOfWork], codes: tuple[str, ...] = CODES, *, auditor: bool = True
) -> dict[str, str]:
    """The suppliers the rows name and (unless the store has its team already) an auditor,
    omar, who may not import; the suppliers' ids."""
    ids = {}
    with uow() as u:
        for code in codes:
            ids[code] = suppliers.create_supplier(
                u, suppliers.SupplierInput(code=code, name=f"Supplier {code}")
            ).id
        if auditor:
            users.create_user(u, "omar", "Omar Şen", "auditor")
        u.commit()
    return ids


def import_deliveries(
    uow: Callable[[], UnitOfWork], path: Path, rows: Sequence[Sequence[str]]
) -> None:
    """Write `rows` (DELIVERY_HEADERS) as a CSV at `path` and import it, one action."""
    write_csv(path, rows, DELIVERY_HEADERS)
    with uow() as u:
        plan = preview_kpi_import(u, path)
        assert plan.ok, [p.describe() for p in plan.problems]
        apply_kpi_import(u, plan)
        u.commit()
