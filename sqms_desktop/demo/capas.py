"""8D content for the demo's CAPAs, written through the services as the CAPA moves on.

`demo.capa_progress` issues and advances the CAPAs through `issue` and `accept` here, so each
stage the quality engineer accepts has the content a supplier would have sent for it (8D
content can change only while a CAPA is open). `finish` adds what needs the finished store:
a pending rejection on some open CAPAs and effectiveness checks of closed ones.

Text choices draw from a random stream seeded by the CAPA's reference, so the demo's other
draws (audits, findings, CAPA stages) stay exactly as they were.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy import select

from sqms_desktop.capa.content import filled
from sqms_desktop.services import capa_8d, capas
from sqms_desktop.services.capa_effectiveness import plan_effectiveness_check, record_effectiveness
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Action, Audit, Capa
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import AuditStatus, CapaState

# Per title: (occurrence root cause, non-detection root cause, escape point, 6M causes).
CAUSES = {
    "Obsolete documents at point of use": (
        "Document control releases new revisions without withdrawing the printed copies",
        "No check of revisions at the workstation in the layered process audit",
        "Layered process audit, shop floor",
        {"method": ["No withdrawal step"], "man": ["Copies printed locally"]},
    ),
    "Gauge calibration control": (
        "Calibration recall list is kept by hand and missed gauges lent to other lines",
        "Gauges carry no visible due date, so an expired gauge looks like any other",
        "Receiving of gauges after loan",
        {"measurement": ["No due-date label"], "method": ["Manual recall list"]},
    ),
    "Flow-down of customer-specific requirements": (
        "Contract review has no checklist for customer-specific requirements",
        "Purchase orders to sub-tier suppliers are not reviewed against the CSR matrix",
        "Order entry",
        {"method": ["No CSR checklist"], "material": ["Sub-tier not informed"]},
    ),
    "Incomplete operator training records": (
        "Training matrix is not updated when work instructions change",
        "Line release does not check the qualification of the person assigned",
        "Shift start",
        {"man": ["New staff from agency"], "method": ["No update trigger"]},
    ),
    "Nonconforming product shipped": (
        "Deburring fixture lets a part leave station 3 without the deburring step",
        "Final inspection is visual only and cannot see burrs below 0.2 mm",
        "Final inspection, station 7",
        {"machine": ["Worn deburring tool", "No interlock"], "measurement": ["Visual check"]},
    ),
    "Quarantine control": (
        "Quarantine area has no physical barrier and no booking in the ERP",
        "Dispatch picks by ERP stock, which shows quarantined parts as free",
        "Dispatch",
        {"environment": ["Open quarantine area"], "method": ["No ERP block"]},
    ),
    "Control plan frequency not met": (
        "Control plan frequency was not transferred into the SPC software",
        "Nobody reviews missing SPC samples at shift handover",
        "SPC review",
        {"method": ["Manual transfer"], "machine": ["SPC reminders off"]},
    ),
    "Batch record data integrity": (
        "Shared log-in on the weighing station allows entries without attribution",
        "Batch record review checks values, not who entered them",
        "QA batch record review",
        {"machine": ["Shared account"], "method": ["Review scope"]},
    ),
    "Internal audit programme not carried out": (
        "The audit programme has no owner since the quality manager left",
        "Management review does not check that the programme was carried out",
        "Management review",
        {"man": ["No programme owner"], "method": ["Review agenda lacks audits"]},
    ),
    "Management review misses supplier performance": (
        "The review agenda template predates the supplier scorecards",
        "Nobody compares the minutes with the required inputs",
        "Management review",
        {"method": ["Old agenda template"]},
    ),
    "Cleaning validation missing": (
        "Shared equipment was added to the train without a change control",
        "Validation master plan is not checked when equipment is shared",
        "Change control",
        {"method": ["No change control"], "machine": ["Shared equipment train"]},
    ),
}
DEFAULT_CAUSE = CAUSES["Nonconforming product shipped"]


def _rng(capa: Capa) -> random.Random:
    return random.Random(capa.reference)


def issue(uow: UnitOfWork, capa_id: str, on: dt.date, contact: str) -> None:
    """D0–D2 written out by the customer's quality engineer, then issued with a D3 action."""
    capa = uow.session.get_one(Capa, capa_id)
    rng = _rng(capa)
    capa_8d.set_step(
        uow,
        capa_id,
        "d0",
        {
            "symptom": capa.title,
            "emergency_response": "Stop shipments of the affected part numbers until contained.",
        },
    )
    capa_8d.set_step(
        uow,
        capa_id,
        "d1",
        {
            "team": [
                {"name": contact, "role": "Team leader (supplier quality)"},
                {
                    "name": rng.choice(["Piotr Nowak", "Eva Lind", "Jiří Dvořák"]),
                    "role": "Production",
                },
                {"name": rng.choice(["Sara Brandt", "Tomás Ruiz"]), "role": "Engineering"},
                {"name": "Marta Zielińska", "role": "Customer quality engineer"},
            ]
        },
    )
    affected = rng.choice([120, 480, 1500, 3200])
    # D2 came pre-filled from the findings; the quality engineer adds what the audit left open.
    d2 = filled("d2", capa.d2)
    for key, text in (
        ("what", capa.title),
        ("why", "Requirement of the supply agreement not met"),
        ("how_many", f"Up to {affected} parts in stock and in transit"),
    ):
        d2[key] = d2[key] or text
    capa_8d.set_step(uow, capa_id, "d2", d2)
    capas.issue_capa(uow, capa_id, on)
    capa_8d.add_action(
        uow,
        capa_id,
        "Contain suspect stock at the supplier and in transit; 100 % inspection.",
        owner=contact[:64],
        due=on + dt.timedelta(days=1),
        step="D3",
        quantity=affected,
    )


