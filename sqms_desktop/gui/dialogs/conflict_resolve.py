"""Resolve one sync conflict: the common base and every side in columns, side by side.

Two replicas changed the same field (or one deleted a record the other edited) without seeing
each other's change; the merge kept both and shows a deterministic winner until someone decides
(DESIGN §8). Deciding is a change of its own, written through `services/conflicts.
resolve_conflict`, so it travels to the other replicas in the next bundle. Each side's text is
shown against the base with its words marked (gui/html/word_diff.py), so the reader sees what
each person did rather than two long texts to compare by eye.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.base.dates import moment_text
from sqms_desktop.gui.base.feedback import show_error
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.html.detail import text_html
from sqms_desktop.gui.html.word_diff import is_prose, word_diff_html
from sqms_desktop.queries.sync import ConflictRow, ConflictSide
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.conflicts import resolve_conflict

log = logging.getLogger(__name__)

COLUMN_MIN_WIDTH = 220
DELETE_KIND = "delete"
EMPTY = "(empty)"  # how queries/sync shows a field with no value


def field_text(conflict: ConflictRow) -> str:
    """The conflicting field as a person reads it (`due_date` → "Due date")."""
    return conflict.field.replace("_", " ").strip().capitalize()


class ConflictResolveDialog(QDialog):
    """Shows `conflict` and writes the choice; `outcome` says what was kept once accepted."""

    def __init__(self, actor: Actor, conflict: ConflictRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("conflict_resolve_dialog", self)
        self._actor = actor
        self.conflict = conflict
        self.outcome = ""
        self.setWindowTitle(
            self.tr("Resolve conflict – {record}").format(record=conflict.record_label)
        )
        self.intro_label = child(self, QLabel, "intro_label")
        self.intro_label.setText(self._intro())
        self.value_radio = child(self, QRadioButton, "value_radio")
        self.value_edit = child(self, QPlainTextEdit, "value_edit")
        self.error_label = child(self, QLabel, "error_label")
        show_error(self.error_label, "")
        self.choices = QButtonGroup(self)
        self.take_buttons: list[QRadioButton] = []
        self.side_views: list[QTextBrowser] = []
        columns = child(self, QHBoxLayout, "columns_layout")
        columns.addWidget(self._base_column())
        for number, side in enumerate(conflict.sides, start=1):
            columns.addWidget(self._side_column(number, side))
        self.choices.addButton(self.value_radio)
        # A deleted record has no field to type a value into: keep the deletion or the edit.
        typed = conflict.kind != DELETE_KIND
        self.value_radio.setVisible(typed)
        self.value_edit.setVisible(typed)
        winner = next((side for side in conflict.sides if side.winner), None)
        if winner is not None and typed and winner.value != EMPTY:
            self.value_edit.setPlainText(winner.value)
        self.value_edit.setPlaceholderText(self.tr("The value to keep instead of every side's"))
        buttons = child(self, QDialogButtonBox, "button_box")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None, "the form's button box has an OK button"
        self.ok_button: QPushButton = ok
        self.ok_button.setText(self.tr("&Resolve"))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.value_edit.textChanged.connect(self._on_value_edit_text_changed)
        self.choices.buttonToggled.connect(self._on_choices_button_toggled)
        start = next(
            (b for b, s in zip(self.take_buttons, conflict.sides, strict=True) if s.winner),
            self.take_buttons[0] if self.take_buttons else self.value_radio,
        )
        start.setChecked(True)
        start.setFocus()

    # -- what the user does (also called by tests) -----------------------------------------

    def take(self, change_id: str) -> None:
        """Choose the side that made `change_id`."""
        for button, side in zip(self.take_buttons, self.conflict.sides, strict=True):
            if side.change_id == change_id:
                button.setChecked(True)
                return
        raise LookupError(f"no side of {self.conflict.id} made change {change_id}")

    def enter_value(self, value: str) -> None:
        self.value_radio.setChecked(True)
        self.value_edit.setPlainText(value)

    def chosen_side(self) -> ConflictSide | None:
        """The side to take, or None when a typed value is chosen."""
        for button, side in zip(self.take_buttons, self.conflict.sides, strict=True):
            if button.isChecked():
                return side
        return None

    def accept(self) -> None:
        side = self.chosen_side()
        try:
            if side is not None:
                self._actor.run(resolve_conflict, self.conflict.id, take=side.change_id)
                self.outcome = self.tr("kept the value from {replica} ({author})").format(
                    replica=side.replica, author=side.author
                )
            else:
                value = self.value_edit.toPlainText()
                self._actor.run(resolve_conflict, self.conflict.id, value=value)
                self.outcome = self.tr("set to the value entered")
        except SqmsError as exc:
            log.info("resolving conflict %s refused: %s", self.conflict.id, exc)
            show_error(self.error_label, str(exc))
            return
        super().accept()

    # -- the columns -----------------------------------------------------------------------

    def _intro(self) -> str:
        conflict = self.conflict
        if conflict.kind == DELETE_KIND:
            text = self.tr(
                "{record} was deleted on one replica while it was edited on another. Until "
                "you decide, the side marked “shown now” stands. Keep the deletion or the edit."
            )
        else:
            text = self.tr(
                "{field} of {record} was changed on {n} replicas before either saw the other's "
                "change. Until you decide, the side marked “shown now” stands. Take one side, "
                "or enter the value to keep; your decision reaches the other replicas with the "
                "next bundle."
            )
        return text.format(
            field=field_text(conflict), record=conflict.record_label, n=len(conflict.sides)
        )

    def _column(
        self, title: str, about: str, html: str, name: str
    ) -> tuple[QGroupBox, QVBoxLayout, QTextBrowser]:
        box = QGroupBox(title)
        box.setMinimumWidth(COLUMN_MIN_WIDTH)
        layout = QVBoxLayout(box)
        about_label = QLabel(about)
        about_label.setWordWrap(True)
        about_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(about_label)
        view = QTextBrowser()
        view.setObjectName(name)
        view.setAccessibleName(title)
        view.setHtml(html)
        view.setOpenLinks(False)
        layout.addWidget(view, 1)
        return box, layout, view

    def _base_column(self) -> QGroupBox:
        base = self.conflict.base
        if base is None:
            html = "<i>{}</i>".format(self.tr("No common value: both sides wrote it first."))
        elif not base:
            html = "<i>{}</i>".format(self.tr("(empty)"))
        else:
            html = text_html(base)
        box, _, self.base_view = self._column(
            self.tr("Common base"),
            self.tr("The value both sides started from"),
            html,
            "base_view",
        )
        return box

    def _side_column(self, number: int, side: ConflictSide) -> QGroupBox:
        colors = current_colors()
        about = self.tr("{author}, {moment}").format(
            author=side.author, moment=moment_text(side.at)
        )
        if side.winner:
            about += ' · <b style="color:{}">{}</b>'.format(colors.good, self.tr("shown now"))
        base = self.conflict.base
        if base is not None and is_prose(base, side.value):
            html = word_diff_html(base, side.value, colors)
        elif side.value:
            html = text_html(side.value)
        else:
            html = "<i>{}</i>".format(self.tr("(empty)"))
        box, layout, view = self._column(side.replica, about, html, f"side_view_{number}")
        button = QRadioButton(self.tr("Take this (&{n})").format(n=number))
        button.setObjectName(f"take_{number}")
        button.setAccessibleName(
            self.tr("Take the value from {replica}").format(replica=side.replica)
        )
        layout.addWidget(button)
        self.choices.addButton(button)
        self.take_buttons.append(button)
        self.side_views.append(view)
        return box

    # -- slots -----------------------------------------------------------------------------

    @Slot()
    def _on_value_edit_text_changed(self) -> None:
        if self.value_edit.hasFocus():
            self.value_radio.setChecked(True)

    @Slot(QAbstractButton, bool)
    def _on_choices_button_toggled(self, button: QAbstractButton, checked: bool) -> None:
        show_error(self.error_label, "")
