"""File ▸ Export register: every register `sqms export` writes, from the window, through the same
report code (reports/registers.py), on a worker thread with a progress bar and Cancel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from sqms_desktop.gui.base.files import with_workbook_suffix
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.dialogs.export_progress import ExportRun
from sqms_desktop.progress import Progress
from sqms_desktop.store.engine import Store
from sqms_desktop.vocab import Register


def _names() -> dict[Register, tuple[str, str, str]]:
    """Menu entry, noun and status tip of each register."""
    return {
        Register.FINDINGS: (
            QCoreApplication.translate("RegisterExports", "&Findings register…"),
            QCoreApplication.translate("RegisterExports", "findings"),
            QCoreApplication.translate(
                "RegisterExports", "Every finding of every audit, with its CAPA, to a workbook"
            ),
        ),
        Register.CAPAS: (
            QCoreApplication.translate("RegisterExports", "&CAPA register…"),
            QCoreApplication.translate("RegisterExports", "CAPAs"),
            QCoreApplication.translate(
                "RegisterExports", "Every CAPA with its stages and due dates, to a workbook"
            ),
        ),
        Register.SUPPLIERS: (
            QCoreApplication.translate("RegisterExports", "&Supplier register…"),
            QCoreApplication.translate("RegisterExports", "suppliers"),
            QCoreApplication.translate(
                "RegisterExports",
                "Every supplier with its status, risk and certificates, to a workbook",
            ),
        ),
    }


class RegisterExports(QObject):
    """The submenu and the exports it starts, one at a time.

    Signals:
        message_posted(text): a one-line result for the status bar.
        export_finished(register, written): an export ended; False when cancelled or failed.
    """

    message_posted = Signal(str)
    export_finished = Signal(str, bool)

    def __init__(
        self,
        window: QWidget,
        store: Store,
        *,
        today: Callable[[], dt.date],
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._store = store
        self._today = today
        self._pool = pool
        self._running: ExportRun | None = None
        self._folder = ""
        self.menu = QMenu(self.tr("Export &register"), window)
        self.menu.setObjectName("menu_export_register")
        self.menu.setStatusTip(
            self.tr("Write a register to an Excel workbook, as `sqms export` does")
        )
        for kind, (text, _, tip) in _names().items():
            action = self.menu.addAction(text)
            action.setStatusTip(tip)
            action.setObjectName(f"action_export_{kind.value}_register")
            action.triggered.connect(partial(self._on_action_triggered, kind))

    def is_busy(self) -> bool:
        return self._running is not None

    def export_to(self, kind: Register, path: Path) -> ExportRun | None:
        """Write the whole register `kind` to `path` (.xlsx added if missing)."""
        if self.is_busy():
            return None
        target = with_workbook_suffix(path)
        store, day = self._store, self._today()

        def job(progress: Progress) -> int:
            # openpyxl only when a register is written, not when the window starts.
            from sqms_desktop.reports.registers import export_register

            return export_register(store, kind, target, today=day, progress=progress)

        text, noun, _ = _names()[kind]
        run = ExportRun(
            self._window,
            job,
            target,
            title=text.replace("&", "").removesuffix("…"),
            noun=noun,
            pool=self._pool,
        )
        run.ended.connect(partial(self._on_run_ended, kind))
        self._running = run
        self.menu.setEnabled(False)
        emit(self.message_posted, self.tr("Writing {file}…").format(file=target))
        run.start()
        return run

    def _on_action_triggered(self, kind: Register, *_checked: object) -> None:
        suggested = (
            Path(self._folder or Path.home()) / f"{kind.value}-{self._today():%Y-%m-%d}.xlsx"
        )
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            _names()[kind][0].replace("&", "").removesuffix("…"),
            str(suggested),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if name:
            self._folder = str(Path(name).parent)
            self.export_to(kind, Path(name))

    def _on_run_ended(self, kind: Register, written: bool, message: str) -> None:
        self._running = None
        self.menu.setEnabled(True)
        emit(self.message_posted, message)
        emit(self.export_finished, kind.value, written)
