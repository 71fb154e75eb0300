"""About box, crash dialog, the crash handler and Qt messages in the log."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from sqms_desktop import __version__
from sqms_desktop.errors import StoreError
from sqms_desktop.gui.app.crash import CrashHandler, qt_messages_logged
from sqms_desktop.gui.dialogs.about import AboutDialog, CrashDialog

pytestmark = pytest.mark.gui


def _raise(error: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise error
    except BaseException as exc:
        return type(exc), exc, exc.__traceback__


def test_about_box_shows_the_version(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == f"Version {__version__}"
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "SQMS Desktop" in texts
    assert "Qt " in texts
    assert "Python " in texts
    assert dialog.windowTitle() == "About SQMS Desktop"


def test_about_action_opens_the_about_box(qtbot, store, settings, monkeypatch) -> None:
    from sqms_desktop.gui.app.main_window import MainWindow

    shown: list[QDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window = MainWindow(store, settings=settings)
    qtbot.addWidget(window)
    window.action_about.trigger()
    assert len(shown) == 1
    assert shown[0].parent() is window
    assert __version__ in shown[0].version_label.text()


def test_crash_dialog_shows_traceback_and_log_path(qtbot, tmp_path: Path) -> None:
    kind, error, tb = _raise(ZeroDivisionError("division by zero"))
    details = "".join(traceback.format_exception(kind, error, tb))  # type: ignore[arg-type]
    log_file = tmp_path / "log" / "sqms.log"
    dialog = CrashDialog(details, log_file)
    qtbot.addWidget(dialog)
    shown = dialog.details_edit.toPlainText()
    assert "Traceback (most recent call last)" in shown
    assert "ZeroDivisionError: division by zero" in shown
    assert str(log_file) in dialog.log_label.text()
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert str(log_file) in copied
    assert "ZeroDivisionError" in copied


def test_crash_handler_logs_and_shows_a_bug(qtbot, tmp_path: Path, caplog) -> None:
    shown: list[QDialog] = []
    handler = CrashHandler(tmp_path / "sqms.log", show=shown.append)
    with caplog.at_level(logging.CRITICAL, logger="sqms_desktop.gui.app.crash"):
        handler(*_raise(KeyError("missing")))  # type: ignore[arg-type]
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert isinstance(dialog, CrashDialog)
    assert "KeyError: 'missing'" in dialog.details_edit.toPlainText()
    assert str(tmp_path / "sqms.log") in dialog.log_label.text()
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)


def test_crash_handler_shows_a_known_problem_as_a_message(qtbot) -> None:
    shown: list[QDialog] = []
    handler = CrashHandler(None, show=shown.append)
    handler(*_raise(StoreError("The store is locked by another program.")))  # type: ignore[arg-type]
    (box,) = shown
    qtbot.addWidget(box)
    assert isinstance(box, QMessageBox)
    assert box.text() == "The store is locked by another program."


def test_crash_handler_is_installed_as_excepthook_and_removed_again() -> None:
    handler = CrashHandler(None, show=lambda d: None)
    before = sys.excepthook
    with handler.installed():
        assert sys.excepthook is handler
    assert sys.excepthook is before


def test_qt_messages_go_to_the_log(caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="qt"), qt_messages_logged():
        qWarning("a message from Qt")
    assert ("qt", logging.WARNING, "a message from Qt") in caplog.record_tuples
