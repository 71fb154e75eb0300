"""An audit's evidence, photos and documents, as the checklist's strip and the finding dialog list
them: in the order they were attached, on whichever replica that happened."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sqms_desktop.errors import NotFoundError
from sqms_desktop.i18n import translate
from sqms_desktop.store.ledger import Change
from sqms_desktop.store.models import Attachment, Finding


@dataclass(frozen=True)
class AttachmentRow:
    """One piece of evidence: what it is, what it is captioned, where it belongs."""

    id: str
    original_name: str
    caption: str
    sha256: str
    media_type: str
    annotations: list[dict[str, Any]] | None
    question_id: str | None  # None: evidence of the audit as a whole
    finding_id: str | None
    finding_reference: str  # of the finding it is linked to; "" when it is free


def evidence_of_audit(session: Session, audit_id: str) -> list[AttachmentRow]:
    """The audit's evidence in the order it was attached, on any replica: by the hybrid logical
    clock of each record's first change (then id, so ties never reorder)."""
    ids = select(Attachment.id).where(Attachment.audit_id == audit_id).scalar_subquery()
    first = (
        select(Change.entity_id.label("id"), func.min(Change.hlc).label("created"))
        .where(Change.entity == Attachment.__tablename__, Change.entity_id.in_(ids))
        .group_by(Change.entity_id)
        .subquery()
    )
    query = (
        select(Attachment, func.coalesce(Finding.reference, ""))
        .outerjoin(first, first.c.id == Attachment.id)
        .outerjoin(Finding, Finding.id == Attachment.finding_id)
        .where(Attachment.audit_id == audit_id)
        .order_by(first.c.created, Attachment.id)
    )
    return [_row(a, reference) for a, reference in session.execute(query)]


def attachment_row(session: Session, attachment_id: str) -> AttachmentRow:
    """One attachment by its id, wherever it belongs (a certificate's scan, an audit's photo)."""
    query = (
        select(Attachment, func.coalesce(Finding.reference, ""))
        .outerjoin(Finding, Finding.id == Attachment.finding_id)
        .where(Attachment.id == attachment_id)
    )
    found = session.execute(query).first()
    if found is None:
        raise NotFoundError(
            translate("evidence", "no attachment with id {attachment_id}").format(
                attachment_id=attachment_id
            )
        )
    a, reference = found
    return _row(a, reference)


def _row(a: Attachment, finding_reference: str) -> AttachmentRow:
    return AttachmentRow(
        a.id,
        a.original_name,
        a.caption,
        a.sha256,
        a.media_type,
        a.annotations,
        a.question_id,
        a.finding_id,
        finding_reference,
    )
