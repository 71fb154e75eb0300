"""A cost of poor quality: its category, day, amount (a decimal, stored in cents), currency,
and what it was caused by: a CAPA of the supplier or one of its deliveries (by number)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.dialogs.partnership_form import (
    Partner,
    PartnerDialog,
    chosen,
    fill_links,
    fill_words,
    pydate,
    qdate,
)
from sqms_desktop.queries.poor_quality_costs import CostRow, delivery_id_by_number
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.poor_quality_costs import CostInput, edit_cost, record_cost
from sqms_desktop.vocab import CostCategory

DEFAULT_CURRENCY = "EUR"


class CostDialog(PartnerDialog):
    def __init__(
        self,
        actor: Actor,
        partner: Partner,
        cost: CostRow | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        currency: str = DEFAULT_CURRENCY,
    ) -> None:
        super().__init__(actor, partner, parent)
        load_form("cost_dialog", self)
        self.bind_partner()
        self._cost = cost
        self.category_combo = child(self, QComboBox, "category_combo")
        fill_words(self.category_combo, CostCategory.values(), cost.category if cost else None)
        self.incurred_on_edit = child(self, QDateEdit, "incurred_on_edit")
        self.incurred_on_edit.setDate(qdate(cost.incurred_on if cost else today or dt.date.today()))
        self.amount_edit = child(self, QLineEdit, "amount_edit")
        self.currency_edit = child(self, QLineEdit, "currency_edit")
        self.currency_edit.setText(cost.currency if cost else currency)
        self.capa_combo = child(self, QComboBox, "capa_combo")
        fill_links(
            self.capa_combo, partner.capas, self.tr("(none)"), cost.capa_id if cost else None
        )
        self.delivery_edit = child(self, QLineEdit, "delivery_edit")
        self.note_edit = child(self, QPlainTextEdit, "note_edit")
        if cost is not None:
            self.setWindowTitle(self.tr("Correct cost of poor quality"))
            cents = cost.amount_cents
            self.amount_edit.setText(f"{cents // 100}.{cents % 100:02d}")
            self.delivery_edit.setText(cost.delivery_no)
            self.note_edit.setPlainText(cost.note)
        else:
            self.setWindowTitle(self.tr("Record cost of poor quality"))
        self.errors.add("category", self.category_combo, "cost category", "category")
        self.errors.add("incurred_on", self.incurred_on_edit, "incurred on")
        self.errors.add("amount", self.amount_edit, "amount")
        self.errors.add("currency", self.currency_edit, "currency")
        self.errors.add("capa", self.capa_combo, "capa")
        self.errors.add("delivery", self.delivery_edit, "delivery")
        self.errors.add("note", self.note_edit, "note")
        self.ok_button.setText(self.tr("&Save") if cost else self.tr("&Record cost"))
        self.category_combo.setFocus()

    def save(self) -> None:
        number = self.delivery_edit.text().strip()
        delivery = (
            self._actor.read(delivery_id_by_number, self._partner.supplier_id, number)
            if number
            else None
        )
        values = CostInput(
            category=chosen(self.category_combo),
            incurred_on=pydate(self.incurred_on_edit.date()),
            amount=self.amount_edit.text(),
            currency=self.currency_edit.text(),
            capa_id=chosen(self.capa_combo) or None,
            delivery_id=delivery,
            note=self.note_edit.toPlainText(),
        )
        if self._cost is not None:
            self._actor.run(edit_cost, self._cost.id, values)
            self.record_id = self._cost.id
        else:
            self.record_id = self._actor.run(record_cost, self._partner.supplier_id, values).id
