"""File ▸ Settings…: every setting on one dialog, a page per group, built from the two
declarations: the user's own settings (`gui/base/settings.PERSONAL_SETTINGS`, kept in the user's
settings file) and the store-wide ones (`queries/store_settings.STORE_SETTINGS`, kept in the
store, trailed). On each page the user's own come first, then the store's.

Only an administrator changes the store's settings; for anyone else they are shown read-only
with a note saying so. A store-wide change needs a reason (the trail keeps it). OK saves all or
nothing: a value the store refuses (weights not adding up to 100, CAPA stages out of order, a
logo that is no image …) is shown with what is wrong, and neither the store's nor the user's
settings are saved. The theme changes live while it is chosen; Cancel puts the old one back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base import settings as opts
from sqms_desktop.gui.base.colors import color_style
from sqms_desktop.gui.base.screen import fit_to_screen
from sqms_desktop.gui.base.theme import apply_theme, current_theme, theme_names
from sqms_desktop.i18n import LANGUAGES
from sqms_desktop.queries.people import list_users
from sqms_desktop.queries.store_settings import (
    Kind,
    StoreSettingValue,
    report_logo_bytes,
    store_setting_values,
)
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.store_settings import Value, set_store_settings
from sqms_desktop.vocab import UserRole

LOGO_PREVIEW = (160, 48)


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _unit(unit: str, count: int) -> str:
    """A unit after a number, in the number's form ("1 day", "7 days")."""
    translate = QCoreApplication.translate
    words = {
        "days": (translate("settings", "day"), translate("settings", "days")),
        "months": (translate("settings", "month"), translate("settings", "months")),
        "minutes": (translate("settings", "minute"), translate("settings", "minutes")),
        "%": ("%", "%"),
        "PPM": ("PPM", "PPM"),
    }
    one, other = words.get(unit, (unit, unit))
    return one if count == 1 else other


def _counted(editor: QSpinBox, unit: str) -> None:
    """Show `unit` after the spin box's number, and keep its form right as the number changes."""
    if not unit:
        return

    def show(count: int) -> None:
        editor.setSuffix(" " + _unit(unit, count))

    show(editor.value())
    editor.valueChanged.connect(show)


