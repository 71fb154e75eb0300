"""What a CAPA looks like when it is read: its register row and its full detail, as plain data.

The queries fill these (queries/capas.py); the register, the 8D report, the SCAR form and the
CAPAs page all take them, so the SCAR form's layout (a domain rule) needs no query to exist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqms_desktop.capa.from_findings import EvidenceRef
from sqms_desktop.capa.stages import OPEN_STATES, ORDER, STAGE_OF_DUE, C, next_due, overdue_stage
from sqms_desktop.store.models import Capa
from sqms_desktop.vocab import ReviewDecision


@dataclass(frozen=True)
class CapaRow:
    id: str
    reference: str
    supplier_id: str
    supplier_code: str
    supplier_name: str
    title: str
    type: str
    is_scar: bool
    source: str
    state: str
    owner: str
    issued_on: dt.date | None
    next_due: dt.date | None
    overdue_stage: str | None  # the missed deadline (`root_cause_due`…), None when on time
    rejection: str  # the pending rejection of the next stage ("" for none)
    effectiveness: str  # "", "effective" or "not_effective"
    closed_on: dt.date | None
    findings: tuple[str, ...] = ()  # the references of the findings it answers

    @property
    def overdue(self) -> bool:
        return self.overdue_stage is not None

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES


@dataclass(frozen=True)
class CapaFilter:
    """What the register shows; every part is optional."""

    supplier_code: str = ""
    states: frozenset[str] = frozenset()
    overdue_only: bool = False
    owner: str = ""  # part of the owner's name, any case
    due_within_days: int | None = None

    def matches(self, row: CapaRow, today: dt.date) -> bool:
        if self.supplier_code and row.supplier_code != self.supplier_code:
            return False
        if self.states and row.state not in self.states:
            return False
        if self.overdue_only and not row.overdue:
            return False
        if self.owner and self.owner.casefold() not in row.owner.casefold():
            return False
        if self.due_within_days is not None:
            limit = today + dt.timedelta(days=self.due_within_days)
            if row.next_due is None or row.next_due > limit:
                return False
        return True


def filter_rows(rows: Iterable[CapaRow], wanted: CapaFilter, today: dt.date) -> list[CapaRow]:
    return [row for row in rows if wanted.matches(row, today)]


def row_of(
    capa: Capa,
    supplier_code: str,
    supplier_name: str,
    today: dt.date,
    findings: tuple[str, ...] = (),
) -> CapaRow:
    return CapaRow(
        id=capa.id,
        reference=capa.reference,
        supplier_id=capa.supplier_id,
        supplier_code=supplier_code,
        supplier_name=supplier_name,
        title=capa.title,
        type=capa.type,
        is_scar=capa.is_scar,
        source=capa.source or "",
        state=capa.state,
        owner=capa.owner,
        issued_on=capa.issued_on,
        next_due=next_due(capa),
        overdue_stage=overdue_stage(capa, today),
        rejection=capa.rejection_reason or "",
        effectiveness=capa.effectiveness_result or "",
        closed_on=capa.closed_on,
        findings=findings,
    )


@dataclass(frozen=True)
class ActionLine:
    id: str
    step: str
    description: str
    owner: str
    due: dt.date
    done_on: dt.date | None
    quantity: int | None
    validation: str
    evidence: str
    attachments: tuple[tuple[str, str, str], ...]  # (id, file name, SHA-256)


@dataclass(frozen=True)
class FindingRef:
    reference: str
    finding_class: str
    statement: str
    requirement: str
    audit_reference: str
    id: str = ""
    audit_id: str = ""


@dataclass(frozen=True)
class ReviewLine:
    stage: str
    decision: str
    decided_on: dt.date
    decided_by: str
    reason: str


@dataclass(frozen=True)
class StageLine:
    """One stage of the timeline: when it was due, when it was reached, and its status."""

    stage: str
    due: dt.date | None
    reached_on: dt.date | None
    status: str  # done, next, overdue, later, cancelled
    rejections: int


@dataclass(frozen=True)
class CapaDetail:
    row: CapaRow
    problem_description: str
    safety_critical: bool
    source_reference: str
    cancel_reason: str
    steps: dict[str, dict[str, Any]]
    actions: list[ActionLine]
    findings: list[FindingRef]
    reviews: list[ReviewLine]
    timeline: list[StageLine]
    effectiveness_due: dt.date | None
    effectiveness_criterion: str
    effectiveness_checked_on: dt.date | None
    effectiveness_note: str
    # The photos and documents of its findings, referred to where they are kept.
    evidence: tuple[EvidenceRef, ...] = ()

    def actions_of(self, step: str) -> list[ActionLine]:
        return [a for a in self.actions if a.step == step]


def timeline(capa: Capa, reviews: list[ReviewLine], today: dt.date) -> list[StageLine]:
    """Issued to closed: due dates, when each stage was reached since the last reopening, and
    how often each stage was sent back."""
    reached: dict[str, dt.date] = {}
    rejected: dict[str, int] = {}
    for review in reviews:
        if review.decision == ReviewDecision.REOPENED:
            position = ORDER.index(C(review.stage))
            reached = {s: d for s, d in reached.items() if ORDER.index(C(s)) <= position}
        elif review.decision in (ReviewDecision.ISSUED, ReviewDecision.ACCEPTED):
            reached[review.stage] = review.decided_on
        elif review.decision == ReviewDecision.REJECTED:
            rejected[review.stage] = rejected.get(review.stage, 0) + 1
    due_of = {STAGE_OF_DUE[f].value: getattr(capa, f) for f in STAGE_OF_DUE}
    position = ORDER.index(C(capa.state)) if capa.state != C.CANCELLED.value else -1
    lines = []
    for index, stage in enumerate(ORDER[1:], start=1):
        due = due_of.get(stage.value)
        if capa.state == C.CANCELLED.value:
            status = "done" if stage.value in reached else "cancelled"
        elif index <= position:
            status = "done"
        elif index == position + 1 and due is not None and due < today:
            status = "overdue"
        elif index == position + 1:
            status = "next"
        else:
            status = "later"
        lines.append(
            StageLine(
                stage.value, due, reached.get(stage.value), status, rejected.get(stage.value, 0)
            )
        )
    return lines
