"""How a dialog says no or asks for patience: the error line and the wait cursor."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QProgressBar

from sqms_desktop.gui.base.colors import current_colors


def show_error(label: QLabel, text: str) -> None:
    """A refusal in the dialog's own error line, in the alert colour of the scheme in use."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, current_colors().alert)
    label.setPalette(palette)
    label.setText(text)
    label.setVisible(bool(text))


@contextmanager
def wait_cursor() -> Iterator[None]:
    """scrypt takes a noticeable moment: say so while a password is checked."""
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def show_progress(bar: QProgressBar, done: int, total: int, message: str) -> None:
    """A job's report on its bar: a share of the total, or busy while the total is unknown (0)."""
    if total <= 0:
        bar.setRange(0, 0)
    else:
        bar.setRange(0, total)
        bar.setValue(min(done, total))
    bar.setFormat(f"%p %  {message}" if total > 0 else message)
