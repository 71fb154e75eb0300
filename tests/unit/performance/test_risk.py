"""The risk register's class rule, against scores worked out by hand."""

from __future__ import annotations

import pytest

from sqms_desktop.errors import ValidationError
from sqms_desktop.performance.risk import OpenRisk, class_of_score, effective_risk_class, risk_score
from sqms_desktop.vocab import RiskClass


def _risk(likelihood: int, impact: int, text: str = "Only one die caster") -> OpenRisk:
    return OpenRisk("single_source", text, likelihood, impact)


@pytest.mark.parametrize(
    ("likelihood", "impact", "score", "implied"),
    [
        (1, 1, 1, RiskClass.LOW),
        (1, 5, 5, RiskClass.LOW),
        (1, 7, None, None),  # impact 7 is off the scale
        (2, 3, 6, RiskClass.LOW),
        (2, 4, 8, RiskClass.MEDIUM),  # the lowest medium
        (3, 4, 12, RiskClass.MEDIUM),
        (2, 7, None, None),
        (3, 5, 15, RiskClass.HIGH),  # the lowest high
        (4, 4, 16, RiskClass.HIGH),
        (5, 5, 25, RiskClass.HIGH),
    ],
)
def test_score_is_likelihood_times_impact_and_implies_a_class(
    likelihood: int, impact: int, score: int | None, implied: RiskClass | None
) -> None:
    if score is None:
        with pytest.raises(ValidationError, match="impact must be a whole number from 1 to 5"):
            risk_score(likelihood, impact)
        return
    assert risk_score(likelihood, impact) == score
    assert class_of_score(score) is implied


def test_a_rating_of_zero_is_refused_naming_likelihood() -> None:
    with pytest.raises(ValidationError, match="likelihood"):
        risk_score(0, 3)


def test_without_open_risks_the_supplier_keeps_its_own_class() -> None:
    assert effective_risk_class("low", []) == (
        RiskClass.LOW,
        "the supplier's own risk class (low)",
    )


def test_a_high_risk_raises_a_low_supplier_to_high_and_says_why() -> None:
    cls, reason = effective_risk_class("low", [_risk(2, 2), _risk(3, 5, "Sole foundry")])
    assert cls is RiskClass.HIGH
    assert reason == (
        "raised from low by the open single source risk “Sole foundry”: "
        "likelihood 3 × impact 5 = 15 (high)"
    )


def test_a_medium_risk_raises_low_to_medium_but_not_high() -> None:
    cls, _ = effective_risk_class("low", [_risk(2, 4)])
    assert cls is RiskClass.MEDIUM


def test_a_risk_never_lowers_the_class() -> None:
    cls, reason = effective_risk_class("high", [_risk(1, 2)])
    assert cls is RiskClass.HIGH
    assert reason == "the supplier's own risk class (high); its highest open risk scores 2 (low)"


def test_an_equal_class_keeps_the_suppliers_own_reason() -> None:
    cls, reason = effective_risk_class("medium", [_risk(3, 3)])
    assert cls is RiskClass.MEDIUM
    assert reason.startswith("the supplier's own risk class (medium)")
