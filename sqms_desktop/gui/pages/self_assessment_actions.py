"""The Audits page's Self-assessment button: a questionnaire out to a supplier, and a filled
one back as an audit (gui/dialogs/self_assessment.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.dialogs.self_assessment import (
    QuestionnaireExportDialog,
    SelfAssessmentImportDialog,
)
from sqms_desktop.services.actor import Actor


class SelfAssessmentActions(QObject):
    """`action` is the page's button with a menu of the two actions.

    Signals:
        audit_imported(audit_id): a filled questionnaire became this audit.
        message_posted(text): a one-line result for the status bar.
    """

    audit_imported = Signal(str)
    message_posted = Signal(str)

    def __init__(self, actor: Actor, page: QWidget) -> None:
        super().__init__(page)
        self._actor = actor
        self._page = page
        self._folder = str(Path.home())
        self.action_export = QAction(self.tr("&Export questionnaire…"), self)
        self.action_export.setObjectName("action_export_questionnaire")
        self.action_export.setStatusTip(
            self.tr("Write a checklist as a protected questionnaire for a supplier to fill in")
        )
        self.action_export.triggered.connect(self._on_action_export_triggered)
        self.action_import = QAction(self.tr("&Import filled questionnaire…"), self)
        self.action_import.setObjectName("action_import_questionnaire")
        self.action_import.setStatusTip(
            self.tr("Check a supplier's filled questionnaire, then import it as an audit")
        )
        self.action_import.triggered.connect(self._on_action_import_triggered)
        self.menu = QMenu(page)
        self.menu.addAction(self.action_export)
        self.menu.addAction(self.action_import)
        self.action = QAction(self.tr("Self-&assessment"), self)
        self.action.setObjectName("action_self_assessment")
        self.action.setStatusTip(self.tr("Supplier self-assessment questionnaires"))
        self.action.setMenu(self.menu)

    def export_dialog(self) -> QuestionnaireExportDialog:
        dialog = QuestionnaireExportDialog(self._actor, self._page, folder=self._folder)
        dialog.exported.connect(self.message_posted)
        return dialog

    def import_dialog(self, path: Path) -> SelfAssessmentImportDialog:
        dialog = SelfAssessmentImportDialog(self._actor, path, self._page)
        dialog.imported.connect(self._on_dialog_imported)
        return dialog

    @Slot()
    def _on_action_export_triggered(self) -> None:
        dialog = self.export_dialog()
        try:
            dialog.exec()
            if dialog.result_path is not None:
                self._folder = str(dialog.result_path.parent)
        finally:
            dialog.deleteLater()

    @Slot()
    def _on_action_import_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._page,
            self.tr("Import filled questionnaire"),
            self._folder,
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not name:
            return
        self._folder = str(Path(name).parent)
        dialog = self.import_dialog(Path(name))
        try:
            dialog.start()
            dialog.exec()
        finally:
            dialog.deleteLater()

    @Slot(str, str)
    def _on_dialog_imported(self, audit_id: str, message: str) -> None:
        emit(self.message_posted, message)
        emit(self.audit_imported, audit_id)
