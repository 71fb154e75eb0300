"""A person's decision on a scorecard proposal (docs/design.md "Scorecards"): accept it (the
supplier's status changes, or it is recognised as preferred) or dismiss it, always with a
reason, and always recorded as a `SupplierDecision` against the proposal's basis so that a
dismissed proposal stays away until its basis changes.

The proposal is looked up again inside the action: one that no longer stands (a new month
changed the bands, someone else decided it, the certificate was renewed) is refused rather
than acted on from a stale screen.
"""

from __future__ import annotations

import datetime as dt

from sqms_desktop.errors import StateError
from sqms_desktop.i18n import translate
from sqms_desktop.performance.proposals import Proposal
from sqms_desktop.queries.scorecards import open_proposals
from sqms_desktop.services import get, in_words, require_choice, require_text
from sqms_desktop.services.supplier_rules import require_master_data_role
from sqms_desktop.services.suppliers import set_supplier_status
from sqms_desktop.store.models import Supplier, SupplierDecision
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import ProposalDecision, ProposalKind, SupplierStatus

# The status an accepted proposal gives the supplier (preferred is a recognition, not a status).
STATUS_OF = {
    ProposalKind.PROBATION: SupplierStatus.PROBATION,
    ProposalKind.CONDITIONAL: SupplierStatus.CONDITIONAL,
}


def standing_proposal(
    uow: UnitOfWork, supplier: Supplier, kind: str, basis: str | None, today: dt.date
) -> Proposal:
    """The proposal of `kind` that stands for the supplier today (on `basis`, when given)."""
    wanted = ProposalKind(require_choice(kind, ProposalKind.values(), "proposal"))
    found = [p for _, p in open_proposals(uow.session, today=today, supplier_id=supplier.id)]
    match = next((p for p in found if p.kind == wanted), None)
    if match is None:
        raise StateError(
            translate(
                "proposals",
                "no {wanted} proposal stands for {code} any more (already decided, or "
                "the scorecards no longer propose it)",
            ).format(wanted=in_words(wanted), code=supplier.code)
        )
    if basis is not None and basis != match.basis:
        raise StateError(
            translate(
                "proposals",
                "the {wanted} proposal for {code} now rests on {match_basis!r}, not on "
                "{basis!r}; look at it again before deciding",
            ).format(
                wanted=in_words(wanted), code=supplier.code, match_basis=match.basis, basis=basis
            )
        )
    return match


def _decide(
    uow: UnitOfWork,
    supplier_id: str,
    kind: str,
    decision: ProposalDecision,
    reason: str,
    basis: str | None,
) -> tuple[Supplier, Proposal, str, SupplierDecision]:
    if decision == ProposalDecision.ACCEPTED:
        action = translate("proposals", "accepting a scorecard proposal")
        field = translate("proposals", "reason for accepting the proposal")
    else:
        action = translate("proposals", "dismissing a scorecard proposal")
        field = translate("proposals", "reason for dismissing the proposal")
    require_master_data_role(uow, action)
    supplier = get(uow, Supplier, supplier_id, "supplier")
    why = require_text(reason, field, limit=2000)
    today = uow.now.date()
    proposal = standing_proposal(uow, supplier, kind, basis, today)
    record = uow.add(
        SupplierDecision(
            supplier_id=supplier.id,
            kind=proposal.kind,
            basis=proposal.basis,
            decision=decision,
            reason=why,
            decided_by=uow.user,
            decided_on=today,
        ),
        reason=why,
    )
    return supplier, proposal, why, record


def accept_proposal(
    uow: UnitOfWork, supplier_id: str, kind: str, *, reason: str, basis: str | None = None
) -> SupplierDecision:
    """Probation and conditional change the supplier's status through the status service
    (with the reason, into the status history); preferred sets the recognition."""
    supplier, proposal, why, record = _decide(
        uow, supplier_id, kind, ProposalDecision.ACCEPTED, reason, basis
    )
    said = f"{why} (scorecard proposal: {proposal.basis})"
    if proposal.kind in STATUS_OF:
        set_supplier_status(uow, supplier.id, STATUS_OF[proposal.kind], reason=said)
    else:
        uow.update(supplier, {"preferred": True}, reason=said)
    return record


def dismiss_proposal(
    uow: UnitOfWork, supplier_id: str, kind: str, *, reason: str, basis: str | None = None
) -> SupplierDecision:
    """Nothing changes on the supplier; the decision keeps the proposal away until its basis
    changes."""
    return _decide(uow, supplier_id, kind, ProposalDecision.DISMISSED, reason, basis)[3]
