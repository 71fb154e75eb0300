"""File ▸ Preferences: what this user's reports print on their cover (company name, logo, paper
size) and how long the window waits idle before it locks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.gui.base import settings as opts
from sqms_desktop.gui.base.colors import color_style
from sqms_desktop.gui.dialogs.report_preview import REPORT_COMPANY, REPORT_LOGO, REPORT_PAGE_SIZE

PAGE_SIZES = ("A4", "Letter")


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.company_edit = QLineEdit(REPORT_COMPANY.read(settings))
        self.company_edit.setObjectName("company_edit")
        self.company_edit.setPlaceholderText(self.tr("Printed on every report's cover"))
        self.logo_edit = QLineEdit(REPORT_LOGO.read(settings))
        self.logo_edit.setObjectName("logo_edit")
        self.logo_edit.setPlaceholderText(self.tr("PNG or JPEG file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._on_browse_clicked)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(browse)
        self.page_combo = QComboBox()
        self.page_combo.setObjectName("page_combo")
        self.page_combo.addItems(list(PAGE_SIZES))
        page = REPORT_PAGE_SIZE.read(settings)
        self.page_combo.setCurrentIndex(PAGE_SIZES.index(page) if page in PAGE_SIZES else 0)
        self.idle_spin = QSpinBox()
        self.idle_spin.setObjectName("idle_spin")
        self.idle_spin.setRange(1, 240)
        self.idle_spin.setSuffix(self.tr(" minutes"))
        self.idle_spin.setValue(max(1, opts.IDLE_LOCK_MINUTES.read(settings)))
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(color_style("alert"))
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Company name:"), self.company_edit)
        form.addRow(self.tr("Company logo:"), logo_row)
        form.addRow(self.tr("Paper size:"), self.page_combo)
        form.addRow(self.tr("Lock the window after:"), self.idle_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        logo = self.logo_edit.text().strip()
        if logo and not Path(logo).is_file():
            self.error_label.setText(
                self.tr("No file {path}: choose the logo again.").format(path=logo)
            )
            return
        REPORT_COMPANY.write(self._settings, self.company_edit.text().strip())
        REPORT_LOGO.write(self._settings, logo)
        REPORT_PAGE_SIZE.write(self._settings, self.page_combo.currentText())
        opts.IDLE_LOCK_MINUTES.write(self._settings, self.idle_spin.value())
        self._settings.sync()
        super().accept()

    def idle_lock_ms(self) -> int:
        return self.idle_spin.value() * 60_000

    @Slot()
    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Company logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo_edit.setText(path)
