"""What the partnership records (risks, agreements, development, costs, reviews) share: who
keeps them, and that what they link to belongs to the same supplier.

The same roles keep them as keep the supplier master (a quality engineer, a lead auditor or an
administrator); an auditor reads them. A link to another supplier's audit, CAPA or delivery is
refused, so a record never counts towards the wrong supplier.
"""

from __future__ import annotations

import datetime as dt

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.services import get, said
from sqms_desktop.services.identity import require_actor
from sqms_desktop.services.supplier_rules import MASTER_DATA_ROLES
from sqms_desktop.store.models import Audit, Capa, Delivery, Supplier, User
from sqms_desktop.store.uow import UnitOfWork

MAX_TEXT = 4000


def require_partnership_role(uow: UnitOfWork, action: str) -> User:
    return require_actor(uow, *MASTER_DATA_ROLES, action=said(action))


def supplier(uow: UnitOfWork, supplier_id: str) -> Supplier:
    return get(uow, Supplier, supplier_id, "supplier")


def same_supplier_audit(uow: UnitOfWork, owner: Supplier, audit_id: str | None) -> Audit | None:
    if audit_id is None:
        return None
    audit = get(uow, Audit, audit_id, "audit")
    if audit.supplier_id != owner.id:
        raise ValidationError(
            translate("partnership_rules", "audit {reference} is not an audit of {code}").format(
                reference=audit.reference, code=owner.code
            )
        )
    return audit


def same_supplier_capa(uow: UnitOfWork, owner: Supplier, capa_id: str | None) -> Capa | None:
    if capa_id is None:
        return None
    capa = get(uow, Capa, capa_id, "CAPA")
    if capa.supplier_id != owner.id:
        raise ValidationError(
            translate("partnership_rules", "CAPA {reference} is not a CAPA of {code}").format(
                reference=capa.reference, code=owner.code
            )
        )
    return capa


def same_supplier_delivery(
    uow: UnitOfWork, owner: Supplier, delivery_id: str | None
) -> Delivery | None:
    if delivery_id is None:
        return None
    delivery = get(uow, Delivery, delivery_id, "delivery")
    if delivery.supplier_id != owner.id:
        raise ValidationError(
            translate(
                "partnership_rules", "delivery {delivery_no} is not a delivery of {code}"
            ).format(delivery_no=delivery.delivery_no, code=owner.code)
        )
    return delivery


def optional_text(value: str, what: str, limit: int = MAX_TEXT) -> str:
    cleaned = value.strip()
    if len(cleaned) > limit:
        raise ValidationError(
            translate("partnership_rules", "{what} is longer than {limit} characters").format(
                what=said(what), limit=limit
            )
        )
    return cleaned


def require_date(value: object, what: str) -> dt.date:
    if not isinstance(value, dt.date):
        raise ValidationError(
            translate("partnership_rules", "{what} must be a date (YYYY-MM-DD)").format(
                what=said(what)
            )
        )
    return value
