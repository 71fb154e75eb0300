"""Creating the demo store on first use, on a worker thread, behind a cancellable dialog."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from sqms_desktop.gui.base.operations import Operation
from sqms_desktop.progress import Progress

log = logging.getLogger(__name__)


class DemoStoreBuilder(QObject):
    """Builds the demo store at `path` while a progress dialog shows; `run()` blocks until done.

    After `run()`: `summary` is set on success, else `cancelled` is true or `error` is set.
    `create_demo_store` guarantees that a cancelled or failed run leaves no file behind.
    """

    def __init__(self, path: Path, *, options: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from sqms_desktop.demo import DemoOptions, create_demo_store

        chosen = options if options is not None else DemoOptions()

        def job(progress: Progress) -> Any:
            return create_demo_store(path, chosen, progress)

        self.path = path
        self.summary: Any = None
        self.cancelled = False
        self.error: BaseException | None = None
        self._loop = QEventLoop(self)
        self.operation = Operation(job, name="create demo store", parent=self)
        self.dialog = QProgressDialog(
            self.tr("Creating the demo store…"), self.tr("Cancel"), 0, 0, parent
        )
        self.dialog.setObjectName("demo_progress_dialog")
        self.dialog.setWindowTitle(self.tr("SQMS Desktop demo"))
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.operation.progressed.connect(self._on_operation_progressed)
        self.operation.succeeded.connect(self._on_operation_succeeded)
        self.operation.failed.connect(self._on_operation_failed)
        self.operation.cancelled.connect(self._on_operation_cancelled)
        self.operation.finished.connect(self._loop.quit)
        self.dialog.canceled.connect(self._on_dialog_canceled)

    @property
    def ok(self) -> bool:
        return not self.cancelled and self.error is None

    def run(self) -> bool:
        log.info("creating the demo store at %s", self.path)
        self.operation.start()
        self.dialog.show()
        self._loop.exec()
        self.dialog.canceled.disconnect(self._on_dialog_canceled)  # closing emits it, too
        self.dialog.close()
        self.dialog.deleteLater()
        return self.ok

    @Slot(int, int, str)
    def _on_operation_progressed(self, done: int, total: int, message: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        if message:
            self.dialog.setLabelText(
                self.tr("Creating the demo store: {step}…").format(step=message)
            )

    @Slot(object)
    def _on_operation_succeeded(self, summary: object) -> None:
        self.summary = summary

    @Slot(object, str)
    def _on_operation_failed(self, error: object, details: str) -> None:
        self.error = error if isinstance(error, BaseException) else RuntimeError(str(error))

    @Slot()
    def _on_operation_cancelled(self) -> None:
        self.cancelled = True

    @Slot()
    def _on_dialog_canceled(self) -> None:
        self.operation.cancel()
