"""Reading quality agreements: a supplier's agreements, the one in force on a day, and every
supplier's agreement in force (the scorecard measures against its targets)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from sqms_desktop.store.models import Attachment, QualityAgreement, Supplier


@dataclass(frozen=True)
class AgreementRow:
    id: str
    supplier_id: str
    supplier_code: str
    reference: str
    ppm_target: int | None
    on_time_target_pct: float | None
    capa_response_days: int | None
    valid_from: dt.date
    valid_until: dt.date
    signed_on: dt.date | None
    attachment_id: str | None
    document_name: str
    note: str

    def in_force(self, on: dt.date) -> bool:
        return self.valid_from <= on <= self.valid_until


# The document's name is None without a document (an outer join).
Query = Select[QualityAgreement, str, str]


def _query() -> Query:
    return (
        select(QualityAgreement, Supplier.code, Attachment.original_name)
        .join(Supplier, Supplier.id == QualityAgreement.supplier_id)
        .outerjoin(Attachment, Attachment.id == QualityAgreement.attachment_id)
    )


def _rows(session: Session, query: Query) -> list[AgreementRow]:
    return [
        AgreementRow(
            id=a.id,
            supplier_id=a.supplier_id,
            supplier_code=code,
            reference=a.reference,
            ppm_target=a.ppm_target,
            on_time_target_pct=a.on_time_target_pct,
            capa_response_days=a.capa_response_days,
            valid_from=a.valid_from,
            valid_until=a.valid_until,
            signed_on=a.signed_on,
            attachment_id=a.attachment_id,
            document_name=name or "",
            note=a.note,
        )
        for a, code, name in session.execute(query)
    ]


def list_agreements(session: Session, supplier_id: str | None = None) -> list[AgreementRow]:
    """Newest validity first."""
    query = _query().order_by(Supplier.code, QualityAgreement.valid_from.desc())
    if supplier_id is not None:
        query = query.where(QualityAgreement.supplier_id == supplier_id)
    return _rows(session, query)


def current_agreement(session: Session, supplier_id: str, on: dt.date) -> AgreementRow | None:
    """The agreement in force on `on` (the service keeps validities apart, so at most one)."""
    found = _rows(
        session,
        _query().where(
            QualityAgreement.supplier_id == supplier_id,
            QualityAgreement.valid_from <= on,
            QualityAgreement.valid_until >= on,
        ),
    )
    return found[0] if found else None


def agreements_in_force(session: Session, on: dt.date) -> dict[str, AgreementRow]:
    """Per supplier id, its agreement in force on `on`; suppliers without one are absent."""
    rows = _rows(
        session,
        _query().where(QualityAgreement.valid_from <= on, QualityAgreement.valid_until >= on),
    )
    return {row.supplier_id: row for row in rows}
