"""Marking colours (alert, warning, muted, good, plain) that read on the colour scheme in use."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


@dataclass(frozen=True)
class Colors:
    """Marking colours that read on the current background."""

    alert: str = "#b3261e"
    warning: str = "#8a5300"
    muted: str = "#5f6368"
    good: str = "#1b6e35"
    plain: str = "#3b6fb0"  # a figure that is neither good nor bad (a chart's plain bars)


LIGHT = Colors()


DARK = Colors(alert="#ff8a80", warning="#ffcc80", muted="#bdc1c6", good="#81c995", plain="#8ab4f8")


def current_colors() -> Colors:
    """The marking colours for the colour scheme in use (light or dark)."""
    scheme = QGuiApplication.styleHints().colorScheme()
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def color_style(kind: str, *, bold: bool = False) -> str:
    """A style sheet that colours a label's text with the marking colour `kind` ("alert",
    "warning", "muted", "good") of the scheme in use: no screen hard-codes a colour that
    vanishes on a dark background."""
    weight = " font-weight: 600;" if bold else ""
    return f"color: {getattr(current_colors(), kind)};{weight}"
