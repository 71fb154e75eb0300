"""The signed trust list: which replica keys the central store vouches for, and in what role.

The central key is the root of trust. The list travels as `trust.json`, a small JSON object
holding the list as canonical JSON text and a minisign signature over exactly that text, so the
signed bytes never depend on how a JSON library re-encodes them and anyone can check the
signature with `minisign -V` after saving the document. A laptop takes a list only when it is
signed by the central key it already trusts and its version is higher than the one it holds,
so an old list (with a key since revoked) cannot be replayed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sqms_desktop.canonical import canonical_json
from sqms_desktop.errors import BundleRefused, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.sync.minisign import PublicKey, key_id_from_hex, key_id_hex, sign, verify
from sqms_desktop.vocab import ReplicaRole

FORMAT = "sqms-trust-list/1"
MAX_BYTES = 16 * 1024 * 1024
_KEY_ID = re.compile(r"[0-9A-F]{16}")
_PUBLIC_KEY = re.compile(r"[0-9a-f]{64}")
_KEY_FIELDS = ("key_id", "name", "public_key", "replica_id", "revoked", "role", "users")
_LIST_FIELDS = ("central_replica_id", "expires_at", "issued_at", "keys", "version")
_T = TypeVar("_T")


class _Malformed(ValueError):
    """A document that does not have the trust list's shape; the message says where."""


@dataclass(frozen=True)
class TrustedKey:
    replica_id: str
    name: str
    role: str  # ReplicaRole
    key_id_hex: str  # as minisign 0.12 prints it: 16 upper-case hex digits
    public_key_hex: str
    revoked: bool
    users: tuple[str, ...] | None  # the user names a laptop may speak for; None: anyone

    def public_key(self) -> PublicKey:
        return PublicKey.from_hex(self.key_id_hex, self.public_key_hex)


@dataclass(frozen=True)
class TrustList:
    version: int
    issued_at: datetime  # aware, UTC
    expires_at: datetime
    central_replica_id: str
    keys: tuple[TrustedKey, ...]

    def key_for(self, key_id_hex_text: str) -> TrustedKey | None:
        """The entry for a key id as a signature names it (padded or not), revoked or not."""
        try:
            wanted = key_id_hex(key_id_from_hex(key_id_hex_text))
        except ValueError:
            return None
        return next((k for k in self.keys if k.key_id_hex == wanted), None)

    def central_key(self) -> TrustedKey | None:
        """The central replica's current (not revoked) key: the one that signs this list."""
        found = [
            k
            for k in self.keys
            if k.replica_id == self.central_replica_id
            and k.role == ReplicaRole.CENTRAL
            and not k.revoked
        ]
        return found[0] if len(found) == 1 else None


