"""The CAPAs page over the small demo store, read a few rows at a time: the table holds only the
first window, scrolling reads more, a header click sorts every CAPA in the store as the column
shows it, the filters and the filter text narrow over CAPAs not read yet, and a CAPA far down
can still be shown from another page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from sqms_desktop.capa.views import CapaRow
from sqms_desktop.gui.models.capas import CapaTableModel
from sqms_desktop.gui.pages.capas import OPEN, CapaPage
from sqms_desktop.queries.capas import list_capas
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store
from tests.support.demo import DEMO_TODAY

pytestmark = [pytest.mark.gui, pytest.mark.slow]

WINDOW = 4  # rows a window: the demo's CAPAs need several


@pytest.fixture
def every(demo_store: Store) -> list[CapaRow]:
    with demo_store.session() as session:
        rows = list_capas(session, DEMO_TODAY)
    assert len(rows) > 3 * WINDOW
    return rows


@pytest.fixture
def page(qtbot, demo_store: Store) -> CapaPage:
    widget = CapaPage(Actor(demo_store, "anna"), today=lambda: DEMO_TODAY)
    qtbot.addWidget(widget)
    widget.model.BATCH = WINDOW
    widget.resize(1280, 720)
    widget.refresh()
    return widget


def _read_all(page: CapaPage) -> None:
    while page.proxy.canFetchMore(QModelIndex()):
        page.proxy.fetchMore(QModelIndex())


def _column(model: CapaTableModel, column: int) -> list[str]:
    return [model.display(model.row_at(r), column) for r in range(model.rowCount())]


def _ids(page: CapaPage) -> set[str]:
    _read_all(page)
    return {row.id for row in page.model.rows()}


def test_the_page_reads_only_the_first_window(page: CapaPage, every: list[CapaRow]) -> None:
    assert page.model.rowCount() == WINDOW
    assert page.counts() == (len(every), len(every))
    assert page.proxy.index(0, 0).data() == every[-1].reference  # newest first
    page.proxy.fetchMore(QModelIndex())
    assert page.model.rowCount() == 2 * WINDOW
    _read_all(page)
    assert page.model.rowCount() == len(every)


def test_scrolling_to_the_end_reads_the_next_rows(qtbot, page: CapaPage) -> None:
    page.model.BATCH = 6
    page.refresh()
    page.show()
    qtbot.waitExposed(page)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 6)


def test_the_page_counts_overdue_capas_in_the_store(
    qtbot, demo_store: Store, every: list[CapaRow]
) -> None:
    widget = CapaPage(Actor(demo_store, "anna"), today=lambda: DEMO_TODAY)
    qtbot.addWidget(widget)
    widget.model.BATCH = WINDOW
    with qtbot.waitSignal(widget.overdue_counted) as counted:
        widget.refresh()
    assert counted.args == [sum(row.overdue for row in every)]


def test_every_column_sorts_in_the_store_as_it_shows(page: CapaPage, every: list[CapaRow]) -> None:
    here = CapaTableModel()
    for column in range(here.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            page.table.sortByColumn(column, order)
            assert page.model.rowCount() <= WINDOW, (column, order)  # read again, a window
            _read_all(page)
            here.set_rows(every)
            here.sort(column, order)
            assert _column(page.model, column) == _column(here, column), (column, order)


def test_the_filters_narrow_over_capas_not_read_yet(page: CapaPage, every: list[CapaRow]) -> None:
    oldest = every[0]  # the last of the newest-first list, far below the first window
    assert page.model.row_of_id(oldest.id) is None
    page.supplier_combo.setCurrentIndex(page.supplier_combo.findData(oldest.supplier_code))
    theirs = {row.id for row in every if row.supplier_code == oldest.supplier_code}
    assert page.counts() == (len(theirs), len(every))
    assert _ids(page) == theirs
    page.clear_filters()
    page.overdue_check.setChecked(True)
    overdue = {row.id for row in every if row.overdue}
    assert page.counts() == (len(overdue), len(every))
    assert _ids(page) == overdue
    assert all("overdue" in text for text in _column(page.model, CapaTableModel.COL_STATE))
    page.overdue_check.setChecked(False)
    page.state_combo.setCurrentIndex(page.state_combo.findData(OPEN))
    assert _ids(page) == {row.id for row in every if row.is_open}
    page.owner_edit.setText("nobody at all")
    assert page.counts() == (0, len(every))
    assert "No CAPA matches" in page.detail.toPlainText()  # not the empty store's text
    page.clear_filters()
    assert page.counts() == (len(every), len(every))


def test_the_filter_text_finds_capas_not_read_yet(
    qtbot, page: CapaPage, every: list[CapaRow]
) -> None:
    oldest = every[0]
    with qtbot.waitSignal(page.counts_changed) as blocker:
        qtbot.keyClicks(page.filter_edit, oldest.reference)
    assert blocker.args == [1, len(every)]
    assert page.selected_id() == oldest.id
    assert oldest.reference in page.detail.toPlainText()


def test_reveal_selects_a_capa_beyond_the_first_window(
    page: CapaPage, every: list[CapaRow]
) -> None:
    oldest = next(row for row in every if not row.overdue)  # far down, hidden below
    assert page.model.row_of_id(oldest.id) is None  # not read yet
    page.overdue_check.setChecked(True)
    assert not page.select_id(oldest.id)
    assert page.reveal(oldest.id)
    assert not page.overdue_check.isChecked()  # the filters that hid it were cleared
    assert page.selected_id() == oldest.id
    assert page.selected_row() == oldest
    assert oldest.reference in page.detail.toPlainText()
    assert page.action_edit.isEnabled()
    page.refresh()  # kept over a refresh, read down to it again
    assert page.selected_id() == oldest.id
    assert not page.reveal("gone-since")
