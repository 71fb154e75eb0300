"""The central store on PostgreSQL: bundles both ways with a laptop on SQLite, and two imports
at once into the same server (both succeed or one waits; never a duplicated number, never a
lost change)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sqms_desktop.queries.sync import list_conflicts
from sqms_desktop.services.capas import CapaInput, raise_capa
from sqms_desktop.services.suppliers import (
    SupplierChanges,
    SupplierInput,
    create_supplier,
    edit_supplier,
)
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.ledger import Change
from sqms_desktop.store.models import Capa, Supplier
from sqms_desktop.sync.check import differences
from tests.support.sync_stores import SyncWorld

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

IMPORT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from sqms_desktop.services.actor import Actor
    from sqms_desktop.services.bundles import import_bundle
    from sqms_desktop.store.engine import open_store

    store = open_store(sys.argv[1])
    receipt = Actor(store, "quinn").run(import_bundle, Path(sys.argv[2]))
    print(receipt.new_changes, *[new for _, new in receipt.renumbered])
    """
)


def test_a_central_store_on_postgresql_exchanges_bundles_with_a_laptop(
    tmp_path: Path, postgres_url: str
) -> None:
    world = SyncWorld(tmp_path, ("laptop-a",), central_url=postgres_url)
    try:
        made = world.central.actor().run(create_supplier, SupplierInput(code="KUHN", name="Kuhn"))
        world.deliver(world.send(world.central, "laptop-a"), "laptop-a")
        world.laptops["laptop-a"].actor().run(edit_supplier, made.id, SupplierChanges(city="Ulm"))
        world.central.actor().run(edit_supplier, made.id, SupplierChanges(city="Neu-Ulm"))
        receipt = world.deliver(world.send(world.laptops["laptop-a"]), "central")
        assert receipt.conflicts == 1
        with world.central.store.session() as session:
            assert [c.field for c in list_conflicts(session)] == ["city"]
            assert differences(session) == []
        again = world.deliver(world.laptops["laptop-a"].sent[-1], "central")
        assert again.new_changes == 0
    finally:
        world.close()


def test_two_imports_at_once_into_postgresql_both_land_with_unique_numbers(
    tmp_path: Path, postgres_url: str
) -> None:
    world = SyncWorld(tmp_path, ("laptop-a", "laptop-b"), central_url=postgres_url)
    try:
        supplier = world.central.actor().run(
            create_supplier, SupplierInput(code="KUHN", name="Kuhn")
        )
        bundles = []
        for name in ("laptop-a", "laptop-b"):
            world.deliver(world.send(world.central, name), name)
            for title in ("Burrs", "Rust", "Cracks"):
                world.laptops[name].actor().run(
                    raise_capa, CapaInput(supplier_id=supplier.id, title=title, owner="quinn")
                )
            bundles.append(world.send(world.laptops[name]))
        with world.central.store.session() as session:
            before = session.scalar(select(func.count()).select_from(Change)) or 0
    finally:
        world.close()
    script = tmp_path / "import_one.py"
    script.write_text(IMPORT)
    runs = [
        subprocess.Popen(
            [sys.executable, str(script), postgres_url, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in bundles
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    numbers = [n for out, _ in outputs for n in out.split()[1:]]
    assert len(numbers) == 6
    assert len(set(numbers)) == 6  # never a duplicated number
    new = sum(int(out.split()[0]) for out, _ in outputs)
    store = open_store(postgres_url)
    try:
        with store.session() as session:
            after = session.scalar(select(func.count()).select_from(Change)) or 0
            references = sorted(session.scalars(select(Capa.reference)))
            assert session.scalar(select(func.count()).select_from(Supplier)) == 1
            assert differences(session) == []
    finally:
        store.close()
    assert after >= before + new  # every change kept (and the numbering's own changes)
    assert references == sorted(numbers)
    assert all(r.startswith("CAPA-") for r in references)
