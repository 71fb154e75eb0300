"""The smallest screen the application is made for: a 1280×720 laptop."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

LAPTOP = QSize(1280, 720)
LAPTOP_AREA = QRect(0, 0, 1280, 720 - 32)  # what windows may use: the screen less its task bar
