"""The Dashboard page: charts of the demo's supplier base, each leading to its records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from sqms_desktop.gui.models.tables import ID_ROLE
from sqms_desktop.gui.pages.dashboard import DashboardPage
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store, open_store
from tests.support.demo import DEMO_TODAY

pytestmark = pytest.mark.gui
TIMEOUT = 10_000


@pytest.fixture
def page(qtbot, demo_store_file: Path) -> Iterator[DashboardPage]:
    store = open_store(f"sqlite:///{demo_store_file}")
    made = DashboardPage(Actor(store, "admin"), today=lambda: DEMO_TODAY)
    qtbot.addWidget(made)
    made.resize(1280, 660)
    made.show()
    with qtbot.waitSignal(made.loaded, timeout=TIMEOUT):  # read off the GUI thread
        made.refresh()
    yield made
    store.close()


def test_it_opens_on_what_needs_attention(page: DashboardPage) -> None:
    assert page.bucket() == ""
    assert "Needs attention now" in page.caption.text()
    assert not page.action_attention.isEnabled()
    board = page.board
    assert board is not None
    assert sorted(r.id for r in page.model.rows()) == sorted(i.id for i in board.behind(""))
    for name in ("ppm", "on_time", "capas", "due", "certificates"):
        assert page.cards[name].keys(), f"the demo gives the {name} chart data"


def test_a_click_on_a_bar_lists_the_records_behind_it(page: DashboardPage, qtbot) -> None:
    card = page.cards["capas"]
    key = card.keys()[0]
    card.choose(0)  # as a click on the first bar
    assert page.bucket() == key
    assert "Overdue CAPAs by supplier" in page.caption.text()
    rows = page.model.rows()
    assert rows
    assert {r.bucket for r in rows} == {key}
    assert {r.kind for r in rows} == {"capa"}
    page.cards["ppm"].choose(11)  # the last month's point
    assert page.bucket() == f"trend:{page.board.months[11]}"
    assert all(r.kind == "supplier" for r in page.model.rows())
    page.action_attention.trigger()
    assert page.bucket() == ""


def test_enter_on_a_record_asks_for_it_to_be_opened(page: DashboardPage, qtbot) -> None:
    page.cards["capas"].choose(0)
    index = page.proxy.index(0, 0)
    page.table.setCurrentIndex(index)
    item_id = index.data(ID_ROLE)
    item = page.model.row_at(page.model.row_of_id(item_id))
    with qtbot.waitSignal(page.record_requested) as asked:
        page.table.activated.emit(index)
    assert asked.args == ["capa", item.record_id]
    with qtbot.waitSignal(page.record_requested) as opened:
        page.action_open.trigger()
    assert opened.args == ["capa", item.record_id]


def test_an_empty_store_says_what_to_do_in_each_chart(qtbot, store: Store) -> None:
    made = DashboardPage(Actor(store, "anna"), today=lambda: dt.date(2026, 12, 3))
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.loaded, timeout=TIMEOUT):
        made.refresh()
    assert made.model.rows() == []
    assert "Suppliers page" in made.cards["bands"].empty.text()
    assert "Import deliveries" in made.cards["ppm"].empty.text()
    assert made.cards["capas"].empty.text() == "No CAPA is overdue."
    assert "Nothing needs acting on now" in made.empty_text()
