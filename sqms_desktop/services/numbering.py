"""References of audits, CAPAs and findings, and who gives them for good.

The central store numbers for good (AUD-2026-0042, CAPA-2026-0007, AUD-2026-0042-F03), and so
does a store that never syncs. A laptop cannot know the next free number while it is offline,
so it numbers provisionally: `P-` and its replica id first (P-1a2b3c4d-AUD-0007), which no other
laptop can make. Findings a laptop raises are provisional even on an audit with a final number,
because two auditors may add findings to the same audit offline. When the central store imports
a bundle it gives every provisional reference among the bundle's records its final number
(`finalise_numbers`); that is an ordinary trailed change, so it reaches the laptop in the next
bundle and every screen and report, reading the reference from the record, shows it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TypeVar

from sqlalchemy import Text, cast, func, select
from sqlalchemy.orm import InstrumentedAttribute

from sqms_desktop.errors import StateError
from sqms_desktop.i18n import translate
from sqms_desktop.services import get, next_number
from sqms_desktop.store.clock import Hlc
from sqms_desktop.store.ledger import Change, Replica
from sqms_desktop.store.models import Audit, Capa, Finding
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import ReplicaRole

R = TypeVar("R", Audit, Capa, Finding)

PROVISIONAL = "P-"
FINDING_REFERENCE_LENGTH: int = Finding.__table__.c.reference.type.length  # type: ignore[attr-defined]


def is_provisional(reference: str | None) -> bool:
    return bool(reference) and str(reference).startswith(PROVISIONAL)


def _local(uow: UnitOfWork) -> Replica | None:
    """This store's replica row; None before its first write (a store that never synced)."""
    return uow.session.scalars(select(Replica).where(Replica.is_local.is_(True))).first()


def _laptop(uow: UnitOfWork) -> str | None:
    """This laptop's replica id, or None where numbers are final (central, never synced)."""
    local = _local(uow)
    return local.id if local is not None and local.role == ReplicaRole.LAPTOP else None


def _numbered(uow: UnitOfWork, column: InstrumentedAttribute[str], prefix: str, width: int) -> str:
    return f"{prefix}{next_number(uow, column, prefix):0{width}d}"


def audit_reference(uow: UnitOfWork, planned_start: dt.date) -> str:
    """A new audit's reference: AUD-<year of its start>-NNNN, or P-<replica>-AUD-NNNN."""
    replica = _laptop(uow)
    if replica is None:
        return _numbered(uow, Audit.reference, f"AUD-{planned_start.year}-", 4)
    return _numbered(uow, Audit.reference, f"{PROVISIONAL}{replica}-AUD-", 4)


def capa_reference(uow: UnitOfWork) -> str:
    """A new CAPA's reference: CAPA-<year raised>-NNNN, or P-<replica>-CAPA-NNNN."""
    replica = _laptop(uow)
    if replica is None:
        return _numbered(uow, Capa.reference, f"CAPA-{uow.now.year}-", 4)
    return _numbered(uow, Capa.reference, f"{PROVISIONAL}{replica}-CAPA-", 4)


def finding_reference(uow: UnitOfWork, audit: Audit) -> str:
    """A new finding's reference: <audit reference>-Fnn, made provisional on a laptop."""
    replica = _laptop(uow)
    if replica is None:
        return _numbered(uow, Finding.reference, f"{audit.reference}-F", 2)
    own = f"{PROVISIONAL}{replica}-"
    if audit.reference.startswith(own):
        prefix = f"{audit.reference}-F"
    else:
        # Another laptop's provisional audit keeps its replica in the name: P-<us>-<it>-AUD-….
        base = audit.reference.removeprefix(PROVISIONAL)
        prefix = f"{own}{base}-F"
        if len(prefix) + 2 > FINDING_REFERENCE_LENGTH:
            prefix = f"{own}F"  # long replica ids: still ours alone, numbered across audits
    return _numbered(uow, Finding.reference, prefix, 2)


