"""Exporting a bundle: for whom, in which format, to which file, signed with which passphrase.

The export itself is `services/bundles.export_bundle`, run on a worker thread with progress and
cancel (a cancelled export leaves no file). The passphrase unlocks this store's signing key;
left empty, the service takes it from the system keyring and, when there is none, refuses with
a message saying a passphrase is needed, shown here beside the passphrase field.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sys
from pathlib import Path

from PySide6.QtCore import QDir, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from sqms_desktop.errors import SqmsError, ValidationError
from sqms_desktop.gui.base.feedback import show_error, show_progress
from sqms_desktop.gui.base.files import BUNDLE_SUFFIX, with_bundle_suffix
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.job_dialog import JobDialog
from sqms_desktop.gui.base.operations import Job
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.models.sync import entity_text
from sqms_desktop.i18n import QT_TRANSLATE_NOOP
from sqms_desktop.progress import Progress
from sqms_desktop.queries.sync import SyncStatus
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.bundles import ExportResult, export_bundle
from sqms_desktop.vocab import ReplicaRole

log = logging.getLogger(__name__)

# Translated where they are shown (context "BundleExportDialog").
FILE_FILTER = QT_TRANSLATE_NOOP("BundleExportDialog", "SQMS bundles (*.sqmsbundle)")
FORMATS = (
    ("json", QT_TRANSLATE_NOOP("BundleExportDialog", "JSON (compact, for the application)")),
    ("xlsx", QT_TRANSLATE_NOOP("BundleExportDialog", "Excel (readable sheets)")),
)


def _safe(name: str) -> str:
    return re.sub(r"[^\w.-]+", "-", name).strip("-") or "store"


def export_job(
    actor: Actor, path: Path, recipient: str | None, fmt: str, passphrase: str | None
) -> Job:
    def job(progress: Progress) -> ExportResult:
        return actor.run(
            export_bundle,
            path,
            recipient=recipient,
            fmt=fmt,
            passphrase=passphrase,
            progress=progress,
        )

    return job


class BundleExportDialog(JobDialog):
    """Exports a bundle from the store whose sync `status` is given.

    Signals:
        exported(summary): a bundle was written (one line naming the file and its counts).
        step_ready(): the export ended (written, refused, cancelled); tests wait for it.
    """

    exported = Signal(str)
    step_ready = Signal()

    def __init__(
        self,
        actor: Actor,
        status: SyncStatus,
        *,
        folder: Path | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("bundle_export_dialog", self)
        self._actor = actor
        self._status = status
        self._folder = folder or Path(QDir.homePath())
        self._today = today or dt.date.today()
        self._pool = pool
        self.written: ExportResult | None = None
        self.recipient_combo = child(self, QComboBox, "recipient_combo")
        self.format_combo = child(self, QComboBox, "format_combo")
        self.file_edit = child(self, QLineEdit, "file_edit")
        self.passphrase_edit = child(self, QLineEdit, "passphrase_edit")
        self.progress_bar = child(self, QProgressBar, "progress_bar")
        self.result_label = child(self, QLabel, "result_label")
        self.error_label = child(self, QLabel, "error_label")
        self.export_button = child(self, QPushButton, "export_button")
        self.cancel_button = child(self, QPushButton, "cancel_button")
        show_error(self.error_label, "")
        self.result_label.hide()
        self.progress_bar.hide()
        self._fill_recipients()
        for code, text in FORMATS:
            self.format_combo.addItem(self.tr(text), code)
        self._suggested = ""
        self._suggest_file()
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        child(self, QPushButton, "browse_button").clicked.connect(self._on_browse_clicked)
        self.recipient_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.format_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.recipient_combo.setFocus()
        if self.recipient_combo.count() == 0:  # a central store with no laptop enrolled yet
            self.export_button.setEnabled(False)
            show_error(
                self.error_label,
                self.tr(
                    "No replica is enrolled to receive a bundle yet. Enrol a laptop's key first: "
                    "sqms replica enrol FILE.pub --name NAME --role laptop"
                ),
            )

    # -- what the user does (also called by tests) -----------------------------------------

    def recipient(self) -> str | None:
        """A replica name, or None for the central store."""
        value = self.recipient_combo.currentData()
        return None if value is None else str(value)

    def set_recipient(self, name: str | None) -> None:
        index = self.recipient_combo.findData(name)
        if index < 0:
            raise LookupError(f"{name} is not a recipient offered here")
        self.recipient_combo.setCurrentIndex(index)

    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    def set_format(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))

    def set_file(self, path: Path) -> None:
        self.file_edit.setText(str(path))

    def path(self) -> Path | None:
        text = self.file_edit.text().strip()
        return with_bundle_suffix(Path(text)) if text else None

    def start_export(self) -> None:
        if self._running is not None:
            return
        show_error(self.error_label, "")
        path = self.path()
        if path is None:
            show_error(self.error_label, self.tr("Choose the file to write the bundle to."))
            self.file_edit.setFocus()
            return
        if not path.parent.is_dir():
            show_error(
                self.error_label,
                self.tr("The folder {folder} does not exist.").format(folder=path.parent),
            )
            self.file_edit.setFocus()
            return
        passphrase = self.passphrase_edit.text() or None
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.result_label.hide()
        self._set_busy(True)
        self.start_job(
            export_job(self._actor, path, self.recipient(), self.fmt(), passphrase),
            self._on_operation_succeeded,
            name=f"bundle export {path.name}",
            pool=self._pool,
        )

    def running(self) -> bool:
        return self._running is not None

    # -- internals -------------------------------------------------------------------------

    def _fill_recipients(self) -> None:
        status = self._status
        local = status.local
        pending = status.unacknowledged
        if local is None or local.role != ReplicaRole.CENTRAL:
            central = next((p for p in status.peers if p.role == ReplicaRole.CENTRAL), None)
            name = central.name if central is not None else ""
            text = self.tr("The central store")
            if name:
                text += f" ({name})"
                text += self._pending_text(pending.get(name))
            self.recipient_combo.addItem(text, None)
        for peer in status.peers:
            if peer.is_local or peer.revoked or peer.role == ReplicaRole.CENTRAL:
                continue
            self.recipient_combo.addItem(
                peer.name + self._pending_text(pending.get(peer.name)), peer.name
            )

    def _pending_text(self, count: int | None) -> str:
        if not count:
            return ""
        return self.tr(" – %n change(s) not acknowledged yet", "", count)

    def _suggest_file(self) -> None:
        """A file name saying from whom, for whom and when, unless the user typed one."""
        current = self.file_edit.text().strip()
        if current and current != self._suggested:
            return
        local = self._status.local.name if self._status.local else "store"
        recipient = self.recipient() or "central"
        name = f"{_safe(local)}-to-{_safe(recipient)}-{self._today:%Y-%m-%d}{BUNDLE_SUFFIX}"
        self._suggested = str(self._folder / name)
        self.file_edit.setText(self._suggested)

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.recipient_combo,
            self.format_combo,
            self.file_edit,
            self.passphrase_edit,
            self.export_button,
        ):
            widget.setEnabled(not busy)
        child(self, QPushButton, "browse_button").setEnabled(not busy)

    def _summary(self, result: ExportResult) -> str:
        kinds = ", ".join(
            f"{entity_text(kind)} {n}" for kind, n in sorted(result.counts.items()) if n
        )
        text = self.tr(
            "Bundle for {recipient} written to {file}: {changes}, {attachments}."
        ).format(
            recipient=result.recipient,
            file=result.path,
            changes=self.tr("%n change(s)", "", result.changes),
            attachments=self.tr("%n attachment(s)", "", result.attachments),
        )
        return f"{text} ({kinds})" if kinds else text

    # -- slots -----------------------------------------------------------------------------

    @Slot()
    def _on_export_button_clicked(self) -> None:
        self.start_export()

    @Slot()
    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export bundle"), self.file_edit.text(), self.tr(FILE_FILTER)
        )
        if name:
            self.file_edit.setText(str(with_bundle_suffix(Path(name))))

    @Slot(int)
    def _on_choice_changed(self, index: int) -> None:
        self._suggest_file()

    @Slot(int, int, str)
    def _on_operation_progressed(self, done: int, total: int, message: str) -> None:
        show_progress(self.progress_bar, done, total, message)

    @Slot(object)
    def _on_operation_succeeded(self, result: ExportResult) -> None:
        self.written = result
        summary = self._summary(result)
        self.progress_bar.hide()
        self.result_label.setText(summary)
        self.result_label.show()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        emit(self.exported, summary)
        emit(self.step_ready)

    @Slot(object, str)
    def _on_operation_failed(self, error: object, details: str) -> None:
        self.progress_bar.hide()
        self._set_busy(False)
        if isinstance(error, SqmsError):
            show_error(
                self.error_label, self.tr("{error} No bundle was written.").format(error=error)
            )
            if isinstance(error, ValidationError) and "passphrase" in str(error).lower():
                self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            show_error(self.error_label, self.tr("The export failed; no bundle was written."))
            if isinstance(error, BaseException):  # a bug: the crash handler reports it
                sys.excepthook(type(error), error, error.__traceback__)
        emit(self.step_ready)

    @Slot()
    def _on_operation_cancelled(self) -> None:
        self.progress_bar.hide()
        show_error(self.error_label, self.tr("Cancelled; no bundle was written."))
        emit(self.step_ready)

    @Slot()
    def _on_operation_finished(self) -> None:
        self._running = None
        self._set_busy(False)
        if self.written is not None:
            self.export_button.setEnabled(False)  # written: another export is another bundle
