"""Where the shipped folders are: the one answer for a source checkout, an installed wheel and
the frozen application. Imports nothing of the application, so every layer may ask it."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
# The folders that ship with the application (docs/design.md, "Shipped folders").
SHIPPED = ("migrations", "ui", "resources")


def shipped(name: str) -> Path:
    """Path of a shipped folder (`migrations`, `ui`, `resources`).

    A frozen application (PyInstaller) unpacks them under its own folder (`sys._MEIPASS`), an
    installed wheel carries them inside the package, a source checkout keeps them at the root.
    """
    if name not in SHIPPED:
        raise ValueError(f"{name!r} is not a shipped folder (one of {', '.join(SHIPPED)})")
    frozen = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen:
        return Path(frozen) / name
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def translations_dir() -> Path:
    """The Qt Linguist sources (`*_de.ts`) and the compiled catalogue (`sqms_de.qm`)."""
    return shipped("resources") / "translations"
