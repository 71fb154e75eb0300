"""Help ▸ Keyboard shortcuts: every action that has a key, read from the window's menus.

The sheet is built from the actions themselves when it opens, never from a list kept by
hand, so a key added, changed or removed anywhere shows here as it is."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from sqms_desktop.gui.base.forms import child, load_form

# A menu's title and the actions under it that have keys.
Section = tuple[str, Sequence[QAction]]


def menu_sections(bar: QMenuBar) -> list[Section]:
    """Each menu of the menu bar (a submenu as a section of its own) with its actions."""
    sections: list[Section] = []

    def walk(menu: QMenu, title: str) -> None:
        plain_actions = []
        for act in menu.actions():
            sub = act.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{title} ▸ {sub.title()}")
            elif not act.isSeparator():
                plain_actions.append(act)
        sections.append((title, plain_actions))

    for entry in bar.actions():
        menu = entry.menu()
        if isinstance(menu, QMenu):
            walk(menu, menu.title())
    return sections


def keys_text(action: QAction) -> str:
    """The action's keys as the platform writes them, "Ctrl+N, F2"."""
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())


def plain(text: str) -> str:
    """A menu text without its mnemonic marker or trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class ShortcutsDialog(QDialog):
    """Lists `sections`: a bold row per menu, then its actions and their keys."""

    def __init__(self, sections: Sequence[Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("shortcuts_dialog", self)
        self.tree = child(self, QTreeWidget, "tree")
        child(self, QDialogButtonBox, "button_box").rejected.connect(self.reject)
        bold = QFont(self.font())
        bold.setBold(True)
        for title, actions in sections:
            with_keys = [a for a in actions if a.shortcuts()]
            if not with_keys:
                continue
            heading = QTreeWidgetItem(self.tree, [plain(title), ""])
            heading.setFont(0, bold)
            heading.setFirstColumnSpanned(True)
            for action in with_keys:
                QTreeWidgetItem(self.tree, [f"    {plain(action.text())}", keys_text(action)])
        self.tree.resizeColumnToContents(0)

    def rows(self) -> list[tuple[str, str]]:
        """(action, keys) of every action row, in order (headings left out)."""
        found = []
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            if item is not None and item.text(1):
                found.append((item.text(0).strip(), item.text(1)))
        return found
