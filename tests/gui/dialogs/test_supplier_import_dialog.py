"""The supplier list import dialog over real .xlsx files and a real store: the file and its
source, the columns (by name, by hand, then as remembered), the preview with every problem and
Import disabled while there are any, the import on a worker thread, and cancelling it."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest

from sqms_desktop.gui.dialogs import supplier_import as dialog_module
from sqms_desktop.gui.dialogs.supplier_import import (
    FILE,
    MAPPING,
    PREVIEW,
    RUN,
    SupplierImportDialog,
)
from sqms_desktop.gui.models.suppliers import SupplierTableModel
from sqms_desktop.gui.pages.suppliers import SuppliersPage
from sqms_desktop.queries.import_mappings import import_mapping
from sqms_desktop.queries.suppliers import list_suppliers
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store
from sqms_desktop.vocab import ImportKind
from tests.gui.conftest import AUDITOR, QUALITY_ENGINEER
from tests.support.modal import through_dialog
from tests.support.supplier_files import HEADERS, supplier_rows, write_xlsx

pytestmark = pytest.mark.gui

TIMEOUT = 10_000
GERMAN = ("Lieferant-Nr", "Firma", "Ort", "Land")


def _dialog(qtbot, store: Store, user: str = QUALITY_ENGINEER) -> SupplierImportDialog:
    dialog = SupplierImportDialog(Actor(store, user))
    qtbot.addWidget(dialog)
    return dialog


def _next(qtbot, dialog: SupplierImportDialog) -> None:
    with qtbot.waitSignal(dialog.step_ready, timeout=TIMEOUT):
        dialog.next_button.click()


def _cells(table: Any) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _codes(store: Store) -> list[str]:
    with store.session() as session:
        return [row.code for row in list_suppliers(session)]


def test_a_list_with_a_bad_row_is_refused_then_fixed_and_imported(
    qtbot, team_store: Store, tmp_path: Path
) -> None:
    page = SuppliersPage(Actor(team_store, QUALITY_ENGINEER), today=lambda: dt.date(2026, 3, 2))
    qtbot.addWidget(page)
    page.refresh()
    path = write_xlsx(tmp_path / "vendors.xlsx", supplier_rows(5, bad_row=4))

    def answer(dialog: SupplierImportDialog) -> None:
        assert dialog.step() == FILE
        dialog.set_file(path)
        dialog.set_source("ERP vendor export")
        _next(qtbot, dialog)
        assert dialog.step() == MAPPING
        # The file names its columns as our fields are named: each is offered as it is.
        assert dialog.mapping() == {name: name for name in HEADERS}
        _next(qtbot, dialog)
        assert dialog.step() == PREVIEW
        assert dialog.problems_group.isVisibleTo(dialog)
        problems = _cells(dialog.problems_table)
        assert len(problems) == 1
        row, column, why = problems[0]
        assert (row, column) == ("4", "duns")
        assert "must be 9 digits" in why
        assert not dialog.import_button.isEnabled()
        assert "nothing can be imported until they are fixed" in dialog.summary_label.text()

        write_xlsx(path, supplier_rows(5))  # the file fixed, as a person would
        with qtbot.waitSignal(dialog.step_ready, timeout=TIMEOUT):
            dialog.reread_button.click()
        assert not dialog.problems_group.isVisibleTo(dialog)
        plan = _cells(dialog.plan_table)
        assert [line[1] for line in plan] == [f"SUP-00{n}" for n in range(1, 6)]
        assert {line[3] for line in plan} == {"New"}
        assert dialog.import_button.isEnabled()
        with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT) as imported:
            dialog.import_button.click()
        assert dialog.step() == RUN
        assert "5 supplier(s) created" in imported.args[0]
        assert "remembered for ERP vendor export" in dialog.result_label.text()
        assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
        assert dialog.cancel_button.text() == "Close"
        dialog.cancel_button.click()

    through_dialog(page.action_import.trigger, answer)
    codes = [
        page.proxy.index(r, SupplierTableModel.COL_CODE).data()
        for r in range(page.proxy.rowCount())
    ]
    assert codes == [f"SUP-00{n}" for n in range(1, 6)]
    assert not page.showing_empty_state()
    remembered = Actor(team_store, QUALITY_ENGINEER).read(
        import_mapping, ImportKind.SUPPLIER, "ERP vendor export"
    )
    assert remembered == {name: name for name in HEADERS}


def _german(path: Path, names: tuple[str, ...]) -> Path:
    rows = [[f"DE-{n}", name, "Ulm", "DE"] for n, name in enumerate(names, start=1)]
    return write_xlsx(path, rows, GERMAN, sheet="Lieferanten")


def test_columns_mapped_by_hand_are_remembered_for_the_source(
    qtbot, team_store: Store, tmp_path: Path
) -> None:
    first = _dialog(qtbot, team_store)
    first.set_file(_german(tmp_path / "april.xlsx", ("Gießerei Nord", "Drehteile Süd")))
    first.set_source("SAP Lieferanten")
    _next(qtbot, first)
    assert first.mapping() == {}  # no header is named like a field
    first.next_button.click()
    assert first.step() == MAPPING
    assert "at least the code and the name" in first.errors.general_text()
    first.map_field("city", "Ort")
    _next(qtbot, first)
    reasons = [line[2] for line in _cells(first.problems_table)]
    assert any("no column for the required field code" in reason for reason in reasons)
    assert not first.import_button.isEnabled()
    first.back_button.click()
    assert first.step() == MAPPING
    for name, header in zip(("code", "name", "city", "country"), GERMAN, strict=True):
        first.map_field(name, header)
    assert first.mapping_table.item(0, 2).text() == "DE-1"  # the first value of the column
    _next(qtbot, first)
    assert first.plan is not None
    assert first.plan.ok
    with qtbot.waitSignal(first.imported, timeout=TIMEOUT):
        first.import_button.click()
    assert _codes(team_store) == ["DE-1", "DE-2"]

    second = _dialog(qtbot, team_store)
    offered = [second.source_combo.itemText(i) for i in range(second.source_combo.count())]
    assert "SAP Lieferanten" in offered
    second.set_file(_german(tmp_path / "may.xlsx", ("Gießerei Nord GmbH", "Drehteile Süd")))
    second.source_combo.setCurrentIndex(offered.index("SAP Lieferanten"))
    assert "remembered" in second.source_hint.text()
    _next(qtbot, second)
    assert second.mapping() == dict(zip(("code", "name", "city", "country"), GERMAN, strict=True))
    assert "as remembered for SAP Lieferanten" in second.mapping_intro.text()
    _next(qtbot, second)
    plan = _cells(second.plan_table)
    assert [line[3] for line in plan] == ["Update", "Unchanged"]
    assert plan[0][4] == "Name: Gießerei Nord → Gießerei Nord GmbH"
    with qtbot.waitSignal(second.imported, timeout=TIMEOUT) as imported:
        second.import_button.click()
    assert "0 supplier(s) created, 1 updated, 1 unchanged" in imported.args[0]
    assert _codes(team_store) == ["DE-1", "DE-2"]  # an update, never a second supplier


def test_an_auditor_is_refused_with_the_role_named(
    qtbot, team_store: Store, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, team_store, AUDITOR)
    dialog.set_file(write_xlsx(tmp_path / "vendors.xlsx", supplier_rows(3)))
    dialog.set_source("ERP vendor export")
    _next(qtbot, dialog)
    _next(qtbot, dialog)
    assert dialog.step() == MAPPING  # no preview: the service refused
    refusal = dialog.errors.general_text()
    assert "Omar Şen is an auditor; importing suppliers needs the quality engineer" in refusal
    assert dialog.plan is None
    assert _codes(team_store) == []


def test_a_missing_file_and_source_are_marked(qtbot, team_store: Store, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, team_store)
    dialog.next_button.click()
    assert dialog.errors.marked() == ["file"]
    dialog.set_file(tmp_path / "vendors.txt")
    dialog.next_button.click()
    assert dialog.errors.marked() == ["source"]
    dialog.set_source("ERP vendor export")
    _next(qtbot, dialog)
    assert dialog.step() == FILE
    assert dialog.errors.marked() == ["file"]
    assert "import reads .xlsx and .csv files" in dialog.errors.message("file")


def test_cancelling_the_import_keeps_nothing(
    qtbot, team_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cancelled = threading.Event()
    real_apply = dialog_module.apply_supplier_import

    def apply_after_cancel(*args: Any, **kwargs: Any) -> Any:
        cancelled.wait(TIMEOUT / 1000)  # the user presses Cancel while the import runs
        return real_apply(*args, **kwargs)

    monkeypatch.setattr(dialog_module, "apply_supplier_import", apply_after_cancel)
    dialog = _dialog(qtbot, team_store)
    dialog.set_file(write_xlsx(tmp_path / "vendors.xlsx", supplier_rows(5)))
    dialog.set_source("ERP vendor export")
    _next(qtbot, dialog)
    _next(qtbot, dialog)
    dialog.import_button.click()
    assert dialog.step() == RUN
    assert dialog.busy()
    with qtbot.waitSignal(dialog.step_ready, timeout=TIMEOUT):
        dialog.cancel_button.click()  # while running: cancels, does not close
        cancelled.set()
    assert not dialog.busy()
    assert dialog.step() == PREVIEW
    assert dialog.errors.general_text() == "Cancelled; nothing was imported."
    assert _codes(team_store) == []
    remembered = Actor(team_store, QUALITY_ENGINEER).read(
        import_mapping, ImportKind.SUPPLIER, "ERP vendor export"
    )
    assert remembered is None


def test_a_column_chosen_as_not_in_the_file_is_not_read(
    qtbot, team_store: Store, tmp_path: Path
) -> None:
    """The file has a "city" column that this source fills with something else: chosen as
    "(not in the file)", it is left out of the import and of the remembered mapping."""
    dialog = _dialog(qtbot, team_store)
    dialog.set_file(write_xlsx(tmp_path / "vendors.xlsx", supplier_rows(3)))
    dialog.set_source("Purchasing list")
    _next(qtbot, dialog)
    assert dialog.mapping()["city"] == "city"
    dialog.map_field("city", "")
    assert dialog.mapping()["city"] == ""
    _next(qtbot, dialog)
    assert dialog.step() == PREVIEW
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT):
        dialog.import_button.click()
    with team_store.session() as session:
        rows = list_suppliers(session)
    assert [(row.code, row.city) for row in rows] == [(f"SUP-00{n}", "") for n in (1, 2, 3)]
    remembered = Actor(team_store, QUALITY_ENGINEER).read(
        import_mapping, ImportKind.SUPPLIER, "Purchasing list"
    )
    assert remembered is not None
    assert remembered["city"] == ""
