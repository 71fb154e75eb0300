"""The window in German: every page of the main window, on a new store and on one with records,
shows no English text of its own.

The window is built twice, in English and in German, and each page's chrome is read off its
widgets (titles, menus, actions and their tooltips, labels, buttons, group titles, tabs,
placeholders, column headers, the detail panes' text); a text shown the same in both languages is
English left untranslated, unless the German catalogue itself keeps it (a word German shares, such
as "Audit" or "Status") or it is a name of the application or a standard.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from sqms_desktop import i18n
from sqms_desktop.gui.app.main_window import CHECKLIST, MainWindow
from sqms_desktop.gui.base.language import install_language
from sqms_desktop.store.engine import Store

pytestmark = pytest.mark.gui

WORDS = re.compile(r"[A-Za-zÄÖÜäöüß]{3,}")
TAGS = re.compile(r"<[^<>]*>|&[a-z]+;")
# A count after a word ("Audits (2)", a tab's title): the word is what is translated.
COUNT = re.compile(r" \(\d+\)$")
# Names that no language translates.
NAMES = re.compile(
    r"^(SQMS Desktop|CAPA|SCAR|KPI|PPM|8D|VDA 6\.3|ISO 9001|IATF 16949|AS9100|GMP|OK)$"
)


def _lines(text: str) -> Iterator[str]:
    for raw in TAGS.sub("\n", text).replace("&", "").splitlines():
        line = " ".join(raw.split()).strip(" :…")
        if WORDS.search(line):
            yield line


def chrome(window: MainWindow, *, content: bool) -> set[str]:
    """The texts of the window's own making on the page shown; with `content`, the labels and
    detail panes too (on a new store they hold only the window's words, on one with records
    also the records' names, which no language changes)."""
    texts: list[str] = [window.windowTitle()]
    texts += [menu.title() for menu in window.menuBar().findChildren(QMenu)]
    for action in window.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        texts.append(widget.toolTip())
        if (isinstance(widget, QLabel) and content) or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QTextEdit) and content:
            texts.append(widget.toPlainText())
        if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            header = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            texts += [
                str(widget.model().headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(header.count())
            ]
    return {line for text in texts for line in _lines(text or "")}


def page_texts(
    store: Store, settings: QSettings, qtbot, language: str, *, content: bool
) -> dict[int, set[str]]:
    install_language(language)
    try:
        window = MainWindow(store, settings=settings)
        qtbot.addWidget(window)
        window.show()
        found = {}
        for index in range(window.stack.count()):
            if index == CHECKLIST:  # needs an audit: tests/gui/checklist reads it in German
                continue
            window.show_page(index)
            QApplication.processEvents()
            found[index] = chrome(window, content=content)
        where = store.describe()
        window.close()
        return {i: {t for t in texts if where not in t} for i, texts in found.items()}
    finally:
        install_language("en")


def untranslated(
    store: Store, settings: QSettings, qtbot, *, content: bool
) -> dict[int, list[str]]:
    english = page_texts(store, settings, qtbot, "en", content=content)
    german = page_texts(store, settings, qtbot, "de", content=content)
    kept = set(i18n.catalogue("de").values())
    return {
        index: sorted(
            text
            for text in german[index] & english[index]
            if COUNT.sub("", text) not in kept and not NAMES.match(text)
        )
        for index in german
        if german[index] & english[index] - kept
    }


def _report(found: dict[int, list[str]]) -> str:
    """Each English text once, with the first page that shows it."""
    first: dict[str, int] = {}
    for index, texts in sorted(found.items()):
        for text in texts:
            first.setdefault(text, index)
    return f"{len(first)} texts\n" + "\n".join(
        f"page {index}: {text}" for text, index in sorted(first.items(), key=lambda i: i[::-1])
    )


def test_every_page_of_a_new_store_speaks_german(qtbot, store: Store, settings) -> None:
    found = untranslated(store, settings, qtbot, content=True)
    assert not any(found.values()), "English left in German:\n" + _report(found)


def test_every_page_with_records_speaks_german(qtbot, sample_store: Store, settings) -> None:
    found = untranslated(sample_store, settings, qtbot, content=False)
    assert not any(found.values()), "English left in German:\n" + _report(found)
