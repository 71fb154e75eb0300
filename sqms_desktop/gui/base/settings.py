"""Settings declared once, with their type and default, kept through QSettings (Picard style)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "SQMS"
APPLICATION = "SQMS Desktop"

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    kind: type[Any]

    def read(self, settings: QSettings) -> T:
        value = settings.value(self.key, self.default, type=self.kind)
        return cast(T, value if isinstance(value, self.kind) else self.default)

    def write(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


MAIN_WINDOW_GEOMETRY = Setting("main_window/geometry", QByteArray(), QByteArray)
MAIN_WINDOW_STATE = Setting("main_window/state", QByteArray(), QByteArray)
MAIN_WINDOW_PAGE = Setting("main_window/page", 0, int)
# Minutes without keyboard or mouse input before the window locks (21 CFR Part 11 §11.300).
IDLE_LOCK_MINUTES = Setting("security/idle_lock_minutes", 15, int)
# The window's language: a code of sqms_desktop.i18n.LANGUAGES, or "system" to follow the system.
LANGUAGE = Setting("appearance/language", "system", str)


def idle_lock_ms(settings: QSettings) -> int:
    """The idle time before the lock, in milliseconds; at least one minute."""
    return max(1, IDLE_LOCK_MINUTES.read(settings)) * 60_000


def page_header(page: str) -> Setting[QByteArray]:
    """A list page's columns (widths, order, visibility, sort), by the page's object name."""
    return Setting(f"{page}/header", QByteArray(), QByteArray)


def page_splitter(page: str) -> Setting[QByteArray]:
    return Setting(f"{page}/splitter", QByteArray(), QByteArray)


def user_settings() -> QSettings:
    """The user's settings, an INI file on every platform (tests redirect it with setPath)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )
