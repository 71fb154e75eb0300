"""A refusal shown where it belongs: the offending field marked, the message right beside it.

Services refuse with a sentence (`ValidationError`), in the user's language but remembering its
English (`SqmsError.english`). When the error says which field it is about, the dialog marks that
field and writes the sentence under it: its `field` attribute, else the field after "needs a"
("changing the status needs a reason"), else the first field the English sentence names
("supplier code 'x' must be…"). Anything else goes to the dialog's own error line. The rule
itself stays in the service: this only decides where its sentence is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from sqms_desktop.errors import ValidationError
from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.base.feedback import show_error

INVALID = "invalid"  # the dynamic property a marked field carries (for tests and styles)


@dataclass
class _Field:
    key: str
    widget: QWidget
    words: tuple[str, ...]
    message: QLabel


class FieldErrors:
    """The fields of one form and where each one's message goes; `general` takes the rest."""

    def __init__(self, general: QLabel) -> None:
        self._general = general
        self._fields: list[_Field] = []
        show_error(general, "")

    def add(self, key: str, widget: QWidget, *words: str) -> QLabel:
        """Register `widget` as field `key`; `words` are how the service's messages name it
        (the words said first win, then the longest: "site name" beats "name"). The message
        label goes into the widget's form layout, on its own row right under the field."""
        message = QLabel(widget.parentWidget())
        message.setObjectName(f"{key}_error")
        message.setWordWrap(True)
        message.hide()
        form = _form_of(widget)
        if form is not None:
            # The field's row, also when it sits in a row's own layout (an edit with a button).
            row = _row_holding(form, widget)
            form.insertRow(row + 1, "", message)
            form.setRowVisible(message, False)
        self._fields.append(
            _Field(key, widget, tuple(w.casefold() for w in words or (key,)), message)
        )
        return message

    def clear(self) -> None:
        show_error(self._general, "")
        for entry in self._fields:
            self._unmark(entry)

    def show(self, error: Exception) -> str | None:
        """Show `error` at its field (returned by key) or, naming none, in the general line."""
        self.clear()
        text = str(error)
        entry = self._field_for(error, text)
        if entry is None:
            show_error(self._general, text)
            return None
        self.mark(entry.key, text)
        return entry.key

    def mark(self, key: str, text: str) -> None:
        """Mark field `key` with `text` (also for checks only the dialog can make)."""
        for entry in self._fields:
            if entry.key == key:
                self._mark(entry, text)
                entry.widget.setFocus()
                return
        raise KeyError(key)

    def message(self, key: str) -> str:
        """The message shown at field `key` ("" when it is not marked)."""
        for entry in self._fields:
            if entry.key == key:
                return entry.message.text() if entry.widget.property(INVALID) else ""
        raise KeyError(key)

    def marked(self) -> list[str]:
        return [e.key for e in self._fields if e.widget.property(INVALID)]

    def general_text(self) -> str:
        return self._general.text() if self._general.isVisibleTo(self._general.window()) else ""

    # -- internals -------------------------------------------------------------------------

    def _field_for(self, error: Exception, text: str) -> _Field | None:
        if not isinstance(error, ValidationError):
            return None  # a refused role or a record in the wrong state is about no one field
        named = getattr(error, "field", None)
        if isinstance(named, str):
            for entry in self._shown():
                if entry.key == named:
                    return entry
        # The field is found by the English of the sentence, whatever language it is shown in.
        said = getattr(error, "english", text).casefold()
        # "changing the status of S1 needs a reason": what is missing is the field.
        for marker in (" needs a ", " needs an ", " needs the "):
            at = said.find(marker)
            if at >= 0:
                missing = self._said_first(said[at + len(marker) :], at_start=True)
                if missing is not None:
                    return missing
        return self._said_first(said, at_start=False)

    def _said_first(self, said: str, *, at_start: bool) -> _Field | None:
        """The field whose words come first in `said` (at its very start, if `at_start`); of
        words at the same place, the longest ("site name" before "name")."""
        best: tuple[int, int, _Field] | None = None
        for entry in self._shown():
            for word in entry.words:
                at = _word_at(said, word)
                if at < 0 or (at_start and at > 0):
                    continue
                if best is None or (at, -len(word)) < (best[0], -best[1]):
                    best = (at, len(word), entry)
        return None if best is None else best[2]

    def _shown(self) -> list[_Field]:
        """The fields a person can see now (a step of a wizard hides the others' fields)."""
        return [e for e in self._fields if e.widget.isVisibleTo(e.widget.window())]

    def _mark(self, entry: _Field, text: str) -> None:
        alert = current_colors().alert
        entry.widget.setProperty(INVALID, True)
        entry.widget.setStyleSheet(f"border: 2px solid {alert};")
        palette = entry.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, alert)
        entry.message.setPalette(palette)
        entry.message.setText(text)
        entry.message.show()
        form = _form_of(entry.widget)
        if form is not None:
            form.setRowVisible(entry.message, True)

    @staticmethod
    def _unmark(entry: _Field) -> None:
        if entry.widget.property(INVALID):
            entry.widget.setProperty(INVALID, False)
            entry.widget.setStyleSheet("")
        entry.message.clear()
        entry.message.hide()
        form = _form_of(entry.widget)
        if form is not None:
            form.setRowVisible(entry.message, False)


def _word_at(text: str, word: str) -> int:
    """Where `word` first stands as a whole word in `text`, or -1."""
    start = 0
    while (at := text.find(word, start)) >= 0:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return at
        start = at + 1
    return -1


def _form_of(widget: QWidget) -> QFormLayout | None:
    """The form layout that holds `widget` directly or through a row's own layout."""
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        for form in [layout, *parent.findChildren(QFormLayout)]:
            if isinstance(form, QFormLayout) and _row_holding(form, widget) >= 0:
                return form
        parent = parent.parentWidget()
    return None


def _row_holding(form: QFormLayout, widget: QWidget) -> int:
    for row in range(form.rowCount()):
        for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
            item = form.itemAt(row, role)
            if item is None:
                continue
            if item.widget() is widget:
                return row
            inner = item.layout()
            if inner is not None and inner.indexOf(widget) >= 0:
                return row
    return -1
