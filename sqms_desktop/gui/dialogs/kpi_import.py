"""Importing deliveries from the ERP (services/kpi_import.py) in the four steps every tabular
import takes (tabular_import.py): a delivery is identified by supplier and delivery number, so
the same rows again change nothing and a changed row updates its delivery."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.base.operations import Job
from sqms_desktop.gui.dialogs.tabular_import import ImportTexts, TabularImportDialog
from sqms_desktop.gui.widgets.import_steps import changes_text
from sqms_desktop.progress import Progress
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.kpi_import import apply_kpi_import, preview_kpi_import
from sqms_desktop.services.kpi_plan import KpiImportPlan, KpiImportResult, PlannedDelivery
from sqms_desktop.services.kpi_rows import KPI_FIELDS, REQUIRED_FIELDS
from sqms_desktop.vocab import ImportKind


class KpiImportDialog(TabularImportDialog):
    """The delivery (KPI) import; signals as `TabularImportDialog`."""

    KIND = ImportKind.KPI
    FIELDS = KPI_FIELDS
    REQUIRED = REQUIRED_FIELDS

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        texts = ImportTexts(
            title=QCoreApplication.translate("KpiImportDialog", "Import deliveries"),
            intro=QCoreApplication.translate(
                "KpiImportDialog",
                "Choose the deliveries exported from your ERP (an Excel workbook or a CSV file, "
                "one row per delivery or PO line) and say where they come from. The KPIs "
                "(on-time delivery, PPM, complaints, premium freight) are computed from them. "
                "The columns you map for a source are remembered for the next file from it.",
            ),
            browse_caption=QCoreApplication.translate("KpiImportDialog", "Deliveries"),
            file_filter=QCoreApplication.translate(
                "KpiImportDialog",
                "Delivery exports (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)",
            ),
            plan_headers=(
                QCoreApplication.translate("KpiImportDialog", "Supplier"),
                QCoreApplication.translate("KpiImportDialog", "Delivery"),
            ),
            mapping_note=QCoreApplication.translate(
                "KpiImportDialog",
                "Dates are read as YYYY-MM-DD; an empty rejected quantity is 0; complaint is 0 "
                "or 1; premium freight is a cost such as 120.50. Without a complaint or premium "
                "freight column a delivery keeps what the store holds.",
            ),
            required=QCoreApplication.translate(
                "KpiImportDialog",
                "Choose the file's column for each field it holds: at least the supplier code, "
                "delivery number, due and received dates and quantities.",
            ),
            empty=QCoreApplication.translate("KpiImportDialog", "The file holds no delivery rows."),
        )
        super().__init__(actor, texts, parent)

    def _preview_job(self, path: Path, source: str, columns: dict[str, str]) -> Job:
        actor = self._actor

        def job(progress: Progress) -> KpiImportPlan:
            return actor.run(
                preview_kpi_import, path, source=source, columns=columns, progress=progress
            )

        return job

    def _apply_job(self, plan: KpiImportPlan) -> Job:
        actor = self._actor

        def job(progress: Progress) -> KpiImportResult:
            return actor.run(apply_kpi_import, plan, remember=True, progress=progress)

        return job

    def _plan_cells(self, row: PlannedDelivery) -> list[str]:
        changes = changes_text(row)
        if row.same_as is not None:
            changes = self.tr("the same as row {row}: read once").format(row=row.same_as)
        return [str(row.row), row.supplier, row.delivery, label(row.action), changes]

    def _result_summary(self, result: KpiImportResult) -> str:
        text = self.tr(
            "{file}: %n delivery(ies) new, {update} updated, {same} unchanged.",
            "",
            result.created,
        )
        return text.format(file=result.file, update=result.updated, same=result.unchanged)
