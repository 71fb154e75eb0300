"""The data of the bundle benchmark (bundles.py), made through the services and cached.

A central store and a laptop that trusts it (`tests.support.sync_stores.SyncWorld`); on the
laptop a quality engineer creates suppliers with contacts and certificates (the first ones with
a scan each) and edits them, until exactly the wanted number of changes wait to be sent.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests.support: the SyncWorld and the scans the tests use

from sqlalchemy import select  # noqa: E402

from sqms_desktop.services.actor import Actor  # noqa: E402
from sqms_desktop.services.certificate_scans import CertificateScan  # noqa: E402
from sqms_desktop.services.supplier_parts import ContactChanges, edit_contact  # noqa: E402
from sqms_desktop.services.suppliers import (  # noqa: E402
    SupplierChanges,
    SupplierInput,
    add_certificate,
    add_contact,
    create_supplier,
    edit_supplier,
    supplier_by_code,
)
from sqms_desktop.store.engine import Store  # noqa: E402
from sqms_desktop.store.ledger import Replica  # noqa: E402
from tests.support.supplier_files import pdf_scan  # noqa: E402
from tests.support.sync_stores import PASSPHRASE, SyncWorld  # noqa: E402

__all__ = ["CHANGES", "PASSPHRASE", "SCANS", "World", "ensure_world"]

CHANGES = 50_000
SCANS = 200
LAPTOP = "laptop-a"
CITIES = (("Stuttgart", "DE"), ("Ulm", "DE"), ("Łódź", "PL"), ("Brno", "CZ"), ("Lyon", "FR"))
STANDARDS = ("ISO 9001", "IATF 16949", "ISO 14001")


@dataclass(frozen=True)
class World:
    """The cached pair: a central store and a laptop whose unsent changes make the bundle."""

    folder: Path
    changes: int = CHANGES
    scans: int = SCANS

    @property
    def central(self) -> Path:
        return self.folder / "central" / "central.sqlite"

    @property
    def laptop(self) -> Path:
        return self.folder / LAPTOP / "laptop.sqlite"


def local_changes(store: Store) -> int:
    with store.session() as session:
        return int(session.scalar(select(Replica.last_seq).where(Replica.is_local.is_(True))) or 0)


def add_supplier_family(actor: Actor, n: int, scan: bool) -> None:
    """One quality engineer's action: a supplier, three contacts, a certificate (its scan for
    the first `scans` suppliers) and the edits that follow a first visit."""
    city, country = CITIES[n % len(CITIES)]
    with actor.unit_of_work() as uow:
        supplier = create_supplier(
            uow,
            SupplierInput(
                code=f"B{n:05d}",
                name=f"Lieferant {n} GmbH",
                country=country,
                city=city,
                street=f"Industriestraße {n % 200 + 1}",
                postal_code=f"{70000 + n:05d}",
                commodities=["castings", "machining"] if n % 2 else ["fasteners"],
                duns=f"{100000000 + n}",
            ),
        )
        contacts = [
            add_contact(
                uow,
                supplier.id,
                f"Contact {k} of {n}",
                role=("Quality manager", "Key account", "Plant manager")[k],
                email=f"c{k}.{n}@lieferant{n}.example",
                phone=f"+49 711 {n:05d}-{k}",
            )
            for k in range(3)
        ]
        standard = STANDARDS[n % len(STANDARDS)]
        number = f"C-{n:06d}"
        add_certificate(
            uow,
            supplier.id,
            standard,
            number,
            valid_from=dt.date(2025, 1, 1) + dt.timedelta(days=n % 300),
            valid_until=dt.date(2028, 1, 1) + dt.timedelta(days=n % 300),
            issuer="TÜV Süd",
            scope="Machining and assembly of housings",
            scan=CertificateScan(pdf_scan(f"{standard} certificate {number} of B{n:05d}"),
                                 f"{number}.pdf") if scan else None,
        )  # fmt: skip
        uow.commit()
    with actor.unit_of_work() as uow:  # after the visit: what was learnt there
        edit_supplier(
            uow,
            supplier.id,
            SupplierChanges(
                name=f"Lieferant {n} GmbH & Co. KG",
                risk_reason="single source for housings",
                approval_scope="castings, machining",
            ),
        )
        edit_contact(uow, contacts[0].id, ContactChanges(phone=f"+49 711 {n:05d}-90"))
        uow.commit()


def generate(world: World) -> dict[str, Any]:
    """Make the central store and a laptop holding exactly `world.changes` unsent changes."""
    partial = world.folder.with_name(world.folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    built = SyncWorld(partial, (LAPTOP,))
    laptop = built.laptops[LAPTOP]
    actor = laptop.actor("quinn")
    n = 0
    per_family = 0
    while True:
        done = local_changes(laptop.store)
        if per_family and world.changes - done < per_family:
            break
        add_supplier_family(actor, n, scan=n < world.scans)
        per_family = per_family or local_changes(laptop.store) - done
        n += 1
        if n % 100 == 0:
            print(f"  {n} suppliers, {local_changes(laptop.store)} changes", flush=True)
    for k in range(world.changes - local_changes(laptop.store)):  # single edits to the exact count
        city = "Ulm-Söflingen" + (f" {k // n}" if k >= n else "")  # a new value each time
        with actor.unit_of_work() as uow:
            supplier = supplier_by_code(uow, f"B{k % n:05d}")
            edit_supplier(uow, supplier.id, SupplierChanges(city=city))
            uow.commit()
    made: dict[str, Any] = {"suppliers": n, "changes": local_changes(laptop.store)}
    made["scans"] = min(n, world.scans)
    made["seconds"] = round(time.perf_counter() - started, 1)
    built.close()
    (partial / "made.json").write_text(json.dumps(made, indent=2) + "\n", encoding="utf-8")
    partial.rename(world.folder)
    return made


def ensure_world(world: World) -> dict[str, Any]:
    """The cached stores, made on first use (a few minutes)."""
    made = world.folder / "made.json"
    if made.exists():
        return {**json.loads(made.read_text(encoding="utf-8")), "cached": True}
    print(f"creating {world.folder} ({world.changes} changes, {world.scans} scans) by the services")
    return {**generate(world), "cached": False}
