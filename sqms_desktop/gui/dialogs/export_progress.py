"""A workbook export on a worker thread, with a progress dialog and Cancel.

The Findings page's export and File ▸ Export register use it. The job (reports/registers.py)
builds the whole workbook in memory and then writes it through a temporary file beside the
target, so a cancel or a failure leaves no file, or the one that was there before.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.operations import Operation
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.progress import Progress

log = logging.getLogger(__name__)

# Writes the workbook to the path and returns how many records it holds.
ExportJob = Callable[[Progress], int]


class ExportRun(QObject):
    """One export to `path`; `start()` it, and `ended` tells how it went.

    Signals:
        ended(written, message): True with "N records written to PATH" once the file is
            complete; False with what happened when it was cancelled or failed (a failure
            is also shown in a message box over `parent`).
    """

    ended = Signal(bool, str)

    def __init__(
        self,
        parent: QWidget,
        job: ExportJob,
        path: Path,
        *,
        title: str,
        noun: str,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._path = path
        self._title = title
        self._noun = noun
        self._pool = pool
        self.operation = Operation(job, name=f"export {path.name}", parent=self)
        self.dialog = QProgressDialog(
            self.tr("Writing {file}…").format(file=path.name), self.tr("Cancel"), 0, 0, parent
        )
        self.dialog.setObjectName("export_progress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self.operation.cancel)
        self.operation.progressed.connect(self._on_operation_progressed)
        self.operation.succeeded.connect(self._on_operation_succeeded)
        self.operation.failed.connect(self._on_operation_failed)
        self.operation.cancelled.connect(self._on_operation_cancelled)

    def start(self) -> None:
        self.operation.start(self._pool)

    def cancel(self) -> None:
        """What the dialog's Cancel does: the job stops at its next report, writing nothing."""
        self.operation.cancel()

    @Slot(int, int, str)
    def _on_operation_progressed(self, done: int, total: int, message: str) -> None:
        if total > 1:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    @Slot(object)
    def _on_operation_succeeded(self, count: object) -> None:
        self._close()
        self._end(
            True,
            self.tr("{count} {noun} written to {file}.").format(
                count=count, noun=self._noun, file=self._path
            ),
        )

    @Slot(object, str)
    def _on_operation_failed(self, error: object, details: str) -> None:
        self._close()
        if isinstance(error, SqmsError):
            QMessageBox.warning(self._parent, self._title, str(error))
        elif isinstance(error, BaseException):  # a bug: the crash handler reports it
            sys.excepthook(type(error), error, error.__traceback__)
        else:
            log.error("%s failed: %r", self._title, error)
        self._end(False, self.tr("{title} failed; nothing was written.").format(title=self._title))

    @Slot()
    def _on_operation_cancelled(self) -> None:
        self._close()
        self._end(
            False, self.tr("{title} cancelled; nothing was written.").format(title=self._title)
        )

    def _close(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()

    def _end(self, written: bool, message: str) -> None:
        emit(self.ended, written, message)
        self.deleteLater()
