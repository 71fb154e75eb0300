"""The exchange of bundles speaks German: a stranger's bundle and an export for a replica
nobody knows are refused in the user's language, and in English exactly as before."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sqms_desktop.errors import BundleRefused, ValidationError
from sqms_desktop.i18n import speaking
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.bundles import export_bundle, import_bundle
from sqms_desktop.services.replicas import init_replica, local_replica, signing_key
from sqms_desktop.store.engine import open_store
from sqms_desktop.sync import container, minisign
from tests.support.sync_stores import PASSPHRASE, SyncWorld


@pytest.fixture
def world(tmp_path: Path) -> Iterator[SyncWorld]:
    """A central store with its team and no laptops yet."""
    built = SyncWorld(tmp_path / "team", ())
    yield built
    built.close()


def strangers_bundle(folder: Path) -> tuple[Path, str]:
    """A bundle signed by a replica the central store never enrolled, and its key id."""
    stranger = open_store(f"sqlite:///{folder / 'stranger.sqlite'}")
    try:
        setup = Actor(stranger, "setup")
        setup.run(init_replica, name="laptop-x", central=False, passphrase=PASSPHRASE)
        with setup.unit_of_work() as uow:
            local = local_replica(uow)
            key = signing_key(local, PASSPHRASE)
            key_id = local.key_id or ""
        target = folder / "stranger.sqmsbundle"
        container.write_bundle(
            target,
            {"manifest.json": b"{}"},
            lambda sums: minisign.sign(
                key, minisign.key_id_from_hex(key_id), sums, trusted_comment="x"
            ),
        )
    finally:
        stranger.close()
    return target, key_id


def test_a_strangers_bundle_is_refused_in_german(world: SyncWorld, tmp_path: Path) -> None:
    bundle, key_id = strangers_bundle(tmp_path)
    actor = world.central.actor()
    with speaking("de"), pytest.raises(BundleRefused) as german:
        actor.run(import_bundle, bundle)
    assert german.value.reason == "unknown-key"
    assert str(german.value) == (
        f"stranger.sqmsbundle ist mit dem Schlüssel {key_id} signiert, dem diese Datenbank "
        "nicht vertraut (importieren Sie die neuere Vertrauensliste der zentralen Datenbank "
        "oder nehmen Sie dieses Replikat auf)"
    )
    with speaking("en"), pytest.raises(BundleRefused) as english:
        actor.run(import_bundle, bundle)
    assert str(english.value) == (
        f"stranger.sqmsbundle is signed by key {key_id}, which this store does not trust "
        "(import the central store's newer trust list, or enrol that replica)"
    )


def test_an_export_for_an_unknown_replica_is_refused_in_german(
    world: SyncWorld, tmp_path: Path
) -> None:
    actor = world.central.actor()
    target = tmp_path / "for-nobody.sqmsbundle"
    with speaking("de"), pytest.raises(ValidationError) as german:
        actor.run(export_bundle, target, recipient="laptop-z", passphrase=PASSPHRASE)
    assert str(german.value) == "hier ist kein Replikat namens laptop-z bekannt (bekannt: keines)"
    with speaking("en"), pytest.raises(ValidationError) as english:
        actor.run(export_bundle, target, recipient="laptop-z", passphrase=PASSPHRASE)
    assert str(english.value) == "no replica called laptop-z is known here (known: none)"
    assert not target.exists()
