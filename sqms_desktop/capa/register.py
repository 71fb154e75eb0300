"""The CAPA register's read side: plain rows and filters for the page, the CLI and the count of
overdue CAPAs the main window shows. Safe to hand to other threads (no ORM objects)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from sqms_desktop.capa.stages import DUE_FIELD_BY_STATE, OPEN_STATES, next_due, overdue_stage
from sqms_desktop.store.models import Capa, Supplier


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


def list_capas(
    session: Session, today: dt.date, *, supplier_id: str | None = None
) -> list[CapaRow]:
    """Every CAPA (or one supplier's), newest reference last, with its overdue flag."""
    query = (
        select(Capa, Supplier.code, Supplier.name)
        .join(Supplier, Supplier.id == Capa.supplier_id)
        .order_by(Capa.reference)
    )
    if supplier_id is not None:
        query = query.where(Capa.supplier_id == supplier_id)
    return [row_of(capa, code, name, today) for capa, code, name in session.execute(query)]


def row_of(capa: Capa, supplier_code: str, supplier_name: str, today: dt.date) -> CapaRow:
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
    )


def count_overdue_capas(session: Session, today: dt.date, supplier_id: str | None = None) -> int:
    """How many open CAPAs have missed the deadline of the stage they work towards."""
    late = or_(
        *(
            and_(Capa.state == state.value, getattr(Capa, due) < today)
            for state, due in DUE_FIELD_BY_STATE.items()
        )
    )
    query = select(func.count()).select_from(Capa).where(late)
    if supplier_id is not None:
        query = query.where(Capa.supplier_id == supplier_id)
    return int(session.scalar(query) or 0)
