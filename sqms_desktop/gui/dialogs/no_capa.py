"""No CAPA needed…: the reason a major finding goes into the signed report without a CAPA.

The lead auditor signs the audit only when each major (or critical) finding has a CAPA or this
reason; the reason is part of what is signed, so it is recorded before signing. The dialog lists
the findings it was given (from the audit view: those still without either) and records the
reason for the one chosen through `services/capa_raise.record_no_capa_reason`, which refuses
with its own words (a minor finding, a finding a CAPA answers, a locked audit, a role).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.feedback import show_error
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.queries.capa_form import FindingChoice, finding_choices
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.capa_raise import record_no_capa_reason

log = logging.getLogger(__name__)


class NoCapaDialog(QDialog):
    """Records why one of `finding_ids` needs no CAPA; `reference` names it once recorded."""

    def __init__(
        self, actor: Actor, finding_ids: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        load_form("no_capa_dialog", self)
        self._actor = actor
        self.reference: str | None = None
        self._choices = actor.read(finding_choices, list(finding_ids))
        self.finding_combo = child(self, QComboBox, "finding_combo")
        self.statement_label = child(self, QLabel, "statement_label")
        self.reason_edit = child(self, QPlainTextEdit, "reason_edit")
        self.error_label = child(self, QLabel, "error_label")
        show_error(self.error_label, "")
        for choice in self._choices:
            self.finding_combo.addItem(choice.reference, choice.id)
        buttons = child(self, QDialogButtonBox, "button_box")
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Record reason"))
        self.ok_button.setEnabled(bool(self._choices))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.finding_combo.currentIndexChanged.connect(self._on_finding_combo_current_index_changed)
        if not self._choices:
            show_error(self.error_label, self.tr("Every major finding has a CAPA or a reason."))
        self._show_choice()
        self.reason_edit.setFocus()

    def choice(self) -> FindingChoice | None:
        index = self.finding_combo.currentIndex()
        return self._choices[index] if 0 <= index < len(self._choices) else None

    def accept(self) -> None:
        choice = self.choice()
        if choice is None:
            return
        try:
            finding = self._actor.run(
                record_no_capa_reason, choice.id, self.reason_edit.toPlainText()
            )
        except SqmsError as exc:
            log.info("no-CAPA reason for %s refused: %s", choice.reference, exc)
            show_error(self.error_label, str(exc))
            return
        self.reference = finding.reference
        super().accept()

    def _show_choice(self) -> None:
        choice = self.choice()
        self.statement_label.setText(choice.describe() if choice else "")
        self.setWindowTitle(
            self.tr("No CAPA needed – {ref}").format(ref=choice.reference)
            if choice
            else self.tr("No CAPA needed")
        )
        if choice is not None and choice.no_capa_reason:
            self.reason_edit.setPlainText(choice.no_capa_reason)

    @Slot(int)
    def _on_finding_combo_current_index_changed(self, index: int) -> None:
        self._show_choice()


def ask_no_capa_reason(parent: QWidget, actor: Actor, finding_ids: Sequence[str]) -> str | None:
    """Run the dialog; the reference of the finding whose reason was recorded, or None."""
    dialog = NoCapaDialog(actor, finding_ids, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reference
    finally:
        dialog.deleteLater()
