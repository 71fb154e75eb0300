"""Shipped fonts: a Chinese supplier name renders with real glyphs even on a machine that has no
CJK font of its own (the window draws with the font the reports embed)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from sqms_desktop.gui.base.fonts import install_shipped_fonts

pytestmark = pytest.mark.gui

CHINESE_NAME = "宁波华泰模具有限公司"


def test_the_shipped_fonts_are_known_to_qt_and_cover_chinese(qapp) -> None:
    families = install_shipped_fonts()
    assert "DejaVu Sans" in families
    assert "WenQuanYi Micro Hei" in families
    assert set(families) <= set(QFontDatabase.families())
    metrics = QFontMetrics(QFont("WenQuanYi Micro Hei"))
    assert all(metrics.inFontUcs4(ord(character)) for character in CHINESE_NAME)
    assert install_shipped_fonts() == families  # again: harmless, the same families
