"""Reproducible writes: a clock that steps, ids that count, and another user's unit of work."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Callable

from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext

TZ = dt.timezone(dt.timedelta(hours=1))
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=TZ)


class StepClock:
    """A clock that moves one second per reading, so trails and HLCs are reproducible."""

    def __init__(self, start: dt.datetime = START) -> None:
        self._ticks = itertools.count()
        self.start = start

    def __call__(self) -> dt.datetime:
        return self.start + dt.timedelta(seconds=next(self._ticks))


def counting_ids(seed: int = 1) -> Callable[[], str]:
    counter = itertools.count(1)
    return lambda: str(uuid.UUID(int=seed << 64 | next(counter)))


def acting(store: Store, username: str, context: WriteContext | None = None) -> UnitOfWork:
    """One action of another user of the store (same clock and ids as the fixtures)."""
    base = context or WriteContext(user=username)
    return UnitOfWork(store, WriteContext(user=username, clock=base.clock, new_id=base.new_id))
