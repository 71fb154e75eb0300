"""Importing a supplier list (services/supplier_import.py) in the four steps every tabular
import takes (tabular_import.py): an existing code updates that supplier, never a second one;
commodities are one cell, separated by ';'."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.base.operations import Job
from sqms_desktop.gui.dialogs.tabular_import import (
    FILE,
    MAPPING,
    PREVIEW,
    RUN,
    ImportTexts,
    TabularImportDialog,
)
from sqms_desktop.gui.widgets.import_steps import changes_text
from sqms_desktop.progress import Progress
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.supplier_import import (
    REQUIRED_FIELDS,
    SUPPLIER_FIELDS,
    ImportPlan,
    ImportResult,
    PlannedRow,
    apply_supplier_import,
    preview_supplier_import,
)
from sqms_desktop.vocab import ImportKind

__all__ = ["FILE", "MAPPING", "PREVIEW", "RUN", "SupplierImportDialog"]


class SupplierImportDialog(TabularImportDialog):
    """The supplier list import; signals as `TabularImportDialog`."""

    KIND = ImportKind.SUPPLIER
    FIELDS = SUPPLIER_FIELDS
    REQUIRED = REQUIRED_FIELDS

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        texts = ImportTexts(
            title=QCoreApplication.translate("SupplierImportDialog", "Import supplier list"),
            intro=QCoreApplication.translate(
                "SupplierImportDialog",
                "Choose the supplier list (an Excel workbook or a CSV export from your ERP) and "
                "say where it comes from. The columns you map for a source are remembered for "
                "the next file from it.",
            ),
            browse_caption=QCoreApplication.translate("SupplierImportDialog", "Supplier list"),
            file_filter=QCoreApplication.translate(
                "SupplierImportDialog",
                "Supplier lists (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)",
            ),
            plan_headers=(
                QCoreApplication.translate("SupplierImportDialog", "Code"),
                QCoreApplication.translate("SupplierImportDialog", "Name"),
            ),
            mapping_note=QCoreApplication.translate(
                "SupplierImportDialog",
                "A field left out keeps what the store holds. Commodities are one cell, "
                "separated by ';'.",
            ),
            required=QCoreApplication.translate(
                "SupplierImportDialog",
                "Choose the file's column for each field it holds: at least the code and the name.",
            ),
            empty=QCoreApplication.translate(
                "SupplierImportDialog", "The file holds no supplier rows."
            ),
        )
        super().__init__(actor, texts, parent)

    def _preview_job(self, path: Path, source: str, columns: dict[str, str]) -> Job:
        actor = self._actor

        def job(progress: Progress) -> ImportPlan:
            return actor.run(
                preview_supplier_import, path, source=source, columns=columns, progress=progress
            )

        return job

    def _apply_job(self, plan: ImportPlan) -> Job:
        actor = self._actor

        def job(progress: Progress) -> ImportResult:
            return actor.run(apply_supplier_import, plan, remember=True, progress=progress)

        return job

    def _plan_cells(self, row: PlannedRow) -> list[str]:
        return [str(row.row), row.code, row.name, label(row.action), changes_text(row)]

    def _result_summary(self, result: ImportResult) -> str:
        text = self.tr(
            "{file}: %n supplier(s) created, {update} updated, {same} unchanged.",
            "",
            result.created,
        )
        return text.format(file=result.file, update=result.updated, same=result.unchanged)
