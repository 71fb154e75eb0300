"""The per-store trail key: the secret of the trail's HMAC chain, kept outside the store file.

Someone holding only the store file can recompute a plain SHA-256 chain after deleting or
rewriting entries; with HMAC-SHA-256 under a key they do not have, they cannot. The key lives in
the user's configuration folder (`trail-keys/key-<id>.json`, private to the user), made on the
store's first write. Losing it does not lose records, but the trail can no longer be checked and
the store refuses to write until the key is brought back: back it up with
`sqms store key export` (README, "Backing up the trail key").

The same folder keeps, per store location, the newest trail head this computer wrote
(`head-<digest>.json`): cutting the newest entries off the trail, and their changes with them,
leaves nothing in the store to notice, but the head remembered here no longer matches.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sqms_desktop.errors import StoreError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.paths import user_config_dir, write_atomically
from sqms_desktop.store.ledger import Change, Replica

KEY_FORMAT = "sqms-trail-key/1"
KEY_ID_LENGTH = 16
_cache: dict[str, TrailKey] = {}


@dataclass(frozen=True)
class TrailKey:
    """One key of one store's trail: `keyed_from` is the first trail entry it chains;
    `legacy_changes` how many changes predate keying (they have no trail entry of their own)."""

    key_id: str
    secret: bytes
    replica_id: str
    keyed_from: int
    legacy_changes: int
    created_at: str

    def mac(self, message: bytes) -> str:
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()

    def derive(self, purpose: str) -> bytes:
        """A separate secret for another use of the store's key (the SCAR form's MAC), so a
        value made for one use never verifies as another."""
        return hmac.new(self.secret, b"sqms/" + purpose.encode("utf-8"), hashlib.sha256).digest()

    def to_json(self) -> dict[str, Any]:
        return {
            "format": KEY_FORMAT,
            "key_id": self.key_id,
            "key": base64.b64encode(self.secret).decode("ascii"),
            "replica_id": self.replica_id,
            "keyed_from": self.keyed_from,
            "legacy_changes": self.legacy_changes,
            "created_at": self.created_at,
        }


def key_folder() -> Path:
    return user_config_dir() / "trail-keys"


def key_id_of(secret: bytes) -> str:
    return hashlib.sha256(b"sqms trail key id\0" + secret).hexdigest()[:KEY_ID_LENGTH]


def _key_path(key_id: str) -> Path:
    return key_folder() / f"key-{key_id}.json"


def parse_key(text: str, *, source: str) -> TrailKey:
    """A key file's content, checked: the id must be the secret's own."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != KEY_FORMAT:
            raise ValueError(translate("trail_key", "it is not an SQMS trail key file"))
        secret = base64.b64decode(str(data["key"]), validate=True)
        key = TrailKey(
            key_id=str(data["key_id"]),
            secret=secret,
            replica_id=str(data["replica_id"]),
            keyed_from=int(data["keyed_from"]),
            legacy_changes=int(data["legacy_changes"]),
            created_at=str(data["created_at"]),
        )
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise ValidationError(
            translate("trail_key", "{source}: not a usable trail key ({reason})").format(
                source=source, reason=exc
            )
        ) from exc
    if len(secret) < 32 or key.key_id != key_id_of(secret):
        raise ValidationError(
            translate(
                "trail_key", "{source}: the trail key does not match its own id (damaged)"
            ).format(source=source)
        )
    return key


