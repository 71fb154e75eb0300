"""CAPAs / SCARs: raised from findings, moved forward stage by stage (DESIGN §5)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.services import get, next_number, require_choice, require_text
from sqms_desktop.services.identity import require_actor
from sqms_desktop.store.models import (
    Action,
    Audit,
    Capa,
    CapaFinding,
    CapaState,
    CapaType,
    Finding,
    FindingStatus,
    Supplier,
    UserRole,
)
from sqms_desktop.store.uow import UnitOfWork

C = CapaState
ORDER = (
    C.DRAFT,
    C.ISSUED,
    C.CONTAINMENT,
    C.ROOT_CAUSE,
    C.CORRECTIVE_ACTION,
    C.VERIFICATION,
    C.CLOSED,
)
OPEN_STATES = frozenset(ORDER[:-1])

# Default stage deadlines in days from the issue date (DESIGN §5, configurable per supplier).
DEFAULT_DEADLINES = {
    "containment_due": 1,
    "root_cause_due": 7,
    "corrective_action_due": 14,
    "verification_due": 25,
    "closure_due": 30,
}
# The deadline a CAPA works towards while it is in each state.
DUE_FIELD_BY_STATE = {
    C.ISSUED: "containment_due",
    C.CONTAINMENT: "root_cause_due",
    C.ROOT_CAUSE: "corrective_action_due",
    C.CORRECTIVE_ACTION: "verification_due",
    C.VERIFICATION: "closure_due",
}


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


def raise_capa(uow: UnitOfWork, data: CapaInput) -> Capa:
    require_actor(uow, UserRole.QUALITY_ENGINEER, UserRole.LEAD_AUDITOR, action="raising a CAPA")
    supplier = get(uow, Supplier, data.supplier_id, "supplier")
    require_choice(data.type, CapaType.values(), "CAPA type")
    findings = [get(uow, Finding, fid, "finding") for fid in data.finding_ids]
    for finding in findings:
        audit = get(uow, Audit, finding.audit_id, "audit")
        if audit.supplier_id != supplier.id:
            raise ValidationError(
                f"finding {finding.reference} belongs to another supplier's audit"
            )
    year = uow.now.year
    prefix = f"CAPA-{year}-"
    capa = uow.add(
        Capa(
            reference=f"{prefix}{next_number(uow, Capa.reference, prefix):04d}",
            supplier_id=supplier.id,
            type=data.type,
            is_scar=data.is_scar,
            title=require_text(data.title, "CAPA title", limit=200),
            problem_description=data.problem_description.strip(),
            owner=require_text(data.owner, "CAPA owner", limit=64),
            state=C.DRAFT.value,
            safety_critical=data.safety_critical,
        )
    )
    for finding in findings:
        uow.add(CapaFinding(capa_id=capa.id, finding_id=finding.id))
        uow.update(finding, {"status": FindingStatus.CAPA_RAISED.value})
    return capa


def issue_capa(uow: UnitOfWork, capa_id: str, on: dt.date) -> Capa:
    """Issue to the supplier: the stage deadlines start counting from `on`."""
    require_actor(uow, UserRole.QUALITY_ENGINEER, action="issuing a CAPA")
    capa = get(uow, Capa, capa_id, "CAPA")
    _require_next(capa, C.ISSUED)
    deadlines = {name: on + dt.timedelta(days=days) for name, days in DEFAULT_DEADLINES.items()}
    if capa.safety_critical:
        deadlines["containment_due"] = on + dt.timedelta(days=1)
    uow.update(capa, {"state": C.ISSUED.value, "issued_on": on, **deadlines})
    return capa


def advance_capa(uow: UnitOfWork, capa_id: str, to: str, *, on: dt.date) -> Capa:
    """Accept the current stage and move to the next; states never go back."""
    require_actor(uow, UserRole.QUALITY_ENGINEER, action="accepting a CAPA stage")
    capa = get(uow, Capa, capa_id, "CAPA")
    target = CapaState(require_choice(to, CapaState.values(), "CAPA state"))
    if target == C.ISSUED:
        return issue_capa(uow, capa_id, on)
    _require_next(capa, target)
    values: dict[str, object] = {"state": target.value}
    if target == C.CLOSED:
        values["closed_on"] = on
    uow.update(capa, values)
    return capa


def cancel_capa(uow: UnitOfWork, capa_id: str, *, reason: str) -> Capa:
    require_actor(uow, UserRole.QUALITY_ENGINEER, action="cancelling a CAPA")
    capa = get(uow, Capa, capa_id, "CAPA")
    if capa.state not in OPEN_STATES:
        raise StateError(
            f"CAPA {capa.reference} is {capa.state}; only an open CAPA can be cancelled"
        )
    text = require_text(reason, "reason for cancelling")
    uow.update(capa, {"state": C.CANCELLED.value, "cancel_reason": text}, reason=text)
    return capa


def add_action(
    uow: UnitOfWork, capa_id: str, description: str, *, owner: str, due: dt.date
) -> Action:
    capa = get(uow, Capa, capa_id, "CAPA")
    if capa.state not in OPEN_STATES:
        raise StateError(f"CAPA {capa.reference} is {capa.state}; actions need an open CAPA")
    return uow.add(
        Action(
            capa_id=capa.id,
            description=require_text(description, "action description"),
            owner=require_text(owner, "action owner", limit=200),
            due=due,
        )
    )


def complete_action(uow: UnitOfWork, action_id: str, *, on: dt.date, evidence: str) -> Action:
    action = get(uow, Action, action_id, "action")
    uow.update(action, {"done_on": on, "evidence": require_text(evidence, "evidence")})
    return action


def _require_next(capa: Capa, target: CapaState) -> None:
    if capa.state not in OPEN_STATES:
        raise StateError(f"CAPA {capa.reference} is {capa.state}; it cannot move on")
    current = ORDER.index(CapaState(capa.state))
    if ORDER.index(target) != current + 1:
        nxt = ORDER[current + 1]
        raise StateError(
            f"CAPA {capa.reference} is at {capa.state}; the next stage is {nxt}, not {target} "
            "(stages move forward one at a time)"
        )


def overdue_stage(capa: Capa, today: dt.date) -> str | None:
    """The deadline field the CAPA has missed in its current state, if any."""
    if capa.state not in DUE_FIELD_BY_STATE:
        return None
    name = DUE_FIELD_BY_STATE[CapaState(capa.state)]
    due = getattr(capa, name)
    return name if due is not None and due < today else None
