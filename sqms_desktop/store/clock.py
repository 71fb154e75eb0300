"""Time in the store: the hybrid logical clock, which orders changes across replicas and breaks
ties but never decides causality, and how wall-clock times are kept in record columns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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
