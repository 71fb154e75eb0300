"""The tables behind the one write path: replicas, the change log and the trail.

Visible records (models.py) are a fold over `change`; `trail_entry` is the hash-chained,
append-only audit trail. Database triggers refuse UPDATE and DELETE on both logs.
"""

from __future__ import annotations

from sqlalchemy import JSON, BigInteger, Boolean, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from sqms_desktop.store.base import ID_LENGTH, Base


class Replica(Base):
    """A store that writes changes: this laptop, another laptop, or the central store."""

    __tablename__ = "replica"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    hlc_wall_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    hlc_counter: Mapped[int] = mapped_column(Integer, default=0)
    # Sync (issue 15). `role` is "central" or "laptop" once `sqms replica init` ran (NULL: a
    # store that never syncs); `public_key` (hex) and `key_id` (hex of minisign's 8-byte id)
    # identify its Ed25519 key; only the local row holds `sealed_key`, the private key sealed
    # with a passphrase. `users` lists the user names an enrolled laptop may speak for (NULL:
    # any active user of the receiving store).
    role: Mapped[str | None] = mapped_column(String(16), nullable=True)
    public_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    key_id: Mapped[str | None] = mapped_column(String(16), nullable=True)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    sealed_key: Mapped[str | None] = mapped_column(Text, nullable=True)
    enrolled_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    users: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    # The id of the key that chains this store's own trail entries (store/trail_key.py); the
    # key itself is never in the store.
    trail_key_id: Mapped[str | None] = mapped_column(String(16), nullable=True)


class Change(Base):
    """One field-level change. Immutable once written."""

    __tablename__ = "change"
    __table_args__ = (Index("ix_change_entity_record", "entity", "entity_id"),)

    change_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    replica_id: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(BigInteger)
    hlc: Mapped[str] = mapped_column(String(24), index=True)
    author: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    field: Mapped[str | None] = mapped_column(String(64), nullable=True)
    kind: Mapped[str] = mapped_column(String(8))
    value: Mapped[object] = mapped_column(JSON, nullable=True)
    parents: Mapped[list[str]] = mapped_column(JSON)
    # The trail entry recording this change in this store (NULL: written before revision 0013).
    trail_seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True, index=True)


class ChangeHead(Base):
    """Index of each field's current heads, so a write finds its parents without a scan.

    Derived data: it can always be recomputed from `change`.
    """

    __tablename__ = "change_head"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    change_id: Mapped[str] = mapped_column(String(40), primary_key=True)


class TrailEntry(Base):
    """One line of the audit trail. Append-only; `hash` chains it to the entry before."""

    __tablename__ = "trail_entry"
    __table_args__ = (
        Index("ix_trail_entry_entity_record", "entity", "record_id"),
        # One record's history and one user's actions, newest first, without a sort.
        Index("ix_trail_entry_record_seq", "record_id", "seq"),
        Index("ix_trail_entry_user_seq", "user", "seq"),
    )

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at_utc: Mapped[str] = mapped_column(String(32), index=True)
    utc_offset_minutes: Mapped[int] = mapped_column(Integer)
    user: Mapped[str] = mapped_column(String(64))
    replica_id: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    field: Mapped[str | None] = mapped_column(String(64), nullable=True)
    action: Mapped[str] = mapped_column(String(8))
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The key of the HMAC chain (NULL: an entry from before keying, chained with plain SHA-256).
    key_id: Mapped[str | None] = mapped_column(String(16), nullable=True)


class TrailCheckpoint(Base):
    """The trail's head (seq, hash) signed with a user's key at an electronic signature, or with
    the replica's key at a bundle export: whoever also holds the trail key still cannot rewrite
    the history before it without that person's password or the replica's passphrase."""

    __tablename__ = "trail_checkpoint"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, index=True)
    hash: Mapped[str] = mapped_column(String(64))
    signer_kind: Mapped[str] = mapped_column(String(8))  # "user" or "replica"
    signer_id: Mapped[str] = mapped_column(String(36))
    public_key: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[str] = mapped_column(String(32))
    occasion: Mapped[str] = mapped_column(String(16))  # "signature" or "bundle"
    ref: Mapped[str] = mapped_column(String(40), index=True)  # the signature's or bundle's id
    signature: Mapped[str] = mapped_column(String(128))


class TrustListRow(Base):
    """A trust list this store accepted (or, on the central store, issued): the exact signed
    document and its minisign signature, so it can be shown and checked again."""

    __tablename__ = "trust_list"

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    issued_at: Mapped[str] = mapped_column(String(32))
    expires_at: Mapped[str] = mapped_column(String(32))
    document: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(Text)
    received_at: Mapped[str] = mapped_column(String(32))


class PeerAck(Base):
    """What a peer has told us it holds: the highest change seq of each origin replica."""

    __tablename__ = "peer_ack"

    peer_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    origin_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)


class BundleLog(Base):
    """A bundle this store wrote (`sent`) or imported (`received`), with its receipt."""

    __tablename__ = "bundle_log"
    __table_args__ = (Index("ix_bundle_log_at", "at_utc"),)

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(8), primary_key=True)
    origin_id: Mapped[str] = mapped_column(String(16))
    recipient_id: Mapped[str | None] = mapped_column(String(16), nullable=True)
    seq: Mapped[int] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(8))
    at_utc: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    summary: Mapped[dict[str, object]] = mapped_column(JSON)
    receipt: Mapped[dict[str, object] | None] = mapped_column(JSON, nullable=True)


class Credential(Base):
    """A user's secrets. Kept out of the change log and the trail: they never leave this store.

    `password_hash` is scrypt with its parameters; `sealed_key` is the Ed25519 private key
    encrypted with AES-GCM under a key derived from the password (re-sealed on password change).
    """

    __tablename__ = "credential"

    user_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    sealed_key: Mapped[str] = mapped_column(Text)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[str | None] = mapped_column(String(32), nullable=True)
