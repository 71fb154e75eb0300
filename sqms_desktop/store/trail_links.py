"""Trail and change log, compared one to one.

The records are a fold of the change log (`sqms store check` compares them); the trail is the
keyed record of who changed what. Each change names the trail entry that records it
(`change.trail_seq`), and that entry must say the same: same record, same field, same value.
So a change slipped into the log without an entry, an entry whose change was removed, or a
change whose value was edited (and the record with it, so the fold still matches) is found.
Changes from before keying have no entry of their own; the key file counts them, so none can be
added under that cover.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, Text, cast, func, select
from sqlalchemy.orm import Session

from sqms_desktop.canonical import canonical_json
from sqms_desktop.i18n import translate
from sqms_desktop.store.ledger import Change, TrailEntry

# Trail actions that record changes; every other action (sign-in, lock, trust, …) records none.
CHANGE_ACTIONS = frozenset({"create", "change", "delete", "resolve", "keep"})
BATCH = 5000


@dataclass(frozen=True)
class LinkProblem:
    seq: int  # the trail entry concerned (for a change naming no entry: the seq it names)
    reason: str

    def describe(self) -> str:
        return translate("trail_links", "trail entry #{seq}: {reason}").format(
            seq=self.seq, reason=self.reason
        )


def check_links(
    session: Session, *, keyed_from: int | None, legacy_changes: int | None
) -> LinkProblem | None:
    """The first mismatch between trail and change log, in trail order, or None.

    `keyed_from`: the first entry written with a trail key; entries before it may record
    changes that predate `change.trail_seq`. `legacy_changes`: how many such changes the key
    file counted when the store was keyed (None: not known on this computer).
    """
    if legacy_changes is not None:
        untrailed = session.scalar(
            select(func.count()).select_from(Change).where(Change.trail_seq.is_(None))
        )
        if untrailed != legacy_changes:
            return LinkProblem(
                keyed_from or 0,
                translate(
                    "trail_links",
                    "{untrailed} changes name no trail entry, but {legacy} did when the "
                    "trail was keyed: changes were added to or removed from the log behind it",
                ).format(untrailed=untrailed, legacy=legacy_changes),
            )
    changes = _changes(session)
    pending = next(changes, None)
    for entry in _entries(session):
        seq = entry.seq
        if pending is not None and pending.trail_seq < seq:
            return LinkProblem(pending.trail_seq, _not_in_trail(pending.change_id))
        mine: list[Row[Any]] = []
        while pending is not None and pending.trail_seq == seq:
            mine.append(pending)
            pending = next(changes, None)
        problem = _compare(entry, mine, legacy=keyed_from is None or seq < keyed_from)
        if problem is not None:
            return LinkProblem(seq, problem)
    if pending is not None:
        return LinkProblem(pending.trail_seq, _not_in_trail(pending.change_id))
    return None


def _not_in_trail(change_id: str) -> str:
    return translate(
        "trail_links", "change {change_id} names this entry, which is not in the trail"
    ).format(change_id=change_id)


def _compare(entry: Row[Any], changes: list[Row[Any]], *, legacy: bool) -> str | None:
    action = entry.action
    what = f"{entry.action} {entry.entity} {entry.record_id}"
    if action not in CHANGE_ACTIONS:
        if changes:
            return translate(
                "trail_links", "{what} records no change, yet change {change_id} names it"
            ).format(what=what, change_id=changes[0].change_id)
        return None
    if not changes:
        if legacy:
            return None
        return translate("trail_links", "{what}: its change is missing from the change log").format(
            what=what
        )
    recorded = json.loads(entry.new_value or "null")  # once, for all of its changes
    for change in changes:
        problem = _differs(entry, recorded, change)
        if problem is not None:
            return translate("trail_links", "{what}: change {change_id} {problem}").format(
                what=what, change_id=change.change_id, problem=problem
            )
    return None


def _differs(entry: Row[Any], new_value: Any, change: Row[Any]) -> str | None:
    """How `change` disagrees with the entry (whose new value, parsed, is `new_value`)."""
    if (change.entity, change.entity_id) != (entry.entity, entry.record_id):
        return translate("trail_links", "is of {entity} {entity_id}, not this record").format(
            entity=change.entity, entity_id=change.entity_id
        )
    if (change.kind == "delete") != (entry.action == "delete"):
        return translate("trail_links", "and this entry disagree on whether the record was deleted")
    if change.kind == "delete" or change.field is None:
        return None
    value = json.loads(change.value) if change.value is not None else None
    if entry.field is not None:
        if change.field != entry.field:
            return translate("trail_links", "sets {field}, this entry {other}").format(
                field=change.field, other=entry.field
            )
        recorded = new_value
    else:
        if not isinstance(new_value, dict) or change.field not in new_value:
            return translate(
                "trail_links", "sets {field}, which this entry does not record"
            ).format(field=change.field)
        recorded = new_value[change.field]
    if not same_value(recorded, value):
        return translate(
            "trail_links", "sets {field} to {value}, but the trail records {recorded}"
        ).format(field=change.field, value=canonical_json(value), recorded=canonical_json(recorded))
    return None


def same_value(a: Any, b: Any) -> bool:
    """Equal as JSON values: a number read back from a JSON column may come as 1 where it was
    written as 1.0; true is not 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return float(a) == float(b)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_value(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def _entries(session: Session) -> Iterator[Any]:
    columns = (
        TrailEntry.seq,
        TrailEntry.entity,
        TrailEntry.record_id,
        TrailEntry.field,
        TrailEntry.action,
        TrailEntry.new_value,
    )
    last = 0
    while True:
        rows = session.execute(
            select(*columns).where(TrailEntry.seq > last).order_by(TrailEntry.seq).limit(BATCH)
        ).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def _changes(session: Session) -> Iterator[Any]:
    columns = (
        Change.trail_seq,
        Change.change_id,
        Change.entity,
        Change.entity_id,
        Change.field,
        Change.kind,
        # The stored JSON text, parsed only where it is compared (SQLAlchemy's JSON type
        # would parse every value through its result processor, the slow part of this walk).
        cast(Change.value, Text).label("value"),
    )
    last: tuple[int, str] = (0, "")
    while True:
        rows = session.execute(
            select(*columns)
            .where(
                Change.trail_seq >= last[0],  # a range on the index; the rest filters within
                (Change.trail_seq > last[0]) | (Change.change_id > last[1]),
            )
            .order_by(Change.trail_seq, Change.change_id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        yield from rows
        last = (rows[-1].trail_seq, rows[-1].change_id)
