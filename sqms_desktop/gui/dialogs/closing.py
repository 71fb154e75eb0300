"""The closing meeting (ISO 19011 §6.4.10): conclusions, who was there, what stayed disputed;
then the audit is completed and its lead auditor signs it, which locks it.

The result box shows the score as the engine computes it now, so the conclusions are written
against the figures that will be stored. Each step is its own action and the dialog follows the
audit's state; the services decide what each state allows.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.base.feedback import show_error
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.labels import grade_text, label, score_text
from sqms_desktop.gui.base.screen import fit_to_screen
from sqms_desktop.gui.dialogs.sign import SignDialog
from sqms_desktop.gui.widgets.findings_panel import SEVERITY
from sqms_desktop.queries.audits import ClosingMeeting, closing_meeting
from sqms_desktop.scoring import ScoreResult
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.audits import (
    LOCKED_STATES,
    complete_after_closing_meeting,
    record_closing_meeting,
)
from sqms_desktop.store.engine import Store
from sqms_desktop.vocab import AuditStatus, FindingClass

log = logging.getLogger(__name__)
LISTED_UNANSWERED = 8  # the dialog lists this many unanswered questions, then counts the rest
SHORT_TEXT = 70  # characters of a question's text in that list
UNANSWERED_HEIGHT = 720  # the dialog's height while it lists them (less on a small screen)


def _short(text: str) -> str:
    return text if len(text) <= SHORT_TEXT else text[: SHORT_TEXT - 1].rstrip() + "…"


Today = Callable[[], dt.date]


class ClosingMeetingDialog(QDialog):
    """Closing meeting of one audit, then Complete audit and Sign…, as `user`.

    Save (Enter, Ctrl+Enter in a text box) stores the meeting and closes; Complete audit and
    Sign… keep the dialog open so the next step follows.
    """

    def __init__(
        self,
        store: Store,
        user: str,
        audit_id: str,
        parent: QWidget | None = None,
        *,
        today: Today = dt.date.today,
    ) -> None:
        super().__init__(parent)
        load_form("closing_dialog", self)
        self._actor = Actor(store, user)
        self._audit_id = audit_id
        self._today = today
        self.heading_label = child(self, QLabel, "heading_label")
        self.conclusions_edit = child(self, QPlainTextEdit, "conclusions_edit")
        self.participants_edit = child(self, QPlainTextEdit, "participants_edit")
        self.opinions_edit = child(self, QPlainTextEdit, "opinions_edit")
        self.unanswered_label = child(self, QLabel, "unanswered_label")
        self.unanswered_value = child(self, QLabel, "unanswered_value")
        self.incomplete_label = child(self, QLabel, "incomplete_label")
        self.incomplete_edit = child(self, QLineEdit, "incomplete_edit")
        self.score_value = child(self, QLabel, "score_value")
        self.grade_value = child(self, QLabel, "grade_value")
        self.reasons_value = child(self, QLabel, "reasons_value")
        self.findings_value = child(self, QLabel, "findings_value")
        self.sections_tree = child(self, QTreeWidget, "sections_tree")
        header = self.sections_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.result_group = child(self, QGroupBox, "result_group")
        self.state_label = child(self, QLabel, "state_label")
        self.error_label = child(self, QLabel, "error_label")
        show_error(self.error_label, "")

        buttons = child(self, QDialogButtonBox, "button_box")
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.complete_button = QPushButton(self.tr("&Complete audit"))
        self.complete_button.setAutoDefault(False)
        self.sign_button = QPushButton(self.tr("S&ign…"))
        self.sign_button.setAutoDefault(False)
        buttons.addButton(self.complete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.complete_button.clicked.connect(self._on_complete_button_clicked)
        self.sign_button.clicked.connect(self._on_sign_button_clicked)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

        self.state = self._read()
        self.conclusions_edit.setPlainText(self.state.conclusions)
        self.participants_edit.setPlainText(self.state.participants)
        self.opinions_edit.setPlainText(self.state.opinions)
        self.incomplete_edit.setText(self.state.incomplete_reason)
        self._show_state()
        if self.unanswered_value.isVisibleTo(self):
            # The list of unanswered questions needs the height (German wraps it more).
            fit_to_screen(self, self.width(), max(self.height(), UNANSWERED_HEIGHT))
        self.conclusions_edit.setFocus()

    # -- public ----------------------------------------------------------------------------

    def status(self) -> str:
        return self.state.row.status

    def save(self) -> bool:
        """Store the closing meeting; False (with the reason shown) when it was refused."""
        return self._write(
            lambda: self._actor.run(
                record_closing_meeting,
                self._audit_id,
                conclusions=self.conclusions_edit.toPlainText(),
                closing_participants=self.participants_edit.toPlainText(),
                diverging_opinions=self.opinions_edit.toPlainText(),
            )
        )

    def complete(self) -> bool:
        """Store the meeting and complete the audit with its current score, as one action."""
        return self._write(
            lambda: self._actor.run(
                complete_after_closing_meeting,
                self._audit_id,
                self._today(),
                conclusions=self.conclusions_edit.toPlainText(),
                closing_participants=self.participants_edit.toPlainText(),
                diverging_opinions=self.opinions_edit.toPlainText(),
                incomplete_reason=self.incomplete_edit.text(),
            )
        )

    def sign_dialog(self) -> SignDialog:
        """The existing signing dialog for this audit, for the signed-in user."""
        return SignDialog(self._actor.store, self.state.row, self._actor.user, self)

    def accept(self) -> None:
        if self.status() in LOCKED_STATES or self.save():
            super().accept()

    # -- internals -------------------------------------------------------------------------

    def _read(self) -> ClosingMeeting:
        return self._actor.read(closing_meeting, self._audit_id)

    def _write(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except SqmsError as exc:
            log.info("closing of %s refused: %s", self.state.row.reference, exc)
            show_error(self.error_label, str(exc))
            return False
        show_error(self.error_label, "")
        self.state = self._read()
        self._show_state()
        return True

    def _show_state(self) -> None:
        state, row = self.state, self.state.row
        self.setWindowTitle(self.tr("Closing meeting – {ref}").format(ref=row.reference))
        kind = self.tr("{type} audit").format(type=label(row.type))
        self.heading_label.setText(
            f"<b>{escape(row.reference)} · {escape(row.supplier_name)}</b> "
            f"({escape(row.supplier_code)})<br>{escape(kind)} · {escape(row.template)} · "
            f"<b>{escape(label(row.status))}</b>"
        )
        result = state.result
        self.score_value.setText(score_text(result.total) or self.tr("not rated yet"))
        self.grade_value.setText(f"<b>{escape(grade_text(result.grade))}</b>")
        notes = list(result.reasons)
        if result.unanswered:
            notes.append(self.tr("%n question(s) not answered", "", len(result.unanswered)))
        self.reasons_value.setText("<br>".join(f"• {escape(n)}" for n in notes))
        self.reasons_value.setVisible(bool(notes))
        counts = [
            f"{escape(label(cls.value))}: <b>{state.findings.get(cls.value, 0)}</b>"
            for cls in SEVERITY
            if state.findings.get(cls.value) or cls != FindingClass.CRITICAL
        ]
        self.findings_value.setText("<br>".join(counts))
        self._fill_sections(result)
        self._show_unanswered()
        running = row.status in (AuditStatus.PLANNED, AuditStatus.IN_PROGRESS)
        self.result_group.setTitle(self.tr("Result so far") if running else self.tr("Result"))
        self._enable()

    def _show_unanswered(self) -> None:
        """Warn of required questions left unanswered, listed, with the reason completing needs;
        after completion, the reason that was given."""
        state = self.state
        running = state.row.status in (AuditStatus.PLANNED, AuditStatus.IN_PROGRESS)
        questions = state.unanswered if running else ()
        shown = bool(questions or state.incomplete_reason)
        for widget in (
            self.unanswered_label,
            self.unanswered_value,
            self.incomplete_label,
            self.incomplete_edit,
        ):
            widget.setVisible(shown)
        self.incomplete_edit.setReadOnly(not running)
        if not questions:
            self.unanswered_value.setText(escape(self.tr("Completed with questions unanswered")))
            return
        listed = "".join(
            f"<br>• <b>{escape(q.qid)}</b> {escape(_short(q.text))}"
            for q in questions[:LISTED_UNANSWERED]
        )
        more = len(questions) - LISTED_UNANSWERED
        if more > 0:
            listed += "<br>" + escape(self.tr("… and {n} more").format(n=more))
        color = current_colors().warning
        self.unanswered_value.setText(
            f'<span style="color:{color}"><b>'
            + escape(
                self.tr(
                    "%n question(s) not answered; completing needs a reason:", "", len(questions)
                )
            )
            + f"</b></span>{listed}"
        )

    def _fill_sections(self, result: ScoreResult) -> None:
        """Each element's or section's degree of fulfilment."""
        self.sections_tree.clear()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for figure in result.elements:
            item = QTreeWidgetItem(
                self.sections_tree,
                [f"{figure.code} {figure.title}", score_text(figure.percent) or "–"],
            )
            item.setToolTip(0, f"{figure.code} {figure.title}")
            item.setTextAlignment(1, right)

    def _enable(self) -> None:
        status = self.status()
        locked = status in LOCKED_STATES
        for edit in (self.conclusions_edit, self.participants_edit, self.opinions_edit):
            edit.setReadOnly(locked)
        self.save_button.setEnabled(not locked)
        self.complete_button.setEnabled(status == AuditStatus.IN_PROGRESS)
        self.sign_button.setEnabled(status == AuditStatus.COMPLETED)
        colors = current_colors()
        if locked:
            signed = "; ".join(
                escape(check.describe()) for check in self.state.signatures
            ) or escape(self.tr("no signature"))
            text = (
                f'<span style="color:{colors.good}"><b>'
                + escape(
                    self.tr("The audit is {status} and locked.").format(
                        status=label(status).lower()
                    )
                )
                + f"</b></span> {signed}"
            )
        elif status == AuditStatus.COMPLETED:
            text = escape(self.tr("Completed: the lead auditor signs it next, which locks it."))
        elif status == AuditStatus.IN_PROGRESS:
            text = escape(
                self.tr("Save the meeting as it goes; Complete audit stores the score shown.")
            )
        else:
            text = escape(
                self.tr("The audit is {status}; start it first.").format(
                    status=label(status).lower()
                )
            )
        self.state_label.setText(text)

    @Slot()
    def _on_complete_button_clicked(self) -> None:
        if self.complete():
            self.sign_button.setFocus()

    @Slot()
    def _on_sign_button_clicked(self) -> None:
        if not self.save():  # what was typed since is kept before the signature covers it
            return
        dialog = self.sign_dialog()
        try:
            signed = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if signed:
            self.state = self._read()
            self._show_state()
            self.close_button.setFocus()
