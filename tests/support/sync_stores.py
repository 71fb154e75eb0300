"""A central store and laptops on one machine, set up as a team sets them up, exchanging real
signed bundles through the services (the CLI and the Sync page do the same with sign-in)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqms_desktop.services.actor import Actor
from sqms_desktop.services.bundles import ExportResult, ImportReceipt, export_bundle, import_bundle
from sqms_desktop.services.replicas import (
    enrol,
    export_trust,
    import_trust,
    init_replica,
    public_key_text,
)
from sqms_desktop.services.users import create_user
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.uow import UnitOfWork

PASSPHRASE = "replica-passphrase-1"
TEAM = (("quinn", "Quinn Quality", "quality_engineer"), ("lena", "Lena Lead", "lead_auditor"),
        ("omar", "Omar Auditor", "auditor"))  # fmt: skip


def _public_key(uow: UnitOfWork) -> str:
    return public_key_text(uow)


@dataclass
class Replica:
    name: str
    store: Store
    folder: Path
    sent: list[Path] = field(default_factory=list)

    def actor(self, user: str = "quinn") -> Actor:
        return Actor(self.store, user)


class SyncWorld:
    """`central` (with the team: ada the administrator, quinn, lena, omar) and laptops that
    trust it, each already holding the central store's first bundle."""

    def __init__(
        self,
        folder: Path,
        laptops: Sequence[str] = ("laptop-a",),
        *,
        central_url: str | None = None,
    ) -> None:
        self.folder = folder
        self.count = 0
        url = central_url or f"sqlite:///{folder / 'central' / 'central.sqlite'}"
        self.central = Replica("central", open_store(url), folder / "central")
        self.central.folder.mkdir(parents=True, exist_ok=True)
        admin = self.central.actor("ada")
        with admin.unit_of_work() as uow:
            create_user(uow, "ada", "Ada Admin", "admin")
            for username, full_name, role in TEAM:
                create_user(uow, username, full_name, role)
            uow.commit()
        admin.run(init_replica, name="central", central=True, passphrase=PASSPHRASE)
        central_key = admin.run(_public_key)
        self.laptops: dict[str, Replica] = {}
        for name in laptops:
            home = folder / name
            home.mkdir(parents=True)
            laptop = Replica(name, open_store(f"sqlite:///{home / 'laptop.sqlite'}"), home)
            setup = laptop.actor("setup")
            setup.run(init_replica, name=name, central=False, passphrase=PASSPHRASE)
            admin.run(enrol, setup.run(_public_key), source=f"{name}.pub", name=name)
            self.laptops[name] = laptop
        trust = admin.run(export_trust, passphrase=PASSPHRASE)
        for laptop in self.laptops.values():
            laptop.actor("setup").run(
                import_trust, trust, source="trust.json", central_key_text=central_key
            )
        for name in self.laptops:
            self.deliver(self.send(self.central, name), name)

    def replica(self, name: str) -> Replica:
        return self.central if name == "central" else self.laptops[name]

    def send(self, origin: Replica, recipient: str | None = None, *, fmt: str = "json") -> Path:
        """A bundle from `origin` for `recipient` (None: the central store)."""
        self.count += 1
        path = origin.folder / f"{origin.name}-{self.count:03d}.sqmsbundle"
        result: ExportResult = origin.actor().run(
            export_bundle, path, recipient=recipient, fmt=fmt, passphrase=PASSPHRASE
        )
        assert result.path == path
        origin.sent.append(path)
        return path

    def deliver(self, path: Path, recipient: str, *, dry_run: bool = False) -> ImportReceipt:
        return self.replica(recipient).actor().run(import_bundle, path, dry_run=dry_run)

    def close(self) -> None:
        self.central.store.close()
        for laptop in self.laptops.values():
            laptop.store.close()
