"""Importing a bundle: check it, show what it holds and would change, then apply it.

Nothing reaches the store before the person has seen what will: the dialog first verifies the
bundle (structure, signature, trust, hashes: `services/bundles.verify_bundle`) and runs the
import as a dry run, both on a worker thread; only Apply imports it for good. A refused bundle
says why in words, with the reason code scripts use (`errors.BundleRefused`), and changed
nothing. Every step can be cancelled; a cancelled import keeps nothing (one transaction).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QTextBrowser, QWidget

from sqms_desktop.errors import BundleRefused, SqmsError
from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.base.feedback import show_error, show_progress
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.job_dialog import JobDialog
from sqms_desktop.gui.base.operations import Job
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.html.detail import placeholder_html
from sqms_desktop.gui.html.sync import preview_html, receipt_body, refusal_html, summary_html
from sqms_desktop.i18n import QT_TRANSLATE_NOOP
from sqms_desktop.progress import Progress
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.bundles import (
    BundleSummary,
    ImportReceipt,
    import_bundle,
    verify_bundle,
)

log = logging.getLogger(__name__)


class Step(IntEnum):
    CHECKING = 0
    READY = 1  # verified, dry run shown: Apply or Cancel
    REFUSED = 2
    APPLYING = 3
    DONE = 4


# What each refusal means, in words; the service's message says what to do about it.
REASONS = {
    "unknown-key": QT_TRANSLATE_NOOP(
        "bundle_import", "it is signed by a key this store does not trust"
    ),
    "revoked-key": QT_TRANSLATE_NOOP(
        "bundle_import", "it is signed by a key that has been revoked"
    ),
    "bad-signature": QT_TRANSLATE_NOOP(
        "bundle_import", "its signature does not match its contents"
    ),
    "hash-mismatch": QT_TRANSLATE_NOOP(
        "bundle_import", "a file in it was changed after it was signed"
    ),
    "not-listed": QT_TRANSLATE_NOOP(
        "bundle_import", "it holds a file its signature does not cover"
    ),
    "unsafe-name": QT_TRANSLATE_NOOP(
        "bundle_import", "it holds a file whose name points outside the bundle"
    ),
    "too-large": QT_TRANSLATE_NOOP("bundle_import", "it is larger than a bundle may be"),
    "wrong-recipient": QT_TRANSLATE_NOOP("bundle_import", "it was written for another store"),
    "expired": QT_TRANSLATE_NOOP("bundle_import", "it has expired"),
    "older-trust-list": QT_TRANSLATE_NOOP(
        "bundle_import", "it relies on an older trust list than this store holds"
    ),
    "malformed": QT_TRANSLATE_NOOP("bundle_import", "a change in it cannot be read"),
    "not-authorised": QT_TRANSLATE_NOOP(
        "bundle_import", "it holds changes its signer may not make"
    ),
    "not-a-bundle": QT_TRANSLATE_NOOP("bundle_import", "the file is not a bundle"),
}


@dataclass(frozen=True)
class Checked:
    """A verified bundle and its dry run (what crosses back from the worker)."""

    summary: BundleSummary
    preview: ImportReceipt


def check_job(actor: Actor, path: Path) -> Job:
    """Verify, then import as a dry run: the job behind the dialog's first step."""

    def job(progress: Progress) -> Checked:
        progress.report(
            0, 2, QCoreApplication.translate("bundle_import", "checking the signature and hashes")
        )
        summary = actor.read(verify_bundle, path)
        progress.report(
            1, 2, QCoreApplication.translate("bundle_import", "working out what would change")
        )
        preview = actor.run(import_bundle, path, dry_run=True, progress=progress)
        return Checked(summary, preview)

    return job


def import_job(actor: Actor, path: Path) -> Job:
    def job(progress: Progress) -> ImportReceipt:
        return actor.run(import_bundle, path, progress=progress)

    return job


def refusal_text(error: BundleRefused) -> str:
    why = REASONS.get(error.reason)
    head = (
        QCoreApplication.translate("bundle_import", "Refused: {why}.").format(why=_tr(why))
        if why
        else QCoreApplication.translate("bundle_import", "Refused.")
    )
    return QCoreApplication.translate(
        "bundle_import", "{head} {message} Nothing was changed. (Reason code: {code})"
    ).format(head=head, message=error, code=error.reason)


def _tr(text: str) -> str:
    return QCoreApplication.translate("bundle_import", text)


