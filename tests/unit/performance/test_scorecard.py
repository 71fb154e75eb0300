"""The scorecard's parts, weights and bands against figures worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from sqms_desktop.performance.scorecard import (
    AuditFacts,
    Bands,
    PartValue,
    QualityRule,
    Weights,
    audit_part,
    combine,
    delivery_part,
    last_complete_period,
    period_bounds,
    quality_part,
    responsiveness_part,
)
from sqms_desktop.vocab import Band, ScorecardPart

P = ScorecardPart
RULE = QualityRule(target=100, ceiling=2000)


def _parts(
    q: float | None, d: float | None, a: float | None, r: float | None
) -> dict[P, PartValue]:
    return {
        part: PartValue(part, value, f"{part} given")
        for part, value in zip(P, (q, d, a, r), strict=True)
    }


def test_quality_is_100_at_the_target_and_falls_in_a_line_to_0_at_the_ceiling() -> None:
    assert quality_part(100.0, RULE, None).value == 100.0
    assert quality_part(0.0, RULE, None).value == 100.0
    # 1050 PPM: (2000 - 1050) / (2000 - 100) * 100 = 950 / 1900 * 100 = 50
    assert quality_part(1050.0, RULE, None).value == pytest.approx(50.0)
    assert quality_part(2000.0, RULE, None).value == 0.0
    assert quality_part(50_000.0, RULE, None).value == 0.0


def test_quality_is_measured_against_the_agreements_target_where_there_is_one() -> None:
    # agreed 500 PPM: 1250 PPM gives (2000 - 1250) / (2000 - 500) * 100 = 50
    part = quality_part(1250.0, RULE, 500)
    assert part.value == pytest.approx(50.0)
    assert "quality agreement's target of 500 PPM" in part.explanation
    assert "default target of 100 PPM" in quality_part(1250.0, RULE, None).explanation


def test_an_agreed_target_above_the_ceiling_makes_the_part_all_or_nothing() -> None:
    assert quality_part(2500.0, RULE, 3000).value == 100.0
    assert quality_part(3500.0, RULE, 3000).value == 0.0


def test_no_quantity_received_leaves_quality_without_data() -> None:
    assert quality_part(None, RULE, None).value is None


def test_delivery_is_the_on_time_share_or_the_share_of_the_agreed_target() -> None:
    assert delivery_part(85.0, 20, None).value == 85.0
    # 76 % against an agreed 95 %: 76 / 95 * 100 = 80
    assert delivery_part(76.0, 25, 95.0).value == pytest.approx(80.0)
    assert delivery_part(98.0, 50, 95.0).value == 100.0
    assert delivery_part(None, 0, 95.0).value is None
    assert "no deliveries" in delivery_part(None, 0, None).explanation.lower()


def test_audit_part_is_the_latest_audits_score_and_names_the_audit() -> None:
    part = audit_part(AuditFacts("a1", "AUD-2026-0007", dt.date(2026, 5, 4), 83.5))
    assert part.value == 83.5
    assert "AUD-2026-0007" in part.explanation
    assert "2026-05-04" in part.explanation
    assert audit_part(None).value is None


def test_responsiveness_is_the_share_of_stages_on_time() -> None:
    part = responsiveness_part(stages_due=8, on_time=6, mean_days_to_containment=1.5, months=12)
    assert part.value == 75.0
    assert "6 of 8" in part.explanation
    assert "containment 1.5" in part.explanation
    assert responsiveness_part(0, 0, None, 12).value is None


def test_all_four_parts_give_the_weighted_sum() -> None:
    # 0.4*80 + 0.3*90 + 0.2*70 + 0.1*50 = 32 + 27 + 14 + 5 = 78 → B
    result = combine(_parts(80, 90, 70, 50), Weights(), Bands())
    assert result.score == 78.0
    assert result.band == Band.B
    assert [p.effective_weight for p in result.parts] == [40, 30, 20, 10]


def test_a_part_without_data_is_left_out_and_the_others_scaled_up() -> None:
    # never audited: weights 40/30/10 scaled by 100/80 → 50, 37.5, 12.5
    # 0.5*80 + 0.375*90 + 0.125*50 = 40 + 33.75 + 6.25 = 80
    result = combine(_parts(80, 90, None, 50), Weights(), Bands())
    assert result.score == 80.0
    audit = result.parts[2]
    assert audit.effective_weight == 0
    assert "Left out" in audit.explanation
    assert result.parts[0].effective_weight == 50.0
    assert "scaled to 50 %" in result.parts[0].explanation


def test_no_part_with_data_gives_no_score_and_no_band() -> None:
    result = combine(_parts(None, None, None, None), Weights(), Bands())
    assert (result.score, result.band) == (None, None)


def test_other_weights_change_the_score() -> None:
    # 0.25 * (80 + 90 + 70 + 50) = 72.5
    result = combine(_parts(80, 90, 70, 50), Weights(25, 25, 25, 25), Bands())
    assert result.score == 72.5


def test_only_parts_weighing_nothing_give_no_score() -> None:
    result = combine(_parts(None, None, 70, None), Weights(50, 50, 0, 0), Bands())
    assert result.score is None


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (90.0, Band.A),
        (89.9, Band.B),
        (70.0, Band.B),
        (69.9, Band.C),
        (100.0, Band.A),
        (0.0, Band.C),
    ],
)
def test_bands_at_their_boundaries(score: float, band: Band) -> None:
    assert combine(_parts(score, None, None, None), Weights(), Bands()).band == band


def test_the_band_is_read_from_the_score_as_printed() -> None:
    # 89.96 prints as 90.0 and is band A
    assert combine(_parts(89.96, None, None, None), Weights(), Bands()).band == Band.A


def test_other_bands_move_the_boundaries() -> None:
    assert Bands(a_from=95, b_from=80).band(94.9) == Band.B
    assert Bands(a_from=95, b_from=80).band(79.9) == Band.C


def test_a_periods_bounds_and_the_last_complete_period() -> None:
    assert period_bounds("2026-02") == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert period_bounds("2026-12") == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert last_complete_period(dt.date(2026, 1, 1)) == "2025-12"
    assert last_complete_period(dt.date(2026, 12, 31)) == "2026-11"
