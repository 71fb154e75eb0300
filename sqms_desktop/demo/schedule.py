"""Which audits the demo holds, when, and how far each has got by the reference day.

Audits are spread over two years back and half a year ahead; the first ones take each audit
state in turn, so even a tiny demo shows every state. Follow-up audits check the actions on an
earlier audit's major findings.
"""

from __future__ import annotations

import datetime as dt

from sqms_desktop.demo.fieldwork import execute
from sqms_desktop.demo.master_data import LIBRARY_USE
from sqms_desktop.demo.run import DemoRun, DemoSupplier, DemoTemplate, HeldAudit, tally
from sqms_desktop.demo.timeline import Process
from sqms_desktop.services import audits
from sqms_desktop.services.audit_plan import FollowUpPlan, plan_follow_up
from sqms_desktop.vocab import AuditStatus, FindingClass

# Audit states in the order the first audits take them, so even a tiny demo shows every state.
STATE_CYCLE = (
    AuditStatus.CLOSED,
    AuditStatus.PLANNED,
    AuditStatus.IN_PROGRESS,
    AuditStatus.COMPLETED,
    AuditStatus.SIGNED,
    AuditStatus.REPORT_ISSUED,
    AuditStatus.CANCELLED,
)
STATE_WEIGHTS = {
    AuditStatus.PLANNED: 18,
    AuditStatus.IN_PROGRESS: 4,
    AuditStatus.COMPLETED: 6,
    AuditStatus.SIGNED: 6,
    AuditStatus.REPORT_ISSUED: 10,
    AuditStatus.CLOSED: 52,
    AuditStatus.CANCELLED: 4,
}
# Days from the reference day an audit in each state starts on: (earliest, latest).
START_RANGES = {
    AuditStatus.PLANNED: (7, 180),
    AuditStatus.IN_PROGRESS: (-2, 0),
    AuditStatus.COMPLETED: (-12, -4),
    AuditStatus.SIGNED: (-25, -8),
    AuditStatus.REPORT_ISSUED: (-70, -15),
    AuditStatus.CLOSED: (-720, -40),
    AuditStatus.CANCELLED: (-300, 60),
}

AuditPlanned = tuple[DemoSupplier, DemoTemplate, dt.date, AuditStatus]


def plan_audits(run: DemoRun, count: int) -> list[AuditPlanned]:
    """Supplier, template, start and end state of each audit, in the order they start."""
    rng = run.rng
    plans = []
    states = list(STATE_WEIGHTS)
    weights = list(STATE_WEIGHTS.values())
    for index in range(count):
        supplier = run.suppliers[index % len(run.suppliers)] if run.suppliers else None
        if supplier is None:
            break
        template = rng.choices(run.templates, [share for *_, share in LIBRARY_USE])[0]
        if index < len(STATE_CYCLE):
            state = STATE_CYCLE[index]
            if index == 0:
                template = run.templates[2]  # an early GMP audit shows a critical finding
        else:
            state = rng.choices(states, weights)[0]
        plans.append((supplier, template, start_for(run, state), state))
    plans.sort(key=lambda p: (p[2], p[0].code))
    return plans


