"""How a dialog says no or asks for patience: the error line and the wait cursor."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel

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
