"""Reading a supplier's development plan, with the audit each result was seen at."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.store.models import Audit, DevelopmentAction, Supplier


@dataclass(frozen=True)
class DevelopmentRow:
    id: str
    supplier_id: str
    supplier_code: str
    kind: str
    title: str
    description: str
    owner: str
    due: dt.date
    status: str
    result: str
    result_audit_id: str | None
    result_audit_reference: str


def list_development(session: Session, supplier_id: str | None = None) -> list[DevelopmentRow]:
    """Soonest due first."""
    query = (
        select(DevelopmentAction, Supplier.code, Audit.reference)
        .join(Supplier, Supplier.id == DevelopmentAction.supplier_id)
        .outerjoin(Audit, Audit.id == DevelopmentAction.result_audit_id)
        .order_by(DevelopmentAction.due, Supplier.code, DevelopmentAction.title)
    )
    if supplier_id is not None:
        query = query.where(DevelopmentAction.supplier_id == supplier_id)
    return [
        DevelopmentRow(
            id=a.id,
            supplier_id=a.supplier_id,
            supplier_code=code,
            kind=a.kind,
            title=a.title,
            description=a.description,
            owner=a.owner,
            due=a.due,
            status=a.status,
            result=a.result,
            result_audit_id=a.result_audit_id,
            result_audit_reference=ref or "",
        )
        for a, code, ref in session.execute(query)
    ]
