"""The findings register: every finding of every audit, filtered and sorted in the store.

The Findings page, `sqms audit finding list` and the findings workbook (`sqms export findings`,
reports/registers.py) all read here, so they agree on what a filter means. A register may hold
hundreds of thousands of findings, so nothing here reads per row: `finding_ids` answers a filter
with the ids in order (one SELECT), `finding_rows` reads one window of them (two SELECTs: the
findings with their audit, supplier and question, then their CAPAs), and `findings_register`
reads the whole result the same two ways for a list or a workbook.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, SQLColumnExpression, case, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from sqms_desktop.capa.stages import DUE_FIELD_BY_STATE
from sqms_desktop.queries.listing import contains, ids_of, in_order
from sqms_desktop.store.models import Audit, Capa, CapaFinding, Finding, Question, Supplier
from sqms_desktop.vocab import FindingClass, FindingStatus

# A SELECT of any columns (the ids, or whole rows).
AnySelect = Select[*tuple[Any, ...]]
# Most severe first, so sorting by class reads as severity.
SEVERITY = (
    FindingClass.CRITICAL,
    FindingClass.MAJOR_NC,
    FindingClass.MINOR_NC,
    FindingClass.OBSERVATION,
    FindingClass.OPPORTUNITY_FOR_IMPROVEMENT,
    FindingClass.GOOD_PRACTICE,
)
STATUS_ORDER = (FindingStatus.OPEN, FindingStatus.CAPA_RAISED, FindingStatus.CLOSED)
# IN lists stay well below SQLite's limit on bound parameters.
CHUNK = 500


class FindingOrder(StrEnum):
    """What the register is sorted by; `DATE` (the audit's date) is newest first by default."""

    DATE = "date"
    REFERENCE = "reference"
    AUDIT = "audit"
    SUPPLIER = "supplier"
    QUESTION = "question"
    CLASS = "class"
    STATEMENT = "statement"
    CAPA = "capa"
    DUE = "due"
    STATUS = "status"


@dataclass(frozen=True)
class FindingFilter:
    """Which findings to list; every part is optional and the parts narrow together."""

    supplier_code: str = ""
    classes: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    audit_reference: str = ""
    date_from: dt.date | None = None  # the audit's date (its end, else its planned start)
    date_to: dt.date | None = None  # inclusive
    has_capa: bool | None = None  # None: either
    open_only: bool = False  # not closed
    text: str = (
        ""  # part of the reference, statement, requirement, audit, supplier, question or CAPA
    )


@dataclass(frozen=True)
class FindingRow:
    id: str
    reference: str
    audit_id: str
    audit_reference: str
    audit_date: dt.date  # the audit's end, else its planned start
    supplier_id: str
    supplier_code: str
    supplier_name: str
    qid: str  # "" for a finding not raised on a question
    question_text: str
    finding_class: str
    statement: str
    requirement: str
    objective_evidence: str
    status: str
    capas: tuple[str, ...] = ()  # references of the CAPAs raised on it
    capa_ids: tuple[str, ...] = ()  # in the same order
    capa_due: dt.date | None = None  # the earliest next stage deadline of its open CAPAs
    capa_overdue: bool = False  # that deadline has passed

    @property
    def is_open(self) -> bool:
        return self.status != FindingStatus.CLOSED


def audit_date() -> ColumnElement[dt.date]:
    return func.coalesce(Audit.actual_end, Audit.planned_start)


def _where(wanted: FindingFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if wanted.supplier_code:
        conditions.append(Supplier.code == wanted.supplier_code)
    if wanted.classes:
        conditions.append(Finding.finding_class.in_(sorted(wanted.classes)))
    if wanted.statuses:
        conditions.append(Finding.status.in_(sorted(wanted.statuses)))
    if wanted.open_only:
        conditions.append(Finding.status != FindingStatus.CLOSED.value)
    if wanted.audit_reference:
        conditions.append(Audit.reference == wanted.audit_reference)
    if wanted.date_from is not None:
        conditions.append(audit_date() >= wanted.date_from)
    if wanted.date_to is not None:
        conditions.append(audit_date() <= wanted.date_to)
    if wanted.has_capa is not None:
        linked = exists().where(CapaFinding.finding_id == Finding.id).correlate(Finding)
        conditions.append(linked if wanted.has_capa else ~linked)
    needle = wanted.text.strip()
    if needle:
        capa_named = (
            exists()
            .where(
                CapaFinding.finding_id == Finding.id,
                Capa.id == CapaFinding.capa_id,
                contains(Capa.reference, needle),
            )
            .correlate(Finding)
        )
        conditions.append(
            or_(
                *(
                    contains(column, needle)
                    for column in (
                        Finding.reference,
                        Finding.statement,
                        Finding.requirement,
                        Finding.objective_evidence,
                        Audit.reference,
                        Supplier.code,
                        Supplier.name,
                        Question.qid,
                        Question.text,
                    )
                ),
                capa_named,
            )
        )
    return conditions


def _joined(query: AnySelect, wanted: FindingFilter) -> AnySelect:
    return (
        query.select_from(Finding)
        .join(Audit, Audit.id == Finding.audit_id)
        .join(Supplier, Supplier.id == Audit.supplier_id)
        .outerjoin(Question, Question.id == Finding.question_id)
        .where(*_where(wanted))
    )


def _next_due() -> ColumnElement[dt.date | None]:
    """A CAPA's next stage deadline, as capa/stages.next_due computes it, in SQL."""
    return case(
        *(
            (Capa.state == state.value, getattr(Capa, due))
            for state, due in DUE_FIELD_BY_STATE.items()
        ),
        else_=None,
    )


def _sort_key(order: FindingOrder) -> SQLColumnExpression[Any]:
    linked = (CapaFinding.capa_id == Capa.id) & (CapaFinding.finding_id == Finding.id)
    if order == FindingOrder.DATE:
        return audit_date()
    if order == FindingOrder.REFERENCE:
        return Finding.reference
    if order == FindingOrder.AUDIT:
        return Audit.reference
    if order == FindingOrder.SUPPLIER:
        return func.lower(Supplier.code)
    if order == FindingOrder.QUESTION:
        return Question.qid
    if order == FindingOrder.CLASS:
        return case(
            *((Finding.finding_class == c.value, n) for n, c in enumerate(SEVERITY)), else_=99
        )
    if order == FindingOrder.STATEMENT:
        return func.lower(Finding.statement)
    if order == FindingOrder.CAPA:
        return select(func.min(Capa.reference)).where(linked).correlate(Finding).scalar_subquery()
    if order == FindingOrder.DUE:
        return select(func.min(_next_due())).where(linked).correlate(Finding).scalar_subquery()
    return case(*((Finding.status == s.value, n) for n, s in enumerate(STATUS_ORDER)), else_=99)


def _ordered(query: AnySelect, order: FindingOrder, descending: bool) -> AnySelect:
    """Sorted by `order`, findings without a value (no question, no CAPA) last either way; the
    finding's reference breaks ties the same way round, so the order is always the same."""
    return query.order_by(*in_order(_sort_key(order), Finding.reference, descending=descending))


def finding_ids(
    session: Session,
    wanted: FindingFilter = FindingFilter(),
    order: FindingOrder = FindingOrder.DATE,
    *,
    descending: bool = True,
) -> list[str]:
    """The ids of every finding that matches, in order (newest audit first by default)."""
    return ids_of(session, _ordered(_joined(select(Finding.id), wanted), order, descending))


def count_findings(session: Session) -> int:
    """Every finding in the store, whatever the filter."""
    return int(session.scalar(select(func.count()).select_from(Finding)) or 0)


_COLUMNS = (
    Finding.id,
    Finding.reference,
    Audit.id,
    Audit.reference,
    audit_date(),
    Supplier.id,
    Supplier.code,
    Supplier.name,
    Question.qid,
    Question.text,
    Finding.finding_class,
    Finding.statement,
    Finding.requirement,
    Finding.objective_evidence,
    Finding.status,
)


def _row(values: Sequence[Any]) -> FindingRow:
    (fid, ref, aid, aref, day, sid, code, name, qid, qtext, cls, text, req, ev, status) = values
    return FindingRow(
        fid,
        ref,
        aid,
        aref,
        day,
        sid,
        code,
        name,
        qid or "",
        qtext or "",
        cls,
        text,
        req,
        ev,
        status,
    )


@dataclass
class _CapaLinks:
    references: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    dues: list[dt.date] = field(default_factory=list)


def _with_capas(
    rows: Iterable[FindingRow], links: dict[str, _CapaLinks], today: dt.date
) -> list[FindingRow]:
    done = []
    for row in rows:
        found = links.get(row.id)
        if found is None:
            done.append(row)
            continue
        due = min(found.dues, default=None)
        done.append(
            replace(
                row,
                capas=tuple(found.references),
                capa_ids=tuple(found.ids),
                capa_due=due,
                capa_overdue=due is not None and due < today,
            )
        )
    return done


def _capa_links(session: Session, finding_filter: Any) -> dict[str, _CapaLinks]:
    """The CAPAs of the findings `finding_filter` selects, by finding id, by reference."""
    links: dict[str, _CapaLinks] = {}
    query = (
        select(CapaFinding.finding_id, Capa.id, Capa.reference, _next_due())
        .join(Capa, Capa.id == CapaFinding.capa_id)
        .where(finding_filter)
        .order_by(Capa.reference)
    )
    for finding_id, capa_id, reference, due in session.execute(query):
        found = links.setdefault(finding_id, _CapaLinks())
        found.references.append(reference)
        found.ids.append(capa_id)
        if due is not None:
            found.dues.append(due)
    return links


def finding_rows(session: Session, ids: Sequence[str], today: dt.date) -> list[FindingRow]:
    """The findings `ids` names, in that order, with their CAPAs; a window of `finding_ids`.
    An id no longer in the store is left out."""
    by_id: dict[str, FindingRow] = {}
    links: dict[str, _CapaLinks] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        query = _joined(select(*_COLUMNS), FindingFilter()).where(Finding.id.in_(chunk))
        by_id.update((values[0], _row(values)) for values in session.execute(query))
        links.update(_capa_links(session, CapaFinding.finding_id.in_(chunk)))
    return _with_capas((by_id[i] for i in ids if i in by_id), links, today)


def findings_register(
    session: Session,
    wanted: FindingFilter = FindingFilter(),
    today: dt.date | None = None,
    order: FindingOrder = FindingOrder.DATE,
    *,
    descending: bool = True,
) -> list[FindingRow]:
    """Every finding that matches, in order, with its CAPAs: one SELECT for the findings and
    one for their CAPAs, however many there are."""
    query = _ordered(_joined(select(*_COLUMNS), wanted), order, descending)
    rows = [_row(values) for values in session.execute(query)]
    matching = _joined(select(Finding.id), wanted)
    links = _capa_links(session, CapaFinding.finding_id.in_(matching)) if rows else {}
    return _with_capas(rows, links, today or dt.date.today())


def audits_with_findings(session: Session) -> list[str]:
    """The references of the audits that have findings, newest first: the audit filter's
    choices."""
    has_findings = exists().where(Finding.audit_id == Audit.id)
    query = select(Audit.reference).where(has_findings).order_by(Audit.reference.desc())
    return list(session.scalars(query))
