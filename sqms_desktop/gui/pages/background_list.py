"""A list page whose rows are read off the GUI thread: the Scorecards and Dashboard pages, whose
read takes a second on a large supplier base (issue 19).

`refresh()` asks for a read (gui/base/latest_read.py) and returns at once. Until the read lands
the page keeps what it shows, greyed under a note saying what is being read
(gui/base/reading_note.py); then the rows fill the table as any list page fills it, and `loaded`
is emitted. A refresh while a read runs supersedes it (its result is dropped); a failed read
says why in the note; `stop_reading()`, when the window closes, waits for the running read so
that no worker is left reading a store being closed.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import Any

from PySide6.QtCore import QEventLoop, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QToolBar, QWidget

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.base.latest_read import LatestRead, ReadJob
from sqms_desktop.gui.base.reading_note import ReadingNote
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.html.detail import placeholder_html
from sqms_desktop.gui.models.tables import RowTableModel
from sqms_desktop.gui.pages.list_page import DetailRenderer, ListPage

READ_WAIT_MS = 60_000


class BackgroundListPage(ListPage):
    """Subclasses give the job (`read_job`), what the note says (`reading_text`,
    `failure_text`) and keep the result (`take`); `rows_read` then lists it.

    Signals:
        loaded(): the newest read landed and the page shows it.
        read_failed(message): the newest read failed; the page says `message`.
    """

    loaded = Signal()
    read_failed = Signal(str)

    def __init__(
        self,
        model: RowTableModel,
        render_detail: DetailRenderer,
        *,
        name: str,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
        **options: Any,
    ) -> None:
        self.has_read = False
        self._reveal_after: str | None = None
        super().__init__(model, self.rows_read, render_detail, parent=parent, **options)
        self.reader = LatestRead(name=name, pool=pool, parent=self)
        self.reader.loaded.connect(self._on_reader_loaded)
        self.reader.failed.connect(self._on_reader_failed)
        self.note = ReadingNote([self.splitter], self)
        top = self.layout()
        if isinstance(top, QBoxLayout):
            top.insertWidget(max(top.indexOf(self.splitter), 0), self.note)

    # -- what subclasses give --------------------------------------------------------------

    @abstractmethod
    def read_job(self) -> ReadJob:
        """The read, as a job for a worker thread: it captures what it needs now (the month,
        today's date) and returns plain values."""

    def reading_text(self) -> str:
        return self.tr("Reading…")

    def failure_text(self, why: str) -> str:
        return self.tr("The list could not be read: {why}").format(why=why)

    @abstractmethod
    def take(self, result: Any) -> None:
        """Keep the result of the newest read (on the GUI thread, before the table fills)."""

    @abstractmethod
    def rows_read(self) -> list[Any]:
        """The rows to list from what `take` kept."""

    # -- public ----------------------------------------------------------------------------

    def note_beside(self, toolbar: QToolBar) -> QWidget:
        """The page's toolbar with the note in the room to its right, as one row for the
        page's layout: the note then shows and hides without moving the content."""
        row = QWidget(self)
        row.setObjectName("toolbar_row")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        top = self.layout()
        if isinstance(top, QBoxLayout):
            top.removeWidget(self.note)
        layout.addWidget(toolbar)
        layout.addWidget(self.note, 1)
        return row

    def refresh(self) -> None:
        """Read again, off the GUI thread; the page fills when the read lands (`loaded`)."""
        self.stale = False
        self.reader.request(self.read_job())
        text = self.reading_text()
        self.note.reading(text)
        if not self.has_read:  # nothing to keep yet: the pane says what is coming
            self.detail.setHtml(placeholder_html(text, current_colors()))

    def is_reading(self) -> bool:
        return self.reader.is_busy()

    def wait_for_read(self, timeout_ms: int = READ_WAIT_MS) -> bool:
        """Run the event loop until the running read has landed or failed (a screenshot of
        the page shows its content, not the note); False if it still runs after `timeout_ms`."""
        if self.is_reading():
            loop = QEventLoop()
            self.reader.busy_changed.connect(loop.quit)
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
            self.reader.busy_changed.disconnect(loop.quit)
        return not self.is_reading()

    def reveal(self, record_id: str) -> bool:
        """As a list page reveals a record; while a read runs, the record is selected when it
        lands (if it is there), so True only says that it will be looked for."""
        if self.stale:
            self.refresh()
        if self.is_reading():
            self._reveal_after = record_id
            return True
        return super().reveal(record_id)

    def stop_reading(self) -> None:
        """Stop the running read and wait for its worker (the window or its store is closing);
        the page reads again when next shown."""
        if self.reader.is_busy():
            self.reader.stop()
            self.note.done()
            self.stale = True

    def show_rows(self) -> None:
        """List `rows_read()` again now, as a list page refreshes, without reading the store
        (what the page kept changed: a chart's bar chosen)."""
        stale = self.stale  # marked by a write during the read: it must be read again
        super().refresh()
        self.stale = stale

    # -- slots -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_reading()  # a page shown on its own (the window stops its pages itself)
        super().closeEvent(event)

    @Slot(object)
    def _on_reader_loaded(self, result: object) -> None:
        self.take(result)
        self.has_read = True
        self.show_rows()
        self.note.done()
        reveal, self._reveal_after = self._reveal_after, None
        if reveal is not None:
            super().reveal(reveal)
        emit(self.loaded)

    @Slot(object, str)
    def _on_reader_failed(self, error: object, details: str) -> None:
        if isinstance(error, SqmsError):
            why = str(error)
        else:  # a bug: the operation logged its traceback
            why = self.tr("an unexpected error ({error}); the log file has the details").format(
                error=f"{type(error).__name__}: {error}"
            )
        text = " ".join((self.failure_text(why), self.tr("Refresh (F5) to try again.")))
        self.note.failed(text)
        self._reveal_after = None
        if not self.has_read:
            self.detail.setHtml(placeholder_html(text, current_colors()))
        emit(self.read_failed, text)
