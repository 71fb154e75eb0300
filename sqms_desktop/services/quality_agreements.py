"""Quality agreements: a supplier's targets (PPM, on-time delivery %, CAPA response days), when
they hold, and the signed document kept as evidence.

Two agreements of one supplier never hold on the same day, so "the agreement in force on a
date" has one answer; a new agreement starts after the old one ends (or the old one's end is
edited first). The signed document is attached like a certificate's scan
(services/certificate_scans.py): checked for what it is, its bytes kept under their SHA-256.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.services import get, require_text
from sqms_desktop.services import partnership_rules as rules
from sqms_desktop.services.certificate_scans import CertificateScan, store_scan
from sqms_desktop.store.attachments import Attachments
from sqms_desktop.store.models import QualityAgreement, Supplier
from sqms_desktop.store.uow import UnitOfWork

MAX_PPM = 1_000_000
MAX_RESPONSE_DAYS = 365


@dataclass(frozen=True)
class AgreementInput:
    reference: str
    valid_from: dt.date
    valid_until: dt.date
    ppm_target: int | None = None
    on_time_target_pct: float | None = None
    capa_response_days: int | None = None
    signed_on: dt.date | None = None
    note: str = ""


def _targets(agreement: AgreementInput) -> dict[str, Any]:
    ppm, otd, days = (
        agreement.ppm_target,
        agreement.on_time_target_pct,
        agreement.capa_response_days,
    )
    if ppm is not None and not 0 <= ppm <= MAX_PPM:
        raise ValidationError(
            translate(
                "quality_agreements", "PPM target must be from 0 to {most:,}; got {ppm}"
            ).format(most=MAX_PPM, ppm=ppm)
        )
    if otd is not None and not 0 <= otd <= 100:
        raise ValidationError(
            translate(
                "quality_agreements", "on-time delivery target must be from 0 to 100 %; got {otd}"
            ).format(otd=otd)
        )
    if days is not None and not 1 <= days <= MAX_RESPONSE_DAYS:
        raise ValidationError(
            translate(
                "quality_agreements",
                "CAPA response days must be from 1 to {most}; got {days}",
            ).format(most=MAX_RESPONSE_DAYS, days=days)
        )
    return {"ppm_target": ppm, "on_time_target_pct": otd, "capa_response_days": days}


def _require_no_overlap(
    uow: UnitOfWork, owner: Supplier, start: dt.date, end: dt.date, *, other_than: str = ""
) -> None:
    clash = uow.session.scalars(
        select(QualityAgreement)
        .where(
            QualityAgreement.supplier_id == owner.id,
            QualityAgreement.id != other_than,
            QualityAgreement.valid_from <= end,
            QualityAgreement.valid_until >= start,
        )
        .order_by(QualityAgreement.valid_from)
    ).first()
    if clash is not None:
        raise ValidationError(
            translate(
                "quality_agreements",
                "validity overlaps agreement {reference} of {code} ({valid_from} to "
                "{valid_until}); one agreement holds at a time",
            ).format(
                reference=clash.reference,
                code=owner.code,
                valid_from=clash.valid_from,
                valid_until=clash.valid_until,
            )
        )


def record_agreement(
    uow: UnitOfWork,
    supplier_id: str,
    agreement: AgreementInput,
    *,
    document: CertificateScan | None = None,
    attachments: Attachments | None = None,
) -> QualityAgreement:
    """Record an agreement with its targets; `document` is the signed agreement's file."""
    rules.require_partnership_role(uow, "recording a quality agreement")
    owner = rules.supplier(uow, supplier_id)
    reference = require_text(agreement.reference, "agreement reference", limit=64)
    if agreement.valid_until < agreement.valid_from:
        raise ValidationError(
            translate(
                "quality_agreements",
                "valid until ({valid_until}) is before valid from ({valid_from})",
            ).format(valid_until=agreement.valid_until, valid_from=agreement.valid_from)
        )
    targets = _targets(agreement)
    _require_no_overlap(uow, owner, agreement.valid_from, agreement.valid_until)
    attachment_id = None
    if document is not None:
        caption = f"Signed quality agreement {reference} of {owner.code}"
        attachment_id = store_scan(uow, document, attachments, caption).id
    return uow.add(
        QualityAgreement(
            supplier_id=owner.id,
            reference=reference,
            valid_from=agreement.valid_from,
            valid_until=agreement.valid_until,
            signed_on=agreement.signed_on,
            attachment_id=attachment_id,
            note=rules.optional_text(agreement.note, "note"),
            **targets,
        )
    )


def edit_agreement(
    uow: UnitOfWork, agreement_id: str, agreement: AgreementInput, *, reason: str = ""
) -> list[str]:
    """Replace the agreement's fields with `agreement` (the document stays)."""
    rules.require_partnership_role(uow, "editing a quality agreement")
    record = get(uow, QualityAgreement, agreement_id, "quality agreement")
    owner = rules.supplier(uow, record.supplier_id)
    if agreement.valid_until < agreement.valid_from:
        raise ValidationError(
            translate(
                "quality_agreements",
                "valid until ({valid_until}) is before valid from ({valid_from})",
            ).format(valid_until=agreement.valid_until, valid_from=agreement.valid_from)
        )
    values = {
        "reference": require_text(agreement.reference, "agreement reference", limit=64),
        "valid_from": agreement.valid_from,
        "valid_until": agreement.valid_until,
        "signed_on": agreement.signed_on,
        "note": rules.optional_text(agreement.note, "note"),
        **_targets(agreement),
    }
    _require_no_overlap(
        uow, owner, agreement.valid_from, agreement.valid_until, other_than=record.id
    )
    return uow.update(record, values, reason=reason.strip())


def attach_agreement_document(
    uow: UnitOfWork,
    agreement_id: str,
    document: CertificateScan,
    *,
    attachments: Attachments | None = None,
) -> QualityAgreement:
    """Keep the signed agreement (a newer file replaces the link; the old stays in the trail)."""
    rules.require_partnership_role(uow, "attaching a signed quality agreement")
    record = get(uow, QualityAgreement, agreement_id, "quality agreement")
    owner = rules.supplier(uow, record.supplier_id)
    caption = f"Signed quality agreement {record.reference} of {owner.code}"
    attachment = store_scan(uow, document, attachments, caption)
    uow.update(record, {"attachment_id": attachment.id})
    return record
