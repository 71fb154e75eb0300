"""Light and dark: the window follows the system's colour scheme, or the one chosen in the
settings (`appearance/theme`: system, light, dark) or with `sqms-desktop --theme`.

The application uses the Fusion style and installs a full palette of its own for the scheme
(gui/base/colors.py), because a platform theme may not know dark at all (Linux without a
desktop, the offscreen platform of tests and screenshots): asking Qt for a scheme
(`QStyleHints.setColorScheme`, Qt ≥ 6.8) is done too, so native dialogs follow where the
platform can. A change is live: the palette reaches every widget at once; views that draw
colours of their own (detail panes, charts) draw them again when the platform reports the new
scheme (`QStyleHints.colorSchemeChanged`) and, where it cannot, when the main window reads its
pages again after the settings dialog (`MainWindow.refresh`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from sqms_desktop.gui.base.colors import DARK_PALETTE, DISABLED_TEXT, LIGHT_PALETTE

SYSTEM = "system"
LIGHT = "light"
DARK = "dark"
THEMES = (SYSTEM, LIGHT, DARK)
STYLE = "Fusion"
_SCHEMES = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark}


def theme_names() -> dict[str, str]:
    """Each choice as the settings show it."""
    return {
        SYSTEM: QCoreApplication.translate("theme", "As the system"),
        LIGHT: QCoreApplication.translate("theme", "Light"),
        DARK: QCoreApplication.translate("theme", "Dark"),
    }


def scheme_of(theme: str) -> str:
    """LIGHT or DARK: the one chosen, else the system's (light when the system does not say)."""
    if theme in _SCHEMES:
        return theme
    follower = _follower()
    system = follower.system if follower is not None else QGuiApplication.styleHints().colorScheme()
    return DARK if system == Qt.ColorScheme.Dark else LIGHT


def palette_of(scheme: str) -> QPalette:
    colours = DARK_PALETTE if scheme == DARK else LIGHT_PALETTE
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    disabled = QColor(DISABLED_TEXT[scheme])
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


class _Follower(QObject):
    """Keeps the chosen theme, and follows the system's scheme while the choice is SYSTEM."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("theme_follower")
        self.theme = SYSTEM
        # The system's scheme as the platform reports it, before any choice of ours.
        self.system = QGuiApplication.styleHints().colorScheme()
        self.applying = False
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            self._on_style_hints_color_scheme_changed
        )

    @Slot(Qt.ColorScheme)
    def _on_style_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.applying:
            return
        self.system = scheme
        if self.theme == SYSTEM:
            _install(self, scheme_of(SYSTEM))


def _follower() -> _Follower | None:
    app = QCoreApplication.instance()
    if app is None:
        return None
    found = app.findChild(_Follower, "theme_follower")
    return found if isinstance(found, _Follower) else None


def _install(follower: _Follower, scheme: str) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    hints = QGuiApplication.styleHints()
    follower.applying = True
    try:
        app.setPalette(palette_of(scheme))
        if follower.theme == SYSTEM:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(_SCHEMES[scheme])
    finally:
        follower.applying = False


def apply_theme(theme: str) -> str:
    """Use `theme` (SYSTEM, LIGHT or DARK; anything else reads as SYSTEM) from now on, live;
    returns the scheme now shown (LIGHT or DARK)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return LIGHT
    if app.style().name().lower() != STYLE.lower():
        app.setStyle(STYLE)
    follower = _follower() or _Follower(app)
    follower.theme = theme if theme in THEMES else SYSTEM
    scheme = scheme_of(follower.theme)
    _install(follower, scheme)
    return scheme


def current_theme() -> str:
    follower = _follower()
    return follower.theme if follower is not None else SYSTEM
