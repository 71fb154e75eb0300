"""Light and dark: `sqms-desktop --theme`, the theme chosen in the settings, and every page drawn
dark when dark is chosen (tables and detail panes too, not only the window's frame)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from sqms_desktop.demo.words import DEMO_PASSWORDS
from sqms_desktop.gui.app.application import main
from sqms_desktop.gui.base import settings as opts
from sqms_desktop.gui.base.colors import DARK as DARK_MARKS
from sqms_desktop.gui.base.colors import current_colors, is_dark
from sqms_desktop.gui.base.theme import apply_theme

pytestmark = [pytest.mark.gui, pytest.mark.slow]

LEAD = "anna.kowalczyk"


@pytest.fixture(autouse=True)
def _light_again() -> Iterator[None]:
    yield
    apply_theme("light")


def _lightness(png: Path, box: tuple[int, int, int, int]) -> float:
    """The mean lightness (0–255) of a part of the picture."""
    image = QImage(str(png))
    left, top, width, height = box
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(left, left + width, 7)
        for y in range(top, top + height, 7)
    ]
    return sum(values) / len(values)


def _shoot(demo_copy: Path, png: Path, monkeypatch: pytest.MonkeyPatch, *extra: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(DEMO_PASSWORDS[LEAD] + "\n"))
    args = ["--db", str(demo_copy), "--screenshot", str(png), "--user", LEAD, "--page", "audits"]
    assert main([*args, *extra]) == 0


def test_theme_dark_draws_the_table_and_the_detail_dark(
    demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dark = tmp_path / "dark.png"
    _shoot(demo_copy, dark, monkeypatch, "--theme", "dark")
    assert is_dark()
    assert current_colors() == DARK_MARKS
    light = tmp_path / "light.png"
    _shoot(demo_copy, light, monkeypatch, "--theme", "light")
    assert not is_dark()
    table, detail = (400, 120, 600, 150), (400, 450, 600, 200)
    for part in (table, detail):
        assert _lightness(dark, part) < 90
        assert _lightness(light, part) > 180


def test_the_theme_chosen_in_the_settings_is_used_without_the_option(
    demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opts.THEME.write(opts.user_settings(), "dark")
    png = tmp_path / "shot.png"
    _shoot(demo_copy, png, monkeypatch)
    assert is_dark()
    assert _lightness(png, (400, 120, 600, 150)) < 90
