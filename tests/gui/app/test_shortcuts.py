"""One key per kind of action on every page, no key twice where it can be pressed, one
toolbar style, and Help ▸ Keyboard shortcuts listing every action that has a key."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from sqms_desktop.gui.app.main_window import MainWindow
from sqms_desktop.gui.base.shortcuts import KEYS, KIND_PROPERTY, TOOLBAR_STYLE, Kind
from sqms_desktop.gui.dialogs.shortcuts import keys_text, menu_sections, plain
from sqms_desktop.store.engine import Store

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, sample_store: Store, sample, settings: QSettings) -> MainWindow:
    main = MainWindow(sample_store, settings=settings, today=lambda: sample.today)
    qtbot.addWidget(main)
    return main


def _window_wide(window: MainWindow) -> list[QAction]:
    return [
        a
        for _, actions in menu_sections(window.menuBar())
        for a in actions
        if a.shortcuts() and a.shortcutContext() != Qt.ShortcutContext.WidgetWithChildrenShortcut
    ]


def test_no_key_is_taken_twice_where_it_can_be_pressed(window: MainWindow) -> None:
    """On each page: the window's keys and that page's own keys, each key once."""
    window.audits_page.refresh()
    checklist = window.open_checklist(window.audits_page.model.rows()[0].id)
    pages = [*window._pages, checklist]
    for page in pages:
        owners: dict[str, list[str]] = defaultdict(list)
        for action in _window_wide(window) + [a for a in page.actions() if a.shortcuts()]:
            for key in action.shortcuts():
                owners[key.toString()].append(plain(action.text()))
        clashes = {key: names for key, names in owners.items() if len(names) > 1}
        assert clashes == {}, page.objectName()


def test_the_same_kind_of_action_has_the_same_key_on_every_page(window: MainWindow) -> None:
    kinds: dict[str, set[str]] = defaultdict(set)
    pages_of: dict[str, set[str]] = defaultdict(set)
    for page in window._pages:
        for action in page.actions():
            kind = action.property(KIND_PROPERTY)
            if kind:
                kinds[kind].add(action.shortcut().toString())
                pages_of[kind].add(page.objectName())
    assert dict(kinds) == {kind.value: {QKeySequence(KEYS[kind]).toString()} for kind in Kind}
    # Export and Import are on several pages, and share their keys there.
    assert len(pages_of[Kind.EXPORT]) >= 4
    assert len(pages_of[Kind.IMPORT]) >= 3
    assert window.templates_page.action_export.shortcut() == QKeySequence("Ctrl+E")
    assert window.suppliers_page.action_edit.shortcut() == window.capa_page.action_edit.shortcut()


def test_every_page_has_a_toolbar_of_the_one_style(window: MainWindow) -> None:
    for page in window._pages:
        bars = page.findChildren(QToolBar)
        assert len(bars) == 1, page.objectName()
        assert bars[0].toolButtonStyle() == TOOLBAR_STYLE, page.objectName()
        assert all(a.icon().isNull() for a in bars[0].actions()), page.objectName()


def test_the_shortcuts_sheet_lists_every_action_with_a_key(qtbot, window: MainWindow) -> None:
    assert window.action_shortcuts.shortcuts()
    extra = QAction("Brand-new action", window.menu_trail)
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.menu_trail.addAction(extra)
    sheet = window.shortcuts_sheet()
    qtbot.addWidget(sheet)
    rows = sheet.rows()
    expected = [
        (plain(a.text()), keys_text(a))
        for _, actions in menu_sections(window.menuBar())
        for a in actions
        if a.shortcuts()
    ]
    assert rows == expected
    assert ("Brand-new action", keys_text(extra)) in rows
    assert ("Export", keys_text(window.templates_page.action_export)) in rows
    assert ("Keyboard shortcuts", keys_text(window.action_shortcuts)) in rows
