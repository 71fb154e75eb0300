"""Marking colours read on a light and on a dark background, and no screen hard-codes one."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

import sqms_desktop.gui
from sqms_desktop.gui.base.colors import DARK, LIGHT

pytestmark = pytest.mark.gui

# Where a literal colour is content, not a marking: the colour module itself, and the
# annotation pens a user draws on a photo with.
LITERALS_ALLOWED = {"base/colors.py", "dialogs/annotate.py"}


def _luminance(color: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(color)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("kind", [f.name for f in dataclasses.fields(LIGHT)])
def test_each_marking_colour_has_a_dark_variant_that_reads(kind: str) -> None:
    light, dark = getattr(LIGHT, kind), getattr(DARK, kind)
    assert light != dark
    assert _contrast(light, "#ffffff") >= 4.5
    assert _contrast(dark, "#202124") >= 4.5  # a typical dark window background
    assert _contrast(light, "#202124") < 4.5 or kind == "muted"  # why the variant is needed


def test_no_screen_hard_codes_a_colour() -> None:
    root = Path(sqms_desktop.gui.__file__).parent
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\bcolor:\s*(red|green|orange)\b")
    found = [
        f"{path.relative_to(root)}:{n}"
        for path in sorted(root.rglob("*.py"))
        if path.relative_to(root).as_posix() not in LITERALS_ALLOWED
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal.search(line)
    ]
    assert found == []
