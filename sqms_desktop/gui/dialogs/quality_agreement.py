"""A quality agreement: record one (with its signed document) or edit one. Targets left empty
are not part of the agreement; the service refuses overlapping validity and targets out of
range, shown at their field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.numbers import short_number_text
from sqms_desktop.gui.dialogs.partnership_form import (
    Partner,
    PartnerDialog,
    allow_no_day,
    optional_day,
    optional_float,
    optional_int,
    pydate,
    qdate,
)
from sqms_desktop.i18n import QT_TRANSLATE_NOOP
from sqms_desktop.queries.quality_agreements import AgreementRow
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.certificate_scans import read_scan
from sqms_desktop.services.quality_agreements import (
    AgreementInput,
    edit_agreement,
    record_agreement,
)

DOCUMENT_FILTER = QT_TRANSLATE_NOOP(
    "AgreementDialog", "Signed agreement (*.pdf *.png *.jpg *.jpeg);;All files (*)"
)


class AgreementDialog(PartnerDialog):
    """Records an agreement, or edits `agreement` when one is given (its document stays)."""

    def __init__(
        self,
        actor: Actor,
        partner: Partner,
        agreement: AgreementRow | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(actor, partner, parent)
        load_form("agreement_dialog", self)
        self.bind_partner()
        self._agreement = agreement
        day = today or dt.date.today()
        self.reference_edit = child(self, QLineEdit, "reference_edit")
        self.valid_from_edit = child(self, QDateEdit, "valid_from_edit")
        self.valid_until_edit = child(self, QDateEdit, "valid_until_edit")
        self.ppm_edit = child(self, QLineEdit, "ppm_edit")
        self.on_time_edit = child(self, QLineEdit, "on_time_edit")
        self.capa_days_edit = child(self, QLineEdit, "capa_days_edit")
        self.signed_on_edit = child(self, QDateEdit, "signed_on_edit")
        self.document_edit = child(self, QLineEdit, "document_edit")
        self.browse_button = child(self, QPushButton, "browse_button")
        self.note_edit = child(self, QPlainTextEdit, "note_edit")
        a = agreement
        self.valid_from_edit.setDate(qdate(a.valid_from if a else day))
        end = a.valid_until if a else day.replace(year=day.year + 3, day=min(day.day, 28))
        self.valid_until_edit.setDate(qdate(end))
        allow_no_day(self.signed_on_edit, self.tr("not signed yet"), a.signed_on if a else None)
        if a is not None:
            self.setWindowTitle(self.tr("Edit quality agreement {ref}").format(ref=a.reference))
            self.reference_edit.setText(a.reference)
            self.ppm_edit.setText("" if a.ppm_target is None else str(a.ppm_target))
            self.on_time_edit.setText(
                "" if a.on_time_target_pct is None else short_number_text(a.on_time_target_pct)
            )
            self.capa_days_edit.setText(
                "" if a.capa_response_days is None else str(a.capa_response_days)
            )
            self.note_edit.setPlainText(a.note)
            self.document_edit.setText(a.document_name)
            self.document_edit.setEnabled(False)  # a new document: "Attach signed document…"
            self.browse_button.setEnabled(False)
            self.ok_button.setText(self.tr("&Save"))
        else:
            self.setWindowTitle(self.tr("Record quality agreement"))
            self.ok_button.setText(self.tr("&Record agreement"))
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.errors.add("reference", self.reference_edit, "agreement reference", "reference")
        self.errors.add("valid_from", self.valid_from_edit, "valid from", "validity overlaps")
        self.errors.add("valid_until", self.valid_until_edit, "valid until")
        self.errors.add("ppm", self.ppm_edit, "ppm target")
        self.errors.add("on_time", self.on_time_edit, "on-time delivery target")
        self.errors.add("capa_days", self.capa_days_edit, "capa response days")
        self.errors.add("document", self.document_edit, "scan", "file", "pdf", "document")
        self.errors.add("note", self.note_edit, "note")
        self.reference_edit.setFocus()

    def values(self) -> AgreementInput:
        return AgreementInput(
            reference=self.reference_edit.text(),
            valid_from=pydate(self.valid_from_edit.date()),
            valid_until=pydate(self.valid_until_edit.date()),
            ppm_target=optional_int(self.ppm_edit.text(), self.tr("PPM target"), "ppm"),
            on_time_target_pct=optional_float(
                self.on_time_edit.text(), self.tr("on-time delivery target"), "on_time"
            ),
            capa_response_days=optional_int(
                self.capa_days_edit.text(), self.tr("CAPA response days"), "capa_days"
            ),
            signed_on=optional_day(self.signed_on_edit),
            note=self.note_edit.toPlainText(),
        )

    def save(self) -> None:
        values = self.values()
        if self._agreement is not None:
            self._actor.run(edit_agreement, self._agreement.id, values)
            self.record_id = self._agreement.id
            return
        path = self.document_edit.text().strip()
        document = read_scan(Path(path)) if path else None
        agreement = self._actor.run(
            record_agreement, self._partner.supplier_id, values, document=document
        )
        self.record_id = agreement.id

    @Slot()
    def _on_browse_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Signed quality agreement"), "", self.tr(DOCUMENT_FILTER)
        )
        if name:
            self.document_edit.setText(name)
