"""A CAPA from findings to verified closure: every stage, a rejection, deadlines, overdue
flags, operator error refused, and the effectiveness check in a follow-up audit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from sqms_desktop.capa.views import CapaFilter, filter_rows
from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.queries.capas import (
    capa_detail,
    capas_awaiting_effectiveness,
    count_overdue_capas,
    list_capas,
)
from sqms_desktop.services import audits, capa_8d, capas
from sqms_desktop.services.audit_plan import FollowUpPlan, plan_follow_up
from sqms_desktop.services.capa_effectiveness import plan_effectiveness_check, record_effectiveness
from sqms_desktop.services.identity import PermissionDenied
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import TrailEntry
from sqms_desktop.store.models import Capa, Finding
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.capa_world import D, World, build_world

STAGES = ["containment", "root_cause", "corrective_action", "verification", "closed"]
GOOD_D4 = {
    "occurrence_whys": ["Burr on flange", "Deburring skipped", "Fixture allows skipping"],
    "occurrence_root_cause": "The fixture lets a part leave station 3 without deburring",
    "non_detection_whys": ["Final check did not see it", "Visual check only"],
    "non_detection_root_cause": "No gauge for burr height at final inspection",
    "escape_point": "Final inspection, station 7",
    "ishikawa": {"machine": ["Worn deburring tool"], "method": ["No interlock"]},
}


@pytest.fixture
def world(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> World:
    return build_world(store, context, uow)


def test_a_capa_goes_from_findings_to_closure_with_one_rejection(world: World) -> None:
    capa_id = world.raise_capa(finding_ids=world.findings)
    with world.qe() as u:
        findings = u.session.scalars(select(Finding).where(Finding.id.in_(world.findings)))
        assert {f.status for f in findings} == {"capa_raised"}
        capas.issue_capa(u, capa_id, D)
        capa_8d.add_action(u, capa_id, "Sort stock", owner="Jan", due=D, step="D3", quantity=1200)
        u.commit()
    with world.qe() as u:
        capas.accept_stage(u, capa_id, on=D + dt.timedelta(days=1))  # containment
        capa_8d.set_step(u, capa_id, "d4", {**GOOD_D4, "escape_point": ""})
        capas.reject_stage(u, capa_id, on=D + dt.timedelta(days=5), reason="No escape point")
        u.commit()
    with world.store.session() as session:
        detail = capa_detail(session, capa_id, D + dt.timedelta(days=5))
        assert detail.row.state == "containment"
        assert detail.row.rejection == "root cause: No escape point"
        assert [s.rejections for s in detail.timeline if s.stage == "root_cause"] == [1]
    with world.qe() as u:
        capa_8d.set_step(u, capa_id, "d4", GOOD_D4)
        for offset, _stage in enumerate(STAGES[1:], start=6):
            capas.accept_stage(u, capa_id, on=D + dt.timedelta(days=offset))
        u.commit()
    with world.store.session() as session:
        detail = capa_detail(session, capa_id, D + dt.timedelta(days=40))
    assert detail.row.state == "closed"
    assert detail.row.rejection == ""
    assert detail.row.closed_on == D + dt.timedelta(days=9)
    assert [s.status for s in detail.timeline] == ["done"] * 6
    assert [r.decision for r in detail.reviews] == [
        "issued",
        "accepted",
        "rejected",
        "accepted",
        "accepted",
        "accepted",
        "accepted",
    ]
    assert detail.actions[0].quantity == 1200
    assert [f.reference for f in detail.findings] == ["AUD-2026-0001-F01", "AUD-2026-0001-F02"]
    with world.qe() as u, pytest.raises(StateError, match="closed; it has no stage"):
        capas.accept_stage(u, capa_id, on=D)


def test_stages_are_the_quality_engineers_and_need_reasons(world: World) -> None:
    capa_id = world.raise_capa()
    with world.lead_uow() as u, pytest.raises(PermissionDenied, match="quality engineer"):
        capas.issue_capa(u, capa_id, D)
    with world.qe() as u:
        with pytest.raises(StateError, match="only a stage the supplier answered"):
            capas.reject_stage(u, capa_id, on=D, reason="nothing yet")
        capas.issue_capa(u, capa_id, D)
        with pytest.raises(ValidationError, match="reason for rejecting"):
            capas.reject_stage(u, capa_id, on=D, reason="  ")
        with pytest.raises(ValidationError, match="reason for cancelling"):
            capas.cancel_capa(u, capa_id, reason="")
        with pytest.raises(StateError, match="only a closed CAPA"):
            capas.reopen_capa(u, capa_id, reason="again", on=D)
        u.commit()


def test_a_capa_from_findings_of_another_supplier_is_refused(world: World) -> None:
    with world.qe() as u, pytest.raises(ValidationError, match="another supplier's audit"):
        capas.raise_capa(
            u,
            capas.CapaInput(
                supplier_id=world.supplier,
                title="Mixed",
                owner="Jan",
                finding_ids=[world.findings[0], world.other_finding],
            ),
        )


def test_a_free_standing_capa_comes_from_a_complaint(world: World) -> None:
    capa_id = world.raise_capa(source_reference="8D-4711", is_scar=False)
    with world.store.session() as session:
        capa = session.get_one(Capa, capa_id)
        assert (capa.source, capa.source_reference, capa.is_scar) == (
            "customer_complaint",
            "8D-4711",
            False,
        )


@pytest.mark.parametrize(
    "blame",
    [
        "Operator error",
        "human error at assembly",
        "Worker mistake",
        "operator mistake during set-up",
        "Carelessness",
        "not following instructions",
        "The operator did not follow the work instruction",
        "Bedienfehler",
        "menschliches Versagen",
        "Arbeitsanweisung nicht befolgt",
    ],
)
def test_operator_error_is_refused_as_root_cause(world: World, blame: str) -> None:
    capa_id = world.raise_capa()
    with world.qe() as u:
        capas.issue_capa(u, capa_id, D)
        with pytest.raises(ValidationError, match="is not accepted as a root cause") as refused:
            capa_8d.set_step(u, capa_id, "d4", {**GOOD_D4, "occurrence_root_cause": blame})
        assert "Root cause of occurrence" in str(refused.value)
        whys = [*GOOD_D4["occurrence_whys"][:2], blame]
        with pytest.raises(ValidationError, match="why 3"):
            capa_8d.set_step(u, capa_id, "d4", {**GOOD_D4, "occurrence_whys": whys})
    with world.store.session() as session:
        assert session.get_one(Capa, capa_id).d4 is None


def test_operator_error_proofing_is_a_fine_root_cause(world: World) -> None:
    capa_id = world.raise_capa()
    cause = "No human error-proofing (poka-yoke) at station 3"
    with world.qe() as u:
        capa_8d.set_step(u, capa_id, "d4", {**GOOD_D4, "occurrence_root_cause": cause})
        u.commit()


def test_overdue_with_a_fixed_clock_and_supplier_deadlines(world: World) -> None:
    with world.qe() as u:
        capas.set_supplier_deadlines(
            u,
            world.supplier,
            {
                "containment_due": 2,
                "root_cause_due": 10,
                "corrective_action_due": 20,
                "verification_due": 40,
                "closure_due": 60,
            },
        )
        with pytest.raises(ValidationError, match="stages are due in order"):
            capas.set_supplier_deadlines(
                u,
                world.other_supplier,
                dict(zip(capas.DEFAULT_DEADLINES, [5, 3, 20, 40, 60], strict=True)),
            )
        u.commit()
    late = world.raise_capa("Late")
    urgent = world.raise_capa("Urgent", safety_critical=True)
    with world.qe() as u:
        capas.issue_capa(u, late, D)
        capas.issue_capa(u, urgent, D + dt.timedelta(days=3))
        capas.accept_stage(u, late, on=D + dt.timedelta(days=1))
        u.commit()
    with world.store.session() as session:
        late_capa = session.get_one(Capa, late)
        assert late_capa.root_cause_due == D + dt.timedelta(days=10)
        # Safety-critical: 24 h containment, whatever the supplier agreed.
        assert session.get_one(Capa, urgent).containment_due == D + dt.timedelta(days=4)
        assert count_overdue_capas(session, D + dt.timedelta(days=4)) == 0
        assert count_overdue_capas(session, D + dt.timedelta(days=5)) == 1
        assert count_overdue_capas(session, D + dt.timedelta(days=11)) == 2
        rows = list_capas(session, D + dt.timedelta(days=5))
        assert [(r.reference, r.overdue_stage) for r in rows] == [
            ("CAPA-2026-0001", None),
            ("CAPA-2026-0002", "containment_due"),
        ]
        detail = capa_detail(session, late, D + dt.timedelta(days=11))
    assert [s.status for s in detail.timeline] == ["done", "done", "overdue", *["later"] * 3]
    today = D + dt.timedelta(days=5)
    assert [r.title for r in filter_rows(rows, CapaFilter(overdue_only=True), today)] == ["Urgent"]
    within = filter_rows(rows, CapaFilter(due_within_days=4), today)
    assert [r.title for r in within] == ["Urgent"]
    assert len(filter_rows(rows, CapaFilter(due_within_days=5), today)) == 2
    assert filter_rows(rows, CapaFilter(owner="novak", states=frozenset({"containment"})), today)


def test_effectiveness_is_checked_in_a_follow_up_audit(world: World) -> None:
    done, failing = world.raise_capa("Burrs"), world.raise_capa("Labels")
    with world.qe() as u:
        for capa_id in (done, failing):
            capas.issue_capa(u, capa_id, D)
            for offset, _stage in enumerate(STAGES, start=1):
                capas.accept_stage(u, capa_id, on=D + dt.timedelta(days=offset))
        plan_effectiveness_check(
            u, done, due=D + dt.timedelta(days=90), criterion="No burrs in 3 shipments"
        )
        u.commit()
    with world.lead_uow() as u:
        follow_up = plan_follow_up(
            u,
            world.audit,
            FollowUpPlan(lead_auditor_id=world.lead, planned_start=D + dt.timedelta(days=90)),
        )
        u.commit()
    with world.store.session() as session:
        awaiting = capas_awaiting_effectiveness(session, world.supplier)
        assert [a.title for a in awaiting] == ["Burrs", "Labels"]
        assert awaiting[0].criterion == "No burrs in 3 shipments"
        assert capas_awaiting_effectiveness(session, world.other_supplier) == []
    with world.lead_uow() as u, pytest.raises(StateError, match="only planned"):
        # A planned audit has not been performed: nobody has seen anything yet.
        record_effectiveness(u, done, follow_up.id, True, "3 shipments without burrs")
    with world.store.session() as session:
        assert session.get_one(Capa, done).effectiveness_result is None
    with world.lead_uow() as u:
        audits.start_audit(u, follow_up.id, D + dt.timedelta(days=90))
        u.commit()
    with world.lead_uow() as u:
        record_effectiveness(u, done, follow_up.id, True, "3 shipments without burrs")
        with pytest.raises(ValidationError, match="needs a note"):
            record_effectiveness(u, failing, follow_up.id, False, "")
        record_effectiveness(u, failing, follow_up.id, False, "Labels still mixed up")
        u.commit()
    with world.store.session() as session:
        assert [a.title for a in capas_awaiting_effectiveness(session, world.supplier)] == []
        reopened = capa_detail(session, failing, D + dt.timedelta(days=1))
        confirmed = session.get_one(Capa, done)
        assert (confirmed.state, confirmed.effectiveness_result) == ("closed", "effective")
        assert confirmed.effectiveness_audit_id == follow_up.id
        assert reopened.row.state == "containment"
        assert reopened.row.closed_on is None
        assert reopened.row.effectiveness == "not_effective"
        assert [s.status for s in reopened.timeline][:3] == ["done", "done", "next"]
        assert reopened.reviews[-1].decision == "reopened"
        reasons = session.scalars(
            select(TrailEntry.reason).where(TrailEntry.record_id == failing)
        ).all()
        assert any("Labels still mixed up" in r for r in reasons)
    with world.lead_uow() as u, pytest.raises(StateError, match="already confirmed"):
        record_effectiveness(u, done, follow_up.id, True, "")
