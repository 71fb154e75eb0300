"""Who a store is in the team, and whom it trusts (issue 15, DESIGN.md §8 "Trust").

Each store that syncs is a replica with its own Ed25519 key; the central store's key is the
root. The central store enrols the laptops' public keys and signs the trust list; a laptop
pins the central key the first time and then accepts only newer lists signed by it. Replica
rows are this store's own configuration (not records): they are trailed as events, never
carried in bundles as changes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete, func, select

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.services import require_text
from sqms_desktop.services.identity import require_actor
from sqms_desktop.store.ledger import BundleLog, Change, PeerAck, Replica, TrustListRow
from sqms_desktop.store.models import User
from sqms_desktop.store.uow import UnitOfWork, ensure_local_replica
from sqms_desktop.sync import keyseal, minisign, trust
from sqms_desktop.sync.manifest import utc_text
from sqms_desktop.vocab import ReplicaRole, UserRole

CENTRAL, LAPTOP = ReplicaRole.CENTRAL.value, ReplicaRole.LAPTOP.value
TRUST_DAYS = 365
REPLICA_COMMENT = re.compile(r"sqms replica ([A-Za-z0-9_-]{1,16})")


@dataclass(frozen=True)
class ReplicaKey:
    replica_id: str
    name: str
    role: str
    key_id: str


def local_replica(uow: UnitOfWork) -> Replica:
    """This store's replica, which must have been set up with `sqms replica init`."""
    local = uow.session.scalars(select(Replica).where(Replica.is_local.is_(True))).first()
    if local is None or local.public_key is None or local.role is None:
        raise StateError(
            translate(
                "replicas",
                "this store is not set up for sync yet; run `sqms replica init --name NAME` "
                "(add --central on the central store)",
            )
        )
    return local


def public_key_of(replica: Replica) -> minisign.PublicKey:
    if replica.public_key is None or replica.key_id is None:
        raise StateError(
            translate("replicas", "replica {name} has no key").format(name=replica.name)
        )
    return minisign.PublicKey.from_hex(replica.key_id, replica.public_key)


def _require_admin_if_users(uow: UnitOfWork, action: str) -> None:
    """An administrator acts; a store with no users yet is being set up by whoever holds it."""
    if uow.session.scalar(select(func.count()).select_from(User)):
        require_actor(uow, UserRole.ADMIN, action=action)


@dataclass(frozen=True)
class NewKey:
    """A replica's new key and key id; the demo passes its own, drawn from its seed, so the
    same seed gives the same store (everyone else gets fresh random ones)."""

    private_key: Ed25519PrivateKey
    key_id: bytes

    @classmethod
    def fresh(cls) -> NewKey:
        return cls(Ed25519PrivateKey.generate(), minisign.new_key_id())


def init_replica(
    uow: UnitOfWork, *, name: str, central: bool, passphrase: str, key: NewKey | None = None
) -> ReplicaKey:
    """Give this store its replica name, role and Ed25519 key (sealed under `passphrase`)."""
    _require_admin_if_users(uow, translate("replicas", "setting up this store's replica"))
    name = require_text(name, translate("replicas", "replica name"), limit=200)
    existing = uow.session.scalars(select(Replica).where(Replica.is_local.is_(True))).first()
    if existing is not None and existing.public_key is not None:
        raise StateError(
            translate(
                "replicas",
                "this store is already replica {name} ({role}, key {key_id}); "
                "its key is not replaced",
            ).format(name=existing.name, role=existing.role, key_id=existing.key_id)
        )
    if uow.session.scalar(
        select(Replica.id).where(Replica.name == name, Replica.is_local.is_(False))
    ):
        raise ValidationError(
            translate("replicas", "another replica known here is already called {name}").format(
                name=name
            )
        )
    key = key or NewKey.fresh()
    private_key = key.private_key
    sealed = keyseal.seal(private_key, passphrase)
    public = minisign.PublicKey.from_private(private_key, key.key_id)
    role = CENTRAL if central else LAPTOP
    local = ensure_local_replica(uow.session)
    uow.record_event(
        "replica",
        local.id,
        "init",
        detail={"name": name, "role": role, "key_id": public.key_id_hex},
    )
    local = ensure_local_replica(uow.session)
    local.name = name
    local.role = role
    local.public_key = public.key.hex()
    local.key_id = public.key_id_hex
    local.sealed_key = sealed
    local.enrolled_at = utc_text(uow.now)
    keyseal.keyring_set(local.id, passphrase)
    return ReplicaKey(local.id, name, role, public.key_id_hex)


