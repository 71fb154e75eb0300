"""A supplier risk: add or edit one (likelihood × impact shown as its score and class as they
are chosen), and close one with a reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.dialogs.partnership_form import (
    Partner,
    PartnerDialog,
    chosen,
    fill_links,
    fill_words,
)
from sqms_desktop.performance.risk import class_of_score
from sqms_desktop.queries.supplier_risks import RiskRow
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.supplier_risks import (
    RiskChanges,
    RiskInput,
    add_risk,
    close_risk,
    edit_risk,
)
from sqms_desktop.vocab import RiskCategory


class RiskDialog(PartnerDialog):
    """Adds a risk, or edits `risk` when one is given."""

    def __init__(
        self,
        actor: Actor,
        partner: Partner,
        risk: RiskRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(actor, partner, parent)
        load_form("risk_dialog", self)
        self.bind_partner()
        self._risk = risk
        self.category_combo = child(self, QComboBox, "category_combo")
        fill_words(self.category_combo, RiskCategory.values(), risk.category if risk else None)
        self.description_edit = child(self, QPlainTextEdit, "description_edit")
        self.likelihood_spin = child(self, QSpinBox, "likelihood_spin")
        self.impact_spin = child(self, QSpinBox, "impact_spin")
        self.score_value = child(self, QLabel, "score_value")
        self.score_value.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.mitigation_edit = child(self, QPlainTextEdit, "mitigation_edit")
        self.owner_edit = child(self, QLineEdit, "owner_edit")
        self.audit_combo = child(self, QComboBox, "audit_combo")
        self.capa_combo = child(self, QComboBox, "capa_combo")
        fill_links(
            self.audit_combo, partner.audits, self.tr("(none)"), risk.audit_id if risk else None
        )
        fill_links(
            self.capa_combo, partner.capas, self.tr("(none)"), risk.capa_id if risk else None
        )
        if risk is not None:
            self.setWindowTitle(self.tr("Edit supplier risk"))
            self.description_edit.setPlainText(risk.description)
            self.likelihood_spin.setValue(risk.likelihood)
            self.impact_spin.setValue(risk.impact)
            self.mitigation_edit.setPlainText(risk.mitigation)
            self.owner_edit.setText(risk.owner)
            self.ok_button.setText(self.tr("&Save"))
        else:
            self.setWindowTitle(self.tr("Add supplier risk"))
            self.ok_button.setText(self.tr("&Add risk"))
        self.errors.add("category", self.category_combo, "risk category", "category")
        self.errors.add("description", self.description_edit, "risk description")
        self.errors.add("likelihood", self.likelihood_spin, "likelihood")
        self.errors.add("impact", self.impact_spin, "impact")
        self.errors.add("mitigation", self.mitigation_edit, "mitigation")
        self.errors.add("owner", self.owner_edit, "risk owner")
        self.errors.add("audit", self.audit_combo, "audit")
        self.errors.add("capa", self.capa_combo, "capa")
        self.likelihood_spin.valueChanged.connect(self._on_rating_changed)
        self.impact_spin.valueChanged.connect(self._on_rating_changed)
        self._on_rating_changed()
        self.category_combo.setFocus()

    def save(self) -> None:
        values: dict[str, Any] = {
            "category": chosen(self.category_combo),
            "description": self.description_edit.toPlainText(),
            "likelihood": self.likelihood_spin.value(),
            "impact": self.impact_spin.value(),
            "mitigation": self.mitigation_edit.toPlainText(),
            "owner": self.owner_edit.text(),
        }
        audit, capa = chosen(self.audit_combo), chosen(self.capa_combo)
        if self._risk is None:
            risk = self._actor.run(
                add_risk,
                self._partner.supplier_id,
                RiskInput(**values, audit_id=audit or None, capa_id=capa or None),
            )
            self.record_id = risk.id
        else:
            self._actor.run(
                edit_risk, self._risk.id, RiskChanges(**values, audit_id=audit, capa_id=capa)
            )
            self.record_id = self._risk.id

    @Slot()
    def _on_rating_changed(self) -> None:
        score = self.likelihood_spin.value() * self.impact_spin.value()
        self.score_value.setText(
            self.tr("{score} ({cls})").format(score=score, cls=label(class_of_score(score)))
        )


class RiskCloseDialog(PartnerDialog):
    def __init__(
        self, actor: Actor, partner: Partner, risk: RiskRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(actor, partner, parent)
        load_form("risk_close_dialog", self)
        self.bind_partner(self.tr("Risk: {risk}").format(risk=risk.description))
        self._risk = risk
        self.reason_edit = child(self, QPlainTextEdit, "reason_edit")
        self.errors.add("reason", self.reason_edit, "reason")
        self.ok_button.setText(self.tr("&Close risk"))
        self.reason_edit.setFocus()

    def save(self) -> None:
        self._actor.run(close_risk, self._risk.id, reason=self.reason_edit.toPlainText())
        self.record_id = self._risk.id
