"""The window's language: Qt's translators for the window's own texts and Qt's standard dialogs,
and `sqms_desktop.i18n` for the texts the core makes (words, messages, reports), both set to one
language (docs/design.md, "Languages")."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sqms_desktop import i18n
from sqms_desktop.resources import translations_dir

log = logging.getLogger(__name__)
# The setting's value that follows the system's language.
SYSTEM = "system"
_installed: list[QTranslator] = []


def system_language() -> str:
    """The first language of the user's interface languages that the application speaks."""
    for name in QLocale.system().uiLanguages():
        code = i18n.normalise(name)
        if code != i18n.SOURCE_LANGUAGE or name.lower().startswith("en"):
            return code
    return i18n.SOURCE_LANGUAGE


def resolve(choice: str | None) -> str:
    """The language a setting asks for: `system` (or nothing) follows the system."""
    if not choice or choice == SYSTEM:
        return system_language()
    return i18n.normalise(choice)


def install_language(choice: str | None) -> str:
    """Speak `choice` (a code, or `system`) from now on: the windows built after this call, the
    core's texts and Qt's own dialogs. Returns the language in use."""
    app = _remove_translators()
    code = i18n.set_language(resolve(choice))
    QLocale.setDefault(QLocale(code))
    if app is None:
        return code
    ours = QTranslator(app)
    if code == i18n.SOURCE_LANGUAGE:  # English's counted texts: "1 finding", "3 findings"
        if ours.load(str(translations_dir() / f"sqms_{code}.qm")):
            _installed.append(ours)
            app.installTranslator(ours)
        return code
    if ours.load(str(translations_dir() / f"sqms_{code}.qm")):
        _installed.append(ours)
    else:
        log.warning("no compiled translations for %s in %s", code, translations_dir())
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    return code


def uninstall_language() -> None:
    """No translator at all and the core in English: the source texts as written (the tests'
    starting point)."""
    _remove_translators()
    i18n.set_language(i18n.SOURCE_LANGUAGE)
    QLocale.setDefault(QLocale("en_US"))


def _remove_translators() -> QCoreApplication | None:
    """Take out the translators this module installed; returns the application, if any."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    return app
