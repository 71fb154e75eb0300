"""A dialog that runs background work (gui/base/operations.py): Cancel, Escape or closing the
window first stops the running job, which keeps nothing; only an idle dialog closes."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget

from sqms_desktop.gui.base.operations import Operation


class JobDialog(QDialog):
    """Subclasses keep the job they start in `_running` and clear it when it has finished."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._running: Operation | None = None

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
