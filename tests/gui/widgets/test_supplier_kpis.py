"""A supplier's last twelve months of delivery KPIs and the deliveries behind a month, over a
real store with deliveries imported through the KPI import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.models.supplier_kpis import DeliveryLinesModel, KpiMonthsModel
from sqms_desktop.gui.widgets.supplier_kpis import SupplierKpis
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork
from tests.gui.conftest import QUALITY_ENGINEER
from tests.support.delivery_files import add_suppliers, import_deliveries

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 4, 15)
ROWS = [
    ["S1", "D1", "2026-03-10", "2026-03-09", "1000", "0", "0", ""],  # 1 day early: on time
    ["S1", "D2", "2026-03-10", "2026-03-13", "500", "5", "1", ""],  # late, rejected, complaint
    ["S1", "D3", "2026-03-20", "2026-03-17", "500", "0", "0", "80.00"],  # too early
    ["S1", "D4", "2026-03-25", "2026-03-25", "0", "0", "0", ""],
    ["S1", "D5", "2026-04-01", "2026-04-01", "250", "0", "0", ""],
]


@pytest.fixture
def ids(team_store: Store, uow: Callable[[], UnitOfWork], tmp_path: Path) -> dict[str, str]:
    made = add_suppliers(uow, auditor=False)
    import_deliveries(uow, tmp_path / "erp.csv", ROWS)
    return made


def _widget(qtbot: Any, store: Store) -> SupplierKpis:
    widget = SupplierKpis(Actor(store, QUALITY_ENGINEER), today=lambda: TODAY)
    qtbot.addWidget(widget)
    return widget


def _texts(model: Any, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_twelve_months_newest_first_with_no_deliveries_said_as_such(
    qtbot: Any, team_store: Store, ids: dict[str, str]
) -> None:
    widget = _widget(qtbot, team_store)
    with qtbot.waitSignal(widget.month_shown) as shown:
        widget.show_supplier(ids["S1"])
    assert shown.args == ["2026-04"]  # the newest month with deliveries is selected
    months = widget.months
    assert [months.index(r, 0).data() for r in range(months.rowCount())] == [
        f"{2026 - (m <= 0)}-{(m - 1) % 12 + 1:02d}" for m in range(4, -8, -1)
    ]
    assert _texts(months, 1) == ["2026-03", "4", "50 % (2/4)", "2,000", "5", "2,500", "1", "80.00"]
    assert _texts(months, 2) == ["2026-02", "no deliveries", "", "", "", "", "", ""]
    assert widget.months_view.columnSpan(2, KpiMonthsModel.COL_DELIVERIES) == 7
    assert _texts(months, 0)[:3] == ["2026-04", "1", "100 % (1/1)"]

    with qtbot.waitSignal(widget.month_shown):
        widget.select_month("2026-03")
    lines = widget.deliveries
    assert [_texts(lines, r)[:6] for r in range(lines.rowCount())] == [
        ["D1", "2026-03-10", "2026-03-09", "1 day early", "1,000", ""],
        ["D2", "2026-03-10", "2026-03-13", "3 days late: not on time", "500", "5"],
        ["D3", "2026-03-20", "2026-03-17", "3 days early: not on time", "500", ""],
        ["D4", "2026-03-25", "2026-03-25", "on the due date", "0", ""],
    ]
    assert _texts(lines, 1)[6:] == ["yes", ""]
    assert "4; 2 not on time, 1 lot(s) with rejected parts" in widget.month_label.text()
    alert = current_colors().alert

    def color(row: int, column: int) -> str | None:
        brush = lines.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
        return None if brush is None else brush.color().name()

    assert color(1, DeliveryLinesModel.COL_TIMING) == alert  # late: marked
    assert color(1, DeliveryLinesModel.COL_REJECTED) == alert  # a rejected lot: marked
    assert color(2, DeliveryLinesModel.COL_TIMING) == alert  # early beyond the window
    assert color(0, DeliveryLinesModel.COL_TIMING) is None  # on time: plain
    assert color(0, DeliveryLinesModel.COL_DELIVERY) is None

    with qtbot.waitSignal(widget.month_shown):
        widget.select_month("2026-02")
    assert lines.rowCount() == 0
    assert widget.month_label.text() == "No deliveries in 2026-02."


def test_a_supplier_without_deliveries_has_none_in_every_month(
    qtbot: Any, team_store: Store, ids: dict[str, str]
) -> None:
    widget = _widget(qtbot, team_store)
    with qtbot.waitSignal(widget.month_shown) as shown:
        widget.show_supplier(ids["S2"])
    assert shown.args == [""]
    assert {widget.months.index(r, 1).data() for r in range(12)} == {"no deliveries"}
    assert widget.month_label.text() == "No deliveries in the last 12 months."


def test_the_models_keep_qts_rules(
    qtbot: Any, qtmodeltester: Any, team_store: Store, ids: dict[str, str]
) -> None:
    widget = _widget(qtbot, team_store)
    widget.show_supplier(ids["S1"])
    widget.select_month("2026-03")
    months, deliveries = KpiMonthsModel(), DeliveryLinesModel()
    months.set_rows(widget.months.rows())
    deliveries.set_rows(widget.deliveries.rows())
    qtmodeltester.check(months, force_py=True)
    qtmodeltester.check(deliveries, force_py=True)
