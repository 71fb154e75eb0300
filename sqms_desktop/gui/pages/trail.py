"""The Trail page: the audit trail filtered by record, user, UTC days and text; one entry's
old → new values; export of what matches; and the hash-chain check, which walks every entry from
the first and stops at the first one that is missing, out of order or no longer matches its hash
(docs/design.md, "The trail chain")."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QToolBar,
    QWidget,
)

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.colors import Colors
from sqms_desktop.gui.base.dates import NO_DATE, allow_any_day, day_of
from sqms_desktop.gui.base.files import with_workbook_suffix
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.operations import Job, Operation
from sqms_desktop.gui.base.shortcuts import Kind, page_key
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.html.detail import placeholder_html
from sqms_desktop.gui.html.trail import trail_entry_html
from sqms_desktop.gui.models.trail import TrailTableModel
from sqms_desktop.gui.pages.list_page import ListPage
from sqms_desktop.paths import refuse_store_path
from sqms_desktop.progress import Progress
from sqms_desktop.queries.trail import TrailFilter, TrailRow, check_chain, list_trail, trail_users
from sqms_desktop.queries.trail_integrity import TrailVerification
from sqms_desktop.reports.trail_register import export_trail_xlsx
from sqms_desktop.store.engine import Store

log = logging.getLogger(__name__)

SHOWN_LIMIT = 1000
FILTER_DELAY_MS = 300


def export_job(store: Store, trail_filter: TrailFilter, path: Path, title: str) -> Job:
    """Every matching entry (not only the newest shown) to `path`, on a worker thread."""

    def job(progress: Progress) -> tuple[Path, int]:
        refuse_store_path(store.url, path)
        with store.session() as session:
            rows = list_trail(session, trail_filter)
        progress.report(0, len(rows), path.name)
        export_trail_xlsx(rows, path, title=title, progress=progress.report)
        return path, len(rows)

    return job


def verify_job(store: Store) -> Job:
    def job(progress: Progress) -> TrailVerification:
        with store.session() as session:
            return check_chain(session, progress.report, location=store.describe())

    return job


class TrailPage(ListPage):
    """Trail entries, newest first, at most `SHOWN_LIMIT` of them; filters run in the store.
    The page only reads, so it is given the store rather than an actor.

    `apply_filter`, `show_record`, `export_to` and `check_chain` do the work without dialogs,
    so tests (and scripts) call them. Exports and the chain check run on a worker thread.

    Signals:
        action_started(): one of the page's actions began; the window brings the page forward.
        message_posted(text): a one-line result for the status bar.
        export_finished(written): an export ended; False when it failed.
        chain_checked(ok, message): the chain check ended with this outcome (not on cancel).
    """

    action_started = Signal()
    message_posted = Signal(str)
    export_finished = Signal(bool)
    chain_checked = Signal(bool, str)

    model: TrailTableModel

    def __init__(
        self, store: Store, *, pool: QThreadPool | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            TrailTableModel(),
            self._load_trail,
            self._render_entry,
            default_sort=(TrailTableModel.COL_SEQ, Qt.SortOrder.DescendingOrder),
            elastic_column=TrailTableModel.COL_REASON,
            # Ids mean little to people; the detail pane shows the record, and "Only this
            # record" filters by it. View ▸ Columns brings the column back.
            hidden_columns=frozenset({TrailTableModel.COL_RECORD}),
            parent=parent,
        )
        self.setObjectName("trail_page")
        self._store = store
        self._pool = pool
        self._more = False
        self._running: Operation | None = None
        self._progress_dialog: QProgressDialog | None = None
        self._folder = ""

        self.toolbar = child(self, QToolBar, "toolbar")
        self.record_edit = child(self, QLineEdit, "record_edit")
        self.user_combo = child(self, QComboBox, "user_combo")
        self.from_edit = child(self, QDateEdit, "from_edit")
        self.to_edit = child(self, QDateEdit, "to_edit")
        self.user_combo.addItem(self.tr("Everyone"), "")
        for edit in (self.from_edit, self.to_edit):
            allow_any_day(edit)
            edit.setToolTip(self.tr("A day in UTC; the first one, “any day”, does not narrow"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._on_filter_timer_timeout)
        self.record_edit.textChanged.connect(self._on_record_edit_text_changed)
        self.record_edit.returnPressed.connect(self._on_filter_edit_return_pressed)
        self.user_combo.currentIndexChanged.connect(self._on_user_combo_current_index_changed)
        self.from_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.to_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self._setup_actions()
        self.record_shown.connect(self._on_record_shown)
        self._update_actions()

    def _setup_actions(self) -> None:
        def action(name: str) -> QAction:
            return child(self, QAction, name)

        self.action_only_record = action("action_only_record")
        self.action_clear_filter = action("action_clear_trail_filter")
        self.action_export = action("action_export_trail")
        self.action_verify = action("action_verify_chain")
        page_key(self, self.action_export, Kind.EXPORT)
        self.action_only_record.triggered.connect(self._on_action_only_record_triggered)
        self.action_clear_filter.triggered.connect(self._on_action_clear_filter_triggered)
        self.action_export.triggered.connect(self._on_action_export_triggered)
        self.action_verify.triggered.connect(self._on_action_verify_triggered)

    # -- ListPage --------------------------------------------------------------------------

    def _load_form(self) -> None:
        load_form("trail_page", self)

    def empty_text(self) -> str:
        if self.current_filter() != TrailFilter():
            return self.tr("No trail entry matches the filter.")
        return self.tr(
            "The trail is empty: nothing has been recorded in this store yet. Every change made "
            "here (a supplier created, an audit planned or signed, a CAPA closed) will be listed "
            "with who made it, when and why. Start on the Suppliers page (Ctrl+1)."
        )

    def pick_text(self) -> str:
        return self.tr("Select an entry to see its old and new values, reason and hash.")

    def refresh(self) -> None:
        self._filter_timer.stop()
        super().refresh()
        self._update_actions()

    def page_actions(self) -> list[QAction]:
        """The page's actions in toolbar order, separators included, for the window's menu."""
        return self.toolbar.actions()

    # -- public ----------------------------------------------------------------------------

    def current_filter(self) -> TrailFilter:
        return TrailFilter(
            record_id=self.record_edit.text().strip(),
            user=str(self.user_combo.currentData() or ""),
            date_from=day_of(self.from_edit.date()),
            date_to=day_of(self.to_edit.date()),
            text=self.filter_edit.text().strip(),
        )

    def apply_filter(self) -> None:
        """Read the entries that match the filter bar now (typing waits a moment first)."""
        self.refresh()

    def show_record(self, record_id: str) -> None:
        """The trail of one record only."""
        self.record_edit.setText(record_id)
        self.apply_filter()

    def clear_filter(self) -> None:
        for widget in (self.record_edit, self.filter_edit, self.user_combo):
            widget.blockSignals(True)
        self.record_edit.clear()
        self.filter_edit.clear()
        self.user_combo.setCurrentIndex(0)
        for widget in (self.record_edit, self.filter_edit, self.user_combo):
            widget.blockSignals(False)
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(True)
            edit.setDate(NO_DATE)
            edit.blockSignals(False)
        self.apply_filter()

    def has_more(self) -> bool:
        """More entries match than are shown (the newest `SHOWN_LIMIT` are)."""
        return self._more

    def selected_row(self) -> TrailRow | None:
        record_id = self.selected_id()
        number = None if record_id is None else self.model.row_of_id(record_id)
        return None if number is None else self.model.row_at(number)

    def is_busy(self) -> bool:
        return self._running is not None

    def export_to(self, path: Path) -> None:
        """Write every entry that matches the filter to `path` (.xlsx added if missing)."""
        if self.is_busy():
            return
        target = with_workbook_suffix(path)
        title = self.tr("SQMS audit trail – {store}").format(store=self._store.describe())
        emit(self.message_posted, self.tr("Exporting the trail to {file}…").format(file=target))
        operation = self._start(
            export_job(self._store, self.current_filter(), target, title), "export trail"
        )
        operation.succeeded.connect(self._on_export_succeeded)
        operation.failed.connect(self._on_export_failed)

    def check_chain(self) -> None:
        """Walk the whole hash chain on a worker; `chain_checked` tells the outcome."""
        if self.is_busy():
            return
        emit(self.message_posted, self.tr("Verifying the trail's hash chain…"))
        operation = self._start(verify_job(self._store), "verify trail")
        dialog = QProgressDialog(
            self.tr("Verifying the trail's hash chain…"), self.tr("Cancel"), 0, 0, self
        )
        dialog.setWindowTitle(self.tr("Verify hash chain"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.canceled.connect(operation.cancel)
        operation.progressed.connect(self._on_verify_progressed)
        operation.succeeded.connect(self._on_verify_succeeded)
        operation.failed.connect(self._on_verify_failed)
        operation.cancelled.connect(self._on_verify_cancelled)
        self._progress_dialog = dialog

    def cancel(self) -> None:
        """Stop the running job, if any (what the progress dialog's Cancel does)."""
        if self._running is not None:
            self._running.cancel()

    # -- filter slots ----------------------------------------------------------------------

    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        # Unlike the other pages, the text narrows the whole trail in the store, not the
        # loaded rows: wait for a pause in the typing.
        self._filter_timer.start()

    @Slot(str)
    def _on_record_edit_text_changed(self, text: str) -> None:
        self._filter_timer.start()

    @Slot(QDate)
    def _on_date_edit_date_changed(self, date: QDate) -> None:
        self._filter_timer.start()

    @Slot(int)
    def _on_user_combo_current_index_changed(self, index: int) -> None:
        self.apply_filter()

    @Slot()
    def _on_filter_timer_timeout(self) -> None:
        self.apply_filter()

    # -- action slots ----------------------------------------------------------------------

    @Slot()
    def _on_action_only_record_triggered(self) -> None:
        emit(self.action_started)
        row = self.selected_row()
        if row is not None:
            self.show_record(row.record_id)
            self.select_id(row.id)

    @Slot()
    def _on_action_clear_filter_triggered(self) -> None:
        emit(self.action_started)
        self.clear_filter()

    @Slot()
    def _on_action_export_triggered(self) -> None:
        emit(self.action_started)
        suggested = Path(self._folder or Path.home()) / f"trail-{dt.date.today():%Y-%m-%d}.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export filtered trail"),
            str(suggested),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if name:
            self._folder = str(Path(name).parent)
            self.export_to(Path(name))

    @Slot()
    def _on_action_verify_triggered(self) -> None:
        emit(self.action_started)
        self.check_chain()

    # -- operation slots -------------------------------------------------------------------

    @Slot(object)
    def _on_export_succeeded(self, result: tuple[Path, int]) -> None:
        path, count = result
        emit(
            self.message_posted,
            self.tr("%Ln trail entries exported to {file}.", "", count).format(file=path),
        )
        emit(self.export_finished, True)

    @Slot(object, str)
    def _on_export_failed(self, error: object, details: str) -> None:
        emit(self.message_posted, "")
        self._show_failure(self.tr("Cannot export the trail"), error)
        emit(self.export_finished, False)

    @Slot(int, int, str)
    def _on_verify_progressed(self, done: int, total: int, message: str) -> None:
        dialog = self._progress_dialog
        if dialog is not None and total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    @Slot(object)
    def _on_verify_succeeded(self, report: TrailVerification) -> None:
        self._close_progress()
        if report.first is None:
            ok = True
            message = self.tr("Trail intact: %Ln entries verified.", "", report.chain.checked)
        else:
            ok = False
            message = self.tr(
                "The trail is broken at {where}\n\n{n} entries before it chain correctly. "
                "Keep a copy of this store and report it to the system administrator."
            ).format(where=report.first.message, n=report.chain.checked)
        log.info("hash chain check: %s", message.splitlines()[0])
        emit(self.message_posted, message.splitlines()[0])
        emit(self.chain_checked, ok, message)
        title = self.tr("Verify hash chain")
        if ok:
            QMessageBox.information(self, title, message)
        else:
            QMessageBox.critical(self, title, message)

    @Slot(object, str)
    def _on_verify_failed(self, error: object, details: str) -> None:
        self._close_progress()
        emit(self.message_posted, "")
        self._show_failure(self.tr("Cannot verify the trail"), error)

    @Slot()
    def _on_verify_cancelled(self) -> None:
        self._close_progress()
        emit(self.message_posted, self.tr("Hash chain check cancelled."))

    @Slot()
    def _on_operation_finished(self) -> None:
        if self.sender() is self._running:
            self._running = None
            self._update_actions()

    @Slot(str)
    def _on_record_shown(self, record_id: str) -> None:
        self._update_actions()

    # -- internals -------------------------------------------------------------------------

    def _load_trail(self) -> list[TrailRow]:
        """The newest matching entries, one more than shown to learn whether more exist."""
        with self._store.session() as session:
            self._fill_users(trail_users(session))
            rows = list_trail(session, self.current_filter(), limit=SHOWN_LIMIT + 1)
        self._more = len(rows) > SHOWN_LIMIT
        return rows[:SHOWN_LIMIT]

    def _fill_users(self, users: list[str]) -> None:
        chosen = str(self.user_combo.currentData() or "")
        known = [str(self.user_combo.itemData(i)) for i in range(1, self.user_combo.count())]
        wanted = sorted({*users, chosen} - {""}, key=str.casefold)
        if known == wanted:
            return
        self.user_combo.blockSignals(True)
        while self.user_combo.count() > 1:
            self.user_combo.removeItem(1)
        for user in wanted:
            self.user_combo.addItem(user, user)
        self.user_combo.setCurrentIndex(max(self.user_combo.findData(chosen), 0))
        self.user_combo.blockSignals(False)

    def _render_entry(self, record_id: str, colors: Colors) -> str:
        number = self.model.row_of_id(record_id)
        if number is None:
            return placeholder_html(self.pick_text(), colors)
        return trail_entry_html(self.model.row_at(number), colors)

    def _start(self, job: Job, name: str) -> Operation:
        operation = Operation(job, name=name)
        operation.finished.connect(self._on_operation_finished)
        operation.finished.connect(operation.deleteLater)
        self._running = operation
        self._update_actions()
        operation.start(self._pool)
        return operation

    def _close_progress(self) -> None:
        if self._progress_dialog is not None:
            self._progress_dialog.reset()
            self._progress_dialog.hide()
            self._progress_dialog.deleteLater()
            self._progress_dialog = None

    def _update_actions(self) -> None:
        idle = not self.is_busy()
        self.action_only_record.setEnabled(self.selected_row() is not None)
        self.action_export.setEnabled(idle)
        self.action_verify.setEnabled(idle)

    def _show_failure(self, title: str, error: object) -> None:
        """A known problem as a message; anything else is a bug, for the crash handler."""
        if isinstance(error, SqmsError):
            QMessageBox.warning(self, title, str(error))
        elif isinstance(error, BaseException):
            sys.excepthook(type(error), error, error.__traceback__)
        else:
            log.error("%s: %r", title, error)
