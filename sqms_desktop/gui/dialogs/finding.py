"""Raising a finding, from a question or free-standing, with its photos linked; and correcting
one while the audit runs.

The dialog only gathers words; the field-work services decide what is acceptable (the same
functions `sqms audit finding add` calls), and a refusal is shown in the dialog, which stays open
with everything typed. The finding and its photo links are one action: a refused link leaves no
finding behind. The first finding on a planned audit starts it, as the first answer does.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.base.feedback import show_error
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.widgets.findings_panel import SEVERITY
from sqms_desktop.queries.findings import (
    EscalationProposal,
    FindingValues,
    escalation_if_raised,
    finding_context,
)
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.fieldwork import (
    raise_finding_with_evidence,
    revise_finding_with_evidence,
)
from sqms_desktop.services.findings import FindingProposal
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Finding
from sqms_desktop.vocab import FindingClass

log = logging.getLogger(__name__)


Today = Callable[[], dt.date]


class FindingDialog(QDialog):
    """Raises a finding on `audit_id` as `user`, or corrects `finding_id`.

    After acceptance `finding_id` and `reference` name the finding; `before` (corrections only)
    and `after` hold its values, so the caller can push an undo command; `started` says whether
    raising it started the audit (on `today`).
    """

    def __init__(
        self,
        store: Store,
        user: str,
        audit_id: str,
        *,
        question_id: str | None = None,
        proposal: FindingProposal | None = None,
        finding_id: str | None = None,
        parent: QWidget | None = None,
        today: Today = dt.date.today,
    ) -> None:
        super().__init__(parent)
        load_form("finding_dialog", self)
        self._actor = Actor(store, user)
        self._audit_id = audit_id
        self._today = today
        self.finding_id: str | None = finding_id
        self.context = self._actor.read(finding_context, audit_id, question_id, finding_id)
        ctx = self.context
        self.reference: str | None = ctx.reference or None
        self.before: FindingValues | None = ctx.existing
        self.after: FindingValues | None = None
        self.escalation: EscalationProposal | None = None
        self.started = False

        self.class_combo = child(self, QComboBox, "class_combo")
        for cls in SEVERITY:
            if cls != FindingClass.CRITICAL or ctx.gmp or self._is_class(cls):
                self.class_combo.addItem(label(cls.value), cls.value)
        self.statement_edit = child(self, QPlainTextEdit, "statement_edit")
        self.requirement_edit = child(self, QLineEdit, "requirement_edit")
        self.evidence_edit = child(self, QPlainTextEdit, "evidence_edit")
        self.photos_list = child(self, QListWidget, "photos_list")
        self.escalation_label = child(self, QLabel, "escalation_label")
        self.escalate_button = child(self, QPushButton, "escalate_button")
        self.error_label = child(self, QLabel, "error_label")
        show_error(self.error_label, "")
        self.proposal_label = child(self, QLabel, "proposal_label")
        self.proposal_label.setVisible(proposal is not None)
        child(self, QLabel, "context_label").setText(self._context_html())
        self._fill_photos()

        buttons = child(self, QDialogButtonBox, "button_box")
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Enter in a text box starts a new line; Ctrl+Enter accepts from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

        if ctx.existing is not None:
            self.setWindowTitle(self.tr("Correct finding {ref}").format(ref=ctx.reference))
            self.ok_button.setText(self.tr("&Save"))
            self.set_finding_class(ctx.existing.finding_class)
            self.statement_edit.setPlainText(ctx.existing.statement)
            self.requirement_edit.setText(ctx.existing.requirement)
            self.evidence_edit.setPlainText(ctx.existing.objective_evidence)
            for photo_id in ctx.existing.photo_ids:
                self.check_photo(photo_id)
        else:
            self.setWindowTitle(self.tr("Raise finding – {ref}").format(ref=ctx.audit_reference))
            self.ok_button.setText(self.tr("&Raise finding"))
            self.requirement_edit.setText(ctx.clause)
            self.set_finding_class(FindingClass.MINOR_NC)
            if proposal is not None:
                self._apply_proposal(proposal)
        self.class_combo.currentIndexChanged.connect(self._on_class_combo_current_index_changed)
        self.requirement_edit.textChanged.connect(self._on_requirement_edit_text_changed)
        self.escalate_button.clicked.connect(self._on_escalate_button_clicked)
        self._update_escalation()
        self.statement_edit.setFocus()

    # -- public ----------------------------------------------------------------------------

    def finding_class(self) -> str:
        return str(self.class_combo.currentData())

    def set_finding_class(self, finding_class: str) -> None:
        index = self.class_combo.findData(str(finding_class))
        if index >= 0:
            self.class_combo.setCurrentIndex(index)

    def photo_ids(self) -> list[str]:
        """The attachments ticked for linking, in list order."""
        items = (self.photos_list.item(n) for n in range(self.photos_list.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def check_photo(self, attachment_id: str, checked: bool = True) -> None:
        for n in range(self.photos_list.count()):
            item = self.photos_list.item(n)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == attachment_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def values(self) -> FindingValues:
        return FindingValues(
            self.finding_class(),
            self.statement_edit.toPlainText().strip(),
            self.requirement_edit.text().strip(),
            self.evidence_edit.toPlainText().strip(),
            tuple(self.photo_ids()),
        )

    def accept(self) -> None:
        values = self.values()
        try:
            finding = self._write(values)
        except SqmsError as exc:
            log.info("finding on %s refused: %s", self.context.audit_reference, exc)
            show_error(self.error_label, str(exc))
            return
        self.finding_id, self.reference, self.after = finding.id, finding.reference, values
        log.info("%s stored %s (%s)", self._actor.user, finding.reference, finding.finding_class)
        super().accept()

    # -- internals -------------------------------------------------------------------------

    def _write(self, values: FindingValues) -> Finding:
        """Raise the finding with its photos, or correct it and relink them: one action."""
        if self.context.existing is None or self.finding_id is None:
            raised = self._actor.run(
                raise_finding_with_evidence,
                self._audit_id,
                values.finding_class,
                values.statement,
                question_id=self.context.question_id,
                requirement=values.requirement,
                objective_evidence=values.objective_evidence,
                photo_ids=values.photo_ids,
                on=self._today(),
            )
            self.started = raised.started
            return raised.finding
        return self._actor.run(
            revise_finding_with_evidence,
            self.finding_id,
            finding_class=values.finding_class,
            statement=values.statement,
            requirement=values.requirement,
            objective_evidence=values.objective_evidence,
            photo_ids=values.photo_ids,
        )

    def _is_class(self, finding_class: str) -> bool:
        existing = self.context.existing
        return existing is not None and existing.finding_class == finding_class

    def _context_html(self) -> str:
        ctx = self.context
        head = self.tr("Audit {ref} · {supplier}").format(
            ref=ctx.audit_reference, supplier=ctx.supplier
        )
        lines = [f"<b>{escape(head)}</b>"]
        if ctx.qid:
            lines.append(
                escape(
                    self.tr("Question {qid}: {text}").format(qid=ctx.qid, text=ctx.question_text)
                )
            )
        else:
            lines.append(escape(self.tr("Free-standing finding (not raised on a question)")))
        return "<br>".join(lines)

    def _fill_photos(self) -> None:
        own = self.finding_id
        for photo in self.context.photos:
            text = photo.caption or photo.original_name
            if photo.caption and photo.original_name:
                text = f"{photo.caption} — {photo.original_name}"
            item = QListWidgetItem(text, self.photos_list)
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            if photo.finding_reference and photo.finding_id != own:
                item.setText(
                    self.tr("{text} (with {ref})").format(text=text, ref=photo.finding_reference)
                )
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(
                    self.tr("This photo already belongs to {ref}.").format(
                        ref=photo.finding_reference
                    )
                )
        if not self.context.photos:
            item = QListWidgetItem(self.tr("No photos or documents attached to this audit yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.photos_list.addItem(item)
        rows = max(2, min(5, self.photos_list.count()))
        height = self.photos_list.sizeHintForRow(0) * rows + 2 * self.photos_list.frameWidth()
        self.photos_list.setMaximumHeight(height + 4)

    def _apply_proposal(self, proposal: FindingProposal) -> None:
        self.set_finding_class(proposal.finding_class)
        if proposal.statement:
            self.statement_edit.setPlainText(proposal.statement)
        if proposal.requirement:
            self.requirement_edit.setText(proposal.requirement)
        color = current_colors().warning
        self.proposal_label.setText(
            f'<span style="color:{color}"><b>{escape(self.tr("Proposed"))}:</b></span> '
            + escape(proposal.reason)
        )

    def _update_escalation(self) -> None:
        """Offer a major NC when this minor NC would repeat one against the same requirement in
        this audit: repeated minors are escalated. The one being typed is not stored yet, so the
        query counts it as "this finding"."""
        proposal = self._actor.read(
            escalation_if_raised,
            self._audit_id,
            self.finding_class(),
            self.requirement_edit.text(),
            besides=self.finding_id,
            this_finding=self.tr("this finding"),
        )
        self.escalation = proposal
        text = proposal.reason if proposal is not None else ""
        color = current_colors().alert
        self.escalation_label.setText(f'<span style="color:{color}">{escape(text)}</span>')
        self.escalation_label.setVisible(proposal is not None)
        self.escalate_button.setVisible(proposal is not None)

    @Slot(int)
    def _on_class_combo_current_index_changed(self, index: int) -> None:
        self._update_escalation()

    @Slot(str)
    def _on_requirement_edit_text_changed(self, text: str) -> None:
        self._update_escalation()

    @Slot()
    def _on_escalate_button_clicked(self) -> None:
        self.set_finding_class(FindingClass.MAJOR_NC)
        self.statement_edit.setFocus()
