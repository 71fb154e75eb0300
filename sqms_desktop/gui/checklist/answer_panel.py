"""The current question: its text, guidance, clause and star marker, the answer controls for its
type, N/A with a required justification, and the note.

The panel only shows and asks; the checklist page saves (through the services) and pushes the
undo commands. Nothing is kept here that the page has not saved.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRegularExpression, QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QDoubleValidator, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.base.labels import score_meaning
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.queries.checklist_session import SCORE_KEYS, YES_NO_KEYS
from sqms_desktop.queries.checklists import AnswerState, ChecklistItem
from sqms_desktop.vocab import YES_NO_ANSWERS, YES_NO_TYPES, QuestionType

NOTE_PAUSE_MS = 800  # a pause in typing saves the note (a finished field is never lost)
DATE_PATTERN = r"\d{4}-\d{2}-\d{2}"
NA_KEY = "a"  # N/A with a justification, on any question
FREE_TYPES = (QuestionType.NUMBER, QuestionType.TEXT, QuestionType.DATE)  # typed, then Enter


class AnswerPanel(QFrame):
    answer_chosen = Signal(str)
    na_chosen = Signal(str)
    note_finished = Signal(str)

    def __init__(self, scheme: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answer_panel")
        self.scheme = scheme
        self.item: ChecklistItem | None = None
        self._saved_note = ""
        layout = QVBoxLayout(self)
        self.header_label = QLabel()
        self.header_label.setObjectName("question_header")
        self.header_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label = QLabel()
        self.text_label.setObjectName("question_text")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setStyleSheet("font-size: 13pt;")
        self.guidance_label = QLabel()
        self.guidance_label.setObjectName("guidance")
        self.guidance_label.setWordWrap(True)
        self.guidance_label.setStyleSheet("color: palette(placeholder-text);")

        self.buttons_row = QGridLayout()  # more than four answers take two rows
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self._on_group_id_clicked)
        self._values: list[str] = []
        self._free = False
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("value_edit")
        self.value_edit.setAccessibleName(self.tr("Answer"))
        self.value_edit.editingFinished.connect(self._on_value_edit_editing_finished)

        na_row = QHBoxLayout()
        self.na_check = QCheckBox(self.tr("Not applicable"))
        self.na_check.setObjectName("na_check")
        self.na_check.toggled.connect(self._on_na_check_toggled)
        self.na_edit = QLineEdit()
        self.na_edit.setObjectName("na_edit")
        self.na_edit.setAccessibleName(self.tr("Why it does not apply"))
        self.na_edit.setPlaceholderText(self.tr("Why it does not apply (required)"))
        self.na_edit.setEnabled(False)
        self.na_edit.editingFinished.connect(self._on_na_edit_editing_finished)
        na_row.addWidget(self.na_check)
        na_row.addWidget(self.na_edit, 1)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setAccessibleName(self.tr("Notes"))
        self.note_edit.setPlaceholderText(self.tr("Notes: what you saw, whom you spoke to…"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(110)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_PAUSE_MS)
        self._note_timer.timeout.connect(self.flush_note)
        self.note_edit.textChanged.connect(self._note_timer.start)
        self.note_edit.installEventFilter(self)

        layout.addWidget(self.header_label)
        layout.addWidget(self.text_label)
        layout.addWidget(self.guidance_label)
        layout.addLayout(self.buttons_row)
        layout.addWidget(self.value_edit)
        layout.addLayout(na_row)
        layout.addWidget(QLabel(self.tr("Notes")))
        layout.addWidget(self.note_edit)

    # -- showing ----------------------------------------------------------------------------

    def show_item(
        self, item: ChecklistItem, state: AnswerState | None, *, number: int, total: int
    ) -> None:
        self.flush_note()
        self.item = item
        warning = current_colors().warning
        critical = escape(self.tr("★ critical"))
        star = f' <span style="color:{warning}">{critical}</span>' if item.star else ""
        clause = (
            " · " + escape(self.tr("clause {clause}").format(clause=item.clause))
            if item.clause
            else ""
        )
        self.header_label.setText(
            f"<b>{escape(item.qid)}</b>{star}{clause} · "
            + self.tr("question {n} of {total}").format(n=number, total=total)
        )
        self.text_label.setText(item.text)
        self.guidance_label.setText(item.guidance)
        self.guidance_label.setVisible(bool(item.guidance))
        self._build_controls(item)
        self.show_state(state)

    def show_state(self, state: AnswerState | None) -> None:
        """Show what is saved for the current question (after a change, undo or redo)."""
        value = state.value if state else None
        na = bool(state and state.not_applicable)
        with QSignalBlocker(self.group):
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(False)
            if value is not None and value in self._values:
                self.group.button(self._values.index(value)).setChecked(True)
            self.group.setExclusive(True)
        with QSignalBlocker(self.value_edit):
            self.value_edit.setText((value or "") if self._free else "")
        with QSignalBlocker(self.na_check):
            self.na_check.setChecked(na)
        with QSignalBlocker(self.na_edit):
            self.na_edit.setText(state.na_justification if state else "")
            self.na_edit.setEnabled(na)
        note = state.note if state else ""
        self._saved_note = note
        if self.note_edit.toPlainText() != note:
            with QSignalBlocker(self.note_edit):
                self.note_edit.setPlainText(note)
        self._note_timer.stop()

    def set_read_only(self, read_only: bool) -> None:
        for button in self.group.buttons():
            button.setEnabled(not read_only)
        for widget in (self.value_edit, self.na_check):
            widget.setEnabled(not read_only)
        self.na_edit.setEnabled(not read_only and self.na_check.isChecked())
        self.note_edit.setReadOnly(read_only)

    def _build_controls(self, item: ChecklistItem) -> None:
        for button in self.group.buttons():
            self.group.removeButton(button)
            self.buttons_row.removeWidget(button)
            button.hide()  # at once: the deferred delete may wait for the event loop
            button.deleteLater()
        keys: dict[str, str] = {}
        if item.type == QuestionType.SCORE:
            keys = {value: key for key, value in SCORE_KEYS.get(self.scheme, {}).items()}
            self._values = list(keys)
        elif item.type in YES_NO_TYPES:
            self._values = list(YES_NO_ANSWERS[item.type])
            # Y and N; an "na" answer has no key of its own: A is N/A with a justification.
            keys = {value: key.upper() for key, value in YES_NO_KEYS.items()}
        elif item.type == QuestionType.CHOICE:
            self._values = list(item.options)
            keys = {value: str(n + 1) for n, value in enumerate(self._values[:9])}
        else:
            self._values = []
        texts = (self.tr("Yes"), self.tr("No"), self.tr("N/A"))
        labels = dict(zip(YES_NO_ANSWERS[QuestionType.YES_NO_NA], texts, strict=True))
        columns = len(self._values) if len(self._values) <= 4 else -(-len(self._values) // 2)
        for n, value in enumerate(self._values):
            text = labels.get(value, value)
            meaning = score_meaning(self.scheme, value, item.type) if value != "na" else ""
            if meaning:  # "8 · predominantly", "No · does not conform"
                text = f"{text} · {meaning}"
            key = keys.get(value)
            button = QPushButton(f"{text}  ({key})" if key else text)
            button.setObjectName(f"answer_{value}")
            button.setCheckable(True)
            button.setMinimumHeight(40)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the page, not a button
            self.group.addButton(button, n)
            self.buttons_row.addWidget(button, n // columns, n % columns)
        free = self._free = item.type in FREE_TYPES
        self.value_edit.setVisible(free)
        if item.type == QuestionType.NUMBER:
            validator = QDoubleValidator(self.value_edit)
            if item.min_value is not None:
                validator.setBottom(item.min_value)
            if item.max_value is not None:
                validator.setTop(item.max_value)
            self.value_edit.setValidator(validator)
            self.value_edit.setPlaceholderText(self.tr("A number, then Enter"))
        elif item.type == QuestionType.DATE:
            self.value_edit.setValidator(
                QRegularExpressionValidator(QRegularExpression(DATE_PATTERN), self.value_edit)
            )
            self.value_edit.setPlaceholderText(self.tr("A date as YYYY-MM-DD, then Enter"))
        else:
            self.value_edit.setValidator(None)  # type: ignore[arg-type]
            self.value_edit.setPlaceholderText(self.tr("The answer, then Enter"))

    # -- asking -----------------------------------------------------------------------------

    def means_not_applicable(self, text: str) -> bool:
        """Whether a typed key marks this question N/A (its justification is asked for next)."""
        return self.item is not None and text.lower() == NA_KEY

    def value_for_key(self, text: str) -> str | None:
        """The answer a typed key stands for on this question, if any."""
        if self.item is None or not text:
            return None
        key = text.lower()
        if self.item.type == QuestionType.SCORE:
            return SCORE_KEYS.get(self.scheme, {}).get(key)
        if self.item.type in YES_NO_TYPES:
            return YES_NO_KEYS.get(key)
        if (
            self.item.type == QuestionType.CHOICE
            and key.isdigit()
            and 0 < int(key) <= len(self._values)
        ):
            return self._values[int(key) - 1]
        return None

    def key_refusal(self, text: str) -> str:
        """Why a typed key does nothing on this question, naming the keys that do something."""
        item = self.item
        if item is None:
            return self.tr("{key} means nothing here: no question is shown").format(key=text)
        if item.type == QuestionType.SCORE:
            values = SCORE_KEYS.get(self.scheme, {}).values()
            scale = self._or_list(list(values))
            if text.isdigit():
                return self.tr("{key} is not a score of this question: {scale}").format(
                    key=text, scale=scale
                )
            choices = self.tr("{scale}, or A for N/A").format(scale=scale)
        elif item.type in YES_NO_TYPES:
            choices = self.tr("Y for yes, N for no, or A for N/A")
        elif item.type == QuestionType.CHOICE and self._values:
            last = min(len(self._values), 9)
            choices = self.tr("1 to {last}, or A for N/A").format(last=last)
        elif item.type in FREE_TYPES:
            choices = self.tr("type it in the answer field, then Enter; or A for N/A")
        else:
            choices = self.tr("A for N/A")
        return self.tr("{key} is not an answer to this question: {choices}").format(
            key=text, choices=choices
        )

    def _or_list(self, values: list[str]) -> str:
        if len(values) < 2:
            return "".join(values)
        return self.tr("{some} or {last}").format(some=", ".join(values[:-1]), last=values[-1])

    @Slot()
    def flush_note(self) -> None:
        """Save the note now if it differs from what is saved (leaving the field, a pause)."""
        self._note_timer.stop()
        if self.item is None or self.note_edit.isReadOnly():
            return
        note = self.note_edit.toPlainText()
        if note != self._saved_note:
            self._saved_note = note
            emit(self.note_finished, note)

    def eventFilter(self, watched: object, event: object) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.note_edit and getattr(event, "type", lambda: None)() == (
            QEvent.Type.FocusOut
        ):
            self.flush_note()
        return False

    @Slot(int)
    def _on_group_id_clicked(self, index: int) -> None:
        emit(self.answer_chosen, self._values[index])

    @Slot()
    def _on_value_edit_editing_finished(self) -> None:
        text = self.value_edit.text().strip()
        if text:
            emit(self.answer_chosen, text)

    @Slot(bool)
    def _on_na_check_toggled(self, checked: bool) -> None:
        self.na_edit.setEnabled(checked)
        if checked:
            self.na_edit.setFocus()

    @Slot()
    def _on_na_edit_editing_finished(self) -> None:
        reason = self.na_edit.text().strip()
        if self.na_check.isChecked() and reason:
            emit(self.na_chosen, reason)
