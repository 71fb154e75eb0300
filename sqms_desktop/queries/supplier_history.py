"""A supplier's status history, read from the trail: its creation and every status change with
when, who, from what to what and why.

The trail is the record (docs/design.md, "The trail chain"): the history is not kept a second
time, so it cannot disagree with what `sqms trail verify` checks.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from sqms_desktop.i18n import language, translate
from sqms_desktop.queries.trail import STORED_TIME_FORMAT, local_time_text
from sqms_desktop.store.ledger import TrailEntry
from sqms_desktop.store.models import Supplier, User
from sqms_desktop.vocab import inline_word

SUPPLIER_ENTITY = Supplier.__tablename__


@dataclass(frozen=True)
class StatusChange:
    """One step of the history; the creation has no old status."""

    seq: int
    at_utc: dt.datetime
    local_time: str  # where it was written, with the offset: "2026-03-02 10:15:00 +01:00"
    user: str  # the user name, as the trail keeps it
    user_name: str  # the printed name (the user name for someone no longer in the store)
    old_status: str | None
    new_status: str
    reason: str

    @property
    def created(self) -> bool:
        return self.old_status is None

    def describe(self) -> str:
        new = inline_word(self.new_status) if language() == "de" else self.new_status
        if self.created:
            step = translate("supplier_history", "created as {status}").format(status=new)
        else:
            old = inline_word(self.old_status or "") if language() == "de" else self.old_status
            step = f"{old} → {new}"
        why = f": {self.reason}" if self.reason else ""
        return f"{self.local_time}  {self.user_name}  {step}{why}"


def status_history(session: Session, supplier_id: str) -> list[StatusChange]:
    """Oldest first."""
    entries = session.scalars(
        select(TrailEntry)
        .where(
            TrailEntry.record_id == supplier_id,
            TrailEntry.entity == SUPPLIER_ENTITY,
            or_(TrailEntry.action == "create", TrailEntry.field == "status"),
        )
        .order_by(TrailEntry.seq)
    ).all()
    wanted = select(User.username, User.full_name).where(
        User.username.in_({e.user for e in entries})
    )
    names: dict[str, str] = dict(session.execute(wanted).all())
    history = []
    for entry in entries:
        new = _decoded(entry.new_value)
        if entry.action == "create":
            old, new = None, new.get("status", "") if isinstance(new, dict) else ""
        else:
            old = str(_decoded(entry.old_value) or "")
        at_utc = dt.datetime.strptime(entry.at_utc, STORED_TIME_FORMAT).replace(tzinfo=dt.UTC)
        history.append(
            StatusChange(
                entry.seq,
                at_utc,
                local_time_text(at_utc, entry.utc_offset_minutes),
                entry.user,
                names.get(entry.user, entry.user),
                old,
                str(new or ""),
                entry.reason,
            )
        )
    return history


def _decoded(stored: str | None) -> object:
    return None if stored is None else json.loads(stored)
