"""A dialog that runs background work (gui/base/operations.py): Cancel, Escape or closing the
window first stops the running job, which keeps nothing; only an idle dialog closes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget

from sqms_desktop.gui.base.operations import Job, Operation


class JobDialog(QDialog):
    """Subclasses start their job with `start_job`, which keeps it in `_running`, and answer
    its signals in `_on_operation_progressed/_failed/_cancelled/_finished`; the finished one
    clears `_running`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._running: Operation | None = None

    def start_job(
        self,
        job: Job,
        done: Callable[[Any], None],
        *,
        name: str,
        pool: QThreadPool | None = None,
    ) -> Operation:
        """Run `job` off the GUI thread; `done` gets its result."""
        operation = Operation(job, name=name)
        operation.progressed.connect(self._on_operation_progressed)
        operation.succeeded.connect(done)
        operation.failed.connect(self._on_operation_failed)
        operation.cancelled.connect(self._on_operation_cancelled)
        operation.finished.connect(self._on_operation_finished)
        operation.finished.connect(operation.deleteLater)
        self._running = operation
        operation.start(pool)
        return operation

    def _on_operation_progressed(self, done: int, total: int, message: str) -> None:
        """The job's progress; a dialog with a progress bar shows it."""

    def _on_operation_failed(self, error: object, details: str) -> None:
        """The job failed; the dialog says why."""

    def _on_operation_cancelled(self) -> None:
        """The job stopped on request, keeping nothing."""

    def _on_operation_finished(self) -> None:
        self._running = None

    def cancel_running(self) -> None:
        if self._running is not None:
            self._running.cancel()

    def reject(self) -> None:
        if self._running is not None:
            self.cancel_running()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running is not None:
            self.cancel_running()
            event.ignore()
            return
        super().closeEvent(event)
