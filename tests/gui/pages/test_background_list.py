"""Pages that read off the GUI thread (the Scorecards and Dashboard pages): they say that they
are reading and keep what they showed until the read lands, the newest request wins, a failed
read says why in the page, and a window closed during a read leaves no worker on its store."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from sqms_desktop.errors import StoreError
from sqms_desktop.gui.app.main_window import SCORECARDS, MainWindow
from sqms_desktop.gui.base import settings as opts
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.models.scorecards import ScorecardTableModel
from sqms_desktop.gui.pages import dashboard as dashboard_module
from sqms_desktop.gui.pages import scorecards as scorecards_module
from sqms_desktop.gui.pages.dashboard import DashboardPage
from sqms_desktop.gui.pages.scorecards import ScorecardsPage
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Supplier
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.scorecards import PERIOD, TODAY, ScorecardWorld, build_scorecard_world
from tests.support.store import TZ, StepClock, counting_ids
from tests.support.threads import held

pytestmark = pytest.mark.gui
TIMEOUT = 10_000
WAIT = TIMEOUT / 1000
M = ScorecardTableModel


@pytest.fixture
def context() -> WriteContext:
    start = dt.datetime.combine(TODAY, dt.time(9), tzinfo=TZ)
    return WriteContext(user="anna", clock=StepClock(start), new_id=counting_ids())


@pytest.fixture
def world(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> ScorecardWorld:
    world = build_scorecard_world(store, context, uow)
    world.monthly(world.supplier("FALL"), [100, 98, 96, 94, 92, 90])
    world.monthly(world.supplier("LOW"), [60, 62, 58, 50, 55, 52])
    return world


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    own = QThreadPool()
    yield own
    own.waitForDone(TIMEOUT)


def _page(qtbot, store: Store, pool: QThreadPool) -> ScorecardsPage:  # type: ignore[no-untyped-def]
    page = ScorecardsPage(Actor(store, "quinn"), today=lambda: TODAY, pool=pool)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    return page


def _score(page: ScorecardsPage, code: str) -> str:
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).code == code)
    return str(page.model.index(row, M.COL_SCORE).data())


class Gate:
    """Holds the worker inside a read until `release`: the test acts while the read runs."""

    def __init__(self) -> None:
        self.inside = threading.Event()
        self.release = threading.Event()
        self.left = threading.Event()

    def wrap(self, read: Callable[..., Any], when: Callable[..., bool]) -> Callable[..., Any]:
        def gated(*args: Any, **kwargs: Any) -> Any:
            if not when(*args, **kwargs):
                return read(*args, **kwargs)
            self.inside.set()
            try:
                assert self.release.wait(WAIT)
                return read(*args, **kwargs)
            finally:
                self.left.set()

        return gated


def test_the_page_says_it_reads_then_shows_the_result(
    qtbot, world: ScorecardWorld, store: Store, pool: QThreadPool
) -> None:
    page = _page(qtbot, store, pool)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT), held(pool):
        page.refresh()
        assert page.is_reading()  # asked for, not waited for
        qtbot.waitUntil(page.note.isVisible)  # after a moment, so a quick read does not flicker
        assert page.note.label.text() == f"Reading the scorecards of {PERIOD}…"
        assert page.note.bar.isVisible()
        assert not page.splitter.isEnabled()
        assert f"Reading the scorecards of {PERIOD}" in page.detail.toPlainText()
    assert not page.is_reading()
    assert not page.note.isVisible()
    assert page.splitter.isEnabled()
    assert page.counts() == (2, 2)
    assert page.selected_id() is not None
    assert page.accept_button.isEnabled()  # FALL, selected first, may be preferred

    # Read again (F5 in the table): the cards shown stay, greyed, and nothing is decided on
    # them meanwhile; the table has the keyboard focus back once they are read.
    page.table.setFocus()
    assert page.focusWidget() is page.table
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT), held(pool):
        page.refresh()
        qtbot.waitUntil(page.note.isVisible)
        assert page.counts() == (2, 2)
        assert not page.table.isEnabled()
        assert page.focusWidget() is not page.table
        assert not page.accept_button.isEnabled()
        assert not page.action_accept.isEnabled()
    assert page.accept_button.isEnabled()
    assert page.focusWidget() is page.table


def test_a_month_chosen_during_a_read_wins_over_it(
    qtbot, world: ScorecardWorld, store: Store, pool: QThreadPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, store, pool)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.refresh()
    gate = Gate()
    september = gate.wrap(
        scorecards_module.scorecards, lambda session, period, **kwargs: period == "2026-09"
    )
    monkeypatch.setattr(scorecards_module, "scorecards", september)
    shown: list[str] = []
    page.loaded.connect(lambda: shown.append(page.shown_period()))
    page.set_period("2026-09")
    assert gate.inside.wait(WAIT)  # September is being read…
    page.set_period("2026-07")  # …when July is chosen
    assert page.note.label.text() == "Reading the scorecards of 2026-07…"
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        gate.release.set()
    assert gate.left.is_set()
    qtbot.wait(50)
    assert shown == ["2026-07"]  # September's cards, read to the end, were never shown
    assert page.period == page.shown_period() == "2026-07"
    assert _score(page, "FALL") == "98.0"


def test_a_record_revealed_before_the_read_is_selected_when_it_lands(
    qtbot, world: ScorecardWorld, store: Store, pool: QThreadPool
) -> None:
    with store.session() as session:
        low = session.query(Supplier).filter_by(code="LOW").one().id
    page = _page(qtbot, store, pool)
    assert page.stale  # never read yet
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        assert page.reveal(low)  # looked for once the read lands
    assert page.selected_id() == low
    assert "LOW" in page.detail.toPlainText()


def test_an_empty_store_says_what_to_add_once_read(qtbot, store: Store, pool: QThreadPool) -> None:
    page = _page(qtbot, store, pool)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.refresh()
    assert page.counts() == (0, 0)
    assert not page.note.isVisible()
    text = page.detail.toPlainText()
    assert "No suppliers in this store yet" in text
    assert "Reading" not in text


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (StoreError("The store is locked by another program."), "locked by another program"),
        (RuntimeError("boom"), "an unexpected error (RuntimeError: boom)"),
    ],
)
def test_a_failed_read_says_why_in_the_page(
    qtbot,
    world: ScorecardWorld,
    store: Store,
    pool: QThreadPool,
    monkeypatch: pytest.MonkeyPatch,
    error: Exception,
    said: str,
) -> None:
    def failing(*args: object, **kwargs: object) -> None:
        raise error

    real = scorecards_module.scorecards
    monkeypatch.setattr(scorecards_module, "scorecards", failing)
    page = _page(qtbot, store, pool)
    with qtbot.waitSignal(page.read_failed, timeout=TIMEOUT) as failed:
        page.refresh()
    message = failed.args[0]
    assert message.startswith(f"The scorecards of {PERIOD} could not be read: ")
    assert said in message
    assert "Refresh (F5)" in message
    assert page.note.isVisible()
    assert not page.note.bar.isVisible()
    assert page.note.label.text() == message
    assert page.splitter.isEnabled()
    assert said in page.detail.toPlainText()  # nothing read before: the pane says it too
    assert not page.is_reading()

    monkeypatch.setattr(scorecards_module, "scorecards", real)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.refresh()
    assert not page.note.isVisible()
    assert page.counts() == (2, 2)


def test_closing_the_window_during_a_read_waits_for_the_worker(
    qtbot,
    world: ScorecardWorld,
    store: Store,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate = Gate()
    gated = gate.wrap(scorecards_module.scorecards, lambda *args, **kwargs: True)
    monkeypatch.setattr(scorecards_module, "scorecards", gated)
    window = MainWindow(store, settings=settings, today=lambda: TODAY)
    qtbot.addWidget(window)
    page = window.scorecards_page
    landed: list[str] = []
    page.loaded.connect(lambda: landed.append("loaded"))
    window.show_page(SCORECARDS)
    assert gate.inside.wait(WAIT)
    threading.Timer(0.3, gate.release.set).start()
    window.close()
    assert gate.left.is_set()  # the read was over before the window finished closing
    assert not page.is_reading()
    assert page.stale  # read again if ever shown again
    store.close()  # as the application does next: no worker is left on it
    qtbot.wait(100)  # the stopped read's end arrives, and is dropped
    assert landed == []


def test_a_backup_restored_during_a_read_waits_for_it_then_reads_the_restored_store(
    qtbot,
    world: ScorecardWorld,
    store: Store,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Restoring replaces the store file and removes its journal: the running read must be
    over first (File ▸ Backups calls `before_restore`), and the page reads again after."""
    gate = Gate()
    gated = gate.wrap(scorecards_module.scorecards, lambda *args, **kwargs: True)
    monkeypatch.setattr(scorecards_module, "scorecards", gated)
    window = MainWindow(store, settings=settings, today=lambda: TODAY)
    qtbot.addWidget(window)
    page = window.scorecards_page
    window.show_page(SCORECARDS)
    assert gate.inside.wait(WAIT)
    threading.Timer(0.3, gate.release.set).start()
    window.store_actions.before_restore()
    assert gate.left.is_set()  # over before any connection was closed
    assert not page.is_reading()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        emit(window.store_actions.restored, "kept.sqlite")
    assert page.counts() == (2, 2)


