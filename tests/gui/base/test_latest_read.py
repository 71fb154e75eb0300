"""A view's reads off the GUI thread: the newest request's result is the one delivered, a
superseded read's never is, and `stop` leaves no job running."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread, QThreadPool

from sqms_desktop.errors import StoreError
from sqms_desktop.gui.base.latest_read import LatestRead
from sqms_desktop.progress import Progress
from tests.support.threads import held

pytestmark = pytest.mark.gui

TIMEOUT = 10_000
WAIT = TIMEOUT / 1000


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    own = QThreadPool()
    yield own
    own.waitForDone(TIMEOUT)


@pytest.fixture
def reader(pool: QThreadPool) -> LatestRead:
    return LatestRead(name="test read", pool=pool)


def test_the_result_arrives_on_the_gui_thread(qtbot, reader: LatestRead) -> None:
    threads: list[QThread] = []

    def job(progress: Progress) -> list[str]:
        threads.append(QThread.currentThread())
        return ["S001", "S002"]

    busy: list[bool] = []
    reader.busy_changed.connect(busy.append)
    with qtbot.waitSignal(reader.loaded, timeout=TIMEOUT) as landed:
        reader.request(job)
        assert reader.is_busy()
    assert landed.args == [["S001", "S002"]]
    assert threads
    assert threads[0] is not QThread.currentThread()
    assert busy == [True, False]
    assert not reader.is_busy()


def test_a_newer_request_supersedes_the_running_read(qtbot, reader: LatestRead) -> None:
    """The first read is inside its job when the second and third are asked for: its result
    is dropped, the second never starts, the third's result is the one delivered."""
    inside, release = threading.Event(), threading.Event()
    ran: list[str] = []

    def first(progress: Progress) -> str:
        ran.append("first")
        inside.set()
        release.wait(WAIT)
        return "first"  # finishes although superseded: its result must not land

    def named(name: str):  # type: ignore[no-untyped-def]
        def job(progress: Progress) -> str:
            ran.append(name)
            return name

        return job

    landed: list[object] = []
    reader.loaded.connect(landed.append)
    busy: list[bool] = []
    reader.busy_changed.connect(busy.append)
    reader.request(first)
    assert inside.wait(WAIT)
    reader.request(named("second"))
    reader.request(named("third"))
    with qtbot.waitSignal(reader.loaded, timeout=TIMEOUT):
        release.set()
    assert landed == ["third"]
    assert ran == ["first", "third"]
    assert busy == [True, False]  # one busy spell, not one per request


def test_a_superseded_read_stops_at_its_next_check(qtbot, reader: LatestRead) -> None:
    inside, release = threading.Event(), threading.Event()
    steps: list[str] = []

    def long_read(progress: Progress) -> str:
        inside.set()
        release.wait(WAIT)
        progress.check()  # raises: a newer request is waiting
        steps.append("second half")
        return "old"

    reader.request(long_read)
    assert inside.wait(WAIT)
    reader.request(lambda progress: "new")
    with qtbot.waitSignal(reader.loaded, timeout=TIMEOUT) as landed:
        release.set()
    assert landed.args == ["new"]
    assert steps == []


def test_a_failure_of_the_newest_read_is_delivered(qtbot, reader: LatestRead) -> None:
    def job(progress: Progress) -> None:
        raise StoreError("The store is locked by another program; close it and try again.")

    with qtbot.waitSignal(reader.failed, timeout=TIMEOUT) as failed:
        reader.request(job)
    error, details = failed.args
    assert isinstance(error, StoreError)
    assert "StoreError" in details
    assert not reader.is_busy()


def test_a_failure_of_a_superseded_read_is_dropped(qtbot, reader: LatestRead) -> None:
    inside, release = threading.Event(), threading.Event()

    def failing(progress: Progress) -> None:
        inside.set()
        release.wait(WAIT)
        raise StoreError("gone")

    failures: list[object] = []
    reader.failed.connect(lambda error, details: failures.append(error))
    reader.request(failing)
    assert inside.wait(WAIT)
    reader.request(lambda progress: "fine")
    with qtbot.waitSignal(reader.loaded, timeout=TIMEOUT):
        release.set()
    assert failures == []


def test_stop_waits_for_the_running_job(qtbot, reader: LatestRead) -> None:
    inside, release = threading.Event(), threading.Event()
    over = threading.Event()

    def job(progress: Progress) -> str:
        inside.set()
        release.wait(WAIT)
        over.set()
        return "late"

    landed: list[object] = []
    reader.loaded.connect(landed.append)
    reader.request(job)
    assert inside.wait(WAIT)
    threading.Timer(0.2, release.set).start()
    assert reader.stop()
    assert over.is_set()  # stop returned only once the job was over
    assert not reader.is_busy()
    qtbot.wait(100)  # the operation's own end arrives, and is ignored
    assert landed == []
    with qtbot.waitSignal(reader.loaded, timeout=TIMEOUT) as again:
        reader.request(lambda progress: "after")
    assert again.args == ["after"]


def test_a_read_stopped_before_it_began_never_runs(
    qtbot, reader: LatestRead, pool: QThreadPool
) -> None:
    ran: list[str] = []
    with held(pool):  # the pool's only thread is busy: the read waits to start
        reader.request(lambda progress: ran.append("read"))
        assert reader.stop(timeout_ms=0)  # nothing to wait for: it cannot begin any more
    pool.waitForDone(TIMEOUT)
    qtbot.wait(50)
    assert ran == []
