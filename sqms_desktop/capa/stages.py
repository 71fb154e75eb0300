"""The CAPA's states and stage deadlines: plain data, shared by services and views.

A state names the last stage the quality engineer accepted; while in a state the supplier works
towards the next stage, whose deadline is `DUE_FIELD_BY_STATE[state]`.
"""

from __future__ import annotations

import datetime as dt

from sqms_desktop.store.models import Capa
from sqms_desktop.vocab import CapaState, Effectiveness

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

# Default stage deadlines in days from the issue date; a supplier agreement may set others.
DEFAULT_DEADLINES = {
    "containment_due": 1,
    "root_cause_due": 7,
    "corrective_action_due": 14,
    "verification_due": 25,
    "closure_due": 30,
}
# A safety-critical (stop-ship) CAPA is contained within a day, whatever the agreement says.
SAFETY_CONTAINMENT_DAYS = 1
# The deadline a CAPA works towards while it is in each state.
DUE_FIELD_BY_STATE = {
    C.ISSUED: "containment_due",
    C.CONTAINMENT: "root_cause_due",
    C.ROOT_CAUSE: "corrective_action_due",
    C.CORRECTIVE_ACTION: "verification_due",
    C.VERIFICATION: "closure_due",
}
# The stage whose deadline each due field is (closure: reaching `closed`).
STAGE_OF_DUE = {due: ORDER[ORDER.index(state) + 1] for state, due in DUE_FIELD_BY_STATE.items()}
# The 8D disciplines the supplier works on while the CAPA is in each state.
STEPS_BY_STATE = {
    C.DRAFT: ("d0", "d1", "d2"),
    C.ISSUED: ("d3",),
    C.CONTAINMENT: ("d4",),
    C.ROOT_CAUSE: ("d5",),
    C.CORRECTIVE_ACTION: ("d6",),
    C.VERIFICATION: ("d7", "d8"),
}


def due_dates(
    days: dict[str, int], start: dt.date, *, safety_critical: bool, skip: int = 0
) -> dict[str, dt.date]:
    """Each stage's deadline counted from `start` (less `skip` days): what issuing stores and
    what the raise dialog shows before it, so both give the same dates."""
    days = dict(days)
    if safety_critical:
        days["containment_due"] = min(days["containment_due"], SAFETY_CONTAINMENT_DAYS)
    return {due: start + dt.timedelta(days=n - skip) for due, n in days.items()}


def next_stage(state: str) -> CapaState | None:
    """The stage the quality engineer accepts or rejects next (None once closed or cancelled)."""
    if state not in OPEN_STATES:
        return None
    return ORDER[ORDER.index(CapaState(state)) + 1]


def next_due(capa: Capa) -> dt.date | None:
    if capa.state not in DUE_FIELD_BY_STATE:
        return None
    due: dt.date | None = getattr(capa, DUE_FIELD_BY_STATE[CapaState(capa.state)])
    return due


def overdue_stage(capa: Capa, today: dt.date) -> str | None:
    """The deadline field the CAPA has missed in its current state, if any."""
    if capa.state not in DUE_FIELD_BY_STATE:
        return None
    name = DUE_FIELD_BY_STATE[CapaState(capa.state)]
    due = getattr(capa, name)
    return name if due is not None and due < today else None


def human(value: str) -> str:
    """A state or field name as people read it ("root_cause_due" → "root cause due")."""
    return value.replace("_", " ")


# The outcome of an effectiveness check, as `Capa.effectiveness_result` keeps it. A CAPA under
# verification or closed awaits the check until it is confirmed effective; a failed check
# reopens it, and it awaits the check again once the new fix is in place.
EFFECTIVE = Effectiveness.EFFECTIVE
NOT_EFFECTIVE = Effectiveness.NOT_EFFECTIVE
AWAITING_STATES = (C.VERIFICATION.value, C.CLOSED.value)
