"""The window's language: counted texts read right in English too, and German switches the
window and the core together."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from sqms_desktop import i18n
from sqms_desktop.gui.base.language import install_language, resolve

pytestmark = pytest.mark.gui


def _changes(n: int) -> str:
    return QCoreApplication.translate("BundleExportDialog", "%n change(s)", "", n)


@pytest.mark.usefixtures("qapp")
def test_english_counts_read_as_english_writes_them() -> None:
    assert _changes(3) == "3 change(s)"  # the source text, before any catalogue
    install_language("en")
    assert [_changes(n) for n in (0, 1, 2)] == ["0 changes", "1 change", "2 changes"]


@pytest.mark.usefixtures("qapp")
def test_german_switches_the_window_and_the_core_together() -> None:
    assert install_language("de") == "de"
    assert i18n.language() == "de"
    assert [_changes(n) for n in (1, 4)] == ["1 Änderung", "4 Änderungen"]
    assert i18n.translate("vocab", "Approved") != "Approved"


def test_a_setting_of_system_follows_the_system_and_an_unknown_code_falls_back() -> None:
    assert resolve("de") == "de"
    assert resolve("fr") == "en"
    assert resolve("system") in i18n.LANGUAGES