def accept(uow: UnitOfWork, capa_id: str, stage: str, on: dt.date) -> None:
    """The content a supplier sends for `stage`, then the quality engineer's acceptance."""
    capa = uow.session.get_one(Capa, capa_id)
    rng = _rng(capa)
    occurrence, detection, escape, causes = CAUSES.get(capa.title, DEFAULT_CAUSE)
    if stage == CapaState.CONTAINMENT:
        capa_8d.set_step(
            uow,
            capa_id,
            "d3",
            {
                "summary": "Stock at the plant and in transit sorted; suspect parts blocked.",
                "verified": "Next three deliveries checked 100 % at incoming inspection.",
            },
        )
    elif stage == CapaState.ROOT_CAUSE:
        if rng.random() < 0.35:
            capas.reject_stage(
                uow,
                capa_id,
                on=on - dt.timedelta(days=2),
                reason="The first answer named operator error; find why the process allowed it.",
            )
        capa_8d.set_step(
            uow,
            capa_id,
            "d4",
            {
                "occurrence_whys": [capa.title, "The process step was skipped", occurrence],
                "occurrence_root_cause": occurrence,
                "non_detection_whys": ["The check did not catch it", detection],
                "non_detection_root_cause": detection,
                "escape_point": escape,
                "ishikawa": causes,
            },
        )
    elif stage == CapaState.CORRECTIVE_ACTION:
        capa_8d.set_step(
            uow,
            capa_id,
            "d5",
            {
                "chosen": f"Remove the cause: {occurrence[0].lower()}{occurrence[1:]}.",
                "verification": "Trial run of 200 parts without a defect.",
            },
        )
        for text, days in (
            ("Error-proof the process step", 10),
            ("Add a check that detects it", 14),
        ):
            capa_8d.add_action(
                uow, capa_id, text, owner=capa.owner, due=on + dt.timedelta(days=days)
            )
    elif stage == CapaState.VERIFICATION:
        capa_8d.set_step(
            uow,
            capa_id,
            "d6",
            {
                "implementation": "Actions implemented on all shifts.",
                "validation_result": "Capability Cpk 1.67 on 125 parts; no defect in 4 weeks.",
            },
        )
        for action in _actions(uow, capa_id, "D5"):
            capa_8d.complete_action(
                uow,
                action.id,
                on=min(action.due, on),
                evidence="Photo and release record",
                validation="Effective in the trial run",
            )
    elif stage == CapaState.CLOSED:
        capa_8d.set_step(
            uow,
            capa_id,
            "d7",
            {
                "fmea": "PFMEA updated with the failure mode.",
                "control_plan": "Control plan: new check added at the escape point.",
                "procedures": "Work instruction revised and trained.",
                "lessons": "Sister lines reviewed for the same cause.",
            },
        )
        capa_8d.set_step(
            uow,
            capa_id,
            "d8",
            {
                "closure": "All actions done and verified.",
                "recognition": "Team thanked in the quality review.",
            },
        )
    capas.advance_capa(uow, capa_id, stage, on=on)


def _actions(uow: UnitOfWork, capa_id: str, step: str) -> list[Action]:
    return list(
        uow.session.scalars(select(Action).where(Action.capa_id == capa_id, Action.step == step))
    )


def finish(store: Store, today: dt.date, write: Callable[[], UnitOfWork]) -> None:
    """Pending rejections and effectiveness checks, once every CAPA and audit exists.

    Rejections are dated `today`; all is written in the one unit of work `write` opens (the
    quality engineer's, on that day) after the store has been read.
    """
    with store.session() as session:
        open_ones = session.scalars(
            select(Capa)
            .where(Capa.state.in_([CapaState.ISSUED.value, CapaState.CONTAINMENT.value]))
            .order_by(Capa.reference)
        ).all()
        closed = session.scalars(
            select(Capa).where(Capa.state == CapaState.CLOSED.value).order_by(Capa.reference)
        ).all()
        pending = [(c.id, c.state) for c in open_ones[:2]]
        checks = [(c.id, c.supplier_id, c.closed_on) for c in closed]
        audits = session.execute(
            select(Audit.id, Audit.supplier_id, Audit.actual_start)
            .where(Audit.status.in_([AuditStatus.CLOSED.value, AuditStatus.REPORT_ISSUED.value]))
            .order_by(Audit.actual_start)
        ).all()
    with write() as uow:
        for capa_id, state in pending:
            what = "Containment" if state == CapaState.ISSUED else "Root cause"
            capas.reject_stage(
                uow,
                capa_id,
                on=today,
                reason=f"{what} answer incomplete: quantities and locations are missing.",
            )
        for capa_id, supplier_id, closed_on in checks:
            assert closed_on is not None
            plan_effectiveness_check(
                uow,
                capa_id,
                due=closed_on + dt.timedelta(days=90),
                criterion="No repeat of the problem in 3 months of deliveries",
            )
            later = [
                a
                for a in audits
                if a.supplier_id == supplier_id and a.actual_start and a.actual_start > closed_on
            ]
            if later:
                record_effectiveness(
                    uow, capa_id, later[0].id, True, "No repeat found in the audit"
                )
        uow.commit()
