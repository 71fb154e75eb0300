"""What the scoring engines read and return: plain frozen values, no ORM.

The engines never see the store, so a service, the CLI, a report or a test feeds them the same way,
and a result can cross threads or be printed as JSON as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqms_desktop.i18n import translate
from sqms_desktop.vocab import QuestionType

Value = str | int | float


@dataclass(frozen=True)
class ScoreQuestion:
    """A checklist question as scoring needs it.

    `element` is the VDA process element (`P2`…`P7`) or, in the other schemes, the section code;
    `star` is the VDA *-question or, in the weighted scheme, the knock-out question.
    """

    qid: str
    element: str
    weight: float = 1.0
    star: bool = False
    type: str = QuestionType.SCORE
    sub_element: str | None = None


@dataclass(frozen=True)
class Evaluation:
    """One evaluation of a question; VDA 6.3 evaluates a P6 question once per process step."""

    value: Value
    step: str | None = None
    product_group: str | None = None

    def where(self) -> str:
        """Where the evaluation was made, for reasons that name it ("" when untagged)."""
        parts = []
        if self.step:
            parts.append(translate("scoring", "process step {step}").format(step=self.step))
        if self.product_group:
            parts.append(
                translate("scoring", "product group {product_group}").format(
                    product_group=self.product_group
                )
            )
        return ", ".join(parts)


@dataclass(frozen=True)
class ScoreAnswer:
    """The answer to one question: evaluations, or not evaluated / not applicable with a reason.

    Neither evaluations nor a flag means "not answered yet", so a half-done audit still scores.
    """

    qid: str
    evaluations: tuple[Evaluation, ...] = ()
    not_evaluated: bool = False
    not_applicable: bool = False
    reason: str = ""

    def __post_init__(self) -> None:
        # Accept any iterable (a list is the natural thing to write) but keep the value hashable.
        object.__setattr__(self, "evaluations", tuple(self.evaluations))


def answer(qid: str, *values: Value | Evaluation) -> ScoreAnswer:
    """One value per question is the common case: `answer("P2.1", 8)`; several give several."""
    evaluations = [v if isinstance(v, Evaluation) else Evaluation(v) for v in values]
    return ScoreAnswer(qid, tuple(evaluations))


def not_evaluated(qid: str, reason: str) -> ScoreAnswer:
    return ScoreAnswer(qid, not_evaluated=True, reason=reason)


def not_applicable(qid: str, reason: str = "") -> ScoreAnswer:
    return ScoreAnswer(qid, not_applicable=True, reason=reason)


@dataclass(frozen=True)
class Figure:
    """The degree of fulfilment of one group of questions (element, sub-element, step, overall).

    `percent` is rounded to 2 decimals; `whole_percent` is the whole-percent figure the VDA 6.3
    downgrade rules compare. Both are None when nothing in the group counts.
    `evaluated` counts the questions whose answer entered the sums, `total` the scored questions.
    """

    code: str
    title: str
    percent: float | None
    whole_percent: int | None
    points: float
    possible: float
    evaluated: int
    total: int


@dataclass(frozen=True)
class Downgrade:
    """One rule that caps the grade: the grade it caps at, why (the rule and the question or
    figure that fired it), and whether it lowered the grade the total alone would give (never,
    while the audit is not rated: then it is the cap the rated audit will carry)."""

    grade: str
    because: str
    lowered: bool


@dataclass(frozen=True)
class ScoreResult:
    """One shape for every scheme, so reports and the CLI need no per-scheme code.

    `total` is None exactly when `grade` is "not rated"; `overall` keeps the computed figure even
    then, because a report still shows how far the audit got.
    """

    scheme: str
    edition: int | None
    total: float | None
    grade: str
    overall: Figure
    elements: tuple[Figure, ...] = ()
    sub_elements: tuple[Figure, ...] = ()
    steps: tuple[Figure, ...] = ()
    reasons: tuple[str, ...] = ()
    finding_proposals: tuple[str, ...] = ()
    unanswered: tuple[str, ...] = ()
    downgrades: tuple[Downgrade, ...] = ()  # the caps behind `reasons`, for screens to word

    @property
    def rated(self) -> bool:
        return self.total is not None

    def to_dict(self) -> dict[str, Any]:
        """Plain dicts and lists only, ready for `json.dumps`."""
        return {
            "scheme": self.scheme,
            "edition": self.edition,
            "total": self.total,
            "grade": self.grade,
            "overall": _figure_dict(self.overall),
            "elements": [_figure_dict(f) for f in self.elements],
            "sub_elements": [_figure_dict(f) for f in self.sub_elements],
            "steps": [_figure_dict(f) for f in self.steps],
            "reasons": list(self.reasons),
            "finding_proposals": list(self.finding_proposals),
            "unanswered": list(self.unanswered),
        }


def _figure_dict(figure: Figure) -> dict[str, Any]:
    return {
        "code": figure.code,
        "title": figure.title,
        "percent": figure.percent,
        "whole_percent": figure.whole_percent,
        "points": figure.points,
        "possible": figure.possible,
        "evaluated": figure.evaluated,
        "total": figure.total,
    }
