"""CAPAs / SCARs: raised from findings or free-standing, moved forward stage by stage, accepted
or rejected by the quality engineer, cancelled or reopened with a reason; states never go back.

Every decision also appends a `CapaReview`, so the stage timeline (who accepted what, when, and
every rejection with its reason) is a record of its own rather than something read back from
the trail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from sqms_desktop.capa.content import normalize
from sqms_desktop.capa.stages import (
    DEFAULT_DEADLINES,
    DUE_FIELD_BY_STATE,
    OPEN_STATES,
    ORDER,
    C,
    due_dates,
    human,
    next_stage,
    overdue_stage,
)
from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.capas import deadline_days
from sqms_desktop.services import get, in_words, require_choice, require_text, said
from sqms_desktop.services.capa_8d import add_action, complete_action
from sqms_desktop.services.identity import require_actor
from sqms_desktop.services.numbering import capa_reference
from sqms_desktop.store.models import (
    Audit,
    Capa,
    CapaDeadlinePolicy,
    CapaFinding,
    CapaReview,
    Finding,
    Supplier,
)
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import (
    CapaState,
    CapaType,
    FindingClass,
    FindingStatus,
    ReviewDecision,
    UserRole,
)

__all__ = [
    "DEFAULT_DEADLINES",
    "DUE_FIELD_BY_STATE",
    "OPEN_STATES",
    "ORDER",
    "SOURCES",
    "C",
    "CapaInput",
    "accept_stage",
    "add_action",
    "advance_capa",
    "cancel_capa",
    "complete_action",
    "issue_capa",
    "overdue_stage",
    "raise_capa",
    "reject_stage",
    "reopen_capa",
    "set_supplier_deadlines",
]


QE = UserRole.QUALITY_ENGINEER


SOURCES = ("audit", "customer_complaint", "incoming_inspection", "field_failure", "internal")


# A failed effectiveness check or a reopened CAPA goes back to finding the root cause again.
REOPEN_TO = C.CONTAINMENT


@dataclass
class CapaInput:
    supplier_id: str
    title: str
    owner: str
    finding_ids: list[str] = field(default_factory=list)
    type: str = CapaType.CORRECTIVE.value
    problem_description: str = ""
    is_scar: bool = True
    safety_critical: bool = False
    source: str = ""  # default: "audit" with findings, else "customer_complaint"
    source_reference: str = ""  # e.g. the customer's complaint number
    # D2 (5W2H) as the CAPA starts with it, e.g. written from its findings (None: empty).
    d2: dict[str, Any] | None = None


def raise_capa(uow: UnitOfWork, data: CapaInput) -> Capa:
    """A CAPA on one or several findings of one supplier, or free-standing (a complaint)."""
    require_actor(uow, QE, UserRole.LEAD_AUDITOR, action=said("raising a CAPA"))
    supplier = get(uow, Supplier, data.supplier_id, "supplier")
    require_choice(data.type, CapaType.values(), "CAPA type")
    source = data.source or ("audit" if data.finding_ids else "customer_complaint")
    require_choice(source, list(SOURCES), "CAPA source")
    findings = [get(uow, Finding, fid, "finding") for fid in dict.fromkeys(data.finding_ids)]
    for finding in findings:
        audit = get(uow, Audit, finding.audit_id, "audit")
        if audit.supplier_id != supplier.id:
            raise ValidationError(
                translate(
                    "capas", "finding {reference} belongs to another supplier's audit"
                ).format(reference=finding.reference)
            )
        if finding.finding_class == FindingClass.GOOD_PRACTICE.value:
            raise ValidationError(
                translate("capas", "finding {reference} is a good practice; no CAPA").format(
                    reference=finding.reference
                )
            )
    capa = uow.add(
        Capa(
            reference=capa_reference(uow),
            supplier_id=supplier.id,
            type=data.type,
            is_scar=data.is_scar,
            title=require_text(data.title, "CAPA title", limit=200),
            problem_description=data.problem_description.strip(),
            owner=require_text(data.owner, "CAPA owner", limit=64),
            state=C.DRAFT.value,
            safety_critical=data.safety_critical,
            source=source,
            source_reference=data.source_reference.strip()[:100] or None,
            d2=normalize("d2", data.d2) if data.d2 else None,
        )
    )
    for finding in findings:
        uow.add(CapaFinding(capa_id=capa.id, finding_id=finding.id))
        uow.update(finding, {"status": FindingStatus.CAPA_RAISED.value})
    return capa


def set_supplier_deadlines(
    uow: UnitOfWork, supplier_id: str, days: dict[str, int]
) -> CapaDeadlinePolicy:
    """Agree other stage deadlines with a supplier; CAPAs issued from now on use them."""
    require_actor(uow, QE, action=said("changing a supplier's CAPA deadlines"))
    supplier = get(uow, Supplier, supplier_id, "supplier")
    if set(days) != set(DEFAULT_DEADLINES):
        raise ValidationError(
            translate("capas", "CAPA deadlines need exactly {deadlines}").format(
                deadlines=", ".join(DEFAULT_DEADLINES)
            )
        )
    previous = 0
    for due in DEFAULT_DEADLINES:  # in stage order
        value = days[due]
        if not isinstance(value, int) or value < 1 or value > 365:
            raise ValidationError(
                translate("capas", "{due}: {value!r} is not 1 to 365 days").format(
                    due=due.replace("_", " "), value=value
                )
            )
        if value < previous:
            raise ValidationError(
                translate(
                    "capas",
                    "{due} ({value} days) comes before an earlier stage's deadline ({previous} "
                    "days); stages are due in order",
                ).format(due=due.replace("_", " "), value=value, previous=previous)
            )
        previous = value
    values = {due.removesuffix("_due") + "_days": days[due] for due in DEFAULT_DEADLINES}
    policy = uow.session.scalars(
        select(CapaDeadlinePolicy).where(CapaDeadlinePolicy.supplier_id == supplier.id)
    ).first()
    if policy is None:
        return uow.add(CapaDeadlinePolicy(supplier_id=supplier.id, **values))
    uow.update(policy, values, reason=f"CAPA deadlines agreed with {supplier.code}")
    return policy


def _deadlines(uow: UnitOfWork, capa: Capa, start: dt.date, *, skip: int = 0) -> dict[str, object]:
    days = deadline_days(uow.session, capa.supplier_id)
    return dict(due_dates(days, start, safety_critical=capa.safety_critical, skip=skip))


def issue_capa(uow: UnitOfWork, capa_id: str, on: dt.date) -> Capa:
    """Issue to the supplier: the stage deadlines start counting from `on`."""
    require_actor(uow, QE, action=said("issuing a CAPA"))
    capa = get(uow, Capa, capa_id, "CAPA")
    _require_next(capa, C.ISSUED)
    uow.update(capa, {"state": C.ISSUED.value, "issued_on": on, **_deadlines(uow, capa, on)})
    _review(uow, capa, C.ISSUED.value, ReviewDecision.ISSUED, on)
    return capa


def advance_capa(uow: UnitOfWork, capa_id: str, to: str, *, on: dt.date, note: str = "") -> Capa:
    """Accept the stage `to` (the next one) and move there; states never go back."""
    require_actor(uow, QE, action=said("accepting a CAPA stage"))
    capa = get(uow, Capa, capa_id, "CAPA")
    target = CapaState(require_choice(to, CapaState.values(), "CAPA state"))
    if target == C.ISSUED:
        return issue_capa(uow, capa_id, on)
    _require_next(capa, target)
    values: dict[str, object] = {"state": target.value, "rejection_reason": None}
    if target == C.CLOSED:
        values["closed_on"] = on
    uow.update(capa, values, reason=note.strip())
    _review(uow, capa, target.value, ReviewDecision.ACCEPTED, on, note.strip())
    return capa


def accept_stage(uow: UnitOfWork, capa_id: str, *, on: dt.date, note: str = "") -> Capa:
    """The quality engineer accepts what the supplier delivered for the next stage."""
    capa = get(uow, Capa, capa_id, "CAPA")
    stage = next_stage(capa.state)
    if stage is None:
        raise StateError(
            translate("capas", "CAPA {reference} is {state}; it has no stage to accept").format(
                reference=capa.reference, state=in_words(capa.state)
            )
        )
    return advance_capa(uow, capa_id, stage.value, on=on, note=note)


def reject_stage(uow: UnitOfWork, capa_id: str, *, on: dt.date, reason: str) -> Capa:
    """Send the supplier's answer for the next stage back: the CAPA keeps its stage."""
    require_actor(uow, QE, action=said("rejecting a CAPA stage"))
    capa = get(uow, Capa, capa_id, "CAPA")
    stage = next_stage(capa.state)
    if stage is None or capa.state == C.DRAFT.value:
        raise StateError(
            translate(
                "capas",
                "CAPA {reference} is {state}; only a stage the supplier answered can be rejected",
            ).format(reference=capa.reference, state=in_words(capa.state))
        )
    text = require_text(reason, "reason for rejecting the stage", limit=2000)
    uow.update(capa, {"rejection_reason": f"{human(stage.value)}: {text}"}, reason=text)
    _review(uow, capa, stage.value, ReviewDecision.REJECTED, on, text)
    return capa


