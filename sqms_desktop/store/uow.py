"""The one write path: a unit of work that records changes and trail entries with every write.

Services create, change and delete records only through `UnitOfWork.add/update/delete`; the same
transaction appends the field-level changes and the hash-chained trail, so nothing changes
without both (docs/design.md, "The unit of work and the change log").
"""

from __future__ import annotations

import datetime as dt
import secrets
import socket
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Table, bindparam, delete, insert, select, text, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from sqms_desktop.canonical import canonical_json
from sqms_desktop.errors import StateError, StoreBusyError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.store import trail_key
from sqms_desktop.store.base import Record
from sqms_desktop.store.clock import Hlc
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import Change, ChangeHead, Replica, TrailCheckpoint, TrailEntry
from sqms_desktop.store.registry import STATUS_FIELDS, fields_of, table_of, to_json
from sqms_desktop.store.trail import GENESIS_HASH, entry_hash, signed_checkpoint
from sqms_desktop.store.write_lock import busy_message

R = TypeVar("R", bound=Record)
# Built once: the change log is read before every logged field, and building the statement
# each time cost more than running it (an audit's answers log thousands of fields).
_HEADS_OF = select(ChangeHead.change_id).where(
    ChangeHead.entity == bindparam("entity"),
    ChangeHead.entity_id == bindparam("entity_id"),
    ChangeHead.field == bindparam("field"),
)
_DELETES_OF = select(Change.change_id).where(
    Change.entity == bindparam("entity"),
    Change.entity_id == bindparam("entity_id"),
    Change.kind == "delete",
)
PG_LOCK_WAIT = "120s"
Clock = Callable[[], dt.datetime]
IdFactory = Callable[[], str]


def system_clock() -> dt.datetime:
    """Local time, aware, so the trail can keep the offset beside UTC."""
    return dt.datetime.now().astimezone()


def random_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class WriteContext:
    """Who writes and by which clock; tests and the demo pass their own clock and ids."""

    user: str
    clock: Clock = system_clock
    new_id: IdFactory = random_id
    # The secret of a trail key this action may have to make: the demo derives it from its
    # seed (the same seed, the same store); everyone else gets a random one.
    trail_secret: bytes | None = None


def ensure_local_replica(
    session: Session, *, replica_id: str | None = None, name: str | None = None
) -> Replica:
    """This store's own replica identity, made on first use."""
    local = session.scalars(select(Replica).where(Replica.is_local.is_(True))).first()
    if local is not None:
        return local
    local = Replica(
        id=replica_id or secrets.token_hex(4),
        name=name or socket.gethostname(),
        is_local=True,
        last_seq=0,
        hlc_wall_ms=0,
        hlc_counter=0,
    )
    session.add(local)
    session.flush()
    return local


def _require_fits(table: Table, name: str, value: Any) -> None:
    """Refuse text longer than its column: SQLite would keep it whole, PostgreSQL refuse it with
    a database error, so both stores say the same, in words."""
    limit = getattr(table.columns[name].type, "length", None)
    if isinstance(value, str) and limit is not None and len(value) > limit:
        field = name.replace("_", " ")
        raise ValidationError(
            translate(
                "uow", "{table} {field} is longer than {limit} characters ({given} given)"
            ).format(table=table.name, field=field, limit=limit, given=len(value))
        )


