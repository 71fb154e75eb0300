"""The scorecard (DESIGN §6; docs/design.md "Scorecards"): four parts mapped to 0–100, their
weighted sum, and the band it falls in.

Each part comes with a sentence a quality manager can check against the figures: which target
it was measured against and how the value follows from it. A part without data (no deliveries,
never audited, no CAPA stage due) is left out and the weights of the others are scaled up so
they still add up to 100; without any part there is no score and no band.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqms_desktop.i18n import date_text, figure_text, translate
from sqms_desktop.vocab import Band, ScorecardPart, inline_word

P = ScorecardPart


@dataclass(frozen=True)
class Weights:
    """The parts' weights in per cent (store policies `scorecard_weight_*`), together 100."""

    quality: int = 40
    delivery: int = 30
    audit: int = 20
    responsiveness: int = 10

    def of(self, part: ScorecardPart) -> int:
        value: int = getattr(self, part.value)
        return value

    def in_order(self) -> tuple[int, int, int, int]:
        """The weights in the order of `ScorecardPart`."""
        return (self.quality, self.delivery, self.audit, self.responsiveness)


@dataclass(frozen=True)
class Bands:
    """The lowest score of band A and of band B (store policies `scorecard_band_*_from`)."""

    a_from: float = 90
    b_from: float = 70

    def band(self, score: float) -> Band:
        if score >= self.a_from:
            return Band.A
        return Band.B if score >= self.b_from else Band.C

    def lower_bound(self, band: Band) -> float:
        return {Band.A: self.a_from, Band.B: self.b_from, Band.C: 0.0}[band]


@dataclass(frozen=True)
class QualityRule:
    """PPM at or below `target` scores 100, at or above `ceiling` 0, in a straight line between."""

    target: int = 100
    ceiling: int = 2000


@dataclass(frozen=True)
class PartValue:
    """One part before weighting: its 0–100 value (None: no data) and why it is that."""

    part: ScorecardPart
    value: float | None
    explanation: str


@dataclass(frozen=True)
class PartScore:
    """One part as it enters the score: the configured weight and the weight it carried after
    the parts without data were left out (0 for those)."""

    part: ScorecardPart
    value: float | None
    weight: int
    effective_weight: float
    explanation: str


@dataclass(frozen=True)
class ScoreResult:
    parts: tuple[PartScore, ...]
    score: float | None
    band: Band | None
    explanation: str


def _num(value: float) -> str:
    """A figure in the sentences, in the language now in use (1,234.5 or 1.234,5)."""
    return figure_text(f"{value:,.1f}".rstrip("0").rstrip("."))


def quality_value(ppm: float | None, rule: QualityRule, agreed_target: int | None) -> float | None:
    if ppm is None:
        return None
    target = rule.target if agreed_target is None else agreed_target
    if ppm <= target:
        return 100.0
    if ppm >= rule.ceiling or target >= rule.ceiling:
        return 0.0
    return 100 * (rule.ceiling - ppm) / (rule.ceiling - target)


def quality_part(ppm: float | None, rule: QualityRule, agreed_target: int | None) -> PartValue:
    """100 at or below the target (the agreement's where there is one), 0 at the ceiling."""
    value = quality_value(ppm, rule, agreed_target)
    if ppm is None or value is None:
        return PartValue(
            P.QUALITY, None, translate("scorecard", "No quantity received in the period: no PPM.")
        )
    target = rule.target if agreed_target is None else agreed_target
    said = (
        translate("scorecard", "{ppm} PPM against the quality agreement's target of {target} PPM")
        if agreed_target is not None
        else translate("scorecard", "{ppm} PPM against the default target of {target} PPM")
    ).format(ppm=_num(ppm), target=_num(target))
    if ppm <= target:
        return PartValue(
            P.QUALITY,
            value,
            translate("scorecard", "{said}: at or below the target, 100.").format(said=said),
        )
    if value == 0.0:
        return PartValue(
            P.QUALITY,
            0.0,
            translate("scorecard", "{said}: at or above the ceiling of {ceiling} PPM, 0.").format(
                said=said, ceiling=_num(rule.ceiling)
            ),
        )
    return PartValue(
        P.QUALITY,
        value,
        translate(
            "scorecard",
            "{said}: falling in a straight line from 100 at the target to 0 at {ceiling} PPM, "
            "{value}.",
        ).format(said=said, ceiling=_num(rule.ceiling), value=_num(value)),
    )


def delivery_value(on_time_pct: float | None, agreed_target_pct: float | None) -> float | None:
    if on_time_pct is None or agreed_target_pct is None or agreed_target_pct <= 0:
        return on_time_pct
    return min(100.0, on_time_pct / agreed_target_pct * 100)


def delivery_part(
    on_time_pct: float | None, deliveries: int, agreed_target_pct: float | None
) -> PartValue:
    """The on-time delivery % itself; against an agreed target, the share of the target met."""
    value = delivery_value(on_time_pct, agreed_target_pct)
    if on_time_pct is None or value is None:
        return PartValue(P.DELIVERY, None, translate("scorecard", "No deliveries in the period."))
    said = translate("scorecard", "{pct} % of {deliveries} deliveries on time").format(
        pct=_num(on_time_pct), deliveries=deliveries
    )
    if agreed_target_pct is None or agreed_target_pct <= 0:
        return PartValue(
            P.DELIVERY,
            value,
            translate("scorecard", "{said}: the part is that share.").format(said=said),
        )
    met = (
        translate("scorecard", "target met, 100")
        if value >= 100
        else translate("scorecard", "{value} % of the target").format(value=_num(value))
    )
    return PartValue(
        P.DELIVERY,
        value,
        translate(
            "scorecard", "{said} against the quality agreement's target of {target} %: {met}."
        ).format(said=said, target=_num(agreed_target_pct), met=met),
    )


