"""Trend and forecast of a supplier's score (DESIGN §6): a straight line a person can check.

The line is fitted by least squares through the scores of the last six periods (x = 0 for the
oldest period, 5 for the current one; periods without a score are left out, and at least three
points are needed). It is carried three periods ahead; the supplier is flagged when the line
falls below the lower bound of the band it is in now within those three periods. Band C has no
band below it, so it is never flagged; a supplier without a current score neither.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqms_desktop.i18n import figure_text, translate
from sqms_desktop.performance.kpi import shift_period
from sqms_desktop.performance.scorecard import Bands
from sqms_desktop.vocab import Band

PERIODS = 6
AHEAD = 3
MIN_POINTS = 3


@dataclass(frozen=True)
class Point:
    period: str
    x: int
    score: float


@dataclass(frozen=True)
class Trend:
    points: tuple[Point, ...]
    slope: float  # score points per period
    intercept: float  # the line's value at x = 0 (the oldest period)
    forecast: tuple[Point, ...]  # the line at the next AHEAD periods
    band: Band | None
    lower_bound: float | None
    flagged: bool
    explanation: str

    def at(self, x: float) -> float:
        return self.intercept + self.slope * x


def fit(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """(slope, intercept) of the least-squares line through (x, y) points (two or more x)."""
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in points)
    slope = sxy / sxx
    return slope, mean_y - slope * mean_x


def trend(scores: Sequence[tuple[str, float | None]], bands: Bands) -> Trend | None:
    """The trend of the scores of the last PERIODS periods (oldest first, the current last);
    None with fewer than MIN_POINTS scores."""
    recent = list(scores)[-PERIODS:]
    points = tuple(Point(p, x, s) for x, (p, s) in enumerate(recent) if s is not None)
    if len(points) < MIN_POINTS:
        return None
    slope, intercept = fit([(p.x, p.score) for p in points])
    last_x, last_period = len(recent) - 1, recent[-1][0]
    forecast = tuple(
        Point(shift_period(last_period, k), last_x + k, round(intercept + slope * (last_x + k), 1))
        for k in range(1, AHEAD + 1)
    )
    current = recent[-1][1]
    band = bands.band(current) if current is not None else None
    lower = bands.lower_bound(band) if band is not None and band != Band.C else None
    below = [f for f in forecast if lower is not None and f.score < lower]
    line = translate(
        "scorecard",
        "Least-squares line through {n} periods: {slope} points per period (value {value} at "
        "{period}); forecast {forecast}.",
    ).format(
        n=len(points),
        slope=figure_text(f"{slope:+.2f}"),
        value=figure_text(f"{intercept:.1f}"),
        period=recent[0][0],
        forecast=", ".join(f"{f.period} {figure_text(f'{f.score:.1f}')}" for f in forecast),
    )
    if below:
        said = translate(
            "scorecard", "Falls below band {band}'s lower bound of {bound} in {period}."
        ).format(band=band, bound=figure_text(f"{lower:g}"), period=below[0].period)
    elif band is None:
        said = translate("scorecard", "No current score: no flag.")
    elif lower is None:
        said = translate("scorecard", "Band C has no band below it: no flag.")
    else:
        said = translate(
            "scorecard", "Stays at or above band {band}'s lower bound of {bound}."
        ).format(band=band, bound=figure_text(f"{lower:g}"))
    return Trend(points, slope, intercept, forecast, band, lower, bool(below), f"{line} {said}")