class LogoField(QWidget):
    """The store's logo: a preview, its file name, Choose… and Remove. `value()` is what to
    set: None (unchanged), a chosen file, or "" (no logo)."""

    def __init__(self, name: str, data: bytes | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen: Path | str | None = None
        self.preview = QLabel()
        self.preview.setObjectName("logo_preview")
        self.preview.setFixedSize(*LOGO_PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("logo_edit")
        self.name_edit.setReadOnly(True)
        self.name_edit.setPlaceholderText(self.tr("No logo: reports print the name only"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setObjectName("logo_choose_button")
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("logo_remove_button")
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.preview)
        self._show(data)

    def _show(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data:
            pixmap.loadFromData(data)
        self.preview.setVisible(not pixmap.isNull())
        if pixmap.isNull():
            self.preview.clear()
            return
        self.preview.setPixmap(
            pixmap.scaled(
                *LOGO_PREVIEW,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def choose(self, path: Path) -> None:
        """Take this file as the new logo (checked by the store when the dialog saves)."""
        self._chosen = path
        self.name_edit.setText(str(path))
        try:
            self._show(path.read_bytes() if path.is_file() else None)
        except OSError:
            self._show(None)

    def value(self) -> Path | str | None:
        return self._chosen

    def setReadOnly(self, read_only: bool) -> None:
        self.choose_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    @Slot()
    def _on_choose_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Company logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.choose(Path(path))

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        self._chosen = ""
        self.name_edit.clear()
        self._show(None)


class SettingsDialog(QDialog):
    """The settings of this user and, for an administrator, of the store.

    After `exec()` returns Accepted, `changed_store` lists the store-wide keys that changed and
    `idle_lock_ms()` the idle time before the lock."""

    def __init__(self, settings: QSettings, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._actor = actor
        self._theme_before = current_theme()
        self.changed_store: list[str] = []
        self.is_admin = any(
            u.username == actor.user and u.role == UserRole.ADMIN and u.active
            for u in actor.read(list_users)
        )
        self._store_values = {v.spec.key: v for v in actor.read(store_setting_values)}
        # personal and store-wide editors by key
        self.personal: dict[str, QComboBox | QSpinBox] = {}
        self.store: dict[str, QLineEdit | QSpinBox | LogoField] = {}

        self.pages_list = QListWidget()
        self.pages_list.setObjectName("settings_pages")
        self.pages_list.setMaximumWidth(180)
        self.pages_list.setSpacing(3)
        self.pages = QStackedWidget()
        self.pages.setObjectName("settings_stack")
        self.pages_list.currentRowChanged.connect(self.pages.setCurrentIndex)
        for group in opts.GROUPS:
            self._add_page(group)
        self.pages_list.setCurrentRow(0)

        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setPlaceholderText(
            self.tr("Why the store's settings change (kept in the trail)")
        )
        self.reason_row = QWidget()
        reason_layout = QFormLayout(self.reason_row)
        reason_layout.setContentsMargins(0, 0, 0, 0)
        reason_layout.addRow(self.tr("Reason for the change:"), self.reason_edit)
        self.reason_row.setVisible(self.is_admin)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(color_style("alert"))
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.pages_list)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.reason_row)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 560)  # then as the user left it (gui/base/layouts.py)

    # -- building --------------------------------------------------------------------------

    def _add_page(self, group: str) -> None:
        page = QWidget()
        page.setObjectName(f"settings_page_{group}")
        column = QVBoxLayout(page)
        personal = [s for s in opts.PERSONAL_SETTINGS if s.group == group]
        shared = [v for v in self._store_values.values() if v.spec.group.value == group]
        if personal:
            box = QGroupBox(self.tr("For you, on this computer"))
            form = QFormLayout(box)
            for setting in personal:
                form.addRow(_tr("settings", setting.label) + ":", self._personal_editor(setting))
            column.addWidget(box)
        if shared:
            about = self._about(group)
            if about:
                intro = QLabel(about)
                intro.setWordWrap(True)
                intro.setStyleSheet(color_style("muted"))
                column.addWidget(intro)
            box = QGroupBox(self.tr("For everyone using this store"))
            box.setObjectName(f"store_box_{group}")
            form = QFormLayout(box)
            if not self.is_admin:
                note = QLabel(
                    self.tr(
                        "Only an administrator changes the store's settings; they are shown "
                        "here as they are."
                    )
                )
                note.setObjectName("read_only_note")
                note.setWordWrap(True)
                note.setStyleSheet(color_style("muted"))
                form.addRow(note)
            for value in shared:
                form.addRow(value.spec.shown_label() + ":", self._store_editor(value))
            column.addWidget(box)
        if group == "appearance":
            hint = QLabel(self.tr("A new language is used from the next start of SQMS Desktop."))
            hint.setWordWrap(True)
            hint.setStyleSheet(color_style("muted"))
            column.addWidget(hint)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        self.pages.addWidget(scroll)
        self.pages_list.addItem(_tr("settings", opts.GROUP_LABELS[group]))

    def _about(self, group: str) -> str:
        """What a page's store-wide settings are for, where the labels do not say it all."""
        return {
            "capa": self.tr(
                "Days from a CAPA's issue to each stage's deadline, for suppliers without "
                "deadlines agreed with them; stages are due in order."
            ),
            "scorecards": self.tr(
                "The four weights add up to 100 %; band A starts above band B, and the PPM "
                "target lies below the ceiling."
            ),
            "programme": self.tr(
                "How often each supplier is audited by its risk class, and how soon an audit "
                "graded C or B is followed up."
            ),
            "backups": self.tr(
                "Backups are made when the window closes and once a day; the newest is always kept."
            ),
        }.get(group, "")

    def _choice_names(self, setting: opts.Setting[Any]) -> dict[str, str]:
        if setting is opts.LANGUAGE:
            return {"system": self.tr("As the system"), **LANGUAGES}
        if setting is opts.THEME:
            return theme_names()
        return {str(c): str(c) for c in setting.choices}

    def _personal_editor(self, setting: opts.Setting[Any]) -> QComboBox | QSpinBox:
        editor: QComboBox | QSpinBox
        current = setting.read(self._settings)
        if setting.choices:
            editor = QComboBox()
            for value, name in self._choice_names(setting).items():
                editor.addItem(name, value)
            editor.setCurrentIndex(max(0, editor.findData(current)))
            if setting is opts.THEME:
                editor.currentIndexChanged.connect(self._on_theme_combo_current_index_changed)
        else:
            editor = QSpinBox()
            editor.setRange(setting.minimum or 0, setting.maximum or 1_000_000)
            editor.setValue(int(current))
            _counted(editor, setting.unit)
        editor.setObjectName(setting.key.replace("/", "_"))
        self.personal[setting.key] = editor
        return editor

    def _store_editor(self, value: StoreSettingValue) -> QWidget:
        spec = value.spec
        editor: QLineEdit | QSpinBox | LogoField
        if spec.kind is Kind.NUMBER:
            editor = QSpinBox()
            editor.setRange(spec.minimum, spec.maximum)
            editor.setValue(int(value.value))
            _counted(editor, spec.unit)
            editor.setReadOnly(not self.is_admin)
            if not self.is_admin:
                editor.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        elif spec.kind is Kind.TEXT:
            editor = QLineEdit(str(value.value))
            editor.setReadOnly(not self.is_admin)
            editor.setPlaceholderText(self.tr("Printed on every report of this store"))
            old = opts.OLD_REPORT_COMPANY.read(self._settings)
            if self.is_admin and not value.value and old:
                # what this user's reports printed when it was a setting of their own
                editor.setPlaceholderText(
                    self.tr("Your reports printed {name} before").format(name=old)
                )
        else:
            logo = self._actor.read(report_logo_bytes) if value.value else None
            editor = LogoField(str(value.value), logo)
            editor.setReadOnly(not self.is_admin)
        editor.setObjectName(spec.key)
        self.store[spec.key] = editor
        return editor

    # -- what the user chose ---------------------------------------------------------------

    def store_changes(self) -> dict[str, Value]:
        """The store-wide settings whose editor differs from the store."""
        changes: dict[str, Value] = {}
        for key, editor in self.store.items():
            stored = self._store_values[key].value
            if isinstance(editor, QSpinBox):
                if editor.value() != stored:
                    changes[key] = editor.value()
            elif isinstance(editor, QLineEdit):
                if editor.text().strip() != stored:
                    changes[key] = editor.text()
            else:
                chosen = editor.value()
                if chosen is not None:
                    changes[key] = chosen
        return changes

    def _personal_value(self, setting: opts.Setting[Any]) -> object:
        editor = self.personal[setting.key]
        return editor.currentData() if isinstance(editor, QComboBox) else editor.value()

    def idle_lock_ms(self) -> int:
        editor = self.personal[opts.IDLE_LOCK_MINUTES.key]
        minutes = editor.value() if isinstance(editor, QSpinBox) else opts.IDLE_LOCK_MINUTES.default
        return minutes * 60_000

    def refuse(self, message: str) -> None:
        """Say what is wrong; the dialog stays open and nothing is saved."""
        self.error_label.setText(message)

    def accept(self) -> None:
        for setting in opts.PERSONAL_SETTINGS:
            value = self._personal_value(setting)
            if not setting.accepts(value):
                self.refuse(
                    self.tr("{label}: {value} is not allowed.").format(
                        label=_tr("settings", setting.label), value=value
                    )
                )
                return
        changes = self.store_changes() if self.is_admin else {}
        if changes:
            reason = self.reason_edit.text().strip()
            if not reason:
                self.refuse(
                    self.tr("Say why the store's settings change: the reason is kept in the trail.")
                )
                self.reason_edit.setFocus()
                return
            try:
                self.changed_store = self._actor.run(set_store_settings, changes, reason=reason)
            except SqmsError as exc:
                self.refuse(self.tr("Not saved: {problem}").format(problem=str(exc)))
                return
        for setting in opts.PERSONAL_SETTINGS:
            setting.write(self._settings, self._personal_value(setting))
        self._settings.sync()
        super().accept()

    def reject(self) -> None:
        apply_theme(self._theme_before)
        super().reject()

    @Slot(int)
    def _on_theme_combo_current_index_changed(self, index: int) -> None:
        editor = self.personal[opts.THEME.key]
        if isinstance(editor, QComboBox):
            apply_theme(str(editor.itemData(index)))
