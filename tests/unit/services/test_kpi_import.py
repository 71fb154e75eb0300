"""The KPI import: every problem at once with its row and column, all rows or none, the same
rows again change nothing, a changed row updates its delivery with a reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.progress import Cancelled, Progress
from sqms_desktop.queries.import_mappings import import_mapping
from sqms_desktop.services.identity import PermissionDenied
from sqms_desktop.services.kpi_import import apply_kpi_import, preview_kpi_import
from sqms_desktop.services.kpi_plan import KpiImportPlan
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import Change, TrailEntry
from sqms_desktop.store.models import Delivery
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.tabular import TableError
from sqms_desktop.vocab import ImportAction, ImportKind
from tests.support.delivery_files import DELIVERY_HEADERS, add_suppliers, delivery_rows
from tests.support.store import acting
from tests.support.supplier_files import write_csv, write_xlsx

HEADERS = DELIVERY_HEADERS


@pytest.fixture
def ids(uow: Callable[[], UnitOfWork]) -> dict[str, str]:
    return add_suppliers(uow)


def _preview(uow: Callable[[], UnitOfWork], path: Path, **options: object) -> KpiImportPlan:
    with uow() as u:
        return preview_kpi_import(u, path, **options)  # type: ignore[arg-type]


def _import(uow: Callable[[], UnitOfWork], path: Path, **options: object) -> KpiImportPlan:
    """Preview and apply in one action, as `sqms kpi import` does."""
    remember = bool(options.pop("remember", False))
    with uow() as u:
        plan = preview_kpi_import(u, path, **options)  # type: ignore[arg-type]
        apply_kpi_import(u, plan, remember=remember)
        u.commit()
    return plan


def _deliveries(store: Store) -> dict[str, Delivery]:
    with store.session() as session:
        return {d.delivery_no: d for d in session.scalars(select(Delivery))}


def _changes(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Change)) or 0


def test_rows_by_header_name_are_imported_once_and_again_change_nothing(
    store: Store, uow: Callable[[], UnitOfWork], ids: dict[str, str], tmp_path: Path
) -> None:
    rows = delivery_rows(4)
    rows[1][6:8] = ["1", "120.50"]  # D-0002: a complaint and premium freight
    path = write_csv(tmp_path / "erp.csv", rows, HEADERS)
    plan = _import(uow, path)
    assert [(r.row, r.supplier, r.delivery, r.action) for r in plan.rows] == [
        (2, "S1", "D-0001", ImportAction.NEW),
        (3, "S2", "D-0002", ImportAction.NEW),
        (4, "S1", "D-0003", ImportAction.NEW),
        (5, "S2", "D-0004", ImportAction.NEW),
    ]
    stored = _deliveries(store)
    d2, d3, d4 = stored["D-0002"], stored["D-0003"], stored["D-0004"]
    assert (d2.supplier_id, d2.due_date, d2.received_date, d2.period) == (
        ids["S2"],
        dt.date(2026, 3, 4),
        dt.date(2026, 3, 4),
        "2026-03",
    )
    assert (d2.received_qty, d2.rejected_qty, d2.complaint, d2.premium_freight_cents) == (
        200,
        0,
        True,
        12050,
    )
    assert (d3.due_date, d3.received_date) == (dt.date(2026, 3, 5), dt.date(2026, 3, 8))
    assert (d4.received_qty, d4.rejected_qty, d4.complaint) == (400, 10, False)

    before = _changes(store)
    again = _import(uow, path)
    assert [r.action for r in again.rows] == [ImportAction.UNCHANGED] * 4
    assert _changes(store) == before  # the same rows again: not one change logged


def test_a_changed_row_updates_its_delivery_with_the_file_and_row_as_reason(
    store: Store, uow: Callable[[], UnitOfWork], ids: dict[str, str], tmp_path: Path
) -> None:
    rows = delivery_rows(3)
    _import(uow, write_csv(tmp_path / "march.csv", rows, HEADERS))
    rows[1][5] = "7"  # D-0002: 7 rejected after all
    rows[2][3] = "2026-04-01"  # D-0003: received in April
    plan = _import(uow, write_csv(tmp_path / "march v2.csv", rows, HEADERS))
    assert [r.action for r in plan.rows] == [
        ImportAction.UNCHANGED,
        ImportAction.UPDATE,
        ImportAction.UPDATE,
    ]
    assert plan.rows[1].describe_changes() == "rejected_qty: 0 → 7"
    assert plan.rows[2].describe_changes() == (
        "received_date: 2026-03-08 → 2026-04-01; period: 2026-03 → 2026-04"
    )
    stored = _deliveries(store)
    assert stored["D-0002"].rejected_qty == 7
    assert stored["D-0003"].period == "2026-04"
    assert len(stored) == 3  # updated in place, never a second delivery
    with store.session() as session:
        reasons = set(
            session.scalars(
                select(TrailEntry.reason).where(TrailEntry.record_id == stored["D-0002"].id)
            )
        )
    assert "imported from march v2.csv, row 3" in reasons


def test_every_problem_in_the_file_at_once_with_row_column_and_why(
    store: Store, uow: Callable[[], UnitOfWork], ids: dict[str, str], tmp_path: Path
) -> None:
    rows = delivery_rows(10)
    rows[0][0] = "S9"  # row 2: unknown supplier
    rows[1][2] = "03/04/2026"  # row 3: not ISO
    rows[2][3] = "2026-02-30"  # row 4: no such day
    rows[3][4] = "-5"  # row 5: negative
    rows[4][4] = "12.5"  # row 6: not whole
    rows[5][5] = "700"  # row 7: 700 rejected of 600
    rows[6][6] = "2"  # row 8: complaint not 0/1
    rows[7][7] = "1,200"  # row 9: a cost that reads two ways
    rows.append([*rows[8][:4], "999", *rows[8][5:]])  # row 12: D-0009 again, other figures
    rows.append(list(rows[9]))  # row 13: D-0010 again, the same: read once
    path = write_csv(tmp_path / "erp.csv", rows, HEADERS, delimiter=";")
    plan = _preview(uow, path)
    assert [(p.row, p.column) for p in plan.problems] == [
        (2, "supplier"),
        (3, "due_date"),
        (4, "received_date"),
        (5, "received_qty"),
        (6, "received_qty"),
        (7, "rejected_qty"),
        (8, "complaint"),
        (9, "premium_freight"),
        (12, "delivery"),
    ]
    reasons = [p.reason for p in plan.problems]
    assert reasons[0] == "there is no supplier with the code 'S9' in the store"
    assert reasons[1] == "'03/04/2026' is not a date written YYYY-MM-DD (e.g. 2026-03-02)"
    assert reasons[2] == "'2026-02-30' is not a date of the calendar"
    assert reasons[3] == "the quantity -5 is negative"
    assert reasons[4] == "'12.5' is not a whole number of parts (e.g. 1200)"
    assert reasons[5] == "700 parts rejected of 600 received: more than were received"
    assert reasons[6] == "'2' is not 0 or 1 (1: the delivery led to a complaint)"
    assert reasons[8] == (
        "delivery D-0009 of S1 is also in row 10 with other figures; a delivery is listed once"
    )
    assert plan.problems[0].describe() == (
        "erp.csv, row 2, column 'supplier': there is no supplier with the code 'S9' in the store"
    )
    repeat = plan.rows[-1]
    assert (repeat.row, repeat.same_as, repeat.action) == (13, 11, ImportAction.UNCHANGED)
    with uow() as u, pytest.raises(TableError, match="row 2, column 'supplier'"):
        apply_kpi_import(u, plan)
    assert _deliveries(store) == {}


def test_one_bad_row_in_a_hundred_imports_none_then_all_once_fixed(
    store: Store, uow: Callable[[], UnitOfWork], ids: dict[str, str], tmp_path: Path
) -> None:
    rows = delivery_rows(100)
    rows[56][5] = "lots"
    bad = write_xlsx(tmp_path / "year.xlsx", rows, HEADERS, sheet="Deliveries")
    plan = _preview(uow, bad)
    assert [p.describe() for p in plan.problems] == [
        "year.xlsx, sheet Deliveries, row 58, column 'rejected_qty': 'lots' is not a whole "
        "number of parts (e.g. 1200)"
    ]
    with uow() as u, pytest.raises(TableError):
        apply_kpi_import(u, plan)
    assert _deliveries(store) == {}
    rows[56][5] = "0"
    plan = _import(uow, write_xlsx(tmp_path / "year.xlsx", rows, HEADERS))
    assert plan.count(ImportAction.NEW) == 100
    assert len(_deliveries(store)) == 100


def test_workbook_cells_as_typed_dates_and_numbers(
    store: Store, uow: Callable[[], UnitOfWork], ids: dict[str, str], tmp_path: Path
) -> None:
    row = ["S1", 4711, dt.date(2026, 3, 2), dt.datetime(2026, 3, 1, 14, 30), 1200.0, 3, 1, 80.5]
    _import(uow, write_xlsx(tmp_path / "erp.xlsx", [row], HEADERS))
    stored = _deliveries(store)["4711"]
    assert (stored.due_date, stored.received_date, stored.received_qty) == (
        dt.date(2026, 3, 2),
        dt.date(2026, 3, 1),
        1200,
    )
    assert (stored.rejected_qty, stored.complaint, stored.premium_freight_cents) == (3, True, 8050)


def test_a_missing_required_column_is_named_with_the_columns_found(
    uow: Callable[[], UnitOfWork], ids: dict[str, str], tmp_path: Path
) -> None:
    headers = ("supplier", "delivery", "due", "received_date", "received_qty", "rejected_qty")
    rows = [r[:6] for r in delivery_rows(2)]
    plan = _preview(uow, write_csv(tmp_path / "erp.csv", rows, headers))
    assert plan.rows == ()
    assert [p.reason for p in plan.problems] == [
        "no column for the required field due_date (name a column 'due_date' or map one to "
        "it; the file's columns: 'supplier', 'delivery', 'due', 'received_date', "
        "'received_qty', 'rejected_qty')"
    ]


def test_a_file_without_the_complaint_column_keeps_the_stored_complaint(
    store: Store, uow: Callable[[], UnitOfWork], ids: dict[str, str], tmp_path: Path
) -> None:
    rows = delivery_rows(2)
    rows[0][6:8] = ["1", "40"]
    _import(uow, write_csv(tmp_path / "a.csv", rows, HEADERS))
    plan = _import(uow, write_csv(tmp_path / "b.csv", [r[:6] for r in rows], HEADERS[:6]))
    assert [r.action for r in plan.rows] == [ImportAction.UNCHANGED] * 2
    first = _deliveries(store)["D-0001"]
    assert (first.complaint, first.premium_freight_cents) == (True, 4000)


def test_a_source_mapping_is_remembered_and_used_alone_the_next_time(
    store: Store, uow: Callable[[], UnitOfWork], ids: dict[str, str], tmp_path: Path
) -> None:
    headers = ("Lieferant", "Lieferschein", "Soll", "Ist", "Menge", "Ausschuss")
    columns = dict(zip(HEADERS[:6], headers, strict=True))
    path = write_csv(tmp_path / "sap.csv", [r[:6] for r in delivery_rows(3)], headers)
    with uow() as u, pytest.raises(ValidationError, match="no column mapping is remembered"):
        preview_kpi_import(u, path, source="SAP MM")
    plan = _import(uow, path, source="SAP MM", columns=columns, remember=True)
    assert plan.count(ImportAction.NEW) == 3
    with store.session() as session:
        assert import_mapping(session, ImportKind.KPI, "SAP MM") == columns
        assert import_mapping(session, ImportKind.SUPPLIER, "SAP MM") is None
    again = _preview(uow, path, source="SAP MM")
    assert again.ok
    assert again.count(ImportAction.UNCHANGED) == 3


def test_a_plan_the_store_moved_away_from_is_refused(
    store: Store, uow: Callable[[], UnitOfWork], ids: dict[str, str], tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "erp.csv", delivery_rows(2), HEADERS)
    plan = _preview(uow, path)
    _import(uow, path)  # someone imported the same file meanwhile
    with uow() as u, pytest.raises(StateError, match="row 2: delivery D-0001 of S1 changed"):
        apply_kpi_import(u, plan)


def test_a_cancelled_import_keeps_nothing(
    store: Store, uow: Callable[[], UnitOfWork], ids: dict[str, str], tmp_path: Path
) -> None:
    plan = _preview(uow, write_csv(tmp_path / "erp.csv", delivery_rows(20), HEADERS))
    progress = Progress()

    def report(done: int, total: int, message: str) -> None:
        if done == 10:
            progress.cancel()

    progress._callback = report
    with uow() as u, pytest.raises(Cancelled):
        apply_kpi_import(u, plan, progress=progress)
    assert _deliveries(store) == {}


def test_an_auditor_may_not_import(
    store: Store, context: WriteContext, ids: dict[str, str], tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "erp.csv", delivery_rows(1), HEADERS)
    with (
        acting(store, "omar", context) as u,
        pytest.raises(PermissionDenied, match="importing deliveries needs the quality engineer"),
    ):
        preview_kpi_import(u, path)
