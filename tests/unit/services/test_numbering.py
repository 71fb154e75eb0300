"""References by replica role: laptops number provisionally (P-<replica>-…), the central store
and stores that never sync number for good, and the central store finalises what laptops sent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from sqms_desktop.errors import StateError
from sqms_desktop.queries.signatures import verify_signatures
from sqms_desktop.services import audit_plan, audits, signatures
from sqms_desktop.services.capas import CapaInput, raise_capa
from sqms_desktop.services.numbering import finalise_numbers
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import Change, TrailEntry
from sqms_desktop.store.models import Audit, Capa, Finding
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.sync.check import differences
from tests.support.capa_world import LEAD_PASSWORD, D, World, build_world
from tests.support.replicas import copy_as_replica, deliver, set_role
from tests.support.store import acting

Uow = Callable[[], UnitOfWork]
LAPTOP = "1a2b3c4d"


def _plan(store: Store, context: WriteContext, world: World, *findings: str) -> Audit:
    """A started audit of the world's supplier, led by lena, with `findings` (minor) raised."""
    with acting(store, "lena", context) as u:
        audit = audits.plan_audit(
            u,
            audits.AuditPlan(
                supplier_id=world.supplier,
                template_id=world.template,
                lead_auditor_id=world.lead,
                planned_start=D,
            ),
        )
        audits.start_audit(u, audit.id, D)
        for statement in findings:
            audits.raise_finding(u, audit.id, "minor_nc", statement)
        u.commit()
        return audit


def _finding(store: Store, context: WriteContext, audit_id: str, statement: str) -> Finding:
    with acting(store, "lena", context) as u:
        finding = audits.raise_finding(u, audit_id, "observation", statement)
        u.commit()
        return finding


def _capa(store: Store, context: WriteContext, world: World, **extra: object) -> Capa:
    with acting(store, "quinn", context) as u:
        capa = raise_capa(
            u,
            CapaInput(supplier_id=world.supplier, title="Burrs", owner="Jana Novak", **extra),  # type: ignore[arg-type]
        )
        u.commit()
        return capa


def _references(store: Store, model: type[Audit | Capa | Finding]) -> list[str]:
    with store.session() as session:
        return sorted(session.scalars(select(model.reference)))


def test_a_laptop_numbers_audits_capas_and_findings_provisionally(
    store: Store, context: WriteContext, uow: Uow
) -> None:
    set_role(store, "laptop", replica_id=LAPTOP)
    world = build_world(store, context, uow)
    assert _references(store, Audit) == [f"P-{LAPTOP}-AUD-0001", f"P-{LAPTOP}-AUD-0002"]
    assert _references(store, Finding)[:2] == [
        f"P-{LAPTOP}-AUD-0001-F01",
        f"P-{LAPTOP}-AUD-0001-F02",
    ]
    assert _capa(store, context, world).reference == f"P-{LAPTOP}-CAPA-0001"
    assert _capa(store, context, world).reference == f"P-{LAPTOP}-CAPA-0002"


@pytest.mark.parametrize("role", [None, "central"])
def test_central_and_plain_stores_number_for_good(
    store: Store, context: WriteContext, uow: Uow, role: str | None
) -> None:
    set_role(store, role)
    world = build_world(store, context, uow)
    assert _references(store, Audit) == ["AUD-2026-0001", "AUD-2026-0002"]
    assert _references(store, Finding)[:2] == ["AUD-2026-0001-F01", "AUD-2026-0001-F02"]
    assert _finding(store, context, world.audit, "Dust").reference == "AUD-2026-0001-F03"
    assert _capa(store, context, world).reference == "CAPA-2026-0001"


def test_a_laptop_s_finding_on_a_numbered_audit_is_provisional(
    store: Store, store_path: Path, context: WriteContext, uow: Uow, tmp_path: Path
) -> None:
    set_role(store, "central")
    world = build_world(store, context, uow)
    laptop = copy_as_replica(store_path, tmp_path / "laptop.sqlite", LAPTOP, "laptop")
    finding = _finding(laptop, context, world.audit, "Labels faded")
    assert finding.reference == f"P-{LAPTOP}-AUD-2026-0001-F01"
    laptop.close()


@pytest.mark.parametrize(
    ("first", "other", "expected"),
    [
        (LAPTOP, "0b0b0b0b", f"P-0b0b0b0b-{LAPTOP}-AUD-0001-F01"),
        (LAPTOP * 2, "0b" * 8, f"P-{'0b' * 8}-F01"),  # both ids too long for the column
    ],
)
def test_a_finding_on_another_laptop_s_audit_names_both_laptops(
    store: Store,
    store_path: Path,
    context: WriteContext,
    uow: Uow,
    tmp_path: Path,
    first: str,
    other: str,
    expected: str,
) -> None:
    set_role(store, "laptop", replica_id=first)
    world = build_world(store, context, uow)
    laptop = copy_as_replica(store_path, tmp_path / "other.sqlite", other, "laptop")
    assert _finding(laptop, context, world.audit, "Dust").reference == expected
    laptop.close()


