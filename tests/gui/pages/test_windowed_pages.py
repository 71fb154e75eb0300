"""The Audits and Suppliers pages over the small demo store, read a few rows at a time: the
table holds only the first window, scrolling reads more, a header click sorts every record in
the store as the column shows it, the filter text finds records not read yet, and a record far
down can still be shown from another page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from sqms_desktop.gui.models.suppliers import SupplierTableModel
from sqms_desktop.gui.models.tables import ID_ROLE, AuditTableModel, RowTableModel
from sqms_desktop.gui.pages.list_page import WindowedListPage
from sqms_desktop.gui.pages.records import AuditsPage
from sqms_desktop.gui.pages.suppliers import SuppliersPage
from sqms_desktop.queries.audits import AuditRow, list_audits
from sqms_desktop.queries.suppliers import SupplierRow, list_suppliers
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store
from tests.support.demo import DEMO_TODAY

pytestmark = [pytest.mark.gui, pytest.mark.slow]

WINDOW = 5  # rows a window: the demo's 42 audits and 8 suppliers need several
AUDITS, SUPPLIERS = 42, 8
ORDERS = (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)


@pytest.fixture
def every_audit(demo_store: Store) -> list[AuditRow]:
    with demo_store.session() as session:
        return list_audits(session)


@pytest.fixture
def every_supplier(demo_store: Store) -> list[SupplierRow]:
    with demo_store.session() as session:
        return list_suppliers(session, today=DEMO_TODAY)


def _shown(qtbot, page: WindowedListPage) -> WindowedListPage:
    qtbot.addWidget(page)
    page.model.BATCH = WINDOW
    page.resize(1280, 720)
    page.refresh()
    return page


@pytest.fixture
def audits(qtbot, demo_store: Store) -> AuditsPage:
    page = _shown(qtbot, AuditsPage(Actor(demo_store, "anna")))
    assert isinstance(page, AuditsPage)
    return page


@pytest.fixture
def suppliers(qtbot, demo_store: Store) -> SuppliersPage:
    page = _shown(qtbot, SuppliersPage(Actor(demo_store, "anna"), today=lambda: DEMO_TODAY))
    assert isinstance(page, SuppliersPage)
    return page


def _read_all(page: WindowedListPage) -> None:
    while page.proxy.canFetchMore(QModelIndex()):
        page.proxy.fetchMore(QModelIndex())


def _column(model: RowTableModel, column: int) -> list[str]:
    return [model.display(model.row_at(r), column) for r in range(model.rowCount())]


def _sorted_here(model: RowTableModel, rows: list, column: int, order: Qt.SortOrder) -> list[str]:
    """The column as the in-memory table shows it sorted: what the store must agree with."""
    model.set_rows(rows)
    model.sort(column, order)
    return _column(model, column)


def test_the_audits_page_reads_only_the_first_window(audits: AuditsPage) -> None:
    assert audits.model.rowCount() == WINDOW
    assert audits.counts() == (AUDITS, AUDITS)
    assert audits.proxy.canFetchMore(QModelIndex())
    audits.proxy.fetchMore(QModelIndex())
    assert audits.model.rowCount() == 2 * WINDOW
    _read_all(audits)
    assert audits.model.rowCount() == AUDITS


def test_scrolling_to_the_end_reads_the_next_rows(qtbot, audits: AuditsPage) -> None:
    audits.model.BATCH = 30  # more than the view shows, so the end is scrolled to
    audits.refresh()
    audits.show()
    qtbot.waitExposed(audits)
    audits.table.scrollToBottom()
    qtbot.waitUntil(lambda: audits.model.rowCount() > 30)
    assert audits.counts() == (AUDITS, AUDITS)


def _each_column_sorts_as_shown(page: WindowedListPage, here: RowTableModel, rows: list) -> None:
    """Every column, both ways: the store's order reads as the in-memory table's `here`."""
    for column in range(here.columnCount()):
        for order in ORDERS:
            page.table.sortByColumn(column, order)
            assert page.model.rowCount() <= WINDOW, (column, order)  # read again, a window
            _read_all(page)
            expected = _sorted_here(here, rows, column, order)
            assert _column(page.model, column) == expected, (here.titles()[column], order)


def test_every_audit_column_sorts_in_the_store_as_it_shows(
    audits: AuditsPage, every_audit: list[AuditRow]
) -> None:
    _each_column_sorts_as_shown(audits, AuditTableModel(), every_audit)


def test_a_header_click_shows_first_what_comes_first_in_the_whole_store(
    audits: AuditsPage, every_audit: list[AuditRow]
) -> None:
    audits.table.sortByColumn(AuditTableModel.COL_SUPPLIER, Qt.SortOrder.AscendingOrder)
    first = min(every_audit, key=lambda row: (row.supplier_code, row.reference))
    assert audits.proxy.index(0, 0).data() == first.reference
    assert audits.selected_id() == first.id  # the old selection was not among the first rows


def test_every_supplier_column_sorts_in_the_store_as_it_shows(
    suppliers: SuppliersPage, every_supplier: list[SupplierRow]
) -> None:
    _each_column_sorts_as_shown(suppliers, SupplierTableModel(), every_supplier)


def _type(qtbot, page: WindowedListPage, text: str) -> list:
    """Type `text` into the filter line; the counts once the store was asked."""
    with qtbot.waitSignal(page.counts_changed) as blocker:
        qtbot.keyClicks(page.filter_edit, text)
    return blocker.args


def test_the_filter_text_finds_audits_not_read_yet(
    qtbot, audits: AuditsPage, every_audit: list[AuditRow]
) -> None:
    oldest = every_audit[-1]  # far below the first window
    needle = oldest.supplier_name.split()[0].lower()
    wanted = {row.id for row in every_audit if needle in row.supplier_name.lower()}
    assert audits.model.row_of_id(oldest.id) is None
    assert _type(qtbot, audits, needle) == [len(wanted), AUDITS]
    _read_all(audits)
    assert {row.id for row in audits.model.rows()} == wanted
    assert oldest.id in wanted


def test_the_filter_text_matches_a_status_as_worded(
    qtbot, audits: AuditsPage, every_audit: list[AuditRow]
) -> None:
    in_progress = [row for row in every_audit if row.status == "in_progress"]
    assert _type(qtbot, audits, "IN PROG") == [len(in_progress), AUDITS]
    assert set(_column(audits.model, AuditTableModel.COL_STATUS)) == {"In progress"}


def test_percent_and_underscore_are_plain_characters_in_the_filter(
    qtbot, audits: AuditsPage
) -> None:
    assert _type(qtbot, audits, "%") == [0, AUDITS]
    assert "No audit shows “%”" in audits.detail.toPlainText()
    audits.filter_edit.clear()
    audits.filter_edit.returnPressed.emit()  # Enter reads at once
    assert audits.counts() == (AUDITS, AUDITS)
    assert _type(qtbot, audits, "in_progress") == [0, AUDITS]  # stored, not shown, words


def test_the_status_filter_and_the_text_narrow_together(
    qtbot, audits: AuditsPage, every_audit: list[AuditRow]
) -> None:
    audits.set_status_filter("closed")
    closed = [row for row in every_audit if row.status == "closed"]
    assert audits.counts() == (len(closed), AUDITS)
    code = closed[-1].supplier_code
    wanted = [row for row in closed if row.supplier_code == code]
    assert _type(qtbot, audits, code) == [len(wanted), AUDITS]
    assert set(_column(audits.model, AuditTableModel.COL_STATUS)) == {"Closed"}


def test_reveal_selects_an_audit_beyond_the_first_window(
    qtbot, audits: AuditsPage, every_audit: list[AuditRow]
) -> None:
    oldest = every_audit[-1]
    _type(qtbot, audits, "no such audit")  # the filter hides it: reveal clears it
    assert audits.reveal(oldest.id)
    assert audits.filter_edit.text() == ""
    assert audits.selected_id() == oldest.id
    assert oldest.reference in audits.detail.toPlainText()
    assert audits.counts() == (AUDITS, AUDITS)
    audits.refresh()  # kept over a refresh, read down to it again
    assert audits.selected_id() == oldest.id
    assert not audits.reveal("gone-since")


def test_the_suppliers_page_reads_a_window_and_finds_by_country_and_status(
    qtbot, suppliers: SuppliersPage, every_supplier: list[SupplierRow]
) -> None:
    assert suppliers.model.rowCount() == WINDOW
    assert suppliers.counts() == (SUPPLIERS, SUPPLIERS)
    last = every_supplier[-1]
    assert suppliers.model.row_of_id(last.id) is None
    needle = last.country.lower()
    wanted = {  # its country's, and those whose code, name or town holds the two letters
        row.id
        for row in every_supplier
        if needle in " ".join((row.code, row.name, row.country, row.city)).lower()
    }
    assert _type(qtbot, suppliers, needle) == [len(wanted), SUPPLIERS]
    assert {row.id for row in suppliers.model.rows()} == wanted
    assert not suppliers.showing_empty_state()
    suppliers.clear_filters()
    probation = [row for row in every_supplier if row.status == "probation"]
    assert _type(qtbot, suppliers, "probat") == [len(probation), SUPPLIERS]


def test_a_supplier_filter_matching_none_keeps_the_list_and_says_so(
    qtbot, suppliers: SuppliersPage
) -> None:
    assert _type(qtbot, suppliers, "zzz") == [0, SUPPLIERS]
    assert not suppliers.showing_empty_state()  # the store has suppliers: no "create one"
    assert "No supplier shows “zzz”" in suppliers.detail.toPlainText()
    assert not suppliers.action_edit.isEnabled()


def test_reveal_selects_a_supplier_beyond_the_first_window(
    suppliers: SuppliersPage, every_supplier: list[SupplierRow]
) -> None:
    last = every_supplier[-1]
    assert suppliers.reveal(last.id)
    assert suppliers.selected_id() == last.id
    assert suppliers.proxy.index(suppliers.table.currentIndex().row(), 0).data(ID_ROLE) == last.id
    assert last.code in suppliers.detail.toPlainText()
    assert suppliers.action_edit.isEnabled()
