"""The supplier list import: every problem at once, all rows or none, updates never duplicates,
and nothing changed by a preview, a refusal or a cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.progress import Cancelled, Progress
from sqms_desktop.queries.import_mappings import import_mapping, import_mappings
from sqms_desktop.queries.supplier_history import status_history
from sqms_desktop.services import suppliers, users
from sqms_desktop.services.identity import PermissionDenied
from sqms_desktop.services.supplier_import import (
    FieldChange,
    ImportPlan,
    apply_supplier_import,
    preview_supplier_import,
    save_supplier_mapping,
)
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import TrailEntry
from sqms_desktop.store.models import Supplier
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.tabular import TableError
from sqms_desktop.vocab import ImportAction, ImportKind
from tests.support.store import acting
from tests.support.supplier_files import HEADERS, supplier_rows, write_csv, write_xlsx


def _preview(uow: Callable[[], UnitOfWork], path: Path, **options: object) -> ImportPlan:
    with uow() as u:
        return preview_supplier_import(u, path, **options)  # type: ignore[arg-type]


def _import(uow: Callable[[], UnitOfWork], path: Path, **options: object) -> ImportPlan:
    """Preview and apply in one action, as `sqms supplier import` does."""
    with uow() as u:
        plan = preview_supplier_import(u, path, **options)  # type: ignore[arg-type]
        apply_supplier_import(u, plan)
        u.commit()
    return plan


def _suppliers(store: Store) -> dict[str, Supplier]:
    with store.session() as session:
        return {s.code: s for s in session.scalars(select(Supplier))}


def _trail_length(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(TrailEntry)) or 0


def test_fifty_rows_with_one_bad_row_are_refused_whole_then_imported_once_fixed(
    store: Store, uow: Callable[[], UnitOfWork], tmp_path: Path
) -> None:
    bad = write_xlsx(tmp_path / "list.xlsx", supplier_rows(50, bad_row=17))
    plan = _preview(uow, bad)
    assert not plan.ok
    assert [p.describe() for p in plan.problems] == [
        "list.xlsx, sheet Suppliers, row 17, column 'duns': DUNS number '1000000' must be "
        "9 digits (e.g. 150483782); it has 7 digit(s)"
    ]
    assert len(plan.rows) == 49  # the good rows are planned, the bad one is named
    with uow() as u, pytest.raises(TableError, match="row 17, column 'duns'"):
        apply_supplier_import(u, plan)
    assert _suppliers(store) == {}

    fixed = write_xlsx(tmp_path / "list.xlsx", supplier_rows(50))
    plan = _import(uow, fixed)
    assert (plan.count(ImportAction.NEW), plan.count(ImportAction.UPDATE)) == (50, 0)
    stored = _suppliers(store)
    assert len(stored) == 50
    s7 = stored["SUP-007"]
    assert (s7.name, s7.city, s7.country, s7.risk_class, s7.status) == (
        "Łódź Odlewnia 7 Sp. z o.o.",
        "Ulm",
        "DE",
        "medium",
        "prospect",
    )
    assert (s7.commodities, s7.duns) == (["castings", "machining"], "100000007")

    before = _trail_length(store)
    again = _import(uow, fixed)
    assert again.count(ImportAction.UNCHANGED) == 50
    assert all(row.changes == () for row in again.rows)
    assert _trail_length(store) == before  # importing the same file again changes nothing


def test_every_problem_in_the_file_at_once(
    store: Store, uow: Callable[[], UnitOfWork], tmp_path: Path
) -> None:
    rows = supplier_rows(6)
    rows[0][7] = "12"  # row 2: DUNS
    rows[1][3] = "Germany"  # row 3: country
    rows[1][4] = "huge"  # row 3: risk class
    rows[2][0] = "sup 3"  # row 4: code
    rows[4][0] = "SUP-002"  # row 6: the code of row 3 again
    rows[5][1] = ""  # row 7: no name
    path = write_csv(tmp_path / "erp.csv", rows, delimiter=";")
    plan = _preview(uow, path)
    where = [(p.row, p.column) for p in plan.problems]
    assert where == [
        (2, "duns"),
        (3, "country"),
        (3, "risk_class"),
        (4, "code"),
        (6, "code"),
        (7, "name"),
    ]
    assert plan.problems[4].reason == "the code SUP-002 is also in row 3; a supplier is listed once"
    assert (
        plan.problems[5].describe()
        == "erp.csv, row 7, column 'name': supplier name must not be empty"
    )
    assert _suppliers(store) == {}


def test_an_existing_code_updates_that_supplier_never_a_second_one(
    store: Store, uow: Callable[[], UnitOfWork], tmp_path: Path
) -> None:
    with uow() as u:
        made = suppliers.create_supplier(
            u,
            suppliers.SupplierInput(
                code="SUP-003", name="Old Name", status="approved", risk_class="low", duns=""
            ),
        )
        u.commit()
    path = write_csv(tmp_path / "erp.csv", supplier_rows(3))
    plan = _preview(uow, path)
    update = next(row for row in plan.rows if row.code == "SUP-003")
    assert update.action == ImportAction.UPDATE
    assert update.supplier_id == made.id
    assert FieldChange("name", "Old Name", "Lieferant 3 GmbH") in update.changes
    assert FieldChange("status", "approved", "prospect") in update.changes
    assert FieldChange("duns", "", "100000003") in update.changes
    assert FieldChange("risk_class", "low", "high") in update.changes
    _import(uow, path)
    stored = _suppliers(store)
    assert sorted(stored) == ["SUP-001", "SUP-002", "SUP-003"]
    assert stored["SUP-003"].id == made.id
    assert stored["SUP-003"].name == "Lieferant 3 GmbH"
    with store.session() as session:
        history = status_history(session, made.id)
    assert [(h.old_status, h.new_status, h.reason) for h in history] == [
        (None, "approved", ""),
        ("approved", "prospect", "imported from erp.csv"),
    ]
    with store.session() as session:
        created = status_history(session, stored["SUP-002"].id)
    assert [(h.old_status, h.new_status, h.reason) for h in created] == [
        (None, "approved", "imported from erp.csv")
    ]


def test_empty_cells_clear_text_but_keep_status_and_risk_class(
    store: Store, uow: Callable[[], UnitOfWork], tmp_path: Path
) -> None:
    first = write_csv(tmp_path / "a.csv", [["S1", "One", "Ulm", "DE", "high", "approved", "", ""]])
    _import(uow, first)
    second = write_csv(tmp_path / "b.csv", [["S1", "One", "", "DE", "", "", "", ""]])
    plan = _import(uow, second)
    assert plan.rows[0].changes == (FieldChange("city", "Ulm", ""),)
    s1 = _suppliers(store)["S1"]
    assert (s1.city, s1.risk_class, s1.status) == ("", "high", "approved")


def test_dry_run_is_a_preview_that_changes_nothing(
    store: Store, uow: Callable[[], UnitOfWork], tmp_path: Path
) -> None:
    before = _trail_length(store)
    plan = _preview(uow, write_csv(tmp_path / "erp.csv", supplier_rows(5)))
    assert plan.ok
    assert [row.action for row in plan.rows] == [ImportAction.NEW] * 5
    assert _suppliers(store) == {}
    assert _trail_length(store) == before


def test_a_remembered_mapping_reads_an_erps_own_headers(
    store: Store, uow: Callable[[], UnitOfWork], tmp_path: Path
) -> None:
    headers = ("Lieferant", "Name 1", "Ort", "Land", "Risiko", "Status", "Warengruppen", "DUNS")
    path = write_csv(tmp_path / "sap.csv", supplier_rows(2), headers, delimiter=";")
    unmapped = _preview(uow, path)
    assert [p.reason.split(" (")[0] for p in unmapped.problems] == [
        "no column for the required field code",
        "no column for the required field name",
    ]
    with uow() as u, pytest.raises(ValidationError, match="no column mapping is remembered"):
        preview_supplier_import(u, path, source="SAP")
    columns = {"code": "Lieferant", "name": "Name 1", "city": "Ort", "country": "Land",
               "risk_class": "Risiko", "commodities": "Warengruppen"}  # fmt: skip
    with uow() as u:
        plan = preview_supplier_import(u, path, source="SAP", columns=columns)
        assert plan.ok, plan.problems
        apply_supplier_import(u, plan, remember=True)
        u.commit()
    with store.session() as session:
        assert import_mapping(session, ImportKind.SUPPLIER, "SAP") == columns
        assert [m.source for m in import_mappings(session, ImportKind.SUPPLIER)] == ["SAP"]
    again = _preview(uow, path, source="SAP")
    assert again.ok
    assert again.count(ImportAction.UNCHANGED) == 2
    with uow() as u:
        save_supplier_mapping(u, "SAP", {**columns, "duns": "DUNS"})
        with pytest.raises(ValidationError, match="'colour' is not a field to map"):
            save_supplier_mapping(u, "SAP", {"colour": "Farbe"})
        u.commit()
    with store.session() as session:
        assert (import_mapping(session, ImportKind.SUPPLIER, "SAP") or {})["duns"] == "DUNS"


def test_a_plan_the_store_has_moved_away_from_is_refused(
    store: Store, uow: Callable[[], UnitOfWork], tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "erp.csv", supplier_rows(2))
    plan = _preview(uow, path)
    with uow() as u:
        suppliers.create_supplier(u, suppliers.SupplierInput(code="SUP-002", name="Meanwhile"))
        u.commit()
    with uow() as u, pytest.raises(StateError, match="row 3: supplier SUP-002 changed since"):
        apply_supplier_import(u, plan)
    assert sorted(_suppliers(store)) == ["SUP-002"]


def test_cancelling_leaves_nothing_and_progress_is_reported(
    store: Store, uow: Callable[[], UnitOfWork], tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "erp.csv", supplier_rows(20))
    seen: list[tuple[int, int, str]] = []
    progress = Progress(lambda done, total, message: seen.append((done, total, message)))
    plan = _preview(uow, path, progress=progress)
    assert seen[0] == (0, 20, "checking row 2")
    seen.clear()

    def cancel_at_ten(done: int, total: int, message: str) -> None:
        seen.append((done, total, message))
        if done == 10:
            progress.cancel()

    progress = Progress(cancel_at_ten)
    # the caller commits only when the import returns: here it never does
    with uow() as u, pytest.raises(Cancelled):
        apply_supplier_import(u, plan, progress=progress)
    assert seen[-1][:2] == (10, 20)
    assert _suppliers(store) == {}


def test_an_auditor_may_not_import(
    store: Store, context: WriteContext, uow: Callable[[], UnitOfWork], tmp_path: Path
) -> None:
    with uow() as u:
        users.create_user(u, "omar", "Omar Şen", "auditor")
        u.commit()
    path = write_csv(tmp_path / "erp.csv", supplier_rows(1))
    with (
        acting(store, "omar", context) as u,
        pytest.raises(
            PermissionDenied, match="importing suppliers needs the quality engineer or lead auditor"
        ),
    ):
        preview_supplier_import(u, path)


def test_a_file_that_cannot_be_read_is_a_plan_with_the_reason(
    uow: Callable[[], UnitOfWork], tmp_path: Path
) -> None:
    path = tmp_path / "list.ods"
    path.write_bytes(b"PK")
    plan = _preview(uow, path)
    assert not plan.ok
    assert plan.rows == ()
    assert plan.problems[0].describe() == (
        "list.ods: a .ods file; import reads .xlsx and .csv files"
    )
    assert HEADERS[0] == "code"
