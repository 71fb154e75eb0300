"""A Designer form loaded at run time speaks German once the German catalogue is installed:
QUiLoader translates each text in the context of the form's class, as pyside6-lupdate extracted
it into resources/translations/forms_de.ts; texts marked `notr` stay as they are."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QMainWindow

from sqms_desktop.gui.base import forms
from sqms_desktop.resources import translations_dir

pytestmark = pytest.mark.gui


@pytest.fixture
def german(qapp, tmp_path: Path) -> Iterator[None]:
    """The German catalogue compiled from the Linguist sources into a temporary folder (never
    the shipped .qm, which may be older than the sources) and installed for one test."""
    target = tmp_path / "sqms_de.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    sources = sorted(str(p) for p in translations_dir().glob("*_de.ts"))
    subprocess.run([str(lrelease), *sources, "-qm", str(target)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(target))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_a_dialog_form_comes_out_german(qtbot, german) -> None:
    dialog = forms.load_form("sign_dialog")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Audit signieren"
    assert (
        forms.child(dialog, QLabel, "intro_label")
        .text()
        .startswith("Sie sind dabei, diesen Datensatz elektronisch zu signieren.")
    )


def test_a_form_loaded_into_its_own_widget_comes_out_german(qtbot, german) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    forms.load_form("main_window", window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["&Datei", "&Ansicht"]
    assert "&Hilfe" in menus
    # The product's name and the keys are marked notr: neither is translated.
    assert window.windowTitle() == "SQMS Desktop"


def test_placeholders_and_buttons_are_german_and_sample_data_stays(qtbot, german) -> None:
    dialog = forms.load_form("contact_dialog")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Ansprechpartner hinzufügen"
    placeholders = {edit.placeholderText() for edit in dialog.findChildren(QLineEdit)}
    assert "z. B. Qualitätsmanager" in placeholders
    assert "name@example.com" in placeholders  # sample data, notr
    page = forms.load_form("templates_page")
    qtbot.addWidget(page)
    release = next(a for a in page.findChildren(QAction) if a.text() == "F&reigeben")
    assert release.statusTip().startswith("Den ausgewählten Entwurf freigeben")


def test_date_formats_of_forms_are_not_translated(qtbot, german) -> None:
    dialog = forms.load_form("certificate_dialog")
    qtbot.addWidget(dialog)
    assert {e.displayFormat() for e in dialog.findChildren(QDateEdit)} == {"d MMM yyyy"}


def test_without_the_catalogue_the_form_is_english(qtbot) -> None:
    dialog = forms.load_form("sign_dialog")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sign audit"
