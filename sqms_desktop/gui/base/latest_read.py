"""A view's reads off the GUI thread, the newest request winning (gui/base/operations.py).

A page whose read takes a second (the scorecards of 2,000 suppliers) must not freeze the window
for it, and must never paint an older read over a newer one: the month changed, or a write asked
for a refresh, while the first read still ran. `LatestRead` runs one read at a time as an
`Operation`; a request while one runs asks it to stop (the job checks `progress.check()` between
its steps) and starts once it has ended, so only the newest request's result or failure is
delivered. `stop()` is for the end of the window or of its store: the running read is asked to
stop and waited for, so no worker thread is left reading a store that is being closed.

The job reads through `actor.read` (a session of its own, closed afterwards): SQLite connections
come from the engine's pool and are used by one thread at a time, as the export jobs do.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from sqms_desktop.gui.base.operations import Operation
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.progress import Progress

log = logging.getLogger(__name__)

ReadJob = Callable[[Progress], Any]
STOP_WAIT_MS = 10_000


class _Ticket:
    """One request's job as the worker runs it: once `stopped` has been asked for it either
    never starts or is waited for to the end."""

    def __init__(self, job: ReadJob) -> None:
        self._job = job
        self._lock = threading.Lock()
        self._begun = False
        self._over = threading.Event()

    def __call__(self, progress: Progress) -> Any:
        try:
            with self._lock:
                progress.check()  # stopped before it began: it never touches the store
                self._begun = True
            return self._job(progress)
        finally:
            self._over.set()

    def wait(self, timeout_ms: int) -> bool:
        """After the job's progress was cancelled: True once it cannot touch the store any more."""
        with self._lock:
            if not self._begun:
                return True  # it will see the cancel when it starts, and stop there
        return self._over.wait(timeout_ms / 1000)


class LatestRead(QObject):
    """Reads for one view, run on `pool` (the global pool if None), newest request first.

    Signals (on the GUI thread):
        busy_changed(busy): a read began while none ran (True), or the last one ended (False).
        loaded(result): the newest request's job returned `result`.
        failed(error, details): the newest request's job raised `error`; `details` is the
            traceback (an unexpected error is logged with it by the operation).
    """

    busy_changed = Signal(bool)
    loaded = Signal(object)
    failed = Signal(object, str)

    def __init__(
        self, *, name: str, pool: QThreadPool | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._pool = pool
        self._running: tuple[Operation, _Ticket] | None = None
        self._waiting: ReadJob | None = None

    def is_busy(self) -> bool:
        return self._running is not None

    def request(self, job: ReadJob) -> None:
        """Read with `job` (called on a worker thread with a `Progress`; it returns plain
        values and never touches widgets); a read still running is superseded."""
        if self._running is None:
            self._start(job)
            emit(self.busy_changed, True)
            return
        self._waiting = job  # an older waiting one is dropped: it was never started
        self._running[0].cancel()

    def stop(self, timeout_ms: int = STOP_WAIT_MS) -> bool:
        """Drop every request and wait until the running job (if any) is over; False if it
        was still running after `timeout_ms` (then it is logged). Later requests run again."""
        self._waiting = None
        running, self._running = self._running, None
        if running is None:
            return True
        operation, ticket = running
        operation.cancel()
        over = ticket.wait(timeout_ms)
        if not over:
            log.warning("%s still running %d ms after it was asked to stop", self._name, timeout_ms)
        emit(self.busy_changed, False)
        return over

    # -- internals -------------------------------------------------------------------------

    def _start(self, job: ReadJob) -> None:
        ticket = _Ticket(job)
        operation = Operation(ticket, name=self._name)
        operation.succeeded.connect(self._on_operation_succeeded)
        operation.failed.connect(self._on_operation_failed)
        operation.finished.connect(self._on_operation_finished)
        operation.finished.connect(operation.deleteLater)
        self._running = (operation, ticket)
        operation.start(self._pool)

    def _is_current(self, sender: QObject | None) -> bool:
        """Whether the signal comes from the newest request's read (not superseded, not
        stopped)."""
        return self._running is not None and sender is self._running[0] and self._waiting is None

    @Slot(object)
    def _on_operation_succeeded(self, result: object) -> None:
        if self._is_current(self.sender()):
            self._running = None
            emit(self.busy_changed, False)
            emit(self.loaded, result)

    @Slot(object, str)
    def _on_operation_failed(self, error: object, details: str) -> None:
        if self._is_current(self.sender()):
            self._running = None
            emit(self.busy_changed, False)
            emit(self.failed, error, details)

    @Slot()
    def _on_operation_finished(self) -> None:
        """A superseded read has ended (stopped at a check, or read to its end and dropped):
        the newest request starts now."""
        if self._running is None or self.sender() is not self._running[0]:
            return  # delivered above, or stopped
        self._running = None
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._start(waiting)
        else:  # it raised Cancelled unasked: nothing to show, the view is idle again
            emit(self.busy_changed, False)
