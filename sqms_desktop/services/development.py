"""The supplier development plan: actions (training, process improvement, adopting a QMS tool)
with an owner, a due date and a status, and the result seen at the next audit.

The result is recorded with the audit it was seen in: an audit of the same supplier that has
taken place (a planned or cancelled audit has seen nothing yet).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.services import get, in_words, require_choice, require_text
from sqms_desktop.services import partnership_rules as rules
from sqms_desktop.store.models import DevelopmentAction
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import AuditStatus, DevelopmentKind, DevelopmentStatus

NOT_HELD = (AuditStatus.PLANNED, AuditStatus.CANCELLED)


@dataclass(frozen=True)
class DevelopmentInput:
    kind: str
    title: str
    owner: str
    due: dt.date
    description: str = ""
    status: str = DevelopmentStatus.PLANNED.value


@dataclass(frozen=True)
class DevelopmentChanges:
    """None leaves a field as it is."""

    kind: str | None = None
    title: str | None = None
    owner: str | None = None
    due: dt.date | None = None
    description: str | None = None
    status: str | None = None


def _checked(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name == "kind":
            out[name] = require_choice(value, DevelopmentKind.values(), "development kind")
        elif name == "title":
            out[name] = require_text(value, "action title", limit=200)
        elif name == "owner":
            out[name] = require_text(value, "action owner", limit=200)
        elif name == "due":
            out[name] = rules.require_date(value, "due date")
        elif name == "description":
            out[name] = rules.optional_text(value, "description")
        elif name == "status":
            out[name] = require_choice(value, DevelopmentStatus.values(), "action status")
    return out


def add_development_action(
    uow: UnitOfWork, supplier_id: str, action: DevelopmentInput
) -> DevelopmentAction:
    rules.require_partnership_role(uow, "adding a development action")
    rules.supplier(uow, supplier_id)
    return uow.add(DevelopmentAction(supplier_id=supplier_id, **_checked(asdict(action))))


def update_development_action(
    uow: UnitOfWork, action_id: str, changes: DevelopmentChanges, *, reason: str = ""
) -> list[str]:
    rules.require_partnership_role(uow, "updating a development action")
    action = get(uow, DevelopmentAction, action_id, "development action")
    given = {name: value for name, value in asdict(changes).items() if value is not None}
    return uow.update(action, _checked(given), reason=reason.strip())


def record_result(uow: UnitOfWork, action_id: str, audit_id: str, result: str) -> DevelopmentAction:
    """What the audit `audit_id` found of the action's effect."""
    rules.require_partnership_role(uow, "recording a development result")
    action = get(uow, DevelopmentAction, action_id, "development action")
    owner = rules.supplier(uow, action.supplier_id)
    audit = rules.same_supplier_audit(uow, owner, audit_id)
    assert audit is not None
    if audit.status in NOT_HELD:
        raise StateError(
            translate(
                "development",
                "audit {reference} is {status}; a result is seen at an audit that has taken place",
            ).format(reference=audit.reference, status=in_words(audit.status))
        )
    text = require_text(result, "result", limit=rules.MAX_TEXT)
    if action.status == DevelopmentStatus.CANCELLED:
        raise ValidationError(
            translate("development", "the action was cancelled; it has no result to record")
        )
    uow.update(action, {"result": text, "result_audit_id": audit.id})
    return action
