"""CAPA responsiveness for the scorecard: which 8D stages were accepted by their due date.

A stage counts when its due date falls in the window (the twelve months up to the end of the
scorecard's period). It was on time when the quality engineer accepted it on or before that
date; late when accepted after it, or when it was still not accepted at the window's end. A
stage of a cancelled CAPA that was never accepted is not owed and does not count. The mean days
to containment (issue to the acceptance of containment, for containments accepted in the window)
is shown beside the share, not scored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# The months of CAPA history a period's responsiveness looks at.
WINDOW_MONTHS = 12
CONTAINMENT = "containment"


@dataclass(frozen=True)
class CapaFacts:
    """What responsiveness needs of one CAPA: its stages' due dates and their acceptances."""

    capa_id: str
    reference: str
    issued_on: dt.date | None
    cancelled: bool
    dues: Mapping[str, dt.date]  # stage (the state reached) → due date
    accepted: tuple[tuple[str, dt.date], ...] = ()  # (stage, accepted on), every acceptance
    # stage → its acceptance dates, latest first (made from `accepted`)
    by_stage: dict[str, tuple[dt.date, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        grouped: dict[str, list[dt.date]] = {}
        for stage, on in self.accepted:
            grouped.setdefault(stage, []).append(on)
        by_stage = {stage: tuple(sorted(days, reverse=True)) for stage, days in grouped.items()}
        object.__setattr__(self, "by_stage", by_stage)


@dataclass(frozen=True)
class StageCheck:
    """One stage due in the window, and whether it was accepted by its date."""

    capa_id: str
    reference: str
    stage: str
    due: dt.date
    accepted_on: dt.date | None
    days_late: int  # 0 when on time; counted to the window's end when not accepted

    @property
    def on_time(self) -> bool:
        return self.days_late == 0


@dataclass(frozen=True)
class Responsiveness:
    checks: tuple[StageCheck, ...]
    days_to_containment: tuple[int, ...]

    @property
    def on_time(self) -> int:
        return sum(1 for c in self.checks if c.on_time)

    @property
    def late(self) -> tuple[StageCheck, ...]:
        return tuple(c for c in self.checks if not c.on_time)

    @property
    def mean_days_to_containment(self) -> float | None:
        days = self.days_to_containment
        return sum(days) / len(days) if days else None


def _accepted_by(capa: CapaFacts, stage: str, end: dt.date) -> dt.date | None:
    """The latest acceptance of `stage` up to `end` (a reopened CAPA accepts stages again)."""
    for on in capa.by_stage.get(stage, ()):
        if on <= end:
            return on
    return None


def stage_counts(capas: Iterable[CapaFacts], start: dt.date, end: dt.date) -> tuple[int, int]:
    """(stages counted, stages on time) as `responsiveness` counts them, without the details:
    what the months before the one shown need."""
    counted = on_time = 0
    for capa in capas:
        for stage, due in capa.dues.items():
            if due < start or due > end:
                continue
            accepted = _accepted_by(capa, stage, end)
            if accepted is None:
                if not capa.cancelled and due < end:
                    counted += 1
            else:
                counted += 1
                on_time += accepted <= due
    return counted, on_time


def responsiveness(capas: Iterable[CapaFacts], start: dt.date, end: dt.date) -> Responsiveness:
    """The stages due from `start` to `end` (both included), in due-date order."""
    checks: list[StageCheck] = []
    containment_days: list[int] = []
    for capa in capas:
        for stage, due in capa.dues.items():
            if not start <= due <= end:
                continue
            accepted = _accepted_by(capa, stage, end)
            if accepted is None and (capa.cancelled or due >= end):
                continue  # not owed any more, or not yet late
            late_to = accepted if accepted is not None else end
            checks.append(
                StageCheck(
                    capa.capa_id,
                    capa.reference,
                    stage,
                    due,
                    accepted,
                    max(0, (late_to - due).days),
                )
            )
        contained = _accepted_by(capa, CONTAINMENT, end)
        if capa.issued_on is not None and contained is not None and contained >= start:
            containment_days.append((contained - capa.issued_on).days)
    checks.sort(key=lambda c: (c.due, c.reference, c.stage))
    return Responsiveness(tuple(checks), tuple(containment_days))
