"""The supplier self-assessment in the window: a questionnaire out to a supplier, and a filled
one back as an audit (services/self_assessment.py), each run off the GUI thread.

Export: choose the supplier, the checklist and the file; the job writes the protected form.
Import: the job checks the file first and the dialog shows who filled it in and every answer,
or every problem with its cell (nothing changes); Import then makes the audit, with the lead
auditor chosen here (default: you, when you lead audits).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.base.feedback import show_error, show_progress
from sqms_desktop.gui.base.files import with_workbook_suffix
from sqms_desktop.gui.base.job_dialog import JobDialog
from sqms_desktop.gui.base.operations import Job
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.html.detail import placeholder_html
from sqms_desktop.gui.html.self_assessment import preview_html, problems_html
from sqms_desktop.progress import Progress
from sqms_desktop.queries.audits import LEADING_ROLES
from sqms_desktop.queries.people import list_users, printed_name, user_id_by_name
from sqms_desktop.queries.suppliers import supplier_id_by_code, supplier_names
from sqms_desktop.queries.templates import list_templates
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.self_assessment import (
    ExportedQuestionnaire,
    ImportedSelfAssessment,
    SelfAssessment,
    SelfAssessmentFormError,
    export_questionnaire,
    import_self_assessment,
    preview_self_assessment,
)
from sqms_desktop.vocab import TemplateStatus, UserRole


def export_job(actor: Actor, supplier_code: str, template_id: str, path: Path) -> Job:
    def job(progress: Progress) -> ExportedQuestionnaire:
        progress.report(0, 1, path.name)
        issuer = actor.read(printed_name, actor.user)
        supplier_id = actor.read(supplier_id_by_code, supplier_code)
        exported = actor.read(
            export_questionnaire,
            template_id,
            supplier_id,
            path,
            today=dt.date.today(),
            issuer=issuer,
        )
        progress.report(1, 1, path.name)
        return exported

    return job


class QuestionnaireExportDialog(JobDialog):
    """Writes a questionnaire for a supplier; `supplier_code` preselects one.

    Signals:
        exported(message): the form was written (one line for the status bar).
    """

    exported = Signal(str)

    def __init__(
        self,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        supplier_code: str = "",
        folder: str = "",
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionnaire_export_dialog")
        self.setWindowTitle(self.tr("Export self-assessment questionnaire"))
        self._actor = actor
        self._pool = pool
        self._folder = folder or str(Path.home())
        self.result_path: Path | None = None
        intro = QLabel(
            self.tr(
                "The supplier fills in the yellow cells of the workbook and sends it back; "
                "Import filled questionnaire makes it a self-assessment audit for review."
            )
        )
        intro.setWordWrap(True)
        self.supplier_combo = QComboBox()
        self.supplier_combo.setObjectName("supplier_combo")
        for code, name in actor.read(supplier_names):
            self.supplier_combo.addItem(f"{code}  {name}", code)
        self.supplier_combo.setCurrentIndex(max(self.supplier_combo.findData(supplier_code), 0))
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("template_combo")
        for row in actor.read(list_templates):
            if row.status == TemplateStatus.RELEASED:
                self.template_combo.addItem(f"{row.title} ({row.key} v{row.version})", row.id)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("file_edit")
        self.file_edit.setPlaceholderText(self.tr("Where to write the questionnaire (.xlsx)"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(self._on_choose_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("&Supplier:"), self.supplier_combo)
        form.addRow(self.tr("&Checklist:"), self.template_combo)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, file_row)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        show_error(self.error_label, "")
        self.progress_bar = QProgressBar()
        self.progress_bar.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export_button")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.buttons)
        self.supplier_combo.currentIndexChanged.connect(self._suggest_file)
        self.template_combo.currentIndexChanged.connect(self._suggest_file)
        self._suggest_file()
        self.resize(620, 0)

    def start(self) -> None:
        """Write the questionnaire off the GUI thread (Export)."""
        code = str(self.supplier_combo.currentData() or "")
        template_id = str(self.template_combo.currentData() or "")
        name = self.file_edit.text().strip()
        if not (code and template_id and name):
            show_error(self.error_label, self.tr("Choose a supplier, a checklist and a file."))
            return
        show_error(self.error_label, "")
        self.export_button.setEnabled(False)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        path = with_workbook_suffix(Path(name).expanduser())
        self.start_job(
            export_job(self._actor, code, template_id, path),
            self._on_exported,
            name=f"questionnaire {path.name}",
            pool=self._pool,
        )

    @Slot()
    def _suggest_file(self) -> None:
        code = str(self.supplier_combo.currentData() or "")
        key = self.template_combo.currentText().rsplit("(", 1)[-1].split(" ")[0]
        if code and key:
            name = self.tr("{code} self-assessment {key}.xlsx").format(code=code, key=key)
            self.file_edit.setText(str(Path(self._folder) / name))

    @Slot()
    def _on_choose_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export self-assessment questionnaire"),
            self.file_edit.text(),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if name:
            self.file_edit.setText(name)

    @Slot(object)
    def _on_exported(self, exported: ExportedQuestionnaire) -> None:
        self.result_path = exported.path
        emit(
            self.exported,
            self.tr("Questionnaire for {supplier} written to {path} (form {form}).").format(
                supplier=exported.supplier, path=exported.path, form=exported.form_id
            ),
        )
        self.accept()

    @Slot(object, str)
    def _on_operation_failed(self, error: object, details: str) -> None:
        self.progress_bar.hide()
        self.export_button.setEnabled(True)
        if isinstance(error, SqmsError):
            show_error(self.error_label, str(error))
        else:
            show_error(self.error_label, self.tr("The export failed; no file was written."))
            if isinstance(error, BaseException):
                sys.excepthook(type(error), error, error.__traceback__)

    @Slot()
    def _on_operation_cancelled(self) -> None:
        self.progress_bar.hide()
        self.export_button.setEnabled(True)
        show_error(self.error_label, self.tr("Cancelled; no file was written."))

    @Slot(int, int, str)
    def _on_operation_progressed(self, done: int, total: int, message: str) -> None:
        show_progress(self.progress_bar, done, total, message)


@dataclass(frozen=True)
class Refused:
    """The form's problems (what crosses back when the check refuses it)."""

    problems: list[str]