class BundleImportDialog(JobDialog):
    """Imports the bundle at `path`; `start()` begins the check.

    Signals:
        imported(summary): the bundle was imported (one line for the status bar).
        step_ready(): a step ended (checked, refused, imported, cancelled); tests wait for it.
    """

    imported = Signal(str)
    step_ready = Signal()

    def __init__(
        self,
        actor: Actor,
        path: Path,
        parent: QWidget | None = None,
        *,
        names: dict[str, str] | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = pool
        self._names = names or {}
        load_form("bundle_import_dialog", self)
        self._actor = actor
        self.path = path
        self.checked: Checked | None = None
        self.receipt: ImportReceipt | None = None
        self.refusal: BundleRefused | None = None
        self.file_label = child(self, QLabel, "file_label")
        self.file_label.setText(self.tr("Bundle: {file}").format(file=path))
        self.state_label = child(self, QLabel, "state_label")
        self.report = child(self, QTextBrowser, "report")
        self.progress_bar = child(self, QProgressBar, "progress_bar")
        self.apply_button = child(self, QPushButton, "apply_button")
        self.cancel_button = child(self, QPushButton, "cancel_button")
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.setWindowTitle(self.tr("Import bundle – {name}").format(name=path.name))
        self._go(Step.CHECKING)

    def start(self) -> None:
        """Check the bundle and show what importing it would change."""
        self._go(Step.CHECKING)
        self._start(check_job(self._actor, self.path), self._on_checked)

    def step(self) -> Step:
        return self._step

    def apply(self) -> None:
        """Import the checked bundle for good (Apply)."""
        if self._step == Step.READY:
            self._go(Step.APPLYING)
            self._start(import_job(self._actor, self.path), self._on_imported)

    def running(self) -> bool:
        return self._running is not None

    # -- steps -----------------------------------------------------------------------------

    def _go(self, step: Step) -> None:
        self._step = step
        busy = step in (Step.CHECKING, Step.APPLYING)
        self.progress_bar.setVisible(busy)
        if busy:
            self.progress_bar.setRange(0, 0)
        self.apply_button.setVisible(step == Step.READY)
        self.apply_button.setEnabled(step == Step.READY)
        self.cancel_button.setText(
            self.tr("Close") if step in (Step.REFUSED, Step.DONE) else self.tr("Cancel")
        )
        if step == Step.CHECKING:
            self._state(self.tr("Checking the bundle's signature, trust and hashes…"))
            self.report.setHtml(placeholder_html("", current_colors()))
        elif step == Step.APPLYING:
            self._state(self.tr("Importing…"))
        if step == Step.READY:
            self.apply_button.setDefault(True)
            self.apply_button.setFocus()
        else:
            self.cancel_button.setDefault(True)

    def _state(self, text: str, kind: str = "") -> None:
        if kind == "alert":
            show_error(self.state_label, text)
        else:
            self.state_label.setPalette(self.palette())
            self.state_label.setText(text)
            self.state_label.setVisible(True)

    def _start(self, job: Job, done: Callable[[Any], None]) -> None:
        self.start_job(job, done, name=f"bundle import {self.path.name}", pool=self._pool)

    # -- slots -----------------------------------------------------------------------------

    @Slot(object)
    def _on_checked(self, checked: Checked) -> None:
        self.checked = checked
        colors = current_colors()
        self.report.setHtml(
            summary_html(checked.summary, colors, self._names)
            + preview_html(checked.preview, colors)
        )
        self._go(Step.READY)
        self._state(
            self.tr(
                "The bundle checks out. Below is what importing it would change; nothing has "
                "changed yet. Apply imports it."
            )
        )
        emit(self.step_ready)

    @Slot(object)
    def _on_imported(self, receipt: ImportReceipt) -> None:
        self.receipt = receipt
        colors = current_colors()
        self.report.setHtml(
            summary_html(receipt.bundle, colors, self._names)
            + receipt_body(
                new=receipt.new_changes,
                duplicates=receipt.duplicates,
                conflicts=receipt.conflicts,
                records=receipt.records,
                renumbered=receipt.renumbered,
                colors=colors,
            )
        )
        self._go(Step.DONE)
        summary = self.tr(
            "Bundle {file} from {origin} imported: {new}, {same} already here, {conflicts}."
        ).format(
            file=self.path.name,
            origin=receipt.bundle.origin_name,
            new=self.tr("%n new change(s)", "", receipt.new_changes),
            same=receipt.duplicates,
            conflicts=self.tr("%n conflict(s)", "", receipt.conflicts),
        )
        self._state(summary)
        emit(self.imported, summary)
        emit(self.step_ready)

    @Slot(object, str)
    def _on_operation_failed(self, error: object, details: str) -> None:
        was_applying = self._step == Step.APPLYING
        if isinstance(error, BundleRefused):
            self.refusal = error
            log.info("bundle %s refused: %s (%s)", self.path, error, error.reason)
            self._go(Step.REFUSED)
            self._state(refusal_text(error), "alert")
            self.report.setHtml(refusal_html(str(error), current_colors()))
        elif isinstance(error, SqmsError):
            self._go(Step.READY if was_applying and self.checked else Step.REFUSED)
            self._state(self.tr("{error} Nothing was changed.").format(error=error), "alert")
        else:  # a bug: the crash handler reports it; the dialog stays usable
            self._go(Step.REFUSED)
            self._state(self.tr("The import failed; nothing was changed."), "alert")
            if isinstance(error, BaseException):
                sys.excepthook(type(error), error, error.__traceback__)
        emit(self.step_ready)

    @Slot()
    def _on_operation_cancelled(self) -> None:
        self._go(Step.REFUSED)
        self._state(self.tr("Cancelled; nothing was imported."), "alert")
        emit(self.step_ready)

    @Slot()
    def _on_operation_finished(self) -> None:
        self._running = None

    @Slot(int, int, str)
    def _on_operation_progressed(self, done: int, total: int, message: str) -> None:
        show_progress(self.progress_bar, done, total, message)

    @Slot()
    def _on_apply_button_clicked(self) -> None:
        self.apply()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.reject()
