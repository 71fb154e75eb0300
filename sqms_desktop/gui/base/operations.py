"""One helper for background work: run a job on a pool thread, report, cancel, finish.

Like Anki's `aqt.operations`: the job is a plain callable that receives a `Progress` and
returns plain values; it never touches widgets. Everything it reports comes back to the GUI
thread as signals of an `Operation` (which lives there), so slots may touch widgets freely.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.progress import Cancelled, Progress

log = logging.getLogger(__name__)

Job = Callable[[Progress], Any]


class Operation(QObject):
    """A job run in the background; connect to the signals, then `start()`.

    Signals (all emitted on the GUI thread, in this order):
        progressed(done, total, message): at most every `throttle_ms`, and the last report.
        succeeded(result): the job returned `result`.
        failed(error, details): the job raised; `details` is the formatted traceback.
        cancelled(): the job stopped after `cancel()`; it promised to keep nothing.
        finished(): after exactly one of the three above.
    A job that completes although cancel was asked for still succeeds: its result exists.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()
    finished = Signal()

    # Relays emitted from the worker thread; queued to this object's (the GUI) thread.
    _worker_reported = Signal(int, int, str)
    _worker_ended = Signal(str, object, str)

    # Running operations stay alive until they finish, even if the caller drops them.
    _running: ClassVar[set[Operation]] = set()

    def __init__(
        self, job: Job, *, name: str = "", throttle_ms: int = 100, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._job = job
        self._name = name or getattr(job, "__name__", "operation")
        self._throttle = throttle_ms / 1000
        self._progress = Progress(self._report_from_worker)
        self._lock = threading.Lock()
        self._last_report = float("-inf")
        self._pending: tuple[int, int, str] | None = None
        self._started = False
        self._worker_reported.connect(self._on_worker_reported)
        self._worker_ended.connect(self._on_worker_ended)

    @property
    def progress(self) -> Progress:
        return self._progress

    def start(self, pool: QThreadPool | None = None) -> None:
        if self._started:
            raise RuntimeError(f"operation {self._name} was started already")
        self._started = True
        Operation._running.add(self)
        log.debug("starting %s", self._name)
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    @Slot()
    def cancel(self) -> None:
        log.info("cancel requested for %s", self._name)
        self._progress.cancel()

    # -- worker thread ---------------------------------------------------------------------

    def _report_from_worker(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        with self._lock:
            if now - self._last_report < self._throttle and done < total:
                self._pending = (done, total, message)
                return
            self._last_report = now
            self._pending = None
        emit(self._worker_reported, done, total, message)

    def _run_in_worker(self) -> None:
        try:
            result = self._job(self._progress)
        except Cancelled:
            emit(self._worker_ended, "cancelled", None, "")
        except Exception as exc:
            details = "".join(traceback.format_exception(exc))
            emit(self._worker_ended, "failed", exc, details)
        else:
            with self._lock:
                pending, self._pending = self._pending, None
            if pending is not None:
                emit(self._worker_reported, *pending)
            emit(self._worker_ended, "succeeded", result, "")

    # -- GUI thread ------------------------------------------------------------------------

    @Slot(int, int, str)
    def _on_worker_reported(self, done: int, total: int, message: str) -> None:
        emit(self.progressed, done, total, message)

    @Slot(str, object, str)
    def _on_worker_ended(self, outcome: str, value: object, details: str) -> None:
        Operation._running.discard(self)
        if outcome == "succeeded":
            log.debug("%s succeeded", self._name)
            emit(self.succeeded, value)
        elif outcome == "cancelled":
            log.info("%s cancelled", self._name)
            emit(self.cancelled)
        elif isinstance(value, SqmsError):  # a problem the user can act on, not a bug
            log.warning("%s failed: %s", self._name, value)
            emit(self.failed, value, details)
        else:
            log.error("%s failed:\n%s", self._name, details)
            emit(self.failed, value, details)
        emit(self.finished)


class _Runner(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self._operation = operation

    def run(self) -> None:
        self._operation._run_in_worker()