def start_for(run: DemoRun, state: AuditStatus) -> dt.date:
    """A weekday on which an audit that is now in `state` plausibly started."""
    low, high = START_RANGES[state]
    day = run.today + dt.timedelta(days=run.rng.randint(low, high))
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def make_audit(
    run: DemoRun,
    index: int,
    supplier: DemoSupplier,
    template: DemoTemplate,
    start: dt.date,
    state: str,
) -> Process:
    """Plan the audit some weeks ahead, then cancel it or carry it out as far as `state`."""
    rng = run.rng
    lead = run.leads[index % len(run.leads)]
    auditor = rng.choice(run.auditors)
    team = [run.users[auditor]]
    planned_at = min(
        run.at(start - dt.timedelta(days=rng.randint(20, 60)), 10),
        run.at(run.today - dt.timedelta(days=rng.randint(1, 20)), 10),
    )
    yield planned_at
    with run.uow(planned_at, lead) as uow:
        audit = audits.plan_audit(
            uow,
            audits.AuditPlan(
                supplier_id=supplier.id,
                template_id=template.id,
                lead_auditor_id=run.users[lead],
                planned_start=start,
                planned_end=start + dt.timedelta(days=1),
                type=template.audit_type,
                site_id=supplier.site_ids[index % len(supplier.site_ids)],
                objectives="Confirm the supplier's quality system meets our requirements "
                "and verify the effectiveness of actions from earlier audits.",
                scope=f"Processes and products supplied to us from {supplier.name}",
                criteria="ISO 9001:2015, customer-specific requirements, supplier "
                "quality manual rev. 7",
                team=team,
                auditee_participants=f"{supplier.contact} (quality manager); plant manager",
            ),
        )
        uow.commit()
    run.summary.audits += 1
    tally(run.summary.audits_by_status, state)
    if state == AuditStatus.PLANNED:
        return
    if state == AuditStatus.CANCELLED:
        yield planned_at + dt.timedelta(days=5)
        with run.uow(planned_at + dt.timedelta(days=5), lead) as uow:
            audits.change_audit_status(
                uow, audit.id, AuditStatus.CANCELLED, reason="supplier plant shutdown; re-planned"
            )
            uow.commit()
        return
    yield from execute(run, index, audit.id, supplier, template, start, state, (lead, auditor))


class FollowUps:
    """Plans a follow-up of an audit with major findings as the audit is completed: the first
    half of the follow-ups go to the first such audits (long done, so carried out), the rest to
    audits of the last months (so still ahead or under way); one per supplier."""

    RECENT_DAYS = 150

    def __init__(self, run: DemoRun, count: int, first_index: int) -> None:
        self.run = run
        self.old = (count + 1) // 2
        self.recent = count // 2
        self.next_index = first_index

    def left(self) -> int:
        return self.old + self.recent

    def consider(self, held: HeldAudit) -> None:
        run = self.run
        if not held.classes & {FindingClass.MAJOR_NC, FindingClass.CRITICAL}:
            return
        if held.supplier.id in run.followed:
            return
        if self.recent and held.end >= run.today - dt.timedelta(days=self.RECENT_DAYS):
            self.recent -= 1
        elif self.old:
            self.old -= 1
        else:
            return
        run.followed.add(held.supplier.id)
        run.timeline.start(follow_up(run, self.next_index, held))
        self.next_index += 1


def follow_up(run: DemoRun, index: int, earlier: HeldAudit) -> Process:
    """Check on site, some months on, the actions on an earlier audit's major findings."""
    start = earlier.end + dt.timedelta(days=run.words.randint(60, 110))
    while start.weekday() >= 5:
        start += dt.timedelta(days=1)
    age = (run.today - start).days
    state = (
        AuditStatus.CLOSED
        if age >= 14
        else AuditStatus.COMPLETED
        if age >= 3
        else AuditStatus.IN_PROGRESS
        if age >= 0
        else AuditStatus.PLANNED
    )
    planned_at = run.at(earlier.end + dt.timedelta(days=7), 10)
    yield planned_at
    with run.uow(planned_at, earlier.lead) as uow:
        audit = plan_follow_up(
            uow,
            earlier.audit_id,
            FollowUpPlan(
                lead_auditor_id=run.users[earlier.lead],
                planned_start=start,
                planned_end=start + dt.timedelta(days=1),
                objectives="Verify on site that the corrective actions taken on the major "
                "findings are implemented and effective.",
            ),
        )
        uow.commit()
    run.summary.audits += 1
    run.summary.follow_ups += 1
    tally(run.summary.audits_by_status, state)
    if state != AuditStatus.PLANNED:
        team = (earlier.lead, earlier.auditor)
        yield from execute(
            run, index, audit.id, earlier.supplier, earlier.template, start, state, team, 0.97
        )


def planned_instead(run: DemoRun, index: int) -> Process:
    """A planned audit in place of a follow-up no audit called for (a tiny demo), so the demo
    still has as many audits as asked."""
    supplier = run.suppliers[index % len(run.suppliers)]
    template = run.templates[index % len(run.templates)]
    state = AuditStatus.PLANNED
    yield from make_audit(run, index, supplier, template, start_for(run, state), state)
