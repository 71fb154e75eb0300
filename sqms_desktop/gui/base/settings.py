"""The user's own settings declared once, with their type, default, bounds or choices, label
and page, kept through QSettings (Picard style) in the user's INI file.

The settings dialog (gui/dialogs/settings_dialog.py) is built from `PERSONAL_SETTINGS` here and
from the store-wide settings of `queries/store_settings.STORE_SETTINGS` (kept in the store,
trailed); both name their page by the same group keys (`GROUPS`). The other settings below
(window geometry, splitters, table columns) are remembered, not edited.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from sqms_desktop.i18n import QT_TRANSLATE_NOOP

ORGANIZATION = "SQMS"
APPLICATION = "SQMS Desktop"

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its key in the INI file, default and type; a setting the dialog edits also
    has a label and a page (`group`, one of `GROUPS`), and its choices or bounds. A stored
    value of another type, not among the choices or out of bounds reads as the default."""

    key: str
    default: T
    kind: type[Any]
    label: str = ""  # English, marked for translation in the context "settings"
    group: str = ""
    choices: tuple[T, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    unit: str = ""

    def read(self, settings: QSettings) -> T:
        """The stored value; a number outside the bounds is held to the nearest bound (an idle
        lock of 0 minutes, typed into the file, still locks after one), anything else that is
        not accepted reads as the default."""
        value = settings.value(self.key, self.default, type=self.kind)
        if isinstance(value, int) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                value = self.minimum
            if self.maximum is not None and value > self.maximum:
                value = self.maximum
        return cast(T, value if self.accepts(value) else self.default)

    def accepts(self, value: object) -> bool:
        if not isinstance(value, self.kind):
            return False
        if self.choices and value not in self.choices:
            return False
        if isinstance(value, int) and self.minimum is not None and value < self.minimum:
            return False
        return not (isinstance(value, int) and self.maximum is not None and value > self.maximum)

    def write(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


MAIN_WINDOW_GEOMETRY = Setting("main_window/geometry", QByteArray(), QByteArray)
MAIN_WINDOW_STATE = Setting("main_window/state", QByteArray(), QByteArray)
MAIN_WINDOW_PAGE = Setting("main_window/page", 0, int)

# The settings dialog's pages, in order: the user's appearance, then the groups the store-wide
# settings name (queries/store_settings.Group), with the user's own settings of the same group
# on the same page.
APPEARANCE = "appearance"
GROUPS = (APPEARANCE, "reports", "capa", "scorecards", "programme", "security", "backups")
GROUP_LABELS = {
    APPEARANCE: QT_TRANSLATE_NOOP("settings", "Appearance"),
    "reports": QT_TRANSLATE_NOOP("settings", "Reports"),
    "capa": QT_TRANSLATE_NOOP("settings", "CAPA deadlines"),
    "scorecards": QT_TRANSLATE_NOOP("settings", "Scorecards"),
    "programme": QT_TRANSLATE_NOOP("settings", "Audit programme"),
    "security": QT_TRANSLATE_NOOP("settings", "Security"),
    "backups": QT_TRANSLATE_NOOP("settings", "Backups"),
}

# The window's language: a code of sqms_desktop.i18n.LANGUAGES, or "system" to follow the system.
LANGUAGE = Setting(
    "appearance/language",
    "system",
    str,
    QT_TRANSLATE_NOOP("settings", "Language"),
    APPEARANCE,
    ("system", "en", "de"),
)
# Light or dark, or as the system says (gui/base/theme.py).
THEME = Setting(
    "appearance/theme",
    "system",
    str,
    QT_TRANSLATE_NOOP("settings", "Appearance"),
    APPEARANCE,
    ("system", "light", "dark"),
)
# The paper the user's printer takes; the company name and logo are the store's.
REPORT_PAGE_SIZE = Setting(
    "reports/page_size",
    "A4",
    str,
    QT_TRANSLATE_NOOP("settings", "Paper size"),
    "reports",
    ("A4", "Letter"),
)
# Minutes without keyboard or mouse input before the window locks (21 CFR Part 11 §11.300).
IDLE_LOCK_MINUTES = Setting(
    "security/idle_lock_minutes",
    15,
    int,
    QT_TRANSLATE_NOOP("settings", "Lock the window when idle for"),
    "security",
    minimum=1,
    maximum=240,
    unit=QT_TRANSLATE_NOOP("settings", "minutes"),
)
PERSONAL_SETTINGS: tuple[Setting[Any], ...] = (LANGUAGE, THEME, REPORT_PAGE_SIZE, IDLE_LOCK_MINUTES)
# The company name this user's reports printed before it became the store's: shown to an
# administrator as a hint where the store has none yet (the settings dialog), never printed.
OLD_REPORT_COMPANY = Setting("reports/company_name", "", str)


def idle_lock_ms(settings: QSettings) -> int:
    """The idle time before the lock, in milliseconds; at least one minute."""
    return max(1, IDLE_LOCK_MINUTES.read(settings)) * 60_000


def page_header(page: str) -> Setting[QByteArray]:
    """A list page's columns (widths, order, visibility, sort), by the page's object name."""
    return Setting(f"{page}/header", QByteArray(), QByteArray)


def page_splitter(page: str) -> Setting[QByteArray]:
    return Setting(f"{page}/splitter", QByteArray(), QByteArray)


def dialog_geometry(dialog: str) -> Setting[QByteArray]:
    """A dialog's size and place, by its object name."""
    return Setting(f"dialogs/{dialog}/geometry", QByteArray(), QByteArray)


def user_settings() -> QSettings:
    """The user's settings, an INI file on every platform (tests redirect it with setPath)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )
