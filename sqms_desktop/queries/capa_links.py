"""Findings and their CAPAs, both ways: which CAPAs answer a finding, which findings a CAPA
answers, and which major findings of an audit have neither a CAPA nor a reason why none is needed.

A finding can be named by its id or by its reference as the audit prints it
(`AUD-2026-0042-F03`); a withdrawn finding is gone from the tables but not from the trail, so
naming one says it was withdrawn (and why) instead of "not found".
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.canonical import canonical_json
from sqms_desktop.capa.stages import OPEN_STATES
from sqms_desktop.errors import NotFoundError, StateError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.common import stored_word
from sqms_desktop.store.ledger import TrailEntry
from sqms_desktop.store.models import Capa, CapaFinding, Finding
from sqms_desktop.vocab import CapaState, FindingClass

FINDING_ENTITY = Finding.__tablename__
# The classes that cannot go into a signed audit report without a CAPA or a recorded reason.
NEEDS_CAPA_DECISION = frozenset({FindingClass.MAJOR_NC.value, FindingClass.CRITICAL.value})


@dataclass(frozen=True)
class CapaLink:
    """A CAPA as a finding shows it."""

    id: str
    reference: str
    state: str
    is_scar: bool

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def counts(self) -> bool:
        """Whether it answers the finding: any CAPA but a cancelled one."""
        return self.state != CapaState.CANCELLED

    def describe(self) -> str:
        return f"{self.reference} ({stored_word(self.state)})"


def needs_capa_decision(
    finding_class: str, no_capa_reason: str | None, capas: Iterable[CapaLink]
) -> bool:
    """A major or critical finding with neither a CAPA (cancelled ones do not count) nor a
    recorded reason why none is needed: the audit cannot be signed while one is left."""
    return (
        finding_class in NEEDS_CAPA_DECISION
        and not (no_capa_reason or "").strip()
        and not any(link.counts for link in capas)
    )


def capas_of_findings(
    session: Session, finding_ids: Iterable[str]
) -> dict[str, tuple[CapaLink, ...]]:
    """The CAPAs linked to each finding, by reference; findings without one are left out."""
    ids = list(finding_ids)
    if not ids:
        return {}
    linked: dict[str, list[CapaLink]] = {}
    for finding_id, capa in session.execute(
        select(CapaFinding.finding_id, Capa)
        .join(Capa, Capa.id == CapaFinding.capa_id)
        .where(CapaFinding.finding_id.in_(ids))
        .order_by(Capa.reference)
    ):
        linked.setdefault(finding_id, []).append(
            CapaLink(capa.id, capa.reference, capa.state, capa.is_scar)
        )
    return {finding_id: tuple(links) for finding_id, links in linked.items()}


def capas_of_audit(session: Session, audit_id: str) -> dict[str, tuple[CapaLink, ...]]:
    """The CAPAs linked to each finding of one audit."""
    ids = session.scalars(select(Finding.id).where(Finding.audit_id == audit_id)).all()
    return capas_of_findings(session, ids)


def findings_of_capas(session: Session, capa_ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The references of the findings each CAPA answers (the other way round)."""
    ids = list(capa_ids)
    if not ids:
        return {}
    linked: dict[str, list[str]] = {}
    for capa_id, reference in session.execute(
        select(CapaFinding.capa_id, Finding.reference)
        .join(Finding, Finding.id == CapaFinding.finding_id)
        .where(CapaFinding.capa_id.in_(ids))
        .order_by(Finding.reference)
    ):
        linked.setdefault(capa_id, []).append(reference)
    return {capa_id: tuple(refs) for capa_id, refs in linked.items()}


@dataclass(frozen=True)
class UndecidedFinding:
    """A major (or critical) finding with neither a CAPA nor a reason why none is needed."""

    id: str
    reference: str
    finding_class: str

    def describe(self) -> str:
        return f"{self.reference} ({stored_word(self.finding_class)})"


def undecided_findings(session: Session, audit_id: str) -> list[UndecidedFinding]:
    """What keeps the audit from being signed: each major or critical finding without a CAPA
    (a cancelled one does not count) and without a recorded reason why none is needed."""
    findings = session.scalars(
        select(Finding)
        .where(
            Finding.audit_id == audit_id,
            Finding.finding_class.in_(NEEDS_CAPA_DECISION),
        )
        .order_by(Finding.reference)
    ).all()
    capas = capas_of_findings(session, [f.id for f in findings])
    return [
        UndecidedFinding(f.id, f.reference, f.finding_class)
        for f in findings
        if needs_capa_decision(f.finding_class, f.no_capa_reason, capas.get(f.id, ()))
    ]


def withdrawn_finding(session: Session, *, finding_id: str = "", reference: str = "") -> str | None:
    """How a withdrawn finding is described ("AUD-…-F03, withdrawn: raised twice"), or None.

    The trail keeps every withdrawn finding's last fields in its delete entry.
    """
    query = select(TrailEntry.old_value, TrailEntry.reason).where(
        TrailEntry.entity == FINDING_ENTITY, TrailEntry.action == "delete"
    )
    if finding_id:
        query = query.where(TrailEntry.record_id == finding_id)
    elif reference:
        query = query.where(
            TrailEntry.old_value.contains(canonical_json({"reference": reference})[1:-1])
        )
    else:
        return None
    found = session.execute(query.order_by(TrailEntry.seq.desc()).limit(1)).first()
    if found is None:
        return None
    old, reason = found
    name = json.loads(old).get("reference", finding_id) if old else finding_id
    if reason:
        return translate("capa_links", "{name}, withdrawn: {reason}").format(
            name=name, reason=reason
        )
    return translate("capa_links", "{name}, withdrawn").format(name=name)


def finding_id_of(session: Session, name: str) -> str:
    """The id of the finding named by its reference (`AUD-2026-0042-F03`) or its id."""
    text = name.strip()
    found = session.scalar(select(Finding.id).where(Finding.reference == text))
    if found is None and session.get(Finding, text) is not None:
        found = text
    if found is not None:
        return found
    gone = withdrawn_finding(session, reference=text) or withdrawn_finding(session, finding_id=text)
    if gone is not None:
        raise StateError(
            translate("capa_links", "finding {gone}; a withdrawn finding gets no CAPA").format(
                gone=gone
            )
        )
    raise NotFoundError(
        translate(
            "capa_links", "no finding {text!r} (give its reference, e.g. AUD-2026-0042-F03)"
        ).format(text=text)
    )


def no_capa_candidates(session: Session, audit_id: str) -> list[str]:
    """The audit's major and critical findings that no CAPA answers: those a reason can be
    recorded for (or corrected), the ones still without one first."""
    findings = session.scalars(
        select(Finding)
        .where(Finding.audit_id == audit_id, Finding.finding_class.in_(NEEDS_CAPA_DECISION))
        .order_by(Finding.reference)
    ).all()
    capas = capas_of_findings(session, [f.id for f in findings])
    free = [f for f in findings if not any(link.counts for link in capas.get(f.id, ()))]
    return [f.id for f in sorted(free, key=lambda f: bool(f.no_capa_reason))]
