"""Every colour of the window, in one place: the marking colours (alert, warning, muted, good,
plain) that read on the colour scheme in use, and the light and dark palettes the theme
(gui/base/theme.py) installs. No other module of gui/ writes a colour as a literal
(tests/gui/base/test_colors.py checks it); they ask here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication, QPalette


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

R = QPalette.ColorRole
# The window's palettes (Fusion style): every role a widget paints with, so nothing is left
# to a platform theme that may not know dark (Linux without a desktop, the offscreen platform).
LIGHT_PALETTE: dict[QPalette.ColorRole, str] = {
    R.Window: "#efefef",
    R.WindowText: "#1f1f1f",
    R.Base: "#ffffff",
    R.AlternateBase: "#f5f5f5",
    R.ToolTipBase: "#ffffdc",
    R.ToolTipText: "#1f1f1f",
    R.PlaceholderText: "#6e6e6e",
    R.Text: "#1f1f1f",
    R.Button: "#efefef",
    R.ButtonText: "#1f1f1f",
    R.BrightText: "#ffffff",
    R.Light: "#ffffff",
    R.Midlight: "#e3e3e3",
    R.Mid: "#b8b8b8",
    R.Dark: "#9f9f9f",
    R.Shadow: "#767676",
    R.Highlight: "#2f6fb3",
    R.HighlightedText: "#ffffff",
    R.Link: "#1a5fb4",
    R.LinkVisited: "#6a3fa0",
    R.Accent: "#2f6fb3",
}
DARK_PALETTE: dict[QPalette.ColorRole, str] = {
    R.Window: "#2b2b2b",
    R.WindowText: "#e6e6e6",
    R.Base: "#1e1e1e",
    R.AlternateBase: "#262626",
    R.ToolTipBase: "#3a3a3a",
    R.ToolTipText: "#e6e6e6",
    R.PlaceholderText: "#9a9a9a",
    R.Text: "#e6e6e6",
    R.Button: "#353535",
    R.ButtonText: "#e6e6e6",
    R.BrightText: "#ffffff",
    R.Light: "#4a4a4a",
    R.Midlight: "#3e3e3e",
    R.Mid: "#2f2f2f",
    R.Dark: "#1a1a1a",
    R.Shadow: "#000000",
    R.Highlight: "#3d6fb0",
    R.HighlightedText: "#ffffff",
    R.Link: "#8ab4f8",
    R.LinkVisited: "#c58af9",
    R.Accent: "#3d6fb0",
}
# What a disabled widget paints its text with (greyed, readable on the scheme's background).
DISABLED_TEXT = {"light": "#8c8c8c", "dark": "#7a7a7a"}


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window paints light text on a dark background: the palette decides, not
    the platform's colour scheme, so a theme chosen in the settings counts as well."""
    chosen = palette if palette is not None else QGuiApplication.palette()
    return chosen.color(R.Window).lightness() < 128


def current_colors() -> Colors:
    """The marking colours for the colour scheme in use (light or dark)."""
    return DARK if is_dark() else LIGHT


def color_style(kind: str, *, bold: bool = False) -> str:
    """A style sheet that colours a label's text with the marking colour `kind` ("alert",
    "warning", "muted", "good") of the scheme in use: no screen hard-codes a colour that
    vanishes on a dark background."""
    weight = " font-weight: 600;" if bold else ""
    return f"color: {getattr(current_colors(), kind)};{weight}"
