"""What the main window offers about its store itself: File ▸ Backups, File ▸ Back up the trail
key, and the clock warning.

Kept beside the window (as register_exports.py is) so the window stays a frame of pages.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.app.store_start import keep_days
from sqms_desktop.gui.base.colors import color_style
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.dialogs.backups import BackupsDialog
from sqms_desktop.i18n import translate
from sqms_desktop.paths import refuse_store_path, write_atomically
from sqms_desktop.queries.store import trail_key_backup
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.backups import PG_REFUSAL
from sqms_desktop.store.clock import clock_warning, newest_entry_time


class StoreActions(QObject):
    """File ▸ Backups… (`action_backups`) and the status bar's clock warning (`clock_label`).

    Signals:
        restoring(): a backup is about to replace the store file; no read may run on it.
        restored(kept): the store file was replaced by a backup; every page must read again.
        message_posted(text): a line for the status bar.
    """

    restoring = Signal()
    restored = Signal(str)
    message_posted = Signal(str)

    def __init__(self, window: QWidget, actor: Actor) -> None:
        super().__init__(window)
        self._window = window
        self._actor = actor
        self.action_backups = QAction(self.tr("&Backups…"), window)
        self.action_backups.setObjectName("action_backups")
        self.action_backups.setStatusTip(
            self.tr("The store's backups: make one now, or restore one (the store is replaced)")
        )
        self.action_backups.triggered.connect(self._on_action_backups_triggered)
        self.action_key_backup = QAction(self.tr("Back up the &trail key…"), window)
        self.action_key_backup.setObjectName("action_key_backup")
        self.action_key_backup.setStatusTip(
            self.tr(
                "Save the key that seals this store's audit trail; without it the trail cannot "
                "be checked on another computer"
            )
        )
        self.action_key_backup.triggered.connect(self._on_action_key_backup_triggered)
        # The clock policy's warning (store/clock.py): a clock behind the store's newest entry.
        self.clock_label = QLabel()
        self.clock_label.setObjectName("clock_label")
        self.clock_label.setStyleSheet(color_style("alert", bold=True))
        self.clock_label.hide()

    def check_clock(self, now: dt.datetime) -> str | None:
        """Show the warning when this computer's clock is behind the newest entry (or years
        ahead of it); returns the warning, if any."""
        warning = clock_warning(self._actor.read(newest_entry_time), now)
        self.clock_label.setText(self.tr("Check the clock") if warning else "")
        self.clock_label.setToolTip(warning or "")
        self.clock_label.setVisible(warning is not None)
        if warning:
            emit(self.message_posted, warning)
        return warning

    @Slot()
    def _on_action_backups_triggered(self) -> None:
        store = self._actor.store
        db = store.sqlite_path
        if db is None:
            QMessageBox.information(
                self._window, self.tr("Backups"), translate("backups", PG_REFUSAL)
            )
            return
        dialog = BackupsDialog(
            db,
            before_restore=self.before_restore,
            parent=self._window,
            keep_days=keep_days(store),
        )
        dialog.restored.connect(self._on_dialog_restored)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def before_restore(self) -> None:
        """The pages stop their background reads (`restoring`), then every connection to the
        file goes: the restore replaces it and removes its journal."""
        emit(self.restoring)
        self._actor.store.engine.dispose()

    @Slot()
    def _on_action_key_backup_triggered(self) -> None:
        """The same backup as `sqms store key export`, to a file the user chooses."""
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Back up the trail key"),
            "sqms-trail-key.json",
            self.tr("Trail key backup (*.json)"),
        )
        if not name:
            return
        store = self._actor.store
        try:
            refuse_store_path(store.url, Path(name))
            text, key_ids = self._actor.read(trail_key_backup, store.describe())
            path = write_atomically(Path(name), text.encode("utf-8"), private=True)
        except SqmsError as exc:
            QMessageBox.warning(self._window, self.tr("Cannot back up the trail key"), str(exc))
            return
        emit(
            self.message_posted,
            self.tr(
                "%n trail key(s) saved to {path}. Keep the file private and apart from the "
                "store's backups.",
                "",
                len(key_ids),
            ).format(path=path),
        )

    @Slot(str)
    def _on_dialog_restored(self, kept: str) -> None:
        self._actor.store.engine.dispose()  # connections to the replaced file go
        emit(self.restored, kept)
        emit(
            self.message_posted,
            self.tr("Store restored; the replaced store is kept as {path}.").format(path=kept),
        )
