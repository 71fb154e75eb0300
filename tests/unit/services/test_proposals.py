"""Accepting and dismissing scorecard proposals: the supplier changes (or not), the decision
is recorded against the basis and trailed, and stale or unauthorised decisions are refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.queries.scorecards import open_proposals
from sqms_desktop.services.identity import PermissionDenied
from sqms_desktop.services.proposals import accept_proposal, dismiss_proposal
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import TrailEntry
from sqms_desktop.store.models import Supplier, SupplierDecision
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import ProposalDecision, ProposalKind, SupplierStatus
from tests.support.scorecards import TODAY, ScorecardWorld, build_scorecard_world
from tests.support.store import TZ, StepClock, counting_ids


@pytest.fixture
def context() -> WriteContext:
    """Actions happen on 2026-12-03, so the proposals stand for November."""
    start = dt.datetime.combine(TODAY, dt.time(9), tzinfo=TZ)
    return WriteContext(user="anna", clock=StepClock(start), new_id=counting_ids())


@pytest.fixture
def world(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> ScorecardWorld:
    return build_scorecard_world(store, context, uow)


def _supplier(store: Store, sid: str) -> Supplier:
    with store.session() as session:
        supplier = session.get(Supplier, sid)
        assert supplier is not None
        session.expunge(supplier)
        return supplier


def _open(store: Store) -> list[tuple[str, ProposalKind]]:
    with store.session() as session:
        return [(c.code, p.kind) for c, p in open_proposals(session, today=TODAY)]


def test_accepting_probation_puts_the_supplier_on_probation_with_the_reason(
    world: ScorecardWorld, store: Store
) -> None:
    s = world.supplier("LOW")
    world.monthly(s, [60, 60, 60])
    with world.as_user("quinn") as u:
        accept_proposal(u, s, "probation", reason="Three bad months", basis=None)
        u.commit()
    assert _supplier(store, s).status == SupplierStatus.PROBATION
    assert _open(store) == []
    with store.session() as session:
        decision = session.scalars(select(SupplierDecision)).one()
        trail = session.scalars(
            select(TrailEntry.reason).where(TrailEntry.record_id == s, TrailEntry.field == "status")
        ).all()
    assert (decision.kind, decision.decision, decision.decided_by) == (
        ProposalKind.PROBATION,
        ProposalDecision.ACCEPTED,
        "quinn",
    )
    assert decision.basis == "band C in 2026-09, 2026-10, 2026-11"
    assert trail == ["Three bad months (scorecard proposal: band C in 2026-09, 2026-10, 2026-11)"]


def test_accepting_a_lapsed_certificate_makes_the_supplier_conditional(
    world: ScorecardWorld, store: Store
) -> None:
    s = world.supplier("CERT")
    world.certificate(s, "ISO 9001", dt.date(2026, 11, 15))
    with world.as_user("quinn") as u:
        accept_proposal(u, s, "conditional", reason="No renewal shown")
        u.commit()
    assert _supplier(store, s).status == SupplierStatus.CONDITIONAL


def test_accepting_preferred_recognises_the_supplier(world: ScorecardWorld, store: Store) -> None:
    s = world.supplier("GOOD")
    world.monthly(s, [100, 100, 100, 100])
    with world.as_user("quinn") as u:
        accept_proposal(u, s, "preferred", reason="A year of excellent deliveries")
        u.commit()
    supplier = _supplier(store, s)
    assert supplier.preferred is True
    assert supplier.status == SupplierStatus.APPROVED
    assert _open(store) == []


def test_a_dismissed_proposal_leaves_the_supplier_and_stays_away(
    world: ScorecardWorld, store: Store
) -> None:
    s = world.supplier("LOW")
    world.monthly(s, [60, 60, 60])
    with world.as_user("quinn") as u:
        dismiss_proposal(u, s, "probation", reason="Improvement plan agreed in October")
        u.commit()
    assert _supplier(store, s).status == SupplierStatus.APPROVED
    assert _open(store) == []
    with world.as_user("quinn") as u, pytest.raises(StateError, match="no probation proposal"):
        dismiss_proposal(u, s, "probation", reason="again")


def test_a_decision_on_a_basis_that_changed_is_refused(world: ScorecardWorld, store: Store) -> None:
    s = world.supplier("LOW")
    world.monthly(s, [60, 60, 60])
    with world.as_user("quinn") as u, pytest.raises(StateError, match="now rests on"):
        accept_proposal(u, s, "probation", reason="x", basis="band C in 2026-08, 2026-09, 2026-10")
    assert _supplier(store, s).status == SupplierStatus.APPROVED


def test_a_proposal_that_does_not_stand_is_refused(world: ScorecardWorld, store: Store) -> None:
    s = world.supplier("OK")
    world.monthly(s, [80, 80, 80])
    with world.as_user("quinn") as u, pytest.raises(StateError):
        accept_proposal(u, s, "probation", reason="I want to")
    assert _supplier(store, s).status == SupplierStatus.APPROVED


def test_an_auditor_may_not_decide_and_a_reason_is_needed(
    world: ScorecardWorld, store: Store
) -> None:
    s = world.supplier("LOW")
    world.monthly(s, [60, 60, 60])
    with world.as_user("aldo") as u, pytest.raises(PermissionDenied):
        accept_proposal(u, s, "probation", reason="Three bad months")
    with world.as_user("quinn") as u, pytest.raises(ValidationError, match="reason"):
        dismiss_proposal(u, s, "probation", reason="  ")
    with world.as_user("quinn") as u, pytest.raises(ValidationError, match="proposal"):
        dismiss_proposal(u, s, "demotion", reason="x")
    assert _open(store) == [("LOW", ProposalKind.PROBATION)]
