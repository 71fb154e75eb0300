"""Report preview: generate an audit's PDF in the background, show it, save, print or open it.

The PDF is written into a private temporary folder (atomically, so a cancelled run leaves
nothing); "Save as" copies those exact bytes, so what was previewed is what is filed.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, QSettings, QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop import i18n
from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.operations import Operation
from sqms_desktop.gui.base.screen import fit_to_screen
from sqms_desktop.gui.base.settings import REPORT_PAGE_SIZE, user_settings
from sqms_desktop.paths import refuse_store_path, write_atomically
from sqms_desktop.progress import Progress
from sqms_desktop.reports.settings import ReportSettings
from sqms_desktop.store.engine import Store

log = logging.getLogger(__name__)

PRINT_DPI = 300


def report_settings(settings: QSettings) -> ReportSettings:
    """The user's paper size, printed in the window's language; the company name and logo are
    the store's, filled in by the report itself (reports/settings.with_store)."""
    return ReportSettings(page_size=REPORT_PAGE_SIZE.read(settings), language=i18n.language())


class ReportPreview(QDialog):
    """Signals:
    report_ready(path): a PDF was generated and is shown.
    generation_failed(message): generating failed; the message says why.
    """

    report_ready = Signal(str)
    generation_failed = Signal(str)

    def __init__(
        self, store: Store, audit_id: str, settings: ReportSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit report"))
        fit_to_screen(self, 900, 1000)  # an A4 page at its width; shorter on a laptop
        self._store = store
        self._audit_id = audit_id
        self._settings = settings
        self._folder = Path(tempfile.mkdtemp(prefix="sqms-report-"))
        self._path: Path | None = None
        self._operation: Operation | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.appendix_box = QCheckBox(self.tr("Append &all answers"))
        self.status_label = QLabel()
        self.progress_bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        # Close is Qt's standard button (Qt translates it); the others act on the report.
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.save_button = buttons.addButton(self.tr("&Save as…"), role)
        self.print_button = buttons.addButton(self.tr("&Print…"), role)
        self.open_button = buttons.addButton(self.tr("&Open in PDF viewer"), role)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        bar = QHBoxLayout()
        for widget in (self.appendix_box, self.status_label, self.progress_bar, self.cancel_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.appendix_box.toggled.connect(self._on_appendix_box_toggled)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_button_clicked)
        QShortcut(QKeySequence.StandardKey.Print, self, self._on_print_button_clicked)
        self.generate()

    @property
    def pdf_path(self) -> Path | None:
        return self._path

    def generate(self) -> None:
        """(Re)generate the report in the background; the old one stays shown until then."""
        if self._operation is not None:
            self._operation.cancel()
        target = (
            self._folder / f"report-{'appendix' if self.appendix_box.isChecked() else 'main'}.pdf"
        )
        store, audit_id, settings = self._store, self._audit_id, self._settings
        appendix = self.appendix_box.isChecked()

        def job(progress: Progress) -> str:
            # ReportLab is loaded on the first report, on the worker thread, not at start-up.
            from sqms_desktop.reports.audit_report import write_audit_report

            return str(
                write_audit_report(
                    store, audit_id, target, settings, appendix=appendix, progress=progress
                )
            )

        operation = Operation(job, name="audit report", parent=self)
        operation.progressed.connect(self._on_operation_progressed)
        operation.succeeded.connect(self._on_operation_succeeded)
        operation.failed.connect(self._on_operation_failed)
        operation.cancelled.connect(self._on_operation_cancelled)
        self._operation = operation
        self._busy(True, self.tr("Generating the report…"))
        operation.start()

    @Slot()
    def cancel(self) -> None:
        if self._operation is not None:
            self._operation.cancel()

    def _busy(self, busy: bool, message: str) -> None:
        self.status_label.setText(message)
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        ready = not busy and self._path is not None
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(ready)

    @Slot(int, int, str)
    def _on_operation_progressed(self, done: int, total: int, message: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.status_label.setText(message)

    @Slot(object)
    def _on_operation_succeeded(self, path: str) -> None:
        if self.sender() is not self._operation:
            return  # an older run that finished after a newer one started
        self._operation = None
        self._path = Path(path)
        self.document.load(path)
        pages = self.document.pageCount()
        self._busy(False, self.tr("%n page(s)", "", pages))
        self.report_ready.emit(path)

    @Slot(object, str)
    def _on_operation_failed(self, error: object, details: str) -> None:
        if self.sender() is not self._operation:
            return
        self._operation = None
        message = (
            str(error)
            if isinstance(error, SqmsError)
            else self.tr("The report could not be generated: {error}").format(error=error)
        )
        self._busy(False, message)
        self.generation_failed.emit(message)

    @Slot()
    def _on_operation_cancelled(self) -> None:
        if self.sender() is self._operation:
            self._operation = None
            self._busy(False, self.tr("Cancelled; no report was kept."))

    @Slot(bool)
    def _on_appendix_box_toggled(self, _checked: bool) -> None:
        self.generate()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        if self._path is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report"),
            str(Path.home() / "audit-report.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, target: Path) -> None:
        if self._path is None:
            return
        try:
            refuse_store_path(self._store.url, target)
            write_atomically(target, self._path.read_bytes())
        except (SqmsError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Save report"), str(exc))
            return
        self.status_label.setText(self.tr("Saved to {path}").format(path=target))

    @Slot()
    def _on_print_button_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Each page rendered at printer resolution (capped) and fitted to the paper."""
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not start."))
            return
        try:
            area = printer.pageRect(QPrinter.Unit.DevicePixel)
            dpi = min(printer.resolution(), PRINT_DPI)
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = self.document.render(page, size)
                scaled = image.scaled(
                    area.size().toSize(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                painter.drawImage(QPointF(0, 0), scaled)
        finally:
            painter.end()

    @Slot()
    def _on_open_button_clicked(self) -> None:
        if self._path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._path)))

    def done(self, result: int) -> None:
        self.cancel()
        self.document.close()
        shutil.rmtree(self._folder, ignore_errors=True)
        super().done(result)


def open_report_preview(parent: QWidget | None, store: Store, audit_id: str) -> ReportPreview:
    """Show the preview of an audit's report, non-modal, with the user's report settings."""
    dialog = ReportPreview(store, audit_id, report_settings(user_settings()), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
