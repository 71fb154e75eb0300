"""Signing an audit (or another record: a supplier review's minutes): what is signed, by whom,
with which meaning, and the password that unlocks the signer's key (docs/design.md,
"Signatures").

The service decides: a wrong password, a missing role or an audit in the wrong state comes
back as its message in the dialog, which stays open. The meaning is asked every time and never
preselected: what a signature means is the signer's statement, so Sign stays disabled until one
is chosen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.feedback import show_error, wait_cursor
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.labels import label
from sqms_desktop.queries.audits import AuditRow
from sqms_desktop.queries.people import printed_name
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.signatures import sign_audit
from sqms_desktop.store.engine import Store
from sqms_desktop.vocab import SignatureMeaning

log = logging.getLogger(__name__)

MEANINGS = (
    SignatureMeaning.APPROVED,
    SignatureMeaning.AUTHORED,
    SignatureMeaning.REVIEWED,
    SignatureMeaning.RESPONSIBLE,
)


@dataclass(frozen=True)
class SignTarget:
    """A record to sign other than an audit: how the dialog names it, and the service that
    signs it (called as `sign(uow, record_id, username, password, meaning)`)."""

    id: str
    reference: str
    supplier_name: str
    supplier_code: str
    title: str
    sign: Callable[..., Any]


class SignDialog(QDialog):
    """Signs one audit (or `SignTarget`) as `username`; `signature_id` is set once the
    signature is stored."""

    def __init__(
        self,
        store: Store,
        audit: AuditRow | SignTarget,
        username: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("sign_dialog", self)
        self._actor = Actor(store, username)
        self._audit = audit
        self._sign: Callable[..., Any] = audit.sign if isinstance(audit, SignTarget) else sign_audit
        self.signature_id: str | None = None
        self.setWindowTitle(
            audit.title
            if isinstance(audit, SignTarget)
            else self.tr("Sign audit {reference}").format(reference=audit.reference)
        )
        child(self, QLabel, "reference_value").setText(audit.reference)
        if isinstance(audit, SignTarget):
            child(self, QLabel, "reference_label").setText(self.tr("Record:"))
        child(self, QLabel, "supplier_value").setText(
            f"{audit.supplier_name} ({audit.supplier_code})"
        )
        self.signer_value = child(self, QLabel, "signer_value")
        self.signer_value.setText(
            self.tr("{name} ({user})").format(
                name=self._actor.read(printed_name, username), user=username
            )
        )
        self.meaning_combo = child(self, QComboBox, "meaning_combo")
        for meaning in MEANINGS:
            self.meaning_combo.addItem(label(meaning.value), meaning.value)
        self.meaning_combo.setPlaceholderText(self.tr("Choose what your signature means…"))
        self.meaning_combo.setCurrentIndex(-1)
        self.password_edit = child(self, QLineEdit, "password_edit")
        self.error_label = child(self, QLabel, "error_label")
        show_error(self.error_label, "")
        buttons = child(self, QDialogButtonBox, "button_box")
        self.sign_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_button.setText(self.tr("&Sign"))
        self.sign_button.setEnabled(False)
        self.meaning_combo.currentIndexChanged.connect(self._on_meaning_combo_changed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.meaning_combo.setFocus()  # the first thing to choose, every time

    def meaning(self) -> str:
        """The chosen meaning, or "" while none is chosen."""
        chosen = self.meaning_combo.currentData()
        return str(chosen) if chosen is not None else ""

    def set_meaning(self, meaning: str) -> None:
        self.meaning_combo.setCurrentIndex(self.meaning_combo.findData(meaning))

    @Slot(int)
    def _on_meaning_combo_changed(self, index: int) -> None:
        self.sign_button.setEnabled(index >= 0)
        if index >= 0:
            show_error(self.error_label, "")

    def accept(self) -> None:
        if not self.meaning():
            show_error(self.error_label, self.tr("Choose what your signature means."))
            self.meaning_combo.setFocus()
            return
        try:
            with wait_cursor():
                signature = self._actor.run(
                    self._sign,
                    self._audit.id,
                    self._actor.user,
                    self.password_edit.text(),
                    self.meaning(),
                )
        except SqmsError as exc:
            log.info("signing %s refused: %s", self._audit.reference, exc)
            show_error(self.error_label, str(exc))
            self.password_edit.clear()
            return
        log.info("%s signed %s as %s", self._actor.user, self._audit.reference, self.meaning())
        self.signature_id = signature.id
        super().accept()
