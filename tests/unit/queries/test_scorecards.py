"""Scorecards read from a real store: the figures, parts, targets, costs, trend, proposals and
breakdowns of each supplier, all in a few SELECTs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import event

from sqms_desktop.queries.scorecards import (
    audit_behind_score,
    capa_stages,
    open_proposals,
    scorecards,
)
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import SupplierDecision
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import Band, ProposalKind, ScorecardPart
from tests.support.scorecards import PERIOD, TODAY, ScorecardWorld, build_scorecard_world, day

UowFactory = Callable[[], UnitOfWork]


@pytest.fixture
def world(store: Store, context: WriteContext, uow: UowFactory) -> ScorecardWorld:
    return build_scorecard_world(store, context, uow)


def _card(store: Store, code: str, period: str = PERIOD):  # type: ignore[no-untyped-def]
    with store.session() as session:
        (card,) = [c for c in scorecards(session, period, today=TODAY) if c.code == code]
    return card


def test_a_supplier_with_all_four_parts(world: ScorecardWorld, store: Store) -> None:
    s = world.supplier("ALL")
    # 10 deliveries of 1000, 8 on time, 1 part rejected: PPM 100 → quality 100; OTD 80 %
    world.deliveries(s, PERIOD, on_time=8, late=2, rejected=1)
    world.audit(s, dt.date(2026, 6, 1), 60.0)
    latest = world.audit(s, day(PERIOD, 20), 85.0)
    world.audit(s, dt.date(2026, 12, 2), 10.0)  # after the period: not this month's
    # containment due 2026-11-02 accepted 2026-11-02 (on time), root cause due 2026-11-08
    # accepted 2026-11-12 (late): 1 of 2 → 50
    world.capa(
        s,
        dt.date(2026, 11, 1),
        {"containment_due": day(PERIOD, 2), "root_cause_due": day(PERIOD, 8)},
        {"containment": day(PERIOD, 2), "root_cause": day(PERIOD, 12)},
        state="root_cause",
    )
    card = _card(store, "ALL")
    assert (card.deliveries, card.on_time_pct, card.ppm) == (10, 80.0, 100.0)
    assert (card.audit_score, card.audit_id) == (85.0, latest)
    assert (card.stages_due, card.stages_on_time, card.mean_days_to_containment) == (2, 1, 1.0)
    # 0.4 * 100 + 0.3 * 80 + 0.2 * 85 + 0.1 * 50 = 40 + 24 + 17 + 5 = 86 → B
    assert card.score == 86.0
    assert card.band == Band.B
    assert [(p.part, p.value, p.weight) for p in card.parts] == [
        (ScorecardPart.QUALITY, 100.0, 40),
        (ScorecardPart.DELIVERY, 80.0, 30),
        (ScorecardPart.AUDIT, 85.0, 20),
        (ScorecardPart.RESPONSIVENESS, 50.0, 10),
    ]


def test_a_supplier_without_any_data_has_no_score_and_no_band(
    world: ScorecardWorld, store: Store
) -> None:
    world.supplier("NONE")
    card = _card(store, "NONE")
    assert (card.deliveries, card.on_time_pct, card.ppm, card.score, card.band) == (
        0,
        None,
        None,
        None,
        None,
    )
    assert card.trend is None
    assert not card.forecast_flag


def test_the_quality_agreements_targets_are_used(world: ScorecardWorld, store: Store) -> None:
    s = world.supplier("QA")
    world.agreement(s, ppm_target=500, on_time_target_pct=95.0, capa_response_days=2)
    # 4 deliveries of 1000 with 5 parts rejected: 1250 PPM → (2000-1250)/(2000-500) = 50
    # 3 of 4 on time: 75 / 95 = 78.947…; no audit, no CAPA: weights 40/30 → 4/7 and 3/7
    world.deliveries(s, PERIOD, on_time=3, late=1, rejected=5)
    card = _card(store, "QA")
    assert card.targets.ppm_target == 500
    assert card.targets.ppm_target_from == "agreement"
    assert card.targets.on_time_target_pct == 95.0
    assert card.parts[0].value == pytest.approx(50.0)
    assert card.parts[1].value == pytest.approx(75 / 95 * 100)
    assert card.score == round(50 * 4 / 7 + 75 / 95 * 100 * 3 / 7, 1)


def test_the_cost_of_poor_quality_is_summed_for_the_period(
    world: ScorecardWorld, store: Store
) -> None:
    s = world.supplier("COST")
    world.cost(s, PERIOD, 12_000)
    world.cost(s, PERIOD, 3_050)
    world.cost(s, "2026-10", 99_999)
    assert _card(store, "COST").poor_quality_cost == (("EUR", 15_050),)


def test_a_declining_supplier_is_flagged_and_a_steady_one_not(
    world: ScorecardWorld, store: Store
) -> None:
    falling = world.supplier("FALL")
    steady = world.supplier("FLAT")
    world.monthly(falling, [100, 98, 96, 94, 92, 90])
    world.monthly(steady, [90, 90, 90, 90, 90, 90])
    card = _card(store, "FALL")
    assert [h.score for h in card.history] == [100, 98, 96, 94, 92, 90]
    assert card.band == Band.A
    assert card.forecast_flag
    assert card.trend is not None
    assert [p.score for p in card.trend.forecast] == [88.0, 86.0, 84.0]
    assert not _card(store, "FLAT").forecast_flag


def test_three_months_in_band_c_propose_probation_until_dismissed(
    world: ScorecardWorld, store: Store, uow: UowFactory
) -> None:
    s = world.supplier("LOW")
    world.monthly(s, [60, 60, 60])
    (proposal,) = _card(store, "LOW").proposals
    assert proposal.kind == ProposalKind.PROBATION
    assert proposal.basis == "band C in 2026-09, 2026-10, 2026-11"
    with uow() as u:
        u.add(
            SupplierDecision(
                supplier_id=s,
                kind=proposal.kind,
                basis=proposal.basis,
                decision="dismissed",
                reason="Improvement plan agreed",
                decided_by="anna",
                decided_on=TODAY,
            )
        )
        u.commit()
    assert _card(store, "LOW").proposals == ()
    # December in band C too: the basis has changed and the proposal is back
    world.deliveries(s, "2026-12", on_time=1, late=1, received=0)
    (again,) = _card(store, "LOW", "2026-12").proposals
    assert again.basis == "band C in 2026-10, 2026-11, 2026-12"


def test_four_months_in_band_a_propose_preferred_unless_a_major_finding_is_open(
    world: ScorecardWorld, store: Store
) -> None:
    good = world.supplier("GOOD")
    world.monthly(good, [100, 100, 100, 100])
    assert [p.kind for p in _card(store, "GOOD").proposals] == [ProposalKind.PREFERRED]
    audit = world.audit(good, dt.date(2026, 3, 1), 95.0)
    world.major_finding(audit)
    assert _card(store, "GOOD").proposals == ()


def test_a_lapsed_certificate_proposes_conditional_in_the_latest_month(
    world: ScorecardWorld, store: Store
) -> None:
    s = world.supplier("CERT")
    world.certificate(s, "IATF 16949", dt.date(2026, 12, 1), number="IATF-1")
    (proposal,) = _card(store, "CERT").proposals  # as of today, 2026-12-03
    assert proposal.kind == ProposalKind.CONDITIONAL
    assert "IATF-1" in proposal.basis
    assert _card(store, "CERT", "2026-10").proposals == ()  # valid at the end of October
    with store.session() as session:
        assert [(c.code, p.kind) for c, p in open_proposals(session, today=TODAY)] == [
            ("CERT", ProposalKind.CONDITIONAL)
        ]


def test_the_breakdowns_name_the_audit_and_the_late_stages(
    world: ScorecardWorld, store: Store
) -> None:
    s = world.supplier("BRK")
    audit = world.audit(s, day(PERIOD, 3), 77.0)
    world.capa(
        s,
        dt.date(2026, 11, 1),
        {"containment_due": day(PERIOD, 2), "root_cause_due": day(PERIOD, 8)},
        {"containment": day(PERIOD, 4)},
    )
    with store.session() as session:
        behind = audit_behind_score(session, s, PERIOD)
        stages = capa_stages(session, s, PERIOD)
    assert behind is not None
    assert (behind.audit_id, behind.score) == (audit, 77.0)
    assert [(c.stage, c.accepted_on, c.days_late) for c in stages] == [
        ("containment", day(PERIOD, 4), 2),
        ("root_cause", None, 22),
    ]


def test_self_assessments_and_unfinished_audits_give_no_audit_score(
    world: ScorecardWorld, store: Store
) -> None:
    s = world.supplier("SELF")
    world.audit(s, day(PERIOD, 3), 99.0, type="self_assessment")
    world.audit(s, day(PERIOD, 4), 98.0, status="in_progress")
    assert _card(store, "SELF").audit_score is None


def test_the_number_of_selects_does_not_grow_with_the_suppliers(
    world: ScorecardWorld, store: Store
) -> None:
    def selects() -> int:
        seen: list[str] = []

        def count(*args: object) -> None:
            statement = str(args[2])
            if statement.lstrip().upper().startswith("SELECT"):
                seen.append(statement)

        with store.session() as session:
            engine = session.get_bind()
            event.listen(engine, "before_cursor_execute", count)
            try:
                scorecards(session, PERIOD, today=TODAY)
            finally:
                event.remove(engine, "before_cursor_execute", count)
        return len(seen)

    first = world.supplier("N01")
    world.monthly(first, [90, 80])
    few = selects()
    for n in range(2, 12):
        s = world.supplier(f"N{n:02d}")
        world.monthly(s, [90, 80])
        world.audit(s, day(PERIOD, 1), 80.0)
        world.capa(s, day(PERIOD, 1), {"containment_due": day(PERIOD, 2)}, {})
    assert selects() == few
