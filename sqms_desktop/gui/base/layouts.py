"""Remembered per user: where each splitter was dragged and how each table's columns were laid
out (widths, order, hidden, sort), in the main window's pages and in every dialog, and each
dialog's size and place.

A splitter or a table is remembered when it and its window have object names; its key in the
user's settings is the chain of named widgets from the window down to it
(`layout/main_window/sync_page/bundles_table/header`), so two tables named alike on two pages
stay apart. The main window saves and restores its own when it closes and opens
(`save_layout`, `restore_layout`); `DialogLayouts`, installed on the application, does the
same for every dialog as it is shown and hidden, so a dialog added later is remembered without
a line of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QFileDialog,
    QFontDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTableView,
    QTreeView,
    QWidget,
)

from sqms_desktop.gui.base.settings import Setting, dialog_geometry

# Qt's own dialogs keep their own state or none worth keeping.
_NOT_REMEMBERED = (
    QMessageBox,
    QFileDialog,
    QInputDialog,
    QProgressDialog,
    QColorDialog,
    QFontDialog,
)


def _path(widget: QWidget, top: QWidget) -> str | None:
    """The object names from `top` (left out) down to `widget`; None when `widget` has none."""
    if not widget.objectName():
        return None
    names = []
    current: QObject | None = widget
    while current is not None and current is not top:
        if current.objectName():
            names.append(current.objectName())
        current = current.parent()
    return "/".join(reversed(names))


def _parts(
    top: QWidget,
) -> Iterator[tuple[str, Callable[[], QByteArray], Callable[[QByteArray], object]]]:
    """Each remembered part of `top`: its key, how to save it and how to restore it."""
    for splitter in top.findChildren(QSplitter):
        path = _path(splitter, top)
        if path is not None:
            yield f"{path}/splitter", splitter.saveState, splitter.restoreState
    for view in top.findChildren(QAbstractItemView):
        header: QHeaderView | None = None
        if isinstance(view, QTableView):
            header = view.horizontalHeader()
        elif isinstance(view, QTreeView):
            header = view.header()
        path = _path(view, top)
        if header is not None and path is not None and not header.isHidden():
            yield f"{path}/header", header.saveState, header.restoreState


def _setting(top: QWidget, key: str) -> Setting[QByteArray]:
    return Setting(f"layout/{top.objectName()}/{key}", QByteArray(), QByteArray)


def save_layout(top: QWidget, settings: QSettings) -> None:
    """Remember every named splitter and table header of `top` (a window with an object name)."""
    if not top.objectName():
        return
    for key, save, _ in _parts(top):
        _setting(top, key).write(settings, QByteArray(save()))


def restore_layout(top: QWidget, settings: QSettings) -> None:
    """Put back what `save_layout` remembered; a part not remembered keeps its own layout."""
    if not top.objectName():
        return
    for key, _, restore in _parts(top):
        state = _setting(top, key).read(settings)
        if not state.isEmpty():
            restore(state)


class DialogLayouts(QObject):
    """Installed on the application: every dialog with an object name opens at the size and
    place it was left at, with its splitters and columns as they were; Qt's own message, file
    and input dialogs are left alone."""

    def __init__(self, settings: Callable[[], QSettings], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind in (QEvent.Type.Show, QEvent.Type.Hide)
            and isinstance(watched, QDialog)
            and not isinstance(watched, _NOT_REMEMBERED)
            and watched.objectName()
            and not event.spontaneous()
        ):
            settings = self._settings()
            geometry = dialog_geometry(watched.objectName())
            if kind == QEvent.Type.Show:
                saved = geometry.read(settings)
                if not saved.isEmpty():
                    watched.restoreGeometry(saved)
                restore_layout(watched, settings)
            else:
                geometry.write(settings, QByteArray(watched.saveGeometry()))
                save_layout(watched, settings)
        return False
