"""Reading the audit trail for people: filter it, show it, export it to xlsx.

The trail can hold millions of entries, so filters run in SQL on the indexed columns (seq,
at_utc, user, entity + record_id) and callers ask for the newest `limit` entries only.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from sqms_desktop.canonical import canonical_json
from sqms_desktop.queries.trail_integrity import TrailVerification, verify_trail
from sqms_desktop.store.ledger import TrailEntry

STORED_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


LIKE_ESCAPE = "\\"


@dataclass(frozen=True)
class TrailFilter:
    """Which entries to show; empty fields do not narrow. Dates are whole UTC days, inclusive."""

    record_id: str = ""
    entity: str = ""
    user: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""  # in the field name, the old or new value, or the reason


@dataclass(frozen=True)
class TrailRow:
    """One trail entry as people read it. Values are decoded: text plain, others as JSON;
    None where the entry has no value (the old value of a created field, for one)."""

    seq: int
    at_utc: dt.datetime
    utc_offset_minutes: int
    local_time: str
    user: str
    replica_id: str
    entity: str
    record_id: str
    field: str | None
    action: str
    old_value: str | None
    new_value: str | None
    reason: str
    hash: str

    @property
    def id(self) -> str:
        """The entry's key for lists and selections."""
        return str(self.seq)


def offset_text(minutes: int) -> str:
    """`60` → `+01:00`, `-330` → `-05:30`."""
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def local_time_text(at_utc: dt.datetime, offset_minutes: int) -> str:
    """The wall-clock time where the entry was written, with its offset."""
    local = at_utc + dt.timedelta(minutes=offset_minutes)
    return f"{local:%Y-%m-%d %H:%M:%S} {offset_text(offset_minutes)}"


def display_value(stored: str | None) -> str | None:
    """A stored canonical-JSON value as people read it: text without quotes, others as JSON."""
    if stored is None:
        return None
    try:
        value = json.loads(stored)
    except ValueError:  # not JSON: show what is there rather than hide it
        return stored
    return value if isinstance(value, str) else canonical_json(value)


def _like(text: str) -> str:
    escaped = text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _conditions(trail_filter: TrailFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if trail_filter.record_id.strip():
        where.append(TrailEntry.record_id == trail_filter.record_id.strip())
    if trail_filter.entity.strip():
        where.append(TrailEntry.entity == trail_filter.entity.strip())
    if trail_filter.user:
        where.append(TrailEntry.user == trail_filter.user)
    # at_utc is fixed-width ISO text, so day bounds compare as strings (and use its index).
    if trail_filter.date_from is not None:
        where.append(TrailEntry.at_utc >= trail_filter.date_from.isoformat())
    if trail_filter.date_to is not None:
        day_after = trail_filter.date_to + dt.timedelta(days=1)
        where.append(TrailEntry.at_utc < day_after.isoformat())
    text = trail_filter.text.strip()
    if text:
        pattern = _like(text)
        # ILIKE: case-insensitive on PostgreSQL too (SQLite's LIKE is, PostgreSQL's is not).
        where.append(
            or_(
                *(
                    column.ilike(pattern, escape=LIKE_ESCAPE)
                    for column in (
                        TrailEntry.field,
                        TrailEntry.old_value,
                        TrailEntry.new_value,
                        TrailEntry.reason,
                    )
                )
            )
        )
    return where


def _query(trail_filter: TrailFilter) -> Select[TrailEntry]:
    query = select(TrailEntry).order_by(TrailEntry.seq.desc())
    conditions = _conditions(trail_filter)
    return query.where(and_(*conditions)) if conditions else query


def _row(entry: TrailEntry) -> TrailRow:
    at_utc = dt.datetime.strptime(entry.at_utc, STORED_TIME_FORMAT).replace(tzinfo=dt.UTC)
    return TrailRow(
        seq=entry.seq,
        at_utc=at_utc,
        utc_offset_minutes=entry.utc_offset_minutes,
        local_time=local_time_text(at_utc, entry.utc_offset_minutes),
        user=entry.user,
        replica_id=entry.replica_id,
        entity=entry.entity,
        record_id=entry.record_id,
        field=entry.field,
        action=entry.action,
        old_value=display_value(entry.old_value),
        new_value=display_value(entry.new_value),
        reason=entry.reason,
        hash=entry.hash,
    )


def list_trail(
    session: Session, trail_filter: TrailFilter, *, limit: int | None = None
) -> list[TrailRow]:
    """The entries that match, newest first; at most `limit` of them."""
    query = _query(trail_filter)
    if limit is not None:
        query = query.limit(limit)
    return [_row(entry) for entry in session.scalars(query)]


def trail_users(session: Session) -> list[str]:
    """Everyone who wrote to the trail, for a filter's choice (read off the `user` index)."""
    return sorted(session.scalars(select(TrailEntry.user).distinct()), key=str.casefold)


def check_chain(
    session: Session, progress: Callable[[int, int], None], *, location: str | None = None
) -> TrailVerification:
    """Every check of `sqms trail verify`, telling `progress(done, total)` as the chain is
    walked: the count of entries first, so a progress bar knows its length before the long
    walk starts. `location`: the store as `Store.describe()` names it."""
    total = session.scalar(select(func.count()).select_from(TrailEntry)) or 0
    progress(0, total)
    return verify_trail(session, location=location, progress=lambda done: progress(done, total))


@dataclass(frozen=True)
class StoredEntry:
    """One trail entry exactly as stored and hashed (values still canonical JSON text), for
    scripts that check the chain or compare stores themselves (`sqms trail list --json`)."""

    seq: int
    at_utc: str
    utc_offset_minutes: int
    user: str
    replica_id: str
    entity: str
    record_id: str
    field: str | None
    action: str
    old_value: str | None
    new_value: str | None
    reason: str
    prev_hash: str
    hash: str


def stored_entries(
    session: Session, *, limit: int, record_id: str | None = None, user: str | None = None
) -> list[StoredEntry]:
    """The newest `limit` entries as stored, oldest first; an empty filter does not narrow."""
    query = select(TrailEntry).order_by(TrailEntry.seq.desc()).limit(limit)
    if record_id:
        query = query.where(TrailEntry.record_id == record_id)
    if user:
        query = query.where(TrailEntry.user == user)
    return [
        StoredEntry(
            e.seq,
            e.at_utc,
            e.utc_offset_minutes,
            e.user,
            e.replica_id,
            e.entity,
            e.record_id,
            e.field,
            e.action,
            e.old_value,
            e.new_value,
            e.reason,
            e.prev_hash,
            e.hash,
        )
        for e in reversed(session.scalars(query).all())
    ]