def check_job(actor: Actor, path: Path) -> Job:
    def job(progress: Progress) -> SelfAssessment | Refused:
        progress.report(0, 1, path.name)
        try:
            return actor.read(preview_self_assessment, path)
        except SelfAssessmentFormError as exc:
            return Refused(exc.problems)

    return job


def import_job(actor: Actor, path: Path, lead_id: str | None) -> Job:
    def job(progress: Progress) -> ImportedSelfAssessment:
        progress.report(0, 1, path.name)
        return actor.run(import_self_assessment, path, lead_auditor_id=lead_id)

    return job


class SelfAssessmentImportDialog(JobDialog):
    """Imports the filled questionnaire at `path`; `start()` begins the check.

    Signals:
        imported(audit_id, message): the audit was made (its id, a line for the status bar).
        step_ready(): a step ended (checked, refused, imported); tests wait for it.
    """

    imported = Signal(str, str)
    step_ready = Signal()

    def __init__(
        self,
        actor: Actor,
        path: Path,
        parent: QWidget | None = None,
        *,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("self_assessment_import_dialog")
        self.setWindowTitle(self.tr("Import self-assessment – {name}").format(name=path.name))
        self._actor = actor
        self._pool = pool
        self.path = path
        self.checked: SelfAssessment | None = None
        self.problems: list[str] = []
        self.outcome: ImportedSelfAssessment | None = None
        self.state_label = QLabel()
        self.state_label.setObjectName("state_label")
        self.state_label.setWordWrap(True)
        self.report = QTextBrowser()
        self.report.setObjectName("report")
        self.report.setOpenLinks(False)
        self.report.setAccessibleName(self.tr("The supplier's answers, or the form's problems"))
        self.lead_combo = QComboBox()
        self.lead_combo.setObjectName("lead_combo")
        leads = [u for u in actor.read(list_users) if u.active and u.role in LEADING_ROLES]
        # Lead auditors first: an administrator leads only when no one else can.
        for user in sorted(leads, key=lambda u: (u.role != UserRole.LEAD_AUDITOR, u.full_name)):
            self.lead_combo.addItem(user.full_name, user.username)
        self.lead_combo.setCurrentIndex(max(self.lead_combo.findData(actor.user), 0))
        lead_row = QFormLayout()
        lead_row.addRow(self.tr("&Lead auditor who reviews it:"), self.lead_combo)
        self.progress_bar = QProgressBar()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.report, 1)
        layout.addLayout(lead_row)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.buttons)
        self.resize(760, 560)

    def start(self) -> None:
        """Check the form and show its answers or problems; nothing is written."""
        self._busy(self.tr("Checking {file}…").format(file=self.path.name))
        self.report.setHtml(placeholder_html("", current_colors()))
        self._start(check_job(self._actor, self.path), self._on_checked)

    def apply(self) -> None:
        """Make the checked form an audit (Import)."""
        if self.checked is None or self._running is not None:
            return
        self._busy(self.tr("Importing…"))
        username = str(self.lead_combo.currentData() or "")
        lead_id = self._actor.read(user_id_by_name, username) if username else None
        self._start(import_job(self._actor, self.path, lead_id), self._on_imported)

    def running(self) -> bool:
        return self._running is not None

    def _busy(self, text: str) -> None:
        self.import_button.setEnabled(False)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.state_label.setPalette(self.palette())
        self.state_label.setText(text)

    def _idle(self) -> None:
        self.progress_bar.hide()

    def _start(self, job: Job, done: Callable[[Any], None]) -> None:
        self.start_job(job, done, name=f"self-assessment {self.path.name}", pool=self._pool)

    @Slot(object)
    def _on_checked(self, outcome: SelfAssessment | Refused) -> None:
        self._idle()
        colors = current_colors()
        if isinstance(outcome, Refused):
            self.problems = outcome.problems
            show_error(
                self.state_label,
                self.tr(
                    "{file} cannot be imported: %n problem(s).", "", len(outcome.problems)
                ).format(file=self.path.name),
            )
            self.report.setHtml(problems_html(outcome.problems, colors))
        else:
            self.checked = outcome
            self.state_label.setText(
                self.tr(
                    "The form checks out. Below are the supplier's answers; nothing has changed "
                    "yet. Import makes them a self-assessment audit in progress for review."
                )
            )
            self.report.setHtml(preview_html(outcome, colors))
            self.import_button.setEnabled(True)
            self.import_button.setDefault(True)
        emit(self.step_ready)

    @Slot(object)
    def _on_imported(self, imported: ImportedSelfAssessment) -> None:
        self._idle()
        self.outcome = imported
        message = self.tr("{reference}: self-assessment of {supplier} imported for review.").format(
            reference=imported.reference, supplier=imported.checked.supplier
        )
        emit(self.imported, imported.audit_id, message)
        emit(self.step_ready)
        self.accept()

    @Slot(object, str)
    def _on_operation_failed(self, error: object, details: str) -> None:
        self._idle()
        if isinstance(error, SqmsError):
            show_error(
                self.state_label, self.tr("{error} Nothing was changed.").format(error=error)
            )
        else:
            show_error(self.state_label, self.tr("The import failed; nothing was changed."))
            if isinstance(error, BaseException):
                sys.excepthook(type(error), error, error.__traceback__)
        self.import_button.setEnabled(self.checked is not None and self.outcome is None)
        emit(self.step_ready)

    @Slot()
    def _on_operation_cancelled(self) -> None:
        self._idle()
        show_error(self.state_label, self.tr("Cancelled; nothing was imported."))
        emit(self.step_ready)

    @Slot(int, int, str)
    def _on_operation_progressed(self, done: int, total: int, message: str) -> None:
        show_progress(self.progress_bar, done, total, message)
