"""Unexpected errors and Qt's own messages end up in the log, and errors in front of the user.

Known environment problems (`SqmsError`) get a plain message; anything else is a bug and gets
the crash dialog with the traceback and the log file's path (qutebrowser's crashsignal, Anki's
errors.py), instead of the application vanishing.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QThread,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.dialogs.about import CrashDialog

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ShowDialog = Callable[[QDialog], object]

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    name = "qt" if category == "default" else f"qt.{category}"
    logging.getLogger(name).log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


@contextmanager
def qt_messages_logged() -> Iterator[None]:
    """Route Qt's messages into Python logging while the block runs."""
    previous = qInstallMessageHandler(qt_message_handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _exec(dialog: QDialog) -> object:
    return dialog.exec()


class CrashHandler:
    """A `sys.excepthook`: log the error, then show it (message box or crash dialog)."""

    def __init__(self, log_path: Path | None, *, show: ShowDialog = _exec) -> None:
        self.log_path = log_path
        self._show = show
        self._showing = False

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.critical("unexpected error", exc_info=(kind, error, tb))
        app = QCoreApplication.instance()
        on_gui_thread = app is not None and QThread.currentThread() is app.thread()
        if self._showing or not isinstance(app, QApplication) or not on_gui_thread:
            sys.__excepthook__(kind, error, tb)
            return
        self._showing = True
        try:
            self._show(self.dialog_for(error))
        finally:
            self._showing = False

    def dialog_for(self, error: BaseException) -> QDialog:
        if isinstance(error, SqmsError):
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("CrashHandler", "SQMS Desktop"),
                str(error),
            )
            return box
        details = "".join(traceback.format_exception(error))
        return CrashDialog(details, self.log_path)

    @contextmanager
    def installed(self) -> Iterator[CrashHandler]:
        previous = sys.excepthook
        sys.excepthook = self
        try:
            yield self
        finally:
            sys.excepthook = previous
