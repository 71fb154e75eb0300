"""What a supplier has: a site with its processes, a contact, a certificate with its scan.

Each dialog adds one record to the supplier through `services/suppliers.py`, which checks the
role, the e-mail address, the dates and the scan; a refusal is shown at its field.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.dialogs.form_dialog import FormDialog
from sqms_desktop.gui.dialogs.supplier import split_list
from sqms_desktop.i18n import QT_TRANSLATE_NOOP
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.certificate_scans import read_scan
from sqms_desktop.services.suppliers import add_certificate, add_contact, add_site

# Offered in the certificate dialog; any other standard can be typed.
STANDARDS = ("ISO 9001", "IATF 16949", "AS9100", "ISO 13485", "ISO 14001", "ISO 45001", "GMP")
SCAN_FILTER = QT_TRANSLATE_NOOP(
    "CertificateDialog", "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"
)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class _PartDialog(FormDialog):
    """A dialog adding one record to the supplier `supplier_id`; the subclass loads its form,
    then calls `bind_supplier`."""

    def __init__(self, actor: Actor, supplier_id: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._supplier_id = supplier_id
        self.record_id: str | None = None

    def bind_supplier(self, supplier: str) -> None:
        """Wire the loaded form and name the supplier (code · name) in its intro line."""
        self.bind_form()
        child(self, QLabel, "intro_label").setText(
            self.tr("Supplier: {supplier}").format(supplier=supplier)
        )

    def edit(self, name: str) -> QLineEdit:
        return child(self, QLineEdit, name)


class SiteDialog(_PartDialog):
    def __init__(
        self, actor: Actor, supplier_id: str, supplier: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(actor, supplier_id, parent)
        load_form("site_dialog", self)
        self.bind_supplier(supplier)
        self.name_edit = self.edit("name_edit")
        self.street_edit = self.edit("street_edit")
        self.postal_code_edit = self.edit("postal_code_edit")
        self.city_edit = self.edit("city_edit")
        self.country_edit = self.edit("country_edit")
        self.processes_edit = child(self, QPlainTextEdit, "processes_edit")
        self.errors.add("name", self.name_edit, "site name", "site called", "name")
        self.errors.add("street", self.street_edit, "street")
        self.errors.add("postal_code", self.postal_code_edit, "postal code")
        self.errors.add("city", self.city_edit, "city")
        self.errors.add("country", self.country_edit, "site country", "country")
        self.errors.add("processes", self.processes_edit, "processes", "process")
        self.ok_button.setText(self.tr("&Add site"))
        self.name_edit.setFocus()

    def save(self) -> None:
        site = self._actor.run(
            add_site,
            self._supplier_id,
            self.name_edit.text(),
            street=self.street_edit.text(),
            postal_code=self.postal_code_edit.text(),
            city=self.city_edit.text(),
            country=self.country_edit.text().strip().upper(),
            processes=split_list(self.processes_edit.toPlainText()),
        )
        self.record_id = site.id


class ContactDialog(_PartDialog):
    def __init__(
        self, actor: Actor, supplier_id: str, supplier: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(actor, supplier_id, parent)
        load_form("contact_dialog", self)
        self.bind_supplier(supplier)
        self.name_edit = self.edit("name_edit")
        self.role_edit = self.edit("role_edit")
        self.email_edit = self.edit("email_edit")
        self.phone_edit = self.edit("phone_edit")
        self.errors.add("name", self.name_edit, "contact name", "name")
        self.errors.add("role", self.role_edit, "contact role", "role")
        self.errors.add("email", self.email_edit, "e-mail address", "e-mail", "email")
        self.errors.add("phone", self.phone_edit, "phone number", "phone")
        self.ok_button.setText(self.tr("&Add contact"))
        self.name_edit.setFocus()

    def save(self) -> None:
        contact = self._actor.run(
            add_contact,
            self._supplier_id,
            self.name_edit.text(),
            role=self.role_edit.text(),
            email=self.email_edit.text().strip(),
            phone=self.phone_edit.text(),
        )
        self.record_id = contact.id


class CertificateDialog(_PartDialog):
    """A certificate; its scan is attached as evidence (the file is never changed)."""

    def __init__(
        self,
        actor: Actor,
        supplier_id: str,
        supplier: str,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(actor, supplier_id, parent)
        load_form("certificate_dialog", self)
        self.bind_supplier(supplier)
        day = today or dt.date.today()
        self.standard_combo = child(self, QComboBox, "standard_combo")
        self.standard_combo.addItems(STANDARDS)
        self.number_edit = self.edit("number_edit")
        self.issuer_edit = self.edit("issuer_edit")
        self.valid_from_edit = child(self, QDateEdit, "valid_from_edit")
        self.valid_until_edit = child(self, QDateEdit, "valid_until_edit")
        self.valid_from_edit.setDate(_qdate(day))
        self.valid_until_edit.setDate(_qdate(day.replace(year=day.year + 3, day=min(day.day, 28))))
        self.scope_edit = child(self, QPlainTextEdit, "scope_edit")
        self.scan_edit = self.edit("scan_edit")
        self.browse_button = child(self, QPushButton, "browse_button")
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.errors.add("standard", self.standard_combo, "standard")
        self.errors.add("number", self.number_edit, "certificate number", "number")
        self.errors.add("issuer", self.issuer_edit, "issuer")
        self.errors.add("valid_from", self.valid_from_edit, "valid from")
        self.errors.add("valid_until", self.valid_until_edit, "valid until", "valid to")
        self.errors.add("scope", self.scope_edit, "certificate scope", "scope")
        self.errors.add("scan", self.scan_edit, "scan", "file")
        self.ok_button.setText(self.tr("&Add certificate"))
        self.standard_combo.setFocus()

    def set_dates(self, valid_from: dt.date, valid_until: dt.date) -> None:
        self.valid_from_edit.setDate(_qdate(valid_from))
        self.valid_until_edit.setDate(_qdate(valid_until))

    def scan_path(self) -> Path | None:
        text = self.scan_edit.text().strip()
        return Path(text) if text else None

    def save(self) -> None:
        path = self.scan_path()
        scan = None if path is None else read_scan(path)
        certificate = self._actor.run(
            add_certificate,
            self._supplier_id,
            self.standard_combo.currentText(),
            self.number_edit.text(),
            issuer=self.issuer_edit.text(),
            valid_from=_pydate(self.valid_from_edit.date()),
            valid_until=_pydate(self.valid_until_edit.date()),
            scope=self.scope_edit.toPlainText(),
            scan=scan,
        )
        self.record_id = certificate.id

    @Slot()
    def _on_browse_button_clicked(self) -> None:
        start = str(self.scan_path() or "")
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Scan of the certificate"), start, self.tr(SCAN_FILTER)
        )
        if name:
            self.scan_edit.setText(name)
