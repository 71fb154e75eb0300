"""The shipped SVG icons (`resources/icons/*.svg`), loaded by name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from sqms_desktop.resources import shipped


def icon_path(name: str) -> Path:
    return shipped("resources") / "icons" / f"{name}.svg"


def icon(name: str) -> QIcon:
    path = icon_path(name)
    if not path.is_file():
        raise FileNotFoundError(f"icon {path} is missing")
    return QIcon(str(path))
