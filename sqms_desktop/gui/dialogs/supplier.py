"""A supplier's master data, new or edited, and a change of its approval status with a reason.

Both dialogs leave every rule to `services/suppliers.py`: who may create, edit or approve, what a
code, a DUNS number or a country looks like, that a status change has a reason. A refusal is
shown at the field it names (or above the buttons) and the dialog stays open.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.dialogs.form_dialog import FormDialog
from sqms_desktop.queries.supplier_detail import SupplierDetail
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.suppliers import (
    SupplierChanges,
    SupplierInput,
    create_supplier,
    edit_supplier,
    set_supplier_status,
)
from sqms_desktop.vocab import RiskClass, SupplierStatus


def split_list(text: str) -> list[str]:
    """ "castings; machining" or one per line → ["castings", "machining"] (a comma may be part
    of a name, as in the supplier list import, which separates with ';' too)."""
    parts = text.replace("\n", ";").split(";")
    return [part.strip() for part in parts if part.strip()]


class SupplierDialog(FormDialog):
    """Creates a supplier, or edits the one of `detail` when given; `supplier_id` is set once
    stored."""

    def __init__(
        self, actor: Actor, detail: SupplierDetail | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        load_form("supplier_dialog", self)
        self.bind_form()
        self._actor = actor
        self._detail = detail
        self.supplier_id: str | None = None if detail is None else detail.supplier.id

        def edit(name: str) -> QLineEdit:
            return child(self, QLineEdit, name)

        def text(name: str) -> QPlainTextEdit:
            return child(self, QPlainTextEdit, name)

        self.code_edit, self.name_edit = edit("code_edit"), edit("name_edit")
        self.commodities_edit = edit("commodities_edit")
        self.duns_edit, self.vat_edit = edit("duns_edit"), edit("vat_edit")
        self.street_edit, self.postal_code_edit = edit("street_edit"), edit("postal_code_edit")
        self.city_edit, self.country_edit = edit("city_edit"), edit("country_edit")
        self.status_combo = child(self, QComboBox, "status_combo")
        self.risk_combo = child(self, QComboBox, "risk_combo")
        self.approval_scope_edit = text("approval_scope_edit")
        self.risk_reason_edit = text("risk_reason_edit")
        for status in SupplierStatus:
            self.status_combo.addItem(label(status), status.value)
        for risk in RiskClass:
            self.risk_combo.addItem(label(risk), risk.value)
        errors = self.errors
        errors.add("code", self.code_edit, "supplier code", "code")
        errors.add("name", self.name_edit, "supplier name", "legal name", "name")
        errors.add("commodities", self.commodities_edit, "commodities", "commodity")
        errors.add("duns", self.duns_edit, "duns number", "duns")
        errors.add("vat_id", self.vat_edit, "vat id", "vat")
        errors.add("street", self.street_edit, "street")
        errors.add("postal_code", self.postal_code_edit, "postal code")
        errors.add("city", self.city_edit, "city")
        errors.add("country", self.country_edit, "country")
        errors.add("status", self.status_combo, "status")
        errors.add("approval_scope", self.approval_scope_edit, "approval scope", "scope")
        errors.add("risk_class", self.risk_combo, "risk class", "risk")
        errors.add("risk_reason", self.risk_reason_edit, "risk reason", "reason")
        self.country_edit.textEdited.connect(self._on_country_edit_text_edited)
        self._align_labels()
        if detail is None:
            self.ok_button.setText(self.tr("&Create supplier"))
            self.set_choice(self.risk_combo, RiskClass.MEDIUM)
            self.code_edit.setFocus()
        else:
            self._fill(detail)
            self.name_edit.setFocus()

    def _align_labels(self) -> None:
        """The supplier and address boxes are separate forms: one label width for both."""
        names = ("code", "name", "commodities", "duns", "vat", "street", "postal_code", "city")
        labels = [child(self, QLabel, f"{name}_label") for name in (*names, "country")]
        width = max(each.sizeHint().width() for each in labels)
        for each in labels:
            each.setMinimumWidth(width)

    def set_choice(self, combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(combo.findData(value))

    def values(self) -> SupplierInput:
        """The supplier as typed (the code in capitals, as codes are written)."""
        return SupplierInput(
            code=self.code_edit.text().strip().upper(),
            name=self.name_edit.text(),
            street=self.street_edit.text(),
            postal_code=self.postal_code_edit.text(),
            city=self.city_edit.text(),
            country=self.country_edit.text().strip().upper(),
            commodities=split_list(self.commodities_edit.text()),
            duns=self.duns_edit.text().strip(),
            vat_id=self.vat_edit.text().strip(),
            risk_class=str(self.risk_combo.currentData()),
            risk_reason=self.risk_reason_edit.toPlainText(),
            status=str(self.status_combo.currentData()),
            approval_scope=self.approval_scope_edit.toPlainText(),
        )

    def changes(self) -> SupplierChanges:
        """Every editable field as typed (the service keeps what did not change)."""
        data = self.values()
        return SupplierChanges(
            name=data.name,
            street=data.street,
            postal_code=data.postal_code,
            city=data.city,
            country=data.country,
            risk_class=data.risk_class,
            risk_reason=data.risk_reason,
            approval_scope=data.approval_scope,
            commodities=data.commodities,
            duns=data.duns,
            vat_id=data.vat_id,
        )

    def save(self) -> None:
        if self._detail is None:
            self.supplier_id = self._actor.run(create_supplier, self.values()).id
        else:
            self._actor.run(edit_supplier, self._detail.supplier.id, self.changes())

    def _fill(self, detail: SupplierDetail) -> None:
        row = detail.supplier
        self.setWindowTitle(self.tr("Edit supplier {code}").format(code=row.code))
        self.ok_button.setText(self.tr("&Save changes"))
        self.code_edit.setText(row.code)
        self.code_edit.setReadOnly(True)  # the code names the supplier in every file and import
        self.name_edit.setText(row.name)
        self.commodities_edit.setText("; ".join(detail.commodities))
        self.duns_edit.setText(detail.duns)
        self.vat_edit.setText(detail.vat_id)
        self.street_edit.setText(detail.street)
        self.postal_code_edit.setText(detail.postal_code)
        self.city_edit.setText(detail.city)
        self.country_edit.setText(row.country)
        self.set_choice(self.status_combo, row.status)
        # The status changes only with a reason, in its own dialog.
        self.status_combo.setEnabled(False)
        self.status_combo.setToolTip(self.tr("Change the status with Change status…"))
        self.approval_scope_edit.setPlainText(detail.approval_scope)
        self.set_choice(self.risk_combo, row.risk_class)
        self.risk_reason_edit.setPlainText(detail.risk_reason)

    def _on_country_edit_text_edited(self, text: str) -> None:
        if text != text.upper():
            position = self.country_edit.cursorPosition()
            self.country_edit.setText(text.upper())
            self.country_edit.setCursorPosition(position)


class StatusDialog(FormDialog):
    """Changes the approval status of the supplier of `detail` with the reason the status
    history keeps."""

    def __init__(self, actor: Actor, detail: SupplierDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("status_dialog", self)
        self.bind_form()
        self._actor = actor
        master = self._supplier = detail.supplier
        self.setWindowTitle(
            self.tr("Change status of {code} · {name}").format(code=master.code, name=master.name)
        )
        child(self, QLabel, "intro_label").setText(
            self.tr(
                "A status change decides who may deliver. The reason is required; it is kept "
                "in the supplier's status history and in the trail."
            )
        )
        held = self.tr(", new business hold") if master.new_business_hold else ""
        child(self, QLabel, "current_value").setText(label(master.status) + held)
        self.status_combo = child(self, QComboBox, "status_combo")
        for status in SupplierStatus:
            self.status_combo.addItem(label(status), status.value)
        self.status_combo.setCurrentIndex(self.status_combo.findData(master.status))
        self.hold_check = child(self, QCheckBox, "hold_check")
        self.hold_check.setChecked(master.new_business_hold)
        self.approval_scope_edit = child(self, QPlainTextEdit, "approval_scope_edit")
        self.approval_scope_edit.setPlainText(detail.approval_scope)
        self.reason_edit = child(self, QPlainTextEdit, "reason_edit")
        self.errors.add("status", self.status_combo, "status")
        self.errors.add("approval_scope", self.approval_scope_edit, "approval scope", "scope")
        self.errors.add("reason", self.reason_edit, "reason")
        self.ok_button.setText(self.tr("&Change status"))
        self.status_combo.setFocus()

    def set_status(self, status: str) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))

    def save(self) -> None:
        self._actor.run(
            set_supplier_status,
            self._supplier.id,
            str(self.status_combo.currentData()),
            reason=self.reason_edit.toPlainText(),
            new_business_hold=self.hold_check.isChecked(),
            approval_scope=self.approval_scope_edit.toPlainText(),
        )
