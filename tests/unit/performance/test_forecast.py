"""The trend line and its forecast, checked against sums done by hand."""

from __future__ import annotations

import pytest

from sqms_desktop.performance.forecast import fit, trend
from sqms_desktop.performance.kpi import periods_ending
from sqms_desktop.performance.scorecard import Bands
from sqms_desktop.vocab import Band

PERIODS = periods_ending("2026-11", 6)


def _scores(*values: float | None) -> list[tuple[str, float | None]]:
    return list(zip(PERIODS, values, strict=True))


def test_the_least_squares_line_through_points_done_by_hand() -> None:
    # x 0,1,2,3; y 1,3,2,6: mean x 1.5, mean y 3; deviations x -1.5,-.5,.5,1.5, y -2,0,-1,3
    # Sxy = 3 + 0 - 0.5 + 4.5 = 7, Sxx = 5 → slope 1.4, intercept 3 - 1.4 * 1.5 = 0.9
    slope, intercept = fit([(0, 1), (1, 3), (2, 2), (3, 6)])
    assert slope == pytest.approx(1.4)
    assert intercept == pytest.approx(0.9)


def test_a_declining_series_in_band_a_is_flagged_before_it_leaves_the_band() -> None:
    # 100, 99, … 95: slope -1, intercept 100; forecast 94, 93, 92 — still A, not flagged
    steady = trend(_scores(100, 99, 98, 97, 96, 95), Bands())
    assert steady is not None
    assert not steady.flagged
    # 100, 98, 96, 94, 92, 90 (slope -2), still in A at 90:
    # forecast at x = 6, 7, 8 is 88, 86, 84, below A's lower bound of 90 in the next period
    falling = trend(_scores(100, 98, 96, 94, 92, 90), Bands())
    assert falling is not None
    assert falling.band == Band.A
    assert falling.slope == pytest.approx(-2.0)
    assert falling.intercept == pytest.approx(100.0)
    assert [(p.period, p.score) for p in falling.forecast] == [
        ("2026-12", 88.0),
        ("2027-01", 86.0),
        ("2027-02", 84.0),
    ]
    assert falling.flagged
    assert "below band A's lower bound of 90 in 2026-12" in falling.explanation


def test_a_flat_series_is_not_flagged() -> None:
    flat = trend(_scores(80, 80, 80, 80, 80, 80), Bands())
    assert flat is not None
    assert flat.slope == 0
    assert not flat.flagged
    assert [p.score for p in flat.forecast] == [80.0, 80.0, 80.0]


def test_a_slow_fall_flags_only_when_the_third_period_ahead_crosses() -> None:
    # B at 74, falling 1 a period: 73, 72, 71 ≥ 70, not flagged; falling 1.5 a period:
    # 72.5, 71, 69.5, flagged
    assert not trend(_scores(79, 78, 77, 76, 75, 74), Bands()).flagged  # type: ignore[union-attr]
    fast = trend(_scores(81.5, 80, 78.5, 77, 75.5, 74), Bands())
    assert fast is not None
    assert fast.flagged
    assert [p.score for p in fast.forecast] == [72.5, 71.0, 69.5]


def test_periods_without_a_score_are_left_out_of_the_fit() -> None:
    # points (0, 90), (2, 86), (5, 80): the line keeps each period's own x
    result = trend(_scores(90, None, 86, None, None, 80), Bands())
    assert result is not None
    assert [p.x for p in result.points] == [0, 2, 5]
    slope, _ = fit([(0, 90), (2, 86), (5, 80)])
    assert result.slope == pytest.approx(slope)


def test_fewer_than_three_scores_give_no_trend() -> None:
    assert trend(_scores(None, None, None, None, 90, 80), Bands()) is None


def test_band_c_and_no_current_score_are_never_flagged() -> None:
    low = trend(_scores(69, 60, 50, 40, 30, 20), Bands())
    assert low is not None
    assert low.band == Band.C
    assert not low.flagged
    gone = trend(_scores(100, 95, 90, 85, 80, None), Bands())
    assert gone is not None
    assert gone.band is None
    assert not gone.flagged
