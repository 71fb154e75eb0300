"""The background-operation helper: results, progress, failures and cancel on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread, QThreadPool

from sqms_desktop.errors import ValidationError
from sqms_desktop.gui.base.operations import Operation
from sqms_desktop.progress import Progress

pytestmark = pytest.mark.gui

TIMEOUT = 10_000


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    own = QThreadPool()
    yield own
    own.waitForDone(TIMEOUT)


def test_result_arrives_on_the_gui_thread(qtbot, pool: QThreadPool) -> None:
    seen: dict[str, object] = {}

    def job(progress: Progress) -> dict[str, int]:
        seen["worker"] = QThread.currentThread()
        return {"suppliers": 3}

    operation = Operation(job, throttle_ms=0)
    operation.succeeded.connect(
        lambda result: seen.update(gui=QThread.currentThread(), result=result)
    )
    with qtbot.waitSignals([operation.succeeded, operation.finished], order="strict"):
        operation.start(pool)
    assert seen["result"] == {"suppliers": 3}
    assert seen["gui"] is QThread.currentThread()
    assert seen["worker"] is not QThread.currentThread()


def test_progress_is_delivered_in_order(qtbot, pool: QThreadPool) -> None:
    def job(progress: Progress) -> None:
        for done in range(1, 4):
            progress.report(done, 3, f"step {done}")

    operation = Operation(job, throttle_ms=0)
    reports: list[tuple[int, int, str]] = []
    operation.progressed.connect(lambda *args: reports.append(args))
    with qtbot.waitSignal(operation.finished, timeout=TIMEOUT):
        operation.start(pool)
    assert reports == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]


def test_progress_is_throttled_but_the_last_report_arrives(qtbot, pool: QThreadPool) -> None:
    def job(progress: Progress) -> None:
        for done in range(1, 1001):
            progress.report(done, 2000, f"row {done}")

    operation = Operation(job, throttle_ms=60_000)
    reports: list[tuple[int, int, str]] = []
    operation.progressed.connect(lambda *args: reports.append(args))
    with qtbot.waitSignal(operation.succeeded, timeout=TIMEOUT):
        operation.start(pool)
    assert reports == [(1, 2000, "row 1"), (1000, 2000, "row 1000")]


def test_failure_carries_the_error_and_traceback(qtbot, pool: QThreadPool) -> None:
    def job(progress: Progress) -> None:
        raise ValidationError("the file has no sheet 'questions'")

    operation = Operation(job, name="import checklist")
    succeeded: list[object] = []
    operation.succeeded.connect(succeeded.append)
    with qtbot.waitSignal(operation.failed, timeout=TIMEOUT) as blocker:
        operation.start(pool)
    error, details = blocker.args
    assert isinstance(error, ValidationError)
    assert "no sheet 'questions'" in str(error)
    assert "Traceback" in details
    assert "ValidationError" in details
    assert succeeded == []


def test_cancel_stops_the_job_at_its_next_report(qtbot, pool: QThreadPool) -> None:
    reached = threading.Event()
    release = threading.Event()
    steps: list[int] = []

    def job(progress: Progress) -> str:
        progress.report(1, 3, "first")
        reached.set()
        release.wait(TIMEOUT / 1000)
        progress.report(2, 3, "second")  # raises Cancelled once cancel was asked for
        steps.append(2)
        return "finished anyway"

    operation = Operation(job, throttle_ms=0)
    succeeded: list[object] = []
    operation.succeeded.connect(succeeded.append)
    with qtbot.waitSignal(operation.progressed, timeout=TIMEOUT):
        operation.start(pool)
    assert reached.wait(TIMEOUT / 1000)
    operation.cancel()
    with qtbot.waitSignals([operation.cancelled, operation.finished], timeout=TIMEOUT):
        release.set()
    assert operation.progress.cancelled
    assert steps == []
    assert succeeded == []


def test_an_operation_runs_once(qtbot, pool: QThreadPool) -> None:
    operation = Operation(lambda progress: None)
    with qtbot.waitSignal(operation.finished, timeout=TIMEOUT):
        operation.start(pool)
    with pytest.raises(RuntimeError, match="started already"):
        operation.start(pool)
