"""The audit programme: per supplier, the next audit due, and whether one is planned for it.

Read for all suppliers in three queries (suppliers, the last audit held at each, the first audit
planned at each); the rule is performance/programme.next_due. A self-assessment is the supplier's
own and is neither an audit held nor one planned here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sqms_desktop.i18n import translate
from sqms_desktop.performance.kpi import period_of
from sqms_desktop.performance.programme import Frequencies, HeldAudit, add_months, next_due
from sqms_desktop.queries.audits import HELD
from sqms_desktop.queries.policy import policy_value
from sqms_desktop.queries.supplier_risks import open_risk_classes
from sqms_desktop.store.models import Audit, Supplier
from sqms_desktop.vocab import AuditStatus, AuditType, PolicyKey, ProgrammeState, inline_word

# Where a supplier's risk class comes from, by supplier id: (class, reason in words). The
# default is the effective class: the supplier's own, raised by the risk register's highest open
# risk (queries/supplier_risks, performance/risk.py).
RiskClasses = Callable[[Session], dict[str, tuple[str, str]]]

UNDER_WAY = (AuditStatus.PLANNED, AuditStatus.IN_PROGRESS)


@dataclass(frozen=True)
class ProgrammeRow:
    supplier_id: str
    code: str
    name: str
    supplier_status: str
    risk_class: str
    due: dt.date
    audit_type: str
    reason: str
    state: str  # ProgrammeState
    month: str  # YYYY-MM the row is listed under: the planned date, else the due date
    last_reference: str | None
    last_held_on: dt.date | None
    last_grade: str | None
    template_id: str | None  # the checklist of the last audit, to plan the next with
    planned_audit_id: str | None
    planned_reference: str | None
    planned_start: dt.date | None

    @property
    def id(self) -> str:
        """The row's id in a table: one row per supplier."""
        return self.supplier_id


def frequencies(session: Session) -> Frequencies:
    """The store's audit frequencies (policies audit_months_*, follow_up_months_*)."""
    return Frequencies(
        high=policy_value(session, PolicyKey.AUDIT_MONTHS_HIGH),
        medium=policy_value(session, PolicyKey.AUDIT_MONTHS_MEDIUM),
        low=policy_value(session, PolicyKey.AUDIT_MONTHS_LOW),
        follow_up_c=policy_value(session, PolicyKey.FOLLOW_UP_MONTHS_C),
        follow_up_b=policy_value(session, PolicyKey.FOLLOW_UP_MONTHS_B),
    )


def own_risk_classes(session: Session) -> dict[str, tuple[str, str]]:
    """The suppliers' own risk classes, the register left aside."""
    rows = session.execute(select(Supplier.id, Supplier.risk_class))
    return {
        sid: (
            risk,
            translate("programme", "risk class {risk_class}").format(risk_class=inline_word(risk)),
        )
        for sid, risk in rows
    }


def effective_risk_classes(session: Session) -> dict[str, tuple[str, str]]:
    """The risk class the programme uses: raised by an open risk, with the risk named."""
    own: dict[str, str] = dict(session.execute(select(Supplier.id, Supplier.risk_class)).all())
    classes: dict[str, tuple[str, str]] = {}
    for sid, (risk_class, why) in open_risk_classes(session).items():
        reason = translate("programme", "risk class {risk_class}").format(
            risk_class=inline_word(risk_class)
        )
        if risk_class != own.get(sid):
            reason += f", {why}"
        classes[sid] = (risk_class.value, reason)
    return classes


def programme(
    session: Session,
    today: dt.date,
    months: int = 12,
    *,
    risk_classes: RiskClasses = effective_risk_classes,
) -> list[ProgrammeRow]:
    """Audits overdue, due within `months` and planned within them, by month then supplier."""
    horizon = add_months(today, months)
    policy = frequencies(session)
    risks = risk_classes(session)
    last = _last_held(session)
    planned = _first_planned(session)
    rows: list[ProgrammeRow] = []
    suppliers = session.execute(
        select(Supplier.id, Supplier.code, Supplier.name, Supplier.status, Supplier.risk_class)
    )
    for sid, code, name, status, own_class in suppliers:
        risk_class, risk_reason = risks.get(
            sid,
            (
                own_class,
                translate("programme", "risk class {risk_class}").format(
                    risk_class=inline_word(own_class)
                ),
            ),
        )
        held = last.get(sid)
        due = next_due(status, risk_class, risk_reason, held, policy, today)
        if due is None:
            continue
        plan = planned.get(sid)
        if plan is not None:
            state = ProgrammeState.PLANNED if plan[2] <= due.due else ProgrammeState.PLANNED_LATE
            month_day = plan[2]
        else:
            state = ProgrammeState.OVERDUE if due.due < today else ProgrammeState.DUE
            month_day = due.due
        if month_day > horizon and state != ProgrammeState.PLANNED_LATE:
            continue
        rows.append(
            ProgrammeRow(
                supplier_id=sid,
                code=code,
                name=name,
                supplier_status=status,
                risk_class=risk_class,
                due=due.due,
                audit_type=due.audit_type,
                reason=due.reason,
                state=state,
                month=period_of(month_day),
                last_reference=held.reference if held else None,
                last_held_on=held.held_on if held else None,
                last_grade=held.grade if held else None,
                template_id=held.template_id if held else None,
                planned_audit_id=plan[0] if plan else None,
                planned_reference=plan[1] if plan else None,
                planned_start=plan[2] if plan else None,
            )
        )
    return sorted(rows, key=lambda r: (r.month, r.due, r.code))


def _last_held(session: Session) -> dict[str, HeldAudit]:
    held_on = func.coalesce(Audit.actual_end, Audit.planned_end)
    ranked = (
        select(
            Audit.supplier_id,
            Audit.reference,
            held_on.label("held_on"),
            Audit.grade,
            Audit.template_id,
            func.row_number()
            .over(partition_by=Audit.supplier_id, order_by=(held_on.desc(), Audit.reference.desc()))
            .label("rn"),
        )
        .where(
            Audit.status.in_([s.value for s in HELD]),
            Audit.type != AuditType.SELF_ASSESSMENT.value,
        )
        .subquery()
    )
    rows = session.execute(select(ranked).where(ranked.c.rn == 1))
    return {r.supplier_id: HeldAudit(r.reference, r.held_on, r.grade, r.template_id) for r in rows}


def _first_planned(session: Session) -> dict[str, tuple[str, str, dt.date]]:
    ranked = (
        select(
            Audit.supplier_id,
            Audit.id,
            Audit.reference,
            Audit.planned_start,
            func.row_number()
            .over(partition_by=Audit.supplier_id, order_by=(Audit.planned_start, Audit.reference))
            .label("rn"),
        )
        .where(
            Audit.status.in_([s.value for s in UNDER_WAY]),
            Audit.type != AuditType.SELF_ASSESSMENT.value,
        )
        .subquery()
    )
    rows = session.execute(select(ranked).where(ranked.c.rn == 1))
    return {r.supplier_id: (r.id, r.reference, r.planned_start) for r in rows}
