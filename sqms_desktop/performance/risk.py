"""The risk register's effect on a supplier's risk class (docs/design.md, "The partnership").

A risk's score is likelihood × impact (each 1–5, so 1–25). The score implies a class:
15 or more is high (e.g. likely 3 × severe 5), 8 or more is medium (e.g. 2 × 4), less is low.
A supplier's effective risk class is the higher of its own class and the class implied by its
highest open risk, with the reason in words; closed risks no longer count. The audit programme
takes the effective class, so an open high risk shortens the audit interval.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.vocab import RiskClass, inline_word

HIGH_SCORE = 15
MEDIUM_SCORE = 8
SCALE = range(1, 6)
RANK = {RiskClass.LOW: 0, RiskClass.MEDIUM: 1, RiskClass.HIGH: 2}


def require_rating(value: int, what: str) -> int:
    """A likelihood or impact on the 1–5 scale, or a refusal naming it."""
    if value not in SCALE:
        raise ValidationError(
            translate("risk", "{what} must be a whole number from 1 to 5; got {value}").format(
                what=what, value=value
            )
        )
    return value


def risk_score(likelihood: int, impact: int) -> int:
    return require_rating(likelihood, "likelihood") * require_rating(impact, "impact")


def class_of_score(score: int) -> RiskClass:
    if score >= HIGH_SCORE:
        return RiskClass.HIGH
    if score >= MEDIUM_SCORE:
        return RiskClass.MEDIUM
    return RiskClass.LOW


@dataclass(frozen=True)
class OpenRisk:
    """What the rule needs of one open risk: its words and its two ratings."""

    category: str
    description: str
    likelihood: int
    impact: int

    @property
    def score(self) -> int:
        return risk_score(self.likelihood, self.impact)

    @property
    def risk_class(self) -> RiskClass:
        return class_of_score(self.score)


def highest_risk(open_risks: Iterable[OpenRisk]) -> OpenRisk | None:
    """The open risk with the highest score (the first of equals), None without any."""
    best: OpenRisk | None = None
    for risk in open_risks:
        if best is None or risk.score > best.score:
            best = risk
    return best


def effective_risk_class(
    supplier_class: str, open_risks: Iterable[OpenRisk]
) -> tuple[RiskClass, str]:
    """The higher of the supplier's own class and its highest open risk's, and why.

    A risk never lowers the class: a high-class supplier with a low risk stays high.
    """
    own = RiskClass(supplier_class)
    top = highest_risk(open_risks)
    if top is None or RANK[top.risk_class] <= RANK[own]:
        reason = translate("risk", "the supplier's own risk class ({risk_class})").format(
            risk_class=inline_word(own)
        )
        if top is not None:
            reason += translate(
                "risk", "; its highest open risk scores {score} ({risk_class})"
            ).format(score=top.score, risk_class=inline_word(top.risk_class))
        return own, reason
    return top.risk_class, translate(
        "risk",
        "raised from {own} by the open {category} risk “{description}”: likelihood "
        "{likelihood} × impact {impact} = {score} ({risk_class})",
    ).format(
        own=inline_word(own),
        category=inline_word(top.category),
        description=top.description,
        likelihood=top.likelihood,
        impact=top.impact,
        score=top.score,
        risk_class=inline_word(top.risk_class),
    )
