"""Everything in the main window can be found by a screen reader and reached without a mouse:
every action of the menus and page toolbars has a text, a tooltip, a status tip and a "What's
this" description; every input of every page has an accessible name; every page has a key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QWidget,
)

from sqms_desktop.gui.app.main_window import CHECKLIST, MainWindow
from sqms_desktop.gui.dialogs.shortcuts import plain
from sqms_desktop.store.engine import Store

pytestmark = pytest.mark.gui

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


@pytest.fixture
def window(qtbot, sample_store: Store, sample, settings: QSettings) -> MainWindow:
    main = MainWindow(sample_store, settings=settings, today=lambda: sample.today)
    qtbot.addWidget(main)
    return main


def _menu_actions(menu: QMenu, path: str) -> list[tuple[str, QAction]]:
    found: list[tuple[str, QAction]] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            found.append((f"{path} ▸ {plain(sub.title())}", action))
            found.extend(_menu_actions(sub, f"{path} ▸ {plain(sub.title())}"))
        else:
            found.append((f"{path} ▸ {plain(action.text())}", action))
    return found


def _all_actions(window: MainWindow) -> list[tuple[str, QAction]]:
    """Every action of the menu bar (submenus too) and of every toolbar in the window."""
    found: list[tuple[str, QAction]] = []
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if isinstance(menu, QMenu):
            found.extend(_menu_actions(menu, plain(menu.title())))
    for bar in window.findChildren(QToolBar):
        for action in bar.actions():
            if not action.isSeparator() and action.isVisible():
                found.append((f"{bar.parent().objectName()} toolbar ▸ {action.text()}", action))
    return found


def _undescribed(actions: list[tuple[str, QAction]]) -> list[str]:
    return [
        where
        for where, action in actions
        if not (
            plain(action.text())
            and action.toolTip()
            and (action.menu() is not None or (action.statusTip() and action.whatsThis()))
        )
    ]


def test_every_action_of_the_window_is_described(window: MainWindow) -> None:
    actions = _all_actions(window)
    assert len(actions) > 80
    undescribed = _undescribed(actions)
    assert not undescribed, "\n".join(undescribed)


def test_every_toolbar_action_is_in_a_menu_or_has_a_key(window: MainWindow) -> None:
    """A toolbar button needs the mouse; the same action in a menu or on a key does not."""
    in_menus = {id(action) for _, action in _all_actions(window) if "toolbar ▸" not in _}
    for bar in window.findChildren(QToolBar):
        for action in bar.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            reachable = id(action) in in_menus or bool(action.shortcuts())
            assert reachable, f"{bar.parent().objectName()}: {action.text()}"


def test_every_menu_of_the_menu_bar_opens_from_the_keyboard(window: MainWindow) -> None:
    """Alt and the underlined letter: one letter per menu."""
    letters = []
    for entry in window.menuBar().actions():
        text = entry.text()
        assert "&" in text, text
        letters.append(text[text.index("&") + 1].lower())
    assert len(letters) == len(set(letters)), letters


def _is_inner(widget: QWidget) -> bool:
    """A line edit inside a combo box or date edit is named through its owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def _unnamed_inputs(page: QWidget) -> list[str]:
    missing = []
    for widget in page.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or _is_inner(widget):
            continue
        if isinstance(widget, QAbstractButton):
            named = bool(plain(widget.text()) or widget.accessibleName())
        elif isinstance(widget, INPUTS):
            named = bool(widget.accessibleName())
        else:
            continue
        if not named:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_input_of_every_page_has_an_accessible_name(window: MainWindow) -> None:
    """The list pages (the checklist page, gui/checklist, names its own inputs)."""
    unnamed = [
        f"{page.objectName()}: {name}" for page in window._pages for name in _unnamed_inputs(page)
    ]
    assert not unnamed, "\n".join(unnamed)
    assert window.nav.accessibleName()


def test_every_page_is_reached_by_its_key(qtbot, window: MainWindow) -> None:
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    for index, page in enumerate([*window._pages, window.checklist_host]):
        window.show_page(CHECKLIST if index != CHECKLIST else 0)
        action = window.page_action(index)
        assert action.shortcuts(), page.objectName()
        key = action.shortcuts()[0][0]
        qtbot.keyClick(window, key.key(), key.keyboardModifiers())
        assert window.stack.currentWidget() is page, page.objectName()
        assert action.toolTip().endswith(
            f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )


def test_the_checklist_of_an_open_audit_is_described_and_named(window: MainWindow, sample) -> None:
    """The checklist page's own actions (in the Checklist menu while it is shown) and inputs."""
    page = window.open_checklist(next(iter(sample.audit_ids.values())))
    actions = [(f"Checklist ▸ {plain(a.text())}", a) for a in page.page_actions()]
    undescribed = _undescribed(actions)
    assert not undescribed, "\n".join(undescribed)
    unnamed = _unnamed_inputs(window.checklist_host)
    assert not unnamed, "\n".join(unnamed)
