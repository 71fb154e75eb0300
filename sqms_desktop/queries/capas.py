"""The CAPA register and one CAPA's detail, as the CAPAs page, reports and `sqms capa` read them.

The CAPAs page reads the register a window at a time (`capa_ids`, then `capa_rows`), as the
other long lists do (queries/listing.py); `list_capas` reads it whole for the command line, the
supplier's view and the dashboard. Both build their rows the same way, from the columns a row
shows: the nine 8D columns (JSON) are read only for one CAPA's detail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Select,
    SQLColumnExpression,
    String,
    and_,
    case,
    cast,
    func,
    null,
    or_,
    select,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from sqms_desktop.capa.content import STEPS, filled
from sqms_desktop.capa.from_findings import EvidenceRef
from sqms_desktop.capa.stages import (
    AWAITING_STATES,
    DEFAULT_DEADLINES,
    DUE_FIELD_BY_STATE,
    EFFECTIVE,
    ORDER,
)
from sqms_desktop.capa.views import (
    ActionLine,
    CapaDetail,
    CapaFilter,
    CapaRow,
    FindingRef,
    ReviewLine,
    row_of,
    timeline,
)
from sqms_desktop.errors import NotFoundError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.capa_links import findings_of_capas
from sqms_desktop.queries.common import stored_word
from sqms_desktop.queries.listing import contains, ids_of, in_order, rows_in_order, worded_as
from sqms_desktop.queries.policy import store_deadline_days
from sqms_desktop.store.models import (
    Action,
    Attachment,
    Audit,
    Capa,
    CapaDeadlinePolicy,
    CapaFinding,
    CapaReview,
    Finding,
    Supplier,
)
from sqms_desktop.vocab import CapaState

# A SELECT of any columns (the ids, or whole rows).
AnySelect = Select[*tuple[Any, ...]]


def deadline_days(session: Session, supplier_id: str) -> dict[str, int]:
    """Days from the issue date per stage deadline: the supplier's agreement, else the store's."""
    policy = session.scalars(
        select(CapaDeadlinePolicy).where(CapaDeadlinePolicy.supplier_id == supplier_id)
    ).first()
    if policy is None:
        return store_deadline_days(session)
    return {due: getattr(policy, due.removesuffix("_due") + "_days") for due in DEFAULT_DEADLINES}


class CapaOrder(StrEnum):
    """What the CAPAs are sorted by, a column of the CAPAs page each; `REFERENCE` is newest
    first by default."""

    REFERENCE = "reference"
    SUPPLIER = "supplier"
    TITLE = "title"
    STATE = "state"
    OWNER = "owner"
    NEXT_DUE = "next_due"
    ISSUED = "issued"


# The deadline each open state works towards (`stages.DUE_FIELD_BY_STATE`), for the SQL below.
_DUES = tuple(DUE_FIELD_BY_STATE.items())


def _next_due() -> ColumnElement[dt.date | None]:
    """The deadline of the stage the CAPA works towards (`stages.next_due`); none for a draft,
    a closed or a cancelled CAPA."""
    return case(
        *((Capa.state == state.value, getattr(Capa, due)) for state, due in _DUES),
        else_=null(),
    )


def _late(today: dt.date) -> ColumnElement[bool]:
    """The CAPA has missed the deadline of the stage it works towards (`stages.overdue_stage`)."""
    return or_(
        *(and_(Capa.state == state.value, getattr(Capa, due) < today) for state, due in _DUES)
    )


def _rejected() -> ColumnElement[bool]:
    return and_(Capa.rejection_reason.is_not(None), Capa.rejection_reason != "")


def _row_columns() -> tuple[Any, ...]:
    """What a row of the register needs: no 8D content (nine JSON columns), no full entity."""
    return (
        Capa.id,
        Capa.reference,
        Capa.supplier_id,
        Supplier.code,
        Supplier.name,
        Capa.title,
        Capa.type,
        Capa.is_scar,
        Capa.source,
        Capa.state,
        Capa.owner,
        Capa.issued_on,
        _next_due(),
        Capa.rejection_reason,
        Capa.effectiveness_result,
        Capa.closed_on,
    )


def _capa_rows(session: Session, query: AnySelect, today: dt.date) -> list[CapaRow]:
    """The rows of a SELECT of `_row_columns()`, in its order, with the findings each answers;
    the overdue flag worked out as `stages.overdue_stage` does, from the next due date."""
    read = session.execute(query).all()
    answered = findings_of_capas(session, [line[0] for line in read])
    rows = []
    for (
        capa_id,
        reference,
        supplier_id,
        code,
        name,
        title,
        kind,
        is_scar,
        source,
        state,
        owner,
        issued_on,
        due,
        rejection,
        effectiveness,
        closed_on,
    ) in read:
        late = due is not None and due < today
        rows.append(
            CapaRow(
                id=capa_id,
                reference=reference,
                supplier_id=supplier_id,
                supplier_code=code,
                supplier_name=name,
                title=title,
                type=kind,
                is_scar=is_scar,
                source=source or "",
                state=state,
                owner=owner,
                issued_on=issued_on,
                next_due=due,
                overdue_stage=DUE_FIELD_BY_STATE[CapaState(state)] if late else None,
                rejection=rejection or "",
                effectiveness=effectiveness or "",
                closed_on=closed_on,
                findings=answered.get(capa_id, ()),
            )
        )
    return rows


def _joined(query: AnySelect) -> AnySelect:
    return query.select_from(Capa).join(Supplier, Supplier.id == Capa.supplier_id)


def list_capas(
    session: Session, today: dt.date, *, supplier_id: str | None = None
) -> list[CapaRow]:
    """Every CAPA (or one supplier's), newest reference last, with its overdue flag."""
    query = _joined(select(*_row_columns())).order_by(Capa.reference)
    if supplier_id is not None:
        query = query.where(Capa.supplier_id == supplier_id)
    return _capa_rows(session, query, today)


def capa_rows(session: Session, ids: Sequence[str], today: dt.date) -> list[CapaRow]:
    """The CAPAs `ids` names, in that order: a window of `capa_ids`. An id no longer in the
    store is left out."""

    def read(chunk: list[str]) -> list[CapaRow]:
        query = _joined(select(*_row_columns())).where(Capa.id.in_(chunk))
        return _capa_rows(session, query, today)

    return rows_in_order(ids, read)


def _state_key(today: dt.date) -> ColumnElement[int]:
    """The State column's order: the stages in their order (cancelled last), and within one
    the CAPAs on time first, then the rejected, the overdue, the overdue and rejected: what
    the column shows after the state's word ("· overdue", "· rejected")."""
    stage = case(*((Capa.state == s.value, n) for n, s in enumerate(ORDER)), else_=len(ORDER))
    return stage * 4 + case((_late(today), 2), else_=0) + case((_rejected(), 1), else_=0)


def _sort_key(order: CapaOrder, today: dt.date) -> SQLColumnExpression[Any]:
    """What a column of the CAPAs page sorts by: what it shows."""
    keys: dict[CapaOrder, Callable[[], Any]] = {
        CapaOrder.REFERENCE: lambda: Capa.reference,
        CapaOrder.SUPPLIER: lambda: func.lower(Supplier.code),  # "code · name"; codes unique
        CapaOrder.TITLE: lambda: func.nullif(func.lower(Capa.title), ""),
        CapaOrder.STATE: lambda: _state_key(today),
        CapaOrder.OWNER: lambda: func.nullif(func.lower(Capa.owner), ""),
        CapaOrder.NEXT_DUE: _next_due,
        CapaOrder.ISSUED: lambda: Capa.issued_on,
    }
    return keys[order]()  # type: ignore[no-any-return]


def _text_matches(needle: str, today: dt.date) -> ColumnElement[bool]:
    """The CAPA shows `needle` in a column: its reference, supplier, title, owner, state as
    worded on screen (with "overdue" and "rejected" as the CAPAs page words them), or its next
    due or issue date (as YYYY-MM-DD). The suppliers that match are looked up once."""
    folded = needle.casefold()
    suppliers = select(Supplier.id).where(
        or_(contains(Supplier.code, needle), contains(Supplier.name, needle))
    )
    matches = [
        contains(Capa.reference, needle),
        contains(Capa.title, needle),
        contains(Capa.owner, needle),
        contains(cast(Capa.issued_on, String), needle),
        contains(cast(_next_due(), String), needle),
        Capa.supplier_id.in_(suppliers),
        worded_as(Capa.state, CapaState.values(), needle),
    ]
    # The words the CAPAs page adds to the state (gui/models/capas.py), translated alike.
    if folded in translate("capas", "overdue").casefold():
        matches.append(_late(today))
    if folded in translate("capas", "rejected").casefold():
        matches.append(_rejected())
    return or_(*matches)


def capa_ids(
    session: Session,
    today: dt.date,
    *,
    wanted: CapaFilter | None = None,
    text: str = "",
    order: CapaOrder = CapaOrder.REFERENCE,
    descending: bool = True,
) -> list[str]:
    """The ids of every CAPA the filter `wanted` lets through that shows `text` in a column, in
    `order` (newest reference first by default); the reference breaks ties. One SELECT.

    The same filter as `CapaFilter.matches` over rows read: supplier, states, overdue only,
    part of the owner's name, and the next stage due within so many days (overdue included)."""
    wanted = wanted or CapaFilter()
    if order == CapaOrder.REFERENCE:  # unique and never empty: read from ix_capa_list_order
        query = select(Capa.id).order_by(
            Capa.reference.desc() if descending else Capa.reference.asc()
        )
    else:
        query = select(Capa.id).order_by(
            *in_order(_sort_key(order, today), Capa.reference, descending=descending)
        )
    if order == CapaOrder.SUPPLIER:  # every CAPA has a supplier: the join changes no match
        query = _joined(query)
    if wanted.supplier_code:
        query = query.where(
            Capa.supplier_id.in_(select(Supplier.id).where(Supplier.code == wanted.supplier_code))
        )
    if wanted.states:
        query = query.where(Capa.state.in_(sorted(wanted.states)))
    if wanted.overdue_only:
        query = query.where(_late(today))
    if wanted.owner:
        query = query.where(contains(Capa.owner, wanted.owner))
    if wanted.due_within_days is not None:
        query = query.where(_next_due() <= today + dt.timedelta(days=wanted.due_within_days))
    needle = text.strip()
    if needle:
        query = query.where(_text_matches(needle, today))
    return ids_of(session, query)


def count_capas(session: Session) -> int:
    """Every CAPA in the store, whatever the filter."""
    return int(session.scalar(select(func.count()).select_from(Capa)) or 0)


def count_overdue_capas(session: Session, today: dt.date, supplier_id: str | None = None) -> int:
    """How many open CAPAs have missed the deadline of the stage they work towards."""
    query = select(func.count()).select_from(Capa).where(_late(today))
    if supplier_id is not None:
        query = query.where(Capa.supplier_id == supplier_id)
    return int(session.scalar(query) or 0)


def capa_id_by_reference(session: Session, reference: str) -> str:
    found = session.scalar(select(Capa.id).where(Capa.reference == reference.strip()))
    if found is None:
        raise NotFoundError(
            translate("capas", "no CAPA with reference {reference!r}").format(
                reference=reference.strip()
            )
        )
    return found


def capa_detail(session: Session, capa_id: str, today: dt.date) -> CapaDetail:
    capa = session.get(Capa, capa_id)
    if capa is None:
        raise NotFoundError(translate("capas", "no CAPA with id {capa_id}").format(capa_id=capa_id))
    supplier = session.get_one(Supplier, capa.supplier_id)
    actions = session.scalars(
        select(Action).where(Action.capa_id == capa.id).order_by(Action.due, Action.id)
    ).all()
    files = _attachments(session, [i for a in actions for i in (a.attachment_ids or [])])
    reviews = [
        ReviewLine(r.stage, r.decision, r.decided_on, r.decided_by, r.reason)
        for r in session.scalars(
            select(CapaReview)
            .where(CapaReview.capa_id == capa.id)
            .order_by(CapaReview.decided_on, CapaReview.id)
        )
    ]
    findings = [
        FindingRef(
            f.reference, f.finding_class, f.statement, f.requirement, audit_ref, f.id, f.audit_id
        )
        for f, audit_ref in session.execute(
            select(Finding, Audit.reference)
            .join(CapaFinding, CapaFinding.finding_id == Finding.id)
            .join(Audit, Audit.id == Finding.audit_id)
            .where(CapaFinding.capa_id == capa.id)
            .order_by(Finding.reference)
        )
    ]
    reference_of = {f.id: f.reference for f in findings}
    evidence = tuple(
        EvidenceRef(a.id, reference_of[a.finding_id], a.original_name, a.sha256, a.caption)
        for a in session.scalars(
            select(Attachment)
            .where(Attachment.finding_id.in_(list(reference_of)))
            .order_by(Attachment.original_name, Attachment.sha256)
        )
        if a.finding_id is not None
    )
    return CapaDetail(
        row=row_of(capa, supplier.code, supplier.name, today, tuple(reference_of.values())),
        problem_description=capa.problem_description,
        safety_critical=capa.safety_critical,
        source_reference=capa.source_reference or "",
        cancel_reason=capa.cancel_reason,
        steps={step: filled(step, getattr(capa, step)) for step in STEPS},
        actions=[
            ActionLine(
                a.id,
                a.step or "D5",
                a.description,
                a.owner,
                a.due,
                a.done_on,
                a.quantity,
                a.validation or "",
                a.evidence,
                tuple(files[i] for i in (a.attachment_ids or []) if i in files),
            )
            for a in actions
        ],
        findings=findings,
        reviews=reviews,
        timeline=timeline(capa, reviews, today),
        effectiveness_due=capa.effectiveness_due,
        effectiveness_criterion=capa.effectiveness_criterion or "",
        effectiveness_checked_on=capa.effectiveness_checked_on,
        effectiveness_note=capa.effectiveness_note or "",
        evidence=evidence,
    )


def _attachments(session: Session, ids: list[str]) -> dict[str, tuple[str, str, str]]:
    if not ids:
        return {}
    rows = session.scalars(select(Attachment).where(Attachment.id.in_(ids))).all()
    return {a.id: (a.id, a.original_name, a.sha256) for a in rows}


@dataclass(frozen=True)
class AwaitingCapa:
    """A CAPA whose fix is in place and not yet confirmed to work."""

    id: str
    reference: str
    title: str
    state: str
    closed_on: dt.date | None
    effectiveness_due: dt.date | None
    criterion: str
    last_result: str | None  # NOT_EFFECTIVE after a failed check and a new fix

    def describe(self) -> str:
        due = (
            translate("capas", ", check due {day}").format(day=self.effectiveness_due)
            if self.effectiveness_due
            else ""
        )
        criterion = f": {self.criterion}" if self.criterion else ""
        return f"{self.reference} {self.title} ({stored_word(self.state)}{due}){criterion}"


def capas_awaiting_effectiveness(session: Session, supplier_id: str) -> list[AwaitingCapa]:
    """The supplier's CAPAs under verification or closed whose effectiveness is not confirmed:
    what a follow-up audit of the supplier checks."""
    capas = session.scalars(
        select(Capa)
        .where(
            Capa.supplier_id == supplier_id,
            Capa.state.in_(AWAITING_STATES),
            or_(Capa.effectiveness_result.is_(None), Capa.effectiveness_result != EFFECTIVE),
        )
        .order_by(Capa.reference)
    ).all()
    return [
        AwaitingCapa(
            c.id,
            c.reference,
            c.title,
            c.state,
            c.closed_on,
            c.effectiveness_due,
            c.effectiveness_criterion or "",
            c.effectiveness_result,
        )
        for c in capas
    ]


def capas_to_check_in(session: Session, audit_id: str) -> list[AwaitingCapa]:
    """The CAPAs an audit can confirm or fail: those of its supplier awaiting the check."""
    audit = session.get(Audit, audit_id)
    if audit is None:
        raise NotFoundError(
            translate("capas", "no audit with id {audit_id}").format(audit_id=audit_id)
        )
    return capas_awaiting_effectiveness(session, audit.supplier_id)
