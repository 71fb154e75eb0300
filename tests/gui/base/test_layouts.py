"""Splitters and table columns come back as the user left them: in the main window's pages after
closing and opening the window, and in a dialog after closing and opening it again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QSplitter, QTableView

from sqms_desktop.gui.app.main_window import MainWindow
from sqms_desktop.gui.base.layouts import DialogLayouts
from sqms_desktop.gui.dialogs.settings_dialog import SettingsDialog
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store

pytestmark = pytest.mark.gui


def _window(qtbot, store: Store, settings: QSettings, sample) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, settings=settings, today=lambda: sample.today)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.restore_settings()
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_splitter_and_a_column_width_survive_closing_and_opening_the_window(
    qtbot, sample_store: Store, settings: QSettings, sample
) -> None:
    window = _window(qtbot, sample_store, settings, sample)
    window.show_page(window.page_names.index("scorecards"))
    splitter = window.scorecards_page.findChild(QSplitter, "detail_splitter")
    assert splitter is not None
    total = sum(splitter.sizes())
    splitter.setSizes([total // 5, total - total // 5])
    chosen = splitter.sizes()
    window.show_page(window.page_names.index("suppliers"))
    contacts = window.suppliers_page.findChild(QTableView, "contacts_table")
    assert contacts is not None
    contacts.horizontalHeader().resizeSection(1, 333)
    window.close()

    again = _window(qtbot, sample_store, settings, sample)
    again.show_page(again.page_names.index("scorecards"))
    splitter = again.scorecards_page.findChild(QSplitter, "detail_splitter")
    assert splitter is not None
    share = splitter.sizes()[0] / sum(splitter.sizes())  # the same share of the room it has
    assert share == pytest.approx(chosen[0] / sum(chosen), abs=0.01)
    contacts = again.suppliers_page.findChild(QTableView, "contacts_table")
    assert contacts is not None
    assert contacts.horizontalHeader().sectionSize(1) == 333


def test_a_dialog_comes_back_at_the_size_it_was_left_at(
    qtbot, sample_store: Store, settings: QSettings
) -> None:
    layouts = DialogLayouts(lambda: settings)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(layouts)
    try:
        dialog = SettingsDialog(settings, Actor(sample_store, "anna"))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.resize(700, 480)
        dialog.reject()
        again = SettingsDialog(settings, Actor(sample_store, "anna"))
        qtbot.addWidget(again)
        again.show()
        assert (again.width(), again.height()) == (700, 480)
        again.reject()
    finally:
        app.removeEventFilter(layouts)
