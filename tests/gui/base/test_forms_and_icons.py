"""Every shipped form loads into a widget; every shipped icon loads and is used."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from sqms_desktop.gui.base import forms
from sqms_desktop.gui.base.icons import icon, icon_path
from sqms_desktop.resources import shipped

pytestmark = pytest.mark.gui

GUI_SOURCES = Path(forms.__file__).parent.parent


def test_the_forms_folder_is_the_shipped_ui_folder() -> None:
    assert forms.forms_dir() == shipped("ui")
    assert {"main_window", "list_page", "about_dialog", "crash_dialog"} <= set(forms.form_names())


@pytest.mark.parametrize("name", forms.form_names())
def test_every_form_loads(qtbot, name: str) -> None:
    widget = forms.load_form(name)
    qtbot.addWidget(widget)
    assert isinstance(widget, QWidget)
    assert widget.objectName()


@pytest.mark.parametrize("name", forms.form_names())
def test_every_form_is_used_by_the_gui(name: str) -> None:
    used = "\n".join(p.read_text(encoding="utf-8") for p in GUI_SOURCES.rglob("*.py"))
    assert f'load_form("{name}"' in used


def test_a_form_loads_into_an_existing_widget(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    assert forms.load_form("about_dialog", dialog) is dialog
    assert dialog.windowTitle() == "About SQMS Desktop"


def test_a_form_refuses_a_base_of_the_wrong_class(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    with pytest.raises(TypeError, match="QMainWindow"):
        forms.load_form("main_window", dialog)


def test_child_names_the_missing_widget(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    forms.load_form("main_window", window)
    with pytest.raises(LookupError, match="no_such"):
        forms.child(window, QWidget, "no_such")


def _icon_names() -> list[str]:
    return sorted(p.stem for p in (shipped("resources") / "icons").glob("*.svg"))


@pytest.mark.parametrize("name", _icon_names())
def test_every_icon_renders(qtbot, name: str) -> None:
    loaded = icon(name)
    assert not loaded.isNull()
    image = loaded.pixmap(32, 32).toImage()
    painted = sum(image.pixelColor(x, y).alpha() > 0 for x in range(32) for y in range(32))
    assert painted > 32  # not blank


@pytest.mark.parametrize("name", _icon_names())
def test_every_icon_is_used(name: str) -> None:
    used = "\n".join(p.read_text(encoding="utf-8") for p in GUI_SOURCES.rglob("*.py"))
    assert f'"{name}"' in used, f"{icon_path(name)} is unused"
