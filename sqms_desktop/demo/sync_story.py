"""The demo's team at work across stores: the demo store is the central store, and a laptop
made from a copy of its file comes back with a bundle.

On the reference day the quality engineer takes a laptop to a supplier (a copy of the central
file, set up with `replica init --copy`), updates the supplier's approval scope and adds a
contact there, and sends the work home as a signed bundle. Meanwhile at the office the scope is
changed too. The central store imports the bundle (the laptop's changes appear in the trail with
their replica and author, the two scopes as a conflict waiting for a person) and sends the
laptop its answer. The bundles stay beside the demo store in `bundles/`.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from sqms_desktop.demo.run import DemoRun
from sqms_desktop.demo.words import ADMIN_USER
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.bundles import export_bundle, import_bundle
from sqms_desktop.services.replicas import (
    NewKey,
    enrol,
    export_trust,
    init_from_copy,
    init_replica,
    public_key_text,
)
from sqms_desktop.services.suppliers import SupplierChanges, add_contact, edit_supplier
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.models import Supplier
from sqms_desktop.store.uow import UnitOfWork

DEMO_PASSPHRASE = "demo-replica-2026"
LAPTOP = "laptop-marta"


def _key(uow: UnitOfWork) -> str:
    return public_key_text(uow)


def tell_sync_story(run: DemoRun) -> int:
    """Returns how many bundles the story wrote (none for a store without a file)."""
    path = run.store.sqlite_path
    if path is None or not run.suppliers:
        return 0
    bundles = path.parent / "bundles"
    bundles.mkdir(exist_ok=True)
    noon = min(run.at(run.today, 12), run.latest)  # not later than now on today
    clock = run.clock
    clock.moment = max(clock.moment, noon)
    keys = random.Random(run.options.seed * 6_700_417 + 11)  # a stream of its own
    central = Actor(run.store, ADMIN_USER, clock=clock, new_id=run.context.new_id)
    central.run(
        init_replica,
        name="Central quality",
        central=True,
        passphrase=DEMO_PASSPHRASE,
        key=_key_from(keys),
    )
    engineer = central.as_user(run.quality_engineer)
    with run.store.session() as session:
        supplier = session.scalars(select(Supplier).order_by(Supplier.code)).first()
    assert supplier is not None
    with tempfile.TemporaryDirectory(prefix="sqms-demo-laptop-") as folder:
        laptop_store = _copy(run.store, Path(folder) / "laptop.sqlite")
        try:
            laptop = Actor(laptop_store, ADMIN_USER, clock=clock, new_id=run.context.new_id)
            laptop.run(
                init_from_copy,
                name=LAPTOP,
                passphrase=DEMO_PASSPHRASE,
                key=_key_from(keys),
                replica_id=f"{keys.getrandbits(32):08x}",
            )
            central.run(enrol, laptop.run(_key), source=f"{LAPTOP}.pub", name=LAPTOP)
            (bundles / "trust.json").write_bytes(
                central.run(export_trust, passphrase=DEMO_PASSPHRASE)
            )
            on_site = laptop.as_user(run.quality_engineer)
            on_site.run(
                edit_supplier,
                supplier.id,
                SupplierChanges(approval_scope=f"{supplier.approval_scope} (confirmed on site)"),
                reason="scope confirmed at the supplier",
            )
            on_site.run(
                add_contact, supplier.id, "Weronika Nowak", role="Quality engineer (plant)",
                email="w.nowak@example.com",
            )  # fmt: skip
            engineer.run(
                edit_supplier,
                supplier.id,
                SupplierChanges(approval_scope=f"{supplier.approval_scope}; tooling excluded"),
                reason="agreed with purchasing",
            )
            home = bundles / f"{LAPTOP}-0001.sqmsbundle"
            on_site.run(export_bundle, home, passphrase=DEMO_PASSPHRASE)
            engineer.run(import_bundle, home)
            answer = bundles / "central-0001.sqmsbundle"
            engineer.run(export_bundle, answer, recipient=LAPTOP, passphrase=DEMO_PASSPHRASE)
            on_site.run(import_bundle, answer)
        finally:
            laptop_store.close()
    return 2


def _key_from(draws: random.Random) -> NewKey:
    return NewKey(Ed25519PrivateKey.from_private_bytes(draws.randbytes(32)), draws.randbytes(8))


def _copy(store: Store, target: Path) -> Store:
    """A copy of the store's file made with SQLite's backup API, as a laptop is imaged (its
    evidence files stay behind: the story's bundles carry none)."""
    assert store.sqlite_path is not None
    source = sqlite3.connect(store.sqlite_path)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return open_store(f"sqlite:///{target}")
