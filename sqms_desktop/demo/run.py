"""The state one demo run carries from step to step: random streams, clock, ids, and what it made.

Every step of the demo (suppliers, audits, findings, CAPAs) takes this one object, so the draws
from its random streams happen in a single fixed order; that order is what makes the same seed
and reference date give the same store, ids included. The small records of what was made
(suppliers, templates' questions, findings, audits held) let later steps build on earlier ones
without reading the store back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from sqms_desktop.checklists.conditions import Condition
from sqms_desktop.demo.evidence import DemoCamera
from sqms_desktop.demo.options import DemoOptions, DemoSummary
from sqms_desktop.demo.timeline import Timeline
from sqms_desktop.demo.words import ADMIN_USER, USERS, Country
from sqms_desktop.progress import Progress
from sqms_desktop.store.attachments import AttachmentFolder
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext

DEMO_TZ = dt.timezone(dt.timedelta(hours=1))  # fixed: no demo moment moves with summer time


@dataclass
class DemoSupplier:
    """A supplier the demo made, with what its audits and CAPAs draw on."""

    id: str
    code: str
    name: str
    country: Country
    site_ids: list[str]
    contact: str
    speed: float  # how fast the supplier answers CAPAs: 1.0 on time, > 1 late


@dataclass(frozen=True)
class DemoQuestion:
    """A template question as answering needs it: its type, range, options and condition."""

    id: str
    qid: str
    type: str
    clause: str
    options: tuple[str, ...]
    low: float | None
    high: float | None
    condition: Condition | None
    star: bool


@dataclass
class DemoTemplate:
    """A released library template and the audit type the demo uses it for."""

    id: str
    key: str
    scheme: str
    audit_type: str
    questions: list[DemoQuestion]

    def read_by_conditions(self) -> set[str]:
        """Question ids other questions' conditions read: their answers stay plain values."""
        return {name for q in self.questions if q.condition for name in q.condition.names()}


class MadeFinding(NamedTuple):
    """A finding the demo raised (id and class first: what a CAPA links)."""

    id: str
    cls: str
    reference: str
    question_id: str | None
    statement: str


@dataclass(frozen=True)
class HeldAudit:
    """An audit that took place, as a follow-up needs it."""

    audit_id: str
    supplier: DemoSupplier
    template: DemoTemplate
    end: dt.date
    lead: str
    auditor: str
    classes: frozenset[str]


class DemoClock:
    """The demo's clock: set to the moment each simulated action happens."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment


class DemoRun:
    """One generation's store, options, random streams, clock and what it has made so far."""

    def __init__(
        self,
        store: Store,
        options: DemoOptions,
        progress: Progress | None,
        attachments: Path | None = None,
    ) -> None:
        self.store = store
        self.options = options
        self.progress = progress or Progress()
        self.rng = random.Random(options.seed)
        self.today = options.today or dt.date.today()
        # The last moment anything is recorded: the reference day's end of work (17:00), or now
        # when the reference day is today (a demo made at 9 o'clock whose trail ran to 17:00
        # made the window warn that this computer's clock was eight hours behind the store).
        self.latest = self.at(self.today, 17)
        if self.today == dt.date.today():
            self.latest = min(self.latest, dt.datetime.now(DEMO_TZ).replace(microsecond=0))
        self.clock = DemoClock(self.at(self.today - dt.timedelta(days=830), 8))
        self.timeline = Timeline()
        id_rng = random.Random(options.seed * 7919 + 1)
        self.context = WriteContext(
            user=ADMIN_USER,
            clock=self.clock,
            new_id=lambda: str(uuid.UUID(int=id_rng.getrandbits(128), version=4)),
            # A demo's trail key follows from its seed like everything else in it; a demo
            # store is for looking at, not evidence.
            trail_secret=hashlib.sha256(f"sqms demo trail {options.seed}".encode()).digest(),
        )
        self.summary = DemoSummary()
        self.users: dict[str, str] = {}
        self.leads: list[str] = []
        self.auditors: list[str] = []
        self.quality_engineer = "marta.zielinska"
        self.suppliers: list[DemoSupplier] = []
        self.templates: list[DemoTemplate] = []
        self.capa_count = 0
        # Notes, N/A, closing meetings and evidence draw from streams of their own, so they can
        # change without reshuffling the audits, findings and CAPAs drawn from `rng`.
        self.words = random.Random(options.seed * 104_729 + 7)
        # Master-data details (addresses, processes, more contacts, scopes, status history)
        # likewise, so adding one does not reshuffle the audits.
        self.details = random.Random(options.seed * 15_485_863 + 3)
        # A side folder when the caller gives one (a new file store, renamed into place at the
        # end); else the store's own attachments (a database server's table).
        self.camera = DemoCamera(
            AttachmentFolder(attachments) if attachments else None, options.seed
        )
        self.full_names = {username: full_name for username, full_name, _ in USERS}
        self.held: list[HeldAudit] = []
        self.followed: set[str] = set()  # suppliers with a follow-up audit
        # Told of each audit as it is completed (the follow-up planner listens).
        self.after_held: Callable[[HeldAudit], None] | None = None

    def at(self, day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        """A moment on `day` in the demo's time zone."""
        return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=DEMO_TZ)

    def uow(self, moment: dt.datetime, user: str = ADMIN_USER) -> UnitOfWork:
        """A unit of work for `user` whose changes are recorded at `moment`."""
        # Nothing is recorded after the reference day (nor after now, on today): a trail from
        # the future is not a trail. Nor before the last write: the timeline runs writes in
        # time order, and this keeps the trail's times running forward even where two
        # processes share a moment.
        self.clock.moment = max(min(moment, self.latest), self.clock.moment)
        context = WriteContext(
            user=user,
            clock=self.clock,
            new_id=self.context.new_id,
            trail_secret=self.context.trail_secret,
        )
        return UnitOfWork(self.store, context)


def tally(counter: dict[str, int], key: str) -> None:
    """Count one more `key` in one of the summary's by-status, by-class or by-state counters."""
    counter[str(key)] = counter.get(str(key), 0) + 1
