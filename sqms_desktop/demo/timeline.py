"""The demo's story told in time order: each audit, CAPA and supplier history is a process
that says when its next write happens, and the timeline runs the earliest one next.

A process is a generator that yields the moment of its next write, then writes when it is
resumed; it may start other processes (a CAPA's stages run beside the audit's sign-off). Run
one after the other, the audits' later steps (CAPA stages weeks on) would be written before
the next audit began, and the trail would jump back and forth in time; on the timeline the
trail's times run forward, as a real store's do. Ties keep the order the processes were
started in, so the run, and so the store, stays the same for a seed.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Generator
from typing import Any

# A demo process: yields the moment of each of its writes before making it.
Process = Generator[dt.datetime, None, Any]


class Timeline:
    """Processes waiting for their next moment, earliest first."""

    def __init__(self) -> None:
        self._waiting: list[tuple[dt.datetime, int, Process]] = []
        self._started = 0

    def start(self, process: Process) -> None:
        """Let `process` run up to its first write, which waits for its moment."""
        self._wait(process)

    def run(self) -> None:
        """Resume the process whose write is due first, until none is left."""
        while self._waiting:
            _, _, process = heapq.heappop(self._waiting)
            self._wait(process)

    def _wait(self, process: Process) -> None:
        try:
            moment = next(process)
        except StopIteration:
            return
        self._started += 1
        heapq.heappush(self._waiting, (moment, self._started, process))
