"""A new, empty store: every page says what it will show and how to get there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from sqms_desktop.gui.app.main_window import DASHBOARD, MainWindow
from sqms_desktop.gui.pages.background_list import BackgroundListPage
from sqms_desktop.store.engine import Store

pytestmark = pytest.mark.gui


def test_every_page_of_an_empty_store_names_the_next_step(
    qtbot, store: Store, settings: QSettings
) -> None:
    window = MainWindow(store, settings=settings)
    qtbot.addWidget(window)
    for index, page in enumerate(window._pages):
        window.show_page(index)
        if isinstance(page, BackgroundListPage):  # read off the GUI thread: wait for it
            qtbot.waitUntil(lambda page=page: not page.is_reading())
        assert page.model.rowCount() == 0, page.objectName()
        if index == DASHBOARD:  # nothing needs attention; its charts say what to add
            continue
        text = page.empty_text()
        # A menu path or a key: something to do, not only "nothing here".
        assert "▸" in text or "Ctrl+" in text, f"{page.objectName()}: {text}"
        if page.detail.isVisible():
            assert text[:40] in page.detail.toPlainText(), page.objectName()


def test_the_capa_page_tells_an_empty_store_from_a_filter_that_hides_everything(
    qtbot, sample_store: Store, sample, settings: QSettings
) -> None:
    window = MainWindow(sample_store, settings=settings, today=lambda: sample.today)
    qtbot.addWidget(window)
    page = window.capa_page
    page.refresh()
    page.owner_edit.setText("nobody of that name")
    assert page.model.rowCount() == 0
    assert "Clear the filters" in page.empty_text()