def test_two_laptops_never_make_the_same_reference(
    store: Store, store_path: Path, context: WriteContext, uow: Uow, tmp_path: Path
) -> None:
    set_role(store, "central")
    world = build_world(store, context, uow)
    laptops = [
        copy_as_replica(store_path, tmp_path / f"{name}.sqlite", name, "laptop")
        for name in ("0a0a0a0a", "0b0b0b0b")
    ]
    made: list[list[str]] = []
    for laptop in laptops:
        audit = _plan(laptop, context, world, "Burrs")
        made.append(
            [
                audit.reference,
                _finding(laptop, context, audit.id, "Dust").reference,
                _finding(laptop, context, world.audit, "Dust").reference,  # the same audit
                _capa(laptop, context, world).reference,
            ]
        )
    assert not set(made[0]) & set(made[1]), made
    for laptop in laptops:
        deliver(laptop, store)  # the unique references hold when both arrive
        laptop.close()
    with store.session() as session:
        assert differences(session) == []
        assert len(session.scalars(select(Finding.id)).all()) == 4 + 2 * 3


def _touched(store: Store, replica_id: str) -> list[tuple[str, str]]:
    with store.session() as session:
        rows = session.execute(
            select(Change.entity, Change.entity_id).where(Change.replica_id == replica_id)
        )
        return sorted({(entity, entity_id) for entity, entity_id in rows})


def test_the_central_store_finalises_a_laptop_s_numbers(
    store: Store, store_path: Path, context: WriteContext, uow: Uow, tmp_path: Path
) -> None:
    set_role(store, "central")
    world = build_world(store, context, uow)
    assert _capa(store, context, world).reference == "CAPA-2026-0001"
    laptop = copy_as_replica(store_path, tmp_path / "laptop.sqlite", LAPTOP, "laptop")
    audit = _plan(laptop, context, world, "Burrs on the flange", "Gauge overdue")
    late = _finding(laptop, context, world.audit, "Labels faded")  # on central's AUD-2026-0001
    first = f"P-{LAPTOP}-AUD-0001-F01"
    with acting(laptop, "lena", context) as u:
        finding_ids = [
            f.id for f in u.session.scalars(select(Finding).where(Finding.audit_id == audit.id))
        ]
        audits.complete_audit(
            u,
            audit.id,
            D,
            conclusions="Two findings.",
            score=80.0,
            grade="B",
            incomplete_reason="Stopped after two findings",
        )
        u.commit()
    with acting(laptop, "lena", context) as u:
        signatures.sign_audit(u, audit.id, "lena", LEAD_PASSWORD)  # signed before numbering
        u.commit()
    with acting(laptop, "lena", context) as u:
        plan = audit_plan.FollowUpPlan(lead_auditor_id=world.lead, planned_start=D)
        follow_up = audit_plan.plan_follow_up(u, audit.id, plan)
        u.commit()
    assert f"Follow-up of P-{LAPTOP}-AUD-0001:" in follow_up.objectives
    assert first in follow_up.objectives
    capa = _capa(
        laptop,
        context,
        world,
        finding_ids=finding_ids,
        source_reference=first,
        problem_description=f"Raised from {first} of audit P-{LAPTOP}-AUD-0001.",
    )
    deliver(laptop, store)
    with store.session() as session:
        assert session.get_one(Audit, audit.id).reference == f"P-{LAPTOP}-AUD-0001"

    with acting(store, "quinn", context) as u:
        renamed = finalise_numbers(u, _touched(laptop, LAPTOP))
        u.commit()
    assert renamed == [
        (f"P-{LAPTOP}-AUD-0001", "AUD-2026-0003"),
        (f"P-{LAPTOP}-AUD-0002", "AUD-2026-0004"),  # the follow-up
        (first, "AUD-2026-0003-F01"),
        (f"P-{LAPTOP}-AUD-0001-F02", "AUD-2026-0003-F02"),
        (late.reference, "AUD-2026-0001-F03"),  # after central's own F01 and F02
        (capa.reference, "CAPA-2026-0002"),  # after central's own CAPA-2026-0001
    ]
    with store.session() as session:
        stored = session.get_one(Capa, capa.id)
        assert stored.source_reference == "AUD-2026-0003-F01"
        assert stored.problem_description == "Raised from AUD-2026-0003-F01 of audit AUD-2026-0003."
        objectives = session.get_one(Audit, follow_up.id).objectives
        assert "Follow-up of AUD-2026-0003:" in objectives
        assert "AUD-2026-0003-F01" in objectives
        assert "P-" not in objectives
        assert differences(session) == []
        reasons = session.scalars(
            select(TrailEntry.reason).where(
                TrailEntry.record_id == audit.id,
                TrailEntry.field == "reference",
                TrailEntry.action == "change",
                TrailEntry.user == "quinn",
            )
        ).all()
        assert reasons == [f"numbered by the central store (was P-{LAPTOP}-AUD-0001)"]
        assert [c.problem for c in verify_signatures(session, "audit", audit.id)] == [""]

    with acting(store, "quinn", context) as u:
        assert finalise_numbers(u, _touched(laptop, LAPTOP)) == []  # nothing is left to number
        u.commit()

    # The numbering is a change like any other: the laptop shows it once it arrives.
    deliver(store, laptop)
    assert _references(laptop, Audit) == [f"AUD-2026-000{n}" for n in range(1, 5)]
    assert not [r for r in _references(laptop, Finding) if r.startswith("P-")]
    laptop.close()


@pytest.mark.parametrize("role", [None, "laptop"])
def test_only_the_central_store_finalises(
    store: Store, context: WriteContext, uow: Uow, role: str | None
) -> None:
    set_role(store, role)
    with uow() as u, pytest.raises(StateError, match="only the central store numbers"):
        finalise_numbers(u, [])
