"""One key for one kind of action on every page, and the toolbar style every page shares.

A page's actions answer their keys only while the page has the focus (the checklist does the
same), so "New" can be Ctrl+N on the Suppliers page and on the Audits page without the two
clashing, and the same kind of action has the same key wherever it appears. The window's own
actions (pages, Find, Refresh, Quit, the shortcuts sheet) keep window-wide keys that no page
uses.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget


class Kind(StrEnum):
    """The kinds of page action that share a key across pages."""

    NEW = "new"
    OPEN = "open"
    EDIT = "edit"
    IMPORT = "import"
    EXPORT = "export"
    REPORT = "report"


KEYS = {
    Kind.NEW: "Ctrl+N",
    Kind.OPEN: "Ctrl+O",
    Kind.EDIT: "F2",
    Kind.IMPORT: "Ctrl+I",
    Kind.EXPORT: "Ctrl+E",
    Kind.REPORT: "Ctrl+P",
}
# The property that names an action's kind, for the shortcuts sheet and the tests.
KIND_PROPERTY = "shortcut_kind"
# Every page toolbar shows its actions as text: the icon set draws the pages, not the actions.
TOOLBAR_STYLE = Qt.ToolButtonStyle.ToolButtonTextOnly


def page_key(page: QWidget, action: QAction, key: Kind | str) -> None:
    """Give `action` the key of its kind (or `key` itself), answered while `page` has focus."""
    sequence = KEYS[Kind(key)] if key in set(Kind) else key
    if key in set(Kind):
        action.setProperty(KIND_PROPERTY, str(key))
    action.setShortcut(QKeySequence(sequence))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    page.addAction(action)
    native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{action.text().replace('&', '')} ({native})")


def page_action(
    page: QWidget, name: str, text: str, key: Kind | str, tip: str, slot: Callable[[], None]
) -> QAction:
    """A page's action: named (for tests and the shortcuts list), with its key and status tip,
    triggering `slot`."""
    action = QAction(text, page)
    action.setObjectName(name)
    page_key(page, action, key)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


def style_toolbar(toolbar: QToolBar) -> None:
    """The one toolbar style: text only, not movable."""
    toolbar.setToolButtonStyle(TOOLBAR_STYLE)
    toolbar.setMovable(False)