def init_from_copy(
    uow: UnitOfWork,
    *,
    name: str,
    passphrase: str,
    key: NewKey | None = None,
    replica_id: str | None = None,
) -> ReplicaKey:
    """Make a copy of the central store's file a laptop of it (how IT often sets laptops up).

    The copy gets a replica id and key of its own; the central store's row becomes the pinned
    central replica, without the private key the copy carried; and the copy notes that the
    central store holds everything the copy holds, so its first bundle carries only new work.
    Users keep their passwords: the copy holds their credentials.
    """
    require_actor(
        uow, UserRole.ADMIN, action=translate("replicas", "setting up a laptop from a copy")
    )
    name = require_text(name, translate("replicas", "replica name"), limit=200)
    session = uow.session
    source = local_replica(uow)
    if source.role != CENTRAL:
        raise StateError(
            translate(
                "replicas",
                "this store is replica {name} ({role}); only a copy of the central "
                "store's file becomes a laptop this way",
            ).format(name=source.name, role=source.role)
        )
    if session.scalar(select(Replica.id).where(Replica.name == name)):
        raise ValidationError(
            translate("replicas", "a replica called {name} is already known here").format(name=name)
        )
    holdings = dict(
        session.execute(
            select(Change.replica_id, func.max(Change.seq)).group_by(Change.replica_id)
        ).all()
    )
    replica_id = replica_id or secrets.token_hex(4)
    # The copy's trail goes on under a key of its own: the central store's trail key is not
    # on a laptop (and must not be), so the inherited entries are checked only where it is.
    uow.key_trail_anew(replica_id)
    uow.record_event("replica", source.id, "copy", detail={"name": name})
    key = key or NewKey.fresh()
    private_key = key.private_key
    public = minisign.PublicKey.from_private(private_key, key.key_id)
    session.execute(delete(PeerAck))
    session.execute(delete(BundleLog))
    source.is_local = False
    source.sealed_key = None
    session.flush()
    session.add(
        Replica(
            id=replica_id,
            name=name,
            is_local=True,
            role=LAPTOP,
            last_seq=0,
            hlc_wall_ms=source.hlc_wall_ms,
            hlc_counter=source.hlc_counter,
            public_key=public.key.hex(),
            key_id=public.key_id_hex,
            sealed_key=keyseal.seal(private_key, passphrase),
            revoked=False,
            enrolled_at=utc_text(uow.now),
            trail_key_id=uow.trail_key_id,
        )
    )
    for origin, seq in holdings.items():
        session.add(PeerAck(peer_id=source.id, origin_id=origin, seq=int(seq)))
    keyseal.keyring_set(replica_id, passphrase)
    return ReplicaKey(replica_id, name, LAPTOP, public.key_id_hex)


def signing_key(replica: Replica, passphrase: str | None) -> Ed25519PrivateKey:
    """This store's private key, unsealed with the passphrase given or kept in the keyring."""
    assert replica.sealed_key is not None
    if passphrase is None:
        passphrase = keyseal.keyring_get(replica.id)
    if passphrase is None:
        raise ValidationError(
            translate(
                "replicas",
                "signing needs the passphrase of replica {name}'s key; no OS keyring "
                "keeps it here, so give it (the command line reads it after the password)",
            ).format(name=replica.name)
        )
    return keyseal.unseal(replica.sealed_key, passphrase)


def public_key_text(uow: UnitOfWork, *, pem: bool = False) -> str:
    """This store's public key as minisign's .pub file (or PEM), naming the replica."""
    local = local_replica(uow)
    public = public_key_of(local)
    if pem:
        return minisign.public_key_pem(public)
    comment = f"minisign public key {public.key_id_hex} sqms replica {local.id} {local.name}"
    return minisign.public_key_file(public, comment=comment)


