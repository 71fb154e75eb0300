"""A central store and laptops exchanging real signed bundles: edits travel both ways, an
import twice changes nothing the second time, concurrent edits are kept and listed, a CAPA's
stage never goes back, and a delete concurrent with an edit is a conflict."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sqms_desktop.queries.sync import bundle_log, list_conflicts, sync_status
from sqms_desktop.services.capas import CapaInput, raise_capa
from sqms_desktop.services.certificate_scans import CertificateScan
from sqms_desktop.services.conflicts import resolve_conflict
from sqms_desktop.services.suppliers import (
    SupplierChanges,
    SupplierInput,
    add_certificate,
    create_supplier,
    edit_supplier,
)
from sqms_desktop.store.attachments import AttachmentFolder
from sqms_desktop.store.ledger import BundleLog, Change, TrailEntry
from sqms_desktop.store.models import Attachment, Capa, Supplier
from tests.support.supplier_files import pdf_scan
from tests.support.sync_stores import SyncWorld

pytestmark = pytest.mark.slow


@pytest.fixture
def world(tmp_path: Path) -> Iterator[SyncWorld]:
    built = SyncWorld(tmp_path, ("laptop-a", "laptop-b"))
    yield built
    built.close()


def supplier_names(world: SyncWorld, replica: str) -> dict[str, str]:
    with world.replica(replica).store.session() as session:
        return {s.code: s.name for s in session.scalars(select(Supplier))}


def counts(world: SyncWorld, replica: str) -> tuple[int, int, int]:
    with world.replica(replica).store.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Change)) or 0,
            session.scalar(select(func.count()).select_from(TrailEntry)) or 0,
            session.scalar(select(func.count()).select_from(BundleLog)) or 0,
        )


def add_supplier(world: SyncWorld, replica: str, code: str, name: str) -> str:
    made = world.replica(replica).actor().run(create_supplier, SupplierInput(code=code, name=name))
    return made.id


def rename(world: SyncWorld, replica: str, supplier_id: str, name: str) -> None:
    world.replica(replica).actor().run(edit_supplier, supplier_id, SupplierChanges(name=name))


def test_the_laptops_hold_the_central_stores_users_after_their_first_bundle(
    world: SyncWorld,
) -> None:
    with world.laptops["laptop-a"].store.session() as session:
        status = sync_status(session)
    assert status.local is not None
    assert (status.local.name, status.local.role) == ("laptop-a", "laptop")
    assert [p.name for p in status.peers] == ["central", "laptop-b"]
    assert status.trust_version == 1


def test_an_edit_travels_both_ways_with_its_author_and_replica_in_the_trail(
    world: SyncWorld,
) -> None:
    supplier_id = add_supplier(world, "central", "KUHN", "Kuhn Stanztechnik")
    receipt = world.deliver(world.send(world.central, "laptop-a"), "laptop-a")
    assert receipt.new_changes > 0
    assert supplier_names(world, "laptop-a") == {"KUHN": "Kuhn Stanztechnik"}

    rename(world, "laptop-a", supplier_id, "Kuhn Stanztechnik GmbH")
    back = world.deliver(world.send(world.laptops["laptop-a"]), "central")
    assert back.records == {"supplier": 1}
    assert supplier_names(world, "central") == {"KUHN": "Kuhn Stanztechnik GmbH"}
    with world.central.store.session() as session:
        entry = session.scalars(
            select(TrailEntry).where(TrailEntry.field == "name").order_by(TrailEntry.seq.desc())
        ).first()
        laptop_id = next(p.id for p in sync_status(session).peers if p.name == "laptop-a")
    assert entry is not None
    assert (entry.user, entry.replica_id) == ("quinn", laptop_id)
    assert entry.old_value == '"Kuhn Stanztechnik"'
    assert "laptop-a" in entry.reason


def test_importing_a_bundle_twice_changes_nothing_the_second_time(world: SyncWorld) -> None:
    add_supplier(world, "central", "ACME", "Acme")
    bundle = world.send(world.central, "laptop-a")
    first = world.deliver(bundle, "laptop-a")
    before = counts(world, "laptop-a")
    again = world.deliver(bundle, "laptop-a")
    assert first.new_changes > 0
    assert (again.new_changes, again.duplicates) == (0, first.new_changes + first.duplicates)
    assert counts(world, "laptop-a") == before


def test_a_dry_run_reports_what_would_change_and_changes_nothing(world: SyncWorld) -> None:
    add_supplier(world, "central", "ACME", "Acme")
    bundle = world.send(world.central, "laptop-a")
    before = counts(world, "laptop-a")
    preview = world.deliver(bundle, "laptop-a", dry_run=True)
    assert preview.dry_run
    assert preview.records == {"supplier": 1}
    assert counts(world, "laptop-a") == before
    assert supplier_names(world, "laptop-a") == {}


def test_concurrent_edits_are_kept_listed_and_settled_everywhere(world: SyncWorld) -> None:
    supplier_id = add_supplier(world, "central", "KUHN", "Kuhn")
    for laptop in ("laptop-a", "laptop-b"):
        world.deliver(world.send(world.central, laptop), laptop)
    rename(world, "laptop-a", supplier_id, "Kuhn GmbH")
    rename(world, "laptop-b", supplier_id, "Kuhn AG")
    world.deliver(world.send(world.laptops["laptop-a"]), "central")
    world.deliver(world.send(world.laptops["laptop-b"]), "central")

    with world.central.store.session() as session:
        conflicts = list_conflicts(session)
    assert [(c.entity, c.record_label, c.field, c.base) for c in conflicts] == [
        ("supplier", "KUHN", "name", "Kuhn")
    ]
    sides = {s.value: s for s in conflicts[0].sides}
    assert set(sides) == {"Kuhn GmbH", "Kuhn AG"}
    shown = supplier_names(world, "central")["KUHN"]
    assert sides[shown].winner  # the deterministic winner is what the table shows

    # Both laptops receive both edits and show the same winner and the same conflict.
    for laptop in ("laptop-a", "laptop-b"):
        world.deliver(world.send(world.central, laptop), laptop)
        assert supplier_names(world, laptop)["KUHN"] == shown
        with world.laptops[laptop].store.session() as session:
            assert [c.id for c in list_conflicts(session)] == [conflicts[0].id]

    loser = next(s for s in conflicts[0].sides if not s.winner)
    world.central.actor().run(resolve_conflict, conflicts[0].id, take=loser.change_id)
    assert supplier_names(world, "central")["KUHN"] == loser.value
    for laptop in ("laptop-a", "laptop-b"):
        world.deliver(world.send(world.central, laptop), laptop)
        assert supplier_names(world, laptop)["KUHN"] == loser.value
        with world.laptops[laptop].store.session() as session:
            assert list_conflicts(session) == []


def test_the_bundle_log_shows_receipts_and_acknowledgements(world: SyncWorld) -> None:
    supplier_id = add_supplier(world, "central", "KUHN", "Kuhn")
    world.deliver(world.send(world.central, "laptop-a"), "laptop-a")
    rename(world, "laptop-a", supplier_id, "Kuhn GmbH")
    world.deliver(world.send(world.laptops["laptop-a"]), "central")
    with world.central.store.session() as session:
        log = bundle_log(session)
    sent_to_a = [r for r in log if r.direction == "sent" and r.recipient == "laptop-a"]
    received = [r for r in log if r.direction == "received"]
    assert all(r.acknowledged for r in sent_to_a)  # laptop-a's bundle acknowledged them
    assert received[0].origin == "laptop-a"
    assert received[0].receipt is not None
    assert received[0].receipt["new"] > 0


def test_a_certificate_scan_travels_with_its_bytes(world: SyncWorld) -> None:
    supplier_id = add_supplier(world, "central", "KUHN", "Kuhn")
    scan = CertificateScan(pdf_scan("IATF 16949 certificate 0456789"), "iatf.pdf")
    world.central.actor().run(
        add_certificate, supplier_id, "IATF 16949", "0456789",
        valid_from=dt.date(2025, 7, 1), valid_until=dt.date(2028, 6, 30), scan=scan,
    )  # fmt: skip
    bundle = world.send(world.central, "laptop-a")
    summary = world.deliver(bundle, "laptop-a").bundle
    assert summary.attachments == 1
    laptop = world.laptops["laptop-a"]
    with laptop.store.session() as session:
        attachment = session.scalars(select(Attachment)).one()
    assert laptop.store.attachments_dir is not None
    held = AttachmentFolder(laptop.store.attachments_dir).read(attachment.sha256, ".pdf")
    assert held == scan.data


def test_a_laptops_provisional_capa_number_is_replaced_by_the_central_number(
    world: SyncWorld,
) -> None:
    supplier_id = add_supplier(world, "central", "KUHN", "Kuhn")
    world.deliver(world.send(world.central, "laptop-a"), "laptop-a")
    capa = (
        world.laptops["laptop-a"]
        .actor()
        .run(
            raise_capa, CapaInput(supplier_id=supplier_id, title="Burrs on bracket", owner="quinn")
        )
    )
    assert capa.reference.startswith("P-")
    receipt = world.deliver(world.send(world.laptops["laptop-a"]), "central")
    ((old, new),) = receipt.renumbered
    assert old == capa.reference
    assert new.startswith("CAPA-")
    world.deliver(world.send(world.central, "laptop-a"), "laptop-a")
    for replica in ("central", "laptop-a"):
        with world.replica(replica).store.session() as session:
            assert session.get(Capa, capa.id).reference == new  # type: ignore[union-attr]