def finalise_numbers(uow: UnitOfWork, records: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Give every provisional audit, CAPA and finding among `records` its final number.

    Called by the bundle import on the central store, in the import's unit of work, after the
    bundle's changes were folded into the tables, with the (entity, id) of every record the
    bundle touched. Each renumbering is a trailed change, so it travels back to the laptops.
    Returns the (old, new) references: audits, then findings, then CAPAs, each in the order
    they were made. Running it again renumbers nothing.
    """
    role = getattr(_local(uow), "role", None)
    if role != ReplicaRole.CENTRAL:
        raise StateError(
            translate(
                "numbering",
                "only the central store numbers audits and CAPAs for good; this store is a laptop",
            )
            if role == ReplicaRole.LAPTOP
            else translate(
                "numbering",
                "only the central store numbers audits and CAPAs for good; this store does not "
                "sync",
            )
        )
    touched: dict[str, set[str]] = {"audit": set(), "capa": set(), "finding": set()}
    for entity, record_id in records:
        if entity in touched:
            touched[entity].add(record_id)
    findings = _provisional(uow, Finding, touched["finding"])
    audits = _provisional(uow, Audit, touched["audit"] | {f.audit_id for f in findings})
    renamed: list[tuple[str, str]] = []
    for audit in _in_making_order(uow, "audit", audits):
        new = _numbered(uow, Audit.reference, f"AUD-{audit.planned_start.year}-", 4)
        renamed.append(_renumber(uow, audit, new))
    if audits:  # every finding of a renumbered audit follows it
        of_audits = select(Finding).where(Finding.audit_id.in_([a.id for a in audits]))
        more = [f for f in uow.session.scalars(of_audits) if is_provisional(f.reference)]
        findings = list({f.id: f for f in [*findings, *more]}.values())
    for finding in _in_making_order(uow, "finding", findings):
        audit = get(uow, Audit, finding.audit_id, "audit")
        new = _numbered(uow, Finding.reference, f"{audit.reference}-F", 2)
        renamed.append(_renumber(uow, finding, new))
    capas = _provisional(uow, Capa, touched["capa"])
    made = _made_at(uow, "capa", [c.id for c in capas])
    for capa in _in_making_order(uow, "capa", capas):
        year = made.get(capa.id, uow.now).year
        renamed.append(_renumber(uow, capa, _numbered(uow, Capa.reference, f"CAPA-{year}-", 4)))
    _rename_mentions(uow, dict(renamed))
    return renamed


def _records(uow: UnitOfWork, model: type[R], ids: set[str]) -> list[R]:
    found = (uow.get(model, record_id) for record_id in sorted(ids))
    return [record for record in found if record is not None]


def _provisional(uow: UnitOfWork, model: type[R], ids: set[str]) -> list[R]:
    return [r for r in _records(uow, model, ids) if is_provisional(r.reference)]


def _made_at(uow: UnitOfWork, entity: str, ids: list[str]) -> dict[str, dt.datetime]:
    """When each record was made: the clock of its first change, the same on every replica."""
    rows = uow.session.execute(
        select(Change.entity_id, func.min(Change.hlc))
        .where(Change.entity == entity, Change.entity_id.in_(ids))
        .group_by(Change.entity_id)
    )
    return {
        record_id: dt.datetime.fromtimestamp(Hlc.decode(hlc).wall_ms / 1000, dt.UTC)
        for record_id, hlc in rows
    }


def _in_making_order(uow: UnitOfWork, entity: str, records: list[R]) -> list[R]:
    """The order records were made in (then reference, id), so numbers follow the work."""
    made = _made_at(uow, entity, [r.id for r in records])
    latest = dt.datetime.max.replace(tzinfo=dt.UTC)
    return sorted(records, key=lambda r: (made.get(r.id, latest), r.reference, r.id))


def _renumber(uow: UnitOfWork, record: Audit | Capa | Finding, new: str) -> tuple[str, str]:
    old = record.reference
    uow.update(record, {"reference": new}, reason=f"numbered by the central store (was {old})")
    return old, new


def _rename_mentions(uow: UnitOfWork, renamed: dict[str, str]) -> None:
    """Rewrite the references that text fields copied when they were written: a CAPA's source
    reference, problem description and D2 (written from its findings), a follow-up audit's
    objectives (naming the audit and findings it checks)."""
    if not renamed:
        return
    alternatives = "|".join(re.escape(old) for old in sorted(renamed, key=len, reverse=True))
    # Whole references only: the audit's old reference inside a finding's is not the audit.
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")

    def renamed_in(text: str) -> str:
        return pattern.sub(lambda m: renamed[m.group(0)], text)

    reason = "references numbered by the central store"
    mentions = (
        Capa.source_reference.contains(PROVISIONAL)
        | Capa.problem_description.contains(PROVISIONAL)
        | cast(Capa.d2, Text).contains(PROVISIONAL)
    )
    for capa in uow.session.scalars(select(Capa).where(mentions)):
        values: dict[str, object] = {
            "source_reference": renamed_in(capa.source_reference)
            if capa.source_reference
            else None,
            "problem_description": renamed_in(capa.problem_description),
        }
        if capa.d2:
            values["d2"] = {
                k: renamed_in(v) if isinstance(v, str) else v for k, v in capa.d2.items()
            }
        uow.update(capa, values, reason=reason)
    for audit in uow.session.scalars(select(Audit).where(Audit.objectives.contains(PROVISIONAL))):
        uow.update(audit, {"objectives": renamed_in(audit.objectives)}, reason=reason)
