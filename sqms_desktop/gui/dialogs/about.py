"""Small dialogs built from forms: About and the crash report."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Slot, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from sqms_desktop import __version__
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.icons import icon


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("about_dialog", self)
        child(self, QLabel, "icon_label").setPixmap(icon("app").pixmap(64, 64))
        self.version_label = child(self, QLabel, "version_label")
        self.version_label.setText(self.tr("Version {version}").format(version=__version__))
        child(self, QLabel, "platform_label").setText(
            self.tr("Qt {qt} · PySide {pyside} · Python {python}").format(
                qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version()
            )
        )
        child(self, QDialogButtonBox, "button_box").rejected.connect(self.reject)


class CrashDialog(QDialog):
    """Shows an unexpected error's traceback and where the log file is, so it can be reported."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("crash_dialog", self)
        self.details_edit = child(self, QPlainTextEdit, "details_edit")
        self.details_edit.setPlainText(details)
        self.log_label = child(self, QLabel, "log_label")
        if log_path is None:
            self.log_label.setText(self.tr("No log file is being written."))
        else:
            self.log_label.setText(self.tr("Log file: {path}").format(path=log_path))
        self._log_path = log_path
        buttons = child(self, QDialogButtonBox, "button_box")
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)

    def report_text(self) -> str:
        where = str(self._log_path) if self._log_path else "(no log file)"
        return f"SQMS Desktop {__version__}\nLog file: {where}\n\n{self.details_edit.toPlainText()}"

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
