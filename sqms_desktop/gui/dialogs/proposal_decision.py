"""Accept… or Dismiss… a scorecard proposal: the dialog names the supplier, the proposal and
what it rests on, says what accepting or dismissing does, and asks for the reason.

OK calls `services/proposals.accept_proposal` or `dismiss_proposal` with the basis the dialog
showed, so a proposal whose basis changed meanwhile (or that someone else decided) is refused
in the dialog's error line rather than decided unseen.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.dialogs.form_dialog import FormDialog
from sqms_desktop.performance.proposals import Proposal
from sqms_desktop.queries.scorecards import Scorecard
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.proposals import accept_proposal, dismiss_proposal
from sqms_desktop.vocab import ProposalKind


class ProposalDecisionDialog(FormDialog):
    """Accepts (`accepting`) or dismisses `proposal` of the supplier of `card`."""

    def __init__(
        self,
        actor: Actor,
        card: Scorecard,
        proposal: Proposal,
        *,
        accepting: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("proposal_decision_dialog", self)
        self._actor = actor
        self._card = card
        self._proposal = proposal
        self._accepting = accepting
        kind = label(proposal.kind)
        self.setWindowTitle(
            (
                self.tr("Accept proposal – {kind}")
                if accepting
                else self.tr("Dismiss proposal – {kind}")
            ).format(kind=kind)
        )
        child(self, QLabel, "supplier_label").setText(
            self.tr("<b>{code}</b> {name}").format(code=card.code, name=escape(card.name))
        )
        child(self, QLabel, "proposal_label").setText(proposal.explanation)
        child(self, QLabel, "effect_label").setText(self._effect())
        self.reason_edit = child(self, QPlainTextEdit, "reason_edit")
        self.bind_form()
        self.ok_button.setText(self.tr("&Accept") if accepting else self.tr("&Dismiss"))
        self.reason_edit.setFocus()

    def _effect(self) -> str:
        if not self._accepting:
            return self.tr(
                "The supplier stays as it is. The proposal does not come back until what it "
                "rests on changes."
            )
        if self._proposal.kind == ProposalKind.PREFERRED:
            return self.tr("The supplier is recognised as a preferred supplier.")
        return self.tr("The supplier's status becomes “{status}” (in its status history).").format(
            status=label(self._proposal.kind)
        )

    def save(self) -> None:
        act = accept_proposal if self._accepting else dismiss_proposal
        self._actor.run(
            act,
            self._card.supplier_id,
            self._proposal.kind,
            reason=self.reason_edit.toPlainText(),
            basis=self._proposal.basis,
        )
