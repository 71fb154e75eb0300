"""Bundles from strangers, thieves and careless hands: each is refused with its reason and the
store it was offered to is left exactly as it was."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sqms_desktop.errors import BundleRefused
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.bundles import import_bundle
from sqms_desktop.services.replicas import (
    export_trust,
    import_trust,
    init_replica,
    local_replica,
    revoke,
    signing_key,
)
from sqms_desktop.services.suppliers import (
    SupplierChanges,
    SupplierInput,
    create_supplier,
    edit_supplier,
)
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.ledger import BundleLog, Change, PeerAck, Replica, TrailEntry
from sqms_desktop.sync import container, minisign
from tests.support.sync_stores import PASSPHRASE, SyncWorld

pytestmark = pytest.mark.slow

Members = dict[str, bytes]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[SyncWorld]:
    built = SyncWorld(tmp_path / "team", ("laptop-a", "laptop-b"))
    supplier = built.central.actor().run(create_supplier, SupplierInput(code="KUHN", name="Kuhn"))
    built.supplier_id = supplier.id  # type: ignore[attr-defined]
    for laptop in built.laptops:
        built.deliver(built.send(built.central, laptop), laptop)
    yield built
    built.close()


def snapshot(actor: Actor) -> tuple[int, ...]:
    with actor.store.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(table)) or 0
            for table in (Change, TrailEntry, BundleLog, PeerAck)
        )


def refused(
    world: SyncWorld,
    path: Path,
    recipient: str,
    reason: str,
    *,
    clock: Callable[[], dt.datetime] | None = None,
) -> str:
    actor = world.replica(recipient).actor()
    if clock is not None:
        actor = Actor(actor.store, actor.user, clock=clock)
    before = snapshot(actor)
    with pytest.raises(BundleRefused) as caught:
        actor.run(import_bundle, path)
    assert caught.value.reason == reason, str(caught.value)
    assert snapshot(actor) == before
    return str(caught.value)


def members_of(path: Path) -> Members:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezip(path: Path, members: Members, target: Path) -> Path:
    """The members as a ZIP again, signatures untouched (what a tamperer can do)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    target.write_bytes(buffer.getvalue())
    return target


def resign(world: SyncWorld, signer: str, members: Members, target: Path) -> Path:
    """The members signed again with `signer`'s real key: a trusted replica turned hostile."""
    actor = world.replica(signer).actor()
    with actor.unit_of_work() as uow:
        local = local_replica(uow)
        key = signing_key(local, PASSPHRASE)
        key_id = minisign.key_id_from_hex(local.key_id or "")
    manifest = json.loads(members["manifest.json"])
    comment = (
        f"sqms bundle {manifest['bundle_id']} origin {manifest['origin']} seq {manifest['seq']} "
        f"recipient {manifest['recipient'] or '*'} expires {manifest['expires_at']}"
    )
    inner = {n: d for n, d in members.items() if not n.startswith("SHA256SUMS")}
    container.write_bundle(
        target, inner, lambda sums: minisign.sign(key, key_id, sums, trusted_comment=comment)
    )
    return target


def laptop_bundle(world: SyncWorld, name: str = "laptop-a") -> Path:
    world.laptops[name].actor().run(
        edit_supplier,
        world.supplier_id,
        SupplierChanges(name=f"Kuhn from {name}"),  # type: ignore[attr-defined]
    )
    return world.send(world.laptops[name])


def changes_lines(members: Members) -> list[dict[str, object]]:
    return [json.loads(line) for line in members["changes.jsonl"].splitlines()]


def with_lines(members: Members, lines: list[dict[str, object]]) -> Members:
    changed = dict(members)
    changed["changes.jsonl"] = b"".join(
        json.dumps(line, sort_keys=True, separators=(",", ":")).encode() + b"\n" for line in lines
    )
    manifest = json.loads(changed["manifest.json"])
    manifest["changes"] = len(lines)
    changed["manifest.json"] = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    return changed


def test_a_changed_member_is_refused(world: SyncWorld, tmp_path: Path) -> None:
    members = members_of(laptop_bundle(world))
    members["changes.jsonl"] = members["changes.jsonl"].replace(b"Kuhn from", b"Kahn from")
    message = refused(
        world, rezip(tmp_path / "b", members, tmp_path / "x.sqmsbundle"), "central", "hash-mismatch"
    )
    assert "changes.jsonl" in message


def test_a_member_not_listed_in_the_sums_is_refused(world: SyncWorld, tmp_path: Path) -> None:
    members = members_of(laptop_bundle(world))
    members["attachments/" + "0" * 64] = b"smuggled"
    refused(
        world, rezip(tmp_path / "b", members, tmp_path / "x.sqmsbundle"), "central", "not-listed"
    )


@pytest.mark.parametrize(
    "name", ["../evil.txt", "/etc/passwd", "attachments/../../x", "changes.jsonl\\..\\x"]
)
def test_zip_slip_names_are_refused(world: SyncWorld, tmp_path: Path, name: str) -> None:
    members = members_of(laptop_bundle(world))
    members[name] = b"x"
    refused(
        world, rezip(tmp_path / "b", members, tmp_path / "x.sqmsbundle"), "central", "unsafe-name"
    )


