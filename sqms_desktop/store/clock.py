"""Time in the store: the hybrid logical clock, which orders changes across replicas and breaks
ties but never decides causality, and how wall-clock times are kept in record columns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.i18n import translate
from sqms_desktop.store.ledger import TrailEntry

COUNTER_LIMIT = 1_000_000


@dataclass(frozen=True, order=True)
class Hlc:
    wall_ms: int
    counter: int

    def encode(self) -> str:
        """Fixed-width text, so sorting the text sorts the clock."""
        return f"{self.wall_ms:013d}-{self.counter:06d}"

    @classmethod
    def decode(cls, text: str) -> Hlc:
        wall, _, counter = text.partition("-")
        return cls(int(wall), int(counter))

    def moment(self) -> dt.datetime:
        """The physical part as the wall-clock time a person reads (aware, UTC)."""
        return dt.datetime.fromtimestamp(self.wall_ms / 1000, dt.UTC)

    def tick(self, now_ms: int) -> Hlc:
        """The next local timestamp: physical time when it moved on, else one more count."""
        if now_ms > self.wall_ms:
            return Hlc(now_ms, 0)
        if self.counter + 1 >= COUNTER_LIMIT:
            return Hlc(self.wall_ms + 1, 0)
        return Hlc(self.wall_ms, self.counter + 1)

    def receive(self, remote: Hlc, now_ms: int) -> Hlc:
        """The clock after seeing a remote timestamp, so later local changes sort after it."""
        wall = max(self.wall_ms, remote.wall_ms, now_ms)
        if wall == self.wall_ms == remote.wall_ms:
            counter = max(self.counter, remote.counter) + 1
        elif wall == self.wall_ms:
            counter = self.counter + 1
        elif wall == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        if counter >= COUNTER_LIMIT:
            return Hlc(wall + 1, 0)
        return Hlc(wall, counter)


def utc_naive(moment: dt.datetime) -> dt.datetime:
    """How timestamps are kept in record columns: UTC without tzinfo."""
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


# The clock policy, in one place (docs/design.md, "The clock policy"). Offline, the only
# references a computer has are its own clock and the times already in the store:
# - a received change stamped more than MAX_FUTURE ahead of this computer's clock is refused
#   (sync/wire.py, for JSON and Excel bundles alike): its author's clock is wrong, and taking
#   it would drag every later local change's HLC along;
# - a clock behind the store's newest trail entry by more than BEHIND_TOLERANCE is warned
#   about (window status bar, stderr of the command line): new entries would look older than
#   earlier ones;
# - a clock more than FAR_AHEAD ahead of the newest entry is warned about too: a store may
#   rest for months, so that alone cannot refuse a write, but a wrong year shows here.
MAX_FUTURE = dt.timedelta(days=1)
BEHIND_TOLERANCE = dt.timedelta(minutes=5)
FAR_AHEAD = dt.timedelta(days=366)


def newest_entry_time(session: Session) -> dt.datetime | None:
    """When the newest trail entry was made (aware, UTC); None for an empty trail."""
    text = session.scalar(select(TrailEntry.at_utc).order_by(TrailEntry.seq.desc()).limit(1))
    if not text:
        return None
    return dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))


def clock_warning(newest: dt.datetime | None, now: dt.datetime) -> str | None:
    """What to tell the person at this computer about its clock, or None when it looks right."""
    if newest is None:
        return None
    gap = now - newest
    shown = f"{newest.astimezone(now.tzinfo):%Y-%m-%d %H:%M}"
    clock = f"{now:%Y-%m-%d %H:%M}"
    if -gap > BEHIND_TOLERANCE:
        return translate(
            "clock",
            "This computer's clock ({clock}) is {span} behind the newest entry in the "
            "store ({shown}); set the date and time right before recording anything, or new "
            "entries will look older than earlier ones.",
        ).format(clock=clock, span=_span(-gap), shown=shown)
    if gap > FAR_AHEAD:
        return translate(
            "clock",
            "This computer's clock ({clock}) is {span} ahead of the newest entry in the "
            "store ({shown}); check the date and time before recording or signing anything.",
        ).format(clock=clock, span=_span(gap), shown=shown)
    return None


def _span(delta: dt.timedelta) -> str:
    # Never 1 of a unit: the warnings begin beyond 5 minutes, hours at 2, days at 2.
    minutes = int(delta.total_seconds() // 60)
    if minutes < 120:
        return translate("clock", "{n} minutes").format(n=minutes)
    if minutes < 2 * 24 * 60:
        return translate("clock", "{n} hours").format(n=minutes // 60)
    return translate("clock", "{n} days").format(n=minutes // (24 * 60))
