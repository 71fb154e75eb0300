"""Window sizes that fit the screen they open on: a dialog that asks for more room than a laptop
has opens with its buttons below the screen's edge, out of reach."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room kept for the window's title bar and frame, which the window's own size does not include.
FRAME_ALLOWANCE = QSize(16, 40)


def fitted_size(wanted: QSize, available: QRect) -> QSize:
    """`wanted`, shrunk where the available area (less the frame) is smaller."""
    room = available.size() - FRAME_ALLOWANCE
    return wanted.boundedTo(room).expandedTo(QSize(1, 1))


def available_area(widget: QWidget) -> QRect | None:
    """The part of the widget's screen that windows may use (less task bars and docks)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to width × height, or to the available area of its screen if smaller."""
    wanted = QSize(width, height)
    room = available_area(widget)
    widget.resize(wanted if room is None else fitted_size(wanted, room))
