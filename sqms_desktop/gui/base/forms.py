"""Designer forms from the top-level `ui/` folder, turned into widgets one way: `load_form`."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QDialog, QWidget

from sqms_desktop.gui.base.screen import fit_to_screen
from sqms_desktop.resources import shipped

Q = TypeVar("Q", bound=QObject)


def forms_dir() -> Path:
    return shipped("ui")


def form_names() -> list[str]:
    """Every form that ships, by name (`main_window` for `ui/main_window.ui`)."""
    return sorted(path.stem for path in forms_dir().glob("*.ui"))


class _IntoLoader(QUiLoader):
    """A loader that builds the form's top-level widget *into* an existing one.

    QUiLoader normally creates a fresh top-level widget; handing back `base` instead lets a
    Python subclass (`class AboutDialog(QDialog)`) own its form, the way `uic.loadUi` does.
    """

    def __init__(self, base: QWidget | None) -> None:
        super().__init__()
        self._base = base

    def createWidget(
        self, class_name: str, parent: QWidget | None = None, name: str = ""
    ) -> QWidget:
        if parent is None and self._base is not None:
            if not self._base.inherits(class_name):
                raise TypeError(
                    f"form top-level is a {class_name}; {type(self._base).__name__} cannot hold it"
                )
            self._base.setObjectName(name)
            return self._base
        return super().createWidget(class_name, parent, name)


def load_form(name: str, base: QWidget | None = None) -> QWidget:
    """Build `ui/<name>.ui`; with `base`, the form's top-level widget is `base` itself."""
    path = forms_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form {path} cannot be read: {file.errorString()}")
    loader = _IntoLoader(base)
    try:
        widget = loader.load(file, None)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"form {path} did not load: {loader.errorString()}")
    if isinstance(widget, QDialog):  # the form's size, unless its screen is smaller
        fit_to_screen(widget, widget.width(), widget.height())
    return widget


def child(parent: QObject, kind: type[Q], name: str) -> Q:
    """The form's child `name`, typed; a missing one is a bug in the form, so it raises."""
    found = parent.findChild(kind, name)
    if found is None:
        raise LookupError(f"{parent.objectName()} has no {kind.__name__} named {name!r}")
    return found