def enrol(
    uow: UnitOfWork,
    key_text: str,
    *,
    source: str,
    name: str,
    role: str = LAPTOP,
    replica_id: str | None = None,
    users: list[str] | None = None,
) -> ReplicaKey:
    """Add a replica's public key to the central store's trust list (next `trust export`)."""
    require_actor(uow, UserRole.ADMIN, action=translate("replicas", "enrolling a replica"))
    local = local_replica(uow)
    if local.role != CENTRAL:
        raise StateError(translate("replicas", "only the central store enrols replicas"))
    if role != LAPTOP:
        raise ValidationError(
            translate("replicas", "a replica is enrolled as a laptop; got role {role!r}").format(
                role=role
            )
        )
    name = require_text(name, translate("replicas", "replica name"), limit=200)
    public = minisign.parse_public_key_any(key_text, source=source)
    if replica_id is None:
        found = REPLICA_COMMENT.search(key_text.splitlines()[0] if key_text else "")
        if found is None:
            raise ValidationError(
                translate(
                    "replicas",
                    "{source} does not say which replica it belongs to (its first line names "
                    "`sqms replica ID`); give the replica id with --replica",
                ).format(source=source)
            )
        replica_id = found.group(1)
    session = uow.session
    same_key = session.scalars(select(Replica).where(Replica.key_id == public.key_id_hex)).first()
    if same_key is not None:
        raise ValidationError(
            translate("replicas", "key {key_id} is already enrolled as {name}").format(
                key_id=public.key_id_hex, name=same_key.name
            )
        )
    same_name = session.scalars(select(Replica).where(Replica.name == name)).first()
    if same_name is not None and same_name.id != replica_id:
        raise ValidationError(
            translate("replicas", "a replica called {name} is already enrolled").format(name=name)
        )
    for user in users or []:
        if session.scalar(select(User.id).where(User.username == user)) is None:
            raise ValidationError(
                translate("replicas", "{user} is not a user of this store").format(user=user)
            )
    row = session.get(Replica, replica_id)
    if row is not None and (row.is_local or row.public_key is not None):
        raise ValidationError(
            translate("replicas", "replica {replica_id} is already enrolled as {name}").format(
                replica_id=replica_id, name=row.name
            )
        )
    uow.record_event(
        "replica", replica_id, "enrol", detail={"name": name, "key_id": public.key_id_hex}
    )
    if row is None:
        row = Replica(id=replica_id, is_local=False, last_seq=0, hlc_wall_ms=0, hlc_counter=0)
        session.add(row)
    row.name = name
    row.role = role
    row.public_key = public.key.hex()
    row.key_id = public.key_id_hex
    row.revoked = False
    row.enrolled_at = utc_text(uow.now)
    row.users = sorted(users) if users else None
    return ReplicaKey(replica_id, name, role, public.key_id_hex)


def revoke(uow: UnitOfWork, name: str, *, reason: str = "") -> ReplicaKey:
    """Stop trusting a replica's key: its bundles are refused from now on."""
    require_actor(uow, UserRole.ADMIN, action=translate("replicas", "revoking a replica"))
    local = local_replica(uow)
    if local.role != CENTRAL:
        raise StateError(translate("replicas", "only the central store revokes replicas"))
    row = uow.session.scalars(
        select(Replica).where(Replica.name == name, Replica.is_local.is_(False))
    ).first()
    if row is None or row.key_id is None:
        raise ValidationError(
            translate("replicas", "no enrolled replica is called {name}").format(name=name)
        )
    if row.revoked:
        raise StateError(
            translate("replicas", "replica {name} is already revoked").format(name=name)
        )
    uow.record_event("replica", row.id, "revoke", detail={"key_id": row.key_id}, reason=reason)
    row.revoked = True
    return ReplicaKey(row.id, row.name, row.role or LAPTOP, row.key_id)