def test_the_window_starts_without_waiting_for_the_scorecards(
    qtbot, world: ScorecardWorld, store: Store, settings: QSettings
) -> None:
    opts.MAIN_WINDOW_PAGE.write(settings, SCORECARDS)
    window = MainWindow(store, settings=settings, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.restore_settings()  # back on the page it closed on
    page = window.scorecards_page
    assert window.stack.currentWidget() is page
    assert page.is_reading()  # asked for; the window is usable meanwhile
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        pass
    assert window.count_label.text() == "Scorecards: 2 of 2 suppliers shown"


def test_the_dashboard_reads_once_and_lists_a_bar_from_the_board_drawn(
    qtbot, world: ScorecardWorld, store: Store, pool: QThreadPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[dt.date] = []
    real = dashboard_module.dashboard

    def counted(session: Any, today: dt.date, **kwargs: Any) -> Any:
        reads.append(today)
        return real(session, today, **kwargs)

    monkeypatch.setattr(dashboard_module, "dashboard", counted)
    page = DashboardPage(Actor(store, "quinn"), today=lambda: TODAY, pool=pool)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT), held(pool):
        page.refresh()
        qtbot.waitUntil(page.note.isVisible)
        assert page.note.label.text() == "Reading the dashboard…"
        assert not page.outer.isEnabled()  # the charts too
    assert page.outer.isEnabled()
    assert page.board is not None
    page.cards["bands"].choose(0)
    assert page.bucket().startswith("band:")
    assert page.model.rowCount() > 0
    assert not page.is_reading()
    assert reads == [TODAY]