def test_duplicate_member_names_are_refused(world: SyncWorld, tmp_path: Path) -> None:
    path = laptop_bundle(world)
    target = tmp_path / "dup.sqmsbundle"
    target.write_bytes(path.read_bytes())
    with pytest.warns(UserWarning, match="Duplicate name"), zipfile.ZipFile(target, "a") as archive:
        archive.writestr("changes.jsonl", b"{}\n")
    refused(world, target, "central", "unsafe-name")


def test_a_zip_bomb_is_refused_before_it_is_expanded(world: SyncWorld, tmp_path: Path) -> None:
    members = members_of(laptop_bundle(world))
    members["data.xlsx"] = b"\0" * (64 * 1024 * 1024)
    refused(
        world, rezip(tmp_path / "b", members, tmp_path / "bomb.sqmsbundle"), "central", "too-large"
    )


def test_a_strangers_bundle_is_refused(world: SyncWorld, tmp_path: Path) -> None:
    stranger = open_store(f"sqlite:///{tmp_path / 'stranger.sqlite'}")
    try:
        setup = Actor(stranger, "setup")
        setup.run(init_replica, name="laptop-a", central=False, passphrase=PASSPHRASE)
        members = members_of(laptop_bundle(world))
        with setup.unit_of_work() as uow:
            local = local_replica(uow)
            key = signing_key(local, PASSPHRASE)
            key_id = minisign.key_id_from_hex(local.key_id or "")
        inner = {n: d for n, d in members.items() if not n.startswith("SHA256SUMS")}
        target = tmp_path / "stranger.sqmsbundle"
        container.write_bundle(
            target, inner, lambda s: minisign.sign(key, key_id, s, trusted_comment="x")
        )
    finally:
        stranger.close()
    refused(world, target, "central", "unknown-key")


def test_a_revoked_keys_bundle_is_refused(world: SyncWorld) -> None:
    bundle = laptop_bundle(world)
    world.central.actor("ada").run(revoke, "laptop-a", reason="laptop stolen")
    message = refused(world, bundle, "central", "revoked-key")
    assert "laptop-a" in message


def test_a_bundle_for_another_replica_is_refused(world: SyncWorld) -> None:
    for_b = world.send(world.central, "laptop-b")
    refused(world, for_b, "laptop-a", "wrong-recipient")


def test_an_expired_bundle_is_refused(world: SyncWorld) -> None:
    bundle = laptop_bundle(world)

    def later() -> dt.datetime:
        return dt.datetime.now().astimezone() + dt.timedelta(days=31)

    refused(world, bundle, "central", "expired", clock=later)


def test_a_laptop_may_not_carry_another_replicas_changes(world: SyncWorld, tmp_path: Path) -> None:
    central_change = members_of(world.send(world.central, "laptop-a"))
    members = members_of(laptop_bundle(world))
    lines = changes_lines(members) + changes_lines(central_change)[:1]
    hostile = resign(world, "laptop-a", with_lines(members, lines), tmp_path / "relay.sqmsbundle")
    message = refused(world, hostile, "central", "not-authorised")
    assert "only its own changes" in message


def test_a_change_by_someone_the_laptop_may_not_speak_for_is_refused(
    world: SyncWorld, tmp_path: Path
) -> None:
    members = members_of(laptop_bundle(world))
    lines = changes_lines(members)
    lines[0]["author"] = "mallory"
    hostile = resign(world, "laptop-a", with_lines(members, lines), tmp_path / "forged.sqmsbundle")
    assert "mallory" in refused(world, hostile, "central", "not-authorised")


def test_a_malformed_change_is_refused_naming_its_line(world: SyncWorld, tmp_path: Path) -> None:
    members = members_of(laptop_bundle(world))
    lines = changes_lines(members)
    lines[0]["entity"] = "no_such_table"
    hostile = resign(world, "laptop-a", with_lines(members, lines), tmp_path / "bad.sqmsbundle")
    assert "line 1" in refused(world, hostile, "central", "malformed")


def test_a_replayed_older_trust_list_is_refused(world: SyncWorld) -> None:
    admin = world.central.actor("ada")
    first = admin.run(export_trust, passphrase=PASSPHRASE)
    second = admin.run(export_trust, passphrase=PASSPHRASE)
    laptop = world.laptops["laptop-a"].actor("ada")
    laptop.run(import_trust, second, source="trust-new.json")
    before = snapshot(laptop)
    with pytest.raises(BundleRefused) as caught:
        laptop.run(import_trust, first, source="trust-old.json")
    assert caught.value.reason == "older-trust-list"
    assert snapshot(laptop) == before


def test_a_bundle_cannot_claim_changes_made_on_the_recipient(
    world: SyncWorld, tmp_path: Path
) -> None:
    world.central.actor().run(
        edit_supplier,
        world.supplier_id,
        SupplierChanges(name="Kuhn central"),  # type: ignore[attr-defined]
    )
    members = members_of(world.send(world.central, "laptop-a"))
    lines = changes_lines(members)
    with world.laptops["laptop-a"].store.session() as session:
        laptop_id = session.scalar(select(Replica.id).where(Replica.is_local.is_(True)))
    forged = {**lines[0], "replica_id": laptop_id, "seq": 999, "change_id": f"{laptop_id}:999"}
    hostile = resign(
        world, "central", with_lines(members, [*lines, forged]), tmp_path / "f.sqmsbundle"
    )
    assert "never was" in refused(world, hostile, "laptop-a", "not-authorised")
