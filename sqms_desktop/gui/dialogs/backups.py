"""File ▸ Backups: the store file's backups, made, verified and restored off the GUI thread.

Each row is one backup (store/backups.py): when and why it was made, its size, the newest
trail entry it holds and whether it verified (SQLite's integrity check and every attachment it
names, with its hash). Restoring asks first, saying what would be lost; the store it replaces
is kept as a backup. The window closes its connections before a restore (`before_restore`)
and reads everything again after it (`restored`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.gui.base.dates import moment_text
from sqms_desktop.gui.base.feedback import show_error
from sqms_desktop.gui.base.job_dialog import JobDialog
from sqms_desktop.gui.base.operations import Operation
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.i18n import QT_TRANSLATE_NOOP
from sqms_desktop.progress import Progress
from sqms_desktop.store import backups
from sqms_desktop.store.backups import Backup

COL_MADE, COL_WHY, COL_SIZE, COL_TRAIL, COL_VERIFIED = range(5)

# Why a backup was made (its label, store/backups.py), in words; a label not listed here (an
# upgrade's "rev0011") is shown as it is.
WHY = {
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "manual"),
    "exit": QT_TRANSLATE_NOOP("BackupsDialog", "exit"),
    "daily": QT_TRANSLATE_NOOP("BackupsDialog", "daily"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "before-restore"),
    "copy": QT_TRANSLATE_NOOP("BackupsDialog", "copy"),
    "damaged": QT_TRANSLATE_NOOP("BackupsDialog", "damaged"),
}


def why_text(label: str) -> str:
    """Why a backup was made, as the table says it."""
    known = WHY.get(label)
    return QCoreApplication.translate("BackupsDialog", known) if known else label


class BackupsDialog(JobDialog):
    """The backups of the store file `db`.

    Signals: restored(kept) after a restore, with the path of the replaced store's copy.
    """

    restored = Signal(str)

    def __init__(
        self,
        db: Path,
        *,
        before_restore: Callable[[], None],
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
        keep_days: int = backups.KEEP_DAYS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self.setWindowTitle(self.tr("Backups"))
        self._db = db
        self._before_restore = before_restore
        self._pool = pool
        self._backups: list[Backup] = []
        intro = QLabel(
            self.tr(
                "Backups of {store} in {folder}: made when the window closes, once a day and "
                "before an upgrade; kept {days} days. Attachments are checked, not copied."
            ).format(store=db.name, folder=backups.backup_folder(db), days=keep_days)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("backups_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Made"),
                self.tr("Why"),
                self.tr("Size"),
                self.tr("Trail entries"),
                self.tr("Verified"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_VERIFIED, QHeaderView.ResizeMode.Stretch)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        show_error(self.error_label, "")
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)  # busy: a backup reports no steps
        self.progress_bar.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.create_button = self._button(buttons, self.tr("&Create now"), self._on_create_clicked)
        self.verify_button = self._button(buttons, self.tr("&Verify"), self._on_verify_clicked)
        self.restore_button = self._button(buttons, self.tr("&Restore…"), self._on_restore_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.status_label, self.error_label, self.progress_bar):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(760, 420)
        self.reload()

    def _button(self, box: QDialogButtonBox, text: str, slot: Callable[[], None]) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- public ----------------------------------------------------------------------------

    def reload(self) -> None:
        self._backups = backups.list_backups(self._db)
        self.table.setRowCount(len(self._backups))
        for row, backup in enumerate(self._backups):
            megabytes = QLocale().toString(backup.size_bytes / 1_000_000, "f", 1)
            cells = (
                moment_text(backup.made_at.astimezone(), seconds=True),
                why_text(backup.label),
                self.tr("{size} MB").format(size=megabytes),
                str(backup.trail_seq),
                self._verified_text(backup),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path) if column == COL_MADE else text)
                self.table.setItem(row, column, item)
        if self._backups and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> Backup | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self._backups[min(rows)] if rows else None

    # -- slots -----------------------------------------------------------------------------

    @Slot()
    def _on_create_clicked(self) -> None:
        db = self._db

        def job(progress: Progress) -> Backup:
            return backups.create_backup(db)

        self._start(job, self.tr("Backing up…"), self._on_created)

    @Slot()
    def _on_verify_clicked(self) -> None:
        chosen, db = self.selected(), self._db
        if chosen is None:
            return

        def job(progress: Progress) -> Backup:
            return backups.verify_backup(db, chosen)

        self._start(job, self.tr("Verifying {name}…").format(name=chosen.name), self._on_verified)

    @Slot()
    def _on_restore_clicked(self) -> None:
        chosen, db = self.selected(), self._db
        if chosen is None:
            return
        question = self.tr(
            "Restore the store from the backup of {when}?\n\n{lost}\n\nThe store as it is now "
            "is kept as a backup first."
        ).format(
            when=moment_text(chosen.made_at.astimezone()),
            lost=backups.what_would_be_lost(db, chosen),
        )
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._before_restore()

        def job(progress: Progress) -> Path:
            return backups.restore_backup(db, chosen)

        self._start(job, self.tr("Restoring {name}…").format(name=chosen.name), self._on_restored)

    # -- internals -------------------------------------------------------------------------

    def _start(
        self, job: Callable[[Progress], Any], message: str, done: Callable[[Any], None]
    ) -> None:
        operation = Operation(job, name="backup", parent=self)
        operation.succeeded.connect(done)
        operation.failed.connect(self._on_failed)
        operation.finished.connect(self._on_finished)
        self._running = operation
        show_error(self.error_label, "")
        self.status_label.setText(message)
        self.progress_bar.show()
        self._update_buttons()
        operation.start(self._pool)

    def _on_created(self, made: Backup) -> None:
        self.status_label.setText(self.tr("Backup made: {path}").format(path=made.path))

    def _on_verified(self, checked: Backup) -> None:
        if checked.verified:
            text = self.tr(
                "{name} verified: the file and its %n attachment(s) are whole.",
                "",
                len(checked.attachments),
            )
            self.status_label.setText(text.format(name=checked.name))
        else:
            self.status_label.setText("")
            show_error(self.error_label, "; ".join(checked.problems))

    def _on_restored(self, kept: Path) -> None:
        self.status_label.setText(
            self.tr("Restored. The replaced store is kept as {path}.").format(path=kept)
        )
        emit(self.restored, str(kept))

    @Slot(object, str)
    def _on_failed(self, error: object, details: str) -> None:
        self.status_label.setText("")
        show_error(self.error_label, str(error))

    @Slot()
    def _on_finished(self) -> None:
        self._running = None
        self.progress_bar.hide()
        self.reload()

    def _update_buttons(self) -> None:
        idle, chosen = self._running is None, self.selected() is not None
        self.create_button.setEnabled(idle)
        self.verify_button.setEnabled(idle and chosen)
        self.restore_button.setEnabled(idle and chosen)

    def _verified_text(self, backup: Backup) -> str:
        if backup.verified is None:
            return self.tr("not verified")
        when = moment_text(backup.verified_at.astimezone()) if backup.verified_at else ""
        if backup.verified:
            return self.tr("verified {when}").format(when=when)
        return self.tr("FAILED {when}: {problem}").format(when=when, problem=backup.problems[0])