def encode_trust_list(tl: TrustList, private_key: Ed25519PrivateKey, key_id: bytes) -> bytes:
    """`trust.json`, signed with the central key (which must be the list's own central key)."""
    problem = _problem(tl)
    if problem is not None:
        raise ValidationError(
            translate("trust", "the trust list cannot be issued: {problem}").format(problem=problem)
        )
    central = tl.central_key()
    if central is None or central.public_key() != PublicKey.from_private(private_key, key_id):
        raise ValidationError(
            translate(
                "trust",
                "the trust list must be signed with the central store's own key, as listed in it",
            )
        )
    document = canonical_json(_to_document(tl))
    comment = f"sqms trust list version {tl.version} expires {_time_text(tl.expires_at)}"
    signature = sign(
        private_key,
        key_id,
        document.encode("utf-8"),
        trusted_comment=comment,
        untrusted_comment="signature from the SQMS Desktop central store",
    )
    outer = {"format": FORMAT, "document": document, "signature": signature}
    return (json.dumps(outer, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def decode_trust_list(
    data: bytes,
    *,
    source: str,
    central_key: PublicKey | None,
    current_version: int | None,
    now: datetime,
) -> TrustList:
    """The list in `data`, once it is well formed, signed by its central key (and by the central
    key this store trusts, if it trusts one), newer than `current_version` and not expired."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    if len(data) > MAX_BYTES:
        raise BundleRefused(
            "too-large",
            translate("trust", "{source} is larger than a trust list may be").format(source=source),
        )
    document, signature = _unwrap(data, source)
    try:
        tl = _from_document(json.loads(document))
    except (ValueError, RecursionError) as exc:  # _Malformed, bad JSON, too deep
        raise BundleRefused(
            "malformed",
            translate("trust", "{source}: the trust list is malformed: {problem}").format(
                source=source, problem=exc
            ),
        ) from exc
    problem = _problem(tl)
    central = tl.central_key()
    if problem is not None or central is None:
        raise BundleRefused(
            "malformed",
            translate("trust", "{source}: the trust list is malformed: {problem}").format(
                source=source, problem=problem
            ),
        )
    listed = central.public_key()
    verify(listed, document.encode("utf-8"), signature, what=source)
    if central_key is not None and listed != central_key:
        raise BundleRefused(
            "unknown-key",
            translate(
                "trust",
                "{source} is signed by central key {key_id}, but this store trusts "
                "central key {trusted}: it comes from another central store",
            ).format(source=source, key_id=listed.key_id_hex, trusted=central_key.key_id_hex),
        )
    if current_version is not None and tl.version <= current_version:
        raise BundleRefused(
            "older-trust-list",
            translate(
                "trust",
                "{source} is trust list version {version}, not newer than version "
                "{current} this store holds; only a newer list replaces it",
            ).format(source=source, version=tl.version, current=current_version),
        )
    if tl.expires_at <= now:
        raise BundleRefused(
            "expired",
            translate(
                "trust", "{source} expired at {time}; ask the central store for a new trust list"
            ).format(source=source, time=_time_text(tl.expires_at)),
        )
    return tl


# --- the document --------------------------------------------------------------------------


def _to_document(tl: TrustList) -> dict[str, Any]:
    return {
        "version": tl.version,
        "issued_at": _time_text(tl.issued_at),
        "expires_at": _time_text(tl.expires_at),
        "central_replica_id": tl.central_replica_id,
        "keys": [
            {
                "replica_id": k.replica_id,
                "name": k.name,
                "role": str(k.role),
                "key_id": k.key_id_hex,
                "public_key": k.public_key_hex,
                "revoked": k.revoked,
                "users": None if k.users is None else list(k.users),
            }
            for k in tl.keys
        ],
    }


def _unwrap(data: bytes, source: str) -> tuple[str, str]:
    try:
        outer = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise BundleRefused(
            "malformed",
            translate("trust", "{source} is not a trust list (not JSON text)").format(
                source=source
            ),
        ) from exc
    if (
        not isinstance(outer, dict)
        or set(outer) != {"format", "document", "signature"}
        or outer["format"] != FORMAT
        or not isinstance(outer["document"], str)
        or not isinstance(outer["signature"], str)
    ):
        raise BundleRefused(
            "malformed",
            translate(
                "trust",
                "{source} is not a trust list: expected format {format} with a document and its "
                "signature",
            ).format(source=source, format=FORMAT),
        )
    return outer["document"], outer["signature"]


def _from_document(doc: Any) -> TrustList:
    fields = _object(doc, _LIST_FIELDS, translate("trust", "the list"))
    keys = fields["keys"]
    if not isinstance(keys, list):
        raise _Malformed(translate("trust", "keys is not a list"))
    return TrustList(
        version=_typed(fields["version"], int, "version"),
        issued_at=_time(fields["issued_at"], "issued_at"),
        expires_at=_time(fields["expires_at"], "expires_at"),
        central_replica_id=_text(fields["central_replica_id"], "central_replica_id"),
        keys=tuple(_key(entry, n) for n, entry in enumerate(keys, start=1)),
    )


def _key(entry: Any, number: int) -> TrustedKey:
    where = translate("trust", "key {number}").format(number=number)
    fields = _object(entry, _KEY_FIELDS, where)
    users = fields["users"]
    if users is not None:
        if not isinstance(users, list):
            raise _Malformed(
                translate("trust", "{where}: users is neither null nor a list").format(where=where)
            )
        users = tuple(_text(u, f"{where} users") for u in users)
    return TrustedKey(
        replica_id=_text(fields["replica_id"], f"{where} replica_id"),
        name=_text(fields["name"], f"{where} name"),
        role=_text(fields["role"], f"{where} role"),
        key_id_hex=_text(fields["key_id"], f"{where} key_id"),
        public_key_hex=_text(fields["public_key"], f"{where} public_key"),
        revoked=_typed(fields["revoked"], bool, f"{where} revoked"),
        users=users,
    )


def _problem(tl: TrustList) -> str | None:
    """What makes a trust list unusable, in words; None when it is sound."""
    if isinstance(tl.version, bool) or not isinstance(tl.version, int) or tl.version < 1:
        return translate("trust", "the version must be a whole number from 1")
    for label, moment in (("issued_at", tl.issued_at), ("expires_at", tl.expires_at)):
        if moment.tzinfo is None:
            return translate("trust", "{label} has no time zone").format(label=label)
    if tl.expires_at <= tl.issued_at:
        return translate("trust", "it expires before it was issued")
    seen: set[str] = set()
    for key in tl.keys:
        if key.role not in ReplicaRole.values():
            return translate("trust", "key {name} has role {role!r}, not one of {roles}").format(
                name=key.name, role=key.role, roles=ReplicaRole.values()
            )
        if key.role == ReplicaRole.CENTRAL and key.replica_id != tl.central_replica_id:
            return translate(
                "trust", "key {name} has role central but belongs to replica {replica_id}"
            ).format(name=key.name, replica_id=key.replica_id)
        if not _KEY_ID.fullmatch(key.key_id_hex) or not _PUBLIC_KEY.fullmatch(key.public_key_hex):
            return translate("trust", "key {name} has a malformed key id or public key").format(
                name=key.name
            )
        try:
            key.public_key().verifier()
        except ValueError:
            return translate("trust", "key {name} is not a valid Ed25519 key").format(name=key.name)
        if key.key_id_hex in seen:
            return translate("trust", "key id {key_id} is listed twice").format(
                key_id=key.key_id_hex
            )
        seen.add(key.key_id_hex)
    if tl.central_key() is None:
        return translate(
            "trust", "it does not list exactly one current central key for {replica_id}"
        ).format(replica_id=tl.central_replica_id)
    return None


def _object(value: Any, names: tuple[str, ...], where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Malformed(translate("trust", "{where} is not a JSON object").format(where=where))
    if set(value) != set(names):
        raise _Malformed(
            translate("trust", "{where} must have exactly the fields {fields}").format(
                where=where, fields=", ".join(names)
            )
        )
    return value


def _typed(value: Any, kind: type[_T], label: str) -> _T:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _Malformed(
            translate("trust", "{label} is not a {kind}").format(label=label, kind=kind.__name__)
        )
    return value


def _text(value: Any, label: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _Malformed(translate("trust", "{label} is not a non-empty text").format(label=label))
    return value


def _time(value: Any, label: str) -> datetime:
    try:
        moment = datetime.fromisoformat(_text(value, label))
    except ValueError:
        raise _Malformed(
            translate("trust", "{label} is not an ISO 8601 time").format(label=label)
        ) from None
    if moment.tzinfo is None:
        raise _Malformed(translate("trust", "{label} has no time zone").format(label=label))
    return moment.astimezone(UTC)


def _time_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
