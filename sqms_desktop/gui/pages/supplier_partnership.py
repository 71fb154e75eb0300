"""The partnership actions of the Suppliers page: what the supplier view's Partnership tab asks
for (`PartnershipPanel.action_requested`) opens its dialog here, and after a write the page
reads the supplier again and shows the record written.

Kept apart from pages/suppliers.py so that page stays about the supplier master; the page
makes one `PartnershipActions` and hands it the supplier it shows.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from sqms_desktop import i18n
from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.feedback import wait_cursor
from sqms_desktop.gui.dialogs.development import DevelopmentDialog, DevelopmentResultDialog
from sqms_desktop.gui.dialogs.partnership_form import Link, Partner
from sqms_desktop.gui.dialogs.poor_quality_cost import CostDialog
from sqms_desktop.gui.dialogs.quality_agreement import DOCUMENT_FILTER, AgreementDialog
from sqms_desktop.gui.dialogs.sign import SignDialog
from sqms_desktop.gui.dialogs.supplier_review import (
    ReviewActionDialog,
    ReviewDialog,
    review_name,
    sign_target,
)
from sqms_desktop.gui.dialogs.supplier_risk import RiskCloseDialog, RiskDialog
from sqms_desktop.gui.widgets.partnership_panel import PartnershipPanel
from sqms_desktop.queries.supplier_detail import SupplierDetail
from sqms_desktop.reports.settings import settings_from
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.certificate_scans import read_scan
from sqms_desktop.services.quality_agreements import attach_agreement_document

log = logging.getLogger(__name__)

# The section each action's record is shown in afterwards.
SECTION = {
    "risk": "risks",
    "agreement": "agreements",
    "development": "development",
    "cost": "costs",
    "review": "reviews",
}


def partner_of(detail: SupplierDetail) -> Partner:
    """The supplier as the dialogs need it: its name and the audits and CAPAs to link to."""
    return Partner(
        supplier_id=detail.supplier.id,
        name=f"{detail.supplier.code} · {detail.supplier.name}",
        audits=[
            Link(a.id, f"{a.reference} ({a.planned_start.isoformat()})", a.status)
            for a in detail.audits
        ],
        capas=[Link(c.id, f"{c.reference} {c.title}", c.state) for c in detail.capas],
    )


class PartnershipActions(QObject):
    """Opens the partnership dialogs for the supplier `detail()` names; `written(supplier_id)`
    is the page's way to read again (`after_write`)."""

    def __init__(
        self,
        actor: Actor,
        panel: PartnershipPanel,
        detail: Callable[[], SupplierDetail | None],
        written: Callable[[str], None],
        *,
        today: Callable[[], dt.date],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._actor = actor
        self._panel = panel
        self._detail = detail
        self._written = written
        self._today = today
        self._parent = parent
        panel.action_requested.connect(self._on_panel_action_requested)

    # -- dialogs, made here so a test can open each on its own --------------------------

    def dialog(self, name: str) -> QDialog | None:
        """The dialog of action `name` for the current supplier and row, or None."""
        detail = self._detail()
        if detail is None:
            return None
        partner = partner_of(detail)
        a, p, day = self._actor, self._parent, self._today()
        row = self._panel.current(SECTION[name.split("_", maxsplit=1)[0]])
        needs_row = not name.endswith("_add")
        if needs_row and row is None:
            return None
        if name == "risk_add":
            return RiskDialog(a, partner, None, p)
        if name == "risk_edit":
            return RiskDialog(a, partner, row, p)
        if name == "risk_close":
            return RiskCloseDialog(a, partner, row, p)
        if name == "agreement_add":
            return AgreementDialog(a, partner, None, p, today=day)
        if name == "agreement_edit":
            return AgreementDialog(a, partner, row, p, today=day)
        if name == "development_add":
            return DevelopmentDialog(a, partner, None, p, today=day)
        if name == "development_edit":
            return DevelopmentDialog(a, partner, row, p, today=day)
        if name == "development_result":
            return DevelopmentResultDialog(a, partner, row, p)
        if name == "cost_add":
            return CostDialog(a, partner, None, p, today=day)
        if name == "cost_edit":
            return CostDialog(a, partner, row, p, today=day)
        if name == "review_add":
            return ReviewDialog(a, partner, None, p, today=day)
        if name == "review_edit":
            return ReviewDialog(a, partner, row, p, today=day)
        if name == "review_action":
            return ReviewActionDialog(a, partner, row, p, today=day)
        if name == "review_sign":
            title = self.tr("Sign the minutes of {review}").format(review=review_name(row))
            return SignDialog(a.store, sign_target(row, title), a.user, p)
        return None

    def attach_document(self, path: Path) -> bool:
        """Keep `path` as the selected agreement's signed document."""
        row = self._panel.current("agreements")
        if row is None:
            return False
        try:
            with wait_cursor():
                self._actor.run(attach_agreement_document, row.id, read_scan(path))
        except SqmsError as exc:
            QMessageBox.warning(self._parent, self.tr("Document not attached"), str(exc))
            return False
        self._after(row.supplier_id, "agreements", row.id)
        return True

    def print_review(self, path: Path) -> Path | None:
        """The selected review's minutes as a PDF at `path`."""
        row = self._panel.current("reviews")
        if row is None:
            return None
        # ReportLab only when minutes are printed, not when the window starts.
        from sqms_desktop.reports.supplier_review import write_supplier_review

        try:
            with wait_cursor():
                settings = settings_from(language=i18n.language())  # the window's language
                return write_supplier_review(self._actor.store, row.id, path, settings)
        except SqmsError as exc:
            QMessageBox.warning(self._parent, self.tr("Minutes not printed"), str(exc))
            return None

    # -- internals -------------------------------------------------------------------------

    def _after(self, supplier_id: str, section: str, record_id: str | None) -> None:
        self._written(supplier_id)
        if record_id:
            self._panel.select(section, record_id)

    @Slot(str)
    def _on_panel_action_requested(self, name: str) -> None:
        detail = self._detail()
        if detail is None:
            return
        if name == "agreement_document":
            chosen, _ = QFileDialog.getOpenFileName(
                self._parent, self.tr("Signed quality agreement"), "", self.tr(DOCUMENT_FILTER)
            )
            if chosen:
                self.attach_document(Path(chosen))
            return
        if name == "review_print":
            row = self._panel.current("reviews")
            if row is None:
                return
            suggested = f"{row.supplier_code}-review-{row.held_on.isoformat()}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self._parent, self.tr("Print the minutes"), suggested, self.tr("PDF (*.pdf)")
            )
            if chosen:
                self.print_review(Path(chosen))
            return
        dialog = self.dialog(name)
        if dialog is None:
            return
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if accepted:
            record_id = getattr(dialog, "record_id", None)
            if name in {"review_sign", "review_action"}:
                record_id = self._panel.current("reviews").id
            log.info("partnership action %s on %s", name, detail.supplier.code)
            self._after(detail.supplier.id, SECTION[name.split("_", maxsplit=1)[0]], record_id)
