"""What the sync state machine (tests/property/test_sync_state_machine.py) needs besides the
stores: a copy of a built team (building one takes seconds, copying it milliseconds), the rows
an import may add, bundles corrupted the ways a disk, a mail gateway or a tamperer would, and
delivering everything everywhere until nothing new arrives."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from sqms_desktop.queries.sync import list_conflicts
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.bundles import ImportReceipt, export_bundle, import_bundle
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.ledger import BundleLog, Change, ChangeHead, PeerAck, TrailEntry
from sqms_desktop.store.uow import Clock, IdFactory
from sqms_desktop.sync.check import table_records
from sqms_desktop.sync.fold import ChangeRow, Records, fold_record, read_changes, winner
from sqms_desktop.sync.merge import DELETED, RULED_FIELDS, conflict_id
from tests.support.sync_stores import PASSPHRASE, Replica, SyncWorld

LEDGER = (Change, ChangeHead, TrailEntry, BundleLog, PeerAck)


def copy_world(template: SyncWorld, folder: Path) -> SyncWorld:
    """A private copy of a team built on SQLite (its stores closed first): the same replicas,
    keys and users, in `folder`."""
    shutil.copytree(template.folder, folder)
    world = SyncWorld.__new__(SyncWorld)
    world.folder = folder
    world.count = template.count
    central = folder / "central"
    world.central = Replica(
        "central", open_store(f"sqlite:///{central / 'central.sqlite'}"), central
    )
    world.laptops = {}
    for name in template.laptops:
        home = folder / name
        world.laptops[name] = Replica(name, open_store(f"sqlite:///{home / 'laptop.sqlite'}"), home)
    return world


def empty_database(url: str) -> None:
    """A PostgreSQL database made empty for the next run: its public schema dropped and made
    again (the database's owner may)."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


@dataclass(frozen=True)
class Snapshot:
    """Everything an import may change in a store: its ledger's row counts and its records."""

    counts: tuple[int, ...]
    records: Records


def snapshot(session: Session) -> Snapshot:
    counts = tuple(session.scalar(select(func.count()).select_from(table)) or 0 for table in LEDGER)
    return Snapshot(counts, table_records(session))


@dataclass
class Team:
    """The replicas of a world acting with one clock and one id counter, so a run's HLCs and
    record ids (and so the winners and the records a rule picks) are the same every time."""

    world: SyncWorld
    clock: Clock
    new_id: IdFactory

    def actor(self, replica: str, user: str = "quinn") -> Actor:
        return Actor(self.world.replica(replica).store, user, self.clock, self.new_id)

    def send(self, origin: str, recipient: str | None = None, *, fmt: str = "json") -> Path:
        """A bundle from `origin` for `recipient` (None: the central store), kept as a file."""
        world = self.world
        world.count += 1
        home = world.replica(origin).folder
        path = home / f"{origin}-{world.count:03d}.sqmsbundle"
        actor = self.actor(origin)
        actor.run(export_bundle, path, recipient=recipient, fmt=fmt, passphrase=PASSPHRASE)
        return path

    def deliver(self, path: Path, recipient: str) -> ImportReceipt:
        return self.actor(recipient).run(import_bundle, path)

    def snapshot(self, replica: str) -> Snapshot:
        with self.world.replica(replica).store.session() as session:
            return snapshot(session)

    def deliver_everything(self, laptops: Sequence[str], *, rounds: int = 6) -> int:
        """Laptops → central, then central → every laptop, until a round brings nothing new;
        returns the rounds it took."""
        for done in range(1, rounds + 1):
            new = 0
            for laptop in laptops:
                new += self.deliver(self.send(laptop), "central").new_changes
            for laptop in laptops:
                new += self.deliver(self.send("central", laptop), laptop).new_changes
            if new == 0:
                return done
        raise AssertionError(f"still new changes after {rounds} rounds of delivering everything")


# -- the end: the same everywhere -----------------------------------------------------------


def called_for_conflicts(session: Session, records: Records) -> set[tuple[str, str]]:
    """The conflicts the change log calls for, as (conflict id, field), checking on the way
    that each field with several heads shows its deterministic winner."""
    by_record: dict[tuple[str, str], list[ChangeRow]] = defaultdict(list)
    for change in read_changes(session):
        by_record[(change.entity, change.entity_id)].append(change)
    expected: set[tuple[str, str]] = set()
    for (entity, record_id), changes in sorted(by_record.items()):
        state = fold_record(changes)
        if not state.visible:
            continue
        for field, heads in state.heads.items():
            if len(heads) < 2:
                continue
            shown = records[entity][record_id][field]
            assert shown == winner(entity, field, heads).value, (
                f"{entity} {record_id} {field} shows {shown!r}, not its winner"
            )
            if (entity, field) not in RULED_FIELDS:
                expected.add((conflict_id(entity, record_id, field), field))
        if state.open_deletes:
            expected.add((conflict_id(entity, record_id, DELETED), DELETED))
    return expected


def check_converged(team: Team, replicas: Sequence[str]) -> None:
    """Every replica holds every change and shows the same records; every field with several
    heads shows its winner and is listed as a conflict (its sides and winner alike everywhere)."""
    seen: dict[str, tuple[Any, ...]] = {}
    for replica in replicas:
        with team.world.replica(replica).store.session() as session:
            ids = frozenset(session.scalars(select(Change.change_id)))
            records = table_records(session)
            conflicts = [
                (c.id, c.field, tuple((s.change_id, s.winner) for s in c.sides))
                for c in list_conflicts(session)
            ]
            expected = called_for_conflicts(session, records)
        missing = expected - {(cid, field) for cid, field, _ in conflicts}
        assert not missing, f"{replica}: concurrent edits not listed as conflicts: {missing}"
        seen[replica] = (ids, records, conflicts)
    first, *others = replicas
    for replica in others:
        ids, records, conflicts = seen[replica]
        assert ids == seen[first][0], f"{replica} and {first} hold different changes"
        assert records == seen[first][1], f"{replica} and {first} show different records"
        assert conflicts == seen[first][2], f"{replica} and {first} list different conflicts"


# -- corrupted copies ----------------------------------------------------------------------

CORRUPTIONS = ("flip", "extra-member", "missing-member", "truncate")


def members_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezip(members: dict[str, bytes], target: Path) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    target.write_bytes(buffer.getvalue())
    return target


def _flippable(name: str, data: bytes) -> range:
    """The positions where a changed byte must be noticed: all of a member, except the
    signature's first line (minisign's untrusted comment, which nothing signs)."""
    if name.endswith(".minisig"):
        return range(data.index(b"\n") + 1, len(data.rstrip(b"\n")))
    return range(len(data))


def corrupt(path: Path, target: Path, how: str, pick: int) -> Path:
    """A copy of the bundle at `path`, spoiled in the way `how` names (`pick` chooses the member
    and the byte), in `target`."""
    if how == "truncate":
        whole = path.read_bytes()
        target.write_bytes(whole[: pick % max(1, len(whole) - 1)])
        return target
    members = members_of(path)
    names = sorted(members)
    if how == "extra-member":
        members[f"attachments/{pick:064x}"] = b"not listed in SHA256SUMS"
        return rezip(members, target)
    if how == "missing-member":
        del members[names[pick % len(names)]]
        return rezip(members, target)
    name = names[pick % len(names)]
    data = bytearray(members[name])
    positions = _flippable(name, bytes(data))
    if not positions:
        raise AssertionError(f"{name} has no byte to flip")
    at = positions[(pick // len(names)) % len(positions)]
    data[at] ^= 1 << (pick % 7)  # bits 0-6: a changed byte, still ASCII where it was
    members[name] = bytes(data)
    return rezip(members, target)
