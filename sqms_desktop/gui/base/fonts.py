"""The fonts shipped in resources/fonts, made known to Qt at start.

The application never fetches fonts and cannot count on the machine having one for every
script: a Chinese supplier name on a machine without a CJK font would show as empty boxes.
The reports embed the same files, so screen and paper agree.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from sqms_desktop.resources import shipped

log = logging.getLogger(__name__)
FONT_SUFFIXES = (".ttf", ".ttc", ".otf")


def install_shipped_fonts() -> list[str]:
    """Register every shipped font file with Qt (once per process is enough; again is
    harmless); the font families now available from them."""
    families: list[str] = []
    folder = shipped("resources") / "fonts"
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt could not load the shipped font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))