def export_trust(uow: UnitOfWork, *, passphrase: str | None, days: int = TRUST_DAYS) -> bytes:
    """The next version of the signed trust list (kept here too), as the bytes of trust.json."""
    require_actor(uow, UserRole.ADMIN, action=translate("replicas", "issuing the trust list"))
    local = local_replica(uow)
    if local.role != CENTRAL:
        raise StateError(translate("replicas", "only the central store issues the trust list"))
    if not 1 <= days <= 3650:
        raise ValidationError(translate("replicas", "a trust list is valid for 1 to 3650 days"))
    private_key = signing_key(local, passphrase)
    session = uow.session
    version = (session.scalar(select(func.max(TrustListRow.version))) or 0) + 1
    keys = [
        trust.TrustedKey(
            replica_id=row.id,
            name=row.name,
            role=row.role or LAPTOP,
            key_id_hex=row.key_id or "",
            public_key_hex=row.public_key or "",
            revoked=row.revoked,
            users=tuple(row.users) if row.users else None,
        )
        for row in session.scalars(
            select(Replica).where(Replica.public_key.is_not(None)).order_by(Replica.id)
        )
    ]
    now = uow.now.astimezone(dt.UTC).replace(microsecond=0)
    document = trust.TrustList(
        version=version,
        issued_at=now,
        expires_at=now + dt.timedelta(days=days),
        central_replica_id=local.id,
        keys=tuple(keys),
    )
    data = trust.encode_trust_list(
        document, private_key, minisign.key_id_from_hex(local.key_id or "")
    )
    uow.record_event("replica", local.id, "trust", detail={"version": version, "keys": len(keys)})
    _keep_trust_list(uow, document, data)
    return data


def import_trust(
    uow: UnitOfWork, data: bytes, *, source: str, central_key_text: str | None = None
) -> trust.TrustList:
    """Accept a newer trust list signed by the central store (pinned the first time)."""
    _require_admin_if_users(uow, translate("replicas", "accepting a trust list"))
    local = local_replica(uow)
    if local.role == CENTRAL:
        raise StateError(
            translate("replicas", "the central store issues the trust list; it does not import one")
        )
    session = uow.session
    pinned = session.scalars(
        select(Replica).where(Replica.role == CENTRAL, Replica.is_local.is_(False))
    ).first()
    if pinned is not None and pinned.public_key is not None:
        central_key = public_key_of(pinned)
    elif central_key_text is not None:
        central_key = minisign.parse_public_key_any(
            central_key_text, source=translate("replicas", "the central key")
        )
    else:
        raise ValidationError(
            translate(
                "replicas",
                "this store trusts no central store yet: give the central store's public key "
                "with --central-key FILE.pub the first time",
            )
        )
    current = session.scalar(select(func.max(TrustListRow.version)))
    document = trust.decode_trust_list(
        data, source=source, central_key=central_key, current_version=current, now=uow.now
    )
    uow.record_event(
        "replica", document.central_replica_id, "trust", detail={"version": document.version}
    )
    for key in document.keys:
        if key.replica_id == local.id:
            local.revoked = key.revoked
            continue
        row = session.get(Replica, key.replica_id)
        if row is None:
            row = Replica(
                id=key.replica_id, is_local=False, last_seq=0, hlc_wall_ms=0, hlc_counter=0
            )
            session.add(row)
        row.name = key.name
        row.role = key.role
        row.public_key = key.public_key_hex
        row.key_id = key.key_id_hex
        row.revoked = key.revoked
        row.users = list(key.users) if key.users else None
        row.enrolled_at = row.enrolled_at or utc_text(uow.now)
    _keep_trust_list(uow, document, data)
    return document


def _keep_trust_list(uow: UnitOfWork, document: trust.TrustList, data: bytes) -> None:
    wrapper = json.loads(data)
    uow.session.add(
        TrustListRow(
            version=document.version,
            issued_at=utc_text(document.issued_at),
            expires_at=utc_text(document.expires_at),
            document=wrapper["document"],
            signature=wrapper["signature"],
            received_at=utc_text(uow.now),
        )
    )