@dataclass(frozen=True)
class AuditFacts:
    """The audit whose score the audit part takes."""

    audit_id: str
    reference: str
    on: dt.date
    score: float


def audit_value(audit: AuditFacts | None) -> float | None:
    return None if audit is None else max(0.0, min(100.0, audit.score))


def audit_part(audit: AuditFacts | None) -> PartValue:
    value = audit_value(audit)
    if audit is None or value is None:
        return PartValue(
            P.AUDIT,
            None,
            translate("scorecard", "Never audited (no scored audit up to the period)."),
        )
    return PartValue(
        P.AUDIT,
        value,
        translate(
            "scorecard", "The latest scored audit, {reference} of {date}, scored {score} %."
        ).format(reference=audit.reference, date=date_text(audit.on), score=_num(audit.score)),
    )


def responsiveness_value(stages_due: int, on_time: int) -> float | None:
    return on_time / stages_due * 100 if stages_due else None


def responsiveness_part(
    stages_due: int, on_time: int, mean_days_to_containment: float | None, months: int
) -> PartValue:
    """The share of the CAPA stages due in the last `months` months reviewed by their date."""
    if stages_due == 0:
        return PartValue(
            P.RESPONSIVENESS,
            None,
            translate("scorecard", "No CAPA stage was due in the last {months} months.").format(
                months=months
            ),
        )
    value = on_time / stages_due * 100
    containment = (
        translate("scorecard", "; mean days to containment {days}").format(
            days=_num(mean_days_to_containment)
        )
        if mean_days_to_containment is not None
        else ""
    )
    return PartValue(
        P.RESPONSIVENESS,
        value,
        translate(
            "scorecard",
            "{on_time} of {due} CAPA stages due in the last {months} months accepted on time: "
            "{value}",
        ).format(on_time=on_time, due=stages_due, months=months, value=_num(value))
        + containment
        + ".",
    )


def weighted(values: Sequence[float | None], weights: Weights) -> tuple[float | None, list[float]]:
    """The score (rounded to one decimal) of the part values in `P` order, and each part's
    effective weight: the parts with data weigh their weight scaled up so they add to 100."""
    given = weights.in_order()
    total = sum(w for v, w in zip(values, given, strict=True) if v is not None)
    if not total:
        return None, [0.0] * len(given)
    shares = [w * 100 / total if v is not None else 0.0 for v, w in zip(values, given, strict=True)]
    score = sum((v or 0.0) * share / 100 for v, share in zip(values, shares, strict=True))
    return round(score, 1), shares


def score_and_band(
    values: Sequence[float | None], weights: Weights, bands: Bands
) -> tuple[float | None, Band | None]:
    """The score and band alone: what the months before the one shown need."""
    score, _ = weighted(values, weights)
    return score, None if score is None else bands.band(score)


def combine(
    parts: Mapping[ScorecardPart, PartValue], weights: Weights, bands: Bands
) -> ScoreResult:
    """The weighted sum of the parts with data, their weights scaled up to 100 together.

    The score is rounded to one decimal and the band read from the score as printed, so a
    supplier shown at 90.0 is in band A whatever the digits behind it."""
    values = [parts[p].value for p in P]
    score, shares = weighted(values, weights)
    missing = [inline_word(p) for p in P if parts[p].value is None]
    present_weight = sum(weights.of(p) for p in P if parts[p].value is not None)
    scaled = present_weight not in (0, 100) and bool(missing)
    rows = []
    for part, share in zip(P, shares, strict=True):
        given = parts[part]
        note = given.explanation
        if given.value is None:
            note += " " + translate(
                "scorecard", "Left out; the other parts' weights are scaled up."
            )
        elif scaled:
            without = ", ".join(missing)
            note += " " + translate(
                "scorecard", "Weight {weight} % scaled to {share} % ({without} without data)."
            ).format(weight=weights.of(part), share=_num(share), without=without)
        rows.append(PartScore(part, given.value, weights.of(part), share, note))
    if not any(v is not None for v in values):
        return ScoreResult(
            tuple(rows),
            None,
            None,
            translate("scorecard", "No part has data: no score and no band."),
        )
    if score is None:
        return ScoreResult(
            tuple(rows),
            None,
            None,
            translate("scorecard", "The parts with data all weigh 0 %: no score and no band."),
        )
    band = bands.band(score)
    return ScoreResult(
        tuple(rows),
        score,
        band,
        translate("scorecard", "Score {score}: band {band} (from {bound}).").format(
            score=_num(score), band=band, bound=_num(bands.lower_bound(band))
        ),
    )


@functools.cache
def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    """The first and the last day of a period (YYYY-MM)."""
    first = dt.date(int(period[:4]), int(period[5:7]), 1)
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def last_complete_period(today: dt.date) -> str:
    """The month before `today`'s: the default period of a scorecard."""
    first = today.replace(day=1) - dt.timedelta(days=1)
    return f"{first.year:04d}-{first.month:02d}"
