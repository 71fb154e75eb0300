"""The delivery import dialog over real files and a real store: columns mapped by hand and
remembered for the source, a preview naming a bad row by row, column and why with Import
disabled, the import on a worker thread, and the same file again changing nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from sqms_desktop.gui.dialogs.kpi_import import KpiImportDialog
from sqms_desktop.gui.dialogs.tabular_import import MAPPING, PREVIEW, RUN
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.suppliers import SupplierInput, create_supplier
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import Change
from sqms_desktop.store.models import Delivery
from tests.gui.conftest import AUDITOR, QUALITY_ENGINEER
from tests.support.delivery_files import DELIVERY_HEADERS, delivery_rows
from tests.support.supplier_files import write_csv, write_xlsx

pytestmark = pytest.mark.gui

TIMEOUT = 10_000
SAP = ("Kreditor", "Lieferschein", "Liefertermin", "Wareneingang", "Menge", "Ausschuss")


@pytest.fixture
def store(team_store: Store) -> Store:
    actor = Actor(team_store, QUALITY_ENGINEER)
    for code in ("S1", "S2"):
        actor.run(create_supplier, SupplierInput(code=code, name=f"Supplier {code}"))
    return team_store


def _dialog(qtbot: Any, store: Store, user: str = QUALITY_ENGINEER) -> KpiImportDialog:
    dialog = KpiImportDialog(Actor(store, user))
    qtbot.addWidget(dialog)
    return dialog


def _next(qtbot: Any, dialog: KpiImportDialog) -> None:
    with qtbot.waitSignal(dialog.step_ready, timeout=TIMEOUT):
        dialog.next_button.click()


def _cells(table: Any) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _stored(store: Store) -> tuple[dict[str, int], int]:
    """Each delivery's rejected quantity, and how many changes the deliveries have had."""
    with store.session() as session:
        rejected = {d.delivery_no: d.rejected_qty for d in session.scalars(select(Delivery))}
        changes = session.scalar(
            select(func.count()).select_from(Change).where(Change.entity == "delivery")
        )
    return rejected, changes or 0


def test_mapped_by_hand_refused_for_a_bad_row_imported_once_fixed_then_again_unchanged(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    rows = [r[:6] for r in delivery_rows(4)]
    rows[2][5] = "900"  # row 4: 900 rejected of 300 received
    path = write_xlsx(tmp_path / "likp.xlsx", rows, SAP, sheet="LIKP")
    dialog = _dialog(qtbot, store)
    dialog.set_file(path)
    dialog.set_source("SAP MM")
    _next(qtbot, dialog)
    assert dialog.step() == MAPPING
    assert dialog.mapping() == {}  # no header is named like a field
    for field, header in zip(DELIVERY_HEADERS, SAP, strict=False):
        dialog.map_field(field, header)
    first = dialog.mapping_table.item(0, 2)
    assert first is not None
    assert first.text() == "S1"  # the column's first value
    _next(qtbot, dialog)
    assert dialog.step() == PREVIEW
    assert dialog.problems_group.isVisibleTo(dialog)
    assert _cells(dialog.problems_table) == [
        ["4", "Ausschuss", "900 parts rejected of 300 received: more than were received"]
    ]
    assert not dialog.import_button.isEnabled()
    assert _stored(store) == ({}, 0)

    rows[2][5] = "9"
    write_xlsx(path, rows, SAP, sheet="LIKP")  # fixed, as a person would
    with qtbot.waitSignal(dialog.step_ready, timeout=TIMEOUT):
        dialog.reread_button.click()
    assert not dialog.problems_group.isVisibleTo(dialog)
    plan = _cells(dialog.plan_table)
    assert [line[:4] for line in plan] == [
        ["2", "S1", "D-0001", "New"],
        ["3", "S2", "D-0002", "New"],
        ["4", "S1", "D-0003", "New"],
        ["5", "S2", "D-0004", "New"],
    ]
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT) as imported:
        dialog.import_button.click()
    assert dialog.step() == RUN
    assert imported.args[0].startswith("likp.xlsx: 4 delivery(ies) new, 0 updated, 0 unchanged.")
    assert "remembered for SAP MM" in dialog.result_label.text()
    rejected, changes = _stored(store)
    assert rejected == {"D-0001": 0, "D-0002": 0, "D-0003": 9, "D-0004": 10}

    again = _dialog(qtbot, store)
    offered = [again.source_combo.itemText(i) for i in range(again.source_combo.count())]
    assert "SAP MM" in offered
    again.set_file(path)
    again.source_combo.setCurrentIndex(offered.index("SAP MM"))
    _next(qtbot, again)
    assert "as remembered for SAP MM" in again.mapping_intro.text()
    assert again.mapping() == dict(zip(DELIVERY_HEADERS, SAP, strict=False))
    _next(qtbot, again)
    assert {line[3] for line in _cells(again.plan_table)} == {"Unchanged"}
    with qtbot.waitSignal(again.imported, timeout=TIMEOUT) as imported:
        again.import_button.click()
    assert "0 delivery(ies) new, 0 updated, 4 unchanged" in imported.args[0]
    assert _stored(store) == (rejected, changes)  # the same rows again: not one change


def test_a_changed_row_is_shown_as_an_update_with_its_change(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    rows = delivery_rows(2)
    path = write_csv(tmp_path / "erp.csv", rows, DELIVERY_HEADERS)
    first = _dialog(qtbot, store)
    first.set_file(path)
    first.set_source("ERP")
    _next(qtbot, first)
    assert first.mapping() == {name: name for name in DELIVERY_HEADERS}
    _next(qtbot, first)
    with qtbot.waitSignal(first.imported, timeout=TIMEOUT):
        first.import_button.click()
    rows[1][7] = "120.50"
    write_csv(path, rows, DELIVERY_HEADERS)
    second = _dialog(qtbot, store)
    second.set_file(path)
    second.set_source("ERP")
    _next(qtbot, second)
    _next(qtbot, second)
    plan = _cells(second.plan_table)
    assert plan[1][3:] == ["Update", "Premium freight: 0.00 → 120.50"]


def test_an_auditor_is_refused_with_the_role_named(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, store, AUDITOR)
    dialog.set_file(write_csv(tmp_path / "erp.csv", delivery_rows(2), DELIVERY_HEADERS))
    dialog.set_source("ERP")
    _next(qtbot, dialog)
    _next(qtbot, dialog)
    assert dialog.step() == MAPPING
    assert "importing deliveries needs the quality engineer" in dialog.errors.general_text()
    assert _stored(store) == ({}, 0)
