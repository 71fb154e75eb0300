"""Effectiveness checks: a CAPA is only done when its fix is shown to work.

The quality engineer plans the check (a date and a criterion, e.g. "no burrs in 3 shipments");
a follow-up audit of the supplier lists the CAPAs still awaiting it and confirms or fails each.
A failed check reopens the CAPA, so the root cause is looked for again.
"""

from __future__ import annotations

import datetime as dt

from sqms_desktop.capa.stages import AWAITING_STATES, EFFECTIVE, NOT_EFFECTIVE, C
from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.services import get, in_words, require_text, said
from sqms_desktop.services.capas import _reopen, _review
from sqms_desktop.services.identity import require_actor
from sqms_desktop.store.models import Audit, Capa
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import AuditStatus, UserRole


def plan_effectiveness_check(
    uow: UnitOfWork, capa_id: str, *, due: dt.date, criterion: str
) -> Capa:
    require_actor(uow, UserRole.QUALITY_ENGINEER, action=said("planning an effectiveness check"))
    capa = get(uow, Capa, capa_id, "CAPA")
    if capa.state == C.CANCELLED.value:
        raise StateError(
            translate(
                "capa_effectiveness", "CAPA {reference} is cancelled; nothing to check"
            ).format(reference=capa.reference)
        )
    text = require_text(criterion, "effectiveness criterion", limit=2000)
    uow.update(capa, {"effectiveness_due": due, "effectiveness_criterion": text})
    return capa


def record_effectiveness(
    uow: UnitOfWork, capa_id: str, audit_id: str, effective: bool, note: str
) -> Capa:
    """Confirm or fail a CAPA's effectiveness in an audit of its supplier; failing reopens it."""
    require_actor(
        uow,
        UserRole.QUALITY_ENGINEER,
        UserRole.LEAD_AUDITOR,
        action=said("recording a CAPA's effectiveness"),
    )
    capa = get(uow, Capa, capa_id, "CAPA")
    audit = get(uow, Audit, audit_id, "audit")
    if audit.supplier_id != capa.supplier_id:
        raise ValidationError(
            translate(
                "capa_effectiveness",
                "audit {audit_reference} is of another supplier than CAPA {capa_reference}",
            ).format(audit_reference=audit.reference, capa_reference=capa.reference)
        )
    if audit.status == AuditStatus.CANCELLED.value:
        raise StateError(
            translate("capa_effectiveness", "audit {reference} is cancelled").format(
                reference=audit.reference
            )
        )
    if audit.status == AuditStatus.PLANNED.value or audit.actual_start is None:
        # Evidence of effectiveness is what an auditor saw, so the audit must have happened.
        raise StateError(
            translate(
                "capa_effectiveness",
                "audit {reference} is only planned; effectiveness is checked in an audit "
                "that has started (start it, then record what was seen)",
            ).format(reference=audit.reference)
        )
    if capa.state not in AWAITING_STATES or capa.effectiveness_result == EFFECTIVE:
        raise StateError(
            translate(
                "capa_effectiveness",
                "CAPA {reference} is {state}{confirmed}; only a CAPA under verification "
                "or closed awaits an effectiveness check",
            ).format(
                reference=capa.reference,
                state=in_words(capa.state, spaced=True),
                confirmed=(
                    translate("capa_effectiveness", " and already confirmed effective")
                    if capa.effectiveness_result
                    else ""
                ),
            )
        )
    text = note.strip()
    if not effective and not text:
        raise ValidationError(
            translate(
                "capa_effectiveness",
                "a failed effectiveness check needs a note saying what was seen",
            )
        )
    on = audit.actual_start  # the check happened in the audit
    result = EFFECTIVE if effective else NOT_EFFECTIVE
    uow.update(
        capa,
        {
            "effectiveness_result": result,
            "effectiveness_checked_on": on,
            "effectiveness_audit_id": audit.id,
            "effectiveness_note": text,
        },
        reason=f"effectiveness check in audit {audit.reference}",
    )
    _review(uow, capa, capa.state, result, on, text, audit.id)
    if not effective:
        _reopen(uow, capa, reason=f"not effective (audit {audit.reference}): {text}", on=on)
    return capa
