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
from sqms_desktop.reports.registers import export_register
from sqms_desktop.store.engine import Store
from sqms_desktop.vocab import Register


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegisterExports", text)


def _names() -> dict[Register, tuple[str, str]]:
    """Menu entry and noun of each register."""
    return {
        Register.FINDINGS: (_tr("&Findings register…"), _tr("findings")),
        Register.CAPAS: (_tr("&CAPA register…"), _tr("CAPAs")),
        Register.SUPPLIERS: (_tr("&Supplier register…"), _tr("suppliers")),
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
        self.menu = QMenu(_tr("Export &register"), window)
        self.menu.setObjectName("menu_export_register")
        self.menu.setStatusTip(_tr("Write a register to an Excel workbook, as `sqms export` does"))
        for kind, (text, _) in _names().items():
            action = self.menu.addAction(text)
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
            return export_register(store, kind, target, today=day, progress=progress)

        text, noun = _names()[kind]
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
        emit(self.message_posted, _tr("Writing {file}…").format(file=target))
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
            _tr("Excel workbooks (*.xlsx)"),
        )
        if name:
            self._folder = str(Path(name).parent)
            self.export_to(kind, Path(name))

    def _on_run_ended(self, kind: Register, written: bool, message: str) -> None:
        self._running = None
        self.menu.setEnabled(True)
        emit(self.message_posted, message)
        emit(self.export_finished, kind.value, written)