def load(key_id: str) -> TrailKey | None:
    """The key with this id from this user's folder, or None where it is not on this computer."""
    found = _cache.get(key_id)
    if found is not None:
        return found
    path = _key_path(key_id)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(
            translate("trail_key", "cannot read the trail key {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    key = parse_key(text, source=str(path))
    _cache[key_id] = key
    return key


def all_keys() -> dict[str, TrailKey]:
    """Every trail key on this computer, by id (a laptop may hold its own and, on the central
    team's machines, the central store's)."""
    folder = key_folder()
    if not folder.is_dir():
        return {}
    keys: dict[str, TrailKey] = {}
    for path in sorted(folder.glob("key-*.json")):
        key = load(path.stem.removeprefix("key-"))
        if key is not None:
            keys[key.key_id] = key
    return keys


def create(
    replica_id: str, *, keyed_from: int, legacy_changes: int, secret: bytes | None = None
) -> TrailKey:
    """A new key (random unless `secret` is given: the demo's) for a store's trail from entry
    `keyed_from` on, saved privately."""
    secret = secret or secrets.token_bytes(32)
    key = TrailKey(
        key_id=key_id_of(secret),
        secret=secret,
        replica_id=replica_id,
        keyed_from=keyed_from,
        legacy_changes=legacy_changes,
        created_at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    save(key)
    return key


def save(key: TrailKey) -> Path:
    """Write a key into this user's folder (creating or restoring it); an existing file with
    the same id is the same key, since the id is the secret's hash."""
    path = _key_path(key.key_id)
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)
    if not path.exists():
        write_atomically(path, json.dumps(key.to_json(), indent=1).encode("utf-8"), private=True)
    _cache[key.key_id] = key
    return path


def key_for_writing(
    session: Session,
    replica: Replica,
    *,
    trail_end: int,
    new_for: str | None = None,
    secret: bytes | None = None,
) -> TrailKey:
    """The key that chains a unit of work's new trail entries (the trail ends at `trail_end`):
    the store's own; made on its first write after keying came in; a new one for replica
    `new_for` (a copy of the central store becoming a laptop). Refused when the store has a key
    and this computer does not: a chain nobody can check must not start."""
    if new_for is not None:
        return _fresh(session, new_for, trail_end + 1, secret)
    if replica.trail_key_id:
        return _required(replica.trail_key_id)
    key = _fresh(session, replica.id, trail_end + 1, secret)
    replica.trail_key_id = key.key_id
    return key


def _required(key_id: str) -> TrailKey:
    """The store's own key, which it names: refused, in words, where this computer lacks it."""
    key = load(key_id)
    if key is None:
        raise StoreError(
            translate(
                "trail_key",
                "The trail key of this store ({key_id}) is not on this computer (looked in "
                "{folder}); nothing can be changed until it is brought back from its backup "
                "with `sqms store key import FILE`.",
            ).format(key_id=key_id, folder=key_folder())
        )
    return key


def _fresh(session: Session, replica_id: str, keyed_from: int, secret: bytes | None) -> TrailKey:
    for key in all_keys().values():
        # A key made by an action that was then rolled back (a dry run) is used again.
        if key.replica_id == replica_id and key.keyed_from == keyed_from:
            return key
    with session.no_autoflush:
        legacy = session.scalar(
            select(func.count()).select_from(Change).where(Change.trail_seq.is_(None))
        )
    return create(replica_id, keyed_from=keyed_from, legacy_changes=legacy or 0, secret=secret)


def store_secret(session: Session, purpose: str) -> bytes:
    """A secret only this store can use, for `purpose` (the SCAR form's check value): derived
    from its trail key, so it never sits in the store file either."""
    local = session.execute(
        select(Replica.id, Replica.trail_key_id).where(Replica.is_local.is_(True))
    ).first()
    key: TrailKey | None = None
    if local is not None and local.trail_key_id:
        key = _required(local.trail_key_id)
    elif local is not None:
        own = [k for k in all_keys().values() if k.replica_id == local.id]
        key = max(own, key=lambda k: k.keyed_from) if own else None
    if key is None:
        raise StoreError(
            translate(
                "trail_key",
                "This store has no trail key yet: it is made with the store's first change after "
                "the upgrade; make one (any edit) and try again.",
            )
        )
    return key.derive(purpose)


# -- backing up and bringing back a store's keys -----------------------------------------------

BACKUP_FORMAT = "sqms-trail-keys/1"
MAX_BACKUP_BYTES = 1_000_000


def backup_text(keys: list[TrailKey], *, store: str) -> str:
    """A backup of a store's trail keys: keep it as you keep the store's backups, apart from
    them (whoever has both can rewrite the trail)."""
    body = {"format": BACKUP_FORMAT, "store": store, "keys": [k.to_json() for k in keys]}
    return json.dumps(body, indent=1) + "\n"


def parse_backup(data: bytes, *, source: str) -> list[TrailKey]:
    """The keys of a backup file (or of a single key file), each checked against its id."""
    if len(data) > MAX_BACKUP_BYTES:
        raise ValidationError(
            translate("trail_key", "{source}: too large for a trail key backup").format(
                source=source
            )
        )
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ValidationError(
            translate("trail_key", "{source}: not a trail key backup ({reason})").format(
                source=source, reason=exc
            )
        ) from exc
    if isinstance(body, dict) and body.get("format") == KEY_FORMAT:
        return [parse_key(json.dumps(body), source=source)]
    if not isinstance(body, dict) or body.get("format") != BACKUP_FORMAT:
        raise ValidationError(
            translate(
                "trail_key", "{source}: not a trail key backup (no {format!r} format)"
            ).format(source=source, format=BACKUP_FORMAT)
        )
    listed = body.get("keys")
    if not isinstance(listed, list) or not listed:
        raise ValidationError(
            translate("trail_key", "{source}: the backup holds no keys").format(source=source)
        )
    return [
        parse_key(
            json.dumps(item),
            source=translate("trail_key", "{source}, key {n}").format(source=source, n=n),
        )
        for n, item in enumerate(listed, 1)
    ]


# -- the newest head this computer wrote, per store location ----------------------------------


def _head_path(location: str, replica_id: str) -> Path:
    digest = hashlib.sha256(f"{location}\0{replica_id}".encode()).hexdigest()[:24]
    return key_folder() / f"head-{digest}.json"


def seen_head(location: str, replica_id: str) -> tuple[int, str] | None:
    """The newest (seq, hash) this computer wrote to the store at `location`, if any."""
    try:
        data = json.loads(_head_path(location, replica_id).read_text(encoding="utf-8"))
        return int(data["seq"]), str(data["hash"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def note_head(location: str, replica_id: str, seq: int, entry_hash: str) -> None:
    """Remember the trail head after a commit; never moves back (another process of this user
    may have written a newer one). Best effort: a full disk must not fail a saved action."""
    seen = seen_head(location, replica_id)
    if seen is not None and seen[0] >= seq:
        return
    try:
        key_folder().mkdir(parents=True, exist_ok=True)
        body = json.dumps({"seq": seq, "hash": entry_hash, "store": location})
        write_atomically(_head_path(location, replica_id), body.encode("utf-8"), private=True)
    except (OSError, StoreError):
        pass


def forget_head(location: str, replica_id: str) -> None:
    """After a deliberate restore from an older copy: the shorter trail is expected."""
    _head_path(location, replica_id).unlink(missing_ok=True)


def forget_heads(location: str) -> None:
    """Forget the heads of every replica this computer wrote at `location` (a restore puts
    back a store whose replica the caller may not know)."""
    folder = key_folder()
    for path in folder.glob("head-*.json") if folder.is_dir() else []:
        try:
            if json.loads(path.read_text(encoding="utf-8")).get("store") == location:
                path.unlink(missing_ok=True)
        except (OSError, ValueError, AttributeError):
            continue
