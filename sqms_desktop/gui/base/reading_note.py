"""The line a view shows while its read runs off the GUI thread (gui/base/latest_read.py), or
when that read failed.

While reading, the note says what is being read beside a busy bar and the view's content is
greyed: what shows is the previous read, kept until the new one lands. Both wait a moment
first, so a read that lands at once (a small store) neither flickers nor moves the layout.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from sqms_desktop.gui.base.colors import color_style

SHOW_AFTER_MS = 150
BAR_WIDTH = 96


class ReadingNote(QWidget):
    """Over `content` (the widgets showing the read's result): `reading(text)`, then `done()`
    or `failed(text)`."""

    def __init__(self, content: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reading_note")
        self._content = list(content)
        self._reading = False
        self._focus: tuple[QWidget, QWidget | None] | None = None
        self.bar = QProgressBar(self)
        self.bar.setObjectName("reading_bar")
        self.bar.setRange(0, 0)  # busy: how long a read takes is not known beforehand
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(BAR_WIDTH)
        self.bar.setMaximumHeight(self.fontMetrics().height())
        self.label = QLabel(self)
        self.label.setObjectName("reading_label")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.hide()

    def set_content(self, content: Sequence[QWidget]) -> None:
        """The widgets greyed while reading (a page that rearranges its own)."""
        self._content = list(content)

    def is_reading(self) -> bool:
        return self._reading

    def reading(self, text: str) -> None:
        """A read of `text` ("Reading the scorecards of 2026-11…") began; shown after a
        moment unless it is done first."""
        self._reading = True
        self.label.setText(text)
        self.label.setStyleSheet("")
        self.setAccessibleName(text)
        if not self.isHidden() and not self.bar.isHidden():
            return  # already showing a read: only its text changes
        self._timer.start()

    def done(self) -> None:
        """The read landed: the content is the new one."""
        self._reading = False
        self._timer.stop()
        self._set_content_enabled(True)
        self.hide()

    def failed(self, text: str) -> None:
        """The read failed: say why, in the alert colour, over the previous content."""
        self._reading = False
        self._timer.stop()
        self._set_content_enabled(True)
        self.bar.hide()
        self.label.setText(text)
        self.label.setStyleSheet(color_style("alert"))
        self.setAccessibleName(text)
        self.show()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if not self._reading:
            return
        self.bar.show()
        self.show()
        self._set_content_enabled(False)

    def _set_content_enabled(self, enabled: bool) -> None:
        """Grey the content (or bring it back). A widget that had the keyboard focus gets it
        back, unless the user has put the focus elsewhere meanwhile."""
        window = self.window()
        if not enabled:
            focused = window.focusWidget()
            had = focused is not None and any(
                c is focused or c.isAncestorOf(focused) for c in self._content
            )
            for widget in self._content:
                widget.setEnabled(False)
            if had and focused is not None:
                self._focus = (focused, window.focusWidget())
            return
        for widget in self._content:
            widget.setEnabled(True)
        if self._focus is not None:
            focused, moved_to = self._focus
            self._focus = None
            if window.focusWidget() is moved_to and focused.isVisible():
                focused.setFocus(Qt.FocusReason.OtherFocusReason)
