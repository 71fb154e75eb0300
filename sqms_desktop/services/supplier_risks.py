"""The supplier risk register: add a risk, edit it, close it with a reason.

A risk rates likelihood and impact from 1 to 5 (performance/risk.py turns them into a score and
a class); the highest open risk raises the supplier's effective risk class and so its audit
frequency. A risk may link to an audit (where it was seen) and a CAPA (what mitigates it), both
of the same supplier. A closed risk stays, with the reason in the trail, and no longer counts.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.performance.risk import require_rating
from sqms_desktop.services import get, require_choice, require_text
from sqms_desktop.services import partnership_rules as rules
from sqms_desktop.store.models import SupplierRisk
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import RiskCategory, RiskStatus


@dataclass(frozen=True)
class RiskInput:
    category: str
    description: str
    likelihood: int
    impact: int
    mitigation: str = ""
    owner: str = ""
    audit_id: str | None = None
    capa_id: str | None = None


@dataclass(frozen=True)
class RiskChanges:
    """None leaves a field as it is; "" for `audit_id` or `capa_id` removes the link."""

    category: str | None = None
    description: str | None = None
    likelihood: int | None = None
    impact: int | None = None
    mitigation: str | None = None
    owner: str | None = None
    audit_id: str | None = None
    capa_id: str | None = None


def _checked(uow: UnitOfWork, risk_supplier: str, values: dict[str, Any]) -> dict[str, Any]:
    owner = rules.supplier(uow, risk_supplier)
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name == "category":
            out[name] = require_choice(value, RiskCategory.values(), "risk category")
        elif name == "description":
            out[name] = require_text(value, "risk description", limit=rules.MAX_TEXT)
        elif name in ("likelihood", "impact"):
            out[name] = require_rating(value, name)
        elif name == "mitigation":
            out[name] = rules.optional_text(value, "mitigation")
        elif name == "owner":
            out[name] = rules.optional_text(value, "risk owner", 200)
        elif name == "audit_id":
            out[name] = value or None
            rules.same_supplier_audit(uow, owner, out[name])
        elif name == "capa_id":
            out[name] = value or None
            rules.same_supplier_capa(uow, owner, out[name])
    return out


def add_risk(uow: UnitOfWork, supplier_id: str, risk: RiskInput) -> SupplierRisk:
    rules.require_partnership_role(uow, "adding a supplier risk")
    values = _checked(uow, supplier_id, asdict(risk))
    return uow.add(SupplierRisk(supplier_id=supplier_id, status=RiskStatus.OPEN.value, **values))


def edit_risk(uow: UnitOfWork, risk_id: str, changes: RiskChanges) -> list[str]:
    """Change the fields given (a closed risk is history: reopening it is a new risk)."""
    rules.require_partnership_role(uow, "editing a supplier risk")
    risk = get(uow, SupplierRisk, risk_id, "supplier risk")
    if risk.status == RiskStatus.CLOSED:
        raise StateError(
            translate("supplier_risks", "the risk is closed; record a new risk if it has come back")
        )
    given = {name: value for name, value in asdict(changes).items() if value is not None}
    return uow.update(risk, _checked(uow, risk.supplier_id, given))


def close_risk(uow: UnitOfWork, risk_id: str, *, reason: str) -> SupplierRisk:
    """The risk is gone or accepted; the reason goes into the trail."""
    rules.require_partnership_role(uow, "closing a supplier risk")
    risk = get(uow, SupplierRisk, risk_id, "supplier risk")
    if risk.status == RiskStatus.CLOSED:
        raise StateError(translate("supplier_risks", "the risk is already closed"))
    if not reason.strip():
        raise ValidationError(translate("supplier_risks", "closing a risk needs a reason"))
    uow.update(risk, {"status": RiskStatus.CLOSED.value}, reason=reason.strip())
    return risk
