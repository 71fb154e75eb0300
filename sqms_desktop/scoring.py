"""Scoring of the weighted and yes/no schemes (DESIGN §3), as pure functions.

Each result carries its reasons so reports can print why a grade is what it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

WEIGHTED_MAX_POINTS = 3
GRADE_A = 90.0
GRADE_B = 80.0


@dataclass(frozen=True)
class ScoredAnswer:
    qid: str
    value: str | None
    weight: float = 1.0
    not_applicable: bool = False
    knock_out: bool = False


@dataclass(frozen=True)
class ScoreResult:
    total: float | None
    grade: str
    reasons: list[str] = field(default_factory=list)
    nonconforming: list[str] = field(default_factory=list)


def grade_for(total: float) -> str:
    if total >= GRADE_A:
        return "A"
    if total >= GRADE_B:
        return "B"
    return "C"


def score_weighted(answers: list[ScoredAnswer], *, na_policy: str = "exclude") -> ScoreResult:
    """Points × weight over the applicable questions, divided by the maximum possible."""
    earned = 0.0
    possible = 0.0
    reasons: list[str] = []
    knocked_out: list[str] = []
    for answer in answers:
        if answer.not_applicable or answer.value is None:
            if answer.not_applicable and na_policy == "zero":
                possible += WEIGHTED_MAX_POINTS * answer.weight
            continue
        points = int(answer.value)
        earned += points * answer.weight
        possible += WEIGHTED_MAX_POINTS * answer.weight
        if answer.knock_out and points == 0:
            knocked_out.append(answer.qid)
    if possible == 0:
        return ScoreResult(None, "not rated", ["no applicable question was answered"])
    total = round(earned / possible * 100, 2)
    grade = grade_for(total)
    if knocked_out:
        grade = "C"
        reasons.append(f"knock-out question(s) not met: {', '.join(knocked_out)}")
    return ScoreResult(total, grade, reasons)


def score_yes_no(answers: list[ScoredAnswer]) -> ScoreResult:
    """Conformity percentage; every "no" is a finding proposal."""
    counted = [a for a in answers if not a.not_applicable and a.value in ("yes", "no")]
    if not counted:
        return ScoreResult(None, "not rated", ["no question was answered yes or no"])
    noes = [a.qid for a in counted if a.value == "no"]
    total = round((len(counted) - len(noes)) / len(counted) * 100, 2)
    reasons = [f"{len(noes)} question(s) answered no: {', '.join(noes)}"] if noes else []
    return ScoreResult(total, grade_for(total), reasons, nonconforming=noes)
