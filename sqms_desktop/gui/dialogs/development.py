"""A supplier development action: add or edit one, and record the result seen at an audit of
the supplier (only audits that have taken place are offered; the service refuses others)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.dialogs.partnership_form import (
    FieldRefusal,
    Partner,
    PartnerDialog,
    chosen,
    fill_links,
    fill_words,
    pydate,
    qdate,
)
from sqms_desktop.queries.development import DevelopmentRow
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.development import (
    DevelopmentChanges,
    DevelopmentInput,
    add_development_action,
    record_result,
    update_development_action,
)
from sqms_desktop.vocab import AuditStatus, DevelopmentKind, DevelopmentStatus

NOT_HELD = (AuditStatus.PLANNED, AuditStatus.CANCELLED)


class DevelopmentDialog(PartnerDialog):
    def __init__(
        self,
        actor: Actor,
        partner: Partner,
        action: DevelopmentRow | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(actor, partner, parent)
        load_form("development_dialog", self)
        self.bind_partner()
        self._action = action
        self.kind_combo = child(self, QComboBox, "kind_combo")
        fill_words(self.kind_combo, DevelopmentKind.values(), action.kind if action else None)
        self.title_edit = child(self, QLineEdit, "title_edit")
        self.owner_edit = child(self, QLineEdit, "owner_edit")
        self.due_edit = child(self, QDateEdit, "due_edit")
        self.status_combo = child(self, QComboBox, "status_combo")
        fill_words(
            self.status_combo,
            DevelopmentStatus.values(),
            action.status if action else DevelopmentStatus.PLANNED,
        )
        self.description_edit = child(self, QPlainTextEdit, "description_edit")
        day = today or dt.date.today()
        self.due_edit.setDate(qdate(action.due if action else day + dt.timedelta(days=90)))
        if action is not None:
            self.setWindowTitle(self.tr("Edit development action"))
            self.title_edit.setText(action.title)
            self.owner_edit.setText(action.owner)
            self.description_edit.setPlainText(action.description)
            self.ok_button.setText(self.tr("&Save"))
        else:
            self.setWindowTitle(self.tr("Add development action"))
            self.ok_button.setText(self.tr("&Add action"))
        self.errors.add("kind", self.kind_combo, "development kind", "kind")
        self.errors.add("title", self.title_edit, "action title", "title")
        self.errors.add("owner", self.owner_edit, "action owner", "owner")
        self.errors.add("due", self.due_edit, "due date")
        self.errors.add("status", self.status_combo, "action status", "status")
        self.errors.add("description", self.description_edit, "description")
        self.kind_combo.setFocus()

    def save(self) -> None:
        values: dict[str, Any] = {
            "kind": chosen(self.kind_combo),
            "title": self.title_edit.text(),
            "owner": self.owner_edit.text(),
            "due": pydate(self.due_edit.date()),
            "description": self.description_edit.toPlainText(),
            "status": chosen(self.status_combo),
        }
        if self._action is None:
            made = self._actor.run(
                add_development_action, self._partner.supplier_id, DevelopmentInput(**values)
            )
            self.record_id = made.id
        else:
            self._actor.run(
                update_development_action, self._action.id, DevelopmentChanges(**values)
            )
            self.record_id = self._action.id


class DevelopmentResultDialog(PartnerDialog):
    def __init__(
        self,
        actor: Actor,
        partner: Partner,
        action: DevelopmentRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(actor, partner, parent)
        load_form("development_result_dialog", self)
        self.bind_partner(self.tr("Action: {title}").format(title=action.title))
        self._action = action
        self.audit_combo = child(self, QComboBox, "audit_combo")
        held = [a for a in partner.audits if a.status not in NOT_HELD]
        fill_links(self.audit_combo, held, self.tr("(choose the audit)"), action.result_audit_id)
        self.result_edit = child(self, QPlainTextEdit, "result_edit")
        self.result_edit.setPlainText(action.result)
        self.errors.add("audit", self.audit_combo, "audit")
        self.errors.add("result", self.result_edit, "result")
        self.ok_button.setText(self.tr("&Record result"))
        self.audit_combo.setFocus()

    def save(self) -> None:
        audit = chosen(self.audit_combo)
        if not audit:
            raise FieldRefusal(self.tr("audit: choose the audit the result was seen at"), "audit")
        self._actor.run(record_result, self._action.id, audit, self.result_edit.toPlainText())
        self.record_id = self._action.id
