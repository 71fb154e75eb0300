"""Page 1: a new store (at the usual place, or another) or the demo store to look around in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from sqms_desktop.gui.app.first_start import ids
from sqms_desktop.gui.app.first_start.location import location_problem, store_file_for
from sqms_desktop.gui.base.field_errors import FieldErrors


class WelcomePage(QWizardPage):
    """Where the new store goes, or the demo instead (then the wizard ends here)."""

    def __init__(self, proposed: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        self.setTitle(self.tr("Welcome to SQMS Desktop"))
        self.setSubTitle(
            self.tr(
                "There is no store yet: the file that keeps your suppliers, audits and findings. "
                "Four short steps set one up, ready for a first audit."
            )
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open the demo"))
        self.new_radio = QRadioButton(self.tr("&Set up a new store"), self)
        self.new_radio.setObjectName("new_radio")
        self.new_radio.setChecked(True)
        self.location_edit = QLineEdit(str(proposed), self)
        self.location_edit.setObjectName("location_edit")
        self.location_edit.setAccessibleName(self.tr("Store file"))
        self.location_edit.setToolTip(
            self.tr("The new store's file; a folder means the file sqms.sqlite in it")
        )
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.choose_button.setObjectName("choose_location_button")
        self.choose_button.setToolTip(self.tr("Choose another folder or file for the store"))
        self.demo_radio = QRadioButton(
            self.tr("Open the &demo store instead, to look around first"), self
        )
        self.demo_radio.setObjectName("demo_radio")
        demo_note = QLabel(
            self.tr(
                "Made-up suppliers, audits, findings and users, kept apart from your own store. "
                "It is built on first use, which takes a moment. Start SQMS Desktop again "
                "without --demo to set up your own store later."
            ),
            self,
        )
        demo_note.setWordWrap(True)
        self.general_label = QLabel(self)
        self.general_label.setObjectName("welcome_error_label")
        self.general_label.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.location_edit, 1)
        row.addWidget(self.choose_button)
        self.form = QFormLayout()
        place = QLabel(self.tr("Store &file:"), self)
        place.setBuddy(self.location_edit)
        self.form.addRow(place, row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.new_radio)
        layout.addLayout(self.form)
        layout.addSpacing(12)
        layout.addWidget(self.demo_radio)
        layout.addWidget(demo_note)
        layout.addStretch(1)
        layout.addWidget(self.general_label)
        self.errors = FieldErrors(self.general_label)
        self.errors.add("location", self.location_edit)

        self.new_radio.toggled.connect(self._on_new_radio_toggled)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)

    def wants_demo(self) -> bool:
        return self.demo_radio.isChecked()

    def store_path(self) -> Path | None:
        """The new store's file, as typed or chosen (None while nothing is typed)."""
        return store_file_for(self.location_edit.text())

    def nextId(self) -> int:
        return -1 if self.wants_demo() else ids.ADMINISTRATOR

    def validatePage(self) -> bool:
        self.errors.clear()
        if self.wants_demo():
            return True
        path = self.store_path()
        problem = location_problem(path)
        if problem is not None:
            self.errors.mark("location", problem)
            return False
        self.location_edit.setText(str(path))
        return True

    @Slot(bool)
    def _on_new_radio_toggled(self, checked: bool) -> None:
        self.location_edit.setEnabled(checked)
        self.choose_button.setEnabled(checked)
        self.errors.clear()
        self.setFinalPage(not checked)  # the wizard ends here for the demo: Finish, not Next

    @Slot()
    def _on_choose_button_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Where to keep the new store"),
            self.location_edit.text(),
            self.tr("SQMS store (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            self.location_edit.setText(chosen)
            self.errors.clear()
