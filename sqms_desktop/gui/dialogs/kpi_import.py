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


def _tr(text: str) -> str:
    return QCoreApplication.translate("KpiImportDialog", text)


class KpiImportDialog(TabularImportDialog):
    """The delivery (KPI) import; signals as `TabularImportDialog`."""

    KIND = ImportKind.KPI
    FIELDS = KPI_FIELDS
    REQUIRED = REQUIRED_FIELDS

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        texts = ImportTexts(
            title=_tr("Import deliveries"),
            intro=_tr(
                "Choose the deliveries exported from your ERP (an Excel workbook or a CSV file, "
                "one row per delivery or PO line) and say where they come from. The KPIs "
                "(on-time delivery, PPM, complaints, premium freight) are computed from them. "
                "The columns you map for a source are remembered for the next file from it."
            ),
            browse_caption=_tr("Deliveries"),
            file_filter=_tr(
                "Delivery exports (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)"
            ),
            plan_headers=(_tr("Supplier"), _tr("Delivery")),
            mapping_note=_tr(
                "Dates are read as YYYY-MM-DD; an empty rejected quantity is 0; complaint is 0 "
                "or 1; premium freight is a cost such as 120.50. Without a complaint or premium "
                "freight column a delivery keeps what the store holds."
            ),
            required=_tr(
                "Choose the file's column for each field it holds: at least the supplier code, "
                "delivery number, due and received dates and quantities."
            ),
            empty=_tr("The file holds no delivery rows."),
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
            changes = _tr("the same as row {row}: read once").format(row=row.same_as)
        return [str(row.row), row.supplier, row.delivery, label(row.action), changes]

    def _result_summary(self, result: KpiImportResult) -> str:
        return _tr("{file}: {new} delivery(ies) new, {update} updated, {same} unchanged.").format(
            file=result.file, new=result.created, update=result.updated, same=result.unchanged
        )