def cancel_capa(uow: UnitOfWork, capa_id: str, *, reason: str, on: dt.date | None = None) -> Capa:
    require_actor(uow, QE, action=said("cancelling a CAPA"))
    capa = get(uow, Capa, capa_id, "CAPA")
    if capa.state not in OPEN_STATES:
        raise StateError(
            translate(
                "capas", "CAPA {reference} is {state}; only an open CAPA can be cancelled"
            ).format(reference=capa.reference, state=in_words(capa.state))
        )
    text = require_text(reason, "reason for cancelling")
    uow.update(capa, {"state": C.CANCELLED.value, "cancel_reason": text}, reason=text)
    _review(uow, capa, C.CANCELLED.value, ReviewDecision.CANCELLED, on or uow.now.date(), text)
    return capa


def reopen_capa(uow: UnitOfWork, capa_id: str, *, reason: str, on: dt.date) -> Capa:
    """Reopen a closed CAPA (or one under verification whose fix did not work): the root cause
    is looked for again, with the later deadlines counted afresh from `on`."""
    require_actor(uow, QE, action=said("reopening a CAPA"))
    return _reopen(uow, get(uow, Capa, capa_id, "CAPA"), reason=reason, on=on)


def _reopen(uow: UnitOfWork, capa: Capa, *, reason: str, on: dt.date) -> Capa:
    """Reopen without the role check: a failed effectiveness check in an audit reopens too."""
    if capa.state not in (C.CLOSED.value, C.VERIFICATION.value):
        raise StateError(
            translate(
                "capas",
                "CAPA {reference} is {state}; only a closed CAPA or one under verification "
                "can be reopened",
            ).format(reference=capa.reference, state=in_words(capa.state))
        )
    text = require_text(reason, "reason for reopening")
    skip = deadline_days(uow.session, capa.supplier_id)["containment_due"]
    later = {
        due: day
        for due, day in _deadlines(uow, capa, on, skip=skip).items()
        if due != "containment_due"
    }
    values = {"state": REOPEN_TO.value, "closed_on": None, "rejection_reason": None, **later}
    uow.update(capa, values, reason=text)
    _review(uow, capa, REOPEN_TO.value, ReviewDecision.REOPENED, on, text)
    return capa


def _review(
    uow: UnitOfWork,
    capa: Capa,
    stage: str,
    decision: str,
    on: dt.date,
    reason: str = "",
    audit_id: str | None = None,
) -> CapaReview:
    return uow.add(
        CapaReview(
            capa_id=capa.id,
            stage=stage,
            decision=decision,
            decided_on=on,
            decided_by=uow.user,
            reason=reason,
            audit_id=audit_id,
        )
    )


def _require_next(capa: Capa, target: CapaState) -> None:
    if capa.state not in OPEN_STATES:
        raise StateError(
            translate("capas", "CAPA {reference} is {state}; it cannot move on").format(
                reference=capa.reference, state=in_words(capa.state)
            )
        )
    current = ORDER.index(CapaState(capa.state))
    if ORDER.index(target) != current + 1:
        nxt = ORDER[current + 1]
        raise StateError(
            translate(
                "capas",
                "CAPA {reference} is at {state}; the next stage is {nxt}, not {target} "
                "(stages move forward one at a time)",
            ).format(
                reference=capa.reference,
                state=in_words(capa.state),
                nxt=in_words(nxt),
                target=in_words(target),
            )
        )
