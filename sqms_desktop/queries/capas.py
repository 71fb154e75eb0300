"""The CAPA register and one CAPA's detail, as the CAPAs page, reports and `sqms capa` read them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from sqms_desktop.capa.content import STEPS, filled
from sqms_desktop.capa.from_findings import EvidenceRef
from sqms_desktop.capa.stages import (
    AWAITING_STATES,
    DEFAULT_DEADLINES,
    DUE_FIELD_BY_STATE,
    EFFECTIVE,
)
from sqms_desktop.capa.views import (
    ActionLine,
    CapaDetail,
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


def deadline_days(session: Session, supplier_id: str) -> dict[str, int]:
    """Days from the issue date per stage deadline: the supplier's agreement, else the store's."""
    policy = session.scalars(
        select(CapaDeadlinePolicy).where(CapaDeadlinePolicy.supplier_id == supplier_id)
    ).first()
    if policy is None:
        return store_deadline_days(session)
    return {due: getattr(policy, due.removesuffix("_due") + "_days") for due in DEFAULT_DEADLINES}


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
    rows = session.execute(query).all()
    answered = findings_of_capas(session, [capa.id for capa, _, _ in rows])
    return [row_of(capa, code, name, today, answered.get(capa.id, ())) for capa, code, name in rows]


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
