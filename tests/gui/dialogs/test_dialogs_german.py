"""Every dialog in German: it shows no English text of its own, and it still fits a 1280×720
laptop screen with its buttons in reach (German runs about a third longer than English).

Each dialog of tests/gui/dialogs/test_dialogs_fit.py is built twice on the demo store, in English
and in German, and its chrome is read off its widgets: the title, the buttons and actions, the
form labels, the group titles, the tabs, the placeholders, the tooltips and the column headers. A
text shown the same in both languages is English left untranslated, unless the German catalogue
itself keeps it (a word German shares, such as "Audit" or "Status") or it is a name no language
translates. The records' own words (names, statements) are left out: no language changes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from sqms_desktop import i18n
from sqms_desktop.gui.base.language import install_language
from sqms_desktop.gui.base.screen import fitted_size
from sqms_desktop.gui.dialogs.report_preview import ReportPreview
from sqms_desktop.store.engine import Store
from tests.gui.dialogs.test_dialogs_fit import DIALOGS, _buttons, _inside
from tests.support.screens import LAPTOP, LAPTOP_AREA

pytestmark = [pytest.mark.gui, pytest.mark.slow]

WORDS = re.compile(r"[A-Za-zÄÖÜäöüß]{3,}")
TAGS = re.compile(r"<[^<>]*>|&[a-z]+;")
# Names that no language translates, and examples of what to type (an e-mail address).
NAMES = re.compile(
    r"^(SQMS Desktop|CAPA|SCAR|KPI|PPM|8D( \S+)?|VDA 6\.3|ISO 9001|IATF 16949|AS9100|GMP|OK|DUNS|"
    r"SHA-256.*|Qt .*|Version .*|\S+@\S+)$"
)
# Texts a dialog is given by its caller, here by the test (the caller translates its own), and
# records' names shown as titles (a conflict's replicas).
GIVEN = {"sign review": {"Sign the minutes"}, "resolve conflict": {"central", "laptop-a"}}


def _lines(text: str) -> Iterator[str]:
    for raw in TAGS.sub("\n", text).replace("&", "").splitlines():
        line = " ".join(raw.split()).strip(" :…*")
        if WORDS.search(line):
            yield line


def _form_labels(dialog: QDialog) -> list[QLabel]:
    """The labels that name a field: a buddy's, or a form layout's label column."""
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                labels.append(widget)
    return labels


def chrome(dialog: QDialog) -> set[str]:
    """The texts of the dialog's own making, as shown now."""
    texts: list[str] = [dialog.windowTitle()]
    texts += [label.text() for label in _form_labels(dialog) if label.isVisibleTo(dialog)]
    for action in dialog.findChildren(QAction):
        texts += [action.text(), action.toolTip()]
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox)):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(column)
                texts.append(item.text() if item is not None else "")
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts += [header.text(c) for c in range(header.columnCount())]
    return {line for text in texts for line in _lines(text or "")}


def _opened(qtbot, name: str, store: Store, settings: QSettings, tmp: Path) -> QDialog:
    dialog = DIALOGS[name](store, settings, tmp)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def _closed(qtbot, dialog: QDialog) -> None:
    if isinstance(dialog, ReportPreview):  # its report is being written: let it finish
        qtbot.waitUntil(lambda: dialog.pdf_path is not None, timeout=60_000)
    dialog.close()


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_dialog_speaks_german_and_still_fits_a_laptop(
    qtbot, demo_store: Store, settings: QSettings, tmp_path: Path, name: str
) -> None:
    install_language("en")
    dialog = _opened(qtbot, name, demo_store, settings, tmp_path)
    english = chrome(dialog)
    _closed(qtbot, dialog)
    install_language("de")
    try:
        dialog = _opened(qtbot, name, demo_store, settings, tmp_path)
        german = chrome(dialog)
        room = fitted_size(LAPTOP, LAPTOP_AREA)
        needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert dialog.width() <= room.width(), f"{name} opens {dialog.size()} in German"
        assert dialog.height() <= room.height(), f"{name} opens {dialog.size()} in German"
        assert needed.width() <= room.width(), f"{name} needs {needed} in German"
        assert needed.height() <= room.height(), f"{name} needs {needed} in German"
        for button in _buttons(dialog):
            assert _inside(button, dialog), f"{name}: {button.text()!r} lies outside in German"
        _closed(qtbot, dialog)
    finally:
        install_language("en")
    # What German keeps as it is ("&Status:" → "Status"), read as the chrome is read.
    kept = {line for text in i18n.catalogue("de").values() for line in _lines(text)}
    given = GIVEN.get(name, set())
    left = sorted(t for t in german & english if t not in kept | given and not NAMES.match(t))
    assert not left, f"{name} shows English in German:\n" + "\n".join(left)