class UnitOfWork:
    """One user action: a session that commits or rolls back as a whole."""

    def __init__(self, store: Store, context: WriteContext) -> None:
        self.store = store
        self.context = context
        self.session: Session = store.write_session()
        self._writing = False
        self._committed = False
        self._now: dt.datetime | None = None
        self._replica: Replica | None = None
        self._hlc = Hlc(0, 0)
        self._seq = 0
        self._changes: list[dict[str, Any]] = []
        self._trail: list[dict[str, Any]] = []
        self._trail_seq = 0
        self._trail_hash = GENESIS_HASH
        self._key: trail_key.TrailKey | None = None
        self._new_key_for: str | None = None
        self._untrailed = 0  # the first change not yet named by a trail entry
        self._checkpoints: list[dict[str, Any]] = []
        self._heads: dict[tuple[str, str, str], list[str]] = {}
        self._heads_in_db: set[tuple[str, str, str]] = set()
        self._dirty_heads: set[tuple[str, str, str]] = set()
        self._pending_table: str | None = None
        self._loaded: dict[tuple[type[Record], str], Record] = {}

    def __enter__(self) -> UnitOfWork:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self._committed:
            self.session.rollback()
        self.session.close()

    @property
    def user(self) -> str:
        return self.context.user

    @property
    def now(self) -> dt.datetime:
        """The time of this action, read once so all its entries agree."""
        if self._now is None:
            self._now = self.context.clock()
            if self._now.tzinfo is None:
                raise ValidationError(translate("uow", "the clock must give aware datetimes"))
        return self._now

    def new_id(self) -> str:
        return self.context.new_id()

    def get(self, model: type[R], record_id: str) -> R | None:
        """Load a record, kept for the life of this unit of work (the session's map is weak)."""
        key = (model, record_id)
        found = self._loaded.get(key)
        if found is None:
            # Records added in this action are in `_loaded` already (see `add`), so the lookup
            # needs no autoflush: flushing here, before every record read, would write an
            # action's new rows one at a time (an audit's answers each read their question).
            with self.session.no_autoflush:
                found = self.session.get(model, record_id)
            if found is not None:
                self._loaded[key] = found
        return found  # type: ignore[return-value]

    # -- writing ---------------------------------------------------------------------------

    def add(self, record: R, *, reason: str = "") -> R:
        """Insert a new record and log each of its fields; `reason` goes into the trail (a
        supplier created by an import says which file it came from)."""
        self._begin_writing()
        fresh = not record.id
        if fresh:
            record.id = self.new_id()
        table = table_of(record)
        for column in table.columns:
            if getattr(record, column.key) is None and column.default is not None:
                default = column.default
                if default.is_scalar:
                    setattr(record, column.key, default.arg)  # type: ignore[attr-defined]
                elif default.is_callable:
                    setattr(record, column.key, default.arg({}))  # type: ignore[attr-defined]
        if self._pending_table not in (None, table.name):
            # Records carry no relationships, so the session cannot order inserts across
            # tables; services add parents first, and flushing at each switch keeps that order.
            self.session.flush()
        self._pending_table = table.name
        self.session.add(record)
        self._loaded[(type(record), record.id)] = record
        # A record created again under an id it had before (an answer's id is its question's)
        # names the old heads and the delete, so the fold sees it as after the delete. An id
        # made just now was never deleted: no query (an import adds thousands of records).
        settled = [] if fresh else self._deletes_of(table.name, record.id)
        values: dict[str, Any] = {}
        for name in fields_of(table):
            _require_fits(table, name, getattr(record, name))
            value = to_json(table.columns[name], getattr(record, name))
            values[name] = value
            self._change(
                table.name, record.id, name, value, new_record=not settled, also_parents=settled
            )
        self._trail_entry(table.name, record.id, None, "create", None, values, reason)
        return record

    def update(self, record: Record, values: dict[str, Any], *, reason: str = "") -> list[str]:
        """Set fields on a record; only the fields whose value changes are logged."""
        table = table_of(record)
        changed: list[str] = []
        for name, new in values.items():
            if name == "id" or name not in table.columns:
                raise ValidationError(
                    translate("uow", "{table} has no field {name!r}").format(
                        table=table.name, name=name
                    )
                )
            column = table.columns[name]
            old_json = to_json(column, getattr(record, name))
            new_json = to_json(column, new)
            if old_json == new_json:
                continue
            _require_fits(table, name, new)
            self._begin_writing()
            if self._pending_table not in (None, table.name):
                self.session.flush()
                self._pending_table = None
            setattr(record, name, new)
            self._change(table.name, record.id, name, new_json)
            self._trail_entry(table.name, record.id, name, "change", old_json, new_json, reason)
            changed.append(name)
        return changed

    def delete(self, record: Record, *, reason: str) -> None:
        """Delete a record; the change names every field head it saw, so a concurrent edit wins."""
        if not reason.strip():
            raise ValidationError(translate("uow", "a deletion needs a reason"))
        self._begin_writing()
        table = table_of(record)
        old = {
            name: to_json(table.columns[name], getattr(record, name)) for name in fields_of(table)
        }
        parents: list[str] = []
        for name in fields_of(table):
            parents.extend(self._field_heads(table.name, record.id, name))
        self._append_change(table.name, record.id, None, "delete", None, sorted(parents))
        self._trail_entry(table.name, record.id, None, "delete", old, None, reason)
        self._loaded.pop((type(record), record.id), None)
        self.session.delete(record)

    def record_event(
        self, entity: str, record_id: str, action: str, *, detail: Any = None, reason: str = ""
    ) -> None:
        """A trail entry that changes no record: signing in and out, locking the window,
        a refused password. `action` is a short word (at most 8 characters)."""
        if len(action) > 8:
            raise ValueError(f"trail action {action!r} is longer than 8 characters")
        self._begin_writing()
        self._trail_entry(entity, record_id, None, action, None, detail, reason)

    # -- bundles from other replicas (services/bundles.py) -----------------------------------

    def record_imported(self, change: dict[str, Any], old: Any, *, action: str, reason: str) -> int:
        """The trail entry of a change made on another replica: its author and its replica.
        Returns the entry's seq, which the change row keeps (`trail_seq`)."""
        self._begin_writing()
        entry_user, entry_replica = change["author"], change["replica_id"]
        return self._trail_entry(
            change["entity"],
            change["entity_id"],
            change["field"],
            action,
            old,
            change["value"] if action != "delete" else None,
            reason,
            user=entry_user,
            replica_id=entry_replica,
        )

    def observe_clock(self, remote_hlc: str) -> None:
        """Move this replica's clock past a remote change, so later local edits sort after it."""
        self._begin_writing()
        self._hlc = self._hlc.receive(Hlc.decode(remote_hlc), int(self.now.timestamp() * 1000))

    def discard(self) -> None:
        """Throw away everything this unit of work did (a dry run): nothing is committed."""
        self.session.rollback()
        self._loaded.clear()  # records added by it are gone; the others are read again
        self._changes.clear()
        self._trail.clear()
        self._checkpoints.clear()
        self._untrailed = 0
        self._dirty_heads.clear()
        self._heads.clear()
        self._heads_in_db.clear()
        self._writing = False

    @property
    def has_written(self) -> bool:
        """Whether this action has changed anything yet (records, logs or other rows)."""
        session = self.session
        return self._writing or bool(session.new or session.dirty or session.deleted)

    def commit(self) -> None:
        """Write the records and their logs as one transaction; a unit of work commits once."""
        if self._committed:
            raise StateError(
                translate("uow", "this action was already saved; start a new unit of work")
            )
        if self._writing:
            self.session.flush()
            self._flush_logs()
        self.session.commit()
        self._committed = True
        if self._trail and self._replica is not None and self.store.note_heads:
            trail_key.note_head(
                self.store.describe(), self._replica.id, self._trail_seq, self._trail_hash
            )

    def checkpoint(
        self,
        *,
        signer_kind: str,
        signer_id: str,
        private_key: Ed25519PrivateKey,
        occasion: str,
        ref: str,
    ) -> dict[str, Any]:
        """Sign the trail's head as it stands after this action's entries so far: made at an
        electronic signature (the signer's key) and a bundle export (the replica's key)."""
        self._begin_writing()
        row = signed_checkpoint(
            private_key,
            id=self.new_id(),
            seq=self._trail_seq,
            hash=self._trail_hash,
            signer_kind=signer_kind,
            signer_id=signer_id,
            signed_at=self.now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            occasion=occasion,
            ref=ref,
        )
        self._checkpoints.append(row)
        return row

    def lock_for_writing(
        self, *, wait_s: float = 0.0, waiting: Callable[[], None] | None = None
    ) -> None:
        """Take the store's write lock now, before reading what the action will write against
        (the next free reference number): another process's action cannot commit between that
        read and this action's write. Under PostgreSQL's READ COMMITTED every statement after
        the lock sees what was committed before it; on SQLite the unit of work's transaction
        began with BEGIN IMMEDIATE (store/write_lock.py), so it already holds the lock and reads
        nothing stale.

        A person's action is refused as busy after about 20 s of another writer's work (two
        minutes on PostgreSQL). A long job queued behind another (a bundle import behind
        another laptop's import) asks again until `wait_s` have passed, calling `waiting`
        between attempts, which may raise to give up (a cancel). Nothing was written before
        the lock, so asking again starts the transaction afresh."""
        deadline = time.monotonic() + wait_s
        while True:
            try:
                self._begin_writing()
                return
            except StoreBusyError:
                if time.monotonic() >= deadline:
                    raise
                self.session.rollback()
                if waiting is not None:
                    waiting()

    # -- the logs --------------------------------------------------------------------------

    def _begin_writing(self) -> None:
        """Take the store's write lock first, so the seq and trail head read here stay ours.
        On SQLite the transaction holds it since its BEGIN IMMEDIATE; the UPDATE is then only
        the row's bookkeeping. On PostgreSQL the LOCK TABLE is the lock."""
        if self._writing:
            return
        session = self.session
        lock = (
            update(Replica)
            .where(Replica.is_local.is_(True))
            .values(last_seq=Replica.last_seq)
            .returning(Replica.id)
        )
        with session.no_autoflush:
            try:
                if session.get_bind().dialect.name == "postgresql":
                    # Another writer (a long bundle import) is waited for, but not for ever:
                    # after two minutes the action fails as "busy", as on SQLite after 5 s.
                    session.execute(text(f"SET LOCAL lock_timeout = '{PG_LOCK_WAIT}'"))
                    session.execute(text("LOCK TABLE trail_entry IN EXCLUSIVE MODE"))
                # An UPDATE first takes the write lock before anything is read.
                replica_id = session.scalar(lock)
                if replica_id is None:
                    replica_id = ensure_local_replica(session).id
                    session.scalar(lock)
            except OperationalError as exc:
                raise StoreBusyError(busy_message()) from exc
            replica = session.get_one(Replica, replica_id, populate_existing=True)
            last = session.execute(
                select(TrailEntry.seq, TrailEntry.hash).order_by(TrailEntry.seq.desc()).limit(1)
            ).first()
        self._replica = replica
        self._seq = replica.last_seq
        self._hlc = Hlc(replica.hlc_wall_ms, replica.hlc_counter)
        if last is not None:
            self._trail_seq, self._trail_hash = last.seq, last.hash
        self._key = trail_key.key_for_writing(
            session,
            replica,
            trail_end=self._trail_seq,
            new_for=self._new_key_for,
            secret=self.context.trail_secret,
        )
        self._writing = True

    def key_trail_anew(self, replica_id: str) -> None:
        """This action's trail entries, and the store's from now on, are chained under a new
        key of replica `replica_id` (a copy of the central store becoming a laptop, which does
        not have the central store's key); the caller records `trail_key_id` on that replica."""
        if self._writing:
            raise StateError(
                translate("uow", "a new trail key is chosen before the action's first write")
            )
        self._new_key_for = replica_id

    @property
    def trail_key_id(self) -> str | None:
        """The id of the key this action chains its trail entries with (once it has written)."""
        return None if self._key is None else self._key.key_id

    def _field_heads(self, entity: str, entity_id: str, field: str) -> list[str]:
        key = (entity, entity_id, field)
        if key not in self._heads:
            # The logs are written by Core at commit, never pending in the session: read them
            # on its connection, with no autoflush and no ORM bookkeeping.
            heads = list(
                self.session.connection().scalars(
                    _HEADS_OF, {"entity": entity, "entity_id": entity_id, "field": field}
                )
            )
            self._heads[key] = heads
            if heads:
                self._heads_in_db.add(key)
        return self._heads[key]

    def resolve(self, record: Record, name: str, value: Any, *, reason: str) -> None:
        """Settle a field in conflict: one change naming every head, even when `value` is the
        one shown now (a plain update of an unchanged value writes nothing)."""
        table = table_of(record)
        if name == "id" or name not in table.columns:
            raise ValidationError(
                translate("uow", "{table} has no field {name!r}").format(
                    table=table.name, name=name
                )
            )
        self._begin_writing()
        column = table.columns[name]
        old_json = to_json(column, getattr(record, name))
        new_json = to_json(column, value)
        setattr(record, name, value)
        self._change(table.name, record.id, name, new_json, kind="resolve")
        self._trail_entry(table.name, record.id, name, "resolve", old_json, new_json, reason)

    def keep(self, entity: str, record_id: str, deletes: list[str], *, reason: str) -> None:
        """Settle a delete concurrent with an edit by keeping the record: a change naming the
        deletes, which the fold then sets aside."""
        self._begin_writing()
        self._append_change(entity, record_id, None, "resolve", None, sorted(deletes))
        self._trail_entry(entity, record_id, None, "keep", None, None, reason)

    def _deletes_of(self, entity: str, entity_id: str) -> list[str]:
        """The delete changes of a record id, if it was ever deleted (usually none)."""
        return sorted(
            self.session.connection().scalars(
                _DELETES_OF, {"entity": entity, "entity_id": entity_id}
            )
        )

    def _change(
        self,
        entity: str,
        entity_id: str,
        field: str,
        value: Any,
        *,
        new_record: bool = False,
        also_parents: list[str] | None = None,
        kind: str | None = None,
    ) -> None:
        key = (entity, entity_id, field)
        if new_record:
            self._heads[key] = []
        parents = sorted(set(self._field_heads(entity, entity_id, field)) | set(also_parents or ()))
        if kind is None:
            kind = "status" if field in STATUS_FIELDS else "set"
        change_id = self._append_change(entity, entity_id, field, kind, value, parents)
        self._heads[key] = [change_id]
        self._dirty_heads.add(key)

    def _append_change(
        self,
        entity: str,
        entity_id: str,
        field: str | None,
        kind: str,
        value: Any,
        parents: list[str],
    ) -> str:
        replica = self._replica
        assert replica is not None
        self._seq += 1
        self._hlc = self._hlc.tick(int(self.now.timestamp() * 1000))
        change_id = f"{replica.id}:{self._seq}"
        self._changes.append(
            {
                "change_id": change_id,
                "replica_id": replica.id,
                "seq": self._seq,
                "hlc": self._hlc.encode(),
                "author": self.user,
                "entity": entity,
                "entity_id": entity_id,
                "field": field,
                "kind": kind,
                "value": value,
                "parents": parents,
            }
        )
        return change_id

    def _trail_entry(
        self,
        entity: str,
        record_id: str,
        field: str | None,
        action: str,
        old: Any,
        new: Any,
        reason: str,
        *,
        user: str | None = None,
        replica_id: str | None = None,
    ) -> int:
        assert self._replica is not None
        assert self._key is not None
        now = self.now
        offset = now.utcoffset() or dt.timedelta(0)
        self._trail_seq += 1
        for change in self._changes[self._untrailed :]:
            change["trail_seq"] = self._trail_seq
        self._untrailed = len(self._changes)
        entry: dict[str, Any] = {
            "seq": self._trail_seq,
            "at_utc": now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "utc_offset_minutes": int(offset.total_seconds() // 60),
            "user": user or self.user,
            "replica_id": replica_id or self._replica.id,
            "entity": entity,
            "record_id": record_id,
            "field": field,
            "action": action,
            "old_value": None if old is None else canonical_json(old),
            "new_value": None if new is None else canonical_json(new),
            "reason": reason,
            "prev_hash": self._trail_hash,
            "key_id": self._key.key_id,
        }
        entry["hash"] = entry_hash(self._trail_hash, entry, self._key)
        self._trail_hash = entry["hash"]
        self._trail.append(entry)
        return self._trail_seq

    def _flush_logs(self) -> None:
        session = self.session
        replica = self._replica
        assert replica is not None
        replica.last_seq = self._seq
        replica.hlc_wall_ms = self._hlc.wall_ms
        replica.hlc_counter = self._hlc.counter
        stale = [
            {"e": e, "i": i, "f": f}
            for (e, i, f) in self._dirty_heads
            if (e, i, f) in self._heads_in_db
        ]
        connection = session.connection()
        if stale:
            # One keyed DELETE per field (executemany): SQLite uses the primary key for it.
            connection.execute(
                delete(ChangeHead).where(
                    ChangeHead.entity == bindparam("e"),
                    ChangeHead.entity_id == bindparam("i"),
                    ChangeHead.field == bindparam("f"),
                ),
                stale,
            )
        heads = [
            {"entity": e, "entity_id": i, "field": f, "change_id": c}
            for (e, i, f) in self._dirty_heads
            for c in self._heads[(e, i, f)]
        ]
        # Core executemany: the logs are plain rows, no ORM bookkeeping needed.
        if heads:
            connection.execute(insert(ChangeHead), heads)
        if self._changes:
            connection.execute(insert(Change), self._changes)
        if self._trail:
            connection.execute(insert(TrailEntry), self._trail)
        if self._checkpoints:
            connection.execute(insert(TrailCheckpoint), self._checkpoints)
        session.flush()
