"""The table models over real rows from a store built with the services."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from sqms_desktop.gui.models.suppliers import SupplierTableModel
from sqms_desktop.gui.models.tables import (
    ID_ROLE,
    SORT_ROLE,
    AuditTableModel,
    RowFilterProxy,
    RowTableModel,
)
from sqms_desktop.queries.audits import AuditRow, list_audits
from sqms_desktop.queries.suppliers import SupplierRow, list_suppliers
from sqms_desktop.store.engine import Store
from tests.support.dates import shown_day

pytestmark = pytest.mark.gui

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def supplier_rows(sample_store: Store) -> list[SupplierRow]:
    with sample_store.session() as session:
        return list_suppliers(session)


@pytest.fixture
def audit_rows(sample_store: Store) -> list[AuditRow]:
    with sample_store.session() as session:
        return list_audits(session)


def _proxy(model: RowTableModel) -> RowFilterProxy:
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    return proxy


def _column(proxy: RowFilterProxy, column: int, role: int = DISPLAY) -> list[object]:
    return [proxy.index(row, column).data(role) for row in range(proxy.rowCount())]


def test_supplier_model_passes_the_model_tester(qtmodeltester, supplier_rows) -> None:
    model = SupplierTableModel()
    model.set_rows(supplier_rows)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_audit_model_passes_the_model_tester(qtmodeltester, audit_rows) -> None:
    model = AuditTableModel()
    model.set_rows(audit_rows)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_an_empty_model_passes_the_model_tester(qtmodeltester) -> None:
    qtmodeltester.check(SupplierTableModel())
    qtmodeltester.check(AuditTableModel())


def test_set_rows_resets_the_model(qtbot, supplier_rows) -> None:
    model = SupplierTableModel()
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(supplier_rows)
    assert model.rowCount() == len(supplier_rows)
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    assert model.columnCount() == 13


def test_supplier_cells_are_humanised(supplier_rows, sample) -> None:
    model = SupplierTableModel()
    model.set_rows(supplier_rows)
    row = model.row_of_id(sample.supplier_ids["SUP-001"])
    assert row is not None

    def cell(column: int, role: int = DISPLAY) -> object:
        return model.index(row, column).data(role)

    assert cell(model.COL_CODE) == "SUP-001"
    assert cell(model.COL_NAME) == sample.tricky_name
    assert cell(model.COL_STATUS) == "Conditional"
    assert cell(model.COL_RISK) == "Medium"
    assert cell(model.COL_SITES) == "1"
    assert cell(model.COL_OPEN_CAPAS) == "2"
    assert cell(model.COL_CODE, ID_ROLE) == sample.supplier_ids["SUP-001"]
    assert cell(model.COL_SITES, SORT_ROLE) == 1
    alignment = cell(model.COL_SITES, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_audit_cells_are_humanised(audit_rows) -> None:
    model = AuditTableModel()
    model.set_rows(audit_rows)
    texts = {
        (model.index(r, model.COL_STATUS).data(), model.index(r, model.COL_TYPE).data())
        for r in range(model.rowCount())
    }
    statuses = {status for status, _ in texts}
    types = {kind for _, kind in texts}
    assert statuses == {"Planned", "In progress", "Completed"}
    assert types == {"System", "Process", "Follow-up"}
    scores = {model.index(r, model.COL_SCORE).data() for r in range(model.rowCount())}
    assert {"9.5 %", "85.0 %", "100.0 %", ""} <= scores
    planned = model.index(0, model.COL_PLANNED)
    assert shown_day(planned.data()) == audit_rows[0].planned_start
    assert model.index(0, model.COL_SUPPLIER).data(Qt.ItemDataRole.ToolTipRole)


def test_dates_sort_chronologically_and_numbers_numerically(audit_rows) -> None:
    model = AuditTableModel()
    model.set_rows(audit_rows)
    proxy = _proxy(model)

    proxy.sort(model.COL_PLANNED, Qt.SortOrder.AscendingOrder)
    dates = [shown_day(str(d)) for d in _column(proxy, model.COL_PLANNED)]
    assert dates == sorted(dates)
    assert len(set(dates)) > 5

    proxy.sort(model.COL_FINDINGS, Qt.SortOrder.DescendingOrder)
    findings = [int(str(n)) for n in _column(proxy, model.COL_FINDINGS)]
    assert findings == sorted(findings, reverse=True)
    assert findings[0] == 10  # as text, "2" would come before "10"

    proxy.sort(model.COL_SCORE, Qt.SortOrder.AscendingOrder)
    scores = [s for s in _column(proxy, model.COL_SCORE, SORT_ROLE) if s is not None]
    assert scores == sorted(scores)
    assert scores[0] == 9.5  # as text, "85.0 %" would come first
    assert _column(proxy, model.COL_SCORE)[-1] == ""  # audits without a score sort last


def test_supplier_last_audit_sorts_by_date_with_empty_last(supplier_rows) -> None:
    model = SupplierTableModel()
    model.set_rows(supplier_rows)
    proxy = _proxy(model)
    proxy.sort(model.COL_LAST_AUDIT, Qt.SortOrder.AscendingOrder)
    shown = _column(proxy, model.COL_LAST_AUDIT)
    filled = [s for s in shown if s]
    assert [shown_day(s) for s in filled] == sorted(shown_day(s) for s in filled)
    assert shown[: len(filled)] == filled


def test_filter_narrows_rows_case_insensitively_across_columns(supplier_rows, sample) -> None:
    model = SupplierTableModel()
    model.set_rows(supplier_rows)
    proxy = _proxy(model)
    total = proxy.rowCount()
    proxy.set_filter_text("söhne")
    assert _column(proxy, model.COL_NAME) == [sample.tricky_name]
    proxy.set_filter_text("<OK>")
    assert proxy.rowCount() == 1
    proxy.set_filter_text("sup-00")
    assert proxy.rowCount() == total
    proxy.set_filter_text("conditional")  # the status column
    assert 0 < proxy.rowCount() < total
    proxy.set_filter_text("no such thing")
    assert proxy.rowCount() == 0


def test_header_titles_and_invalid_indexes() -> None:
    model = AuditTableModel()
    assert model.headerData(model.COL_PLANNED, Qt.Orientation.Horizontal) == "Planned"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(99, Qt.Orientation.Horizontal) is None
    assert model.data(QModelIndex()) is None
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_sorting_in_the_model_keeps_the_model_consistent(qtmodeltester, audit_rows) -> None:
    model = AuditTableModel()
    model.set_rows(audit_rows)
    qtmodeltester.check(model)  # stays attached: the sorts below are checked too
    first_id = model.index(0, 0).data(ID_ROLE)
    persistent = QPersistentModelIndex(model.index(0, model.COL_REFERENCE))
    model.sort(model.COL_FINDINGS, Qt.SortOrder.DescendingOrder)
    assert persistent.data(ID_ROLE) == first_id  # persistent indexes follow their rows
    model.sort(model.COL_SCORE, Qt.SortOrder.AscendingOrder)
    model.sort(99)  # out of range: ignored
    assert persistent.isValid()


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_empty_values_sort_last_in_both_directions(audit_rows, order: Qt.SortOrder) -> None:
    model = AuditTableModel()
    model.set_rows(audit_rows)
    model.sort(model.COL_SCORE, order)
    shown = [model.index(r, model.COL_SCORE).data() for r in range(model.rowCount())]
    filled = [s for s in shown if s]
    assert shown[: len(filled)] == filled
    assert set(shown[len(filled) :]) == {""}
    values = [model.index(r, model.COL_SCORE).data(SORT_ROLE) for r in range(len(filled))]
    assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)


def test_new_rows_keep_the_last_sort(audit_rows) -> None:
    model = AuditTableModel()
    model.sort(model.COL_PLANNED, Qt.SortOrder.AscendingOrder)
    model.set_rows(audit_rows)  # the query returns newest first
    dates = [model.row_at(r).planned_start for r in range(model.rowCount())]
    assert dates == sorted(dates)
    assert model.row_of_id(model.row_at(3).id) == 3


@pytest.mark.slow
def test_suppliers_needing_attention_are_marked_and_sort_first(demo_store_file) -> None:
    from PySide6.QtGui import QBrush, QFont

    from sqms_desktop.gui.base.colors import current_colors
    from sqms_desktop.queries.suppliers import list_suppliers
    from sqms_desktop.store.engine import open_store
    from tests.support.demo import DEMO_TODAY

    store = open_store(f"sqlite:///{demo_store_file}")
    with store.session() as session:
        rows = list_suppliers(session, today=DEMO_TODAY)
    store.close()
    late = next(r for r in rows if r.overdue_capas)
    calm = replace(
        rows[0], id="calm", overdue_capas=0, certificates_expired=0, certificates_expiring=0
    )
    soon = replace(
        rows[0], id="soon", overdue_capas=0, certificates_expired=0, certificates_expiring=1
    )
    rows = [calm, *rows, soon]
    model = SupplierTableModel()
    model.set_rows(rows)
    column = model.COL_ATTENTION
    late_index = model.index(model.row_of_id(late.id), column)
    calm_index = model.index(model.row_of_id(calm.id), column)
    assert "overdue" in late_index.data()
    brush = late_index.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush)
    assert brush.color().name() == current_colors().alert
    font = late_index.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont)
    assert font.bold()
    assert calm_index.data() == ""
    assert calm_index.data(Qt.ItemDataRole.ForegroundRole) is None
    soon_index = model.index(model.row_of_id("soon"), column)
    assert soon_index.data() == "1 cert. expiring"
    assert soon_index.data(Qt.ItemDataRole.ToolTipRole) == "1 certificate expiring"
    assert soon_index.data(Qt.ItemDataRole.ForegroundRole).color().name() == (
        current_colors().warning
    )

    model.sort(column, Qt.SortOrder.AscendingOrder)
    first = model.row_at(0)
    assert first.overdue_capas + first.certificates_expired == max(
        r.overdue_capas + r.certificates_expired for r in rows
    )
    order = [model.row_at(n) for n in range(model.rowCount())]
    soon_at = next(n for n, r in enumerate(order) if r.id == "soon")
    urgent = [r.overdue_capas + r.certificates_expired for r in order[:soon_at]]
    assert urgent == sorted(urgent, reverse=True)
    assert all(
        r.overdue_capas or r.certificates_expired or r.certificates_expiring
        for r in order[:soon_at]
    )
    assert not any(
        r.overdue_capas or r.certificates_expired or r.certificates_expiring
        for r in order[soon_at + 1 :]
    )
    assert "calm" in {r.id for r in order[soon_at + 1 :]}
